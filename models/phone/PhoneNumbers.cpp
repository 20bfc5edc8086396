#include "phone/PhoneNumbers.h"

namespace od {
} // namespace od
