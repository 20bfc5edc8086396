// Working days: weekends and the country's public holidays are skipped.
#include "catalog/Catalog.h"
#include "catalog/WorkingDays.h"

#include <QTest>

using namespace od;

namespace {

// Germany's federal holidays around Easter and Christmas 2026 (Easter Sunday is 5 April), and
// New Year 2027: fixed here so that the tests do not depend on the sample catalog.
CountryInfo germany()
{
    CountryInfo de;
    de.code = QStringLiteral("DE");
    de.publicHolidays = {QDate(2026, 1, 1),  QDate(2026, 4, 3),   QDate(2026, 4, 6),
                         QDate(2026, 5, 1),  QDate(2026, 5, 14),  QDate(2026, 5, 25),
                         QDate(2026, 10, 3), QDate(2026, 12, 25), QDate(2026, 12, 26),
                         QDate(2027, 1, 1)};
    return de;
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void isWorkingDay_data();
    void isWorkingDay();
    void add_data();
    void add();
    void between_data();
    void between();
    void addAndBetweenAgree();
    void bundledGermany();
};

void TestWorkingDays::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("Wednesday") << QDate(2026, 3, 4) << true;
    QTest::newRow("Friday") << QDate(2026, 3, 6) << true;
    QTest::newRow("Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("Sunday") << QDate(2026, 3, 8) << false;
    QTest::newRow("Good Friday") << QDate(2026, 4, 3) << false;
    QTest::newRow("Christmas Eve (not a holiday)") << QDate(2026, 12, 24) << true;
    QTest::newRow("Christmas Day") << QDate(2026, 12, 25) << false;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestWorkingDays::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(od::isWorkingDay(date, germany()), working);
}

void TestWorkingDays::add_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("n = 0 on a weekday") << QDate(2026, 3, 4) << 0 << QDate(2026, 3, 4);
    QTest::newRow("n = 0 on a Saturday stays") << QDate(2026, 3, 7) << 0 << QDate(2026, 3, 7);
    QTest::newRow("within the week") << QDate(2026, 3, 2) << 3 << QDate(2026, 3, 5);
    QTest::newRow("Friday + 1 crosses the weekend") << QDate(2026, 3, 6) << 1 << QDate(2026, 3, 9);
    QTest::newRow("from a Saturday") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9);
    QTest::newRow("from a Sunday") << QDate(2026, 3, 8) << 5 << QDate(2026, 3, 13);
    QTest::newRow("two weeks") << QDate(2026, 3, 2) << 10 << QDate(2026, 3, 16);
    // Thu 24 Dec; Fri 25 and Sat 26 are holidays, Sun 27 a Sunday.
    QTest::newRow("over Christmas") << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 28);
    // Thu 2 Apr; Good Friday 3 Apr, the weekend, Easter Monday 6 Apr.
    QTest::newRow("over Easter") << QDate(2026, 4, 2) << 1 << QDate(2026, 4, 7);
    QTest::newRow("from Good Friday") << QDate(2026, 4, 3) << 1 << QDate(2026, 4, 7);
    // Five working days (the confirmation promise) from Mon 21 Dec: 22, 23, 24, 28, 29.
    QTest::newRow("five working days at Christmas")
        << QDate(2026, 12, 21) << 5 << QDate(2026, 12, 29);
    // Ten working days (the German porting lead time) over the year's end: 22, 23, 24, 28, 29,
    // 30, 31, (1 Jan holiday), 4, 5, 6.
    QTest::newRow("ten working days over New Year")
        << QDate(2026, 12, 21) << 10 << QDate(2027, 1, 6);
    QTest::newRow("negative within the week") << QDate(2026, 3, 5) << -3 << QDate(2026, 3, 2);
    QTest::newRow("negative over the weekend") << QDate(2026, 3, 9) << -1 << QDate(2026, 3, 6);
    QTest::newRow("negative from a Sunday") << QDate(2026, 3, 8) << -1 << QDate(2026, 3, 6);
    QTest::newRow("negative over Easter") << QDate(2026, 4, 7) << -1 << QDate(2026, 4, 2);
    QTest::newRow("negative over Christmas") << QDate(2026, 12, 28) << -2 << QDate(2026, 12, 23);
    QTest::newRow("invalid start") << QDate() << 3 << QDate();
}

