#include "sync/ApiClient.h"

#include "sync/Authenticator.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace od::sync {

Q_LOGGING_CATEGORY(lcSync, "orderdesk.sync")

namespace {

bool isIdentifierLike(const QString &s)
{
    // A JSON member name or path as servers print them: "externalId", "relatedParty[0].id",
    // "@referredType". Plain English words without camelCase, dots or brackets are not taken,
    // so "The order is invalid" does not name "The".
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z@$][\w@$.\[\]/-]*$)"));
    if (!shape.match(s).hasMatch())
        return false;
    for (int i = 1; i < s.size(); ++i)
        if (s.at(i).isUpper())
            return true;
    return s.contains(QLatin1Char('.')) || s.contains(QLatin1Char('[')) ||
           s.startsWith(QLatin1Char('@')) || s.contains(QLatin1Char('_'));
}

QString stripPath(QString path)
{
    // "$.productOrderItem[0].id" and "/productOrderItem/0/id" become dotted paths.
    if (path.startsWith(QLatin1String("$.")))
        path.remove(0, 2);
    if (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
        path.replace(QLatin1Char('/'), QLatin1Char('.'));
    }
    while (path.endsWith(QLatin1Char('.')) || path.endsWith(QLatin1Char(',')))
        path.chop(1);
    return path;
}

} // namespace

QString fieldFromMessage(const QString &message)
{
    if (message.isEmpty())
        return {};
    // 1. "field X", "property 'X'", "parameter X", "attribute X", "member X": the word after
    //    the noun is the field, whatever its shape.
    static const QRegularExpression named(
        QStringLiteral(
            R"((?:field|property|parameter|attribute|member)\s+['"`‘“]?(/?[A-Za-z@$][\w@$.\[\]/-]*))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = named.match(message); m.hasMatch())
        return stripPath(m.captured(1));
    // 2. A quoted identifier: 'externalId', "relatedParty[0].id", `emailSubject`.
    static const QRegularExpression quoted(
        QStringLiteral(R"(['"`‘“]([A-Za-z@$][\w@$.\[\]/-]*)['"`’”])"));
    auto it = quoted.globalMatch(message);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(1);
        if (isIdentifierLike(candidate) || !candidate.contains(QLatin1Char(' ')))
            return stripPath(candidate);
    }
    // 3. A leading identifier: "externalId: must not be empty", "productOrderItem[0].action is
    //    required". Only identifier-shaped words (camelCase, dotted, bracketed).
    static const QRegularExpression leading(QStringLiteral(
        R"(^\s*([A-Za-z@$][\w@$.\[\]/-]*)\s*(?::|\s+(?:is|must|should|may|has|was|cannot)\b))"));
    if (const auto m = leading.match(message); m.hasMatch() && isIdentifierLike(m.captured(1)))
        return stripPath(m.captured(1));
    // 4. A JSON path anywhere: "$.productOrderItem[0].id".
    static const QRegularExpression jsonPath(QStringLiteral(R"(\$\.([\w@$.\[\]]+))"));
    if (const auto m = jsonPath.match(message); m.hasMatch())
        return stripPath(m.captured(1));
    return {};
}

bool ApiError::retryable() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Dropped:
    case Kind::Server:
    case Kind::RateLimited:
    case Kind::Malformed:
        return true;
    default:
        return false;
    }
}

