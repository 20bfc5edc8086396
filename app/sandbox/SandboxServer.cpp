#include "SandboxServer.h"

#include "SandboxData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace od::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "orderdesk.sandbox", QtInfoMsg)

namespace {

const QString kOrderingBase = QStringLiteral("/tmf-api/productOrderingManagement/v4/");
const QString kOrderRoute = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    const QByteArray wanted(name);
    const auto headers = request.headers();
    for (const auto &h : headers)
        if (h.first.compare(wanted, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString methodName(const QHttpServerRequest &request)
{
    const QMetaEnum e = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QString::fromLatin1(e.valueToKey(static_cast<int>(request.method()))).toUpper();
}

bool isMutating(QHttpServerRequest::Method m)
{
    return m == QHttpServerRequest::Method::Post || m == QHttpServerRequest::Method::Put ||
           m == QHttpServerRequest::Method::Patch || m == QHttpServerRequest::Method::Delete;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool nonEmpty(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? !v.toString().trimmed().isEmpty() : (v.isDouble() || v.isBool());
}

/// The TMF622 rules of CONTRACTS.md, anywhere in the order; sets the field's path on failure.
bool checkNode(const QJsonValue &node, const QString &path, QString *field, QString *message)
{
    if (node.isArray()) {
        const QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!checkNode(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), field, message))
                return false;
        return true;
    }
    if (!node.isObject())
        return true;
    const QJsonObject o = node.toObject();
    const auto at = [&path](const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    };
    const auto requireIn = [&](const char *arrayKey, QStringList keys) {
        const QJsonValue v = o.value(QLatin1String(arrayKey));
        if (v.isUndefined())
            return true;
        if (!v.isArray()) {
            *field = at(QLatin1String(arrayKey));
            *message = QStringLiteral("%1 must be an array").arg(*field);
            return false;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject e = a.at(i).toObject();
            for (const QString &k : keys) {
                const bool present = k == QLatin1String("value")
                                         ? !e.value(k).isUndefined() && !e.value(k).isNull()
                                         : nonEmpty(e, k.toLatin1().constData());
                if (!present) {
                    *field =
                        QStringLiteral("%1[%2].%3").arg(at(QLatin1String(arrayKey))).arg(i).arg(k);
                    *message = QStringLiteral("%1 is required").arg(*field);
                    return false;
                }
            }
        }
        return true;
    };
    if (!requireIn("relatedParty", {QStringLiteral("id"), QStringLiteral("@referredType")}) ||
        !requireIn("productCharacteristic", {QStringLiteral("name"), QStringLiteral("value")}) ||
        !requireIn("note", {QStringLiteral("text")}) ||
        !requireIn("place", {QStringLiteral("role")}))
        return false;
    const QJsonValue offering = o.value(QLatin1String("productOffering"));
    if (!offering.isUndefined() && !nonEmpty(offering.toObject(), "id")) {
        *field = at(QStringLiteral("productOffering.id"));
        *message = QStringLiteral("%1 is required").arg(*field);
        return false;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!checkNode(*it, at(it.key()), field, message))
            return false;
    return true;
}

bool checkItems(const QJsonValue &items, const QString &path, bool required, QString *field,
                QString *message)
{
    if (items.isUndefined() && !required)
        return true;
    if (!items.isArray() || (required && items.toArray().isEmpty())) {
        *field = path;
        *message = QStringLiteral("%1 needs at least one item").arg(path);
        return false;
    }
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("modify"),
                                     QStringLiteral("delete"), QStringLiteral("noChange")};
    const QJsonArray a = items.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject item = a.at(i).toObject();
        if (!nonEmpty(item, "id")) {
            *field = p + QStringLiteral(".id");
            *message = QStringLiteral("%1 is required").arg(*field);
            return false;
        }
        if (!actions.contains(item.value(QLatin1String("action")).toString())) {
            *field = p + QStringLiteral(".action");
            *message =
                QStringLiteral("%1 must be one of add, modify, delete, noChange").arg(*field);
            return false;
        }
        if (!checkItems(item.value(QLatin1String("productOrderItem")),
                        p + QStringLiteral(".productOrderItem"), false, field, message))
            return false;
    }
    return true;
}

bool hasPorting(const QJsonValue &node)
{
    if (node.isArray()) {
        const QJsonArray a = node.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &v) { return hasPorting(v); });
    }
    if (!node.isObject())
        return false;
    const QJsonObject o = node.toObject();
    const QString name = o.value(QLatin1String("name")).toString();
    const QString value = o.value(QLatin1String("value")).toString();
    if (name == QLatin1String("numberSource") &&
        (value == QLatin1String("port") || value == QLatin1String("migrate")))
        return true;
    return std::any_of(o.begin(), o.end(), [](const QJsonValue &v) { return hasPorting(v); });
}

QJsonArray withItemStates(QJsonArray items, const QString &state)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(QStringLiteral("state"), state);
        if (item.value(QLatin1String("productOrderItem")).isArray())
            item.insert(
                QStringLiteral("productOrderItem"),
                withItemStates(item.value(QLatin1String("productOrderItem")).toArray(), state));
        items.replace(i, item);
    }
    return items;
}

QString orderReference(const QJsonObject &envelope)
{
    const QJsonArray fields = envelope.value(QLatin1String("customFields"))
                                  .toObject()
                                  .value(QLatin1String("textCustomFields"))
                                  .toArray();
    for (const QJsonValue &f : fields)
        if (f.toObject().value(QLatin1String("name")).toString() == QLatin1String("orderReference"))
            return f.toObject().value(QLatin1String("value")).toString();
    return {};
}

const QByteArray kMinimalPdf =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n"
    "%%EOF\n";

} // namespace

// ---- faults ----------------------------------------------------------------------------------

QJsonObject Faults::toJson() const
{
    return {{QStringLiteral("failNext"), failNext},
            {QStringLiteral("failStatus"), failStatus},
            {QStringLiteral("failEvery"), failEvery},
            {QStringLiteral("delayMs"), delayMs},
            {QStringLiteral("dropNext"), dropNext},
            {QStringLiteral("malformedNext"), malformedNext},
            {QStringLiteral("retryAfterS"), retryAfterS},
            {QStringLiteral("pathPrefix"), pathPrefix}};
}

QString Faults::merge(const QJsonObject &json)
{
    Faults f = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("pathPrefix")) {
            if (!it->isString())
                return QStringLiteral("pathPrefix must be a string");
            f.pathPrefix = it->toString();
            continue;
        }
        int *target = k == QLatin1String("failNext")        ? &f.failNext
                      : k == QLatin1String("failStatus")    ? &f.failStatus
                      : k == QLatin1String("failEvery")     ? &f.failEvery
                      : k == QLatin1String("delayMs")       ? &f.delayMs
                      : k == QLatin1String("dropNext")      ? &f.dropNext
                      : k == QLatin1String("malformedNext") ? &f.malformedNext
                      : k == QLatin1String("retryAfterS")   ? &f.retryAfterS
                                                            : nullptr;
        if (!target)
            return QStringLiteral("unknown fault switch: %1").arg(k);
        const int min = k == QLatin1String("retryAfterS") ? -1 : 0;
        if (!it->isDouble() || it->toDouble() != it->toInt() || it->toInt() < min)
            return QStringLiteral("%1 must be a whole number >= %2").arg(k).arg(min);
        *target = it->toInt();
    }
    if (f.failStatus < 400 || f.failStatus > 599)
        return QStringLiteral("failStatus must be 400 to 599");
    *this = f;
    return {};
}

// ---- server ----------------------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent), m_config(std::move(config)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    loadState();
}

SandboxServer::~SandboxServer()
{
    saveState();
}

bool SandboxServer::start()
{
    m_port = listen(m_config.host, m_config.port);
    if (m_port == 0)
        m_error = QStringLiteral("cannot listen on %1:%2")
                      .arg(m_config.host.toString())
                      .arg(m_config.port);
    return m_port != 0;
}

QString SandboxServer::baseUrl() const
{
    const QString host = m_config.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_config.host.toString())
                             : m_config.host.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

void SandboxServer::setFaults(const Faults &faults)
{
    m_config.faults = faults;
    m_faultCounter = 0;
}

