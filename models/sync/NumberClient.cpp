#include "sync/NumberClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace od::sync {

namespace {
const QString kBase = QStringLiteral("/tmf-api/resourcePoolManagement/v4/reservation");

QJsonObject characteristic(const QString &name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QJsonObject item(const ReservationRequest &r, int quantity, const QString &usage)
{
    return QJsonObject{{QStringLiteral("quantity"), quantity},
                       {QStringLiteral("place"), QJsonObject{{QStringLiteral("id"), r.addressId}}},
                       {QStringLiteral("characteristic"),
                        QJsonArray{characteristic(QStringLiteral("country"), r.country),
                                   characteristic(QStringLiteral("areaCode"), r.areaCode),
                                   characteristic(QStringLiteral("usage"), usage)}}};
}
} // namespace

QJsonObject NumberClient::requestBody(const ReservationRequest &request)
{
    QJsonObject body;
    if (!request.ocn.isEmpty())
        body.insert(QStringLiteral("relatedParty"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("id"), request.ocn},
                        {QStringLiteral("@referredType"), QStringLiteral("Organization")},
                        {QStringLiteral("role"), QStringLiteral("customer")}}});
    QJsonArray items;
    if (request.userNumbers > 0)
        items.append(item(request, request.userNumbers, QStringLiteral("user")));
    if (request.resourceAccountNumbers > 0)
        items.append(
            item(request, request.resourceAccountNumbers, QStringLiteral("resourceAccount")));
    body.insert(QStringLiteral("reservationItem"), items);
    return body;
}

void NumberClient::reserve(const ReservationRequest &request, QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Numbers;
    r.method = "POST";
    r.path = kBase;
    r.body = QJsonDocument(requestBody(request));
    r.idempotencyKey = request.idempotencyKey.toUtf8();
    const int wanted = qMax(0, request.userNumbers) + qMax(0, request.resourceAccountNumbers);
    m_api->send(r, context, [done, wanted](const ApiResponse &response) {
        ApiResponse resp = response;
        NumberReservation reservation;
        if (resp.ok()) {
            const QJsonObject o = resp.json.object();
            reservation.id = o.value(QLatin1String("id")).toString();
            reservation.validUntil = QDateTime::fromString(o.value(QLatin1String("validFor"))
                                                               .toObject()
                                                               .value(QLatin1String("endDateTime"))
                                                               .toString(),
                                                           Qt::ISODateWithMs);
            // Items come back in the order sent: users first, then resource accounts.
            for (const QJsonValue &v : o.value(QLatin1String("reservationItem")).toArray())
                for (const QJsonValue &n : v.toObject().value(QLatin1String("numbers")).toArray())
                    reservation.numbers << n.toString();
            if (!resp.json.isObject() || reservation.id.isEmpty() ||
                reservation.numbers.size() != wanted) {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message =
                    QStringLiteral("the reservation has no id or not the numbers asked for");
                reservation = {};
            }
        }
        done(resp, reservation);
    });
}

void NumberClient::release(const QString &reservationId, QObject *context,
                           std::function<void(const ApiResponse &)> done)
{
    ApiRequest r;
    r.service = Service::Numbers;
    r.method = "DELETE";
    r.path = kBase + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(reservationId));
    m_api->send(r, context, std::move(done));
}

} // namespace od::sync
