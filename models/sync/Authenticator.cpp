#include "sync/Authenticator.h"

#include "sync/ApiClient.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

namespace od::sync {

namespace {

constexpr int kExpiryMarginSecs = 60;    // a token this close to its end is renewed first
constexpr int kKeychainTimeoutMs = 3000; // no keyring answering: memory instead, quickly
constexpr int kLoopbackSignInTimeoutMs = 30 * 1000;
constexpr int kBrowserSignInTimeoutMs = 5 * 60 * 1000;

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

/// Calls `done(token)` from the event loop, like an answer from the keyring, unless `context`
/// is gone by then.
void answerLater(QObject *context, std::function<void(const QString &)> done, const QString &token)
{
    QPointer<QObject> ctx(context);
    QMetaObject::invokeMethod(
        context,
        [ctx, done = std::move(done), token]() {
            if (ctx)
                done(token);
        },
        Qt::QueuedConnection);
}

class MemoryTokenStore : public TokenStore
{
public:
    void read(QObject *context, std::function<void(const QString &)> done) override
    {
        answerLater(context, std::move(done), m_token);
    }
    void write(const QString &refreshToken) override { m_token = refreshToken; }
    void clear() override { m_token.clear(); }

private:
    QString m_token;
};

/// The desktop keyring through QtKeychain. Every failure (no keyring, locked, D-Bus missing,
/// no answer within a few seconds) falls back to memory, with a debug line only: the rep then
/// signs in again next run, which is the safe outcome.
class KeychainTokenStore : public TokenStore
{
public:
    explicit KeychainTokenStore(const QUrl &authBase)
        : m_key(QStringLiteral("refresh-token:") + authBase.host())
    {
        // Without a session bus (CI, offscreen) the Secret Service cannot answer: do not ask.
        const QByteArray noKeychain = qgetenv("ORDERDESK_NO_KEYCHAIN");
        if (!noKeychain.isEmpty() && noKeychain != "0")
            m_disabled = true;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") ||
             !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus"))))
            m_disabled = true;
#endif
    }

    void read(QObject *context, std::function<void(const QString &)> done) override
    {
        QPointer<QObject> ctx(context);
        if (m_disabled || m_loaded) {
            answerLater(context, std::move(done), m_memory);
            return;
        }
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("orderdesk"));
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file
        job->setKey(m_key);
        auto answered = std::make_shared<bool>(false);
        auto finish = [this, ctx, done, answered](const QString &token, bool fromKeyring) {
            if (*answered)
                return;
            *answered = true;
            if (fromKeyring) {
                m_memory = token;
                m_loaded = true;
            }
            if (ctx)
                done(m_memory);
        };
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, context, [this, finish, timer]() {
            timer->deleteLater();
            qCDebug(lcSync) << "keychain did not answer; the sign-in is kept in memory only";
            m_disabled = true;
            finish(QString(), false);
        });
        timer->start(kKeychainTimeoutMs);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [finish, timer, this](QKeychain::Job *j) {
                             timer->stop();
                             timer->deleteLater();
                             auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
                             if (rj->error() == QKeychain::NoError) {
                                 finish(rj->textData(), true);
                             } else {
                                 if (rj->error() != QKeychain::EntryNotFound) {
                                     qCDebug(lcSync) << "keychain unavailable; the sign-in is "
                                                        "kept in memory only";
                                     m_disabled = true;
                                 }
                                 finish(QString(), rj->error() == QKeychain::EntryNotFound);
                             }
                         });
        job->start();
    }

    void write(const QString &refreshToken) override
    {
        m_memory = refreshToken;
        m_loaded = true;
        if (m_disabled)
            return;
        auto *job = new QKeychain::WritePasswordJob(QStringLiteral("orderdesk"));
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(m_key);
        job->setTextData(refreshToken);
        QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError)
                qCDebug(lcSync) << "keychain refused the sign-in; kept in memory only";
        });
        job->start();
    }

    void clear() override
    {
        m_memory.clear();
        m_loaded = true;
        if (m_disabled)
            return;
        auto *job = new QKeychain::DeletePasswordJob(QStringLiteral("orderdesk"));
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(m_key);
        job->start();
    }

private:
    QString m_key;
    QString m_memory;
    bool m_loaded = false;
    bool m_disabled = false;
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

std::unique_ptr<TokenStore> makeKeychainTokenStore(const QUrl &authBase)
{
    return std::make_unique<KeychainTokenStore>(authBase);
}

std::unique_ptr<TokenStore> makeMemoryTokenStore()
{
    return std::make_unique<MemoryTokenStore>();
}

QByteArray pkceVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    return base64Url(random); // 43 characters of [A-Za-z0-9_-], as RFC 7636 asks
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

