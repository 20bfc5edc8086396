#include "catalog/Catalog.h"

namespace od {
} // namespace od