QString ApiError::text() const
{
    QString detail = !message.isEmpty() ? message : reason;
    if (detail.size() > 200)
        detail = detail.left(199) + QChar(0x2026);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return QStringLiteral("The carrier's service cannot be reached. Check the network "
                              "connection; the request is kept and sent again when online.");
    case Kind::Timeout:
        return QStringLiteral("The carrier's service did not answer in time. The request is "
                              "kept and sent again shortly.");
    case Kind::Dropped:
        return QStringLiteral("The connection closed before the carrier's service answered. It "
                              "may have done the request; it is checked before anything is sent "
                              "again.");
    case Kind::Server:
        return QStringLiteral("The carrier's service had an internal problem (HTTP %1). The "
                              "request is kept and sent again later.")
            .arg(httpStatus);
    case Kind::RateLimited:
        return retryAfterSecs >= 0
                   ? QStringLiteral(
                         "The carrier's service is busy and asked to wait %1 seconds. The "
                         "request is sent again then.")
                         .arg(retryAfterSecs)
                   : QStringLiteral(
                         "The carrier's service is busy. The request is sent again later.");
    case Kind::Malformed:
        return QStringLiteral("The carrier's service sent an answer that could not be read. The "
                              "request is sent again later; tell support if it keeps happening.");
    case Kind::Rejected:
        if (!field.isEmpty())
            return detail.isEmpty()
                       ? QStringLiteral(
                             "The carrier's service refused the value of \"%1\". Correct "
                             "\"%1\" and send again.")
                             .arg(field)
                       : QStringLiteral(
                             "The carrier's service refused the value of \"%1\": %2 Correct "
                             "\"%1\" and send again.")
                             .arg(field, detail.endsWith(QLatin1Char('.'))
                                             ? detail
                                             : detail + QLatin1Char('.'));
        return detail.isEmpty()
                   ? QStringLiteral(
                         "The carrier's service refused the request (HTTP %1). Check the "
                         "order and send again.")
                         .arg(httpStatus)
                   : QStringLiteral(
                         "The carrier's service refused the request: %1 Check the order and "
                         "send again.")
                         .arg(detail.endsWith(QLatin1Char('.')) ? detail
                                                                : detail + QLatin1Char('.'));
    case Kind::Unauthorized:
        return QStringLiteral("Signing in to the carrier's services did not succeed. Sign in "
                              "again; if it keeps failing, ask an administrator to check your "
                              "access.");
    case Kind::Tls:
        return QStringLiteral("The secure connection to the carrier's service could not be "
                              "trusted (certificate problem). Nothing was sent; tell an "
                              "administrator.");
    case Kind::Insecure:
        return message.isEmpty()
                   ? QStringLiteral(
                         "The service address does not use HTTPS. Change it to https:// in "
                         "the upstream settings.")
                   : message;
    case Kind::Configuration:
        return message.isEmpty()
                   ? QStringLiteral("No address is set for the carrier's service. Set it in the "
                                    "upstream settings.")
                   : message;
    }
    return {};
}

QString pathTemplate(const QString &path)
{
    // Ids (with digits, dashes or long) become "{id}"; collection names stay. Never logs ids.
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z][A-Za-z-]*$)"));
    static const QRegularExpression version(QStringLiteral(R"(^v\d+(\.\d+)?$)"));
    const QStringList parts = path.split(QLatin1Char('/'));
    QStringList out;
    for (const QString &p : parts) {
        if (p.isEmpty() || version.match(p).hasMatch() ||
            (word.match(p).hasMatch() && p.size() <= 40))
            out << p;
        else
            out << QStringLiteral("{id}");
    }
    return out.join(QLatin1Char('/'));
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int secs = v.toInt(&ok);
    if (ok)
        return secs >= 0 ? secs : -1;
    // HTTP-date (RFC 7231): "Fri, 04 Dec 2026 10:01:30 GMT"; Qt reads RFC 2822 with an offset.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(when)));
}