void SandboxServer::reset()
{
    m_orders.clear();
    m_idempotency.clear();
    m_envelopes.clear();
    m_reservations.clear();
    m_reservationKeys.clear();
    m_envelopeAttempts.clear();
    m_poolCursor.clear();
    m_poolUsed.clear();
    m_numbersIssued.clear();
    m_orderPosts.clear();
    m_orderPatches.clear();
    m_requests.clear();
    m_faultsFired = m_dropped = m_unauthorised = 0;
    setFaults(Faults{});
    changed();
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject byExternalId, posts, requests;
    QJsonArray duplicates;
    QHash<QString, int> counts;
    for (const Order &o : m_orders)
        ++counts[o.externalId];
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        byExternalId.insert(it.key(), it.value());
        if (it.value() > 1)
            duplicates.append(it.key());
    }
    for (auto it = m_orderPosts.begin(); it != m_orderPosts.end(); ++it)
        posts.insert(it.key(), it.value());
    QJsonObject patches;
    for (auto it = m_orderPatches.begin(); it != m_orderPatches.end(); ++it)
        patches.insert(it.key(), it.value());
    QJsonArray paperwork;
    for (const Order &o : m_orders)
        if (o.paperwork.isValid())
            paperwork.append(o.externalId);
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it)
        requests.insert(it.key(), it.value());
    int active = 0;
    for (const Reservation &r : m_reservations)
        active += r.released ? 0 : 1;
    return {{QStringLiteral("orders"), m_orders.size()},
            {QStringLiteral("ordersByExternalId"), byExternalId},
            {QStringLiteral("duplicateExternalIds"), duplicates},
            {QStringLiteral("orderPostsByExternalId"), posts},
            {QStringLiteral("orderPatchesByExternalId"), patches},
            {QStringLiteral("paperworkReceived"), paperwork},
            {QStringLiteral("envelopes"), m_envelopes.size()},
            {QStringLiteral("reservations"), m_reservations.size()},
            {QStringLiteral("activeReservations"), active},
            {QStringLiteral("numbersIssued"), m_numbersIssued.size()},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("faultsFired"), m_faultsFired},
            {QStringLiteral("dropped"), m_dropped},
            {QStringLiteral("tokensIssued"), m_tokensIssued},
            {QStringLiteral("unauthorised"), m_unauthorised},
            {QStringLiteral("faults"), m_config.faults.toJson()}};
}

// ---- HTTP plumbing ---------------------------------------------------------------------------

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool api =
        path.startsWith(QLatin1String("/tmf-api/")) || path.startsWith(QLatin1String("/restapi/"));
    Faults &f = m_config.faults;
    const bool faulty = api && (f.pathPrefix.isEmpty() || path.startsWith(f.pathPrefix));
    const int delay = faulty ? f.delayMs : 0;
    if (faulty) {
        ++m_faultCounter;
        bool fail = false;
        if (f.failNext > 0) {
            --f.failNext;
            fail = true;
        } else if (f.failEvery > 0 && m_faultCounter % f.failEvery == 0) {
            fail = true;
        }
        if (fail) {
            ++m_faultsFired;
            Reply r = path.startsWith(QLatin1String("/restapi/"))
                          ? docusignError(f.failStatus, QStringLiteral("SANDBOX_FAULT"),
                                          QStringLiteral("Injected failure"), {},
                                          QStringLiteral("(fault)"))
                          : tmfError(f.failStatus, QString::number(f.failStatus),
                                     QStringLiteral("Injected failure"),
                                     QStringLiteral("The sandbox was told to fail this request"),
                                     {}, QStringLiteral("(fault)"));
            if (f.retryAfterS >= 0)
                r.headers.append(QPair<QByteArray, QByteArray>{"Retry-After",
                                                               QByteArray::number(f.retryAfterS)});
            send(socket, request, r, false, false, delay);
            return true;
        }
    }
    Reply reply = dispatch(request, path);
    reply.committed = isMutating(request.method()) && reply.status >= 200 && reply.status < 300;
    bool drop = false;
    bool malformed = false;
    if (faulty && reply.committed && f.dropNext > 0) {
        --f.dropNext;
        drop = true;
        ++m_dropped;
    } else if (faulty && reply.json && !reply.body.isEmpty() && f.malformedNext > 0) {
        --f.malformedNext;
        malformed = true;
        ++m_faultsFired;
    }
    send(socket, request, reply, drop, malformed, delay);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket, request,
         tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"), {}, {},
                  QStringLiteral("(unknown)")),
         false, false, 0);
}

void SandboxServer::send(QTcpSocket *socket, const QHttpServerRequest &request, Reply reply,
                         bool drop, bool malformed, int delayMs)
{
    const QString method = methodName(request);
    ++m_requests[method + QLatin1Char(' ') + reply.route];
    // Method, path template and status only: never bodies, ids, tokens or query values.
    qCInfo(lcSandbox).noquote() << method << reply.route << reply.status
                                << (drop        ? "(dropped)"
                                    : malformed ? "(malformed)"
                                                : "");
    QByteArray body = reply.body;
    if (malformed)
        body = body.left(qMax<qsizetype>(1, body.size() / 2));
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!body.isEmpty() || reply.status != 204)
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    const QByteArray requestId = header(request, "X-Request-ID");
    if (!requestId.isEmpty())
        out += "X-Request-ID: " + requestId + "\r\n";
    for (const auto &h : std::as_const(reply.headers))
        out += h.first + ": " + h.second + "\r\n";
    const bool close = header(request, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (request.method() != QHttpServerRequest::Method::Head)
        out += body;

    QPointer<QTcpSocket> guard(socket);
    const auto deliver = [guard, out, drop, close] {
        if (!guard)
            return;
        if (drop) {
            // The change is committed; the client never hears of it.
            guard->abort();
            return;
        }
        guard->write(out);
        if (close)
            guard->disconnectFromHost();
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, deliver);
    else
        deliver();
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonValue &body, const QString &route)
{
    Reply r;
    r.status = status;
    r.route = route;
    r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

SandboxServer::Reply SandboxServer::tmfError(int status, const QString &code, const QString &reason,
                                             const QString &message, const QString &field,
                                             const QString &route)
{
    QJsonObject e{{QStringLiteral("code"), code},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("status"), QString::number(status)},
                  {QStringLiteral("@type"), QStringLiteral("Error")}};
    if (!message.isEmpty())
        e.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return json(status, e, route);
}

SandboxServer::Reply SandboxServer::docusignError(int status, const QString &code,
                                                  const QString &message, const QString &field,
                                                  const QString &route)
{
    QJsonObject e{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return json(status, e, route);
}

SandboxServer::Reply SandboxServer::dispatch(const QHttpServerRequest &request, const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.value(0) == QLatin1String("admin"))
        return admin(request, path);
    if (path == QLatin1String("/oauth/authorize"))
        return oauthAuthorize(request);
    if (path == QLatin1String("/oauth/token"))
        return oauthToken(request);
    const bool tmf = segments.value(0) == QLatin1String("tmf-api");
    const bool esign =
        segments.value(0) == QLatin1String("restapi") && segments.value(1) == QLatin1String("v2.1");
    if (!tmf && !esign)
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                        QStringLiteral("No such resource"), {}, QStringLiteral("(unknown)"));
    if (!authorised(request)) {
        ++m_unauthorised;
        Reply r = esign ? docusignError(401, QStringLiteral("AUTHORIZATION_INVALID_TOKEN"),
                                        QStringLiteral("The access token is missing, invalid or "
                                                       "expired."),
                                        {}, QStringLiteral("(unauthorised)"))
                        : tmfError(401, QStringLiteral("401"), QStringLiteral("Unauthorized"),
                                   QStringLiteral("A valid bearer token is required"), {},
                                   QStringLiteral("(unauthorised)"));
        r.headers.append(
            QPair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer error=\"invalid_token\""});
        return r;
    }
    if (esign)
        return signature(request, segments);
    const QString api = segments.value(1);
    const QString version = segments.value(2);
    if (version == QLatin1String("v4")) {
        if (api == QLatin1String("productOrderingManagement"))
            return ordering(request, segments);
        if (api == QLatin1String("geographicAddressManagement"))
            return address(request);
        if (api == QLatin1String("resourcePoolManagement"))
            return reservation(request, segments);
        if (api == QLatin1String("accountManagement"))
            return accounts(request, segments);
    }
    return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                    QStringLiteral("No such resource"), {}, QStringLiteral("(unknown)"));
}

// ---- admin -----------------------------------------------------------------------------------

