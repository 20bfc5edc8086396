#pragma once

#include "sync/Endpoints.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace od::sync {

/// Where the refresh token is kept between runs. The default is QtKeychain (the desktop's
/// keyring); where no keyring answers, tokens live in memory only. Never SQLite or settings.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    /// Reads the refresh token; `done(token)` with an empty token when there is none.
    virtual void read(QObject *context, std::function<void(const QString &token)> done) = 0;
    virtual void write(const QString &refreshToken) = 0;
    virtual void clear() = 0;
};

/// QtKeychain under service "orderdesk", key "refresh-token:<auth host>"; falls back to memory.
std::unique_ptr<TokenStore> makeKeychainTokenStore(const QUrl &authBase);
std::unique_ptr<TokenStore> makeMemoryTokenStore();

/// PKCE (RFC 7636): a fresh code verifier (43 characters) and its S256 challenge.
QByteArray pkceVerifier();
QByteArray pkceChallenge(const QByteArray &verifier);

/// Bearer tokens for the rep: OAuth2 authorization code with PKCE (S256) through Qt NetworkAuth
/// (QOAuth2AuthorizationCodeFlow with a QOAuthHttpServerReplyHandler on loopback), refresh with
/// the refresh token, endpoints `{auth}/oauth/authorize` and `{auth}/oauth/token`. The browser
/// is opened for the rep; when the authorization server is on loopback (the sandbox, which
/// approves at once) the authorize URL is fetched directly instead.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    Authenticator(QNetworkAccessManager *network, const Endpoints &endpoints,
                  std::unique_ptr<TokenStore> store, QObject *parent = nullptr);
    ~Authenticator() override;

    QString accessToken() const { return m_accessToken; } ///< empty when none or expired
    bool hasValidToken() const;
    bool isBusy() const { return m_busy; }
    /// The last sign-in failed because the sign-in service could not be reached (offline),
    /// not because it refused.
    bool lastFailureWasUnreachable() const { return m_unreachable; }

    /// Gets a usable access token: refresh token first (from the store), else sign in.
    /// Emits tokenReady() or failed(). Calls while busy join the running attempt.
    void ensureToken();
    /// The server refused the current token (401): drop it and get a new one.
    void invalidate();
    /// Forgets the tokens; until signInAgain(), ensureToken() fails instead of signing in.
    void signOut();
    /// The rep asks to sign in (after signing out, or to be ready before a call).
    void signInAgain();
    bool isSignedOut() const { return m_signedOut; }

    /// Tests: a fixed token (with no expiry) and no store.
    void setAccessTokenForTesting(const QString &token);
    void setEndpoints(const Endpoints &endpoints);
    QDateTime expiresAt() const; ///< of the access token; invalid when unknown or none

signals:
    void tokenReady();
    void failed(const QString &message); ///< for the rep
    void openBrowser(const QUrl &url);   ///< the authorize URL, when not on loopback

private:
    void refresh();
    void signIn();
    void acceptTokens(const QString &access, const QString &refreshToken, int expiresInSecs);
    /// `unreachable`: the sign-in service could not be reached at all (no HTTP answer).
    void finishSignIn(bool ok, const QString &message, bool unreachable = false);

    // implementation detail; see Authenticator.cpp
    struct Private;
    std::unique_ptr<Private> d;
    QString m_accessToken;
    bool m_busy = false;
    bool m_unreachable = false;
    bool m_signedOut = false;
};

} // namespace od::sync