namespace {

struct Call
{
    ApiRequest request;
    QPointer<QObject> context;
    std::function<void(const ApiResponse &)> done;
    bool retriedAfterAuth = false;
    QString tokenUsed; // of the last attempt: a refused token is only dropped if still current
    bool finished = false;
};

QString methodName(const QByteArray &m)
{
    return QString::fromLatin1(m);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, Endpoints endpoints, Authenticator *auth,
                     QObject *parent)
    : QObject(parent), m_network(network), m_endpoints(std::move(endpoints)), m_auth(auth)
{}

// The request path, step by step: check the URL, get a token, send an attempt, classify the
// reply (and after a refused token, one more attempt). Each call's state is a shared Call.
class ApiClientPrivate
{
public:
    static void start(ApiClient *q, std::shared_ptr<Call> call);
    static void attempt(ApiClient *q, std::shared_ptr<Call> call);
    static void withToken(ApiClient *q, std::shared_ptr<Call> call);
    static void finish(ApiClient *q, const std::shared_ptr<Call> &call, ApiResponse response);
};

void ApiClient::send(const ApiRequest &request, QObject *context,
                     std::function<void(const ApiResponse &)> done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context ? context : this; // no context: the client's own thread
    call->done = std::move(done);
    ApiClientPrivate::start(this, call);
}

void ApiClientPrivate::finish(ApiClient *q, const std::shared_ptr<Call> &call, ApiResponse response)
{
    if (call->finished)
        return;
    call->finished = true;
    const auto &e = response.error;
    const bool attempted = e.kind != ApiError::Kind::Configuration &&
                           e.kind != ApiError::Kind::Insecure &&
                           !(e.kind == ApiError::Kind::Unauthorized && response.httpStatus == 0);
    if (attempted) {
        const bool reached = response.httpStatus > 0 || e.kind == ApiError::Kind::Dropped ||
                             e.kind == ApiError::Kind::Tls;
        emit q->reachabilityObserved(reached);
    }
    if (!call->context || !call->done)
        return;
    QPointer<QObject> context = call->context;
    auto done = call->done;
    // Runs on the context's thread; skipped when the context is gone by then.
    QMetaObject::invokeMethod(
        context.data(),
        [context, done, response]() {
            if (context)
                done(response);
        },
        Qt::AutoConnection);
}

void ApiClientPrivate::start(ApiClient *q, std::shared_ptr<Call> call)
{
    const ApiRequest &r = call->request;
    const QUrl url = q->endpoints().url(r.service, r.path);
    ApiResponse response;
    if (!url.isValid()) {
        response.error.kind = ApiError::Kind::Configuration;
        response.error.message = Endpoints::checkUrl(QUrl(), r.service);
        qCWarning(lcSync).noquote() << methodName(r.method) << serviceKey(r.service)
                                    << pathTemplate(r.path) << "not configured";
        finish(q, call, response);
        return;
    }
    const QString insecure = Endpoints::checkUrl(url, r.service);
    if (!insecure.isEmpty()) {
        response.error.kind = ApiError::Kind::Insecure;
        response.error.message = insecure;
        qCWarning(lcSync).noquote() << methodName(r.method) << serviceKey(r.service)
                                    << pathTemplate(r.path) << "refused: not HTTPS";
        finish(q, call, response);
        return;
    }
    withToken(q, call);
}

void ApiClientPrivate::withToken(ApiClient *q, std::shared_ptr<Call> call)
{
    Authenticator *auth = q->authenticator();
    if (!auth || auth->hasValidToken()) {
        attempt(q, call);
        return;
    }
    // Sign in (or refresh) first, then send. One of the two signals ends the wait.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto disconnectAll = [connections]() {
        for (const auto &c : *connections)
            QObject::disconnect(c);
        connections->clear();
    };
    QPointer<ApiClient> guard(q);
    connections->append(
        QObject::connect(auth, &Authenticator::tokenReady, q, [guard, call, disconnectAll]() {
            disconnectAll();
            if (guard)
                attempt(guard, call);
        }));
    connections->append(QObject::connect(
        auth, &Authenticator::failed, q,
        [guard, call, disconnectAll, auth](const QString &message) {
            disconnectAll();
            if (!guard)
                return;
            ApiResponse response;
            // Not reaching the sign-in service is being offline, not being refused.
            response.error.kind = auth->lastFailureWasUnreachable() ? ApiError::Kind::Offline
                                                                    : ApiError::Kind::Unauthorized;
            response.error.message = message;
            qCInfo(lcSync).noquote()
                << methodName(call->request.method) << serviceKey(call->request.service)
                << pathTemplate(call->request.path) << "not sent: signing in failed";
            finish(guard, call, response);
        }));
    auth->ensureToken();
}

