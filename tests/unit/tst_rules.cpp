#include "../common/Fixtures.h"
#include "order/OrderJson.h"
#include "order/Rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <climits>

#include <functional>

using namespace od;

Q_DECLARE_METATYPE(od::Order)
using Mutation = std::function<void(od::Order &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
const QDate kToday(2026, 12, 3); // a Thursday

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QStringLiteral("%1 [%2] %3")
                     .arg(p.isError() ? QStringLiteral("E") : QStringLiteral("W"), p.field,
                          p.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasErrorAt(const Problems &problems, const QString &field, const QString &words = QString())
{
    for (const Problem &p : problems)
        if (p.field == field && p.isError() && p.message.contains(words))
            return true;
    return false;
}

/// Wraps every text of one translation context in ⟦ ⟧, so that a test sees which messages went
/// through tr() (the placeholders inside stay, so arg() still fills them).
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return QStringLiteral("\u27e6") + QString::fromUtf8(sourceText) + QStringLiteral("\u27e7");
    }

private:
    const char *m_context;
};
} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

    Order germany(int offices = 1, int users = 8, int resourceAccounts = 2) const
    {
        return fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, offices, users,
                                         resourceAccounts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalog.country(QStringLiteral("DE")));
        // The rules below rely on these catalog facts of DOMAIN.md.
        QVERIFY(m_catalog.country(QStringLiteral("DE"))->areaCodeMustMatchLocality);
        QVERIFY(!m_catalog.country(QStringLiteral("DE"))->allowsClipMode(ClipMode::NoScreening));
    }

    void validOrdersHaveNoProblems_data()
    {
        QTest::addColumn<Order>("order");
        QTest::newRow("germany") << germany();
        QTest::newRow("maximal") << fixtures::maximalOrder(m_catalog);
        QTest::newRow("porting") << fixtures::portingOrder(m_catalog, kToday);
    }

    void validOrdersHaveNoProblems()
    {
        QFETCH(Order, order);
        Order o = order;
        // Porting fixtures fill the country's extra fields with placeholders; use valid ones.
        for (CountryOrder &c : o.countries)
            c.porting.extras = validExtras(c.country);
        const Problems problems = Rules(m_catalog, kToday).checkOrder(o);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void stepRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("field"); // empty: the step has no error

        const int offices = int(Step::Offices);
        const auto officesCount = [](int n) {
            return Mutation([n](Order &o) {
                CountryOrder &c = o.countries.first();
                const Office model = c.offices.first();
                c.offices.clear();
                for (int i = 0; i < n; ++i) {
                    Office x = fixtures::office(*fixtures::siteFor(QStringLiteral("DE")), i, 1, 0);
                    c.offices.append(x);
                }
                c.options.autoAttendants = 0;
                Q_UNUSED(model);
            });
        };
        QTest::newRow("0 offices")
            << officesCount(0) << offices << QStringLiteral("countries[0].offices|add an office");
        QTest::newRow("1 office") << officesCount(1) << offices << QString();
        QTest::newRow("5 offices") << officesCount(5) << offices << QString();
        QTest::newRow("6 offices") << officesCount(6) << offices
                                   << QStringLiteral("countries[0].offices|at most 5 offices");

        const auto numbers = [](int total) {
            return Mutation([total](Order &o) {
                CountryOrder &c = o.countries.first();
                c.offices = {
                    fixtures::office(*fixtures::siteFor(QStringLiteral("DE")), 0, total, 0)};
                c.plans.first().quantity = std::max(1, total);
                c.options.autoAttendants = 0;
            });
        };
        const QString total = QStringLiteral("countries[0].offices[0].totalNumbers");
        QTest::newRow("0 numbers")
            << numbers(0) << offices << total + QStringLiteral("|reserve at least one number");
        QTest::newRow("1 number") << numbers(1) << offices << QString();
        QTest::newRow("100 numbers") << numbers(100) << offices << QString();
        QTest::newRow("101 numbers")
            << numbers(101) << offices << total + QStringLiteral("|at most 100 numbers");

        QTest::newRow("users + resource accounts != total")
            << Mutation([](Order &o) { o.countries[0].offices[0].userNumbers -= 1; }) << offices
            << QStringLiteral("countries[0].offices[0].userNumbers");
        QTest::newRow("negative resource accounts")
            << Mutation([](Order &o) { o.countries[0].offices[0].resourceAccountNumbers = -1; })
            << offices << QStringLiteral("countries[0].offices[0].resourceAccountNumbers");
        QTest::newRow("user numbers > bundles")
            << Mutation([](Order &o) { o.countries[0].plans[0].quantity = 7; }) << offices
            << QStringLiteral("countries[0].offices|8 numbers for users, but the voice plans "
                              "cover 7 users");
        QTest::newRow("user numbers = bundles")
            << Mutation([](Order &o) { o.countries[0].plans[0].quantity = 8; }) << offices
            << QString();
        QTest::newRow("address in the wrong country") << Mutation([](Order &o) {
            o.countries[0].offices[0].address.country = QStringLiteral("AT");
        }) << offices << QStringLiteral("countries[0].offices[0].address.country");
        QTest::newRow("area code of another city")
            << Mutation([](Order &o) { o.countries[0].offices[0].areaCode = QStringLiteral("30"); })
            << offices << QStringLiteral("countries[0].offices[0].areaCode");
        QTest::newRow("area code with trunk zero") << Mutation([](Order &o) {
            o.countries[0].offices[0].areaCode = QStringLiteral("069");
        }) << offices << QString();
        QTest::newRow("area code missing where required")
            << Mutation([](Order &o) { o.countries[0].offices[0].areaCode.clear(); }) << offices
            << QStringLiteral("countries[0].offices[0].areaCode");
        QTest::newRow("not an area code")
            << Mutation(
                   [](Order &o) { o.countries[0].offices[0].areaCode = QStringLiteral("00000"); })
            << offices
            << QStringLiteral("countries[0].offices[0].areaCode|choose an area code of Frankfurt");
        QTest::newRow("CLIP no screening not allowed in DE")
            << Mutation([](Order &o) { o.countries[0].options.clipMode = ClipMode::NoScreening; })
            << offices << QStringLiteral("countries[0].options.clipMode");
        QTest::newRow("reserved before validation") << Mutation([](Order &o) {
            o.countries[0].offices[0].validation = AddressValidation::NotValidated;
        }) << offices << QStringLiteral("countries[0].offices[0].reservedNumbers");
        // Reserve is kept in the order like Validate: never pressed, nothing would ever reserve
        // the numbers, so the rep is told at once; pressed, the number service settles it.
        const auto unreserved = [](bool requested, bool validated, bool validationRequested) {
            return Mutation([=](Order &o) {
                Office &x = o.countries[0].offices[0];
                if (!validated) {
                    x.validation = AddressValidation::NotValidated;
                    x.validatedAddressId.clear();
                    x.geocode.reset();
                }
                x.validationRequested = validationRequested;
                x.reservationId.clear();
                x.reservedNumbers.clear();
                x.reservationRequested = requested;
            });
        };
        const QString reservedNumbers = QStringLiteral("countries[0].offices[0].reservedNumbers");
        QTest::newRow("Reserve never pressed")
            << unreserved(false, true, false) << offices
            << reservedNumbers + QStringLiteral("|the numbers are not reserved: press Reserve.");
        QTest::newRow("Reserve pressed, waiting for the number service")
            << unreserved(true, true, false) << offices << QString();
        QTest::newRow("Validate pressed, Reserve never pressed")
            << unreserved(false, false, true) << offices
            << reservedNumbers + QStringLiteral("|the numbers are not reserved: press Reserve.");
        QTest::newRow("Validate and Reserve pressed, both waiting")
            << unreserved(true, false, true) << offices << QString();
        QTest::newRow("neither Validate nor Reserve pressed")
            << unreserved(false, false, false) << offices
            << reservedNumbers +
                   QStringLiteral("|the numbers are not reserved: validate the address, then "
                                  "press Reserve.");
        QTest::newRow("reservation of the wrong size")
            << Mutation([](Order &o) { o.countries[0].offices[0].reservedNumbers.removeLast(); })
            << offices << QStringLiteral("countries[0].offices[0].reservedNumbers");
        QTest::newRow("reserved number of another country") << Mutation([](Order &o) {
            o.countries[0].offices[0].reservedNumbers[3] = QStringLiteral("+43123456789");
        }) << offices << QStringLiteral("countries[0].offices[0].reservedNumbers[3]");
        // Counts near the int limit must not wrap round when added up.
        QTest::newRow("huge plan quantities cover the users") << Mutation([](Order &o) {
            const QString other =
                Catalog::bundled().value().country(QStringLiteral("DE"))->plans.at(1).id;
            o.countries[0].plans = {{o.countries[0].plans[0].planId, INT_MAX}, {other, INT_MAX}};
        }) << offices << QString();
        QTest::newRow("huge auto attendant and call queue counts") << Mutation([](Order &o) {
            o.countries[0].options.autoAttendants = INT_MAX;
            o.countries[0].options.callQueues = INT_MAX;
        }) << offices << QStringLiteral("countries[0].options.autoAttendants");
        QTest::newRow("reserved number outside the area code") << Mutation([](Order &o) {
            // A Berlin number in a Frankfurt office: registered there, it breaks the rule that
            // the numbers' area code belongs to the office's locality.
            o.countries[0].offices[0].reservedNumbers[3] =
                fixtures::numbersInArea(QStringLiteral("DE"), QStringLiteral("30"), 0, 1).first();
        }) << offices << QStringLiteral("countries[0].offices[0].reservedNumbers[3]|area code 69");
        QTest::newRow("more services than resource numbers")
            << Mutation([](Order &o) { o.countries[0].options.callQueues = 2; }) << offices
            << QStringLiteral("countries[0].options.autoAttendants|plan more numbers for resource "
                              "accounts");
        QTest::newRow("forwarding without target")
            << Mutation([](Order &o) { o.countries[0].options.callForwarding = true; }) << offices
            << QStringLiteral("countries[0].options.callForwardingTarget");

        const int plans = int(Step::VoicePlans);
        QTest::newRow("no country") << Mutation([](Order &o) { o.countries.clear(); }) << plans
                                    << QStringLiteral("countries");
        QTest::newRow("missing BCN") << Mutation([](Order &o) { o.countries[0].bcn.clear(); })
                                     << plans << QStringLiteral("countries[0].bcn");
        QTest::newRow("missing OCN")
            << Mutation([](Order &o) { o.countries[0].ocn = QStringLiteral("  "); }) << plans
            << QStringLiteral("countries[0].ocn");
        QTest::newRow("no plan") << Mutation([](Order &o) { o.countries[0].plans.clear(); })
                                 << plans << QStringLiteral("countries[0].plans");
        QTest::newRow("plan of 0 users")
            << Mutation([](Order &o) { o.countries[0].plans[0].quantity = 0; }) << plans
            << QStringLiteral("countries[0].plans[0].quantity");
        QTest::newRow("unknown plan")
            << Mutation([](Order &o) { o.countries[0].plans[0].planId = QStringLiteral("gold"); })
            << plans << QStringLiteral("countries[0].plans[0].planId");
        QTest::newRow("country not in catalog")
            << Mutation([](Order &o) { o.countries[0].country = QStringLiteral("US"); }) << plans
            << QStringLiteral("countries[0].country");
        QTest::newRow("country twice")
            << Mutation([](Order &o) { o.countries.append(o.countries.first()); }) << plans
            << QStringLiteral("countries[1].country");

        const int customer = int(Step::Customer);
        QTest::newRow("malformed tenant id") << Mutation([](Order &o) {
            o.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db4");
        }) << customer << QStringLiteral("tenantId");
        QTest::newRow("nil tenant id (a placeholder)") << Mutation([](Order &o) {
            o.tenantId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        }) << customer << QStringLiteral("tenantId|placeholder");
        QTest::newRow("tenant id with braces") << Mutation([](Order &o) {
            o.tenantId = QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db47}");
        }) << customer << QStringLiteral("tenantId");
        QTest::newRow("malformed account e-mail")
            << Mutation([](Order &o) { o.customer.accountEmail = QStringLiteral("it@contoso"); })
            << customer << QStringLiteral("customer.accountEmail");
        QTest::newRow("e-mail with space") << Mutation([](Order &o) {
            o.customer.accountEmail = QStringLiteral("i t@contoso.com");
        }) << customer << QStringLiteral("customer.accountEmail");
        QTest::newRow("OCN with letters")
            << Mutation([](Order &o) { o.customer.ocn = QStringLiteral("12AB5678"); }) << customer
            << QStringLiteral("customer.ocn");
        QTest::newRow("prospect without company") << Mutation([](Order &o) {
            o.customer.kind = CustomerKind::Prospect;
            o.customer.companyName.clear();
            o.customer.prospectAddress = o.legalAddress;
            o.customer.prospectContact = o.orderContact;
        }) << customer << QStringLiteral("customer.companyName");

        const int contacts = int(Step::Contacts);
        QTest::newRow("malformed contact e-mail")
            << Mutation([](Order &o) { o.orderContact.email = QStringLiteral("alex.contoso.com"); })
            << contacts << QStringLiteral("orderContact.email");
        QTest::newRow("contact phone not E.164")
            << Mutation([](Order &o) { o.technicalContact.phone = QStringLiteral("069 1234567"); })
            << contacts << QStringLiteral("technicalContact.phone");
        QTest::newRow("legal address not confirmed")
            << Mutation([](Order &o) { o.legalAddressConfirmed = false; }) << contacts
            << QStringLiteral("legalAddressConfirmed");

        const int submission = int(Step::Submission);
        QTest::newRow("signatory not authorised")
            << Mutation([](Order &o) { o.signatory.authorised = false; }) << submission
            << QStringLiteral("signatory.authorised");
        QTest::newRow("porting order needs no signatory yet") << Mutation([](Order &o) {
            o.signatory = {};
            o.countries[0].keepNumbers = true;
        }) << submission << QString();
    }

    void stepRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(int, step);
        QFETCH(QString, field);
        // "path|words": where two rules report on the same field, the words tell them apart.
        const QString words = field.section(QLatin1Char('|'), 1);
        field = field.section(QLatin1Char('|'), 0, 0);
        Order order = germany();
        mutate(order);
        const Problems problems = Rules(m_catalog, kToday).checkStep(order, Step(step));
        for (const Problem &p : problems) {
            QCOMPARE(int(p.step), step);
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
        }
        if (field.isEmpty())
            QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        else
            QVERIFY2(hasErrorAt(problems, field, words), qPrintable(describe(problems)));
    }

    void portingRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        const QString base = QStringLiteral("countries[0].porting");
        QTest::newRow("valid") << Mutation([](Order &) {}) << QString();
        QTest::newRow("date one working day too early") << Mutation([](Order &o) {
            auto &p = o.countries[0].porting;
            p.requestedDate = addWorkingDays(
                p.requestedDate, -1, *Catalog::bundled().value().country(QStringLiteral("DE")));
        }) << base + QStringLiteral(".requestedDate");
        QTest::newRow("date on a Saturday")
            << Mutation([](Order &o) { o.countries[0].porting.requestedDate = QDate(2027, 1, 9); })
            << base + QStringLiteral(".requestedDate|choose a working day");
        QTest::newRow("date on a holiday")
            << Mutation([](Order &o) {
                   o.countries[0].porting.requestedDate = QDate(2027, 5, 6);
               }) // Ascension
            << base + QStringLiteral(".requestedDate|choose a working day");
        QTest::newRow("no date") << Mutation([](Order &o) {
            o.countries[0].porting.requestedDate = {};
        }) << base + QStringLiteral(".requestedDate");
        QTest::newRow("no losing carrier")
            << Mutation([](Order &o) { o.countries[0].porting.losingCarrier.clear(); })
            << base + QStringLiteral(".losingCarrier");
        QTest::newRow("no account holder")
            << Mutation([](Order &o) { o.countries[0].porting.accountHolderName.clear(); })
            << base + QStringLiteral(".accountHolderName");
        QTest::newRow("migration without current type")
            << Mutation([](Order &o) { o.countries[0].porting.kind = PortKind::Migrate; })
            << base + QStringLiteral(".currentTeamsNumberType");
        QTest::newRow("no numbers")
            << Mutation([](Order &o) { o.countries[0].porting.numbers.clear(); })
            << base + QStringLiteral(".numbers");
        QTest::newRow("unreadable entry") << Mutation([](Order &o) {
            o.countries[0].porting.numbers.append(NumberRange{QStringLiteral("call me"), {}, {}});
        }) << base + QStringLiteral(".numbers[21]");
        QTest::newRow("number of another country") << Mutation([](Order &o) {
            o.countries[0].porting.numbers.append(
                NumberRange{QStringLiteral("+43 1 234567"), QStringLiteral("+431234567"), {}});
        }) << base + QStringLiteral(".numbers[21]");
        QTest::newRow("entry not stored in E.164") << Mutation([](Order &o) {
            o.countries[0].porting.numbers.append(
                NumberRange{QStringLiteral("030 1234567"), QStringLiteral("0301234567"), {}});
        }) << base + QStringLiteral(".numbers[21]");
        QTest::newRow("range end not stored in E.164") << Mutation([](Order &o) {
            o.countries[0].porting.numbers.append(NumberRange{QStringLiteral("030 1234500-99"),
                                                              QStringLiteral("+49301234500"),
                                                              QStringLiteral("0301234599")});
        }) << base + QStringLiteral(".numbers[21]");
        QTest::newRow("overlapping ranges") << Mutation([](Order &o) {
            auto n = o.countries[0].porting.numbers.at(3);
            o.countries[0].porting.numbers.append(n);
        }) << base + QStringLiteral(".numbers[21]");
        QTest::newRow("two singles inside one range") << Mutation([](Order &o) {
            auto &numbers = o.countries[0].porting.numbers;
            const NumberRange range = numbers.at(5);
            const QString a = range.first.left(range.first.size() - 2) + QStringLiteral("10");
            const QString b = range.first.left(range.first.size() - 2) + QStringLiteral("20");
            numbers.append(NumberRange{a, a, {}});
            numbers.append(NumberRange{b, b, {}});
        }) << base + QStringLiteral(".numbers[22]");
        QTest::newRow("reversed range") << Mutation([](Order &o) {
            std::swap(o.countries[0].porting.numbers[0].first,
                      o.countries[0].porting.numbers[0].last);
        }) << base + QStringLiteral(".numbers[0]");
        QTest::newRow("holder address missing city")
            << Mutation([](Order &o) { o.countries[0].porting.accountHolderAddress.city.clear(); })
            << base + QStringLiteral(".accountHolderAddress.city");
    }

    void portingRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        const QString words = field.section(QLatin1Char('|'), 1); // as in stepRules
        field = field.section(QLatin1Char('|'), 0, 0);
        Order order = fixtures::portingOrder(m_catalog, kToday);
        order.countries[0].porting.extras = validExtras(QStringLiteral("DE"));
        mutate(order);
        const Problems problems = Rules(m_catalog, kToday).checkStep(order, Step::Porting);
        if (field.isEmpty())
            QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        else
            QVERIFY2(hasErrorAt(problems, field, words), qPrintable(describe(problems)));
    }

    void portingAreaOfManySinglesIsCheckedCheaply()
    {
        // 2,000 single Frankfurt numbers, then one Berlin number: the Berlin one is still named
        // (a warning in Germany), and re-checking stays fast enough for every edit.
        Order order = fixtures::portingOrder(m_catalog, kToday, 0);
        order.countries[0].porting.extras = validExtras(QStringLiteral("DE"));
        auto &numbers = order.countries[0].porting.numbers;
        numbers.clear();
        for (int b = 0; b < 20; ++b)
            for (const QString &n :
                 fixtures::numbersInArea(QStringLiteral("DE"), QStringLiteral("69"), b, 100))
                numbers.append(NumberRange{n, n, {}});
        const QString berlin =
            fixtures::numbersInArea(QStringLiteral("DE"), QStringLiteral("30"), 1, 1).first();
        numbers.append(NumberRange{berlin, berlin, {}});
        const Rules rules(m_catalog, kToday);
        (void)rules.checkStep(order, Step::Porting); // warm the parse memo
        QElapsedTimer timer;
        timer.start();
        const Problems problems = rules.checkStep(order, Step::Porting);
        const qint64 ms = timer.elapsed();
        QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        const QString field = QStringLiteral("countries[0].porting.numbers[2000]");
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [&](const Problem &p) { return p.field == field; }),
                 qPrintable(describe(problems)));
        QVERIFY2(ms < 150, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void earliestPortDateSkipsWeekendsAndHolidays()
    {
        const Rules rules(m_catalog, kToday);
        const CountryInfo &de = *m_catalog.country(QStringLiteral("DE"));
        const QDate earliest = rules.earliestPortDate(QStringLiteral("DE"));
        QCOMPARE(workingDaysBetween(kToday, earliest, de), de.portingLeadTimeDays);
        QVERIFY(isWorkingDay(earliest, de));
        // 10 working days from Thu 3 Dec 2026 in Germany: 4, 7-11, 14-17 Dec.
        if (de.portingLeadTimeDays == 10)
            QCOMPARE(earliest, QDate(2026, 12, 17));
    }

    void portDateInAYearWithoutHolidaysWarns()
    {
        // The catalog holds 2026 and 2027. A date in 2028 cannot be checked against Germany's
        // holidays: the rep is warned instead of the check silently passing.
        const QDate today(2027, 12, 1);
        const Rules rules(m_catalog, today);
        Order order = fixtures::portingOrder(m_catalog, today);
        order.countries[0].porting.extras = validExtras(QStringLiteral("DE"));
        const QString field = QStringLiteral("countries[0].porting.requestedDate");
        const auto warningAt = [&](const Problems &problems) {
            return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
                return p.field == field && !p.isError() &&
                       p.message.contains(QStringLiteral("2028"));
            });
        };
        Problems problems = rules.checkStep(order, Step::Porting);
        QVERIFY2(!hasErrors(problems) && !warningAt(problems), qPrintable(describe(problems)));
        order.countries[0].porting.requestedDate = QDate(2028, 4, 17); // Easter Monday 2028
        problems = rules.checkStep(order, Step::Porting);
        QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        QVERIFY2(warningAt(problems), qPrintable(describe(problems)));
    }

    void portDateWithinTheFormsValidity()
    {
        // France's porting form is valid for 3 months after signature: a later port date would
        // outlive it. A warning, since the form may be signed later than today.
        QCOMPARE(m_catalog.country(QStringLiteral("FR"))->portingFormValidityMonths, 3);
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("FR")}, 1, 1, 0);
        CountryOrder &c = order.countries[0];
        c.keepNumbers = true;
        c.offices.clear();
        c.porting = fixtures::portingOrder(m_catalog, kToday).countries[0].porting;
        c.porting.numbers = {
            NumberRange{QStringLiteral("04 91 12 34 56"), QStringLiteral("+33491123456"), {}}};
        c.porting.accountHolderAddress =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("FR")), {}, 1);
        c.porting.extras = validExtras(QStringLiteral("FR"));
        const QString field = QStringLiteral("countries[0].porting.requestedDate");
        const Rules rules(m_catalog, kToday);
        const auto warned = [&](const QDate &date) {
            c.porting.requestedDate = date;
            const Problems problems = rules.checkStep(order, Step::Porting);
            return !hasErrors(problems) &&
                   std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
                       return p.field == field && p.message.contains(QStringLiteral("3 months"));
                   });
        };
        QVERIFY(!warned(QDate(2027, 3, 3))); // exactly 3 months after 3 Dec 2026: still valid
        QVERIFY(warned(QDate(2027, 3, 4)));
        // Germany's form has no limit.
        Order de = fixtures::portingOrder(m_catalog, kToday);
        de.countries[0].porting.extras = validExtras(QStringLiteral("DE"));
        de.countries[0].porting.requestedDate = QDate(2027, 11, 2);
        const Problems problems = rules.checkStep(de, Step::Porting);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void mainBillingNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("words"); // empty: no problem
        QTest::newRow("E.164") << QStringLiteral("+442079460000") << QString();
        QTest::newRow("missing") << QString() << QStringLiteral("enter the main billing number");
        QTest::newRow("national form") << QStringLiteral("020 7946 0000")
                                       << QStringLiteral("not stored in international form");
        QTest::newRow("another country")
            << QStringLiteral("+496912345678") << QStringLiteral("is not valid");
        QTest::newRow("not a number") << QStringLiteral("ask IT") << QStringLiteral("is not valid");
    }

    void mainBillingNumber()
    {
        // The United Kingdom ports with the account's main billing number.
        QFETCH(QString, number);
        QFETCH(QString, words);
        QVERIFY(m_catalog.country(QStringLiteral("GB"))->usesMainBillingNumber);
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("GB")}, 1, 1, 0);
        CountryOrder &c = order.countries[0];
        c.keepNumbers = true;
        c.offices.clear();
        c.porting = fixtures::portingOrder(m_catalog, kToday).countries[0].porting;
        c.porting.numbers = {
            NumberRange{QStringLiteral("020 7946 0001"), QStringLiteral("+442079460001"), {}}};
        c.porting.accountHolderAddress =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("GB")), {}, 1);
        c.porting.requestedDate = Rules(m_catalog, kToday).earliestPortDate(QStringLiteral("GB"));
        c.porting.extras = validExtras(QStringLiteral("GB"));
        c.porting.mainBillingNumber = number;
        const Problems problems = Rules(m_catalog, kToday).checkStep(order, Step::Porting);
        const QString field = QStringLiteral("countries[0].porting.mainBillingNumber");
        if (words.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        else
            QVERIFY2(hasErrorAt(problems, field, QStringLiteral("United Kingdom: ")) &&
                         hasErrorAt(problems, field, words),
                     qPrintable(describe(problems)));
    }

    void countryExtrasAreChecked()
    {
        // France: SIRET with a Luhn checksum.
        const CountryInfo *fr = m_catalog.country(QStringLiteral("FR"));
        QVERIFY(fr);
        const auto siret =
            std::find_if(fr->portingFields.cbegin(), fr->portingFields.cend(),
                         [](const PortingField &f) { return f.key == QLatin1String("siret"); });
        QVERIFY(siret != fr->portingFields.cend());
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("FR")}, 1, 1, 0);
        CountryOrder &c = order.countries[0];
        c.keepNumbers = true;
        c.offices.clear();
        c.porting = fixtures::portingOrder(m_catalog, kToday).countries[0].porting;
        c.porting.numbers = {
            NumberRange{QStringLiteral("04 91 12 34 56"), QStringLiteral("+33491123456"), {}}};
        c.porting.accountHolderAddress =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("FR")), {}, 1);
        c.porting.requestedDate = Rules(m_catalog, kToday).earliestPortDate(QStringLiteral("FR"));
        c.porting.extras = validExtras(QStringLiteral("FR"));
        const QString field = QStringLiteral("countries[0].porting.extras.siret");
        QVERIFY2(!hasErrors(Rules(m_catalog, kToday).checkStep(order, Step::Porting)),
                 qPrintable(describe(Rules(m_catalog, kToday).checkStep(order, Step::Porting))));
        c.porting.extras[QStringLiteral("siret")] =
            QStringLiteral("732 829 320 00075"); // last digit off
        QVERIFY(hasErrorAt(Rules(m_catalog, kToday).checkStep(order, Step::Porting), field));
        c.porting.extras[QStringLiteral("siret")] = QStringLiteral("7328293200007"); // 13 digits
        QVERIFY(hasErrorAt(Rules(m_catalog, kToday).checkStep(order, Step::Porting), field));
        // A post office of La Poste: not Luhn, but valid (its digits add up to a multiple of 5).
        c.porting.extras[QStringLiteral("siret")] = QStringLiteral("356 000 000 10014");
        QVERIFY2(!hasErrors(Rules(m_catalog, kToday).checkStep(order, Step::Porting)),
                 qPrintable(describe(Rules(m_catalog, kToday).checkStep(order, Step::Porting))));
        c.porting.extras[QStringLiteral("siret")] = QStringLiteral("356 000 000 10001");
        QVERIFY(hasErrorAt(Rules(m_catalog, kToday).checkStep(order, Step::Porting), field));
    }

    void submissionTurnsWarningsIntoErrors()
    {
        Order order = germany();
        Office &o = order.countries[0].offices[0];
        // Validate and Reserve pressed while the carrier's services are unreachable.
        o.validation = AddressValidation::NotValidated;
        o.validationRequested = true;
        o.reservationId.clear();
        o.reservedNumbers.clear();
        o.reservationRequested = true;
        const Rules rules(m_catalog, kToday);
        const Problems step = rules.checkStep(order, Step::Offices);
        QVERIFY2(!hasErrors(step), qPrintable(describe(step)));
        QVERIFY(!problemsUnder(step, QStringLiteral("countries[0].offices[0]")).isEmpty());
        const Problems all = rules.checkOrder(order);
        QVERIFY(hasErrorAt(all, QStringLiteral("countries[0].offices[0].address")));
        QVERIFY(hasErrorAt(all, QStringLiteral("countries[0].offices[0].reservedNumbers")));
    }

    void queuedValidationWaitsUnrequestedBlocks()
    {
        // Validate pressed (queued for the address service): only a warning on the step, an
        // error for sending, with the same message, so the order may wait in the outbox for the
        // service. Never pressed: nothing would ever validate it, so it is an error at once and
        // the rep is told to press Validate.
        const QString field = QStringLiteral("countries[0].offices[0].address");
        const Rules rules(m_catalog, kToday);
        Order order = germany();
        Office &o = order.countries[0].offices[0];
        o.validation = AddressValidation::NotValidated;
        o.validatedAddressId.clear();
        o.geocode.reset();

        o.validationRequested = true;
        const Problems queuedStep = rules.checkStep(order, Step::Offices);
        const Problems queuedAll = rules.checkOrder(order);
        QVERIFY2(!hasErrorAt(queuedStep, field), qPrintable(describe(queuedStep)));
        const auto warning = std::find_if(queuedStep.cbegin(), queuedStep.cend(),
                                          [&](const Problem &p) { return p.field == field; });
        QVERIFY2(warning != queuedStep.cend(), qPrintable(describe(queuedStep)));
        QVERIFY2(warning->message.contains(QStringLiteral("waits for the address service")),
                 qPrintable(warning->message));
        QVERIFY2(hasErrorAt(queuedAll, field, warning->message), qPrintable(describe(queuedAll)));

        o.validationRequested = false;
        const Problems step = rules.checkStep(order, Step::Offices);
        QVERIFY2(hasErrorAt(step, field, QStringLiteral("press Validate")),
                 qPrintable(describe(step)));
        QVERIFY2(hasErrorAt(rules.checkOrder(order), field, QStringLiteral("press Validate")),
                 qPrintable(describe(rules.checkOrder(order))));

        // A validated address needs no request; the flag does not matter then.
        o = germany().countries[0].offices[0];
        QVERIFY(rules.checkOrder(order).isEmpty());
    }

    void queuedReservationWaitsUnrequestedBlocks()
    {
        // Like the address: Reserve pressed (queued for the number service) is only a warning on
        // the step and an error for sending, with the same message, so the order may wait in
        // the outbox. Never pressed: nothing would ever reserve the numbers, so it is an error
        // at once, on the step and for sending, and the rep is told to press Reserve.
        const QString field = QStringLiteral("countries[0].offices[0].reservedNumbers");
        const Rules rules(m_catalog, kToday);
        Order order = germany();
        Office &o = order.countries[0].offices[0];
        o.reservationId.clear();
        o.reservedNumbers.clear();

        o.reservationRequested = true;
        const Problems queuedStep = rules.checkStep(order, Step::Offices);
        const Problems queuedAll = rules.checkOrder(order);
        QVERIFY2(!hasErrors(queuedStep), qPrintable(describe(queuedStep)));
        const auto warning = std::find_if(queuedStep.cbegin(), queuedStep.cend(),
                                          [&](const Problem &p) { return p.field == field; });
        QVERIFY2(warning != queuedStep.cend(), qPrintable(describe(queuedStep)));
        QVERIFY2(warning->message.contains(QStringLiteral("waits for the number service")),
                 qPrintable(warning->message));
        QVERIFY2(hasErrorAt(queuedAll, field, warning->message), qPrintable(describe(queuedAll)));

        o.reservationRequested = false;
        const Problems step = rules.checkStep(order, Step::Offices);
        QVERIFY2(hasErrorAt(step, field, QStringLiteral("press Reserve")),
                 qPrintable(describe(step)));
        QVERIFY2(!describe(step).contains(QStringLiteral("waits for the number service")),
                 qPrintable(describe(step)));
        const Problems all = rules.checkOrder(order);
        QVERIFY2(hasErrorAt(all, field, QStringLiteral("press Reserve")),
                 qPrintable(describe(all)));
        // Said once, not once for the step and again for sending.
        QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                               [&](const Problem &p) { return p.field == field; }),
                 1);

        // Numbers reserved need no request; the flag does not matter then.
        o = germany().countries[0].offices[0];
        o.reservationRequested = false;
        QVERIFY2(rules.checkOrder(order).isEmpty(), qPrintable(describe(rules.checkOrder(order))));
    }

    void countryNamesReadInSentences()
    {
        // "in the Netherlands", not "in Netherlands": the catalog says how a name reads in a
        // sentence; labels ("Netherlands, office 1:") keep the plain name.
        const Rules rules(m_catalog, kToday);
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("NL")}, 1, 4, 0);
        order.countries[0].offices[0].address.country = QStringLiteral("GB");
        order.countries[0].options.clipMode = ClipMode::PresentationNumber;
        const Problems problems = rules.checkOrder(order);
        const QString all = describe(problems);
        QVERIFY2(hasErrorAt(problems, QStringLiteral("countries[0].offices[0].address.country"),
                            QStringLiteral("Netherlands, office 1: the address is in the United "
                                           "Kingdom, but numbers of the Netherlands need an "
                                           "address in the Netherlands.")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("in Netherlands")) &&
                     !all.contains(QStringLiteral("of Netherlands")),
                 qPrintable(all));
    }

    void everyProblemIsTranslatable()
    {
        // Every message goes through tr() in the "Rules" context: with a translator installed
        // that marks each text it is asked for, every message comes back marked.
        MarkingTranslator marker("Rules");
        QVERIFY(QCoreApplication::installTranslator(&marker));
        Problems problems;
        const Rules rules(m_catalog, kToday);
        for (const Order &o : brokenOrders())
            problems += rules.checkOrder(o);
        QCoreApplication::removeTranslator(&marker);
        QVERIFY(problems.size() > 30);
        for (const Problem &p : problems) {
            QVERIFY2(!p.field.isEmpty(), qPrintable(p.message));
            QVERIFY2(p.message.startsWith(QChar(0x27e6)) && p.message.endsWith(QChar(0x27e7)),
                     qPrintable(p.field + QStringLiteral(": ") + p.message));
        }
    }

    void problemFieldsArePathsOfTheDocument()
    {
        // A problem's field is the path of a value in the order's JSON, so that the wizard (and
        // anyone reading a saved order) can find the field it names.
        const Rules rules(m_catalog, kToday);
        int checked = 0;
        for (const Order &o : brokenOrders()) {
            const QJsonValue document = orderToJson(o);
            for (const Problem &p : rules.checkOrder(o)) {
                QJsonValue at = document;
                static const QRegularExpression part(
                    QStringLiteral("([A-Za-z][A-Za-z0-9]*)|\\[([0-9]+)\\]|(\\.)"));
                qsizetype consumed = 0;
                for (auto it = part.globalMatch(p.field); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    QVERIFY2(m.capturedStart() == consumed, qPrintable(p.field));
                    consumed = m.capturedEnd();
                    if (m.hasCaptured(1)) {
                        // A required porting extra that was never typed has no key yet.
                        const bool extra =
                            p.field.section(QLatin1Char('.'), -2, -2) == QLatin1String("extras");
                        QVERIFY2(at.isObject() && (at.toObject().contains(m.captured(1)) || extra),
                                 qPrintable(p.field));
                        at = at.toObject().value(m.captured(1));
                    } else if (m.hasCaptured(2)) {
                        const int i = m.captured(2).toInt();
                        QVERIFY2(at.isArray() && i < at.toArray().size(), qPrintable(p.field));
                        at = at.toArray().at(i);
                    }
                }
                QCOMPARE(consumed, p.field.size());
                ++checked;
            }
        }
        QVERIFY(checked > 30);
    }

    void optionNumbers_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field"); // empty: no error
        const QString clip = QStringLiteral("countries[0].options.clipMode");
        const QString presentation = QStringLiteral("countries[0].options.presentationNumber");
        const QString forwarding = QStringLiteral("countries[0].options.callForwardingTarget");
        const auto mode = [](ClipMode m, const char *number) {
            return Mutation([m, number](Order &o) {
                o.countries[0].options.clipMode = m;
                o.countries[0].options.presentationNumber = QString::fromLatin1(number);
            });
        };
        const QString gb = QStringLiteral("GB");
        const QString de = QStringLiteral("DE");
        QTest::newRow("GB no screening allowed")
            << gb << mode(ClipMode::NoScreening, "") << QString();
        QTest::newRow("GB presentation number of GB")
            << gb << mode(ClipMode::PresentationNumber, "+442079460000") << QString();
        QTest::newRow("GB presentation number of DE")
            << gb << mode(ClipMode::PresentationNumber, "+496912345678")
            << presentation + QStringLiteral("|United Kingdom");
        QTest::newRow("GB presentation number missing")
            << gb << mode(ClipMode::PresentationNumber, "")
            << presentation + QStringLiteral("|United Kingdom: enter the presentation number");
        QTest::newRow("GB presentation number not E.164")
            << gb << mode(ClipMode::PresentationNumber, "020 7946 0000")
            << presentation + QStringLiteral("|United Kingdom");
        QTest::newRow("DE presentation number not allowed")
            << de << mode(ClipMode::PresentationNumber, "+496912345678")
            << clip + QStringLiteral("|not offered in Germany");
        QTest::newRow("DE no screening not allowed")
            << de << mode(ClipMode::NoScreening, "") << clip;
        QTest::newRow("DE screening") << de << mode(ClipMode::Screening, "") << QString();
        const auto forward = [](const char *number) {
            return Mutation([number](Order &o) {
                o.countries[0].options.callForwarding = true;
                o.countries[0].options.callForwardingTarget = QString::fromLatin1(number);
            });
        };
        QTest::newRow("forwarding abroad") << de << forward("+442079460000") << QString();
        QTest::newRow("forwarding target missing")
            << de << forward("") << forwarding + QStringLiteral("|Germany: enter the number");
        QTest::newRow("forwarding target not a number")
            << de << forward("+4912") << forwarding + QStringLiteral("|Germany");
    }

    void optionNumbers()
    {
        QFETCH(QString, country);
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        Order order = fixtures::newNumbersOrder(m_catalog, {country}, 1, 8, 2);
        mutate(order);
        const Problems problems = Rules(m_catalog, kToday).checkStep(order, Step::Offices);
        if (field.isEmpty())
            QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        else
            QVERIFY2(hasErrorAt(problems, field.section(QLatin1Char('|'), 0, 0),
                                field.section(QLatin1Char('|'), 1)),
                     qPrintable(describe(problems)));
    }

    void areaCodeOfAnotherCity_data()
    {
        // Each country's office keeps the area code of its first city and moves to another.
        // Where the catalog binds numbers to the locality (DOMAIN.md: BE FR DE IE NL ES, and AT)
        // that blocks; elsewhere it only warns.
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("city");
        QTest::addColumn<bool>("blocks");
        const auto row = [](const char *country, const char *city, bool blocks) {
            QTest::newRow(country)
                << QString::fromLatin1(country) << QString::fromUtf8(city) << blocks;
        };
        row("AT", "Graz", true);
        row("BE", "Antwerpen", true);
        row("DE", "Berlin", true);
        row("ES", "Barcelona", true);
        row("FR", "Lyon", true);
        row("IE", "Cork", true);
        row("NL", "Rotterdam", true);
        row("GB", "Manchester", false);
        row("IT", "Milano", false);
        row("CH", "Genève", false);
        row("SE", "Göteborg", false);
        row("FI", "Turku", false);
        row("PT", "Porto", false);
    }

    void areaCodeOfAnotherCity()
    {
        QFETCH(QString, country);
        QFETCH(QString, city);
        QFETCH(bool, blocks);
        QCOMPARE(m_catalog.country(country)->areaCodeMustMatchLocality, blocks);
        Order order = fixtures::newNumbersOrder(m_catalog, {country}, 1, 8, 2);
        const Rules rules(m_catalog, kToday);
        const QString field = QStringLiteral("countries[0].offices[0].areaCode");
        const Problems before = rules.checkOrder(order);
        QVERIFY2(before.isEmpty(), qPrintable(describe(before)));
        order.countries[0].offices[0].address.city = city;
        const Problems after = rules.checkStep(order, Step::Offices);
        const auto it = std::find_if(after.cbegin(), after.cend(),
                                     [&](const Problem &p) { return p.field == field; });
        QVERIFY2(it != after.cend(), qPrintable(describe(after)));
        QCOMPARE(it->isError(), blocks);
        QVERIFY2(it->message.contains(city), qPrintable(it->message));
    }

