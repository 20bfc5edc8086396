#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QSettings;

namespace od::sync {

/// The upstream services of CONTRACTS.md. Each has its own base URL.
enum class Service { Ordering, Address, Catalog, Numbers, Accounts, Signature, Auth };

QString serviceKey(Service service); ///< "ordering", "address", ... (settings and env names)

/// Where each service lives. Sources, later ones win: built-in default (none), settings group
/// "upstream" (keys "all" and per service, e.g. "upstream/ordering"), environment
/// (ORDERDESK_UPSTREAM for all, ORDERDESK_<SERVICE>_URL per service, e.g.
/// ORDERDESK_ORDERING_URL), then the command line's `--upstream URL` (all services).
/// Settings may also give "upstream/signatureAccount" (DocuSign account id, overridden by
/// ORDERDESK_SIGNATURE_ACCOUNT) and "upstream/clientId" (OAuth2 client id).
/// A base URL is the server root; the client appends the contract's path
/// ("/tmf-api/productOrderingManagement/v4/...", "/restapi/v2.1/accounts/{id}/...",
/// "/oauth/token").
struct Endpoints
{
    QMap<Service, QUrl> base;
    QString signatureAccountId = QStringLiteral("orderdesk"); ///< DocuSign {accountId}
    QString clientId = QStringLiteral("orderdesk-desktop");   ///< OAuth2 client id

    static Endpoints forAll(const QUrl &root);
    static Endpoints load(const QSettings *settings, const QProcessEnvironment &env,
                          const QString &upstreamOption);

    bool isConfigured() const; ///< every service has a base URL
    /// Empty when `url` may be used; otherwise a message for the rep: HTTPS is required except
    /// to loopback (127.0.0.0/8, ::1, localhost).
    static QString checkUrl(const QUrl &url);
    /// As checkUrl(url), naming where the service's address is set (settings key and
    /// environment variable) so that the rep or an admin knows what to change.
    static QString checkUrl(const QUrl &url, Service service);
    /// The full URL of `path` (starting with '/') on `service`.
    QUrl url(Service service, const QString &path) const;
};

} // namespace od::sync