SandboxServer::Reply SandboxServer::admin(const QHttpServerRequest &request, const QString &path)
{
    const auto m = request.method();
    using M = QHttpServerRequest::Method;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (path == QLatin1String("/admin/faults")) {
        const QString route = QStringLiteral("/admin/faults");
        if (m == M::Get)
            return json(200, m_config.faults.toJson(), route);
        if (m == M::Post) {
            if (!doc.isObject())
                return tmfError(400, QStringLiteral("invalidBody"), QStringLiteral("Bad request"),
                                QStringLiteral("a JSON object is expected"), {}, route);
            Faults f = m_config.faults;
            const QString error = f.merge(doc.object());
            if (!error.isEmpty())
                return tmfError(400, QStringLiteral("invalidFault"), QStringLiteral("Bad request"),
                                error, {}, route);
            setFaults(f);
            return json(200, f.toJson(), route);
        }
    } else if (path == QLatin1String("/admin/reset") && m == M::Post) {
        reset();
        return json(200, QJsonObject{{QStringLiteral("reset"), true}},
                    QStringLiteral("/admin/reset"));
    } else if (path == QLatin1String("/admin/stats") && m == M::Get) {
        return json(200, stats(), QStringLiteral("/admin/stats"));
    } else if (path.startsWith(QLatin1String("/admin/envelopes/")) && m == M::Post) {
        const QString route = QStringLiteral("/admin/envelopes/{id}");
        const QString id = path.section(QLatin1Char('/'), 3, 3);
        auto it = m_envelopes.find(id);
        if (it == m_envelopes.end())
            return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                            QStringLiteral("no such envelope"), {}, route);
        const QString status = doc.object().value(QLatin1String("status")).toString();
        static const QStringList allowed{QStringLiteral("declined"), QStringLiteral("voided"),
                                         QStringLiteral("completed")};
        if (!allowed.contains(status))
            return tmfError(400, QStringLiteral("invalidStatus"), QStringLiteral("Bad request"),
                            QStringLiteral("status must be declined, voided or completed"),
                            QStringLiteral("status"), route);
        const QString current = envelopeStatus(*it, nullptr);
        if (current == QLatin1String("completed") || current == QLatin1String("declined") ||
            current == QLatin1String("voided"))
            return tmfError(409, QStringLiteral("envelopeFinal"), QStringLiteral("Conflict"),
                            QStringLiteral("the envelope is already %1").arg(current), {}, route);
        if (!it->sent.isValid())
            it->sent = now();
        it->override = status;
        it->overrideAt = now();
        it->voidedReason = doc.object().value(QLatin1String("voidedReason")).toString();
        changed();
        return json(200, envelopeJson(*it), route);
    }
    return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                    QStringLiteral("No such admin endpoint"), {}, QStringLiteral("/admin/?"));
}

// ---- OAuth2 ----------------------------------------------------------------------------------

bool SandboxServer::authorised(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const QString token = QString::fromLatin1(auth.mid(7)).trimmed();
    if (token.isEmpty())
        return false;
    if (m_config.acceptTokens.contains(token))
        return true;
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.constEnd() && now() < it.value();
}

QString SandboxServer::issueToken(QString *refreshToken)
{
    const QString access = randomToken(32);
    m_accessTokens.insert(access, now().addSecs(m_config.tokenLifetimeS));
    *refreshToken = randomToken(32);
    m_refreshTokens.insert(*refreshToken);
    ++m_tokensIssued;
    // Expired tokens are forgotten.
    const QDateTime t = now();
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();)
        it = it.value() <= t ? m_accessTokens.erase(it) : std::next(it);
    changed();
    return access;
}

SandboxServer::Reply SandboxServer::oauthAuthorize(const QHttpServerRequest &request)
{
    const QString route = QStringLiteral("/oauth/authorize");
    const QUrlQuery q = request.query();
    const auto error = [&route](const QString &code, const QString &text) {
        return json(400,
                    QJsonObject{{QStringLiteral("error"), code},
                                {QStringLiteral("error_description"), text}},
                    route);
    };
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (!redirect.isValid() || redirect.isRelative())
        return error(QStringLiteral("invalid_request"), QStringLiteral("redirect_uri is required"));
    if (q.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return error(QStringLiteral("unsupported_response_type"),
                     QStringLiteral("response_type must be code"));
    Code c;
    c.challenge = q.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    c.method = q.queryItemValue(QStringLiteral("code_challenge_method"));
    if (c.method.isEmpty() && !c.challenge.isEmpty())
        c.method = QStringLiteral("plain");
    if (!c.challenge.isEmpty() && c.method != QLatin1String("S256") &&
        c.method != QLatin1String("plain"))
        return error(QStringLiteral("invalid_request"),
                     QStringLiteral("code_challenge_method must be S256 or plain"));
    c.redirectUri = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    c.clientId = q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    c.expires = now().addSecs(300);
    const QString code = randomToken(24);
    m_codes.insert(code, c);

    QUrl target = redirect;
    QUrlQuery tq(target);
    tq.addQueryItem(QStringLiteral("code"), code);
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!state.isEmpty())
        tq.addQueryItem(QStringLiteral("state"), state);
    target.setQuery(tq);
    Reply r;
    r.status = 302;
    r.route = route;
    r.json = false;
    r.contentType = "text/plain;charset=utf-8";
    r.body = "Approved.";
    r.headers.append(QPair<QByteArray, QByteArray>{"Location", target.toEncoded()});
    return r;
}

SandboxServer::Reply SandboxServer::oauthToken(const QHttpServerRequest &request)
{
    const QString route = QStringLiteral("/oauth/token");
    const auto error = [&route](int status, const QString &code, const QString &text) {
        Reply r = json(status,
                       QJsonObject{{QStringLiteral("error"), code},
                                   {QStringLiteral("error_description"), text}},
                       route);
        r.headers.append(QPair<QByteArray, QByteArray>{"Cache-Control", "no-store"});
        return r;
    };
    if (request.method() != QHttpServerRequest::Method::Post)
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("POST is required"));
    QByteArray form = request.body();
    form.replace('+', ' ');
    const QUrlQuery q(QString::fromUtf8(form));
    const auto value = [&q](const char *key) {
        return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    if (grant == QLatin1String("authorization_code")) {
        const auto it = m_codes.constFind(value("code"));
        if (it == m_codes.constEnd() || it->expires < now())
            return error(400, QStringLiteral("invalid_grant"),
                         QStringLiteral("unknown or expired code"));
        const Code c = *it;
        m_codes.erase(it);
        const QString redirect = value("redirect_uri");
        // Qt 6.4's OAuth2 flow percent-encodes redirect_uri once more than the form needs.
        if (!redirect.isEmpty() && redirect != c.redirectUri &&
            QUrl::fromPercentEncoding(redirect.toUtf8()) != c.redirectUri)
            return error(400, QStringLiteral("invalid_grant"),
                         QStringLiteral("redirect_uri differs from the authorization request"));
        if (!c.challenge.isEmpty()) {
            const QString verifier = value("code_verifier");
            const QString computed =
                c.method == QLatin1String("S256")
                    ? QString::fromLatin1(
                          QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                              .toBase64(QByteArray::Base64UrlEncoding |
                                        QByteArray::OmitTrailingEquals))
                    : verifier;
            if (verifier.isEmpty() || computed != c.challenge)
                return error(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("code_verifier does not match the code_challenge"));
        }
    } else if (grant == QLatin1String("refresh_token")) {
        if (!m_refreshTokens.contains(value("refresh_token")))
            return error(400, QStringLiteral("invalid_grant"),
                         QStringLiteral("unknown refresh token"));
    } else {
        return error(400, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("grant_type must be authorization_code or refresh_token"));
    }
    QString refresh;
    const QString access = issueToken(&refresh);
    Reply r = json(200,
                   QJsonObject{{QStringLiteral("access_token"), access},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), m_config.tokenLifetimeS},
                               {QStringLiteral("refresh_token"), refresh}},
                   route);
    r.headers.append(QPair<QByteArray, QByteArray>{"Cache-Control", "no-store"});
    return r;
}

// ---- TMF622 ordering -------------------------------------------------------------------------

SandboxServer::Reply SandboxServer::ordering(const QHttpServerRequest &request,
                                             const QStringList &segments)
{
    using M = QHttpServerRequest::Method;
    if (segments.value(3) != QLatin1String("productOrder") || segments.size() > 5)
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                        QStringLiteral("No such resource"), {}, QStringLiteral("(unknown)"));
    if (segments.size() == 4) {
        if (request.method() == M::Post)
            return createOrder(request);
        if (request.method() == M::Get) {
            const QUrlQuery q = request.query();
            const bool filtered = q.hasQueryItem(QStringLiteral("externalId"));
            const QString externalId =
                q.queryItemValue(QStringLiteral("externalId"), QUrl::FullyDecoded);
            QJsonArray list;
            for (const Order &o : std::as_const(m_orders))
                if (!filtered || o.externalId == externalId)
                    list.append(orderJson(o));
            Reply r = json(200, list, kOrderRoute);
            r.headers.append(
                QPair<QByteArray, QByteArray>{"X-Total-Count", QByteArray::number(list.size())});
            r.headers.append(
                QPair<QByteArray, QByteArray>{"X-Result-Count", QByteArray::number(list.size())});
            return r;
        }
    } else if (request.method() == M::Patch) {
        return patchOrder(request, segments.value(4));
    } else if (request.method() == M::Get) {
        const QString route = kOrderRoute + QStringLiteral("/{id}");
        const auto it = m_orders.constFind(segments.value(4));
        if (it == m_orders.constEnd())
            return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                            QStringLiteral("No product order with this id"), QStringLiteral("id"),
                            route);
        return json(200, orderJson(*it), route);
    }
    return tmfError(405, QStringLiteral("405"), QStringLiteral("Method not allowed"), {}, {},
                    kOrderRoute);
}

