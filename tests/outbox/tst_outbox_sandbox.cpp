// The outbox against the real sandbox server, in process, over loopback HTTP: the issue's
// scenarios with the sandbox's own fault switches and its order and envelope clocks.
#include "../common/Fixtures.h"
#include "SandboxServer.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestOutboxSandbox : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sync::Authenticator> m_auth;
    std::unique_ptr<sync::ApiClient> m_api;

    std::unique_ptr<Outbox> makeOutbox()
    {
        Outbox::Options o;
        o.backoff.firstMs = 40;
        o.backoff.capMs = 300;
        o.pollFirstMs = 40;
        o.pollCapMs = 200;
        o.probeIntervalMs = 50;
        o.tickMs = 10;
        o.useNetworkInformation = false;
        return std::make_unique<Outbox>(m_store.get(), m_api.get(), m_catalog, o);
    }

    qint64 queue(const QString &reference, const QString &signerEmail = {})
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.reference = reference;
        // The sandbox's own reservation: the order must carry numbers it handed out.
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validationRequested = true;
        office.validatedAddressId.clear();
        office.geocode.reset();
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = true;
        if (!signerEmail.isEmpty())
            o.signatory.email = signerEmail;
        const Result<qint64> id = m_store->createDraft(o, DraftStatus::Queued);
        return id ? id.value() : 0;
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.orderStepMs = 60;
        config.envelopeStepMs = 60;
        config.acceptTokens = {QStringLiteral("outbox-test-token")};
        m_sandbox = std::make_unique<sandbox::SandboxServer>(config);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DraftStore>();
        DraftStore::Options so;
        so.backups = false;
        QVERIFY(m_store->open(m_dir->path(), so).ok());
        m_network = std::make_unique<QNetworkAccessManager>();
        const sync::Endpoints endpoints = sync::Endpoints::forAll(QUrl(m_sandbox->baseUrl()));
        m_auth = std::make_unique<sync::Authenticator>(m_network.get(), endpoints,
                                                       sync::makeMemoryTokenStore());
        m_auth->setAccessTokenForTesting(QStringLiteral("outbox-test-token"));
        m_api = std::make_unique<sync::ApiClient>(m_network.get(), endpoints, m_auth.get());
    }

    void cleanup()
    {
        m_api.reset();
        m_auth.reset();
        m_network.reset();
        m_store.reset();
        m_dir.reset();
        m_sandbox.reset();
    }

    void twentyOrdersThroughFaults()
    {
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i)
            ids << queue(QStringLiteral("OD-2026-%1").arg(0xB000 + i, 8, 16, QLatin1Char('0')));
        sandbox::Faults faults;
        faults.failEvery = 3;
        faults.dropNext = 2;
        faults.pathPrefix = QStringLiteral("/tmf-api/productOrderingManagement");
        m_sandbox->setFaults(faults);
        auto outbox = makeOutbox();
        for (const qint64 id : std::as_const(ids))
            QVERIFY(outbox->submit(id));
        outbox->start();
        auto allCompleted = [&] {
            for (const qint64 id : std::as_const(ids))
                if (m_store->summary(id)->status != DraftStatus::Completed)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allCompleted(), 25000);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats.value(QLatin1String("orders")).toInt(), 20);
        QVERIFY(stats.value(QLatin1String("duplicateExternalIds")).toArray().isEmpty());
        QCOMPARE(m_sandbox->faults().dropNext, 0); // both replies were lost
        for (const qint64 id : std::as_const(ids)) {
            const DraftSummary s = m_store->summary(id).value();
            QCOMPARE(s.remoteState, QStringLiteral("completed"));
            QCOMPARE(s.envelopeStatus, QStringLiteral("completed"));
            QVERIFY(s.handlingDate.isValid());
        }
    }

    void lostEnvelopeReplyMakesOneEnvelope()
    {
        // Two drops: the reply and QNetworkAccessManager's own resend are lost, the outbox
        // sees the loss, looks the envelope up by the order reference and never posts again.
        const qint64 id = queue(QStringLiteral("OD-2026-0000D001"));
        sandbox::Faults faults;
        faults.dropNext = 2;
        faults.pathPrefix = QStringLiteral("/restapi");
        m_sandbox->setFaults(faults);
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->summary(id)->status, DraftStatus::Completed, 15000);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(m_sandbox->faults().dropNext, 0);
        QCOMPARE(stats.value(QLatin1String("envelopes")).toInt(), 1);
        QCOMPARE(m_store->summary(id)->envelopeStatus, QStringLiteral("completed"));
    }

    void garbledEnvelopeReplyMakesOneEnvelope()
    {
        const qint64 id = queue(QStringLiteral("OD-2026-0000D002"));
        sandbox::Faults faults;
        faults.malformedNext = 1;
        faults.pathPrefix = QStringLiteral("/restapi");
        m_sandbox->setFaults(faults);
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->summary(id)->status, DraftStatus::Completed, 15000);
        QCOMPARE(m_sandbox->faults().malformedNext, 0);
        QCOMPARE(m_sandbox->stats().value(QLatin1String("envelopes")).toInt(), 1);
    }

    void lostReservationReplyHoldsOneReservation()
    {
        const qint64 id = queue(QStringLiteral("OD-2026-0000E001"));
        sandbox::Faults faults;
        faults.dropNext = 2;
        faults.pathPrefix = QStringLiteral("/tmf-api/resourcePool");
        m_sandbox->setFaults(faults);
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_store->loadDraft(id)->order.countries[0].offices[0].reservationId.isEmpty(), 15000);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(m_sandbox->faults().dropNext, 0);
        QCOMPARE(stats.value(QLatin1String("reservations")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("activeReservations")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("numbersIssued")).toInt(), 5);
        QCOMPARE(m_store->loadDraft(id)->order.countries[0].offices[0].reservedNumbers.size(), 5);
    }

    void declinedEnvelopeShowsOnTheDraft()
    {
        // The sandbox declines for a signer whose e-mail address says so.
        const qint64 id = queue(QStringLiteral("OD-2026-0000C001"),
                                QStringLiteral("decline.kim@contoso.example.com"));
        auto outbox = makeOutbox();
        QVERIFY(outbox->submit(id));
        outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->summary(id)->envelopeStatus, QStringLiteral("declined"),
                                  10000);
        const DraftSummary s = m_store->summary(id).value();
        QVERIFY2(s.problem.contains(QLatin1String("declined")), qPrintable(s.problem));
        QCOMPARE(s.status, DraftStatus::AwaitingSignature);
    }
};

QTEST_MAIN(TestOutboxSandbox)
#include "tst_outbox_sandbox.moc"
