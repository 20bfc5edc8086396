#pragma once

#include "order/Order.h"

#include <QString>

namespace od {

/// An address on one line, in the country's order ("12 High Street, London, SW1A 1AA" in the UK,
/// "Hauptstraße 5, 60311 Frankfurt" in Germany), plain text. `countryName` is appended when
/// not empty.
QString addressLine(const Address &a, const QString &countryName, bool withCompany = true);

} // namespace od