SandboxServer::Reply SandboxServer::createOrder(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject())
        return tmfError(400, QStringLiteral("invalidBody"), QStringLiteral("Invalid body"),
                        QStringLiteral("The body is not a JSON object"), {}, kOrderRoute);
    QJsonObject body = doc.object();
    QString field, message;
    if (!checkItems(body.value(QLatin1String("productOrderItem")),
                    QStringLiteral("productOrderItem"), true, &field, &message) ||
        !checkNode(body, QString(), &field, &message))
        return tmfError(400, QStringLiteral("missingOrInvalidField"),
                        QStringLiteral("Missing or invalid field"), message, field, kOrderRoute);
    const QString externalId = body.value(QLatin1String("externalId")).toString();
    ++m_orderPosts[externalId];

    const QString key = QString::fromLatin1(header(request, "Idempotency-Key"));
    QString existing = key.isEmpty() ? QString() : m_idempotency.value(key);
    if (existing.isEmpty() && !externalId.isEmpty())
        for (const Order &o : std::as_const(m_orders))
            if (o.externalId == externalId)
                existing = o.id;
    if (!existing.isEmpty() && m_orders.contains(existing)) {
        if (!key.isEmpty() && !m_idempotency.contains(key)) {
            m_idempotency.insert(key, existing);
            changed();
        }
        Reply r = json(201, orderJson(m_orders.value(existing)), kOrderRoute);
        r.headers.append(QPair<QByteArray, QByteArray>{"Idempotent-Replayed", "true"});
        return r;
    }

    Order o;
    o.id = QStringLiteral("PO-%1").arg(++m_sequence, 6, 10, QLatin1Char('0'));
    o.externalId = externalId;
    o.created = now();
    const QJsonArray parties = body.value(QLatin1String("relatedParty")).toArray();
    o.signatory = std::any_of(parties.begin(), parties.end(), [](const QJsonValue &p) {
        return p.toObject()
                   .value(QLatin1String("role"))
                   .toString()
                   .compare(QLatin1String("signatory"), Qt::CaseInsensitive) == 0;
    });
    o.porting = hasPorting(body);
    // Server fields are the server's; a client's values are not kept.
    for (const char *k :
         {"id", "href", "state", "orderDate", "completionDate", "expectedCompletionDate"})
        body.remove(QLatin1String(k));
    o.body = body;
    m_orders.insert(o.id, o);
    if (!key.isEmpty())
        m_idempotency.insert(key, o.id);
    changed();
    Reply r = json(201, orderJson(o), kOrderRoute);
    r.headers.append(QPair<QByteArray, QByteArray>{
        "Location", (kOrderRoute + QLatin1Char('/') + o.id).toLatin1()});
    return r;
}

SandboxServer::Reply SandboxServer::patchOrder(const QHttpServerRequest &request, const QString &id)
{
    const QString route = kOrderRoute + QStringLiteral("/{id}");
    const auto it = m_orders.find(id);
    if (it == m_orders.end())
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                        QStringLiteral("No product order with this id"), QStringLiteral("id"),
                        route);
    const auto bad = [&route](const QString &field, const QString &message) {
        return tmfError(400, QStringLiteral("missingOrInvalidField"),
                        QStringLiteral("Missing or invalid field"), message, field, route);
    };
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return tmfError(400, QStringLiteral("invalidBody"), QStringLiteral("Invalid body"),
                        QStringLiteral("The body is not a JSON object"), {}, route);
    const QJsonObject body = doc.object();
    // ProductOrder_Update's members that this sandbox stores as given (JSON merge patch: a
    // member replaces the order's, arrays whole; null removes it). The state and the dates
    // the carrier sets are computed here, so a client cannot set them.
    static const QStringList stored{QStringLiteral("category"),
                                    QStringLiteral("description"),
                                    QStringLiteral("externalId"),
                                    QStringLiteral("notificationContact"),
                                    QStringLiteral("priority"),
                                    QStringLiteral("requestedCompletionDate"),
                                    QStringLiteral("requestedStartDate"),
                                    QStringLiteral("agreement"),
                                    QStringLiteral("billingAccount"),
                                    QStringLiteral("channel"),
                                    QStringLiteral("note"),
                                    QStringLiteral("orderTotalPrice"),
                                    QStringLiteral("payment"),
                                    QStringLiteral("productOfferingQualification"),
                                    QStringLiteral("productOrderItem"),
                                    QStringLiteral("quote"),
                                    QStringLiteral("relatedParty"),
                                    QStringLiteral("@baseType"),
                                    QStringLiteral("@schemaLocation"),
                                    QStringLiteral("@type")};
    static const QStringList carrierSets{QStringLiteral("state"), QStringLiteral("completionDate"),
                                         QStringLiteral("expectedCompletionDate"),
                                         QStringLiteral("cancellationDate"),
                                         QStringLiteral("cancellationReason")};
    for (auto m = body.begin(); m != body.end(); ++m) {
        if (carrierSets.contains(m.key()))
            return bad(m.key(), QStringLiteral("%1 is set by the carrier, not by a PATCH "
                                               "(cancel an order with TMF622 cancelProductOrder)")
                                    .arg(m.key()));
        if (!stored.contains(m.key()))
            return bad(m.key(),
                       QStringLiteral("%1 is not a member of ProductOrder_Update").arg(m.key()));
    }
    if (body.contains(QLatin1String("externalId")) &&
        body.value(QLatin1String("externalId")).toString() != it->externalId)
        return bad(QStringLiteral("externalId"),
                   QStringLiteral("externalId identifies the order and cannot change"));
    QString field, message;
    const QJsonValue items = body.value(QLatin1String("productOrderItem"));
    if (!items.isUndefined() &&
        !checkItems(items, QStringLiteral("productOrderItem"), true, &field, &message))
        return bad(field, message);
    if (!checkNode(body, QString(), &field, &message))
        return bad(field, message);
    bool paperwork = false;
    for (const QJsonValue &n : body.value(QLatin1String("note")).toArray())
        paperwork = paperwork || n.toObject().value(QLatin1String("id")).toString() ==
                                     QLatin1String("signedPaperwork");
    if (paperwork && it->porting && !it->paperwork.isValid()) {
        // The carrier starts porting only with signed paperwork: the order's latest envelope.
        const Envelope *e = envelopeForOrder(it->externalId);
        const QString status = e ? envelopeStatus(*e, nullptr) : QString();
        if (status != QLatin1String("completed"))
            return tmfError(409, QStringLiteral("paperworkNotSigned"),
                            QStringLiteral("Paperwork not signed"),
                            e ? QStringLiteral("the order's latest envelope is %1, not "
                                               "completed")
                                    .arg(status)
                              : QStringLiteral("the order has no signature envelope"),
                            QStringLiteral("note"), route);
        it->paperwork = now();
    }
    for (auto m = body.begin(); m != body.end(); ++m) {
        if (m->isNull())
            it->body.remove(m.key());
        else
            it->body.insert(m.key(), m.value());
    }
    ++m_orderPatches[it->externalId];
    changed();
    return json(200, orderJson(*it), route);
}

const SandboxServer::Envelope *SandboxServer::envelopeForOrder(const QString &externalId) const
{
    const Envelope *latest = nullptr;
    if (externalId.isEmpty())
        return nullptr;
    for (const Envelope &e : m_envelopes)
        if (orderReference(e.body) == externalId && (!latest || latest->seq < e.seq))
            latest = &e;
    return latest;
}

QString SandboxServer::orderState(const Order &order, QDateTime *completed) const
{
    const QDateTime t = now();
    const qint64 step = m_config.orderStepMs;
    const QDateTime t1 = order.created.addMSecs(step);
    if (t < t1)
        return QStringLiteral("acknowledged");
    QDateTime gate = t1;
    if (order.porting) {
        // The numbers are not ported before the signed paperwork arrives (a PATCH with the
        // "signedPaperwork" note); the carrier needs one step to check it.
        if (!order.paperwork.isValid())
            return QStringLiteral("pending");
        gate = qMax(gate, order.paperwork.addMSecs(step));
    }
    if (order.signatory) {
        const Envelope *e = envelopeForOrder(order.externalId);
        if (!e)
            return QStringLiteral("pending");
        QMap<QString, QDateTime> times;
        const QString status = envelopeStatus(*e, &times);
        if (status == QLatin1String("declined") || status == QLatin1String("voided"))
            return QStringLiteral("held");
        if (status != QLatin1String("completed"))
            return QStringLiteral("pending");
        gate = qMax(gate, times.value(QStringLiteral("completed")));
    }
    if (t < gate)
        return QStringLiteral("pending");
    const QDateTime done = gate.addMSecs(step);
    if (t < done)
        return QStringLiteral("inProgress");
    if (completed)
        *completed = done;
    return QStringLiteral("completed");
}

