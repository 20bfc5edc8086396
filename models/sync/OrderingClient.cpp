#include "sync/OrderingClient.h"

#include <QJsonArray>

namespace od::sync {

namespace {
const QString kBase = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");

QDateTime dateTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// A 2xx whose body is not the object the contract promises is Malformed, not success.
void requireObject(ApiResponse &r, const char *what)
{
    if (r.ok() && !r.json.isObject()) {
        r.error.kind = ApiError::Kind::Malformed;
        r.error.httpStatus = r.httpStatus;
        r.error.message = QStringLiteral("expected %1").arg(QLatin1String(what));
    }
}
} // namespace

RemoteOrder RemoteOrder::fromJson(const QJsonObject &o)
{
    RemoteOrder r;
    r.id = o.value(QLatin1String("id")).toString();
    r.href = o.value(QLatin1String("href")).toString();
    r.externalId = o.value(QLatin1String("externalId")).toString();
    r.state = o.value(QLatin1String("state")).toString();
    r.orderDate = dateTime(o.value(QLatin1String("orderDate")));
    r.expectedCompletionDate = dateTime(o.value(QLatin1String("expectedCompletionDate")));
    r.completionDate = dateTime(o.value(QLatin1String("completionDate")));
    return r;
}

void OrderingClient::create(const QJsonObject &productOrder, QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Ordering;
    r.method = "POST";
    r.path = kBase;
    r.body = QJsonDocument(productOrder);
    r.idempotencyKey = productOrder.value(QLatin1String("externalId")).toString().toUtf8();
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        requireObject(resp, "a ProductOrder object");
        RemoteOrder order = resp.ok() ? RemoteOrder::fromJson(resp.json.object()) : RemoteOrder();
        if (resp.ok() && order.id.isEmpty()) {
            resp.error.kind = ApiError::Kind::Malformed;
            resp.error.message = QStringLiteral("the created order has no id");
        }
        done(resp, order);
    });
}

void OrderingClient::get(const QString &id, QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Ordering;
    r.path = kBase + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        requireObject(resp, "a ProductOrder object");
        done(resp, resp.ok() ? RemoteOrder::fromJson(resp.json.object()) : RemoteOrder());
    });
}

void OrderingClient::findByExternalId(const QString &externalId, QObject *context, ListDone done)
{
    ApiRequest r;
    r.service = Service::Ordering;
    r.path = kBase;
    r.query.addQueryItem(QStringLiteral("externalId"),
                         QString::fromLatin1(QUrl::toPercentEncoding(externalId)));
    m_api->send(r, context, [done, externalId](const ApiResponse &response) {
        ApiResponse resp = response;
        QList<RemoteOrder> orders;
        if (resp.ok()) {
            if (!resp.json.isArray()) {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message = QStringLiteral("expected a list of ProductOrder");
            } else {
                for (const QJsonValue &v : resp.json.array()) {
                    const RemoteOrder o = RemoteOrder::fromJson(v.toObject());
                    // A server that ignores the filter must not make another order ours.
                    if (o.externalId.isEmpty() || o.externalId == externalId)
                        orders.append(o);
                }
            }
        }
        done(resp, orders);
    });
}

void OrderingClient::update(const QString &id, const QJsonObject &productOrderUpdate,
                            QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Ordering;
    // TMF622 v4 declares one content type for every operation, PATCH included:
    // application/json;charset=utf-8 (ApiClient's default), not application/merge-patch+json.
    r.method = "PATCH";
    r.path = kBase + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    r.body = QJsonDocument(productOrderUpdate);
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        requireObject(resp, "a ProductOrder object");
        done(resp, resp.ok() ? RemoteOrder::fromJson(resp.json.object()) : RemoteOrder());
    });
}

QJsonObject OrderingClient::signedPaperworkNote(const QString &envelopeId, const QDateTime &date)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("signedPaperwork")},
        {QStringLiteral("author"), QStringLiteral("Order Desk")},
        {QStringLiteral("date"), date.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("text"),
         QStringLiteral("Signed porting paperwork: e-signature envelope %1").arg(envelopeId)}};
}

QJsonObject OrderingClient::addNoteBody(const QJsonObject &productOrder, const QJsonObject &note)
{
    const QString id = note.value(QLatin1String("id")).toString();
    QJsonArray notes;
    for (const QJsonValue &n : productOrder.value(QLatin1String("note")).toArray())
        if (id.isEmpty() || n.toObject().value(QLatin1String("id")).toString() != id)
            notes.append(n);
    notes.append(note);
    return QJsonObject{
        {QStringLiteral("productOrderItem"), productOrder.value(QLatin1String("productOrderItem"))},
        {QStringLiteral("note"), notes}};
}

} // namespace od::sync
