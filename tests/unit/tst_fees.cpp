// Fees: the breakdown and totals of an order, exact, against tests/data/catalog_test.json so
// that changes to the sample prices of the bundled catalog do not move these numbers.
#include "catalog/Catalog.h"
#include "catalog/Fees.h"
#include "order/Order.h"

#include <QTest>

#include <limits>

using namespace od;

namespace {

Catalog testCatalog()
{
    const Result<Catalog> catalog =
        Catalog::load(QStringLiteral(ORDERDESK_TEST_DATA "/catalog_test.json"));
    if (!catalog)
        qFatal("test catalog: %s", qPrintable(catalog.error()));
    return catalog.value();
}

Office office(const char *id, const char *city, int numbers)
{
    Office o;
    o.id = QString::fromLatin1(id);
    o.address.city = QString::fromLatin1(city);
    o.totalNumbers = numbers;
    o.userNumbers = numbers;
    return o;
}

NumberRange range(const QString &first, const QString &last = QString())
{
    NumberRange r;
    r.first = first;
    r.last = last;
    r.text = r.isRange() ? r.first + QLatin1Char('-') + r.last : r.first;
    return r;
}

NumberRange range(const char *first, const char *last = "")
{
    return range(QString::fromLatin1(first), QString::fromLatin1(last));
}

// Test catalog prices (minor units):
//   DE (EUR) de-basic 500, de-pro 1200; setup 10000, installation 5000, activation 100,
//            configuration 2500, porting 300
//   GB (GBP) gb-basic 400, gb-pro 1000; setup 8000, installation 4000, activation 150,
//            configuration 2000, porting 250
//   FR (EUR) fr-basic 600; setup 9000, installation 4500, activation 120, configuration 3000,
//            porting 200
Order multiCountryOrder()
{
    Order order;

    CountryOrder de;
    de.country = QStringLiteral("DE");
    de.plans = {{QStringLiteral("de-basic"), 10},
                {QStringLiteral("de-pro"), 5},
                {QStringLiteral("de-gone"), 7}}; // not in the catalog: skipped
    de.offices = {office("o-ber", "Berlin", 20), office("o-ham", "Hamburg", 5),
                  office("o-new", "", 0)}; // just added, no numbers yet: no fee
    de.options.callForwarding = true;
    de.options.clipMode = ClipMode::Screening; // the default costs nothing
    de.options.autoAttendants = 2;
    de.options.callQueues = 1;
    order.countries << de;

    CountryOrder gb;
    gb.country = QStringLiteral("GB");
    gb.plans = {{QStringLiteral("gb-pro"), 3}};
    gb.keepNumbers = true;
    gb.porting.numbers = {range("+442071234500", "+442071234599"), // a DDI range of 100
                          range("+442079460000"),                  // a single number
                          range("+442079460001", "+442079460001"), // a "range" of one
                          range("")};                              // nothing parsed yet
    gb.offices = {office("o-lon", "London", 10)}; // ignored: the country ports its numbers
    gb.options.clipMode = ClipMode::PresentationNumber;
    order.countries << gb;

    CountryOrder fr;
    fr.country = QStringLiteral("FR");
    fr.plans = {{QStringLiteral("fr-basic"), 2}};
    fr.offices = {office("o-par", "Paris", 3)};
    order.countries << fr;

    CountryOrder unknown;
    unknown.country = QStringLiteral("XX"); // not in the catalog: skipped
    unknown.plans = {{QStringLiteral("x"), 1}};
    order.countries << unknown;
    return order;
}

} // namespace

class TestFees : public QObject
{
    Q_OBJECT

private slots:
    void totals();
    void lines_data();
    void lines();
    void lineOrder();
    void emptyOrder();
    void portedNumbers_data();
    void portedNumbers();
    void migrationLabel();
    void overflowSaturates();
};

void TestFees::totals()
{
    const FeeSummary fees = computeFees(multiCountryOrder(), testCatalog());

    // EUR monthly: DE 10 × 500 + 5 × 1200 = 5000 + 6000 = 11000; FR 2 × 600 = 1200.
    //   11000 + 1200 = 12200
    // EUR one-off:
    //   DE setup 10000
    //      Berlin installation 5000 + activation 20 × 100 = 2000
    //      Hamburg installation 5000 + activation 5 × 100 = 500
    //      call forwarding 1 × 2500 + auto attendants 2 × 2500 = 5000 + call queue 1 × 2500
    //      = 10000 + 5000 + 2000 + 5000 + 500 + 2500 + 5000 + 2500 = 32500
    //   FR setup 9000 + Paris installation 4500 + activation 3 × 120 = 360 = 13860
    //   32500 + 13860 = 46360
    // GBP monthly: 3 × 1000 = 3000
    // GBP one-off: setup 8000 + porting (100 + 1 + 1) × 250 = 25500 + CLIP 1 × 2000
    //   = 8000 + 25500 + 2000 = 35500
    QCOMPARE(fees.monthly,
             (CurrencyTotals{{QStringLiteral("EUR"), 12200}, {QStringLiteral("GBP"), 3000}}));
    QCOMPARE(fees.oneOff,
             (CurrencyTotals{{QStringLiteral("EUR"), 46360}, {QStringLiteral("GBP"), 35500}}));
    // DE: 2 plans, setup, 2 × (installation, activation), 3 options = 10
    // GB: 1 plan, setup, porting, CLIP = 4;  FR: 1 plan, setup, installation, activation = 4
    QCOMPARE(fees.lines.size(), 18);

    // The totals are the sum of the lines.
    CurrencyTotals monthly;
    CurrencyTotals oneOff;
    for (const FeeLine &line : fees.lines) {
        QCOMPARE(line.totalMinor, line.quantity * line.unitMinor);
        (line.recurring ? monthly : oneOff)[line.currency] += line.totalMinor;
    }
    QCOMPARE(monthly, fees.monthly);
    QCOMPARE(oneOff, fees.oneOff);
}