QJsonObject SandboxServer::orderJson(const Order &order) const
{
    QJsonObject o = order.body;
    QDateTime completed;
    const QString state = orderState(order, &completed);
    o.insert(QStringLiteral("id"), order.id);
    o.insert(QStringLiteral("href"), baseUrl() + kOrderRoute + QLatin1Char('/') + order.id);
    o.insert(QStringLiteral("@type"), QStringLiteral("ProductOrder"));
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("orderDate"), iso(order.created));
    const QDateTime requested = fromIso(order.body.value(QLatin1String("requestedCompletionDate")));
    o.insert(QStringLiteral("expectedCompletionDate"),
             iso(requested.isValid() ? requested : order.created.addDays(7)));
    if (completed.isValid())
        o.insert(QStringLiteral("completionDate"), iso(completed));
    o.insert(QStringLiteral("productOrderItem"),
             withItemStates(o.value(QLatin1String("productOrderItem")).toArray(), state));
    return o;
}

// ---- TMF673 address --------------------------------------------------------------------------

SandboxServer::Reply SandboxServer::address(const QHttpServerRequest &request)
{
    const QString route =
        QStringLiteral("/tmf-api/geographicAddressManagement/v4/geographicAddressValidation");
    if (request.url().path() != route)
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"), {}, {},
                        QStringLiteral("(unknown)"));
    if (request.method() != QHttpServerRequest::Method::Post)
        return tmfError(405, QStringLiteral("405"), QStringLiteral("Method not allowed"), {}, {},
                        route);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto missing = [&route](const QString &field) {
        return tmfError(400, QStringLiteral("missingOrInvalidField"),
                        QStringLiteral("Missing or invalid field"),
                        QStringLiteral("%1 is required").arg(field), field, route);
    };
    if (!body.value(QLatin1String("provideAlternative")).isBool())
        return missing(QStringLiteral("provideAlternative"));
    const QJsonObject submitted =
        body.value(QLatin1String("submittedGeographicAddress")).toObject();
    if (submitted.isEmpty())
        return missing(QStringLiteral("submittedGeographicAddress"));
    for (const char *k : {"streetNr", "streetName", "postcode", "city", "country"})
        if (!nonEmpty(submitted, k))
            return missing(QStringLiteral("submittedGeographicAddress.") + QLatin1String(k));
    const bool alternatives = body.value(QLatin1String("provideAlternative")).toBool();
    const AddressValidation v = validateAddress(submitted, alternatives);
    QJsonArray alt;
    for (const QJsonObject &a : v.alternatives)
        alt.append(a);
    const QString id = QStringLiteral("gav-%1").arg(++m_sequence, 6, 10, QLatin1Char('0'));
    QJsonObject answer{{QStringLiteral("id"), id},
                       {QStringLiteral("href"), baseUrl() + route + QLatin1Char('/') + id},
                       {QStringLiteral("@type"), QStringLiteral("GeographicAddressValidation")},
                       {QStringLiteral("provideAlternative"), alternatives},
                       {QStringLiteral("validationDate"), iso(now())},
                       {QStringLiteral("state"), QStringLiteral("done")},
                       {QStringLiteral("validationResult"), v.result},
                       {QStringLiteral("submittedGeographicAddress"), submitted},
                       {QStringLiteral("alternateGeographicAddress"), alt}};
    if (!v.valid.isEmpty())
        answer.insert(QStringLiteral("validGeographicAddress"), v.valid);
    return json(201, answer, route);
}

// ---- number reservation ----------------------------------------------------------------------

SandboxServer::Reply SandboxServer::reservation(const QHttpServerRequest &request,
                                                const QStringList &segments)
{
    using M = QHttpServerRequest::Method;
    const QString route = QStringLiteral("/tmf-api/resourcePoolManagement/v4/reservation");
    const QString idRoute = route + QStringLiteral("/{id}");
    if (segments.value(3) != QLatin1String("reservation") || segments.size() > 5)
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"), {}, {},
                        QStringLiteral("(unknown)"));
    if (segments.size() == 5) {
        auto it = m_reservations.find(segments.value(4));
        if (it == m_reservations.end())
            return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"),
                            QStringLiteral("No reservation with this id"), QStringLiteral("id"),
                            idRoute);
        if (request.method() == M::Delete) {
            // Released numbers are never handed out again.
            it->released = true;
            it->body.insert(QStringLiteral("reservationState"), QStringLiteral("released"));
            changed();
            Reply r;
            r.status = 204;
            r.route = idRoute;
            r.json = false;
            return r;
        }
        if (request.method() == M::Get)
            return json(200, it->body, idRoute);
        return tmfError(405, QStringLiteral("405"), QStringLiteral("Method not allowed"), {}, {},
                        idRoute);
    }
    if (request.method() != M::Post)
        return tmfError(405, QStringLiteral("405"), QStringLiteral("Method not allowed"), {}, {},
                        route);
    QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // Idempotency-Key (project-defined, as for orders): a repeat of the same request answers
    // the first reservation and takes no new numbers; the key with another request is 422.
    const QString key = QString::fromLatin1(header(request, "Idempotency-Key"));
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
    if (!key.isEmpty() && m_reservationKeys.contains(key)) {
        const QStringList seen = m_reservationKeys.value(key).split(QLatin1Char(' '));
        if (seen.value(1) != requestHash)
            return tmfError(422, QStringLiteral("idempotencyKeyReused"),
                            QStringLiteral("Idempotency-Key reused"),
                            QStringLiteral("This Idempotency-Key was used for another request"),
                            QStringLiteral("Idempotency-Key"), route);
        if (m_reservations.contains(seen.value(0))) {
            Reply r = json(201, m_reservations.value(seen.value(0)).body, route);
            r.headers.append(QPair<QByteArray, QByteArray>{"Idempotent-Replayed", "true"});
            return r;
        }
    }
    const auto invalid = [&route](const QString &field, const QString &text) {
        return tmfError(400, QStringLiteral("missingOrInvalidField"),
                        QStringLiteral("Missing or invalid field"), text, field, route);
    };
    const QJsonArray items = body.value(QLatin1String("reservationItem")).toArray();
    if (items.isEmpty())
        return invalid(QStringLiteral("reservationItem"),
                       QStringLiteral("reservationItem needs at least one item"));
    QHash<QString, qint64> cursors = m_poolCursor;
    QHash<QString, int> used = m_poolUsed;
    QSet<QString> issued;
    QJsonArray answered;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QString p = QStringLiteral("reservationItem[%1]").arg(i);
        const QJsonValue qv = item.value(QLatin1String("quantity"));
        const int quantity = qv.toInt();
        if (!qv.isDouble() || qv.toDouble() != quantity || quantity < 1 || quantity > 1000)
            return invalid(
                p + QStringLiteral(".quantity"),
                QStringLiteral("%1.quantity must be a whole number from 1 to 1000").arg(p));
        QHash<QString, QString> ch;
        const QJsonArray chars = item.value(QLatin1String("characteristic")).toArray();
        for (const QJsonValue &c : chars)
            ch.insert(c.toObject().value(QLatin1String("name")).toString(),
                      c.toObject().value(QLatin1String("value")).toString().trimmed());
        const QString country = ch.value(QStringLiteral("country")).toUpper();
        const QString area = ch.value(QStringLiteral("areaCode"));
        const QString usage = ch.value(QStringLiteral("usage"));
        if (!knownCountries().contains(country))
            return invalid(p + QStringLiteral(".characteristic.country"),
                           QStringLiteral("country must be one of %1")
                               .arg(knownCountries().join(QStringLiteral(", "))));
        if (usage != QLatin1String("user") && usage != QLatin1String("resourceAccount"))
            return invalid(p + QStringLiteral(".characteristic.usage"),
                           QStringLiteral("usage must be user or resourceAccount"));
        const NumberPool pool(country, area);
        if (!pool.error().isEmpty())
            return invalid(p + QStringLiteral(".characteristic.areaCode"), pool.error());
        const QString poolKey = pool.key();
        const auto exhausted = [&] {
            return tmfError(409, QStringLiteral("areaExhausted"),
                            QStringLiteral("Not enough numbers free"),
                            QStringLiteral("The area has too few numbers free: %1 left")
                                .arg(qMax(0, m_config.numbersPerArea - used.value(poolKey))),
                            p + QStringLiteral(".quantity"), route);
        };
        if (used.value(poolKey) + quantity > m_config.numbersPerArea)
            return exhausted();
        QJsonArray numbers;
        qint64 &cursor = cursors[poolKey];
        while (numbers.size() < quantity) {
            const QString n = pool.next(cursor);
            if (n.isEmpty())
                return exhausted();
            if (m_numbersIssued.contains(n) || issued.contains(n))
                continue;
            issued.insert(n);
            numbers.append(n);
        }
        used[poolKey] += quantity;
        item.insert(QStringLiteral("numbers"), numbers);
        answered.append(item);
    }
    m_poolCursor = cursors;
    m_poolUsed = used;
    m_numbersIssued.unite(issued);
    const QString id = QStringLiteral("RSV-%1").arg(++m_sequence, 6, 10, QLatin1Char('0'));
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("href"), baseUrl() + route + QLatin1Char('/') + id);
    body.insert(QStringLiteral("reservationState"), QStringLiteral("completed"));
    body.insert(QStringLiteral("validFor"),
                QJsonObject{{QStringLiteral("startDateTime"), iso(now())},
                            {QStringLiteral("endDateTime"),
                             iso(now().addSecs(m_config.reservationLifetimeS))}});
    body.insert(QStringLiteral("reservationItem"), answered);
    m_reservations.insert(id, Reservation{id, body, false});
    if (!key.isEmpty())
        m_reservationKeys.insert(key, id + QLatin1Char(' ') + requestHash);
    changed();
    return json(201, body, route);
}