private:
    /// Orders that break many rules at once, for tests that look at every problem.
    QList<Order> brokenOrders() const
    {
        Order empty = Order::create();
        Order prospect = Order::create();
        prospect.customer.kind = CustomerKind::Prospect;
        Order porting = fixtures::portingOrder(m_catalog, kToday);
        porting.countries[0].porting = {};
        porting.countries[0].porting.kind = PortKind::Migrate;
        porting.countries[0].porting.numbers = {NumberRange{QStringLiteral("x"), {}, {}}};
        porting.countries[0].porting.extras.insert(QStringLiteral("nif"), QStringLiteral("1"));
        Order gb = fixtures::portingOrder(m_catalog, kToday);
        gb.countries[0].country = QStringLiteral("GB");
        gb.countries[0].porting.requestedDate = QDate(2028, 1, 1);
        Order offices = germany(6, 200, -1);
        offices.countries[0].options.clipMode = ClipMode::PresentationNumber;
        offices.countries[0].options.callForwarding = true;
        offices.countries[0].options.callQueues = -1;
        offices.countries[0].offices[1].areaCode = QStringLiteral("30");
        offices.countries[0].offices[2].address.country = QStringLiteral("AT");
        offices.countries[0].offices[3].reservedNumbers[0] = QStringLiteral("+43123456789");
        offices.countries[0].offices[4].validation = AddressValidation::Failed;
        for (const int j : {0, 4, 5}) { // queued; not requested, then without a valid address
            Office &x = offices.countries[0].offices[j];
            x.reservationRequested = j == 0;
            x.reservationId.clear();
            x.reservedNumbers.clear();
        }
        offices.countries[0].offices[5].validation = AddressValidation::NotValidated;
        offices.countries[0].plans.append(offices.countries[0].plans.first());
        offices.countries.append(offices.countries.first());
        offices.signatory = {};
        offices.tenantId = QStringLiteral("not-a-guid");
        return {empty, prospect, porting, gb, offices};
    }

    QMap<QString, QString> validExtras(const QString &country) const
    {
        QMap<QString, QString> values{
            {QStringLiteral("siret"), QStringLiteral("732 829 320 00074")},
            {QStringLiteral("rio"), QStringLiteral("01P123456ABC")},
            {QStringLiteral("nif"), QStringLiteral("B12345674")},
            {QStringLiteral("codiceFiscale"), QStringLiteral("RSSMRA85T10A562S")},
            {QStringLiteral("vatNumber"), QStringLiteral("01114601006")},
            {QStringLiteral("subscriberId"), QStringLiteral("000012345678")},
            {QStringLiteral("sitePostcode"), QStringLiteral("EC1A 1BB")},
        };
        QMap<QString, QString> out;
        if (const CountryInfo *info = m_catalog.country(country))
            for (const PortingField &f : info->portingFields)
                out.insert(f.key, values.value(f.key, QStringLiteral("x")));
        return out;
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