void TestFees::lines_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("kind"); // FeeLine::Kind
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("recurring");
    using K = FeeLine::Kind;
    const auto row = [](const char *name, const char *country, K kind, const char *itemId,
                        const char *label, qint64 quantity, qint64 unit, const char *currency,
                        bool recurring) {
        QTest::newRow(name) << QString::fromLatin1(country) << int(kind)
                            << QString::fromLatin1(itemId) << QString::fromLatin1(label) << quantity
                            << unit << QString::fromLatin1(currency) << recurring;
    };
    row("DE basic", "DE", K::Plan, "de-basic", "Basic DE", 10, 500, "EUR", true);
    row("DE pro", "DE", K::Plan, "de-pro", "Pro DE", 5, 1200, "EUR", true);
    row("DE setup", "DE", K::Setup, "", "Setup: Germany", 1, 10000, "EUR", false);
    row("DE Berlin installation", "DE", K::Installation, "o-ber", "Installation: Berlin", 1, 5000,
        "EUR", false);
    row("DE Berlin activation", "DE", K::Activation, "o-ber", "Activation of new numbers: Berlin",
        20, 100, "EUR", false);
    row("DE Hamburg activation", "DE", K::Activation, "o-ham", "Activation of new numbers: Hamburg",
        5, 100, "EUR", false);
    row("DE call forwarding", "DE", K::Configuration, "callForwarding",
        "Call forwarding configuration", 1, 2500, "EUR", false);
    row("DE auto attendants", "DE", K::Configuration, "autoAttendants",
        "Auto attendant configuration", 2, 2500, "EUR", false);
    row("DE call queues", "DE", K::Configuration, "callQueues", "Call queue configuration", 1, 2500,
        "EUR", false);
    row("GB pro", "GB", K::Plan, "gb-pro", "Pro GB", 3, 1000, "GBP", true);
    row("GB porting", "GB", K::Porting, "", "Porting of existing numbers", 102, 250, "GBP", false);
    row("GB CLIP", "GB", K::Configuration, "clipMode", "CLIP configuration", 1, 2000, "GBP", false);
    row("FR Paris installation", "FR", K::Installation, "o-par", "Installation: Paris", 1, 4500,
        "EUR", false);
}

void TestFees::lines()
{
    QFETCH(QString, country);
    QFETCH(int, kind);
    QFETCH(QString, itemId);
    QFETCH(QString, label);
    QFETCH(qint64, quantity);
    QFETCH(qint64, unit);
    QFETCH(QString, currency);
    QFETCH(bool, recurring);

    const FeeSummary fees = computeFees(multiCountryOrder(), testCatalog());
    const FeeLine *found = nullptr;
    for (const FeeLine &line : fees.lines) {
        if (line.country == country && int(line.kind) == kind && line.itemId == itemId) {
            QVERIFY2(!found, "one line per country, kind and item");
            found = &line;
        }
    }
    QVERIFY(found);
    QCOMPARE(found->label, label);
    QCOMPARE(found->quantity, quantity);
    QCOMPARE(found->unitMinor, unit);
    QCOMPARE(found->totalMinor, quantity * unit);
    QCOMPARE(found->currency, currency);
    QCOMPARE(found->recurring, recurring);
}

void TestFees::lineOrder()
{
    // Lines follow the order: country by country, plans first; nothing for skipped entries.
    const FeeSummary fees = computeFees(multiCountryOrder(), testCatalog());
    QStringList seen;
    for (const FeeLine &line : fees.lines) {
        if (!seen.contains(line.country))
            seen << line.country;
        QVERIFY(line.itemId != QLatin1String("de-gone"));
        QVERIFY(line.itemId != QLatin1String("o-new"));
        QVERIFY(line.itemId != QLatin1String("o-lon"));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("FR")}));
    QCOMPARE(fees.lines.first().kind, FeeLine::Kind::Plan);
}

