#include "sync/Endpoints.h"

#include <QHostAddress>
#include <QSettings>

namespace od::sync {

namespace {

const Service kAllServices[] = {Service::Ordering, Service::Address,  Service::Catalog,
                                Service::Numbers,  Service::Accounts, Service::Signature,
                                Service::Auth};

QUrl parseBase(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid())
        return {};
    // A base URL is a server root: "https://host/" and "https://host" mean the same.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString serviceKey(Service service)
{
    switch (service) {
    case Service::Ordering:
        return QStringLiteral("ordering");
    case Service::Address:
        return QStringLiteral("address");
    case Service::Catalog:
        return QStringLiteral("catalog");
    case Service::Numbers:
        return QStringLiteral("numbers");
    case Service::Accounts:
        return QStringLiteral("accounts");
    case Service::Signature:
        return QStringLiteral("signature");
    case Service::Auth:
        return QStringLiteral("auth");
    }
    return {};
}

Endpoints Endpoints::forAll(const QUrl &root)
{
    Endpoints e;
    const QUrl base = parseBase(root.toString());
    if (base.isValid())
        for (Service s : kAllServices)
            e.base.insert(s, base);
    return e;
}

Endpoints Endpoints::load(const QSettings *settings, const QProcessEnvironment &env,
                          const QString &upstreamOption)
{
    Endpoints e;
    auto setAll = [&e](const QString &text) {
        const QUrl url = parseBase(text);
        if (url.isValid())
            for (Service s : kAllServices)
                e.base.insert(s, url);
    };
    auto setOne = [&e](Service s, const QString &text) {
        const QUrl url = parseBase(text);
        if (url.isValid())
            e.base.insert(s, url);
    };

    if (settings) {
        const QString prefix = QStringLiteral("upstream/");
        setAll(settings->value(prefix + QStringLiteral("all")).toString());
        for (Service s : kAllServices)
            setOne(s, settings->value(prefix + serviceKey(s)).toString());
        const QString account =
            settings->value(prefix + QStringLiteral("signatureAccount")).toString().trimmed();
        if (!account.isEmpty())
            e.signatureAccountId = account;
        const QString client = settings->value(prefix + QStringLiteral("clientId")).toString();
        if (!client.trimmed().isEmpty())
            e.clientId = client.trimmed();
    }

    setAll(env.value(QStringLiteral("ORDERDESK_UPSTREAM")));
    for (Service s : kAllServices)
        setOne(s, env.value(QStringLiteral("ORDERDESK_%1_URL").arg(serviceKey(s).toUpper())));
    const QString account = env.value(QStringLiteral("ORDERDESK_SIGNATURE_ACCOUNT")).trimmed();
    if (!account.isEmpty())
        e.signatureAccountId = account;

    setAll(upstreamOption);
    return e;
}

bool Endpoints::isConfigured() const
{
    for (Service s : kAllServices)
        if (!base.value(s).isValid())
            return false;
    return true;
}

QString Endpoints::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("The service address \"%1\" is not a valid URL: enter an address "
                              "such as https://carrier.example.com in the upstream settings.")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return QStringLiteral("The service address \"%1\" does not use HTTPS: change it to "
                          "https:// in the upstream settings (plain HTTP is only allowed to "
                          "this computer).")
        .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath));
}

QString Endpoints::checkUrl(const QUrl &url, Service service)
{
    if (!url.isValid() || url.isEmpty())
        return QStringLiteral("No address is set for the %1 service: set \"upstream/%1\" in the "
                              "settings, ORDERDESK_%2_URL in the environment, or start with "
                              "--upstream URL.")
            .arg(serviceKey(service), serviceKey(service).toUpper());
    const QString problem = checkUrl(url);
    if (problem.isEmpty())
        return {};
    return problem + QLatin1Char(' ') +
           QStringLiteral(
               "The %1 service's address comes from \"upstream/%1\" in the settings, "
               "ORDERDESK_%2_URL or ORDERDESK_UPSTREAM in the environment, or --upstream.")
               .arg(serviceKey(service), serviceKey(service).toUpper());
}

QUrl Endpoints::url(Service service, const QString &path) const
{
    const QUrl root = base.value(service);
    if (!root.isValid())
        return {};
    QUrl out = root;
    QString p = root.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    out.setPath(p + path, QUrl::TolerantMode);
    return out;
}

} // namespace od::sync
