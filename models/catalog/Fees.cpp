#include "catalog/Fees.h"

namespace od {
} // namespace od
