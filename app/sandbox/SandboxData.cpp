#include "SandboxData.h"

#include "phone/PhoneNumbers.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QtMath>

namespace od::sandbox {

namespace {

struct CountryFacts
{
    const char *code;
    const char *callingCode;
    // A box well inside the country, so every generated point lies in it.
    double latMin, latMax, lonMin, lonMax;
};

constexpr CountryFacts kCountries[] = {
    {"AT", "43", 47.0, 48.2, 13.0, 16.0},  {"BE", "32", 50.4, 51.1, 3.5, 5.5},
    {"CH", "41", 46.4, 47.4, 7.0, 9.5},    {"DE", "49", 48.5, 53.5, 7.5, 13.5},
    {"DK", "45", 55.3, 56.8, 8.8, 10.3},   {"ES", "34", 37.5, 42.5, -6.0, -1.0},
    {"FI", "358", 61.0, 64.5, 23.0, 29.0}, {"FR", "33", 44.0, 48.5, 0.0, 5.0},
    {"GB", "44", 51.5, 54.5, -2.5, 0.0},   {"IE", "353", 52.3, 54.0, -9.0, -6.5},
    {"IT", "39", 41.0, 45.5, 9.0, 14.5},   {"NL", "31", 51.8, 53.0, 4.8, 6.5},
    {"PT", "351", 38.5, 41.5, -8.5, -7.2}, {"SE", "46", 57.5, 62.0, 13.0, 17.0},
};

const CountryFacts *facts(const QString &country)
{
    for (const CountryFacts &c : kCountries)
        if (country == QLatin1String(c.code))
            return &c;
    return nullptr;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QString normalised(const QJsonObject &a)
{
    QStringList parts;
    for (const char *key : {"streetNr", "streetNrSuffix", "streetName", "streetType", "postcode",
                            "city", "stateOrProvince", "country"})
        parts << str(a, key).toLower().simplified();
    return parts.join(QLatin1Char('|'));
}

QJsonObject cleaned(const QJsonObject &submitted)
{
    QJsonObject a;
    for (auto it = submitted.begin(); it != submitted.end(); ++it) {
        if (it->isString())
            a.insert(it.key(), it->toString().simplified());
        else
            a.insert(it.key(), *it);
    }
    a.insert(QStringLiteral("country"), str(submitted, "country").toUpper());
    a.insert(QStringLiteral("@type"), QStringLiteral("GeographicAddress"));
    return a;
}

QJsonObject located(QJsonObject a)
{
    const QString id = addressId(a);
    a.insert(QStringLiteral("id"), id);
    const QByteArray h =
        QCryptographicHash::hash(normalised(a).toUtf8(), QCryptographicHash::Sha256);
    const auto fraction = [&h](int at) {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<quint8>(h.at(at + i));
        return static_cast<double>(v) / 4294967295.0;
    };
    const CountryFacts *f = facts(str(a, "country"));
    const CountryFacts fallback{"", "", 48.0, 49.0, 8.0, 9.0};
    if (!f)
        f = &fallback;
    // Six decimals: about 10 cm, as a geocoder answers.
    const double lat = qRound((f->latMin + (f->latMax - f->latMin) * fraction(0)) * 1e6) / 1e6;
    const double lon = qRound((f->lonMin + (f->lonMax - f->lonMin) * fraction(4)) * 1e6) / 1e6;
    QJsonObject loc{
        {QStringLiteral("id"), QStringLiteral("gl-") + id.mid(3)},
        {QStringLiteral("@type"), QStringLiteral("GeoJsonPoint")},
        {QStringLiteral("name"), QStringLiteral("rooftop")},
        {QStringLiteral("type"), QStringLiteral("Point")},
        {QStringLiteral("coordinates"), QJsonArray{lon, lat}},
        {QStringLiteral("bbox"), QJsonArray{lon, lat, lon, lat}},
        {QStringLiteral("latitude"), lat},
        {QStringLiteral("longitude"), lon},
    };
    a.insert(QStringLiteral("geographicLocation"), loc);
    return a;
}

} // namespace

QList<SeedAccount> seedAccounts()
{
    // Fake companies on reserved example domains; OCNs have 4 to 12 digits as the app expects.
    const QStringList contoso{QStringLiteral("it@contoso.example"),
                              QStringLiteral("billing@contoso.example")};
    const QStringList fabrikam{QStringLiteral("telecom@fabrikam.example")};
    const QStringList northwind{QStringLiteral("admin@northwind.example"),
                                QStringLiteral("finance@northwind.example")};
    return {
        {QStringLiteral("100200300"), QStringLiteral("7000100201"), QStringLiteral("Contoso GmbH"),
         QStringLiteral("DE"), contoso},
        {QStringLiteral("100200300"), QStringLiteral("7000100202"), QStringLiteral("Contoso SAS"),
         QStringLiteral("FR"), contoso},
        {QStringLiteral("100200300"), QStringLiteral("7000100203"), QStringLiteral("Contoso Ltd"),
         QStringLiteral("GB"), contoso},
        {QStringLiteral("100200300"), QStringLiteral("7000100204"),
         QStringLiteral("Contoso Nederland BV"), QStringLiteral("NL"), contoso},
        {QStringLiteral("4711"), QStringLiteral("7000471101"), QStringLiteral("Fabrikam AG"),
         QStringLiteral("AT"), fabrikam},
        {QStringLiteral("4711"), QStringLiteral("7000471102"), QStringLiteral("Fabrikam AG"),
         QStringLiteral("CH"), fabrikam},
        {QStringLiteral("4711"), QStringLiteral("7000471103"), QStringLiteral("Fabrikam GmbH"),
         QStringLiteral("DE"), fabrikam},
        {QStringLiteral("555000111222"), QStringLiteral("7000555001"),
         QStringLiteral("Northwind Traders SL"), QStringLiteral("ES"), northwind},
        {QStringLiteral("555000111222"), QStringLiteral("7000555002"),
         QStringLiteral("Northwind Traders Srl"), QStringLiteral("IT"), northwind},
        {QStringLiteral("555000111222"), QStringLiteral("7000555003"),
         QStringLiteral("Northwind Traders AB"), QStringLiteral("SE"), northwind},
        {QStringLiteral("555000111222"), QStringLiteral("7000555004"),
         QStringLiteral("Northwind Traders Ltd"), QStringLiteral("IE"), northwind},
        {QStringLiteral("20261204"),
         QStringLiteral("7000202601"),
         QStringLiteral("Tailspin Toys NV"),
         QStringLiteral("BE"),
         {QStringLiteral("ops@tailspin.example")}},
        {QStringLiteral("20261204"),
         QStringLiteral("7000202602"),
         QStringLiteral("Tailspin Toys Oy"),
         QStringLiteral("FI"),
         {QStringLiteral("ops@tailspin.example")}},
        {QStringLiteral("20261204"),
         QStringLiteral("7000202603"),
         QStringLiteral("Tailspin Toys ApS"),
         QStringLiteral("DK"),
         {QStringLiteral("ops@tailspin.example")}},
        {QStringLiteral("20261204"),
         QStringLiteral("7000202604"),
         QStringLiteral("Tailspin Toys Lda"),
         QStringLiteral("PT"),
         {QStringLiteral("ops@tailspin.example")}},
    };
}

QList<SeedConsent> seedConsents()
{
    return {
        {QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("active")},
        {QStringLiteral("22222222-3333-4444-8555-666666666666"), QStringLiteral("active")},
        {QStringLiteral("33333333-4444-4555-8666-777777777777"), QStringLiteral("pending")},
        {QStringLiteral("44444444-5555-4666-8777-888888888888"), QStringLiteral("declined")},
    };
}

QString seedDescription()
{
    QString text = QStringLiteral("Seeded customers (fake data): OCN, BCN, country, e-mails\n");
    for (const SeedAccount &a : seedAccounts())
        text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                    .arg(a.ocn, -12)
                    .arg(a.bcn, a.country, a.name, a.contactEmails.join(QStringLiteral(", ")));
    text += QStringLiteral("Seeded consents: tenant id, status (any other tenant: none)\n");
    for (const SeedConsent &c : seedConsents())
        text += QStringLiteral("  %1  %2\n").arg(c.tenantId, c.status);
    return text;
}

QStringList knownCountries()
{
    QStringList list;
    for (const CountryFacts &c : kCountries)
        list << QLatin1String(c.code);
    return list;
}

QString callingCode(const QString &country)
{
    const CountryFacts *f = facts(country);
    return f ? QLatin1String(f->callingCode) : QString();
}

QString addressId(const QJsonObject &address)
{
    const QByteArray h =
        QCryptographicHash::hash(normalised(address).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("ga-") + QString::fromLatin1(h.toHex().left(16));
}

AddressValidation validateAddress(const QJsonObject &submitted, bool provideAlternative)
{
    AddressValidation v;
    const QString street = str(submitted, "streetName");
    const QString city = str(submitted, "city");
    const QString streetNr = str(submitted, "streetNr");
    if (street.contains(QLatin1String("nowhere"), Qt::CaseInsensitive) ||
        city.contains(QLatin1String("nowhere"), Qt::CaseInsensitive) ||
        str(submitted, "postcode") == QLatin1String("00000")) {
        v.result = QStringLiteral("fails");
        return v;
    }
    if (street.contains(QLatin1String("partial"), Qt::CaseInsensitive) ||
        streetNr == QLatin1String("0")) {
        v.result = QStringLiteral("partial");
        if (provideAlternative) {
            QJsonObject base = cleaned(submitted);
            QString fixed = street;
            fixed.remove(QStringLiteral("partial"), Qt::CaseInsensitive);
            fixed = fixed.simplified();
            if (fixed.isEmpty())
                fixed = QStringLiteral("Hauptstrasse");
            base.insert(QStringLiteral("streetName"), fixed);
            if (streetNr == QLatin1String("0"))
                base.insert(QStringLiteral("streetNr"), QStringLiteral("1"));
            for (const QString &suffix : {QStringLiteral("A"), QStringLiteral("B")}) {
                QJsonObject alt = base;
                alt.insert(QStringLiteral("streetNrSuffix"), suffix);
                v.alternatives << located(alt);
            }
        }
        return v;
    }
    v.result = QStringLiteral("success");
    v.valid = located(cleaned(submitted));
    return v;
}

NumberPool::NumberPool(const QString &country, const QString &areaCode) : m_country(country)
{
    const QString cc = callingCode(country);
    if (cc.isEmpty()) {
        m_error = QStringLiteral("country: not a country of the carrier's footprint");
        return;
    }
    QString area = PhoneNumbers::normalizeAreaCode(country, areaCode);
    QString sample;
    if (areaCode.trimmed().isEmpty()) {
        // Countries without area codes (Denmark): any geographic block of the country.
        for (char d : {'3', '4', '5', '6', '7', '8', '9', '2'}) {
            if (!sample.isEmpty())
                break;
            area = QString(QLatin1Char(d));
            sample = PhoneNumbers::sampleNumberForAreaCode(country, area);
        }
    } else if (!area.isEmpty()) {
        sample = PhoneNumbers::sampleNumberForAreaCode(country, area);
    }
    const QString prefix = QStringLiteral("+") + cc + area;
    if (sample.isEmpty() || !sample.startsWith(prefix)) {
        m_error = QStringLiteral("areaCode: not an area code of the country");
        return;
    }
    m_prefix = prefix;
    m_subscriberDigits = static_cast<int>(sample.size() - prefix.size());
    m_first = sample.mid(prefix.size()).toLongLong();
    if (m_subscriberDigits < 2)
        m_error = QStringLiteral("areaCode: too long for the country's numbers");
}

QString NumberPool::next(qint64 &cursor) const
{
    if (!m_error.isEmpty())
        return {};
    qint64 span = 1;
    for (int i = 0; i < m_subscriberDigits; ++i)
        span *= 10;
    // Upwards from the sample, a valid number of the area: the numbers nearby are valid too.
    const qint64 base = m_first;
    int misses = 0;
    while (base + cursor < span && misses < 5000) {
        const QString digits =
            QString::number(base + cursor).rightJustified(m_subscriberDigits, QLatin1Char('0'));
        ++cursor;
        const QString e164 = m_prefix + digits;
        const PhoneNumbers::Parsed p = PhoneNumbers::parseForRegion(e164, m_country);
        if (p.ok && p.e164 == e164)
            return e164;
        ++misses;
    }
    return {};
}

} // namespace od::sandbox
