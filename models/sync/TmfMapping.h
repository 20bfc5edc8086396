#pragma once

#include "catalog/Catalog.h"
#include "order/Order.h"

#include <QJsonObject>

namespace od::sync {

/// The one place where an Operator Connect order becomes a TMF622 v4 ProductOrder
/// (CONTRACTS.md, "How an Operator Connect order maps"). Deterministic: the same order gives
/// the same JSON. Prices as itemPrice[] with {unit, value} in major units.
QJsonObject productOrderFromOrder(const Order &order, const Catalog &catalog);

} // namespace od::sync
