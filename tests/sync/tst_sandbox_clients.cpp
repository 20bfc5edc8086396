// The clients against the real sandbox over loopback HTTP: PKCE sign-in, then every service
// once. The sandbox checks requests against the official specs, so a body it refuses is a bug
// here.

#include "../common/Fixtures.h"
#include "sync/AccountClient.h"
#include "sync/AddressClient.h"
#include "sync/Authenticator.h"
#include "sync/NumberClient.h"
#include "sync/OrderingClient.h"
#include "sync/SignatureClient.h"
#include "sync/TmfMapping.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QtTest>

using namespace od;
using namespace od::sync;

namespace {
template <typename F> bool waitFor(F &&done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}
} // namespace

class TstSandboxClients : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QUrl m_base;
    QNetworkAccessManager m_network;
    Authenticator *m_auth = nullptr;
    ApiClient *m_api = nullptr;
    QObject m_context;

private slots:
    void initTestCase()
    {
        m_sandbox.setProgram(QStringLiteral(ORDERDESK_SANDBOX));
        m_sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--order-step-ms"), QStringLiteral("50"),
                                QStringLiteral("--envelope-step-ms"), QStringLiteral("50")});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted(5000));
        QVERIFY(waitFor([this] { return m_sandbox.canReadLine(); }, 5000));
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        m_base = QUrl(line.section(QLatin1Char(' '), -1));
        QVERIFY2(m_base.isValid() && m_base.port() > 0, qPrintable(line));
        const Endpoints endpoints = Endpoints::forAll(m_base);
        m_auth = new Authenticator(&m_network, endpoints, makeMemoryTokenStore(), this);
        m_api = new ApiClient(&m_network, endpoints, m_auth, this);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(3000))
            m_sandbox.kill();
    }

    void signsInWithPkce()
    {
        QSignalSpy ready(m_auth, &Authenticator::tokenReady);
        QSignalSpy failed(m_auth, &Authenticator::failed);
        QSignalSpy browser(m_auth, &Authenticator::openBrowser);
        m_auth->ensureToken();
        QVERIFY(waitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(m_auth->hasValidToken());
        QCOMPARE(browser.size(), 0);
    }

    void accountsAndConsent()
    {
        AccountClient client(m_api);
        QList<BillingAccount> accounts;
        ApiResponse resp;
        bool done = false;
        client.billingAccounts(QStringLiteral("100200300"), &m_context,
                               [&](const ApiResponse &r, const QList<BillingAccount> &l) {
                                   resp = r;
                                   accounts = l;
                                   done = true;
                               });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(accounts.size(), 4);
        QVERIFY(AccountClient::emailMatches(accounts, QStringLiteral(" IT@Contoso.example ")));
        ConsentStatus status = ConsentStatus::None;
        done = false;
        client.consent(QStringLiteral("33333333-4444-4555-8666-777777777777"), &m_context,
                       [&](const ApiResponse &r, ConsentStatus s) {
                           resp = r;
                           status = s;
                           done = true;
                       });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(status, ConsentStatus::Pending);
    }

    void validateReserveOrderAndSign()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order order = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 3, 1);
        order.customer.ocn = QStringLiteral("100200300");
        order.customer.accountEmail = QStringLiteral("it@contoso.example");
        CountryOrder &de = order.countries.first();
        de.ocn = order.customer.ocn;
        de.bcn = QStringLiteral("7000100201");
        Office &office = de.offices.first();

        AddressClient addresses(m_api);
        AddressValidationResult validation;
        ApiResponse resp;
        bool done = false;
        addresses.validate(office.address, &m_context,
                           [&](const ApiResponse &r, const AddressValidationResult &v) {
                               resp = r;
                               validation = v;
                               done = true;
                           });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(),
                 qPrintable(resp.error.text() + QLatin1Char(' ') + QString::fromUtf8(resp.body)));
        if (validation.outcome == AddressValidationResult::Outcome::Success) {
            QVERIFY(!validation.addressId.isEmpty());
            QVERIFY(validation.geocode.has_value());
            office.validatedAddressId = validation.addressId;
            office.geocode = validation.geocode;
        }

        NumberClient numbers(m_api);
        NumberReservation reservation;
        done = false;
        numbers.reserve(ReservationRequest{order.customer.ocn, office.validatedAddressId,
                                           QStringLiteral("DE"), office.areaCode,
                                           office.userNumbers, office.resourceAccountNumbers},
                        &m_context, [&](const ApiResponse &r, const NumberReservation &n) {
                            resp = r;
                            reservation = n;
                            done = true;
                        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(),
                 qPrintable(resp.error.text() + QLatin1Char(' ') + QString::fromUtf8(resp.body)));
        QCOMPARE(reservation.numbers.size(), office.totalNumbers);
        office.reservationId = reservation.id;
        office.reservedNumbers = reservation.numbers;

        OrderingClient ordering(m_api);
        const QJsonObject body = productOrderFromOrder(order, catalog);
        RemoteOrder created;
        done = false;
        ordering.create(body, &m_context, [&](const ApiResponse &r, const RemoteOrder &o) {
            resp = r;
            created = o;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(),
                 qPrintable(resp.error.text() + QLatin1Char(' ') + QString::fromUtf8(resp.body)));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.externalId, order.reference);

        // The same order again: the idempotency key gives back the first one.
        RemoteOrder again;
        done = false;
        ordering.create(body, &m_context, [&](const ApiResponse &r, const RemoteOrder &o) {
            resp = r;
            again = o;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(again.id, created.id);

        QList<RemoteOrder> found;
        done = false;
        ordering.findByExternalId(order.reference, &m_context,
                                  [&](const ApiResponse &r, const QList<RemoteOrder> &l) {
                                      resp = r;
                                      found = l;
                                      done = true;
                                  });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, created.id);

        SignatureClient signature(m_api);
        EnvelopeRequest envelope;
        envelope.emailSubject = QStringLiteral("Contract %1").arg(order.reference);
        envelope.signerName = order.signatory.name;
        envelope.signerEmail = order.signatory.email;
        envelope.orderReference = order.reference;
        envelope.documents = {EnvelopeDocument{QStringLiteral("Contract"),
                                               QByteArray("%PDF-1.4\n/sn1/ /ds1/\n%%EOF\n")}};
        Envelope env;
        done = false;
        signature.create(envelope, &m_context, [&](const ApiResponse &r, const Envelope &e) {
            resp = r;
            env = e;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(),
                 qPrintable(resp.error.text() + QLatin1Char(' ') + QString::fromUtf8(resp.body)));
        QVERIFY(!env.id.isEmpty());
        done = false;
        signature.get(env.id, &m_context, [&](const ApiResponse &r, const Envelope &e) {
            resp = r;
            env = e;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QVERIFY(!env.status.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSandboxClients)
#include "tst_sandbox_clients.moc"
