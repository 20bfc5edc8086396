// The outbox against a scripted carrier: a fake QNetworkAccessManager answers like the
// carrier's services (orders by externalId, addresses, numbers, accounts, envelopes), with
// faults switched on per test. Time is an injected clock; the worker ticks every few ms.
#include "../common/Fixtures.h"
#include "../sync/FakeNetwork.h"
#include "documents/Documents.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

using namespace od;
using od::test::FakeNetwork;
using od::test::RecordedRequest;
using od::test::ScriptedReply;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/// The carrier's services as the outbox sees them, with switches for faults.
struct Carrier
{
    struct RemoteOrder
    {
        QString id;
        QString externalId;
        QString state = QStringLiteral("acknowledged");
    };
    QList<RemoteOrder> orders;
    int posts = 0; ///< POST productOrder received (committed or not)
    bool honourIdempotencyKey = true;
    QString pollState;                ///< state every GET productOrder/{id} reports, when set
    QMap<QString, QString> envelopes; ///< id → status
    QMap<QString, QString> envelopeReferences; ///< id → orderReference custom field
    QMap<QString, QDateTime> envelopeCreated;  ///< id → createdDateTime, from `clock`
    int envelopePosts = 0;
    QList<QJsonObject> patches; ///< PATCH productOrder/{id} bodies received
    std::function<QDateTime()> clock;
    QString validation = QStringLiteral("success");
    int validationDelayMs = 0;
    int reservationDelayMs = 0;
    bool reserve409 = false;
    int reservations = 0;
    bool honourReservationKey = true;
    QMap<QByteArray, QByteArray> reservationKeys; ///< Idempotency-Key → first answer
    QStringList released;
    QStringList accountEmails = {QStringLiteral("it@contoso.example.com")};
    bool offline = false;
    /// A reply instead of handling the request (nothing committed).
    std::function<std::optional<ScriptedReply>(const RecordedRequest &)> fault;
    /// Handle the request, then lose the reply.
    std::function<bool(const RecordedRequest &)> dropAfterCommit;
    /// Handle the request, then cut the reply's body in half.
    std::function<bool(const RecordedRequest &)> garbleAfterCommit;

