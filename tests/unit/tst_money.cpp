// Money: exact decimal conversion and locale formatting, never through a double.
#include "catalog/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace od;

namespace {

// Qt 6.4's CLDR data separates number and symbol with NO-BREAK SPACE (U+00A0); French groups
// digits with NARROW NO-BREAK SPACE (U+202F), Swiss German with RIGHT SINGLE QUOTATION MARK
// (U+2019), Swedish with NO-BREAK SPACE and writes minus as U+2212. Spelt out so a reader sees
// which character each test expects.
const QString nbsp = QStringLiteral("\u00A0");
const QString nnbsp = QStringLiteral("\u202F");
const QString apostrophe = QStringLiteral("\u2019");
const QString minus = QStringLiteral("\u2212");
const QString euro = QStringLiteral("\u20AC");
const QString pound = QStringLiteral("\u00A3");

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void decimals_data();
    void decimals();
    void toDecimalString_data();
    void toDecimalString();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void roundTrip_data();
    void roundTrip();
    void format_data();
    void format();
};

void TestMoney::decimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("GBP") << QStringLiteral("GBP") << 2;
    QTest::newRow("CHF") << QStringLiteral("CHF") << 2;
    QTest::newRow("SEK") << QStringLiteral("SEK") << 2;
    QTest::newRow("DKK") << QStringLiteral("DKK") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("ISK") << QStringLiteral("ISK") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("CLF") << QStringLiteral("CLF") << 4;
    QTest::newRow("unknown defaults to 2") << QStringLiteral("XYZ") << 2;
}