void TestFees::emptyOrder()
{
    const FeeSummary fees = computeFees(Order(), testCatalog());
    QVERIFY(fees.lines.isEmpty());
    QVERIFY(fees.monthly.isEmpty());
    QVERIFY(fees.oneOff.isEmpty());

    // A country with nothing chosen yet still has its setup fee.
    Order order;
    CountryOrder fr;
    fr.country = QStringLiteral("FR");
    order.countries << fr;
    const FeeSummary setupOnly = computeFees(order, testCatalog());
    QCOMPARE(setupOnly.lines.size(), 1);
    QCOMPARE(setupOnly.oneOff, (CurrencyTotals{{QStringLiteral("EUR"), 9000}}));
    QVERIFY(setupOnly.monthly.isEmpty());
}

void TestFees::portedNumbers_data()
{
    // Each entry is "first" or "first..last", as NumberRange holds them once parsed.
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<qint64>("count");
    const auto row = [](const char *name, std::initializer_list<const char *> entries,
                        qint64 count) {
        QStringList numbers;
        for (const char *entry : entries)
            numbers << QString::fromLatin1(entry);
        QTest::newRow(name) << numbers << count;
    };
    row("none", {}, 0);
    row("single", {"+493012345678"}, 1);
    row("range of 100", {"+493012345600..+493012345699"}, 100);
    row("range of 10 over a decade", {"+493012345695..+493012345704"}, 10);
    row("range of 1000", {"+4930123000..+4930123999"}, 1000);
    row("same ends", {"+493012345600..+493012345600"}, 1);
    row("mixed", {"+493012345600..+493012345649", "+493099999999", ""}, 51);
    // Malformed entries the rules reject count as the one number the rep typed first.
    row("reversed", {"+493012345699..+493012345600"}, 1);
    row("different lengths", {"+493012345600..+4930123456999"}, 1);
    row("only empty", {"", ""}, 0);
}

void TestFees::portedNumbers()
{
    QFETCH(QStringList, numbers);
    QFETCH(qint64, count);
    Order order;
    CountryOrder de;
    de.country = QStringLiteral("DE");
    de.keepNumbers = true;
    for (const QString &entry : numbers) {
        const QStringList ends = entry.split(QStringLiteral(".."));
        de.porting.numbers << range(ends.at(0), ends.value(1));
    }
    order.countries << de;

    const FeeSummary fees = computeFees(order, testCatalog());
    qint64 ported = 0;
    for (const FeeLine &line : fees.lines) {
        if (line.kind == FeeLine::Kind::Porting)
            ported += line.quantity;
    }
    QCOMPARE(ported, count);
    // setup 10000 + count × 300
    QCOMPARE(fees.oneOff.value(QStringLiteral("EUR")), 10000 + count * 300);
}

void TestFees::migrationLabel()
{
    Order order;
    CountryOrder gb;
    gb.country = QStringLiteral("GB");
    gb.keepNumbers = true;
    gb.porting.kind = PortKind::Migrate;
    gb.porting.numbers = {range("+442071234500")};
    order.countries << gb;
    const FeeSummary fees = computeFees(order, testCatalog());
    QCOMPARE(fees.lines.size(), 2);
    QCOMPARE(fees.lines.at(1).kind, FeeLine::Kind::Porting);
    QCOMPARE(fees.lines.at(1).label, QStringLiteral("Migration of existing numbers"));
}

void TestFees::overflowSaturates()
{
    // A catalog with an absurd price must not wrap the totals round to small or negative sums.
    const QByteArray json = R"({
        "version": "huge",
        "countries": [{
            "code": "DE", "name": "Germany", "currency": "EUR", "offeringId": "oc-de",
            "plans": [{"id": "p", "name": "P", "description": "d",
                       "monthlyPrice": 4611686018427387904}],
            "fees": {"setupPerCountry": 9223372036854775807, "installationPerOffice": 0,
                     "activationPerNumber": 0, "configurationPerOption": 0,
                     "portingPerNumber": 0},
            "clipModes": ["screening"],
            "porting": {"leadTimeDays": 10},
            "holidays": []
        }]
    })";
    const Result<Catalog> catalog = Catalog::fromJson(json);
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));

    Order order;
    CountryOrder de;
    de.country = QStringLiteral("DE");
    de.plans = {{QStringLiteral("p"), 3}};
    de.options.callQueues = 1;
    order.countries << de;
    const FeeSummary fees = computeFees(order, catalog.value());
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QCOMPARE(fees.monthly.value(QStringLiteral("EUR")), max); // 3 × 2^62
    QCOMPARE(fees.oneOff.value(QStringLiteral("EUR")), max);  // max + 0
    for (const FeeLine &line : fees.lines)
        QVERIFY(line.totalMinor >= 0);
}

QTEST_GUILESS_MAIN(TestFees)
#include "tst_fees.moc"