// ---- accounts --------------------------------------------------------------------------------

SandboxServer::Reply SandboxServer::accounts(const QHttpServerRequest &request,
                                             const QStringList &segments)
{
    const QString resource = segments.value(3);
    const QString route = QStringLiteral("/tmf-api/accountManagement/v4/") + resource;
    if (segments.size() != 4 || request.method() != QHttpServerRequest::Method::Get)
        return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"), {}, {},
                        QStringLiteral("(unknown)"));
    const QUrlQuery q = request.query();
    if (resource == QLatin1String("billingAccount")) {
        const QString ocn =
            q.queryItemValue(QStringLiteral("relatedParty.id"), QUrl::FullyDecoded).trimmed();
        if (ocn.isEmpty())
            return tmfError(400, QStringLiteral("missingFilter"), QStringLiteral("Missing filter"),
                            QStringLiteral("relatedParty.id is required"),
                            QStringLiteral("relatedParty.id"), route);
        QJsonArray list;
        for (const SeedAccount &a : seedAccounts()) {
            if (a.ocn != ocn)
                continue;
            list.append(QJsonObject{
                {QStringLiteral("id"), a.bcn},
                {QStringLiteral("@type"), QStringLiteral("BillingAccount")},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("country"), a.country},
                {QStringLiteral("contactEmails"), QJsonArray::fromStringList(a.contactEmails)},
                {QStringLiteral("relatedParty"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("id"), a.ocn},
                                 {QStringLiteral("@referredType"), QStringLiteral("Organization")},
                                 {QStringLiteral("role"), QStringLiteral("customer")}}}}});
        }
        return json(200, list, route);
    }
    if (resource == QLatin1String("consent")) {
        const QString tenant =
            q.queryItemValue(QStringLiteral("tenantId"), QUrl::FullyDecoded).trimmed().toLower();
        if (tenant.isEmpty())
            return tmfError(400, QStringLiteral("missingFilter"), QStringLiteral("Missing filter"),
                            QStringLiteral("tenantId is required"), QStringLiteral("tenantId"),
                            route);
        QString status = QStringLiteral("none");
        for (const SeedConsent &c : seedConsents())
            if (c.tenantId == tenant)
                status = c.status;
        return json(
            200,
            QJsonObject{{QStringLiteral("tenantId"), tenant}, {QStringLiteral("status"), status}},
            route);
    }
    return tmfError(404, QStringLiteral("404"), QStringLiteral("Not found"), {}, {},
                    QStringLiteral("(unknown)"));
}

// ---- DocuSign --------------------------------------------------------------------------------

SandboxServer::Reply SandboxServer::signature(const QHttpServerRequest &request,
                                              const QStringList &segments)
{
    using M = QHttpServerRequest::Method;
    // restapi v2.1 accounts {accountId} envelopes [{id} [documents combined]]
    const QString base = QStringLiteral("/restapi/v2.1/accounts/{accountId}/envelopes");
    if (segments.value(2) != QLatin1String("accounts") ||
        segments.value(4) != QLatin1String("envelopes"))
        return docusignError(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                             QStringLiteral("No such resource"), {}, QStringLiteral("(unknown)"));
    if (segments.size() == 5) {
        if (request.method() == M::Post)
            return createEnvelope(request, segments.value(3));
        if (request.method() == M::Get)
            return listEnvelopes(request, segments.value(3));
        return docusignError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                             QStringLiteral("GET or POST only"), {}, base);
    }
    const QString idRoute = base + QStringLiteral("/{envelopeId}");
    auto it = m_envelopes.find(segments.value(5));
    if (it == m_envelopes.end() || it->accountId != segments.value(3))
        return docusignError(404, QStringLiteral("ENVELOPE_DOES_NOT_EXIST"),
                             QStringLiteral("The envelope does not exist"),
                             QStringLiteral("envelopeId"), idRoute);
    if (segments.size() == 6) {
        if (request.method() == M::Get)
            return json(200, envelopeJson(*it), idRoute);
        if (request.method() == M::Put) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            const QString status = body.value(QLatin1String("status")).toString();
            const QString current = envelopeStatus(*it, nullptr);
            if (status == QLatin1String("sent") && current == QLatin1String("created")) {
                it->sent = now();
            } else if (status == QLatin1String("voided") && current != QLatin1String("completed") &&
                       current != QLatin1String("declined") && current != QLatin1String("voided")) {
                const QString reason = body.value(QLatin1String("voidedReason")).toString();
                if (reason.trimmed().isEmpty())
                    return docusignError(400, QStringLiteral("INVALID_REQUEST_PARAMETER"),
                                         QStringLiteral("voidedReason is required"),
                                         QStringLiteral("voidedReason"), idRoute);
                if (!it->sent.isValid())
                    it->sent = now();
                it->override = status;
                it->overrideAt = now();
                it->voidedReason = reason;
            } else {
                return docusignError(
                    400, QStringLiteral("ENVELOPE_INVALID_STATUS"),
                    QStringLiteral("Cannot change a %1 envelope to %2").arg(current, status),
                    QStringLiteral("status"), idRoute);
            }
            changed();
            return json(200, QJsonObject{{QStringLiteral("envelopeId"), it->id}}, idRoute);
        }
    } else if (segments.size() == 8 && segments.value(6) == QLatin1String("documents") &&
               segments.value(7) == QLatin1String("combined") && request.method() == M::Get) {
        const QJsonArray docs = it->body.value(QLatin1String("documents")).toArray();
        Reply r;
        r.route = idRoute + QStringLiteral("/documents/combined");
        r.json = false;
        r.contentType = "application/pdf";
        // The first document stands for the combined one (the sandbox does not merge PDFs).
        r.body = QByteArray::fromBase64(
            docs.at(0).toObject().value(QLatin1String("documentBase64")).toString().toLatin1());
        if (!r.body.startsWith("%PDF"))
            r.body = kMinimalPdf;
        r.headers.append(QPair<QByteArray, QByteArray>{"Content-Disposition",
                                                       "attachment; filename=\"combined.pdf\""});
        return r;
    }
    return docusignError(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                         QStringLiteral("No such resource"), {}, QStringLiteral("(unknown)"));
}

SandboxServer::Reply SandboxServer::listEnvelopes(const QHttpServerRequest &request,
                                                  const QString &accountId)
{
    // listStatusChanges: from_date (required here), custom_field "name=value" on a text custom
    // field (only orderReference is kept by the sandbox's envelopes, any name is matched).
    const QString route = QStringLiteral("/restapi/v2.1/accounts/{accountId}/envelopes");
    const QUrlQuery q = request.query();
    const QString fromText =
        q.queryItemValue(QStringLiteral("from_date"), QUrl::FullyDecoded).trimmed();
    QDateTime from = QDateTime::fromString(fromText, Qt::ISODateWithMs);
    if (!from.isValid())
        from = QDateTime::fromString(fromText, Qt::ISODate);
    if (!from.isValid())
        return docusignError(400, QStringLiteral("INVALID_REQUEST_PARAMETER"),
                             QStringLiteral("from_date is required, an ISO 8601 date and time"),
                             QStringLiteral("from_date"), route);
    QString fieldName, fieldValue;
    const QString custom = q.queryItemValue(QStringLiteral("custom_field"), QUrl::FullyDecoded);
    if (!custom.isEmpty()) {
        const qsizetype eq = custom.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return docusignError(400, QStringLiteral("INVALID_REQUEST_PARAMETER"),
                                 QStringLiteral("custom_field must be name=value"),
                                 QStringLiteral("custom_field"), route);
        fieldName = custom.left(eq);
        fieldValue = custom.mid(eq + 1);
    }
    QList<const Envelope *> matching;
    for (const Envelope &e : m_envelopes) {
        if (e.accountId != accountId)
            continue;
        QMap<QString, QDateTime> times;
        envelopeStatus(e, &times);
        QDateTime last = e.created;
        for (const QDateTime &t : std::as_const(times))
            last = qMax(last, t);
        if (last < from)
            continue;
        if (!fieldName.isEmpty()) {
            bool hit = false;
            const QJsonArray fields = e.body.value(QLatin1String("customFields"))
                                          .toObject()
                                          .value(QLatin1String("textCustomFields"))
                                          .toArray();
            for (const QJsonValue &f : fields)
                hit = hit || (f.toObject().value(QLatin1String("name")).toString() == fieldName &&
                              f.toObject().value(QLatin1String("value")).toString() == fieldValue);
            if (!hit)
                continue;
        }
        matching.append(&e);
    }
    std::sort(matching.begin(), matching.end(),
              [](const Envelope *a, const Envelope *b) { return a->seq < b->seq; });
    QJsonArray list;
    for (const Envelope *e : std::as_const(matching)) {
        QJsonObject o = envelopeJson(*e);
        o.insert(QStringLiteral("createdDateTime"), iso(e->created));
        list.append(o);
    }
    const QString count = QString::number(list.size());
    QJsonObject answer{{QStringLiteral("resultSetSize"), count},
                       {QStringLiteral("totalSetSize"), count},
                       {QStringLiteral("startPosition"), QStringLiteral("0")},
                       {QStringLiteral("endPosition"), QString::number(qMax(0, list.size() - 1))},
                       {QStringLiteral("lastQueriedDateTime"), iso(now())}};
    if (!list.isEmpty()) // DocuSign leaves the list out when nothing matches
        answer.insert(QStringLiteral("envelopes"), list);
    return json(200, answer, route);
}

