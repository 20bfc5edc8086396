#pragma once

#include "catalog/Catalog.h"
#include "order/Order.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace od::sync {

/// The one place where an Operator Connect order becomes a TMF622 v4 ProductOrder
/// (CONTRACTS.md, "How an Operator Connect order maps"). Deterministic: the same order gives
/// the same JSON. Prices as itemPrice[] with {unit, value} in major units.
/// requestedCompletionDate counts from the later of the order's creation day and today (UTC).
QJsonObject productOrderFromOrder(const Order &order, const Catalog &catalog);

/// What the mapping needs besides the order.
struct MappingOptions
{
    QDate today; ///< lead times count from this day
    /// The rep, as the seller party; the carrier identifies the rep from the bearer token too.
    QString sellerId = QStringLiteral("order-desk-user");
    QString sellerName;
};
QJsonObject productOrderFromOrder(const Order &order, const Catalog &catalog,
                                  const MappingOptions &options);

/// The customer party's id: the OCN; "online:<id>" for an online account; "prospect:<order
/// reference>" for a company that is not a customer yet.
QString customerPartyId(const Order &order);

} // namespace od::sync
