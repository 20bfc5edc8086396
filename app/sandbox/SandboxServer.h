#pragma once

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>

class QTcpSocket;

namespace od::sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

/// Fault switches. Counters count down as they fire. They apply to the API endpoints
/// (/tmf-api/..., /restapi/...) whose path starts with `pathPrefix` (all when empty), never to
/// /admin/... or /oauth/...
struct Faults
{
    int failNext = 0;      ///< the next N requests answer failStatus, nothing is done
    int failStatus = 503;  ///< status of failNext/failEvery
    int failEvery = 0;     ///< every Nth request (counted from when it was set) fails
    int delayMs = 0;       ///< every reply waits this long
    int dropNext = 0;      ///< the next N mutating requests are done, then the connection closes
    int malformedNext = 0; ///< the next N replies get a truncated JSON body
    int retryAfterS = -1;  ///< Retry-After on failed replies, when >= 0
    QString pathPrefix;

    QJsonObject toJson() const;
    /// Sets the keys present in `json`; an error message naming the key when one is wrong.
    QString merge(const QJsonObject &json);
};

struct SandboxConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    int orderStepMs = 3000;
    int envelopeStepMs = 3000;
    int tokenLifetimeS = 3600;
    int numbersPerArea = 500;
    int reservationLifetimeS = 86400;
    /// Envelopes whose signer e-mail contains "decline" are declined instead of completed.
    bool declineSwitch = true;
    QStringList acceptTokens; ///< fixed bearer tokens that never expire (tests, scripts)
    QString statePath;        ///< persist the state as JSON here when not empty
    Faults faults;
};

/// The carrier's services and the e-signature service of CONTRACTS.md on one HTTP server, with
/// deterministic answers and fault switches. See main.cpp's --help for the reference.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on config.host/config.port; false (and `error()`) when it cannot.
    bool start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString error() const { return m_error; }

    /// The clock every timestamp and state is computed from (tests move it by hand).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    Faults faults() const { return m_config.faults; }
    void setFaults(const Faults &faults);
    /// Back to the seed: no orders, envelopes, reservations; faults and statistics cleared.
    /// Issued tokens stay valid.
    void reset();
    QJsonObject stats() const;

    /// Saves the state now (when --state is set). Also done after every change.
    bool saveState() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json;charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        QString route;          ///< path template for the log
        bool committed = false; ///< a mutating request whose change was made
        bool json = true;
    };
    struct Order
    {
        QString id;
        QString externalId;
        QJsonObject body;
        QDateTime created;
        bool signatory = false;
        bool porting = false;
        /// A porting order: when the signed paperwork arrived (PATCH with the
        /// "signedPaperwork" note while the order's latest envelope was completed).
        QDateTime paperwork;
    };
    struct Envelope
    {
        QString id;
        QString accountId;
        QJsonObject body; ///< as posted (documents included)
        QDateTime created;
        QDateTime sent; ///< null while a draft ("created")
        int seq = 0;    ///< creation order
        bool declineOnDelivery = false;
        QString override; ///< admin/PUT: declined, voided, completed, delivered
        QDateTime overrideAt;
        QString voidedReason;
    };
    struct Reservation
    {
        QString id;
        QJsonObject body;
        bool released = false;
    };

    Reply dispatch(const QHttpServerRequest &request, const QString &path);
    Reply admin(const QHttpServerRequest &request, const QString &path);
    Reply oauthAuthorize(const QHttpServerRequest &request);
    Reply oauthToken(const QHttpServerRequest &request);
    Reply ordering(const QHttpServerRequest &request, const QStringList &segments);
    Reply createOrder(const QHttpServerRequest &request);
    Reply patchOrder(const QHttpServerRequest &request, const QString &id);
    Reply address(const QHttpServerRequest &request);
    Reply reservation(const QHttpServerRequest &request, const QStringList &segments);
    Reply accounts(const QHttpServerRequest &request, const QStringList &segments);
    Reply signature(const QHttpServerRequest &request, const QStringList &segments);
    Reply createEnvelope(const QHttpServerRequest &request, const QString &accountId);
    Reply listEnvelopes(const QHttpServerRequest &request, const QString &accountId);

    QJsonObject orderJson(const Order &order) const;
    QString orderState(const Order &order, QDateTime *completed) const;
    QJsonObject envelopeJson(const Envelope &envelope) const;
    /// status and the time of each status reached so far
    QString envelopeStatus(const Envelope &envelope, QMap<QString, QDateTime> *times) const;
    const Envelope *envelopeForOrder(const QString &externalId) const;

    bool authorised(const QHttpServerRequest &request);
    QString issueToken(QString *refreshToken);
    void send(QTcpSocket *socket, const QHttpServerRequest &request, Reply reply, bool drop,
              bool malformed, int delayMs);
    void changed();
    void loadState();
    QJsonObject stateJson() const;

    static Reply json(int status, const QJsonValue &body, const QString &route);
    static Reply tmfError(int status, const QString &code, const QString &reason,
                          const QString &message, const QString &field, const QString &route);
    static Reply docusignError(int status, const QString &code, const QString &message,
                               const QString &field, const QString &route);

    SandboxConfig m_config;
    std::function<QDateTime()> m_clock;
    quint16 m_port = 0;
    QString m_error;
    int m_faultCounter = 0; ///< API requests seen since failEvery was set

    // state
    QMap<QString, Order> m_orders;         ///< by id
    QHash<QString, QString> m_idempotency; ///< key → order id
    QMap<QString, Envelope> m_envelopes;   ///< by id
    QMap<QString, Reservation> m_reservations;
    QHash<QString, QString> m_reservationKeys;  ///< Idempotency-Key → "id requestHash"
    QHash<QString, QString> m_envelopeAttempts; ///< X-Request-ID → envelope id (not saved)
    QHash<QString, qint64> m_poolCursor;        ///< "DE/69" → next candidate
    QHash<QString, int> m_poolUsed;             ///< "DE/69" → numbers handed out
    QSet<QString> m_numbersIssued;
    int m_sequence = 0;

    // auth
    struct Code
    {
        QString challenge, method, redirectUri, clientId;
        QDateTime expires;
    };
    QHash<QString, Code> m_codes;
    QHash<QString, QDateTime> m_accessTokens;
    QSet<QString> m_refreshTokens;

    // statistics
    QMap<QString, int> m_orderPosts;   ///< POST productOrder per externalId
    QMap<QString, int> m_orderPatches; ///< accepted PATCH productOrder/{id} per externalId
    QMap<QString, int> m_requests;     ///< per "METHOD route"
    int m_faultsFired = 0;
    int m_dropped = 0;
    int m_tokensIssued = 0;
    int m_unauthorised = 0;
};

} // namespace od::sandbox