void ApiClientPrivate::attempt(ApiClient *q, std::shared_ptr<Call> call)
{
    const ApiRequest &r = call->request;
    QUrl url = q->endpoints().url(r.service, r.path);
    if (!r.query.isEmpty())
        url.setQuery(r.query);

    QNetworkRequest req(url);
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    call->tokenUsed = q->authenticator() ? q->authenticator()->accessToken() : QString();
    if (!call->tokenUsed.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + call->tokenUsed.toUtf8());
    req.setRawHeader("Accept", r.accept);
    req.setRawHeader("X-Request-ID", requestId);
    if (!r.idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", r.idempotencyKey);
    QByteArray payload;
    if (!r.body.isNull()) {
        payload = r.body.toJson(QJsonDocument::Compact);
        req.setRawHeader("Content-Type", "application/json;charset=utf-8");
    }
    req.setTransferTimeout(r.timeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    if (r.method == "GET")
        reply = q->network()->get(req);
    else if (r.method == "POST")
        reply = q->network()->post(req, payload);
    else if (r.method == "PUT")
        reply = q->network()->put(req, payload);
    else if (r.method == "DELETE" && payload.isEmpty())
        reply = q->network()->deleteResource(req);
    else
        reply = q->network()->sendCustomRequest(req, r.method, payload);

    struct State
    {
        bool timedOut = false;
        bool tlsFailed = false;
    };
    auto state = std::make_shared<State>();
    // Inactivity timeout of our own as well: transferTimeout is not honoured by every reply.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(r.timeoutMs);
    QObject::connect(timer, &QTimer::timeout, reply, [state, reply]() {
        state->timedOut = true;
        reply->abort();
    });
    timer->start();
    QObject::connect(reply, &QNetworkReply::downloadProgress, timer, [timer]() { timer->start(); });
    QObject::connect(reply, &QNetworkReply::uploadProgress, timer, [timer]() { timer->start(); });
#ifndef QT_NO_SSL
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [state](const QList<QSslError> &) { state->tlsFailed = true; });
#endif

    QPointer<ApiClient> guard(q);
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [guard, call, reply, state, requestId, timer]() {
            timer->stop();
            reply->deleteLater();
            if (!guard)
                return;
            ApiClient *client = guard.data();
            const ApiRequest &req2 = call->request;
            ApiResponse response;
            response.requestId = requestId;
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            response.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
            response.body = reply->isOpen() ? reply->readAll() : QByteArray();
            const QNetworkReply::NetworkError netError = reply->error();
            ApiError &e = response.error;
            e.httpStatus = response.httpStatus;

            const int status = response.httpStatus;
            const bool jsonBody = !response.body.trimmed().isEmpty();
            QJsonParseError parseError{};
            if (jsonBody) {
                const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error == QJsonParseError::NoError)
                    response.json = doc;
            }

            if (status == 401 || status == 403) {
                if (client->authenticator() && !call->retriedAfterAuth) {
                    call->retriedAfterAuth = true;
                    qCInfo(lcSync).noquote() << methodName(req2.method) << serviceKey(req2.service)
                                             << pathTemplate(req2.path) << status << "request"
                                             << requestId << "- token refused, getting a new one";
                    // Another call may have renewed the token meanwhile: then just use the new one.
                    if (client->authenticator()->accessToken() == call->tokenUsed)
                        client->authenticator()->invalidate();
                    withToken(client, call);
                    return;
                }
                e.kind = ApiError::Kind::Unauthorized;
            } else if (status >= 200 && status < 300) {
                const bool wantsJson = req2.accept.contains("json");
                if (wantsJson && jsonBody && parseError.error != QJsonParseError::NoError) {
                    e.kind = ApiError::Kind::Malformed;
                    e.message = parseError.errorString();
                }
            } else if (status >= 500) {
                e.kind = ApiError::Kind::Server;
                // A 503 may say when the service expects to be back (RFC 9110, 10.2.3).
                e.retryAfterSecs = parseRetryAfter(reply->rawHeader("Retry-After"),
                                                   QDateTime::currentDateTimeUtc());
            } else if (status == 408) {
                e.kind = ApiError::Kind::Timeout;
            } else if (status == 429) {
                e.kind = ApiError::Kind::RateLimited;
                e.retryAfterSecs = parseRetryAfter(reply->rawHeader("Retry-After"),
                                                   QDateTime::currentDateTimeUtc());
            } else if (status >= 400) {
                e.kind = ApiError::Kind::Rejected;
            } else if (status >= 300) {
                // A redirect we did not follow: the service is misconfigured or moved.
                e.kind = ApiError::Kind::Rejected;
            } else {
                // No HTTP status: a transport failure.
                if (state->tlsFailed || netError == QNetworkReply::SslHandshakeFailedError ||
                    netError == QNetworkReply::InsecureRedirectError) {
                    e.kind = ApiError::Kind::Tls;
                } else if (state->timedOut || netError == QNetworkReply::TimeoutError ||
                           netError == QNetworkReply::OperationCanceledError) {
                    e.kind = ApiError::Kind::Timeout;
                } else if (netError == QNetworkReply::ConnectionRefusedError ||
                           netError == QNetworkReply::HostNotFoundError ||
                           netError == QNetworkReply::NetworkSessionFailedError ||
                           netError == QNetworkReply::TemporaryNetworkFailureError ||
                           netError == QNetworkReply::UnknownNetworkError ||
                           netError == QNetworkReply::ProxyConnectionRefusedError ||
                           netError == QNetworkReply::ProxyNotFoundError ||
                           netError == QNetworkReply::ProxyTimeoutError ||
                           netError == QNetworkReply::BackgroundRequestNotAllowedError) {
                    e.kind = ApiError::Kind::Offline;
                } else if (netError == QNetworkReply::NoError) {
                    e.kind = ApiError::Kind::Dropped;
                } else {
                    // RemoteHostClosed before any reply byte, or the stream broke: the server may
                    // have done the request.
                    e.kind = ApiError::Kind::Dropped;
                }
                e.message = reply->errorString();
            }

            if (e.kind == ApiError::Kind::Rejected || e.kind == ApiError::Kind::Server ||
                e.kind == ApiError::Kind::RateLimited || e.kind == ApiError::Kind::Timeout ||
                e.kind == ApiError::Kind::Unauthorized) {
                const QJsonObject o = response.json.object();
                // TMF: {code, reason, message, status}; DocuSign: {errorCode, message}.
                e.code = o.value(QLatin1String("code")).toVariant().toString();
                if (e.code.isEmpty())
                    e.code = o.value(QLatin1String("errorCode")).toString();
                e.reason = o.value(QLatin1String("reason")).toString();
                e.message = o.value(QLatin1String("message")).toString();
                if (e.message.isEmpty() && e.reason.isEmpty() && !response.json.isObject())
                    e.message = QString();
                for (const char *key : {"field", "fieldPath", "path", "pointer"}) {
                    const QString f = o.value(QLatin1String(key)).toString();
                    if (!f.isEmpty()) {
                        e.field = stripPath(f);
                        break;
                    }
                }
                if (e.field.isEmpty())
                    e.field = fieldFromMessage(e.message);
                if (e.field.isEmpty())
                    e.field = fieldFromMessage(e.reason);
            }

            qCInfo(lcSync).noquote()
                << methodName(req2.method) << serviceKey(req2.service)
                << pathTemplate(req2.path) +
                       (req2.query.isEmpty() ? QString() : QStringLiteral("?…"))
                << (status ? QString::number(status)
                    : reply->errorString().isEmpty()
                        ? QStringLiteral("-")
                        : QStringLiteral("network error %1").arg(int(netError)))
                << "request" << requestId;
            ApiClientPrivate::finish(client, call, response);
        });
}

} // namespace od::sync
