#pragma once

#include "sync/ApiClient.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace od::sync {

struct BillingAccount
{
    QString bcn; ///< id
    QString name;
    QString country;
    QStringList contactEmails;
};

enum class ConsentStatus { Active, Pending, Declined, None };

/// Account check (project-defined, TMF666 naming): `{accounts}/tmf-api/accountManagement/v4/`.
class AccountClient
{
public:
    explicit AccountClient(ApiClient *api) : m_api(api) {}
    using AccountsDone = std::function<void(const ApiResponse &, const QList<BillingAccount> &)>;
    using ConsentDone = std::function<void(const ApiResponse &, ConsentStatus)>;

    void billingAccounts(const QString &ocn, QObject *context, AccountsDone done);
    void consent(const QString &tenantId, QObject *context, ConsentDone done);

    /// The customer is verified when `email` matches one of the accounts' contact e-mails
    /// (case-insensitive, surrounding spaces ignored).
    static bool emailMatches(const QList<BillingAccount> &accounts, const QString &email);

private:
    ApiClient *m_api;
};

} // namespace od::sync