struct Authenticator::Private
{
    QNetworkAccessManager *network = nullptr;
    Endpoints endpoints;
    std::unique_ptr<TokenStore> store;
    QString refreshToken;
    QDateTime expiresAt; // invalid: no known expiry
    QPointer<QOAuth2AuthorizationCodeFlow> flow;
    QPointer<QNetworkReply> pending;
    QByteArray verifier;
    QTimer watchdog;
    QMetaObject::Connection networkWatch;
};

Authenticator::Authenticator(QNetworkAccessManager *network, const Endpoints &endpoints,
                             std::unique_ptr<TokenStore> store, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->network = network;
    d->endpoints = endpoints;
    d->store = store ? std::move(store) : makeMemoryTokenStore();
    d->watchdog.setSingleShot(true);
    connect(&d->watchdog, &QTimer::timeout, this,
            [this]() { finishSignIn(false, tr("Signing in took too long. Try again.")); });
}

Authenticator::~Authenticator()
{
    if (d->flow)
        delete d->flow.data();
    QObject::disconnect(d->networkWatch);
}

bool Authenticator::hasValidToken() const
{
    if (m_accessToken.isEmpty())
        return false;
    if (!d->expiresAt.isValid())
        return true;
    return QDateTime::currentDateTimeUtc().addSecs(kExpiryMarginSecs) < d->expiresAt;
}

void Authenticator::setAccessTokenForTesting(const QString &token)
{
    m_accessToken = token;
    d->expiresAt = QDateTime();
}

void Authenticator::setEndpoints(const Endpoints &endpoints)
{
    d->endpoints = endpoints;
}

QDateTime Authenticator::expiresAt() const
{
    return d->expiresAt;
}

void Authenticator::invalidate()
{
    m_accessToken.clear();
    d->expiresAt = QDateTime();
}

void Authenticator::signOut()
{
    invalidate();
    d->refreshToken.clear();
    d->store->clear();
    // Until the rep signs in again, nothing signs in behind their back (a background poll
    // would otherwise open the browser, or sign in again at once on loopback).
    m_signedOut = true;
}

void Authenticator::signInAgain()
{
    m_signedOut = false;
    ensureToken();
}

void Authenticator::ensureToken()
{
    if (hasValidToken()) {
        QMetaObject::invokeMethod(this, &Authenticator::tokenReady, Qt::QueuedConnection);
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    if (m_signedOut) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishSignIn(false, tr("You signed out of the carrier's services: nothing is "
                                       "sent until you sign in again (File menu)."));
            },
            Qt::QueuedConnection);
        return;
    }
    const QUrl tokenUrl = d->endpoints.url(Service::Auth, QStringLiteral("/oauth/token"));
    const QString problem = Endpoints::checkUrl(tokenUrl, Service::Auth);
    if (!problem.isEmpty()) {
        finishSignIn(false, problem);
        return;
    }
    if (!d->refreshToken.isEmpty()) {
        refresh();
        return;
    }
    d->store->read(this, [this](const QString &token) {
        d->refreshToken = token;
        if (!token.isEmpty())
            refresh();
        else
            signIn();
    });
}

void Authenticator::refresh()
{
    const QUrl tokenUrl = d->endpoints.url(Service::Auth, QStringLiteral("/oauth/token"));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(d->refreshToken)));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromLatin1(QUrl::toPercentEncoding(d->endpoints.clientId)));
    QNetworkReply *reply = d->network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    d->pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const QString access = o.value(QLatin1String("access_token")).toString();
        if (status >= 200 && status < 300 && !access.isEmpty()) {
            qCInfo(lcSync) << "auth: access token renewed with the refresh token";
            acceptTokens(access, o.value(QLatin1String("refresh_token")).toString(),
                         o.value(QLatin1String("expires_in")).toVariant().toInt());
            finishSignIn(true, {});
            return;
        }
        if (status == 400 || status == 401) {
            // The refresh token is no longer good (expired, revoked): sign in again.
            qCInfo(lcSync) << "auth: refresh token refused (" << status << "), signing in";
            d->refreshToken.clear();
            d->store->clear();
            signIn();
            return;
        }
        qCInfo(lcSync) << "auth: token refresh failed," << (status ? status : int(reply->error()));
        finishSignIn(false,
                     status ? tr("The sign-in service answered with an error (HTTP %1). "
                                 "Try again later.")
                                  .arg(status)
                            : tr("The sign-in service cannot be reached. Check the "
                                 "network connection and try again."),
                     status == 0);
    });
}

void Authenticator::acceptTokens(const QString &access, const QString &refreshToken,
                                 int expiresInSecs)
{
    m_accessToken = access;
    d->expiresAt =
        expiresInSecs > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresInSecs) : QDateTime();
    if (!refreshToken.isEmpty() && refreshToken != d->refreshToken) {
        d->refreshToken = refreshToken;
        d->store->write(refreshToken);
    }
}

