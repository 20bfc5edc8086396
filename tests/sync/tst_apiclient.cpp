// ApiClient: headers, tokens (401 → refresh → one retry), and how replies are classified.

#include "FakeNetwork.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace od;
using namespace od::sync;
using od::test::FakeNetwork;
using od::test::RecordedRequest;
using od::test::ScriptedReply;

Q_DECLARE_METATYPE(od::sync::ApiError::Kind)

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("orderdesk"))
        g_log << message;
}

Endpoints endpoints(const QString &root = QStringLiteral("https://carrier.example.com"))
{
    return Endpoints::forAll(QUrl(root));
}

ApiRequest orderRequest()
{
    ApiRequest r;
    r.service = Service::Ordering;
    r.method = "POST";
    r.path = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("OD-1")}});
    r.idempotencyKey = "OD-1";
    return r;
}

ApiResponse call(ApiClient &api, const ApiRequest &request, QObject *context = nullptr)
{
    QObject local;
    ApiResponse out;
    bool done = false;
    api.send(request, context ? context : &local, [&](const ApiResponse &r) {
        out = r;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!done)
        out.error.message = QStringLiteral("test: no answer");
    return out;
}

bool isApi(const RecordedRequest &r)
{
    return r.url().path().startsWith(QLatin1String("/tmf-api"));
}

} // namespace

