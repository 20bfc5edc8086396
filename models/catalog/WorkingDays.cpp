#include "catalog/WorkingDays.h"

namespace od {
} // namespace od