SandboxServer::Reply SandboxServer::createEnvelope(const QHttpServerRequest &request,
                                                   const QString &accountId)
{
    const QString route = QStringLiteral("/restapi/v2.1/accounts/{accountId}/envelopes");
    const auto created = [&route](const Envelope &e) {
        return json(
            201,
            QJsonObject{{QStringLiteral("envelopeId"), e.id},
                        {QStringLiteral("status"),
                         e.sent.isValid() ? QStringLiteral("sent") : QStringLiteral("created")},
                        {QStringLiteral("statusDateTime"), iso(e.created)},
                        {QStringLiteral("uri"), QStringLiteral("/envelopes/") + e.id}},
            route);
    };
    // DocuSign has no idempotency key (clients look envelopes up by a custom field before a
    // resend). The sandbox only recognises a repeat of the very same attempt, same
    // X-Request-ID: QNetworkAccessManager's own resend after a dropped connection.
    const QString attempt = QString::fromLatin1(header(request, "X-Request-ID"));
    if (!attempt.isEmpty() && m_envelopeAttempts.contains(attempt) &&
        m_envelopes.contains(m_envelopeAttempts.value(attempt)))
        return created(m_envelopes.value(m_envelopeAttempts.value(attempt)));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const auto bad = [&route](const QString &code, const QString &field, const QString &text) {
        return docusignError(400, code, text, field, route);
    };
    if (!doc.isObject())
        return bad(QStringLiteral("INVALID_REQUEST_BODY"), {},
                   QStringLiteral("The request body is not a JSON object"));
    const QJsonObject body = doc.object();
    const QString subject = body.value(QLatin1String("emailSubject")).toString();
    if (subject.trimmed().isEmpty())
        return bad(QStringLiteral("INVALID_EMAIL_SUBJECT"), QStringLiteral("emailSubject"),
                   QStringLiteral("emailSubject is required"));
    if (subject.size() > 100)
        return bad(QStringLiteral("INVALID_EMAIL_SUBJECT"), QStringLiteral("emailSubject"),
                   QStringLiteral("emailSubject is longer than 100 characters"));
    const QString status = body.value(QLatin1String("status")).toString();
    if (status != QLatin1String("sent") && status != QLatin1String("created"))
        return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"), QStringLiteral("status"),
                   QStringLiteral("status must be sent or created"));
    const QJsonArray docs = body.value(QLatin1String("documents")).toArray();
    if (docs.isEmpty())
        return bad(QStringLiteral("ENVELOPE_IS_INCOMPLETE"), QStringLiteral("documents"),
                   QStringLiteral("documents needs at least one document"));
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QJsonObject d = docs.at(i).toObject();
        const QString p = QStringLiteral("documents[%1].").arg(i);
        for (const char *k : {"documentBase64", "documentId", "name", "fileExtension"})
            if (!nonEmpty(d, k))
                return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"), p + QLatin1String(k),
                           QStringLiteral("%1%2 is required").arg(p, QLatin1String(k)));
        if (d.value(QLatin1String("fileExtension")).toString().toLower() != QLatin1String("pdf"))
            return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"),
                       p + QStringLiteral("fileExtension"),
                       QStringLiteral("%1fileExtension must be pdf").arg(p));
        const auto decoded = QByteArray::fromBase64Encoding(
            d.value(QLatin1String("documentBase64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith("%PDF"))
            return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"),
                       p + QStringLiteral("documentBase64"),
                       QStringLiteral("%1documentBase64 is not a base64-encoded PDF").arg(p));
    }
    const QJsonArray signers = body.value(QLatin1String("recipients"))
                                   .toObject()
                                   .value(QLatin1String("signers"))
                                   .toArray();
    if (signers.isEmpty())
        return bad(QStringLiteral("ENVELOPE_IS_INCOMPLETE"), QStringLiteral("recipients.signers"),
                   QStringLiteral("recipients.signers needs at least one signer"));
    bool decline = false;
    for (qsizetype i = 0; i < signers.size(); ++i) {
        const QJsonObject s = signers.at(i).toObject();
        const QString p = QStringLiteral("recipients.signers[%1].").arg(i);
        for (const char *k : {"email", "name", "recipientId", "routingOrder"})
            if (!nonEmpty(s, k))
                return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"), p + QLatin1String(k),
                           QStringLiteral("%1%2 is required").arg(p, QLatin1String(k)));
        const QString email = s.value(QLatin1String("email")).toString();
        if (email.size() > 100 || !email.contains(QLatin1Char('@')))
            return bad(QStringLiteral("INVALID_EMAIL_ADDRESS_FOR_RECIPIENT"),
                       p + QStringLiteral("email"),
                       QStringLiteral("%1email must be an e-mail address of at most 100 "
                                      "characters")
                           .arg(p));
        if (s.value(QLatin1String("name")).toString().size() > 100)
            return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"), p + QStringLiteral("name"),
                       QStringLiteral("%1name is longer than 100 characters").arg(p));
        if (m_config.declineSwitch && email.contains(QLatin1String("decline"), Qt::CaseInsensitive))
            decline = true;
        // Tabs: placed by anchor (or by document and page); a signHere tab with stampType
        // "stamp" is a company stamp. The sandbox does not read the PDFs' text, so a missing
        // anchor is not found out here (DocuSign fails the envelope unless the tab has
        // anchorIgnoreIfNotPresent "true").
        const QJsonObject tabs = s.value(QLatin1String("tabs")).toObject();
        for (const char *kind : {"signHereTabs", "dateSignedTabs"}) {
            const QJsonArray list = tabs.value(QLatin1String(kind)).toArray();
            for (qsizetype t = 0; t < list.size(); ++t) {
                const QJsonObject tab = list.at(t).toObject();
                const QString tp =
                    QStringLiteral("%1tabs.%2[%3].").arg(p, QLatin1String(kind)).arg(t);
                if (!nonEmpty(tab, "anchorString") &&
                    !(nonEmpty(tab, "documentId") && nonEmpty(tab, "pageNumber")))
                    return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"),
                               tp + QStringLiteral("anchorString"),
                               QStringLiteral("%1anchorString (or documentId and pageNumber) is "
                                              "required")
                                   .arg(tp));
                const QJsonValue stamp = tab.value(QLatin1String("stampType"));
                if (!stamp.isUndefined() && stamp.toString() != QLatin1String("signature") &&
                    stamp.toString() != QLatin1String("stamp"))
                    return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"),
                               tp + QStringLiteral("stampType"),
                               QStringLiteral("%1stampType must be signature or stamp").arg(tp));
                const QJsonValue ignore = tab.value(QLatin1String("anchorIgnoreIfNotPresent"));
                if (!ignore.isUndefined() && ignore.toString() != QLatin1String("true") &&
                    ignore.toString() != QLatin1String("false"))
                    return bad(QStringLiteral("INVALID_REQUEST_PARAMETER"),
                               tp + QStringLiteral("anchorIgnoreIfNotPresent"),
                               QStringLiteral("%1anchorIgnoreIfNotPresent must be \"true\" or "
                                              "\"false\"")
                                   .arg(tp));
            }
        }
    }
    Envelope e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.accountId = accountId;
    e.body = body;
    e.created = now();
    e.seq = ++m_sequence;
    if (status == QLatin1String("sent"))
        e.sent = e.created;
    e.declineOnDelivery = decline;
    m_envelopes.insert(e.id, e);
    if (!attempt.isEmpty())
        m_envelopeAttempts.insert(attempt, e.id);
    changed();
    return created(e);
}