class TstApiClient : public QObject
{
    Q_OBJECT

private slots:
    void headersAreSent()
    {
        FakeNetwork net;
        net.script({ScriptedReply::json(201, R"({"id":"po-1"})")});
        Authenticator auth(&net, endpoints(), makeMemoryTokenStore());
        auth.setAccessTokenForTesting(QStringLiteral("tok-1"));
        ApiClient api(&net, endpoints(), &auth);
        const ApiResponse r = call(api, orderRequest());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(r.json.object().value(QLatin1String("id")).toString(), QStringLiteral("po-1"));
        QCOMPARE(net.requests.size(), 1);
        const RecordedRequest &rec = net.requests.first();
        QCOMPARE(
            rec.url().toString(),
            QStringLiteral(
                "https://carrier.example.com/tmf-api/productOrderingManagement/v4/productOrder"));
        QCOMPARE(rec.verb, QByteArray("POST"));
        QCOMPARE(rec.header("Authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(rec.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QCOMPARE(rec.header("Accept"), QByteArray("application/json"));
        QCOMPARE(rec.header("Idempotency-Key"), QByteArray("OD-1"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(rec.header("X-Request-ID"))).isNull());
        QCOMPARE(r.requestId, rec.header("X-Request-ID"));
        QCOMPARE(QJsonDocument::fromJson(rec.body)
                     .object()
                     .value(QLatin1String("externalId"))
                     .toString(),
                 QStringLiteral("OD-1"));
        QVERIFY(rec.request.transferTimeout() > 0);
    }

    void getHasNoBodyHeadersAndQueryIsSent()
    {
        FakeNetwork net;
        net.script({ScriptedReply::json(200, "[]")});
        ApiClient api(&net, endpoints(), nullptr);
        ApiRequest r;
        r.path = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");
        r.query.addQueryItem(QStringLiteral("externalId"), QStringLiteral("OD-2"));
        QVERIFY(call(api, r).ok());
        const RecordedRequest &rec = net.requests.first();
        QCOMPARE(rec.verb, QByteArray("GET"));
        QVERIFY(rec.header("Content-Type").isEmpty());
        QVERIFY(rec.header("Idempotency-Key").isEmpty());
        QCOMPARE(QUrlQuery(rec.url()).queryItemValue(QStringLiteral("externalId")),
                 QStringLiteral("OD-2"));
    }

    void expiredTokenIsRefreshedAndTheRequestRepeatedOnce()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/token"))
                return ScriptedReply::json(
                    200,
                    R"({"access_token":"tok-2","token_type":"Bearer","expires_in":3600,"refresh_token":"refresh-2"})");
            if (r.header("Authorization") == "Bearer tok-2")
                return ScriptedReply::json(201, R"({"id":"po-1"})");
            return ScriptedReply::json(401, R"({"code":"401","reason":"token expired"})");
        });
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("refresh-1"));
        TokenStore *storePtr = store.get();
        Authenticator auth(&net, endpoints(), std::move(store));
        auth.setAccessTokenForTesting(QStringLiteral("tok-1"));
        ApiClient api(&net, endpoints(), &auth);
        const ApiResponse r = call(api, orderRequest());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(net.requests.size(), 3);
        QVERIFY(isApi(net.requests.at(0)));
        QCOMPARE(net.requests.at(1).url().path(), QStringLiteral("/oauth/token"));
        const QUrlQuery form(QString::fromLatin1(net.requests.at(1).body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("orderdesk-desktop"));
        QCOMPARE(net.requests.at(2).header("Authorization"), QByteArray("Bearer tok-2"));
        // Each attempt has its own request id; the idempotency key stays.
        QVERIFY(net.requests.at(0).header("X-Request-ID") !=
                net.requests.at(2).header("X-Request-ID"));
        QCOMPARE(net.requests.at(2).header("Idempotency-Key"), QByteArray("OD-1"));
        QCOMPARE(r.requestId, net.requests.at(2).header("X-Request-ID"));
        // The rotated refresh token is kept; the access token's expiry is tracked.
        QString stored;
        storePtr->read(this, [&](const QString &t) { stored = t; });
        QTRY_COMPARE(stored, QStringLiteral("refresh-2"));
        QVERIFY(auth.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
    }

    void concurrentRefusalsRenewTheTokenOnce()
    {
        // Two calls sent with the old token; the second's 401 arrives after the first has
        // already renewed it: the new token is used, not thrown away and renewed again.
        FakeNetwork net;
        int apiCalls = 0;
        net.setHandler([&apiCalls](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/token"))
                return ScriptedReply::json(200, R"({"access_token":"tok-2","expires_in":3600})");
            if (r.header("Authorization") == "Bearer tok-2")
                return ScriptedReply::json(200, "{}");
            ScriptedReply s = ScriptedReply::json(401, "{}");
            s.delayMs = apiCalls++ == 0 ? 0 : 200;
            return s;
        });
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("refresh-1"));
        Authenticator auth(&net, endpoints(), std::move(store));
        auth.setAccessTokenForTesting(QStringLiteral("tok-1"));
        ApiClient api(&net, endpoints(), &auth);
        QObject context;
        int ok = 0;
        api.send(orderRequest(), &context, [&](const ApiResponse &r) { ok += r.ok() ? 1 : 0; });
        api.send(orderRequest(), &context, [&](const ApiResponse &r) { ok += r.ok() ? 1 : 0; });
        QTRY_COMPARE(ok, 2);
        int tokenCalls = 0;
        for (const auto &rec : net.requests)
            tokenCalls += rec.url().path() == QLatin1String("/oauth/token") ? 1 : 0;
        QCOMPARE(tokenCalls, 1);
    }

    void secondRefusalIsUnauthorized()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/token"))
                return ScriptedReply::json(200, R"({"access_token":"tok-2","expires_in":3600})");
            return ScriptedReply::json(401, R"({"code":"401","reason":"no"})");
        });
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("refresh-1"));
        Authenticator auth(&net, endpoints(), std::move(store));
        auth.setAccessTokenForTesting(QStringLiteral("tok-1"));
        ApiClient api(&net, endpoints(), &auth);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r.httpStatus, 401);
        int apiCalls = 0;
        for (const auto &rec : net.requests)
            apiCalls += isApi(rec) ? 1 : 0;
        QCOMPARE(apiCalls, 2);
        QVERIFY(!r.error.retryable());
    }

    void noTokenSignsInFirst()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/token"))
                return ScriptedReply::json(200, R"({"access_token":"tok-new","expires_in":3600})");
            return ScriptedReply::json(200, R"({"status":"active"})");
        });
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("refresh-1"));
        Authenticator auth(&net, endpoints(), std::move(store));
        ApiClient api(&net, endpoints(), &auth);
        ApiRequest req;
        req.service = Service::Accounts;
        req.path = QStringLiteral("/tmf-api/accountManagement/v4/consent");
        const ApiResponse r = call(api, req);
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(net.requests.size(), 2);
        QCOMPARE(net.requests.at(0).url().path(), QStringLiteral("/oauth/token"));
        QCOMPARE(net.requests.at(1).header("Authorization"), QByteArray("Bearer tok-new"));
        // The next call reuses the token.
        QVERIFY(call(api, req).ok());
        QCOMPARE(net.requests.size(), 3);
    }

    void failedSignInIsUnauthorized()
    {
        // No refresh token: interactive sign-in. The authorization server is on loopback, so
        // the client fetches the authorize URL itself; here it refuses.
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/authorize"))
                return ScriptedReply::json(403, R"({"error":"access_denied"})");
            return ScriptedReply::json(200, "{}");
        });
        const Endpoints e = endpoints(QStringLiteral("http://127.0.0.1:9"));
        Authenticator auth(&net, e, makeMemoryTokenStore());
        QSignalSpy browser(&auth, &Authenticator::openBrowser);
        ApiClient api(&net, e, &auth);
        ApiRequest req;
        req.path = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/1");
        const ApiResponse r = call(api, req);
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!auth.lastFailureWasUnreachable());
        QCOMPARE(browser.size(), 0);
        for (const auto &rec : net.requests)
            QVERIFY(!isApi(rec)); // nothing sent without a token
        QVERIFY(!auth.isBusy());
    }

    void unreachableSignInIsOffline()
    {
        // Nothing listens where the services (and their sign-in) should be: that is being
        // offline, to be retried when they are back, not a refusal for the rep to act on.
        QNetworkAccessManager network;
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const quint16 port = gone.serverPort();
        gone.close();
        const Endpoints e = endpoints(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Authenticator auth(&network, e, makeMemoryTokenStore());
        ApiClient api(&network, e, &auth);
        QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(r.error.kind, ApiError::Kind::Offline);
        QVERIFY(r.error.retryable());
        QVERIFY(auth.lastFailureWasUnreachable());
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("netError");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("retryAfterSecs");
        QTest::addColumn<bool>("reached");

        using K = ApiError::Kind;
        QTest::newRow("500") << 500 << 0 << QByteArray(R"({"code":"500","reason":"boom"})")
                             << QByteArray() << K::Server << "500"
                             << "" << -1 << true;
        QTest::newRow("503 html") << 503 << 0 << QByteArray("<html>down</html>") << QByteArray()
                                  << K::Server << ""
                                  << "" << -1 << true;
        QTest::newRow("408") << 408 << 0 << QByteArray() << QByteArray() << K::Timeout << ""
                             << "" << -1 << true;
        QTest::newRow("429") << 429 << 0 << QByteArray() << QByteArray("7") << K::RateLimited << ""
                             << "" << 7 << true;
        QTest::newRow("400 tmf field in message")
            << 400 << 0
            << QByteArray(
                   R"({"code":"ERR42","reason":"Invalid value","message":"field 'externalId' must be unique","status":"400"})")
            << QByteArray() << K::Rejected << "ERR42"
            << "externalId" << -1 << true;
        QTest::newRow("422 field member")
            << 422 << 0
            << QByteArray(R"({"code":"VAL","reason":"Invalid","field":"relatedParty[0].id"})")
            << QByteArray() << K::Rejected << "VAL"
            << "relatedParty[0].id" << -1 << true;
        QTest::newRow("409 areaExhausted")
            << 409 << 0
            << QByteArray(R"({"code":"areaExhausted","reason":"Too few numbers free in area 69"})")
            << QByteArray() << K::Rejected << "areaExhausted"
            << "" << -1 << true;
        QTest::newRow("400 docusign")
            << 400 << 0
            << QByteArray(
                   R"({"errorCode":"INVALID_EMAIL_ADDRESS_FOR_RECIPIENT","message":"The email address for the recipient is invalid."})")
            << QByteArray() << K::Rejected << "INVALID_EMAIL_ADDRESS_FOR_RECIPIENT"
            << "" << -1 << true;
        QTest::newRow("200 not json") << 200 << 0 << QByteArray("<html>proxy login</html>")
                                      << QByteArray() << K::Malformed << ""
                                      << "" << -1 << true;
        QTest::newRow("200 truncated json")
            << 200 << 0
            << QByteArray("\x7b\"id\":\"po-") /* unbalanced brace spelt as \x7b for moc */
            << QByteArray() << K::Malformed << ""
            << "" << -1 << true;
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                                 << QByteArray() << K::Offline << ""
                                 << "" << -1 << false;
        QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError)
                                        << QByteArray() << QByteArray() << K::Offline << ""
                                        << "" << -1 << false;
        QTest::newRow("unreachable") << 0 << int(QNetworkReply::UnknownNetworkError) << QByteArray()
                                     << QByteArray() << K::Offline << ""
                                     << "" << -1 << false;
        QTest::newRow("dropped") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray()
                                 << QByteArray() << K::Dropped << ""
                                 << "" << -1 << true;
        QTest::newRow("timeout error") << 0 << int(QNetworkReply::TimeoutError) << QByteArray()
                                       << QByteArray() << K::Timeout << ""
                                       << "" << -1 << false;
    }
    void classification()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(int, retryAfterSecs);
        QFETCH(bool, reached);

        FakeNetwork net;
        ScriptedReply s = ScriptedReply::json(status, body);
        s.error = QNetworkReply::NetworkError(netError);
        if (!retryAfter.isEmpty())
            s.headers.append({"Retry-After", retryAfter});
        net.script({s});
        ApiClient api(&net, endpoints(), nullptr);
        QSignalSpy reach(&api, &ApiClient::reachabilityObserved);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
        QCOMPARE(r.error.retryAfterSecs, retryAfterSecs);
        QCOMPARE(r.error.retryable(), kind != ApiError::Kind::Rejected);
        QVERIFY(!r.error.text().isEmpty());
        if (!field.isEmpty())
            QVERIFY2(r.error.text().contains(field), qPrintable(r.error.text()));
        QCOMPARE(reach.size(), 1);
        QCOMPARE(reach.first().first().toBool(), reached);
        QCOMPARE(net.requests.size(), 1); // never retried by the client itself
    }

    void realLoopbackFailures()
    {
        // Qt's own error codes for the same situations, over real sockets.
        QNetworkAccessManager network;
        QTcpServer closing, silent;
        QVERIFY(closing.listen(QHostAddress::LocalHost, 0));
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&closing, &QTcpServer::newConnection, this, [&closing]() {
            QTcpSocket *s = closing.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s]() {
                s->readAll();
                s->close();
                s->deleteLater();
            });
        });
        connect(&silent, &QTcpServer::newConnection, this,
                [&silent, &held]() { held << silent.nextPendingConnection(); });

        ApiRequest req = orderRequest();
        req.timeoutMs = 300;
        {
            // Nothing listens on the port a closed server had.
            QTcpServer gone;
            QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
            const quint16 port = gone.serverPort();
            gone.close();
            ApiClient api(&network, endpoints(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                          nullptr);
            QCOMPARE(call(api, req).error.kind, ApiError::Kind::Offline);
        }
        {
            ApiClient api(
                &network,
                endpoints(QStringLiteral("http://127.0.0.1:%1").arg(closing.serverPort())),
                nullptr);
            QCOMPARE(call(api, req).error.kind, ApiError::Kind::Dropped);
        }
        {
            ApiClient api(&network,
                          endpoints(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
                          nullptr);
            QCOMPARE(call(api, req).error.kind, ApiError::Kind::Timeout);
        }
        qDeleteAll(held);
    }

    void retryAfterDate()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Fri, 04 Dec 2026 10:01:30 GMT", now), 90);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("", now), -1);
    }

    void timeoutWhenNoAnswer()
    {
        FakeNetwork net;
        ScriptedReply s;
        s.never = true;
        net.script({s});
        ApiClient api(&net, endpoints(), nullptr);
        ApiRequest req = orderRequest();
        req.timeoutMs = 150;
        QElapsedTimer t;
        t.start();
        const ApiResponse r = call(api, req);
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(t.elapsed() >= 140);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(r.error.retryable());
    }

    void tlsErrorIsNeverIgnored()
    {
        FakeNetwork net;
        ScriptedReply s;
        s.status = 0;
        s.sslError = true;
        net.script({s});
        ApiClient api(&net, endpoints(), nullptr);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(!r.error.retryable());
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://carrier.example.com" << true;
        QTest::newRow("http remote") << "http://carrier.example.com" << false;
        QTest::newRow("http ip") << "http://10.1.2.3:8080" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8443" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3" << true;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.example" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }
    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, root);
        QFETCH(bool, allowed);
        FakeNetwork net;
        net.script({ScriptedReply::json(200, "{}")});
        ApiClient api(&net, endpoints(root), nullptr);
        QSignalSpy reach(&api, &ApiClient::reachabilityObserved);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(Endpoints::checkUrl(QUrl(root)).isEmpty(), allowed);
        if (allowed) {
            QVERIFY(r.ok());
            QCOMPARE(net.requests.size(), 1);
        } else {
            QCOMPARE(r.error.kind, ApiError::Kind::Insecure);
            QCOMPARE(net.requests.size(), 0);
            QVERIFY(r.error.text().contains(QLatin1String("upstream/ordering")));
            QVERIFY(r.error.text().contains(QLatin1String("https://")));
            QCOMPARE(reach.size(), 0);
        }
    }

    void missingBaseUrlIsConfiguration()
    {
        FakeNetwork net;
        ApiClient api(&net, Endpoints(), nullptr);
        const ApiResponse r = call(api, orderRequest());
        QCOMPARE(r.error.kind, ApiError::Kind::Configuration);
        QVERIFY(r.error.text().contains(QLatin1String("ORDERDESK_ORDERING_URL")));
        QCOMPARE(net.requests.size(), 0);
    }

    void goneContextIsNotCalled()
    {
        FakeNetwork net;
        ScriptedReply s = ScriptedReply::json(200, "{}");
        s.delayMs = 50;
        net.script({s});
        ApiClient api(&net, endpoints(), nullptr);
        auto *context = new QObject;
        bool called = false;
        api.send(orderRequest(), context, [&](const ApiResponse &) { called = true; });
        delete context;
        QSignalSpy reach(&api, &ApiClient::reachabilityObserved);
        QVERIFY(reach.wait(2000));
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void fieldHeuristic_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("field quoted") << "field 'externalId' must be unique"
                                      << "externalId";
        QTest::newRow("property") << "Property productOrderItem[0].action is invalid"
                                  << "productOrderItem[0].action";
        QTest::newRow("parameter") << "Missing parameter relatedParty"
                                   << "relatedParty";
        QTest::newRow("double quoted") << "Value of \"emailSubject\" is too long"
                                       << "emailSubject";
        QTest::newRow("leading") << "billingAccount.id: unknown BCN"
                                 << "billingAccount.id";
        QTest::newRow("leading is") << "tenantId is not a GUID"
                                    << "tenantId";
        QTest::newRow("json path") << "invalid at $.productOrderItem[2].productOffering.id"
                                   << "productOrderItem[2].productOffering.id";
        QTest::newRow("json pointer") << "field /relatedParty/0/id missing"
                                      << "relatedParty.0.id";
        QTest::newRow("plain sentence") << "The order is invalid."
                                        << "";
        QTest::newRow("plain leading word") << "Order is invalid"
                                            << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void fieldHeuristic()
    {
        QFETCH(QString, message);
        QFETCH(QString, field);
        QCOMPARE(fieldFromMessage(message), field);
    }

    void pathTemplates()
    {
        QCOMPARE(pathTemplate(
                     QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/po-123")),
                 QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/{id}"));
        QCOMPARE(
            pathTemplate(QStringLiteral("/restapi/v2.1/accounts/8a2c-11/envelopes/"
                                        "4f1e2d3c-aaaa-bbbb-cccc-1234567890ab/documents/combined")),
            QStringLiteral("/restapi/v2.1/accounts/{id}/envelopes/{id}/documents/combined"));
    }

    void logsCarryNoTokensQueriesOrBodies()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/oauth/token"))
                return ScriptedReply::json(
                    200, R"({"access_token":"secret-token-2","expires_in":3600})");
            if (r.header("Authorization") == "Bearer secret-token-2")
                return ScriptedReply::json(200, R"([{"id":"po-77","externalId":"OD-SECRET-REF"}])");
            return ScriptedReply::json(401, "{}");
        });
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("secret-refresh"));
        Authenticator auth(&net, endpoints(), std::move(store));
        auth.setAccessTokenForTesting(QStringLiteral("secret-token-1"));
        ApiClient api(&net, endpoints(), &auth);
        ApiRequest req;
        req.path = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");
        req.query.addQueryItem(QStringLiteral("externalId"), QStringLiteral("OD-SECRET-REF"));
        req.body = QJsonDocument(
            QJsonObject{{QStringLiteral("email"), QStringLiteral("kim@contoso.example.com")}});
        req.method = "POST";
        QVERIFY(call(api, req).ok());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("productOrder")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("ordering")), qPrintable(all));
        for (const char *secret : {"secret-token", "secret-refresh", "OD-SECRET", "kim@", "po-77"})
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);
    }
};

QTEST_GUILESS_MAIN(TstApiClient)
#include "tst_apiclient.moc"
