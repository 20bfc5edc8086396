#pragma once

#include "common/Result.h"
#include "order/Order.h"

#include <QByteArray>
#include <QJsonObject>

namespace od {

/// The order as a JSON document with a `schemaVersion`: drafts, exports and the store use it.
QJsonObject orderToJson(const Order &order);
/// An address as the order document writes it (also a stable snapshot to compare addresses).
QJsonObject addressToJson(const Address &a);
QByteArray orderToJsonBytes(const Order &order, bool indented = false);

/// Reads an order strictly: a document from a newer schema, a field of the wrong type, an
/// unknown field or an invalid value is rejected with a message that names the field path
/// ("countries[1].offices[0].userNumbers: expected a whole number, found 2.5"). Nothing is ever
/// silently dropped or truncated. Fields that are absent keep their defaults.
Result<Order> orderFromJson(const QByteArray &json);
Result<Order> orderFromJson(const QJsonObject &object);

} // namespace od
