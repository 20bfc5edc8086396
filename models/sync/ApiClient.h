#pragma once

#include "sync/Endpoints.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace od::sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

class Authenticator;

/// What went wrong with a call, classified for the outbox (retry or show) and for the rep.
struct ApiError
{
    enum class Kind {
        None,
        Offline,      ///< no route, refused, host not found: the service is unreachable
        Timeout,      ///< no reply in time, or 408
        Dropped,      ///< the connection closed before a reply: the request may have been done
        Server,       ///< 5xx
        RateLimited,  ///< 429
        Malformed,    ///< a reply that is not the JSON the contract says
        Rejected,     ///< 4xx other than 401, 408, 429: the request must change; not retried
        Unauthorized, ///< 401/403 even after a fresh token, or signing in failed
        Tls,          ///< certificate or TLS failure: never ignored
        Insecure,     ///< plain HTTP to a host that is not loopback: refused before sending
        Configuration ///< no base URL for the service
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    ///< the TMF error's `code`, or DocuSign's `errorCode`
    QString reason;  ///< TMF `reason`
    QString message; ///< TMF `message` / DocuSign `message`, or the network error text
    QString field;   ///< the field the server named as wrong, when it did (e.g. "externalId")
    int retryAfterSecs = -1; ///< from a Retry-After header, when given

    bool isError() const { return kind != Kind::None; }
    /// Worth sending again later (Offline, Timeout, Dropped, Server, RateLimited, Malformed).
    bool retryable() const;
    /// A sentence for the rep, naming the field when known and what to do. No personal data.
    QString text() const;
};

struct ApiRequest
{
    Service service = Service::Ordering;
    QByteArray method = "GET"; ///< GET, POST, PATCH, DELETE
    QString path;              ///< appended to the service's base URL, starts with '/'
    QUrlQuery query;
    QJsonDocument body;        ///< sent as application/json;charset=utf-8 when not null
    QByteArray idempotencyKey; ///< sent as Idempotency-Key when not empty
    QByteArray accept = "application/json";
    int timeoutMs = 30000;
};

struct ApiResponse
{
    int httpStatus = 0;
    QJsonDocument json;   ///< parsed body when the reply is JSON
    QByteArray body;      ///< raw body (e.g. a PDF)
    QByteArray requestId; ///< the X-Request-ID of the attempt, for support (not personal)
    ApiError error;
    bool ok() const { return !error.isError(); }
};

/// The field a server's error message names, when it names one (see ApiClient.cpp for the
/// heuristic): "field 'externalId' ..." gives "externalId"; empty when none is recognised.
QString fieldFromMessage(const QString &message);
/// The path with ids replaced by "{id}", for logs: "/productOrder/{id}".
QString pathTemplate(const QString &path);
/// Seconds from a Retry-After header (delta-seconds or HTTP-date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// The one authenticated request path every service client shares: base URL from Endpoints,
/// HTTPS except to loopback, a bearer token from the Authenticator (fetched first when there is
/// none; refreshed once and the request repeated on a 401), Content-Type and a fresh
/// X-Request-ID per attempt, transfer timeout, and replies classified into ApiError. TLS errors
/// are never ignored. Logs method, service, path template and status only: never bodies,
/// tokens or query values.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *network, Endpoints endpoints, Authenticator *auth,
              QObject *parent = nullptr);

    const Endpoints &endpoints() const { return m_endpoints; }
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    QNetworkAccessManager *network() const { return m_network; }
    Authenticator *authenticator() const { return m_auth; }

    /// Sends `request`; `done` runs once on the thread of `context`, unless `context` is gone
    /// (a null context stands for this client).
    void send(const ApiRequest &request, QObject *context,
              std::function<void(const ApiResponse &)> done);

signals:
    /// Every finished call: true when the service answered at all (any HTTP status), false when
    /// it could not be reached. The connectivity indicator listens.
    void reachabilityObserved(bool reached);

private:
    QNetworkAccessManager *m_network;
    Endpoints m_endpoints;
    Authenticator *m_auth;
};

} // namespace od::sync
