// End-to-end: the outbox, its store and the real clients against the real orderdesk-sandbox
// process over loopback HTTP. Each test starts its own sandbox (port 0, short order and envelope
// steps) and switches its faults on through /admin. Nothing here prints an order; the orders
// are the fake fixtures.
//
// ORDERDESK_SANDBOX_LOG=1 forwards the sandbox's log (method, route, status) to stderr;
// QT_LOGGING_RULES="orderdesk.*=true" shows the outbox's jobs.

#include "../common/Fixtures.h"
#include "../common/SandboxProcess.h"
#include "documents/Documents.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace od;

namespace {

const QString kToken = QStringLiteral("e2e-fixed-token");

/// One orderdesk-sandbox process, killed when this goes.
class Sandbox
{
public:
    /// Starts it with short steps; `port` 0 takes any free port. Empty when it runs.
    QString start(quint16 port = 0, const QStringList &extra = {})
    {
        const QString error =
            m_process.start(QStringLiteral(SANDBOX_EXE),
                            QStringList{QStringLiteral("--port"), QString::number(port),
                                        QStringLiteral("--order-step-ms"), QStringLiteral("150"),
                                        QStringLiteral("--envelope-step-ms"), QStringLiteral("150"),
                                        QStringLiteral("--accept-token"), kToken} +
                                extra);
        m_base = m_process.url();
        return error;
    }

    void stop() { m_process.stop(); }

    QUrl base() const { return m_base; }

    /// An admin (or, with the fixed token, a service) call; a null object when it failed.
    QJsonDocument call(const QByteArray &verb, const QString &path,
                       const QJsonObject &body = QJsonObject(), int *status = nullptr)
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
        QNetworkReply *reply = nullptr;
        if (verb == "GET") {
            reply = m_network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            reply = m_network.sendCustomRequest(request, verb,
                                                QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
            reply->abort();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            *status = code;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return code >= 200 && code < 300 ? doc : QJsonDocument();
    }

    QJsonObject stats() { return call("GET", QStringLiteral("/admin/stats")).object(); }
    bool setFaults(const QJsonObject &faults)
    {
        int status = 0;
        call("POST", QStringLiteral("/admin/faults"), faults, &status);
        return status == 200;
    }

private:
    od::testing::SandboxProcess m_process;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

/// The rep's side: a store in a temporary folder, the clients and a fast outbox.
struct Desk
{
    Catalog catalog = Catalog::bundled().value();
    QTemporaryDir dir;
    DraftStore store;
    QNetworkAccessManager network;
    std::unique_ptr<sync::Authenticator> auth;
    std::unique_ptr<sync::ApiClient> api;
    std::unique_ptr<Outbox> outbox;
    /// The envelopes carry the real contract and porting forms (documents::envelopeDocuments,
    /// as the app passes them), instead of the outbox's one-page summary.
    bool realDocuments = false;

    /// `fixedToken`: use the sandbox's accepted token instead of signing in.
    QString open(const QUrl &base, bool fixedToken)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        DraftStore::Options so;
        so.backups = false;
        const OpenResult opened = store.open(dir.path(), so);
        if (!opened.ok())
            return opened.error;
        const sync::Endpoints endpoints = sync::Endpoints::forAll(base);
        auth = std::make_unique<sync::Authenticator>(&network, endpoints,
                                                     sync::makeMemoryTokenStore());
        if (fixedToken)
            auth->setAccessTokenForTesting(kToken);
        api = std::make_unique<sync::ApiClient>(&network, endpoints, auth.get());
        Outbox::Options o;
        o.backoff.firstMs = 50;
        o.backoff.capMs = 400;
        o.pollFirstMs = 100;
        o.pollCapMs = 400;
        o.tickMs = 20;
        o.probeIntervalMs = 200;
        o.useNetworkInformation = false;
        if (realDocuments)
            o.envelopeDocuments = [this](const Order &order) {
                const Result<QList<documents::Document>> made =
                    documents::envelopeDocuments(order, catalog);
                if (!made)
                    return Result<QList<sync::EnvelopeDocument>>::failure(made.error());
                QList<sync::EnvelopeDocument> out;
                for (const documents::Document &d : made.value())
                    out.append({d.title, d.pdf});
                return Result<QList<sync::EnvelopeDocument>>(out);
            };
        outbox = std::make_unique<Outbox>(&store, api.get(), catalog, o);
        return {};
    }

    /// A valid order of the sandbox's seeded customer 100200300 (Contoso).
    Order order(const QStringList &countries = {QStringLiteral("DE")}) const
    {
        Order o = fixtures::newNumbersOrder(catalog, countries, 1, 5, 0);
        customer(o);
        return o;
    }

    static void customer(Order &o)
    {
        static const QHash<QString, QString> bcn{
            {QStringLiteral("DE"), QStringLiteral("7000100201")},
            {QStringLiteral("FR"), QStringLiteral("7000100202")},
            {QStringLiteral("GB"), QStringLiteral("7000100203")},
            {QStringLiteral("NL"), QStringLiteral("7000100204")}};
        o.customer.ocn = QStringLiteral("100200300");
        o.customer.accountEmail = QStringLiteral("it@contoso.example");
        for (CountryOrder &c : o.countries) {
            c.ocn = o.customer.ocn;
            c.bcn = bcn.value(c.country);
        }
    }

    /// Stores the order as a draft in status Queued and hands it to the outbox; 0 on failure.
    qint64 queue(const Order &o)
    {
        const Result<qint64> id = store.createDraft(o);
        if (!id || !store.setStatus(id.value(), DraftStatus::Queued) || !outbox->submit(id.value()))
            return 0;
        return id.value();
    }

    DraftSummary summary(qint64 id) const
    {
        const Result<DraftSummary> s = store.summary(id);
        return s ? s.value() : DraftSummary();
    }
    DraftStatus status(qint64 id) const { return summary(id).status; }

    /// The rep's "Send for signature" on every porting order waiting for its paperwork that
    /// has none out yet.
    void sendPaperwork(const QList<qint64> &ids)
    {
        for (qint64 id : ids) {
            const Result<Draft> d = store.loadDraft(id);
            if (!d || d->order.submissionPath() != SubmissionPath::Porting ||
                !outbox->canSendForSignature(id))
                continue;
            Signatory s;
            s.name = QStringLiteral("Sam Signer");
            s.email = QStringLiteral("signer@contoso.example");
            s.authorised = true;
            outbox->sendForSignature(id, s);
        }
    }

    std::optional<OutboxJob> job(qint64 id, OutboxJob::Kind kind) const
    {
        const Result<QList<OutboxJob>> jobs = store.jobsOf(id);
        if (jobs)
            for (const OutboxJob &j : jobs.value())
                if (j.kind == kind)
                    return j;
        return std::nullopt;
    }

    /// "completed=18 awaitingSignature=2", for failure messages (no personal data).
    QByteArray statusReport(const QList<qint64> &ids) const
    {
        QMap<QString, int> counts;
        for (qint64 id : ids)
            ++counts[draftStatusKey(status(id))];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        return parts.join(QLatin1Char(' ')).toUtf8();
    }

    Office office(qint64 id) const
    {
        const Result<Draft> d = store.loadDraft(id);
        return d && !d->order.countries.isEmpty() && !d->order.countries.first().offices.isEmpty()
                   ? d->order.countries.first().offices.first()
                   : Office();
    }
};

bool allCompleted(const Desk &desk, const QList<qint64> &ids)
{
    return std::all_of(ids.cbegin(), ids.cend(),
                       [&desk](qint64 id) { return desk.status(id) == DraftStatus::Completed; });
}

bool anyMessageContains(const QSignalSpy &spy, qint64 id, const QString &text)
{
    for (const QList<QVariant> &args : spy)
        if (args.at(0).toLongLong() == id &&
            args.at(1).toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

class TstE2eSync : public QObject
{
    Q_OBJECT

private slots:
    /// 20 orders, every third request failing and four committed replies dropped (two lost
    /// replies as the client sees them; Qt resends once by itself): each order exists upstream
    /// exactly once and reaches completed.
    void twentyOrdersUnderFaults()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), false);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));

