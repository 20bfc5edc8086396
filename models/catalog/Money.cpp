#include "catalog/Money.h"

namespace od {
} // namespace od