    ScriptedReply handle(const RecordedRequest &r)
    {
        if (offline)
            return ScriptedReply::failure(QNetworkReply::ConnectionRefusedError);
        if (fault)
            if (std::optional<ScriptedReply> f = fault(r))
                return *f;
        ScriptedReply reply = answer(r);
        if (dropAfterCommit && dropAfterCommit(r))
            return ScriptedReply::failure(QNetworkReply::RemoteHostClosedError);
        if (garbleAfterCommit && garbleAfterCommit(r))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    ScriptedReply answer(const RecordedRequest &r)
    {
        const QString path = r.url().path();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (path.endsWith(QLatin1String("/productOrder")) && r.verb == "POST") {
            ++posts;
            const QString ext = body.value(QLatin1String("externalId")).toString();
            for (const RemoteOrder &o : std::as_const(orders))
                if (honourIdempotencyKey && o.externalId == ext)
                    return ScriptedReply::json(201, json(toJson(o)));
            RemoteOrder o{QStringLiteral("po-%1").arg(orders.size() + 1), ext};
            orders.append(o);
            return ScriptedReply::json(201, json(toJson(o)));
        }
        if (path.endsWith(QLatin1String("/productOrder")) && r.verb == "GET") {
            const QString ext =
                QUrlQuery(r.url()).queryItemValue(QStringLiteral("externalId"), QUrl::FullyDecoded);
            QJsonArray found;
            for (const RemoteOrder &o : std::as_const(orders))
                if (o.externalId == ext)
                    found.append(toJson(o));
            return ScriptedReply::json(200, json(found));
        }
        if (path.contains(QLatin1String("/productOrder/")) && r.verb == "PATCH") {
            const QString id = path.section(QLatin1Char('/'), -1);
            for (const RemoteOrder &o : std::as_const(orders))
                if (o.id == id) {
                    patches.append(body);
                    return ScriptedReply::json(200, json(toJson(o)));
                }
            return ScriptedReply::json(404, json(QJsonObject{{QStringLiteral("code"), 404}}));
        }
        if (path.contains(QLatin1String("/productOrder/"))) {
            const QString id = path.section(QLatin1Char('/'), -1);
            for (RemoteOrder &o : orders)
                if (o.id == id) {
                    if (!pollState.isEmpty())
                        o.state = pollState;
                    return ScriptedReply::json(200, json(toJson(o)));
                }
            return ScriptedReply::json(404, json(QJsonObject{{QStringLiteral("code"), 404}}));
        }
        if (path.endsWith(QLatin1String("/geographicAddressValidation"))) {
            QJsonObject o{{QStringLiteral("validationResult"), validation}};
            if (validation == QLatin1String("success"))
                o.insert(QStringLiteral("validGeographicAddress"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("ga-1")},
                                     {QStringLiteral("geographicLocation"),
                                      QJsonObject{{QStringLiteral("geoJson"),
                                                   QJsonObject{{QStringLiteral("coordinates"),
                                                                QJsonArray{8.68, 50.11}}}}}}});
            if (validation == QLatin1String("partial"))
                o.insert(QStringLiteral("alternateGeographicAddress"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("streetName"), QStringLiteral("Kaiserstraße")},
                             {QStringLiteral("city"), QStringLiteral("Frankfurt am Main")},
                             {QStringLiteral("country"), QStringLiteral("DE")}}});
            ScriptedReply reply = ScriptedReply::json(200, json(o));
            reply.delayMs = validationDelayMs;
            return reply;
        }
        if (path.endsWith(QLatin1String("/reservation")) && r.verb == "POST") {
            if (reserve409)
                return ScriptedReply::json(
                    409, json(QJsonObject{
                             {QStringLiteral("code"), QStringLiteral("areaExhausted")},
                             {QStringLiteral("reason"), QStringLiteral("Not enough numbers")}}));
            const QByteArray key = r.header("Idempotency-Key");
            if (honourReservationKey && !key.isEmpty() && reservationKeys.contains(key))
                return ScriptedReply::json(201, reservationKeys.value(key));
            ++reservations;
            QJsonArray items;
            for (const QJsonValue &v : body.value(QLatin1String("reservationItem")).toArray()) {
                const int n = v.toObject().value(QLatin1String("quantity")).toInt();
                QJsonArray numbers;
                for (int i = 0; i < n; ++i)
                    numbers.append(QStringLiteral("+49691234%1")
                                       .arg(reservations * 100 + i, 4, 10, QLatin1Char('0')));
                items.append(QJsonObject{{QStringLiteral("quantity"), n},
                                         {QStringLiteral("numbers"), numbers}});
            }
            const QByteArray answer =
                json(QJsonObject{{QStringLiteral("id"), QStringLiteral("res-%1").arg(reservations)},
                                 {QStringLiteral("reservationState"), QStringLiteral("completed")},
                                 {QStringLiteral("reservationItem"), items}});
            if (!key.isEmpty())
                reservationKeys.insert(key, answer);
            ScriptedReply reply = ScriptedReply::json(201, answer);
            reply.delayMs = reservationDelayMs;
            return reply;
        }
        if (path.contains(QLatin1String("/reservation/")) && r.verb == "DELETE") {
            released << path.section(QLatin1Char('/'), -1);
            return ScriptedReply::json(204, {});
        }
        if (path.endsWith(QLatin1String("/billingAccount"))) {
            QJsonArray emails;
            for (const QString &e : std::as_const(accountEmails))
                emails.append(e);
            return ScriptedReply::json(
                200,
                json(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("BCN-DE")},
                                            {QStringLiteral("name"), QStringLiteral("Contoso")},
                                            {QStringLiteral("country"), QStringLiteral("DE")},
                                            {QStringLiteral("contactEmails"), emails}}}));
        }
        if (path.endsWith(QLatin1String("/consent")))
            return ScriptedReply::json(
                200, json(QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}}));
        if (path.endsWith(QLatin1String("/envelopes")) && r.verb == "POST") {
            ++envelopePosts;
            const QString id = QStringLiteral("env-%1").arg(envelopes.size() + 1);
            envelopes.insert(id, QStringLiteral("sent"));
            if (clock)
                envelopeCreated.insert(id, clock());
            for (const QJsonValue &f : body.value(QLatin1String("customFields"))
                                           .toObject()
                                           .value(QLatin1String("textCustomFields"))
                                           .toArray())
                if (f.toObject().value(QLatin1String("name")).toString() ==
                    QLatin1String("orderReference"))
                    envelopeReferences.insert(
                        id, f.toObject().value(QLatin1String("value")).toString());
            return ScriptedReply::json(
                201, json(QJsonObject{{QStringLiteral("envelopeId"), id},
                                      {QStringLiteral("status"), QStringLiteral("sent")}}));
        }
        if (path.endsWith(QLatin1String("/envelopes")) && r.verb == "GET") {
            // listStatusChanges by the orderReference custom field (from_date required).
            const QUrlQuery q(r.url());
            if (q.queryItemValue(QStringLiteral("from_date")).isEmpty())
                return ScriptedReply::json(
                    400, json(QJsonObject{{QStringLiteral("errorCode"),
                                           QStringLiteral("INVALID_REQUEST_PARAMETER")}}));
            const QString custom =
                q.queryItemValue(QStringLiteral("custom_field"), QUrl::FullyDecoded);
            QJsonArray list;
            for (auto it = envelopes.begin(); it != envelopes.end(); ++it)
                if (QStringLiteral("orderReference=") + envelopeReferences.value(it.key()) ==
                    custom)
                    list.append(
                        QJsonObject{{QStringLiteral("envelopeId"), it.key()},
                                    {QStringLiteral("status"), it.value()},
                                    {QStringLiteral("createdDateTime"),
                                     envelopeCreated.contains(it.key())
                                         ? envelopeCreated.value(it.key()).toString(Qt::ISODate)
                                         : QStringLiteral("2026-12-03T09:00:%1Z")
                                               .arg(it.key().section(QLatin1Char('-'), 1).toInt(),
                                                    2, 10, QLatin1Char('0'))}});
            QJsonObject o{{QStringLiteral("resultSetSize"), QString::number(list.size())}};
            if (!list.isEmpty())
                o.insert(QStringLiteral("envelopes"), list);
            return ScriptedReply::json(200, json(o));
        }
        if (path.endsWith(QLatin1String("/documents/combined"))) {
            const QString id = path.section(QLatin1Char('/'), -3, -3);
            if (!envelopes.contains(id))
                return ScriptedReply::json(
                    404, json(QJsonObject{{QStringLiteral("errorCode"),
                                           QStringLiteral("ENVELOPE_DOES_NOT_EXIST")}}));
            ScriptedReply reply;
            reply.status = 200;
            reply.headers = {{"Content-Type", "application/pdf"}};
            reply.body = QByteArray("%PDF-1.4 signed ") + id.toLatin1();
            return reply;
        }
        if (path.contains(QLatin1String("/envelopes/"))) {
            const QString id = path.section(QLatin1Char('/'), -1);
            QJsonObject o{{QStringLiteral("envelopeId"), id},
                          {QStringLiteral("status"), envelopes.value(id)}};
            if (envelopes.value(id) == QLatin1String("completed"))
                o.insert(QStringLiteral("completedDateTime"),
                         QStringLiteral("2026-12-22T10:00:00Z"));
            return ScriptedReply::json(200, json(o));
        }
        // The reachability probe, or anything else: the server answers.
        return ScriptedReply::json(404, json(QJsonObject{{QStringLiteral("code"), 404}}));
    }

    static QJsonObject toJson(const RemoteOrder &o)
    {
        return QJsonObject{{QStringLiteral("id"), o.id},
                           {QStringLiteral("externalId"), o.externalId},
                           {QStringLiteral("state"), o.state}};
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    double m_jitter = 1.0;
    std::atomic<QThread *> m_documentsBuiltOn = nullptr; ///< where envelopeDocuments last ran
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<sync::Authenticator> m_auth;
    std::unique_ptr<sync::ApiClient> m_api;
    Carrier m_carrier;

    Outbox::Options options()
    {
        Outbox::Options o;
        o.backoff.firstMs = 2000;
        o.backoff.capMs = 60000;
        o.pollFirstMs = 5000;
        o.pollCapMs = 40000;
        o.probeIntervalMs = 20;
        o.tickMs = 5;
        o.useNetworkInformation = false;
        o.clock = [this] {
            return m_now;
        };
        o.jitter = [this] {
            return m_jitter;
        };
        o.envelopeDocuments = [this](const Order &order) {
            m_documentsBuiltOn = QThread::currentThread();
            QList<sync::EnvelopeDocument> documents{
                {QStringLiteral("Contract"),
                 QByteArray("%PDF-1.4 contract ") + order.reference.toLatin1()}};
            // As documents::envelopeDocuments does: every porting form after the contract.
            for (const documents::PortingForm &f : documents::portingForms(order, m_catalog))
                documents.append({QStringLiteral("Porting form %1-%2").arg(f.country).arg(f.index),
                                  QByteArray("%PDF-1.4 form ") + f.country.toLatin1()});
            return Result<QList<sync::EnvelopeDocument>>(documents);
        };
        return o;
    }

    std::unique_ptr<Outbox> makeOutbox()
    {
        return std::make_unique<Outbox>(m_store.get(), m_api.get(), m_catalog, options());
    }

    Order order(const QStringList &countries = {QStringLiteral("DE")})
    {
        Order o = fixtures::newNumbersOrder(m_catalog, countries, 1, 5, 0);
        o.reference = Order::newReference(m_now);
        return o;
    }

    qint64 queue(const Order &o)
    {
        const Result<qint64> id = m_store->createDraft(o, DraftStatus::Queued);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    QList<RecordedRequest> requestsTo(const QString &pathEnd, const QByteArray &verb) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : std::as_const(m_network->requests))
            if (r.verb == verb && r.url().path().endsWith(pathEnd))
                out << r;
        return out;
    }

    DraftStatus status(qint64 id) const { return m_store->summary(id)->status; }

    /// Lets time pass in steps of `stepSecs` until `done` holds (false after `steps` steps).
    bool runUntil(const std::function<bool()> &done, int steps = 200, int stepSecs = 30)
    {
        for (int i = 0; i < steps; ++i) {
            QTest::qWait(10);
            if (done())
                return true;
            m_now = m_now.addSecs(stepSecs);
        }
        return done();
    }

    /// Lets `steps` times `stepSecs` pass, whatever happens.
    void passTime(int steps, int stepSecs)
    {
        for (int i = 0; i < steps; ++i) {
            QTest::qWait(10);
            m_now = m_now.addSecs(stepSecs);
        }
    }

    OutboxJob onlyJob(qint64 draftId, OutboxJob::Kind kind) const
    {
        const QList<OutboxJob> jobs = m_store->jobsOf(draftId).value();
        for (const OutboxJob &j : jobs)
            if (j.kind == kind)
                return j;
        return {};
    }

    Order portingOrder()
    {
        Order o = fixtures::portingOrder(m_catalog, m_now.date(), 2); // DE: 3 forms, a stamp
        o.reference = Order::newReference(m_now);
        o.signatory = {};
        return o;
    }

    static Signatory signer(const QString &email = QStringLiteral("signer@contoso.example.com"))
    {
        Signatory s;
        s.name = QStringLiteral("Sam Signer");
        s.email = email;
        s.authorised = true;
        return s;
    }

    QJsonObject lastEnvelopeBody() const
    {
        const QList<RecordedRequest> posts = requestsTo(QStringLiteral("/envelopes"), "POST");
        return posts.isEmpty() ? QJsonObject()
                               : QJsonDocument::fromJson(posts.last().body).object();
    }

    static QJsonObject firstSigner(const QJsonObject &envelope)
    {
        return envelope.value(QLatin1String("recipients"))
            .toObject()
            .value(QLatin1String("signers"))
            .toArray()
            .at(0)
            .toObject();
    }

    QList<PaperworkItem> checklist(qint64 id) const
    {
        return paperworkChecklist(m_store->loadDraft(id)->order, m_catalog,
                                  m_store->remoteDetails(id).value());
    }

    /// Submits a porting order and waits until the carrier has it (state pending).
    qint64 submittedPortingOrder(Outbox *outbox)
    {
        m_carrier.pollState = QStringLiteral("pending");
        const qint64 id = queue(portingOrder());
        if (!outbox->submit(id))
            return 0;
        outbox->start();
        if (!runUntil([&] { return status(id) == DraftStatus::PortingPaperwork; }, 20, 6))
            return 0;
        return id;
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        m_jitter = 1.0;
        m_carrier = Carrier();
        m_carrier.clock = [this] {
            return m_now;
        };
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DraftStore>();
        DraftStore::Options so;
        so.backups = false;
        so.clock = [this] {
            return m_now;
        };
        QVERIFY(m_store->open(m_dir->path(), so).ok());
        m_network = std::make_unique<FakeNetwork>();
        m_network->setHandler([this](const RecordedRequest &r) { return m_carrier.handle(r); });
        const sync::Endpoints endpoints =
            sync::Endpoints::forAll(QUrl(QStringLiteral("http://127.0.0.1:8765")));
        m_auth = std::make_unique<sync::Authenticator>(m_network.get(), endpoints,
                                                       sync::makeMemoryTokenStore());
        m_auth->setAccessTokenForTesting(QStringLiteral("test-token"));
        m_api = std::make_unique<sync::ApiClient>(m_network.get(), endpoints, m_auth.get());
    }

    void cleanup()
    {
        m_api.reset();
        m_auth.reset();
        m_network.reset();
        m_store.reset();
        m_dir.reset();
    }

    void backoffPolicy()
    {
        BackoffPolicy p;
        p.firstMs = 1000;
        p.capMs = 10000;
        QCOMPARE(p.delayMs(1, 1.0), 1000);
        QCOMPARE(p.delayMs(2, 1.0), 2000);
        QCOMPARE(p.delayMs(3, 1.0), 4000);
        QCOMPARE(p.delayMs(4, 1.0), 8000);
        QCOMPARE(p.delayMs(5, 1.0), 10000); // capped
        QCOMPARE(p.delayMs(60, 1.0), 10000);
        QCOMPARE(p.delayMs(3, 0.0), 2000); // full jitter: [d/2, d]
        QCOMPARE(p.delayMs(3, 0.5), 3000);
        QCOMPARE(p.delayMs(3, 0.5, 7), 7000); // Retry-After wins
        QCOMPARE(p.delayMs(3, 0.5, 0), 0);
    }

    void handlingDateSkipsEveryCountrysHolidays()
    {
        // Signed on Tuesday 22 December 2026. Germany: 25 and 26 December; Ireland: 25 and
        // (St Stephen's Day, a Saturday, taken on) 28 December.
        Order o;
        o.countries = {CountryOrder{}};
        o.countries[0].country = QStringLiteral("DE");
        QCOMPARE(expectedHandlingDate(o, m_catalog, QDate(2026, 12, 22)), QDate(2026, 12, 30));
        o.countries[0].country = QStringLiteral("IE");
        QCOMPARE(expectedHandlingDate(o, m_catalog, QDate(2026, 12, 22)), QDate(2026, 12, 31));
        o.countries.append(CountryOrder{});
        o.countries[1].country = QStringLiteral("DE");
        QCOMPARE(expectedHandlingDate(o, m_catalog, QDate(2026, 12, 22)), QDate(2026, 12, 31));
        // An ordinary week: five working days are a calendar week.
        QCOMPARE(expectedHandlingDate(o, m_catalog, QDate(2026, 11, 10)), QDate(2026, 11, 17));
    }

    void statusMapping()
    {
        const auto sig = SubmissionPath::Signature;
        const auto port = SubmissionPath::Porting;
        QCOMPARE(draftStatusForRemote(QStringLiteral("acknowledged"), {}, sig),
                 DraftStatus::Submitted);
        QCOMPARE(draftStatusForRemote(QStringLiteral("pending"), QStringLiteral("sent"), sig),
                 DraftStatus::AwaitingSignature);
        QCOMPARE(draftStatusForRemote(QStringLiteral("pending"), {}, port),
                 DraftStatus::PortingPaperwork);
        QCOMPARE(draftStatusForRemote(QStringLiteral("inProgress"), {}, sig),
                 DraftStatus::InProgress);
        QCOMPARE(draftStatusForRemote(QStringLiteral("completed"), {}, sig),
                 DraftStatus::Completed);
        QCOMPARE(draftStatusForRemote(QStringLiteral("rejected"), {}, sig), DraftStatus::Failed);
        QCOMPARE(draftStatusForRemote(QStringLiteral("failed"), {}, sig), DraftStatus::Failed);
        QCOMPARE(draftStatusForRemote(QStringLiteral("cancelled"), {}, sig),
                 DraftStatus::Cancelled);
        QVERIFY(!draftStatusForRemote(QStringLiteral("held"), {}, sig));
        // Declined: the order waits for a signature, whatever the carrier's step.
        for (const char *state : {"acknowledged", "pending", "held"})
            QCOMPARE(draftStatusForRemote(QLatin1String(state), QStringLiteral("declined"), sig),
                     DraftStatus::AwaitingSignature);
        QCOMPARE(draftStatusForRemote(QStringLiteral("cancelled"), QStringLiteral("voided"), sig),
                 DraftStatus::Cancelled);
    }

    void submitSendsOncePollsAndCompletes()
    {
        const Order o = order();
        const qint64 id = queue(o);
        auto outbox = makeOutbox();
        QSignalSpy updated(outbox.get(), &Outbox::draftUpdated);
        QVERIFY(outbox->submit(id));
        QCOMPARE(outbox->queuedOrders(), 1);
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        const QList<RecordedRequest> posts = requestsTo(QStringLiteral("/productOrder"), "POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().header("Idempotency-Key"), o.reference.toUtf8());
        QCOMPARE(QJsonDocument::fromJson(posts.first().body)
                     .object()
                     .value(QLatin1String("externalId"))
                     .toString(),
                 o.reference);
        QVERIFY(!posts.first().header("X-Request-ID").isEmpty());
        QCOMPARE(m_store->remoteDetails(id)->orderId, QStringLiteral("po-1"));
        QVERIFY(m_store->summary(id)->unseenChange);
        QVERIFY(!updated.isEmpty());
        QCOMPARE(outbox->queuedOrders(), 0);
        QVERIFY(!outbox->canWithdraw(id));
        QVERIFY(!outbox->submit(id)); // never a second order
        QVERIFY(!outbox->lastError().isEmpty());
        QCOMPARE(status(id), DraftStatus::Submitted);

        // The signature path: the contract goes out once, with the order's reference.
        QTRY_COMPARE(m_carrier.envelopePosts, 1);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        const QJsonObject envelope =
            QJsonDocument::fromJson(requestsTo(QStringLiteral("/envelopes"), "POST").first().body)
                .object();
        QVERIFY(QJsonDocument(envelope).toJson().contains(o.reference.toUtf8()));

        // Polls: nothing before the first poll is due.
        const int polls = requestsTo(QStringLiteral("/productOrder/po-1"), "GET").size();
        QTest::qWait(50);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder/po-1"), "GET").size(), polls);
        m_carrier.pollState = QStringLiteral("pending");
        m_now = m_now.addSecs(6);
        QTRY_COMPARE(status(id), DraftStatus::AwaitingSignature);
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("completed");
        m_carrier.pollState = QStringLiteral("inProgress");
        QVERIFY(runUntil([&] { return status(id) == DraftStatus::InProgress; }));
        QTRY_COMPARE(m_store->summary(id)->handlingDate, QDate(2026, 12, 30));
        QCOMPARE(m_store->summary(id)->envelopeStatus, QStringLiteral("completed"));
        m_carrier.pollState = QStringLiteral("completed");
        QVERIFY(runUntil([&] { return status(id) == DraftStatus::Completed; }));
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::Poll).state, OutboxJob::State::Done);
        QCOMPARE(m_carrier.orders.size(), 1);
        QCOMPARE(m_carrier.posts, 1);
        QCOMPARE(m_carrier.envelopePosts, 1);
        QCOMPARE(outbox->pendingJobs(), 0);
        QVERIFY(m_store->markSeen(id));
        QVERIFY(!m_store->summary(id)->unseenChange);
    }

    void lostReplyIsLookedUpNotSentAgain()
    {
        const qint64 id = queue(order());
        int drops = 0;
        m_carrier.dropAfterCommit = [&](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/productOrder")) &&
                   drops++ == 0;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_VERIFY(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts == 1);
        const OutboxJob job = onlyJob(id, OutboxJob::Kind::SubmitOrder);
        QVERIFY(job.maybeSent);
        QCOMPARE(job.state, OutboxJob::State::Waiting);
        QCOMPARE(job.nextAttempt, m_now.addMSecs(2000));
        QCOMPARE(status(id), DraftStatus::Queued);
        QVERIFY(!outbox->canWithdraw(id)); // it may have reached the carrier
        QVERIFY(!outbox->withdraw(id));
        QVERIFY(!outbox->lastError().isEmpty());

        m_now = m_now.addSecs(3);
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder"), "GET").size(), 1); // the look-up
        QCOMPARE(m_carrier.posts, 1);
        QCOMPARE(m_carrier.orders.size(), 1);
        QCOMPARE(m_store->remoteDetails(id)->orderId, m_carrier.orders.first().id);
    }

    void lostRequestIsLookedUpThenSent()
    {
        // Dropped before the server did anything: the look-up finds nothing, so it is sent.
        const qint64 id = queue(order());
        int drops = 0;
        m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
            if (r.verb == "POST" && drops++ == 0)
                return ScriptedReply::failure(QNetworkReply::RemoteHostClosedError);
            return std::nullopt;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_VERIFY(onlyJob(id, OutboxJob::Kind::SubmitOrder).maybeSent);
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts, 1);
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder"), "GET").size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder"), "POST").size(), 2);
        QCOMPARE(m_carrier.orders.size(), 1);
    }

    void lostEnvelopeReplyIsLookedUpNotSentAgain()
    {
        const Order o = order();
        const qint64 id = queue(o);
        int drops = 0;
        m_carrier.dropAfterCommit = [&](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/envelopes")) &&
                   drops++ == 0;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::CreateEnvelope).attempts, 1);
        QVERIFY(onlyJob(id, OutboxJob::Kind::CreateEnvelope).maybeSent);
        QCOMPARE(m_carrier.envelopePosts, 1);
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        QCOMPARE(onlyJob(id, OutboxJob::Kind::CreateEnvelope).state, OutboxJob::State::Done);
        // Looked up by the order reference, never posted again.
        const QList<RecordedRequest> lookups = requestsTo(QStringLiteral("/envelopes"), "GET");
        QCOMPARE(lookups.size(), 1);
        const QUrlQuery q(lookups.first().url());
        QCOMPARE(q.queryItemValue(QStringLiteral("custom_field"), QUrl::FullyDecoded),
                 QStringLiteral("orderReference=") + o.reference);
        QVERIFY(QDateTime::fromString(
                    q.queryItemValue(QStringLiteral("from_date"), QUrl::FullyDecoded), Qt::ISODate)
                    .isValid());
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "POST").size(), 1);
        QCOMPARE(m_carrier.envelopePosts, 1);
        QCOMPARE(m_carrier.envelopes.size(), 1);
    }

    void garbledEnvelopeReplyIsLookedUpNotSentAgain()
    {
        const qint64 id = queue(order());
        int garbled = 0;
        m_carrier.garbleAfterCommit = [&](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/envelopes")) &&
                   garbled++ == 0;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::CreateEnvelope).attempts, 1);
        QVERIFY(onlyJob(id, OutboxJob::Kind::CreateEnvelope).maybeSent);
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "GET").size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "POST").size(), 1);
        QCOMPARE(m_carrier.envelopes.size(), 1);
    }

    void lostEnvelopeRequestIsLookedUpThenSent()
    {
        // Lost before the service made it (or only a voided one exists): sent after the look-up.
        const Order o = order();
        const qint64 id = queue(o);
        m_carrier.envelopes.insert(QStringLiteral("env-1"), QStringLiteral("voided"));
        m_carrier.envelopeReferences.insert(QStringLiteral("env-1"), o.reference);
        int drops = 0;
        m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
            if (r.verb == "POST" && r.url().path().endsWith(QLatin1String("/envelopes")) &&
                drops++ == 0)
                return ScriptedReply::failure(QNetworkReply::RemoteHostClosedError);
            return std::nullopt;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::CreateEnvelope).attempts, 1);
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-2"));
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "GET").size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "POST").size(), 2);
        QCOMPARE(m_carrier.envelopePosts, 1);
    }

    void lostReservationReplyRepeatsWithTheSameKey()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        const qint64 id = m_store->createDraft(o).value();
        int drops = 0;
        m_carrier.dropAfterCommit = [&](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/reservation")) &&
                   drops++ == 0;
        };
        auto outbox = makeOutbox();
        outbox->start();
        QVERIFY(outbox->requestReservation(id, office.id));
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::Reserve).attempts, 1);
        // The key is kept in the job, so a restart asks with the same key.
        const OutboxJob waiting = onlyJob(id, OutboxJob::Kind::Reserve);
        const QString kept = QJsonDocument::fromJson(waiting.payload)
                                 .object()
                                 .value(QLatin1String("idempotencyKey"))
                                 .toString();
        QVERIFY(kept.contains(o.reference));
        QVERIFY(kept.contains(office.id));
        outbox.reset();
        outbox = makeOutbox();
        outbox->start();
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(m_store->loadDraft(id)->order.countries[0].offices[0].reservationId,
                     QStringLiteral("res-1"));
        const QList<RecordedRequest> posts = requestsTo(QStringLiteral("/reservation"), "POST");
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).header("Idempotency-Key"), kept.toUtf8());
        QCOMPARE(posts.at(1).header("Idempotency-Key"), kept.toUtf8());
        QCOMPARE(m_carrier.reservations, 1);
        QCOMPARE(m_store->loadDraft(id)->order.countries[0].offices[0].reservedNumbers.size(), 5);
        QCOMPARE(onlyJob(id, OutboxJob::Kind::Reserve).state, OutboxJob::State::Done);
    }

    void serverErrorsBackOffAsThePolicySays()
    {
        const qint64 id = queue(order());
        int failures = 3;
        m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
            if (r.url().path().contains(QLatin1String("productOrder")) && failures > 0) {
                --failures;
                return ScriptedReply::json(503, json(QJsonObject{{QStringLiteral("code"), 503}}));
            }
            return std::nullopt;
        };
        m_jitter = 0.5;
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        const BackoffPolicy policy = options().backoff;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts, attempt);
            const OutboxJob job = onlyJob(id, OutboxJob::Kind::SubmitOrder);
            const int delay = policy.delayMs(attempt, 0.5);
            QCOMPARE(delay, int(2000 * (1 << (attempt - 1)) * 0.75));
            QCOMPARE(job.nextAttempt, m_now.addMSecs(delay));
            QVERIFY(job.maybeSent); // a 5xx after a POST: the server may have committed
            QVERIFY(!job.lastError.isEmpty());
            QCOMPARE(outbox->nextAttempt(), job.nextAttempt);
            // Not before it is due.
            const int sent = m_network->requests.size();
            QTest::qWait(30);
            QCOMPARE(m_network->requests.size(), sent);
            m_now = job.nextAttempt;
        }
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QCOMPARE(m_carrier.orders.size(), 1);
    }

    void retryAfterWins()
    {
        const qint64 id = queue(order());
        bool once = true;
        m_carrier.fault = [&](const RecordedRequest &) -> std::optional<ScriptedReply> {
            if (!std::exchange(once, false))
                return std::nullopt;
            ScriptedReply r = ScriptedReply::json(429, "{}");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
            return r;
        };
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts, 1);
        QCOMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).nextAttempt, m_now.addSecs(7));
        QVERIFY(!onlyJob(id, OutboxJob::Kind::SubmitOrder).maybeSent); // 429: not done
        m_now = m_now.addSecs(7);
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder"), "GET").size(), 0);
    }

    void rejectedOrderGoesBackToTheRep_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("422") << 422;
        QTest::newRow("400") << 400;
    }

    void rejectedOrderGoesBackToTheRep()
    {
        QFETCH(int, httpStatus);
        const qint64 id = queue(order());
        m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
            if (r.verb != "POST")
                return std::nullopt;
            return ScriptedReply::json(
                httpStatus,
                json(QJsonObject{{QStringLiteral("code"), QStringLiteral("invalidValue")},
                                 {QStringLiteral("reason"), QStringLiteral("Invalid value")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("The BCN is not an account of this OCN")},
                                 {QStringLiteral("field"),
                                  QStringLiteral("productOrderItem[0].billingAccount.id")}}));
        };
        auto outbox = makeOutbox();
        QSignalSpy problems(outbox.get(), &Outbox::problem);
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Draft);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().at(1).toString().contains(
                     QLatin1String("productOrderItem[0].billingAccount.id")),
                 qPrintable(problems.first().at(1).toString()));
        const DraftSummary s = m_store->summary(id).value();
        QVERIFY(s.problem.contains(QLatin1String("productOrderItem[0].billingAccount.id")));
        QVERIFY(s.unseenChange);
        const OutboxJob job = onlyJob(id, OutboxJob::Kind::SubmitOrder);
        QCOMPARE(job.state, OutboxJob::State::Failed);
        QCOMPARE(job.lastErrorField, QStringLiteral("productOrderItem[0].billingAccount.id"));
        QCOMPARE(outbox->state(), Outbox::State::Error);
        // Not retried, however long one waits.
        QVERIFY(!runUntil([&] { return m_carrier.posts > 0 || m_network->requests.size() > 1; }, 10,
                          600));
        QCOMPARE(requestsTo(QStringLiteral("/productOrder"), "POST").size(), 1);

        // Submitted again (after a fix), it goes, and the old problem is gone.
        m_carrier.fault = nullptr;
        QVERIFY(m_store->setStatus(id, DraftStatus::Queued));
        QVERIFY(outbox->submit(id));
        QVERIFY(m_store->summary(id)->problem.isEmpty());
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
    }

    void blockedOrderGoesBackToTheRep()
    {
        // Something the rules refuse (here: no voice plan users) is not sent at all.
        Order o = order();
        o.countries[0].bcn.clear();
        const qint64 id = queue(o);
        auto outbox = makeOutbox();
        QSignalSpy problems(outbox.get(), &Outbox::problem);
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Draft);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!m_store->summary(id)->problem.isEmpty());
        QCOMPARE(m_carrier.posts, 0);
    }

    void offlineQueuesThenSends()
    {
        const qint64 id = queue(order());
        m_carrier.offline = true;
        auto outbox = makeOutbox();
        QSignalSpy states(outbox.get(), &Outbox::stateChanged);
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(outbox->state(), Outbox::State::Offline);
        QVERIFY(!outbox->isOnline());
        // The probe keeps asking; nothing reaches the carrier and the order stays queued.
        const int before = m_network->requests.size();
        QTRY_VERIFY(m_network->requests.size() > before + 2);
        QCOMPARE(m_carrier.posts, 0);
        QCOMPARE(status(id), DraftStatus::Queued);
        const OutboxJob job = onlyJob(id, OutboxJob::Kind::SubmitOrder);
        QCOMPARE(job.state, OutboxJob::State::Waiting);
        QVERIFY(!job.maybeSent); // refused: certainly not sent
        QCOMPARE(job.attempts, 0);
        QVERIFY(!job.lastError.isEmpty());
        QVERIFY(outbox->canWithdraw(id));
        QCOMPARE(outbox->queuedOrders(), 1);

        m_carrier.offline = false; // back online: the probe notices, the order goes
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QVERIFY(outbox->isOnline());
        QCOMPARE(m_carrier.posts, 1);
        QVERIFY(!states.isEmpty());
    }

    void validationThenReservationThenOrder()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validationRequested = true;
        office.validatedAddressId.clear();
        office.geocode.reset();
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        const QString officeId = office.id;
        const qint64 id = queue(o);
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id)); // the order's requested checks are queued before it
        QCOMPARE(outbox->pendingJobs(), 3);
        QCOMPARE(outbox->queuedOrders(), 1);
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QStringList sequence;
        for (const RecordedRequest &r : std::as_const(m_network->requests))
            if (r.verb == "POST")
                sequence << r.url().path().section(QLatin1Char('/'), -1);
        QCOMPARE(sequence.mid(0, 3),
                 (QStringList{QStringLiteral("geographicAddressValidation"),
                              QStringLiteral("reservation"), QStringLiteral("productOrder")}));
        // The reservation used the validated address.
        const QJsonObject reservation =
            QJsonDocument::fromJson(requestsTo(QStringLiteral("/reservation"), "POST").first().body)
                .object();
        QVERIFY(QJsonDocument(reservation).toJson().contains("ga-1"));
        const Office saved = m_store->loadDraft(id)->order.countries[0].offices[0];
        QCOMPARE(saved.validation, AddressValidation::Validated);
        QCOMPARE(saved.validatedAddressId, QStringLiteral("ga-1"));
        QVERIFY(saved.geocode.has_value());
        QVERIFY(!saved.validationRequested);
        QCOMPARE(saved.reservationId, QStringLiteral("res-1"));
        QCOMPARE(saved.reservedNumbers.size(), 5);
        QVERIFY(!saved.reservationRequested);
        // The order sent carries what the checks found.
        QVERIFY(requestsTo(QStringLiteral("/productOrder"), "POST").first().body.contains("res-1"));
        QCOMPARE(officeId, saved.id);
    }

    void failedValidationStopsReservationAndOrder()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validationRequested = true;
        office.validatedAddressId.clear();
        office.reservationId.clear();
        office.reservedNumbers.clear();
        const qint64 id = queue(o);
        m_carrier.validation = QStringLiteral("fails");
        auto outbox = makeOutbox();
        QSignalSpy problems(outbox.get(), &Outbox::problem);
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Draft);
        QCOMPARE(m_carrier.reservations, 0);
        QCOMPARE(m_carrier.posts, 0);
        QVERIFY(problems.size() >= 2);
        QVERIFY(problems.first().at(1).toString().contains(QLatin1String("Office 1")));
        const Office saved = m_store->loadDraft(id)->order.countries[0].offices[0];
        QCOMPARE(saved.validation, AddressValidation::Failed);
        QVERIFY(!saved.reservationRequested);
    }

    void editedAddressIgnoresTheAnswer()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validatedAddressId.clear();
        office.validationRequested = true;
        const qint64 id = m_store->createDraft(o).value();
        m_carrier.validationDelayMs = 200;
        auto outbox = makeOutbox();
        outbox->start();
        QVERIFY(outbox->requestAddressValidation(id, office.id));
        QTRY_COMPARE(requestsTo(QStringLiteral("/geographicAddressValidation"), "POST").size(), 1);
        // The rep edits the address while the service thinks.
        Order edited = m_store->loadDraft(id)->order;
        edited.countries[0].offices[0].address.houseNumber = QStringLiteral("99");
        QVERIFY(m_store->saveDraft(id, edited));
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::ValidateAddress).state, OutboxJob::State::Done);
        const Office saved = m_store->loadDraft(id)->order.countries[0].offices[0];
        QCOMPARE(saved.validation, AddressValidation::NotValidated);
        QVERIFY(saved.validatedAddressId.isEmpty());
        QCOMPARE(saved.address.houseNumber, QStringLiteral("99"));
    }

    void partialValidationOffersAlternatives()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validationRequested = true;
        const qint64 id = m_store->createDraft(o).value();
        m_carrier.validation = QStringLiteral("partial");
        auto outbox = makeOutbox();
        QSignalSpy alternatives(outbox.get(), &Outbox::addressAlternatives);
        outbox->start();
        QVERIFY(outbox->requestAddressValidation(id, office.id));
        QVERIFY(outbox->requestAddressValidation(id, office.id)); // asked twice, sent once
        QTRY_COMPARE(alternatives.size(), 1);
        QCOMPARE(alternatives.first().at(1).toString(), office.id);
        QCOMPARE(alternatives.first().at(2).value<QList<Address>>().size(), 1);
        const Office saved = m_store->loadDraft(id)->order.countries[0].offices[0];
        QCOMPARE(saved.validation, AddressValidation::NotValidated);
        QVERIFY(!saved.validationRequested);
        QCOMPARE(requestsTo(QStringLiteral("/geographicAddressValidation"), "POST").size(), 1);
    }

    void changedCountsReleaseTheReservation()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        const qint64 id = m_store->createDraft(o).value();
        m_carrier.reservationDelayMs = 200;
        auto outbox = makeOutbox();
        outbox->start();
        QVERIFY(outbox->requestReservation(id, office.id));
        QTRY_COMPARE(requestsTo(QStringLiteral("/reservation"), "POST").size(), 1);
        Order edited = m_store->loadDraft(id)->order;
        edited.countries[0].offices[0].userNumbers = 4;
        edited.countries[0].offices[0].totalNumbers = 4;
        QVERIFY(m_store->saveDraft(id, edited));
        QTRY_COMPARE(m_carrier.released, QStringList{QStringLiteral("res-1")});
        const Office saved = m_store->loadDraft(id)->order.countries[0].offices[0];
        QVERIFY(saved.reservationId.isEmpty());
        QVERIFY(saved.reservedNumbers.isEmpty());
        QCOMPARE(onlyJob(id, OutboxJob::Kind::Reserve).state, OutboxJob::State::Done);
    }

    void exhaustedAreaNamesTheOfficeAndAreaCode()
    {
        Order o = order();
        Office &office = o.countries[0].offices[0];
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        const qint64 id = m_store->createDraft(o).value();
        m_carrier.reserve409 = true;
        auto outbox = makeOutbox();
        QSignalSpy problems(outbox.get(), &Outbox::problem);
        outbox->start();
        QVERIFY(outbox->requestReservation(id, office.id));
        QTRY_COMPARE(problems.size(), 1);
        const QString message = problems.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("area code 69")) &&
                     message.contains(QLatin1String("Office 1 in Germany")),
                 qPrintable(message));
        QCOMPARE(onlyJob(id, OutboxJob::Kind::Reserve).state, OutboxJob::State::Failed);
        QVERIFY(!m_store->loadDraft(id)->order.countries[0].offices[0].reservationRequested);
        QCOMPARE(m_store->summary(id)->problem, message);
        QTRY_COMPARE(outbox->state(), Outbox::State::Online); // the service answered fine

        // Asked again with numbers free: the problem goes from the draft.
        m_carrier.reserve409 = false;
        Order again = m_store->loadDraft(id)->order;
        again.countries[0].offices[0].reservationRequested = true;
        QVERIFY(m_store->saveDraft(id, again));
        QVERIFY(outbox->requestReservation(id, office.id));
        QTRY_COMPARE(m_store->loadDraft(id)->order.countries[0].offices[0].reservedNumbers.size(),
                     5);
        QVERIFY(m_store->summary(id)->problem.isEmpty());
    }

    void accountCheckVerifiesTheCustomer()
    {
        Order o = order();
        o.customer.verified = false;
        const qint64 id = m_store->createDraft(o).value();
        auto outbox = makeOutbox();
        QSignalSpy checked(outbox.get(), &Outbox::accountChecked);
        outbox->start();
        QVERIFY(outbox->requestAccountCheck(id));
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY(checked.first().at(1).toBool());
        QVERIFY2(checked.first().at(2).toString().contains(QLatin1String("pending")),
                 qPrintable(checked.first().at(2).toString()));
        QCOMPARE(requestsTo(QStringLiteral("/consent"), "GET").size(), 1);
        QVERIFY(m_store->loadDraft(id)->order.customer.verified);

        m_carrier.accountEmails = {QStringLiteral("someone@else.example.com")};
        QVERIFY(outbox->requestAccountCheck(id));
        QTRY_COMPARE(checked.size(), 2);
        QVERIFY(!checked.last().at(1).toBool());
        QVERIFY(!m_store->loadDraft(id)->order.customer.verified);
        // An answer for the rep to act on in the wizard, not a problem of the connection: the
        // status bar does not turn to "problem".
        QTRY_VERIFY(outbox->state() != Outbox::State::Sending);
        QCOMPARE(outbox->state(), Outbox::State::Online);
    }

    void declinedEnvelopeShowsOnTheDraft()
    {
        const qint64 id = queue(order());
        auto outbox = makeOutbox();
        QSignalSpy updated(outbox.get(), &Outbox::draftUpdated);
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        m_carrier.pollState = QStringLiteral("pending");
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("declined");
        QVERIFY(runUntil(
            [&] { return m_store->summary(id)->envelopeStatus == QLatin1String("declined"); }));
        const DraftSummary s = m_store->summary(id).value();
        QVERIFY2(s.problem.contains(QLatin1String("declined")), qPrintable(s.problem));
        QVERIFY(s.unseenChange);
        bool told = false;
        for (const QList<QVariant> &args : std::as_const(updated))
            told = told || args.at(1).toString().contains(QLatin1String("declined"));
        QVERIFY(told);
        // The envelope is not asked about again; the order still is.
        const int envelopeGets = requestsTo(QStringLiteral("/envelopes/env-1"), "GET").size();
        const int orderGets = requestsTo(QStringLiteral("/productOrder/po-1"), "GET").size();
        QVERIFY(runUntil(
            [&] {
                return requestsTo(QStringLiteral("/productOrder/po-1"), "GET").size() >
                       orderGets + 1;
            },
            50, 60));
        QCOMPARE(requestsTo(QStringLiteral("/envelopes/env-1"), "GET").size(), envelopeGets);
    }

    void portingPaperworkIsSignedKeptAndSentToTheCarrier()
    {
        auto outbox = makeOutbox();
        QSignalSpy updated(outbox.get(), &Outbox::draftUpdated);
        m_carrier.pollState = QStringLiteral("pending");
        const Order o = portingOrder();
        const qint64 id = queue(o);
        QVERIFY(outbox->submit(id));
        // Before the carrier has the order there is nothing to sign.
        QString why;
        QVERIFY(!outbox->canSendForSignature(id, &why));
        QVERIFY2(why.contains(o.reference), qPrintable(why));
        QVERIFY(!outbox->sendForSignature(id, signer()));
        QVERIFY(!outbox->lastError().isEmpty());
        QCOMPARE(checklist(id).size(), 1);
        QCOMPARE(checklist(id).first().forms, 3); // Germany: one form per number or range
        QVERIFY(!checklist(id).first().generated);

        outbox->start();
        QVERIFY(runUntil([&] { return status(id) == DraftStatus::PortingPaperwork; }, 20, 6));
        passTime(5, 10); // time passes: no envelope by itself
        QCOMPARE(m_carrier.envelopePosts, 0);
        QVERIFY(m_store->remoteDetails(id)->envelopeId.isEmpty());

        // The rep produced the forms: noted once, the first time kept.
        const QDateTime first = m_now;
        QVERIFY(outbox->noteFormsGenerated(id));
        m_now = m_now.addSecs(60);
        QVERIFY(outbox->noteFormsGenerated(id));
        QCOMPARE(m_store->remoteDetails(id)->formsGenerated, first);
        QVERIFY(checklist(id).first().generated);
        QVERIFY(!checklist(id).first().sentForSignature);

        QVERIFY2(outbox->canSendForSignature(id, &why), qPrintable(why));
        QVERIFY2(outbox->sendForSignature(id, signer()), qPrintable(outbox->lastError()));
        QCOMPARE(m_store->loadDraft(id)->order.signatory.email,
                 QStringLiteral("signer@contoso.example.com"));
        QVERIFY(!outbox->canSendForSignature(id)); // on its way
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        QCOMPARE(m_carrier.envelopePosts, 1);
        // The documents were laid out on a worker thread: the window kept answering.
        QVERIFY(m_documentsBuiltOn.load() && m_documentsBuiltOn.load() != QThread::currentThread());
        QVERIFY(!outbox->canSendForSignature(id, &why)); // out for signature
        QVERIFY(!why.isEmpty());

        // One envelope: the contract and the three forms, for the given signatory.
        const QJsonObject envelope = lastEnvelopeBody();
        QVERIFY(envelope.value(QLatin1String("emailSubject"))
                    .toString()
                    .contains(QLatin1String("porting paperwork")));
        const QJsonArray docs = envelope.value(QLatin1String("documents")).toArray();
        QCOMPARE(docs.size(), 4);
        for (int i = 0; i < docs.size(); ++i) {
            QCOMPARE(docs.at(i).toObject().value(QLatin1String("documentId")).toString(),
                     QString::number(i + 1));
            QCOMPARE(docs.at(i).toObject().value(QLatin1String("fileExtension")).toString(),
                     QStringLiteral("pdf"));
        }
        QCOMPARE(docs.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Contract"));
        const QJsonObject s = firstSigner(envelope);
        QCOMPARE(s.value(QLatin1String("email")).toString(),
                 QStringLiteral("signer@contoso.example.com"));
        QCOMPARE(s.value(QLatin1String("name")).toString(), QStringLiteral("Sam Signer"));
        // Germany's forms need the company stamp: a stamp tab that is skipped where the
        // anchor is missing (the contract has no stamp box).
        const QJsonArray signHere = s.value(QLatin1String("tabs"))
                                        .toObject()
                                        .value(QLatin1String("signHereTabs"))
                                        .toArray();
        QCOMPARE(signHere.size(), 2);
        const QJsonObject stamp = signHere.at(1).toObject();
        QCOMPARE(stamp.value(QLatin1String("stampType")).toString(), QStringLiteral("stamp"));
        QCOMPARE(stamp.value(QLatin1String("anchorString")).toString(), QStringLiteral("/st1/"));
        QCOMPARE(stamp.value(QLatin1String("anchorIgnoreIfNotPresent")).toString(),
                 QStringLiteral("true"));
        QVERIFY(signHere.at(0).toObject().value(QLatin1String("stampType")).isUndefined());
        QVERIFY(checklist(id).first().sentForSignature);
        QVERIFY(!checklist(id).first().signedByCustomer);

        // Signed: the signed PDF is kept with the draft, and the carrier is told.
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("completed");
        QVERIFY(runUntil([&] { return m_store->remoteDetails(id)->paperworkSent.isValid(); }));
        const RemoteDetails r = m_store->remoteDetails(id).value();
        QVERIFY(r.signedKept.isValid());
        QVERIFY(r.problem.isEmpty());
        const std::optional<StoredDocument> kept =
            m_store->document(id, QStringLiteral("signed")).value();
        QVERIFY(kept.has_value());
        QVERIFY(kept->data.startsWith("%PDF"));
        QCOMPARE(kept->name, o.reference + QStringLiteral("-signed.pdf"));
        const QList<RecordedRequest> patches =
            requestsTo(QStringLiteral("/productOrder/po-1"), "PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().header("Content-Type"),
                 QByteArray("application/json;charset=utf-8"));
        const QJsonObject patch = QJsonDocument::fromJson(patches.first().body).object();
        QVERIFY(!patch.value(QLatin1String("productOrderItem")).toArray().isEmpty());
        QJsonObject note;
        for (const QJsonValue &n : patch.value(QLatin1String("note")).toArray())
            if (n.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("signedPaperwork"))
                note = n.toObject();
        QCOMPARE(note.value(QLatin1String("author")).toString(), QStringLiteral("Order Desk"));
        QVERIFY(note.value(QLatin1String("text")).toString().contains(QLatin1String("env-1")));
        QVERIFY(QDateTime::fromString(note.value(QLatin1String("date")).toString(), Qt::ISODate)
                    .isValid());
        const PaperworkItem item = checklist(id).first();
        QVERIFY(item.generated && item.sentForSignature && item.signedByCustomer &&
                item.sentToCarrier && !item.declined);
        bool told = false;
        for (const QList<QVariant> &args : std::as_const(updated))
            told = told || args.at(1).toString().contains(QLatin1String("sent to the carrier"));
        QVERIFY(told);
        QVERIFY(!outbox->canSendForSignature(id)); // signed already
        // Nothing is sent twice while the order keeps being polled.
        passTime(5, 60);
        QCOMPARE(requestsTo(QStringLiteral("/productOrder/po-1"), "PATCH").size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/documents/combined"), "GET").size(), 1);
        QCOMPARE(m_carrier.envelopePosts, 1);
        QCOMPARE(outbox->pendingJobs(), 0);
    }

    void declinedPaperworkIsSentAgainAsANewEnvelope()
    {
        auto outbox = makeOutbox();
        const qint64 id = submittedPortingOrder(outbox.get());
        QVERIFY(id > 0);
        QVERIFY(outbox->sendForSignature(id, signer()));
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("declined");
        QVERIFY(runUntil([&] {
            return m_store->remoteDetails(id)->envelopeStatus == QLatin1String("declined");
        }));
        const QString problem = m_store->remoteDetails(id)->problem;
        QVERIFY2(problem.contains(QLatin1String("declined")) &&
                     problem.contains(QLatin1String("send it for signature again")),
                 qPrintable(problem));
        QCOMPARE(status(id), DraftStatus::PortingPaperwork);
        QVERIFY(checklist(id).first().declined);
        QVERIFY(!checklist(id).first().sentForSignature);

        // A poll that had finished (here: marked done by hand) is started again by the send.
        QTRY_VERIFY(outbox->state() != Outbox::State::Sending);
        OutboxJob poll = onlyJob(id, OutboxJob::Kind::Poll);
        poll.state = OutboxJob::State::Done;
        QVERIFY(m_store->updateJob(poll));

        QString why;
        QVERIFY2(outbox->canSendForSignature(id, &why), qPrintable(why));
        QVERIFY(outbox->sendForSignature(id, signer()));
        QVERIFY(m_store->remoteDetails(id)->problem.isEmpty());
        const QList<OutboxJob> waiting = m_store->waitingJobs(id).value();
        QVERIFY(std::any_of(waiting.cbegin(), waiting.cend(),
                            [](const OutboxJob &j) { return j.kind == OutboxJob::Kind::Poll; }));
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-2"));
        QCOMPARE(m_carrier.envelopePosts, 2);
        QCOMPARE(m_store->remoteDetails(id)->envelopeStatus, QStringLiteral("sent"));
        QVERIFY(!checklist(id).first().declined);
        QVERIFY(checklist(id).first().sentForSignature);
        // The new envelope is the one followed: signed, it is kept and sent.
        m_carrier.envelopes[QStringLiteral("env-2")] = QStringLiteral("completed");
        QVERIFY(runUntil([&] { return m_store->remoteDetails(id)->paperworkSent.isValid(); }));
        QVERIFY(QJsonDocument::fromJson(
                    requestsTo(QStringLiteral("/productOrder/po-1"), "PATCH").first().body)
                    .toJson()
                    .contains("env-2"));
    }

    void lostPaperworkEnvelopeReplyIsLookedUp_data()
    {
        QTest::addColumn<bool>("committed");
        QTest::newRow("reply lost") << true;    // made: found by the look-up, not sent again
        QTest::newRow("request lost") << false; // not made: the declined one is not taken
    }
    void lostPaperworkEnvelopeReplyIsLookedUp()
    {
        QFETCH(bool, committed);
        auto outbox = makeOutbox();
        const qint64 id = submittedPortingOrder(outbox.get());
        QVERIFY(id > 0);
        QVERIFY(outbox->sendForSignature(id, signer()));
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("declined");
        QVERIFY(runUntil(
            [&] { return m_store->remoteDetails(id)->envelopeStatus == QLatin1String("declined"); },
            20, 5));
        int lost = 0;
        auto isEnvelopePost = [](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/envelopes"));
        };
        if (committed)
            m_carrier.dropAfterCommit = [&](const RecordedRequest &r) {
                return isEnvelopePost(r) && lost++ == 0;
            };
        else
            m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
                if (isEnvelopePost(r) && lost++ == 0)
                    return ScriptedReply::failure(QNetworkReply::RemoteHostClosedError);
                return std::nullopt;
            };
        QVERIFY(outbox->sendForSignature(id, signer()));
        QTRY_COMPARE(m_store->waitingJobs(id)->size(), 2); // the envelope's and the poll
        QTRY_VERIFY([&] {
            const QList<OutboxJob> waiting = m_store->waitingJobs(id).value();
            for (const OutboxJob &j : waiting)
                if (j.kind == OutboxJob::Kind::CreateEnvelope)
                    return j.attempts == 1 && j.maybeSent;
            return false;
        }());
        QCOMPARE(lost, 1);
        QVERIFY(m_store->remoteDetails(id)->envelopeId.isEmpty());
        QVERIFY(!outbox->canSendForSignature(id)); // an attempt may have arrived
        m_now = m_now.addSecs(3);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-2"));
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "GET").size(), 1); // the look-up
        QCOMPARE(requestsTo(QStringLiteral("/envelopes"), "POST").size(), committed ? 2 : 3);
        QCOMPARE(m_carrier.envelopes.size(), 2);
        QCOMPARE(m_store->remoteDetails(id)->envelopeStatus, QStringLiteral("sent"));
    }

    void declinedContractIsSentAgainToACorrectedSignatory()
    {
        const Order o = order();
        const qint64 id = queue(o);
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        QString why;
        QVERIFY(!outbox->canSendForSignature(id, &why)); // out, not declined
        QVERIFY(!why.isEmpty());
        m_carrier.pollState = QStringLiteral("held");
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("declined");
        QVERIFY(runUntil([&] {
            return m_store->remoteDetails(id)->envelopeStatus == QLatin1String("declined");
        }));
        QCOMPARE(status(id), DraftStatus::AwaitingSignature);
        QVERIFY(m_store->summary(id)->problem.contains(QLatin1String("declined")));
        QVERIFY(paperworkChecklist(o, m_catalog, m_store->remoteDetails(id).value()).isEmpty());

        // A wrong address is refused before anything is stored.
        QVERIFY(!outbox->sendForSignature(id, signer(QStringLiteral("not an address"))));
        QVERIFY(outbox->canSendForSignature(id, &why));
        const QString corrected = QStringLiteral("corrected@contoso.example.com");
        QVERIFY(outbox->sendForSignature(id, signer(corrected)));
        QCOMPARE(m_store->loadDraft(id)->order.signatory.email, corrected);
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-2"));
        const QJsonObject envelope = lastEnvelopeBody();
        QCOMPARE(firstSigner(envelope).value(QLatin1String("email")).toString(), corrected);
        QCOMPARE(envelope.value(QLatin1String("emailSubject")).toString(),
                 QStringLiteral("Please sign: Operator Connect order %1").arg(o.reference));
        QCOMPARE(envelope.value(QLatin1String("documents")).toArray().size(), 1);
        const QJsonArray signHere = firstSigner(envelope)
                                        .value(QLatin1String("tabs"))
                                        .toObject()
                                        .value(QLatin1String("signHereTabs"))
                                        .toArray();
        QCOMPARE(signHere.size(), 1); // no stamp on the signature path
        QVERIFY(m_store->summary(id)->problem.isEmpty());

        // Signed: kept with the draft; the signature path sends no paperwork.
        m_carrier.envelopes[QStringLiteral("env-2")] = QStringLiteral("completed");
        m_carrier.pollState = QStringLiteral("inProgress");
        QVERIFY(runUntil([&] { return m_store->remoteDetails(id)->signedKept.isValid(); }));
        QVERIFY(m_store->document(id, QStringLiteral("signed")).value().has_value());
        QVERIFY(runUntil([&] { return status(id) == DraftStatus::InProgress; }));
        QVERIFY(requestsTo(QStringLiteral("/productOrder/po-1"), "PATCH").isEmpty());
        m_carrier.pollState = QStringLiteral("completed");
        QVERIFY(runUntil([&] { return status(id) == DraftStatus::Completed; }));
        QVERIFY(!outbox->canSendForSignature(id, &why)); // finished at the carrier
        QVERIFY(why.contains(QLatin1String("finished")));
    }

    void paperworkPatchIsRetriedAfterServerErrors()
    {
        auto outbox = makeOutbox();
        const qint64 id = submittedPortingOrder(outbox.get());
        QVERIFY(id > 0);
        int failures = 0;
        m_carrier.fault = [&](const RecordedRequest &r) -> std::optional<ScriptedReply> {
            if (r.verb == "PATCH" && failures < 2) {
                ++failures;
                return ScriptedReply::json(
                    503, json(QJsonObject{{QStringLiteral("code"), QStringLiteral("503")}}));
            }
            return std::nullopt;
        };
        QVERIFY(outbox->sendForSignature(id, signer()));
        QTRY_COMPARE(m_store->remoteDetails(id)->envelopeId, QStringLiteral("env-1"));
        m_carrier.envelopes[QStringLiteral("env-1")] = QStringLiteral("completed");
        QVERIFY(runUntil([&] { return failures == 2; }, 40, 5));
        const OutboxJob waiting = onlyJob(id, OutboxJob::Kind::SendPaperwork);
        QCOMPARE(waiting.state, OutboxJob::State::Waiting);
        QVERIFY(waiting.attempts >= 1);
        QVERIFY(!m_store->remoteDetails(id)->paperworkSent.isValid());
        QVERIFY(runUntil([&] { return m_store->remoteDetails(id)->paperworkSent.isValid(); }));
        const QList<RecordedRequest> patches =
            requestsTo(QStringLiteral("/productOrder/po-1"), "PATCH");
        QCOMPARE(patches.size(), 3);
        // Every attempt carries the same body: a repeat changes nothing at the carrier.
        QCOMPARE(patches.at(0).body, patches.at(2).body);
        QCOMPARE(m_carrier.patches.size(), 1);
        QCOMPARE(onlyJob(id, OutboxJob::Kind::SendPaperwork).state, OutboxJob::State::Done);
    }

    void restartResumesWaitingJobs()
    {
        const qint64 id = queue(order());
        m_carrier.dropAfterCommit = [](const RecordedRequest &r) {
            return r.verb == "POST";
        };
        {
            auto first = makeOutbox();
            QVERIFY(first->submit(id));
            first->start();
            QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts, 1);
        } // the app quits with the reply lost
        m_carrier.dropAfterCommit = nullptr;
        m_now = m_now.addSecs(60);
        auto second = makeOutbox();
        second->start();
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
        QCOMPARE(m_carrier.posts, 1);
        QCOMPARE(m_carrier.orders.size(), 1);
    }

    void queuedOrderWithoutJobIsPickedUp()
    {
        // Queued by a version without the outbox (or before submit() could store the job).
        const qint64 id = queue(order());
        auto outbox = makeOutbox();
        outbox->start();
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
    }

    void withdrawBeforeSending()
    {
        const qint64 id = queue(order());
        auto outbox = makeOutbox(); // not started: nothing goes out
        QVERIFY(outbox->submit(id));
        QVERIFY(outbox->canWithdraw(id));
        QVERIFY(outbox->withdraw(id));
        QCOMPARE(status(id), DraftStatus::Draft);
        QCOMPARE(outbox->queuedOrders(), 0);
        QVERIFY(!outbox->canWithdraw(id));
        outbox->start();
        QTest::qWait(50);
        QCOMPARE(m_carrier.posts, 0);
        QCOMPARE(status(id), DraftStatus::Draft);
    }

    void unauthorizedWaitsForTheRep()
    {
        const qint64 id = queue(order());
        bool refuse = true;
        m_carrier.fault = [&](const RecordedRequest &) -> std::optional<ScriptedReply> {
            if (refuse)
                return ScriptedReply::json(401, "{}");
            return std::nullopt;
        };
        // No way to a new token in this test: the authenticator fails at once.
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE(onlyJob(id, OutboxJob::Kind::SubmitOrder).attempts, 1);
        QTRY_COMPARE(outbox->state(), Outbox::State::Error);
        QVERIFY(!outbox->lastError().isEmpty());
        QCOMPARE(status(id), DraftStatus::Queued);
        // Without a token nothing is tried again, however long one waits: the rep is not
        // asked to sign in over and over.
        const int asked = m_network->requests.size();
        QVERIFY(!runUntil([&] { return m_network->requests.size() > asked; }, 10, 600));
        refuse = false;
        m_auth->setAccessTokenForTesting(QStringLiteral("fresh"));
        outbox->retryNow();
        QTRY_COMPARE(status(id), DraftStatus::Submitted);
    }

    void twentyOrdersThroughAFaultyCarrier()
    {
        // Every third request fails with 503 and two replies are lost after the carrier did
        // the work: still exactly one order upstream per draft, and every one completes.
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i) {
            Order o = order();
            o.reference = QStringLiteral("OD-2026-%1").arg(0xA000 + i, 8, 16, QLatin1Char('0'));
            ids << queue(o);
        }
        int count = 0;
        int dropped = 0;
        m_carrier.fault = [&](const RecordedRequest &) -> std::optional<ScriptedReply> {
            if (++count % 3 == 0)
                return ScriptedReply::json(503, json(QJsonObject{{QStringLiteral("code"), 503}}));
            return std::nullopt;
        };
        m_carrier.dropAfterCommit = [&](const RecordedRequest &r) {
            return r.verb == "POST" && r.url().path().endsWith(QLatin1String("/productOrder")) &&
                   (m_carrier.posts == 2 || m_carrier.posts == 5) && ++dropped <= 2;
        };
        m_carrier.pollState = QStringLiteral("completed");
        m_carrier.honourIdempotencyKey = false; // the look-up alone must prevent duplicates
        auto outbox = makeOutbox();
        for (const qint64 id : std::as_const(ids))
            QVERIFY(outbox->submit(id));
        outbox->start();
        QVERIFY(runUntil(
            [&] {
                for (const qint64 id : std::as_const(ids))
                    if (status(id) != DraftStatus::Completed)
                        return false;
                return true;
            },
            400, 20));
        QCOMPARE(m_carrier.orders.size(), 20);
        QSet<QString> references;
        for (const Carrier::RemoteOrder &o : std::as_const(m_carrier.orders))
            references.insert(o.externalId);
        QCOMPARE(references.size(), 20);
        QCOMPARE(dropped, 2);
    }

    void defaultContractIsAPdf()
    {
        const QByteArray pdf = orderSummaryPdf(order());
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 500);
    }
};

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