        // The real sign-in: PKCE against the sandbox, which approves at once.
        QSignalSpy ready(desk.auth.get(), &sync::Authenticator::tokenReady);
        QSignalSpy refused(desk.auth.get(), &sync::Authenticator::failed);
        QSignalSpy browser(desk.auth.get(), &sync::Authenticator::openBrowser);
        desk.auth->ensureToken();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !refused.isEmpty(), 10000);
        QVERIFY2(refused.isEmpty(),
                 refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        QVERIFY(desk.auth->hasValidToken());
        QCOMPARE(browser.size(), 0);

        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("failEvery"), 3}, {QStringLiteral("dropNext"), 4}}));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        QList<qint64> ids;
        QSet<QString> references;
        int porting = 0;
        int unverified = 0;
        desk.outbox->start();
        for (int i = 0; i < 20; ++i) {
            Order o;
            if (i % 4 == 3) {
                // Porting path: the paperwork instead of an e-signature, so the wizard asks
                // for no signatory (see portingOrderWithLeftoverSignatory).
                o = fixtures::portingOrder(desk.catalog, today, 2);
                o.signatory = {};
                Desk::customer(o);
                ++porting;
            } else {
                o = desk.order(i % 5 == 1 ? QStringList{QStringLiteral("DE"), QStringLiteral("FR")}
                                          : QStringList{QStringLiteral("DE")});
            }
            if (i % 5 == 2) {
                o.customer.verified = false; // the account check runs first
                ++unverified;
            }
            const qint64 id = desk.queue(o);
            QVERIFY2(id > 0, qPrintable(desk.outbox->lastError()));
            ids << id;
            references.insert(desk.summary(id).reference);
        }
        QCOMPARE(references.size(), 20);
        QVERIFY(porting > 0 && unverified > 0);

        // Porting orders wait for their signed paperwork: the rep sends it for signature.
        QTRY_VERIFY2_WITH_TIMEOUT((desk.sendPaperwork(ids), allCompleted(desk, ids)),
                                  desk.statusReport(ids).constData(), 120000);

        const QJsonObject stats = sandbox.stats();
        QVERIFY(!stats.isEmpty());
        // The faults did fire, or this test proves nothing.
        QVERIFY2(stats.value(QStringLiteral("faultsFired")).toInt() > 0,
                 QJsonDocument(stats).toJson().constData());
        QCOMPARE(stats.value(QStringLiteral("dropped")).toInt(), 4);
        // Exactly the 20 orders upstream, none twice.
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 20);
        QVERIFY(stats.value(QStringLiteral("duplicateExternalIds")).toArray().isEmpty());
        const QJsonObject byReference =
            stats.value(QStringLiteral("ordersByExternalId")).toObject();
        const QStringList upstream = byReference.keys();
        QCOMPARE(QSet<QString>(upstream.cbegin(), upstream.cend()), references);
        for (auto it = byReference.begin(); it != byReference.end(); ++it)
            QCOMPARE(it.value().toInt(), 1);
        // A lost reply made the outbox send an order again, and the sandbox saw the repeat: the
        // first committed request the sandbox drops is an order's POST.
        const QJsonObject posts = stats.value(QStringLiteral("orderPostsByExternalId")).toObject();
        int maxPosts = 0;
        for (auto it = posts.begin(); it != posts.end(); ++it)
            maxPosts = std::max(maxPosts, it.value().toInt());
        QVERIFY2(maxPosts >= 2, QJsonDocument(posts).toJson().constData());
        // ... after looking the order up by its reference, as every uncertain resend does.
        const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
        QVERIFY2(requests.value(QStringLiteral("GET /tmf-api/productOrderingManagement/v4/"
                                               "productOrder"))
                         .toInt() > 0,
                 QJsonDocument(requests).toJson().constData());

        // Every draft knows its own upstream order, and nothing is left to send.
        QSet<QString> orderIds;
        for (qint64 id : ids) {
            const Result<RemoteDetails> r = desk.store.remoteDetails(id);
            QVERIFY(r);
            QCOMPARE(r->orderState, QStringLiteral("completed"));
            QVERIFY(r->problem.isEmpty());
            orderIds.insert(r->orderId);
            QVERIFY(desk.store.loadDraft(id)->order.customer.verified); // checked when it was not
        }
        QCOMPARE(orderIds.size(), 20);
        QCOMPARE(desk.outbox->queuedOrders(), 0);
        // A signed PDF may still be on its way down (a fault's backoff) when its order
        // completes: every order's signed documents end up kept, then nothing waits.
        QTRY_COMPARE_WITH_TIMEOUT(desk.store.waitingJobs()->size(), 0, 15000);
        for (qint64 id : ids) {
            QVERIFY(desk.store.remoteDetails(id)->signedKept.isValid());
            QVERIFY(desk.store.document(id, QStringLiteral("signed")).value().has_value());
        }
        const QJsonObject after = sandbox.stats();
        QCOMPARE(after.value(QStringLiteral("paperworkReceived")).toArray().size(), porting);
        desk.outbox->stop();
    }

    /// The access token runs out while orders are on their way (it lives 61 s and is renewed
    /// 60 s early; an order takes about 2 s here), and order replies arrive cut in half: the
    /// sign-in is renewed with the refresh token, and every order still exists once and completes.
    void tokenRenewedAndMalformedReplies()
    {
        Sandbox sandbox;
        const QString started =
            sandbox.start(0, {QStringLiteral("--token-lifetime-s"), QStringLiteral("61"),
                              QStringLiteral("--order-step-ms"), QStringLiteral("500"),
                              QStringLiteral("--envelope-step-ms"), QStringLiteral("500")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), false);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy refused(desk.auth.get(), &sync::Authenticator::failed);
        QSignalSpy browser(desk.auth.get(), &sync::Authenticator::openBrowser);
        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("malformedNext"), 3},
                        {QStringLiteral("pathPrefix"),
                         QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder")}}));
        desk.outbox->start();
        QList<qint64> ids;
        for (int i = 0; i < 8; ++i) {
            const qint64 id = desk.queue(desk.order());
            QVERIFY(id > 0);
            ids << id;
        }
        QTRY_VERIFY2_WITH_TIMEOUT(allCompleted(desk, ids), desk.statusReport(ids).constData(),
                                  60000);
        QVERIFY2(refused.isEmpty(),
                 refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        QCOMPARE(browser.size(), 0);
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("faultsFired")).toInt(), 3);
        QVERIFY2(stats.value(QStringLiteral("tokensIssued")).toInt() >= 2,
                 QJsonDocument(stats).toJson().constData());
        QCOMPARE(stats.value(QStringLiteral("unauthorised")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 8);
        const QJsonObject byReference =
            stats.value(QStringLiteral("ordersByExternalId")).toObject();
        for (auto it = byReference.begin(); it != byReference.end(); ++it)
            QCOMPARE(it.value().toInt(), 1);
        desk.outbox->stop();
    }

    /// No server: the order waits in the outbox; the sandbox comes up on that port and the
    /// probe finds it, so the order is sent without the rep doing anything.
    void offlineThenOnline()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        Desk desk;
        const QString opened = desk.open(base, true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy updated(desk.outbox.get(), &Outbox::draftUpdated);
        desk.outbox->start();
        const qint64 id = desk.queue(desk.order());
        QVERIFY(id > 0);

        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox->state(), Outbox::State::Offline, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const std::optional<OutboxJob> j = desk.job(id, OutboxJob::Kind::SubmitOrder);
                return j && !j->lastError.isEmpty();
            }(),
            10000);
        const OutboxJob attempted = *desk.job(id, OutboxJob::Kind::SubmitOrder);
        QCOMPARE(attempted.state, OutboxJob::State::Waiting);
        QVERIFY(attempted.nextAttempt.isValid());
        QVERIFY(desk.outbox->nextAttempt().isValid());
        // Refused before anything reached a server: not a maybe-sent order, no backoff step.
        QVERIFY(!attempted.maybeSent);
        QCOMPARE(attempted.attempts, 0);
        QCOMPARE(desk.status(id), DraftStatus::Queued);
        QCOMPARE(desk.outbox->queuedOrders(), 1);
        QVERIFY(desk.outbox->canWithdraw(id));
        // Several probe intervals pass offline: still queued, still offline.
        QTest::qWait(700);
        QCOMPARE(desk.status(id), DraftStatus::Queued);
        QCOMPARE(desk.outbox->state(), Outbox::State::Offline);

        Sandbox sandbox;
        const QString started = sandbox.start(port);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QCOMPARE(sandbox.base().port(), int(port));
        // The probe (every 200 ms) finds the service: sent within a few seconds.
        QTRY_VERIFY2_WITH_TIMEOUT(desk.status(id) != DraftStatus::Queued,
                                  draftStatusKey(desk.status(id)).toUtf8().constData(), 5000);
        QVERIFY(desk.outbox->isOnline());
        QVERIFY(!desk.summary(id).remoteState.isEmpty());
        QVERIFY(anyMessageContains(updated, id, QStringLiteral("was sent to the carrier")));
        // ... and it advances upstream to completed (signature, then the carrier's steps).
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::Completed, 20000);

        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("orderPostsByExternalId"))
                     .toObject()
                     .value(desk.summary(id).reference)
                     .toInt(),
                 1);
        desk.outbox->stop();
    }

    /// The sandbox goes down while orders are on their way and more are queued, and comes back
    /// on the same port with its saved state: the outbox goes offline, finds it again and
    /// finishes every order, none sent twice.
    void sandboxRestartsMidway()
    {
        QTemporaryDir stateDir;
        QVERIFY(stateDir.isValid());
        const QStringList state{QStringLiteral("--state"),
                                stateDir.filePath(QStringLiteral("sandbox.json"))};
        auto sandbox = std::make_unique<Sandbox>();
        QString started = sandbox->start(0, state);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const quint16 port = quint16(sandbox->base().port());
        Desk desk;
        const QString opened = desk.open(sandbox->base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        desk.outbox->start();
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const qint64 id = desk.queue(desk.order());
            QVERIFY(id > 0);
            ids << id;
        }
        // Down once these are upstream, with their signatures and polls still to come; three
        // more orders are queued while it is down.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(ids.cbegin(), ids.cend(),
                         [&desk](qint64 id) { return desk.status(id) == DraftStatus::Queued; }),
            10000);
        sandbox->stop();
        for (int i = 0; i < 3; ++i) {
            const qint64 id = desk.queue(desk.order());
            QVERIFY(id > 0);
            ids << id;
        }
        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox->state(), Outbox::State::Offline, 10000);
        QCOMPARE(desk.outbox->queuedOrders(), 3);
        QVERIFY(!allCompleted(desk, ids));

        sandbox = std::make_unique<Sandbox>();
        started = sandbox->start(port, state);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_VERIFY2_WITH_TIMEOUT(allCompleted(desk, ids), desk.statusReport(ids).constData(),
                                  30000);
        const QJsonObject stats = sandbox->stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 6);
        const QJsonObject byReference =
            stats.value(QStringLiteral("ordersByExternalId")).toObject();
        QCOMPARE(byReference.size(), 6);
        for (auto it = byReference.begin(); it != byReference.end(); ++it)
            QCOMPARE(it.value().toInt(), 1);
        desk.outbox->stop();
    }

    /// An order withdrawn while offline never reaches the carrier; the other one queued with it
    /// does once the sandbox is up.
    void withdrawnWhileOfflineIsNeverSent()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        Desk desk;
        const QString opened = desk.open(base, true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        desk.outbox->start();
        const qint64 withdrawn = desk.queue(desk.order());
        const qint64 kept = desk.queue(desk.order());
        QVERIFY(withdrawn > 0 && kept > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox->state(), Outbox::State::Offline, 10000);
        QVERIFY(desk.outbox->canWithdraw(withdrawn));
        QVERIFY2(desk.outbox->withdraw(withdrawn), qPrintable(desk.outbox->lastError()));
        QCOMPARE(desk.status(withdrawn), DraftStatus::Draft);
        QCOMPARE(desk.outbox->queuedOrders(), 1);

        Sandbox sandbox;
        const QString started = sandbox.start(port);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(kept), DraftStatus::Completed, 20000);
        QCOMPARE(desk.status(withdrawn), DraftStatus::Draft);
        QVERIFY(desk.store.remoteDetails(withdrawn)->orderId.isEmpty());
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        const QJsonObject byReference =
            stats.value(QStringLiteral("ordersByExternalId")).toObject();
        QVERIFY(byReference.contains(desk.summary(kept).reference));
        QVERIFY(!byReference.contains(desk.summary(withdrawn).reference));
        QVERIFY(!stats.value(QStringLiteral("orderPostsByExternalId"))
                     .toObject()
                     .contains(desk.summary(withdrawn).reference));
        desk.outbox->stop();
    }

    /// 429 with Retry-After: the outbox waits what the carrier asked before sending again.
    void rateLimitedWaitsRetryAfter()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"), 2},
                        {QStringLiteral("failStatus"), 429},
                        {QStringLiteral("retryAfterS"), 1},
                        {QStringLiteral("pathPrefix"),
                         QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder")}}));
        desk.outbox->start();
        QElapsedTimer clock;
        clock.start();
        const qint64 id = desk.queue(desk.order());
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(id) != DraftStatus::Queued, 10000);
        // Two refusals, each asking for a second (the backoff alone would be 50 to 100 ms).
        QVERIFY2(clock.elapsed() >= 1900, QByteArray::number(clock.elapsed()).constData());
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("faultsFired")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        desk.outbox->stop();
    }

    /// The carrier asks for 30 s (503 with Retry-After); the rep's "retry now" sends at once,
    /// after looking the order up, since the failed attempt may have arrived.
    void retryNowSkipsTheWait()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"), 1},
                        {QStringLiteral("failStatus"), 503},
                        {QStringLiteral("retryAfterS"), 30},
                        {QStringLiteral("pathPrefix"),
                         QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder")}}));
        desk.outbox->start();
        const qint64 id = desk.queue(desk.order());
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const std::optional<OutboxJob> j = desk.job(id, OutboxJob::Kind::SubmitOrder);
                return j && j->attempts == 1;
            }(),
            10000);
        const QDateTime next = desk.job(id, OutboxJob::Kind::SubmitOrder)->nextAttempt;
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(next) > 20);
        QCOMPARE(desk.status(id), DraftStatus::Queued);

        desk.outbox->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(id) != DraftStatus::Queued, 3000);
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        QCOMPARE(
            stats.value(QStringLiteral("requests"))
                .toObject()
                .value(QStringLiteral("GET /tmf-api/productOrderingManagement/v4/productOrder"))
                .toInt(),
            1);
        desk.outbox->stop();
    }

    /// The envelope's reply is lost after the signature service created it (twice, so the
    /// client sees it): the outbox finds or sends the envelope again, and the signature and the
    /// order still complete.
    void envelopeReplyLost()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("dropNext"), 2},
                        {QStringLiteral("pathPrefix"), QStringLiteral("/restapi/")}}));
        desk.outbox->start();
        const qint64 id = desk.queue(desk.order());
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::Completed, 20000);
        QCOMPARE(desk.summary(id).envelopeStatus, QStringLiteral("completed"));
        QVERIFY(desk.summary(id).handlingDate.isValid());
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("dropped")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        QVERIFY2(stats.value(QStringLiteral("envelopes")).toInt() >= 1,
                 QJsonDocument(stats).toJson().constData());
        desk.outbox->stop();
    }

    /// The signatory declines: the draft shows it, the rep is told, and it is not completed.
    void declinedEnvelope()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy updated(desk.outbox.get(), &Outbox::draftUpdated);
        QSignalSpy problems(desk.outbox.get(), &Outbox::problem);
        desk.outbox->start();
        Order o = desk.order();
        o.signatory.email = QStringLiteral("decline@contoso.example.com");
        QCOMPARE(o.submissionPath(), SubmissionPath::Signature);
        const qint64 id = desk.queue(o);
        QVERIFY(id > 0);

        QTRY_COMPARE_WITH_TIMEOUT(desk.summary(id).envelopeStatus, QStringLiteral("declined"),
                                  20000);
        QVERIFY(anyMessageContains(updated, id, QStringLiteral("declined")));
        QVERIFY(anyMessageContains(problems, id, QStringLiteral("declined")));
        QVERIFY(desk.summary(id).problem.contains(QStringLiteral("declined")));
        // Upstream the order is held for the signature; the draft waits for it, not completed.
        QTRY_COMPARE_WITH_TIMEOUT(desk.summary(id).remoteState, QStringLiteral("held"), 10000);
        // Whenever the polls saw the steps, the draft waits for a signature; never further.
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::AwaitingSignature, 5000);
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("envelopes")).toInt(), 1);
        desk.outbox->stop();
    }

    /// A porting order that still carries a signatory (entered before the rep chose to keep
    /// the numbers; the wizard then hides the signatory box but keeps the values) must not be
    /// mapped with a "signatory" party: the carrier would wait for an e-signature that the
    /// porting path never sends, and the order would stay pending for good.
    void portingOrderWithLeftoverSignatory()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        desk.outbox->start();
        Order o = fixtures::portingOrder(desk.catalog, QDateTime::currentDateTimeUtc().date(), 2);
        Desk::customer(o);
        QVERIFY(!o.signatory.email.isEmpty());
        QCOMPARE(o.submissionPath(), SubmissionPath::Porting);
        const qint64 id = desk.queue(o);
        QVERIFY(id > 0);
        // Without a signatory party the order waits for the paperwork, not for a signature:
        // no envelope goes out by itself.
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::PortingPaperwork, 4000);
        QTest::qWait(1000); // several order steps
        QCOMPARE(desk.status(id), DraftStatus::PortingPaperwork);
        QCOMPARE(desk.summary(id).envelopeStatus, QString());
        QCOMPARE(sandbox.stats().value(QStringLiteral("envelopes")).toInt(), 0);
        desk.outbox->stop();
    }

    /// The paperwork end to end: a porting order stays pending at the carrier until the rep
    /// sends the contract and forms for signature, the customer signs, the signed PDF is kept
    /// and the carrier gets the PATCH; then the carrier completes it.
    void portingOrderWaitsForItsPaperwork()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        desk.realDocuments = true;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy updated(desk.outbox.get(), &Outbox::draftUpdated);
        desk.outbox->start();
        Order o = fixtures::portingOrder(desk.catalog, QDateTime::currentDateTimeUtc().date(), 2);
        o.signatory = {};
        Desk::customer(o);
        const qint64 id = desk.queue(o);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::PortingPaperwork, 4000);
        QTest::qWait(1200); // eight order steps: it would have finished under the old rule
        QCOMPARE(desk.status(id), DraftStatus::PortingPaperwork);
        QCOMPARE(desk.summary(id).remoteState, QStringLiteral("pending"));
        QVERIFY(desk.outbox->noteFormsGenerated(id));

        desk.sendPaperwork({id});
        QTRY_VERIFY_WITH_TIMEOUT(!desk.summary(id).envelopeStatus.isEmpty(), 5000);
        const QList<PaperworkItem> sent = paperworkChecklist(
            desk.store.loadDraft(id)->order, desk.catalog, desk.store.remoteDetails(id).value());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().forms, 3);
        QVERIFY(sent.first().generated && sent.first().sentForSignature);

        // The sandbox signs after two envelope steps; the order then completes.
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::Completed, 15000);
        const RemoteDetails r = desk.store.remoteDetails(id).value();
        QCOMPARE(r.envelopeStatus, QStringLiteral("completed"));
        QVERIFY(r.signedKept.isValid());
        QVERIFY(r.paperworkSent.isValid());
        QVERIFY(r.problem.isEmpty());
        const std::optional<StoredDocument> kept =
            desk.store.document(id, QStringLiteral("signed")).value();
        QVERIFY(kept.has_value());
        QVERIFY(kept->data.startsWith("%PDF"));
        QVERIFY(kept->data.size() > 1000); // the real contract, not a stub
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("envelopes")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("paperworkReceived")).toArray(),
                 QJsonArray{o.reference});
        QCOMPARE(stats.value(QStringLiteral("orderPatchesByExternalId"))
                     .toObject()
                     .value(o.reference)
                     .toInt(),
                 1);
        const PaperworkItem done =
            paperworkChecklist(desk.store.loadDraft(id)->order, desk.catalog, r).first();
        QVERIFY(done.signedByCustomer && done.sentToCarrier && !done.declined);
        QVERIFY(anyMessageContains(updated, id, QStringLiteral("sent to the carrier")));
        QCOMPARE(desk.store.waitingJobs()->size(), 0);
        desk.outbox->stop();
    }

    /// The carrier refuses the order (400): back to Draft with the problem, not sent again; sent
    /// once the rep submits it again.
    void rejectedOrderGoesBackToDraft()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        // The mapping fills every field the sandbox requires, so the refusal is injected.
        QVERIFY(sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"), 1},
                        {QStringLiteral("failStatus"), 400},
                        {QStringLiteral("pathPrefix"),
                         QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder")}}));
        QSignalSpy problems(desk.outbox.get(), &Outbox::problem);
        desk.outbox->start();
        const qint64 id = desk.queue(desk.order());
        QVERIFY(id > 0);

        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::Draft, 10000);
        const DraftSummary s = desk.summary(id);
        QVERIFY2(s.problem.contains(QStringLiteral("was not accepted")), qPrintable(s.problem));
        QCOMPARE(problems.size(), 1);
        const OutboxJob job = *desk.job(id, OutboxJob::Kind::SubmitOrder);
        QCOMPARE(job.state, OutboxJob::State::Failed);
        QCOMPARE(desk.outbox->queuedOrders(), 0);
        // Several backoff periods later: still one request, no order.
        QTest::qWait(600);
        QJsonObject stats = sandbox.stats();
        const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
        int posts = 0;
        for (auto it = requests.begin(); it != requests.end(); ++it)
            if (it.key().startsWith(QLatin1String("POST ")) &&
                !it.key().contains(QLatin1String("/admin/")))
                posts += it.value().toInt();
        QVERIFY2(posts == 1, QJsonDocument(requests).toJson().constData());
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 0);
        QCOMPARE(desk.status(id), DraftStatus::Draft);

        // The rep submits it again: it goes through and the problem is gone.
        QVERIFY(desk.store.setStatus(id, DraftStatus::Queued));
        QVERIFY(desk.outbox->submit(id));
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(id) != DraftStatus::Queued, 10000);
        QVERIFY(desk.status(id) != DraftStatus::Draft);
        QVERIFY(desk.summary(id).problem.isEmpty());
        stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        desk.outbox->stop();
    }

    /// The carrier's accounts do not know the customer's e-mail address: the account check
    /// fails naming the e-mail, and the order goes back to Draft with that answer, without
    /// reaching the ordering service.
    void unverifiedCustomerGoesBackToDraft()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy checked(desk.outbox.get(), &Outbox::accountChecked);
        desk.outbox->start();
        Order o = desk.order();
        o.customer.accountEmail = QStringLiteral("nobody@contoso.example");
        o.customer.verified = false;
        const qint64 id = desk.queue(o);
        QVERIFY(id > 0);

        QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), DraftStatus::Draft, 10000);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(1).toBool(), false);
        const OutboxJob check = *desk.job(id, OutboxJob::Kind::AccountCheck);
        QCOMPARE(check.state, OutboxJob::State::Failed);
        QCOMPARE(check.lastErrorField, QStringLiteral("customer.accountEmail"));
        // The draft keeps the check's answer (what to fix) and names the e-mail, not "not
        // verified yet: ... checked with the carrier before the order is sent", as if the check
        // were still to come.
        const OutboxJob submit = *desk.job(id, OutboxJob::Kind::SubmitOrder);
        QCOMPARE(submit.state, OutboxJob::State::Failed);
        QCOMPARE(submit.lastErrorField, QStringLiteral("customer.accountEmail"));
        const QString problem = desk.summary(id).problem;
        QVERIFY(problem.contains(QStringLiteral("was not sent")));
        QVERIFY2(problem.contains(QStringLiteral("not one of the OCN's account addresses")),
                 qPrintable(problem));
        QVERIFY(!desk.store.loadDraft(id)->order.customer.verified);
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 0);
        QVERIFY(stats.value(QStringLiteral("orderPostsByExternalId")).toObject().isEmpty());
        desk.outbox->stop();
    }

    /// The sandbox restarts without its state: the rep's access and refresh tokens are unknown
    /// to it. The next order gets a 401, the sign-in is renewed (the loopback sign-in needs no
    /// rep), and the order is sent once.
    void signInRenewedAfterTokensAreForgotten()
    {
        auto sandbox = std::make_unique<Sandbox>();
        QString started = sandbox->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const quint16 port = quint16(sandbox->base().port());
        Desk desk;
        const QString opened = desk.open(sandbox->base(), false);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy refused(desk.auth.get(), &sync::Authenticator::failed);
        desk.outbox->start();
        const qint64 first = desk.queue(desk.order());
        QVERIFY(first > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(first), DraftStatus::Completed, 20000);
        sandbox->stop();
        sandbox = std::make_unique<Sandbox>();
        started = sandbox->start(port);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const qint64 second = desk.queue(desk.order());
        QVERIFY(second > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(second), DraftStatus::Completed, 20000);
        QVERIFY2(refused.isEmpty(),
                 refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        const QJsonObject stats = sandbox->stats();
        QVERIFY2(stats.value(QStringLiteral("unauthorised")).toInt() >= 1,
                 QJsonDocument(stats).toJson().constData());
        QCOMPARE(stats.value(QStringLiteral("tokensIssued")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 1);
        desk.outbox->stop();
    }

    /// No numbers left in the area code: the reservation goes back to the rep naming the area
    /// code, and nothing is retried.
    void reservationAreaExhausted()
    {
        Sandbox sandbox;
        const QString started =
            sandbox.start(0, {QStringLiteral("--numbers-per-area"), QStringLiteral("3")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy problems(desk.outbox.get(), &Outbox::problem);
        desk.outbox->start();
        Order o = desk.order(); // 5 numbers in Frankfurt, address validated
        Office &office = o.countries.first().offices.first();
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        const Result<qint64> created = desk.store.createDraft(o);
        QVERIFY(created);
        const qint64 id = created.value();
        QVERIFY(desk.outbox->requestReservation(id, office.id));
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10000);
        const OutboxJob job = *desk.job(id, OutboxJob::Kind::Reserve);
        QCOMPARE(job.state, OutboxJob::State::Failed);
        QCOMPARE(job.lastErrorField, QStringLiteral("areaCode"));
        QVERIFY(desk.summary(id).problem.contains(QStringLiteral("69")));
        QVERIFY(!desk.office(id).reservationRequested);
        QVERIFY(desk.office(id).reservedNumbers.isEmpty());
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("reservations")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("POST /tmf-api/resourcePoolManagement/v4/reservation"))
                     .toInt(),
                 1);
        desk.outbox->stop();
    }

    /// The rep validates an office's address and reserves its numbers through the outbox.
    void validateAndReserveThroughTheOutbox()
    {
        Sandbox sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Desk desk;
        const QString opened = desk.open(sandbox.base(), true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        QSignalSpy updated(desk.outbox.get(), &Outbox::draftUpdated);
        desk.outbox->start();

        Order o = fixtures::newNumbersOrder(desk.catalog, {QStringLiteral("DE")}, 1, 4, 1);
        Desk::customer(o);
        Office &office = o.countries.first().offices.first();
        office.validation = AddressValidation::NotValidated;
        office.validatedAddressId.clear();
        office.geocode.reset();
        office.validationRequested = true; // the rep pressed Validate
        office.reservationRequested = false;
        office.reservationId.clear();
        office.reservedNumbers.clear();
        const QString officeId = office.id;
        const Result<qint64> created = desk.store.createDraft(o);
        QVERIFY(created);
        const qint64 id = created.value();

        QVERIFY(desk.outbox->requestAddressValidation(id, officeId));
        QTRY_COMPARE_WITH_TIMEOUT(desk.office(id).validation, AddressValidation::Validated, 10000);
        Office validated = desk.office(id);
        QVERIFY2(validated.validatedAddressId.startsWith(QLatin1String("ga-")),
                 qPrintable(validated.validatedAddressId));
        QVERIFY(!validated.validationRequested);
        QVERIFY(validated.geocode.has_value());
        // Frankfurt is in Germany.
        QVERIFY(validated.geocode->latitude > 47 && validated.geocode->latitude < 55.1);
        QVERIFY(validated.geocode->longitude > 5.8 && validated.geocode->longitude < 15.1);
        QVERIFY(anyMessageContains(updated, id, QStringLiteral("validated")));

        // The rep presses Reserve.
        Order withRequest = desk.store.loadDraft(id)->order;
        withRequest.countries.first().offices.first().reservationRequested = true;
        QVERIFY(desk.store.saveDraft(id, withRequest));
        QVERIFY(desk.outbox->requestReservation(id, officeId));
        QTRY_COMPARE_WITH_TIMEOUT(desk.office(id).reservedNumbers.size(), 5, 10000);
        const Office reserved = desk.office(id);
        QVERIFY(!reserved.reservationId.isEmpty());
        QVERIFY(!reserved.reservationRequested);
        QCOMPARE(QSet<QString>(reserved.reservedNumbers.cbegin(), reserved.reservedNumbers.cend())
                     .size(),
                 5);
        for (const QString &n : reserved.reservedNumbers)
            QVERIFY2(n.startsWith(QLatin1String("+4969")), qPrintable(n));
        QCOMPARE(reserved.validatedAddressId, validated.validatedAddressId);
        QVERIFY(anyMessageContains(updated, id, QStringLiteral("reserved")));
        QCOMPARE(desk.status(id), DraftStatus::Draft);
        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox->pendingJobs(), 0, 5000);

        const QJsonObject stats = sandbox.stats();
        QCOMPARE(stats.value(QStringLiteral("reservations")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("numbersIssued")).toInt(), 5);
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 0);
        desk.outbox->stop();
    }
};

QTEST_MAIN(TstE2eSync)
#include "tst_e2e_sync.moc"