void Authenticator::signIn()
{
    const QUrl authorizeUrl = d->endpoints.url(Service::Auth, QStringLiteral("/oauth/authorize"));
    const QUrl tokenUrl = d->endpoints.url(Service::Auth, QStringLiteral("/oauth/token"));
    if (d->flow)
        d->flow->deleteLater();
    auto *flow = new QOAuth2AuthorizationCodeFlow(d->network, this);
    d->flow = flow;
    flow->setClientIdentifier(d->endpoints.clientId);
    flow->setAuthorizationUrl(authorizeUrl);
    flow->setAccessTokenUrl(tokenUrl);
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, flow);
    if (!handler->isListening()) {
        finishSignIn(false, tr("Signing in needs a local port to receive the answer, and none "
                               "could be opened. Try again."));
        return;
    }
    handler->setCallbackText(tr("Order Desk is signed in. You can close this window."));
    flow->setReplyHandler(handler);

    // PKCE (RFC 7636, S256): Qt 6.4 has no built-in support, so the parameters are added here.
    d->verifier = pkceVerifier();
    const QString verifier = QString::fromLatin1(d->verifier);
    const QString challenge = QString::fromLatin1(pkceChallenge(d->verifier));
    const QString redirect = handler->callback();
    flow->setModifyParametersFunction(
        [verifier, challenge, redirect](QAbstractOAuth::Stage stage,
                                        QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
                // Qt 6.4 percent-encodes redirect_uri before form-encoding it again; the token
                // endpoint must see exactly the redirect_uri of the authorize request.
                parameters->replace(QStringLiteral("redirect_uri"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
            }
        });

    connect(flow, &QOAuth2AuthorizationCodeFlow::granted, this, [this, flow]() {
        if (flow != d->flow)
            return;
        qCInfo(lcSync) << "auth: signed in";
        const int expiresIn =
            flow->expirationAt().isValid()
                ? int(QDateTime::currentDateTimeUtc().secsTo(flow->expirationAt()))
                : 0;
        acceptTokens(flow->token(), flow->refreshToken(), expiresIn);
        finishSignIn(true, {});
    });
    connect(flow, &QAbstractOAuth2::error, this,
            [this, flow](const QString &error, const QString &, const QUrl &) {
                if (flow != d->flow)
                    return;
                qCInfo(lcSync) << "auth: authorization refused:" << error;
                finishSignIn(false, tr("Signing in was refused (%1). Try again, or ask an "
                                       "administrator to check your access.")
                                        .arg(error));
            });
    connect(flow, &QAbstractOAuth::requestFailed, this, [this, flow](QAbstractOAuth::Error) {
        if (flow != d->flow)
            return;
        finishSignIn(false, tr("Signing in failed. Try again."));
    });
    // Qt 6.4 does not report a failed token request: watch the replies for it.
    QObject::disconnect(d->networkWatch);
    d->networkWatch = connect(
        d->network, &QNetworkAccessManager::finished, this, [this, tokenUrl](QNetworkReply *reply) {
            if (!m_busy || reply->url().adjusted(QUrl::RemoveQuery) != tokenUrl)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status >= 300)
                finishSignIn(false, tr("The sign-in service refused the "
                                       "sign-in (HTTP %1). Try again.")
                                        .arg(status));
        });

    const bool loopback = isLoopback(authorizeUrl);
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this, loopback](const QUrl &url) {
        if (!loopback) {
            emit openBrowser(url);
            return;
        }
        // The sandbox approves at once: follow its redirect to our reply handler ourselves.
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(kLoopbackSignInTimeoutMs);
        QNetworkReply *reply = d->network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (m_busy && (reply->error() != QNetworkReply::NoError || status >= 400) &&
                !(status >= 200 && status < 300))
                finishSignIn(false,
                             status ? tr("The sign-in service refused the sign-in "
                                         "(HTTP %1). Try again.")
                                          .arg(status)
                                    : tr("The sign-in service cannot be reached. Check "
                                         "the network connection and try again."),
                             status == 0);
        });
    });
    d->watchdog.start(loopback ? kLoopbackSignInTimeoutMs : kBrowserSignInTimeoutMs);
    qCInfo(lcSync) << "auth: signing in" << (loopback ? "(loopback)" : "(browser)");
    flow->grant();
}

void Authenticator::finishSignIn(bool ok, const QString &message, bool unreachable)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_unreachable = !ok && unreachable;
    d->watchdog.stop();
    QObject::disconnect(d->networkWatch);
    if (d->flow) {
        d->flow->deleteLater(); // closes the loopback listener
        d->flow = nullptr;
    }
    d->verifier.clear();
    if (ok)
        emit tokenReady();
    else
        emit failed(message);
}

} // namespace od::sync
