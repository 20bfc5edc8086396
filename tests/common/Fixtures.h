#pragma once
// Orders for tests and benchmarks, built against the bundled catalog so that every value is
// valid unless a test breaks it on purpose.

#include "catalog/Catalog.h"
#include "catalog/WorkingDays.h"
#include "order/Order.h"
#include "phone/PhoneNumbers.h"

#include <QUuid>

namespace od::fixtures {

/// A city and an area code of it for each country of the catalog.
struct Site
{
    const char *country;
    const char *city;
    const char *areaCode;
    const char *postalCode;
    const char *street;
};

inline const Site kSites[] = {
    {"AT", "Wien", "1", "1010", "Stephansplatz"},
    {"BE", "Brussels", "2", "1000", "Rue de la Loi"},
    {"CH", "Zürich", "44", "8001", "Bahnhofstrasse"},
    {"DE", "Frankfurt am Main", "69", "60311", "Kaiserstraße"},
    {"DK", "København", "", "1050", "Kongens Nytorv"},
    {"ES", "Madrid", "91", "28013", "Calle Mayor"},
    {"FI", "Helsinki", "9", "00100", "Mannerheimintie"},
    {"FR", "Marseille", "491", "13001", "La Canebière"},
    {"GB", "London", "20", "EC1A 1BB", "King Edward Street"},
    {"IE", "Dublin", "1", "D02", "Grafton Street"},
    {"IT", "Roma", "06", "00184", "Via Nazionale"},
    {"NL", "Amsterdam", "20", "1012", "Damrak"},
    {"PT", "Lisboa", "21", "1100", "Rua Augusta"},
    {"SE", "Stockholm", "8", "111 52", "Drottninggatan"},
};

inline const Site *siteFor(const QString &country)
{
    for (const Site &s : kSites)
        if (country == QLatin1String(s.country))
            return &s;
    return nullptr;
}

/// `count` consecutive valid numbers of the area, starting at block `block` (distinct blocks
/// give distinct numbers).
inline QStringList numbersInArea(const QString &country, const QString &areaCode, int block,
                                 int count)
{
    // Denmark has no area codes: numbers of Copenhagen start with 33.
    const QString prefix =
        areaCode.isEmpty() && country == QLatin1String("DK") ? QStringLiteral("33") : areaCode;
    const QString sample = PhoneNumbers::sampleNumberForAreaCode(country, prefix);
    QStringList out;
    if (sample.isEmpty())
        return out;
    // Replace the last four digits: block * 100 + k stays within the same number length.
    const QString stem = sample.left(sample.size() - 4);
    for (int k = 0; k < count; ++k)
        out << stem + QStringLiteral("%1").arg(block * 100 + k, 4, 10, QLatin1Char('0'));
    return out;
}

inline Address siteAddress(const Site &s, const QString &company, int houseNumber)
{
    Address a;
    a.companyName = company;
    a.houseNumber = QString::number(houseNumber);
    a.street = QString::fromUtf8(s.street);
    a.postalCode = QString::fromUtf8(s.postalCode);
    a.city = QString::fromUtf8(s.city);
    a.country = QLatin1String(s.country);
    return a;
}

inline Office office(const Site &s, int index, int users, int resourceAccounts)
{
    Office o;
    o.id = QUuid::createUuidV5(QUuid(),
                               QStringLiteral("%1-%2").arg(QLatin1String(s.country)).arg(index))
               .toString(QUuid::WithoutBraces);
    o.address = siteAddress(s, QStringLiteral("Contoso Ltd"), 10 + index);
    o.validation = AddressValidation::Validated;
    o.validatedAddressId = QStringLiteral("addr-%1-%2").arg(QLatin1String(s.country)).arg(index);
    o.geocode = GeoPoint{48.1 + index / 100.0, 11.5 + index / 100.0};
    o.areaCode = QString::fromUtf8(s.areaCode);
    o.totalNumbers = users + resourceAccounts;
    o.userNumbers = users;
    o.resourceAccountNumbers = resourceAccounts;
    o.reservationRequested = true;
    o.reservationId = QStringLiteral("res-%1-%2").arg(QLatin1String(s.country)).arg(index);
    o.reservedNumbers = numbersInArea(QLatin1String(s.country), o.areaCode, index, o.totalNumbers);
    return o;
}

inline Contact contact(const QString &name, const QString &email)
{
    return Contact{name, email, QStringLiteral("+4969123456789"), QStringLiteral("IT lead")};
}

/// A complete, valid order without porting; `countries` ISO codes, each with `offices` offices
/// of `users` + `resourceAccounts` numbers.
inline Order newNumbersOrder(const Catalog &catalog, const QStringList &countries, int offices,
                             int users, int resourceAccounts)
{
    Order order = Order::create(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    order.customer.kind = CustomerKind::Existing;
    order.customer.ocn = QStringLiteral("10023456");
    order.customer.accountEmail = QStringLiteral("it@contoso.example.com");
    order.customer.companyName = QStringLiteral("Contoso Ltd");
    order.customer.verified = true;
    order.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    for (const QString &code : countries) {
        const CountryInfo *info = catalog.country(code);
        const Site *site = siteFor(code);
        Q_ASSERT(info && site);
        CountryOrder c;
        c.country = code;
        c.ocn = order.customer.ocn;
        c.bcn = QStringLiteral("BCN-") + code;
        c.plans.append(PlanLine{info->plans.first().id, offices * users});
        for (int i = 0; i < offices; ++i)
            c.offices.append(office(*site, i, users, resourceAccounts));
        c.options.autoAttendants = resourceAccounts > 0 ? 1 : 0;
        order.countries.append(c);
    }
    order.orderContact =
        contact(QStringLiteral("Alex Example"), QStringLiteral("alex@contoso.example.com"));
    order.technicalContact =
        contact(QStringLiteral("Sam Example"), QStringLiteral("sam@contoso.example.com"));
    order.legalAddress =
        siteAddress(*siteFor(QStringLiteral("DE")), QStringLiteral("Contoso Ltd"), 1);
    order.legalAddressConfirmed = true;
    order.signatory =
        Signatory{QStringLiteral("Kim Example"), QStringLiteral("kim@contoso.example.com"),
                  QStringLiteral("Managing Director"), true};
    order.stepReached = Step::Submission;
    return order;
}

/// The largest order the rules allow: every catalog country, 5 offices × 100 numbers each.
inline Order maximalOrder(const Catalog &catalog)
{
    QStringList codes;
    for (const CountryInfo &c : catalog.countries())
        codes << c.code;
    return newNumbersOrder(catalog, codes, 5, 90, 10);
}

/// A valid order that ports `ranges` DDI ranges of 100 numbers in Germany (plus one single
/// number), with the earliest allowed port date from `today`.
inline Order portingOrder(const Catalog &catalog, const QDate &today, int ranges = 20)
{
    Order order = newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 10, 0);
    CountryOrder &de = order.countries.first();
    de.offices.clear();
    de.keepNumbers = true;
    de.options = {};
    const CountryInfo &info = *catalog.country(QStringLiteral("DE"));
    PortingDetails &p = de.porting;
    p.kind = PortKind::Port;
    p.losingCarrier = QStringLiteral("Example Telekom");
    p.accountHolderName = QStringLiteral("Contoso Ltd");
    p.accountHolderAddress = siteAddress(*siteFor(QStringLiteral("DE")), QString(), 1);
    for (int r = 0; r < ranges; ++r) {
        const QStringList block = numbersInArea(QStringLiteral("DE"), QStringLiteral("69"), r, 100);
        p.numbers.append(NumberRange{block.first() + QStringLiteral(" - ") + block.last(),
                                     block.first(), block.last()});
    }
    const QString single = numbersInArea(QStringLiteral("DE"), QStringLiteral("69"), 99, 1).first();
    p.numbers.append(NumberRange{single, single, QString()});
    p.requestedDate = addWorkingDays(today, info.portingLeadTimeDays, info);
    for (const PortingField &f : info.portingFields)
        p.extras.insert(f.key, QStringLiteral("x"));
    return order;
}

} // namespace od::fixtures