QString SandboxServer::envelopeStatus(const Envelope &e, QMap<QString, QDateTime> *times) const
{
    QMap<QString, QDateTime> local;
    QMap<QString, QDateTime> &t = times ? *times : local;
    t.insert(QStringLiteral("created"), e.created);
    if (!e.sent.isValid())
        return QStringLiteral("created");
    const QDateTime n = now();
    const bool overridden = !e.override.isEmpty() && e.overrideAt <= n;
    const QDateTime until = overridden ? e.overrideAt : n;
    const qint64 step = m_config.envelopeStepMs;
    QString status = QStringLiteral("sent");
    t.insert(QStringLiteral("sent"), e.sent);
    if (e.sent.addMSecs(step) <= until) {
        status = QStringLiteral("delivered");
        t.insert(status, e.sent.addMSecs(step));
    }
    if (e.sent.addMSecs(2 * step) <= until) {
        status = e.declineOnDelivery ? QStringLiteral("declined") : QStringLiteral("completed");
        t.insert(status, e.sent.addMSecs(2 * step));
    }
    if (overridden && status != QLatin1String("completed") && status != QLatin1String("declined")) {
        status = e.override;
        t.insert(status, e.overrideAt);
    }
    return status;
}

QJsonObject SandboxServer::envelopeJson(const Envelope &e) const
{
    QMap<QString, QDateTime> times;
    const QString status = envelopeStatus(e, &times);
    QJsonObject o{{QStringLiteral("envelopeId"), e.id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("emailSubject"), e.body.value(QLatin1String("emailSubject"))},
                  {QStringLiteral("uri"), QStringLiteral("/envelopes/") + e.id},
                  {QStringLiteral("statusChangedDateTime"), iso(times.value(status))},
                  {QStringLiteral("statusDateTime"), iso(times.value(status))}};
    for (auto it = times.begin(); it != times.end(); ++it)
        o.insert(it.key() + QStringLiteral("DateTime"), iso(it.value()));
    if (status == QLatin1String("voided") && !e.voidedReason.isEmpty())
        o.insert(QStringLiteral("voidedReason"), e.voidedReason);
    if (e.body.contains(QLatin1String("customFields")))
        o.insert(QStringLiteral("customFields"), e.body.value(QLatin1String("customFields")));
    return o;
}

// ---- persistence -----------------------------------------------------------------------------

void SandboxServer::changed()
{
    saveState();
}

QJsonObject SandboxServer::stateJson() const
{
    QJsonArray orders, envelopes, reservations, numbers, refresh;
    for (const Order &o : m_orders)
        orders.append(QJsonObject{{QStringLiteral("id"), o.id},
                                  {QStringLiteral("externalId"), o.externalId},
                                  {QStringLiteral("body"), o.body},
                                  {QStringLiteral("created"), iso(o.created)},
                                  {QStringLiteral("signatory"), o.signatory},
                                  {QStringLiteral("porting"), o.porting},
                                  {QStringLiteral("paperwork"), iso(o.paperwork)}});
    for (const Envelope &e : m_envelopes)
        envelopes.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("accountId"), e.accountId},
                                     {QStringLiteral("body"), e.body},
                                     {QStringLiteral("created"), iso(e.created)},
                                     {QStringLiteral("sent"), iso(e.sent)},
                                     {QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("declineOnDelivery"), e.declineOnDelivery},
                                     {QStringLiteral("override"), e.override},
                                     {QStringLiteral("overrideAt"), iso(e.overrideAt)},
                                     {QStringLiteral("voidedReason"), e.voidedReason}});
    for (const Reservation &r : m_reservations)
        reservations.append(QJsonObject{{QStringLiteral("id"), r.id},
                                        {QStringLiteral("body"), r.body},
                                        {QStringLiteral("released"), r.released}});
    for (const QString &n : m_numbersIssued)
        numbers.append(n);
    for (const QString &t : m_refreshTokens)
        refresh.append(t);
    QJsonObject idem, cursors, used, reservationKeys;
    for (auto it = m_idempotency.begin(); it != m_idempotency.end(); ++it)
        idem.insert(it.key(), it.value());
    for (auto it = m_reservationKeys.begin(); it != m_reservationKeys.end(); ++it)
        reservationKeys.insert(it.key(), it.value());
    for (auto it = m_poolCursor.begin(); it != m_poolCursor.end(); ++it)
        cursors.insert(it.key(), it.value());
    for (auto it = m_poolUsed.begin(); it != m_poolUsed.end(); ++it)
        used.insert(it.key(), it.value());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("sequence"), m_sequence},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("idempotency"), idem},
            {QStringLiteral("envelopes"), envelopes},
            {QStringLiteral("reservations"), reservations},
            {QStringLiteral("reservationKeys"), reservationKeys},
            {QStringLiteral("poolCursor"), cursors},
            {QStringLiteral("poolUsed"), used},
            {QStringLiteral("numbersIssued"), numbers},
            {QStringLiteral("refreshTokens"), refresh}};
}

bool SandboxServer::saveState() const
{
    if (m_config.statePath.isEmpty())
        return true;
    QSaveFile file(m_config.statePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(stateJson()).toJson(QJsonDocument::Indented));
    return file.commit();
}

void SandboxServer::loadState()
{
    if (m_config.statePath.isEmpty())
        return;
    QFile file(m_config.statePath);
    if (!file.open(QIODevice::ReadOnly))
        return; // a first run
    QJsonParseError parseError;
    const QJsonObject s = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        // Fake data: start empty rather than refuse to run; the file is replaced on the next save.
        qCWarning(lcSandbox) << "the state file is not valid JSON; starting empty";
        return;
    }
    m_sequence = s.value(QLatin1String("sequence")).toInt();
    for (const QJsonValue &v : s.value(QLatin1String("orders")).toArray()) {
        const QJsonObject j = v.toObject();
        Order o;
        o.id = j.value(QLatin1String("id")).toString();
        o.externalId = j.value(QLatin1String("externalId")).toString();
        o.body = j.value(QLatin1String("body")).toObject();
        o.created = fromIso(j.value(QLatin1String("created")));
        o.signatory = j.value(QLatin1String("signatory")).toBool();
        o.porting = j.value(QLatin1String("porting")).toBool();
        o.paperwork = fromIso(j.value(QLatin1String("paperwork")));
        m_orders.insert(o.id, o);
    }
    for (const QJsonValue &v : s.value(QLatin1String("envelopes")).toArray()) {
        const QJsonObject j = v.toObject();
        Envelope e;
        e.id = j.value(QLatin1String("id")).toString();
        e.accountId = j.value(QLatin1String("accountId")).toString();
        e.body = j.value(QLatin1String("body")).toObject();
        e.created = fromIso(j.value(QLatin1String("created")));
        e.sent = fromIso(j.value(QLatin1String("sent")));
        e.seq = j.value(QLatin1String("seq")).toInt();
        e.declineOnDelivery = j.value(QLatin1String("declineOnDelivery")).toBool();
        e.override = j.value(QLatin1String("override")).toString();
        e.overrideAt = fromIso(j.value(QLatin1String("overrideAt")));
        e.voidedReason = j.value(QLatin1String("voidedReason")).toString();
        m_envelopes.insert(e.id, e);
    }
    for (const QJsonValue &v : s.value(QLatin1String("reservations")).toArray()) {
        const QJsonObject j = v.toObject();
        const QString id = j.value(QLatin1String("id")).toString();
        m_reservations.insert(id, Reservation{id, j.value(QLatin1String("body")).toObject(),
                                              j.value(QLatin1String("released")).toBool()});
    }
    const QJsonObject idem = s.value(QLatin1String("idempotency")).toObject();
    for (auto it = idem.begin(); it != idem.end(); ++it)
        m_idempotency.insert(it.key(), it->toString());
    const QJsonObject reservationKeys = s.value(QLatin1String("reservationKeys")).toObject();
    for (auto it = reservationKeys.begin(); it != reservationKeys.end(); ++it)
        m_reservationKeys.insert(it.key(), it->toString());
    const QJsonObject cursors = s.value(QLatin1String("poolCursor")).toObject();
    for (auto it = cursors.begin(); it != cursors.end(); ++it)
        m_poolCursor.insert(it.key(), it->toInteger());
    const QJsonObject used = s.value(QLatin1String("poolUsed")).toObject();
    for (auto it = used.begin(); it != used.end(); ++it)
        m_poolUsed.insert(it.key(), it->toInt());
    for (const QJsonValue &v : s.value(QLatin1String("numbersIssued")).toArray())
        m_numbersIssued.insert(v.toString());
    for (const QJsonValue &v : s.value(QLatin1String("refreshTokens")).toArray())
        m_refreshTokens.insert(v.toString());
}

} // namespace od::sandbox