void TestMoney::decimals()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QCOMPARE(currencyDecimals(currency), decimals);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("12.50") << qint64(1250) << QStringLiteral("EUR") << QStringLiteral("12.50");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("GBP") << QStringLiteral("0.01");
    QTest::newRow("negative cents")
        << qint64(-5) << QStringLiteral("EUR") << QStringLiteral("-0.05");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("SEK")
                              << QStringLiteral("-1234.56");
    QTest::newRow("yen") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("1500");
    QTest::newRow("dinar") << qint64(1500) << QStringLiteral("KWD") << QStringLiteral("1.500");
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("EUR")
                         << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR")
                         << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(minorToDecimalString(minor, currency), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("two decimals") << QStringLiteral("12.50") << QStringLiteral("EUR")
                                  << qint64(1250);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("integer") << QStringLiteral("12") << QStringLiteral("EUR") << qint64(1200);
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("EUR") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-3.07") << QStringLiteral("CHF") << qint64(-307);
    QTest::newRow("negative below one")
        << QStringLiteral("-0.5") << QStringLiteral("EUR") << qint64(-50);
    QTest::newRow("leading zeros")
        << QStringLiteral("007.10") << QStringLiteral("EUR") << qint64(710);
    QTest::newRow("yen") << QStringLiteral("1500") << QStringLiteral("JPY") << qint64(1500);
    QTest::newRow("dinar") << QStringLiteral("1.5") << QStringLiteral("KWD") << qint64(1500);
    // Exact where a double is not: 0.1 + 0.2 style values and amounts beyond 2^53 cents.
    QTest::newRow("0.29") << QStringLiteral("0.29") << QStringLiteral("EUR") << qint64(29);
    QTest::newRow("beyond 2^53") << QStringLiteral("90071992547409.93") << QStringLiteral("EUR")
                                 << qint64(9007199254740993);
    QTest::newRow("max") << QStringLiteral("92233720368547758.07") << QStringLiteral("EUR")
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << QStringLiteral("-92233720368547758.08") << QStringLiteral("EUR")
                         << std::numeric_limits<qint64>::min();
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    qint64 parsed = -42;
    QVERIFY(decimalStringToMinor(text, currency, &parsed));
    QCOMPARE(parsed, minor);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("empty") << QString() << QStringLiteral("EUR");
    QTest::newRow("minus only") << QStringLiteral("-") << QStringLiteral("EUR");
    QTest::newRow("too many decimals") << QStringLiteral("12.505") << QStringLiteral("EUR");
    QTest::newRow("trailing zero beyond minor units")
        << QStringLiteral("12.500") << QStringLiteral("EUR");
    QTest::newRow("decimals on yen") << QStringLiteral("12.5") << QStringLiteral("JPY");
    QTest::newRow("dot without digits") << QStringLiteral("12.") << QStringLiteral("EUR");
    QTest::newRow("no integer part") << QStringLiteral(".5") << QStringLiteral("EUR");
    QTest::newRow("comma") << QStringLiteral("12,50") << QStringLiteral("EUR");
    QTest::newRow("grouping") << QStringLiteral("1,234.50") << QStringLiteral("EUR");
    QTest::newRow("spaces") << QStringLiteral(" 12.50") << QStringLiteral("EUR");
    QTest::newRow("plus") << QStringLiteral("+12.50") << QStringLiteral("EUR");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("EUR");
    QTest::newRow("letters") << QStringLiteral("twelve") << QStringLiteral("EUR");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << QStringLiteral("EUR");
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << QStringLiteral("EUR");
    QTest::newRow("below min") << QStringLiteral("-92233720368547758.09") << QStringLiteral("EUR");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << QStringLiteral("EUR");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    qint64 parsed = -42;
    QVERIFY(!decimalStringToMinor(text, currency, &parsed));
    QCOMPARE(parsed, qint64(-42)); // untouched on failure
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    for (const char *currency : {"EUR", "GBP", "CHF", "SEK", "DKK", "JPY", "KWD"}) {
        for (qint64 minor :
             {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-100),
              qint64(123456789), qint64(-987654321), std::numeric_limits<qint64>::max(),
              std::numeric_limits<qint64>::min()}) {
            // newRow with a built tag: GCC 12 at -O3 misreads addRow's "%s" as a null argument.
            const QByteArray tag = QByteArray(currency) + ' ' + QByteArray::number(minor);
            QTest::newRow(tag.constData()) << minor << QString::fromLatin1(currency);
        }
    }
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    qint64 parsed = 0;
    QVERIFY(decimalStringToMinor(minorToDecimalString(minor, currency), currency, &parsed));
    QCOMPARE(parsed, minor);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    // The locale's own currency: its symbol, its pattern.
    QTest::newRow("de_DE EUR") << QStringLiteral("de_DE") << qint64(123450) << QStringLiteral("EUR")
                               << QStringLiteral("1.234,50") + nbsp + euro;
    QTest::newRow("de_DE EUR negative")
        << QStringLiteral("de_DE") << qint64(-123450) << QStringLiteral("EUR")
        << QStringLiteral("-1.234,50") + nbsp + euro;
    QTest::newRow("de_DE EUR cents")
        << QStringLiteral("de_DE") << qint64(5) << QStringLiteral("EUR")
        << QStringLiteral("0,05") + nbsp + euro;
    QTest::newRow("en_GB GBP") << QStringLiteral("en_GB") << qint64(123450) << QStringLiteral("GBP")
                               << pound + QStringLiteral("1,234.50");
    // Qt 6.4 takes the accounting form for negative amounts in English locales.
    QTest::newRow("en_GB GBP negative")
        << QStringLiteral("en_GB") << qint64(-22000) << QStringLiteral("GBP")
        << QStringLiteral("(") + pound + QStringLiteral("220.00)");
    QTest::newRow("fr_FR EUR") << QStringLiteral("fr_FR") << qint64(123456789)
                               << QStringLiteral("EUR")
                               << QStringLiteral("1") + nnbsp + QStringLiteral("234") + nnbsp +
                                      QStringLiteral("567,89") + nbsp + euro;
    QTest::newRow("de_CH CHF") << QStringLiteral("de_CH") << qint64(123450) << QStringLiteral("CHF")
                               << QStringLiteral("1") + apostrophe + QStringLiteral("234.50") +
                                      nbsp + QStringLiteral("CHF");
    QTest::newRow("sv_SE SEK") << QStringLiteral("sv_SE") << qint64(1234550)
                               << QStringLiteral("SEK")
                               << QStringLiteral("12") + nbsp + QStringLiteral("345,50") + nbsp +
                                      QStringLiteral("kr");
    QTest::newRow("sv_SE SEK negative")
        << QStringLiteral("sv_SE") << qint64(-995) << QStringLiteral("SEK")
        << minus + QStringLiteral("9,95") + nbsp + QStringLiteral("kr");
    QTest::newRow("da_DK DKK") << QStringLiteral("da_DK") << qint64(690) << QStringLiteral("DKK")
                               << QStringLiteral("6,90") + nbsp + QStringLiteral("kr.");
    QTest::newRow("en_IE EUR") << QStringLiteral("en_IE") << qint64(123450) << QStringLiteral("EUR")
                               << euro + QStringLiteral("1,234.50");

    // A foreign currency: the locale's pattern with a known sign or the ISO code. A code made
    // of letters next to the digits gets a no-break space, as CLDR's currency spacing has it.
    QTest::newRow("en_GB EUR") << QStringLiteral("en_GB") << qint64(990) << QStringLiteral("EUR")
                               << euro + QStringLiteral("9.90");
    QTest::newRow("en_GB CHF") << QStringLiteral("en_GB") << qint64(1250) << QStringLiteral("CHF")
                               << QStringLiteral("CHF") + nbsp + QStringLiteral("12.50");
    QTest::newRow("de_DE GBP") << QStringLiteral("de_DE") << qint64(22000) << QStringLiteral("GBP")
                               << QStringLiteral("220,00") + nbsp + pound;
    QTest::newRow("de_DE SEK") << QStringLiteral("de_DE") << qint64(4500) << QStringLiteral("SEK")
                               << QStringLiteral("45,00") + nbsp + QStringLiteral("SEK");
    QTest::newRow("fr_FR CHF") << QStringLiteral("fr_FR") << qint64(1250) << QStringLiteral("CHF")
                               << QStringLiteral("12,50") + nbsp + QStringLiteral("CHF");
    QTest::newRow("de_CH EUR") << QStringLiteral("de_CH") << qint64(990) << QStringLiteral("EUR")
                               << QStringLiteral("9.90") + nbsp + euro;

    // Exact beyond what a double can hold.
    QTest::newRow("de_DE beyond 2^53")
        << QStringLiteral("de_DE") << qint64(9007199254740993) << QStringLiteral("EUR")
        << QStringLiteral("90.071.992.547.409,93") + nbsp + euro;
    QTest::newRow("de_DE min") << QStringLiteral("de_DE") << std::numeric_limits<qint64>::min()
                               << QStringLiteral("EUR")
                               << QStringLiteral("-92.233.720.368.547.758,08") + nbsp + euro;
    QTest::newRow("ja_JP JPY") << QStringLiteral("ja_JP") << qint64(1500) << QStringLiteral("JPY")
                               << QStringLiteral("\uFFE51,500");
    QTest::newRow("C locale") << QStringLiteral("C") << qint64(-1250) << QStringLiteral("EUR")
                              << QStringLiteral("-12.50") + nbsp + QStringLiteral("EUR");
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(minor, currency, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
