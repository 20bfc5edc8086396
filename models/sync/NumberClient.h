#pragma once

#include "sync/ApiClient.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace od::sync {

struct NumberReservation
{
    QString id;
    QStringList numbers; ///< E.164; the user numbers first, then the resource accounts' numbers
    QDateTime validUntil;
};

struct ReservationRequest
{
    QString ocn;       ///< empty for a prospect
    QString addressId; ///< the validated address's id
    QString country;   ///< ISO alpha-2
    QString areaCode;  ///< national prefix without trunk prefix
    int userNumbers = 0;
    int resourceAccountNumbers = 0;
    /// Sent as Idempotency-Key: the same key for every attempt of one reservation request, so
    /// a repeat after a lost reply is answered with the first reservation, not new numbers.
    QString idempotencyKey = {};
};

/// Number reservation (project-defined, TMF685 naming):
/// `{numbers}/tmf-api/resourcePoolManagement/v4/`.
class NumberClient
{
public:
    explicit NumberClient(ApiClient *api) : m_api(api) {}
    using Done = std::function<void(const ApiResponse &, const NumberReservation &)>;
    /// POST reservation; 409 (Rejected, code "areaExhausted" or as the server says) when the
    /// area has too few numbers free.
    void reserve(const ReservationRequest &request, QObject *context, Done done);
    /// DELETE reservation/{id}.
    void release(const QString &reservationId, QObject *context,
                 std::function<void(const ApiResponse &)> done);

    static QJsonObject requestBody(const ReservationRequest &request);

private:
    ApiClient *m_api;
};

} // namespace od::sync
