#include "sync/AccountClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace od::sync {

namespace {
const QString kBase = QStringLiteral("/tmf-api/accountManagement/v4");
}

void AccountClient::billingAccounts(const QString &ocn, QObject *context, AccountsDone done)
{
    ApiRequest r;
    r.service = Service::Accounts;
    r.path = kBase + QStringLiteral("/billingAccount");
    r.query.addQueryItem(QStringLiteral("relatedParty.id"),
                         QString::fromLatin1(QUrl::toPercentEncoding(ocn)));
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        QList<BillingAccount> accounts;
        if (resp.ok() && !resp.json.isArray()) {
            resp.error.kind = ApiError::Kind::Malformed;
            resp.error.httpStatus = resp.httpStatus;
            resp.error.message = QStringLiteral("expected a list of billing accounts");
        } else if (resp.ok()) {
            for (const QJsonValue &v : resp.json.array()) {
                const QJsonObject o = v.toObject();
                BillingAccount a;
                a.bcn = o.value(QLatin1String("id")).toString();
                a.name = o.value(QLatin1String("name")).toString();
                a.country = o.value(QLatin1String("country")).toString();
                for (const QJsonValue &e : o.value(QLatin1String("contactEmails")).toArray())
                    a.contactEmails << e.toString();
                if (!a.bcn.isEmpty())
                    accounts.append(a);
            }
        }
        done(resp, accounts);
    });
}

void AccountClient::consent(const QString &tenantId, QObject *context, ConsentDone done)
{
    ApiRequest r;
    r.service = Service::Accounts;
    r.path = kBase + QStringLiteral("/consent");
    r.query.addQueryItem(QStringLiteral("tenantId"),
                         QString::fromLatin1(QUrl::toPercentEncoding(tenantId)));
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        ConsentStatus status = ConsentStatus::None;
        if (resp.ok()) {
            const QString s = resp.json.object().value(QLatin1String("status")).toString();
            if (s == QLatin1String("active"))
                status = ConsentStatus::Active;
            else if (s == QLatin1String("pending"))
                status = ConsentStatus::Pending;
            else if (s == QLatin1String("declined"))
                status = ConsentStatus::Declined;
            else if (s == QLatin1String("none"))
                status = ConsentStatus::None;
            else {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message = QStringLiteral("unknown consent status");
            }
        }
        done(resp, status);
    });
}

bool AccountClient::emailMatches(const QList<BillingAccount> &accounts, const QString &email)
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty())
        return false;
    for (const BillingAccount &a : accounts)
        for (const QString &e : a.contactEmails)
            if (e.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

} // namespace od::sync
