// Authenticator: the authorization code flow with PKCE (S256) against a tiny loopback
// authorization server, the refresh grant, expiry, and the token stores.

#include "FakeNetwork.h"
#include "sync/Authenticator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace od;
using namespace od::sync;

namespace {

/// Plays /oauth/authorize (approves at once: 302 to redirect_uri with code and state) and
/// /oauth/token (authorization_code with the S256 verifier check, and refresh_token).
class AuthServer : public QObject
{
    Q_OBJECT
public:
    QTcpServer server;
    QString challenge, challengeMethod, redirectUri, state, clientId;
    QString verifierSeen, tokenRedirectUri, grantSeen;
    bool verifierMatched = false;
    bool rejectVerifier = false;
    int authorizeCalls = 0, tokenCalls = 0;
    int expiresIn = 3600;

    AuthServer()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s]() { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;

    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        int length = 0;
        for (const QByteArray &l : lines)
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toInt();
        if (buf.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray body = buf.mid(headerEnd + 4, length);
        m_buffers.remove(s);
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        if (url.path() == QLatin1String("/oauth/authorize"))
            authorize(s, QUrlQuery(url));
        else if (url.path() == QLatin1String("/oauth/token"))
            token(s, QUrlQuery(QString::fromUtf8(body)));
        else
            reply(s, 404, "Not Found", {}, "{}");
    }

    static QString value(const QUrlQuery &q, const char *key)
    {
        // Form values: '+' is a space, then percent-decoding.
        QString v = q.queryItemValue(QLatin1String(key), QUrl::FullyEncoded);
        v.replace(QLatin1Char('+'), QLatin1Char(' '));
        return QUrl::fromPercentEncoding(v.toUtf8());
    }

    void authorize(QTcpSocket *s, const QUrlQuery &q)
    {
        ++authorizeCalls;
        challenge = value(q, "code_challenge");
        challengeMethod = value(q, "code_challenge_method");
        redirectUri = value(q, "redirect_uri");
        state = value(q, "state");
        clientId = value(q, "client_id");
        QUrl target(redirectUri);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("code"), QStringLiteral("code-1"));
        back.addQueryItem(QStringLiteral("state"), state);
        target.setQuery(back);
        reply(s, 302, "Found", {{"Location", target.toEncoded()}}, {});
    }

    void token(QTcpSocket *s, const QUrlQuery &form)
    {
        ++tokenCalls;
        grantSeen = value(form, "grant_type");
        if (grantSeen == QLatin1String("refresh_token")) {
            if (value(form, "refresh_token") == QLatin1String("rt-1"))
                reply(s, 200, "OK", {{"Content-Type", "application/json"}},
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at-2")},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), expiresIn}})
                          .toJson(QJsonDocument::Compact));
            else
                reply(s, 400, "Bad Request", {{"Content-Type", "application/json"}},
                      R"({"error":"invalid_grant"})");
            return;
        }
        verifierSeen = value(form, "code_verifier");
        tokenRedirectUri = value(form, "redirect_uri");
        const QByteArray computed =
            QCryptographicHash::hash(verifierSeen.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        verifierMatched = !verifierSeen.isEmpty() && QString::fromLatin1(computed) == challenge;
        if (!verifierMatched || rejectVerifier || value(form, "code") != QLatin1String("code-1") ||
            tokenRedirectUri != redirectUri) {
            reply(s, 400, "Bad Request", {{"Content-Type", "application/json"}},
                  R"({"error":"invalid_grant"})");
            return;
        }
        reply(s, 200, "OK", {{"Content-Type", "application/json"}},
              QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at-1")},
                                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                        {QStringLiteral("expires_in"), expiresIn},
                                        {QStringLiteral("refresh_token"), QStringLiteral("rt-1")}})
                  .toJson(QJsonDocument::Compact));
    }

    void reply(QTcpSocket *s, int status, const char *text,
               QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + text + "\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
        s->write(out);
        s->disconnectFromHost();
    }
};