void TestWorkingDays::add()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(addWorkingDays(from, n, germany()), expected);
}

void TestWorkingDays::between_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << QDate(2026, 3, 4) << QDate(2026, 3, 4) << 0;
    QTest::newRow("backwards") << QDate(2026, 3, 9) << QDate(2026, 3, 2) << 0;
    QTest::newRow("next day") << QDate(2026, 3, 4) << QDate(2026, 3, 5) << 1;
    QTest::newRow("Friday to Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9) << 1;
    QTest::newRow("Friday to Sunday") << QDate(2026, 3, 6) << QDate(2026, 3, 8) << 0;
    QTest::newRow("Saturday to Saturday") << QDate(2026, 3, 7) << QDate(2026, 3, 14) << 5;
    QTest::newRow("Christmas week") << QDate(2026, 12, 24) << QDate(2026, 12, 31) << 4;
    QTest::newRow("Easter") << QDate(2026, 4, 2) << QDate(2026, 4, 7) << 1;
    // 2026 starts on a Thursday: 52 weeks and a day, 261 weekdays; 7 of the federal holidays
    // fall on a weekday (3 Oct and 26 Dec are Saturdays): 254.
    QTest::newRow("the year 2026") << QDate(2025, 12, 31) << QDate(2026, 12, 31) << 254;
    QTest::newRow("invalid") << QDate() << QDate(2026, 3, 4) << 0;
}

void TestWorkingDays::between()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(workingDaysBetween(from, to, germany()), expected);
}

void TestWorkingDays::addAndBetweenAgree()
{
    const CountryInfo de = germany();
    for (QDate from(2026, 3, 28); from <= QDate(2026, 4, 12); from = from.addDays(1)) {
        for (int n = 1; n <= 15; ++n) {
            const QDate to = addWorkingDays(from, n, de);
            QVERIFY(od::isWorkingDay(to, de));
            QCOMPARE(workingDaysBetween(from, to, de), n);
            // Counting back from a working day returns to the last working day at or before
            // `from`.
            const QDate back = addWorkingDays(to, -n, de);
            QCOMPARE(workingDaysBetween(back, from, de), 0);
            QVERIFY(back <= from);
        }
    }
}

void TestWorkingDays::bundledGermany()
{
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *de = catalog->country(QStringLiteral("DE"));
    QVERIFY(de);
    QCOMPARE(addWorkingDays(QDate(2026, 12, 24), 1, *de), QDate(2026, 12, 28));
    QCOMPARE(addWorkingDays(QDate(2026, 4, 2), 1, *de), QDate(2026, 4, 7));
    QCOMPARE(addWorkingDays(QDate(2027, 3, 25), 1, *de), QDate(2027, 3, 30));
    QCOMPARE(workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31), *de), 254);
    // The same day in the United Kingdom: Boxing Day's substitute Monday 28 Dec is a holiday.
    const CountryInfo *gb = catalog->country(QStringLiteral("GB"));
    QCOMPARE(addWorkingDays(QDate(2026, 12, 24), 1, *gb), QDate(2026, 12, 29));
    // Ireland: St Stephen's Day on a Saturday is taken on Monday 28 Dec 2026; Christmas and
    // St Stephen's Day on the weekend of 2027 are taken on Monday 27 and Tuesday 28 Dec.
    const CountryInfo *ie = catalog->country(QStringLiteral("IE"));
    QCOMPARE(addWorkingDays(QDate(2026, 12, 24), 1, *ie), QDate(2026, 12, 29));
    QCOMPARE(addWorkingDays(QDate(2027, 12, 24), 1, *ie), QDate(2027, 12, 29));
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