Endpoints authAt(const QUrl &base)
{
    Endpoints e = Endpoints::forAll(QUrl(QStringLiteral("https://carrier.example.com")));
    e.base.insert(Service::Auth, base);
    return e;
}

QString readStore(TokenStore &store)
{
    QObject context;
    QString out;
    bool done = false;
    store.read(&context, [&](const QString &t) {
        out = t;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done ? out : QStringLiteral("<no answer>");
}

} // namespace

class TstAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void pkceChallengeIsS256OfTheVerifier()
    {
        // Computed independently (Python hashlib + urlsafe_b64encode, padding stripped).
        QCOMPARE(pkceChallenge("dBjftJeZ4CVP-mB92K9uhvdNakE0A2mC0Qg3C8bNRBw"),
                 QByteArray("wdF4YT12HsRdyh01OOykvdkV2bNmYQ7J7FlHXhpMm80"));
        const QByteArray v1 = pkceVerifier(), v2 = pkceVerifier();
        QCOMPARE(v1.size(), 43);
        QVERIFY(v1 != v2);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(QString::fromLatin1(v1))
                    .hasMatch());
    }

    void signsInWithPkceOnLoopback()
    {
        AuthServer server;
        QVERIFY(server.server.isListening());
        QNetworkAccessManager network;
        auto store = makeMemoryTokenStore();
        TokenStore *storePtr = store.get();
        Authenticator auth(&network, authAt(server.base()), std::move(store));
        QSignalSpy ready(&auth, &Authenticator::tokenReady);
        QSignalSpy failed(&auth, &Authenticator::failed);
        QSignalSpy browser(&auth, &Authenticator::openBrowser);
        auth.ensureToken();
        QVERIFY(auth.isBusy());
        auth.ensureToken(); // joins the running attempt
        QVERIFY2(ready.wait(10000) || !ready.isEmpty(),
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(browser.size(), 0); // loopback: fetched directly
        QCOMPARE(server.authorizeCalls, 1);
        QCOMPARE(server.challengeMethod, QStringLiteral("S256"));
        QCOMPARE(server.challenge.size(), 43);
        QVERIFY(server.verifierMatched);
        QCOMPARE(server.clientId, QStringLiteral("orderdesk-desktop"));
        QVERIFY2(server.redirectUri.startsWith(QLatin1String("http://127.0.0.1:")),
                 qPrintable(server.redirectUri));
        QCOMPARE(server.tokenRedirectUri, server.redirectUri);
        QCOMPARE(auth.accessToken(), QStringLiteral("at-1"));
        QVERIFY(auth.hasValidToken());
        QVERIFY(auth.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
        QVERIFY(!auth.isBusy());
        QCOMPARE(readStore(*storePtr), QStringLiteral("rt-1"));

        // Expired (or refused): the refresh token gets a new access token, no new sign-in.
        auth.invalidate();
        QVERIFY(!auth.hasValidToken());
        auth.ensureToken();
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(server.grantSeen, QStringLiteral("refresh_token"));
        QCOMPARE(server.authorizeCalls, 1);
        QCOMPARE(auth.accessToken(), QStringLiteral("at-2"));
    }

    void tokenCloseToExpiryIsNotValid()
    {
        AuthServer server;
        server.expiresIn = 30; // inside the renewal margin
        QNetworkAccessManager network;
        Authenticator auth(&network, authAt(server.base()), makeMemoryTokenStore());
        QSignalSpy ready(&auth, &Authenticator::tokenReady);
        auth.ensureToken();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(auth.accessToken(), QStringLiteral("at-1"));
        QVERIFY(!auth.hasValidToken());
    }

    void wrongVerifierFailsQuickly()
    {
        AuthServer server;
        server.rejectVerifier = true;
        QNetworkAccessManager network;
        Authenticator auth(&network, authAt(server.base()), makeMemoryTokenStore());
        QSignalSpy ready(&auth, &Authenticator::tokenReady);
        QSignalSpy failed(&auth, &Authenticator::failed);
        QElapsedTimer t;
        t.start();
        auth.ensureToken();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(ready.size(), 0);
        QVERIFY(!auth.hasValidToken());
        QVERIFY(!auth.isBusy());
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void refusedRefreshTokenLeadsToSignIn()
    {
        AuthServer server;
        QNetworkAccessManager network;
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("revoked"));
        Authenticator auth(&network, authAt(server.base()), std::move(store));
        QSignalSpy ready(&auth, &Authenticator::tokenReady);
        auth.ensureToken();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(server.authorizeCalls, 1);
        QCOMPARE(auth.accessToken(), QStringLiteral("at-1"));
    }

    void remoteServerOpensTheBrowser()
    {
        od::test::FakeNetwork network;
        const Endpoints e = authAt(QUrl(QStringLiteral("https://login.example.com")));
        Authenticator auth(&network, e, makeMemoryTokenStore());
        QSignalSpy browser(&auth, &Authenticator::openBrowser);
        auth.ensureToken();
        QTRY_COMPARE(browser.size(), 1);
        const QUrl url = browser.first().first().toUrl();
        QCOMPARE(url.host(), QStringLiteral("login.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QVERIFY(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!q.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(network.requests.isEmpty()); // the rep's browser goes there, not us
        QVERIFY(auth.isBusy());
    }

    void plainHttpAuthServerIsRefused()
    {
        od::test::FakeNetwork network;
        Authenticator auth(&network, authAt(QUrl(QStringLiteral("http://login.example.com"))),
                           makeMemoryTokenStore());
        QSignalSpy failed(&auth, &Authenticator::failed);
        auth.ensureToken();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("HTTPS")));
        QVERIFY(network.requests.isEmpty());
    }

    void keychainFallsBackToMemoryWithoutHanging_data()
    {
        QTest::addColumn<QByteArray>("bus");
        QTest::newRow("no session bus") << QByteArray();
        QTest::newRow("dead session bus")
            << QByteArray("unix:path=/nonexistent/orderdesk-test-bus");
    }
    void keychainFallsBackToMemoryWithoutHanging()
    {
        QFETCH(QByteArray, bus);
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QElapsedTimer t;
        t.start();
        auto store = makeKeychainTokenStore(QUrl(QStringLiteral("https://keychain-test.invalid")));
        QCOMPARE(readStore(*store), QString());
        store->write(QStringLiteral("rt-memory"));
        QCOMPARE(readStore(*store), QStringLiteral("rt-memory"));
        store->clear();
        QCOMPARE(readStore(*store), QString());
        QVERIFY2(t.elapsed() < 8000, qPrintable(QString::number(t.elapsed())));
        if (saved.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }

    void signOutForgetsEverything()
    {
        auto store = makeMemoryTokenStore();
        store->write(QStringLiteral("rt-1"));
        TokenStore *storePtr = store.get();
        od::test::FakeNetwork network;
        Authenticator auth(&network, authAt(QUrl(QStringLiteral("https://login.example.com"))),
                           std::move(store));
        auth.setAccessTokenForTesting(QStringLiteral("at"));
        QVERIFY(auth.hasValidToken());
        auth.signOut();
        QVERIFY(!auth.hasValidToken());
        QCOMPARE(readStore(*storePtr), QString());

        // Signed out, a background request does not sign in behind the rep's back (nor open
        // the browser): it fails and says how to sign in again.
        QSignalSpy failed(&auth, &Authenticator::failed);
        QSignalSpy browser(&auth, &Authenticator::openBrowser);
        auth.ensureToken();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("sign in again")));
        QCOMPARE(browser.size(), 0);
        QVERIFY(network.requests.isEmpty());
        QVERIFY(!auth.isBusy());
        // The rep signs in: the browser opens for the authorization.
        auth.signInAgain();
        QTRY_COMPARE(browser.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAuthenticator)
#include "tst_authenticator.moc"
