#include "phone/PhoneNumbers.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <ctime>
#include <thread>
#include <vector>

using od::PhoneNumbers;
using AreaMatch = od::PhoneNumbers::AreaMatch;

Q_DECLARE_METATYPE(od::PhoneNumbers::AreaMatch)

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}
} // namespace

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void parseForRegion_data();
    void parseForRegion();
    void validPerCountry_data();
    void validPerCountry();
    void invalidPerCountry_data();
    void invalidPerCountry();

    void range_data();
    void range();
    void rangeErrors_data();
    void rangeErrors();
    void rangeMaxCount();
    void expand();

    void format_data();
    void format();
    void areaCodeOf_data();
    void areaCodeOf();
    void startsWithAreaCode_data();
    void startsWithAreaCode();
    void describe();

    void sampleNumber_data();
    void sampleNumber();
    void checkAreaCode_data();
    void checkAreaCode();

    void samePlace_data();
    void samePlace();

    void areaCodeIndexBuildTime(); // first: it measures the builds
    void areaCodesForLocality_data();
    void areaCodesForLocality();
    void areaCodesForLocalityUnknown();
    void areaCodeIndexThreads();

    void threads();
    void speed();
};

// ---- parse -------------------------------------------------------------------------------

void TestPhone::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("numberRegion");

    QTest::newRow("DE national spaces")
        << s("069 1234 5600") << s("DE") << s("+496912345600") << s("DE");
    QTest::newRow("DE block dash")
        << s("069 1234-5600") << s("DE") << s("+496912345600") << s("DE");
    QTest::newRow("DE slash and dots")
        << s("069/1234.5600") << s("DE") << s("+496912345600") << s("DE");
    QTest::newRow("DE nbsp") << s("069\u00a01234\u00a05600") << s("DE") << s("+496912345600")
                             << s("DE");
    QTest::newRow("DE narrow nbsp, spaces around")
        << s("  069\u202f1234 5600 ") << s("DE") << s("+496912345600") << s("DE");
    QTest::newRow("DE (0) international")
        << s("+49 (0)69 1234 5600") << s("GB") << s("+496912345600") << s("DE");
    QTest::newRow("GB (0) international")
        << s("+44 (0)20 7946 0000") << s("DE") << s("+442079460000") << s("GB");
    QTest::newRow("GB 00 international")
        << s("0044 20 7946 0000") << s("DE") << s("+442079460000") << s("GB");
    QTest::newRow("GB national") << s("020 7946 0000") << s("GB") << s("+442079460000") << s("GB");
    QTest::newRow("NL mobile") << s("0612345678") << s("NL") << s("+31612345678") << s("NL");
    QTest::newRow("NL mobile dashes")
        << s("06-12345678") << s("NL") << s("+31612345678") << s("NL");
    QTest::newRow("IT keeps 0") << s("06 1234 5678") << s("IT") << s("+390612345678") << s("IT");
    QTest::newRow("IT (0) is part of number")
        << s("+39 (0)6 1234 5678") << s("DE") << s("+390612345678") << s("IT");
    QTest::newRow("ES bogus (0) dropped")
        << s("+34 (0)91 123 45 67") << s("DE") << s("+34911234567") << s("ES");
    QTest::newRow("PT bogus (0) dropped")
        << s("+351 (0)21 234 5678") << s("DE") << s("+351212345678") << s("PT");
    QTest::newRow("FR dots") << s("01.23.45.67.89") << s("FR") << s("+33123456789") << s("FR");
    QTest::newRow("CH intl") << s("+41 44 123 45 67") << s("CH") << s("+41441234567") << s("CH");
    QTest::newRow("lower-case region") << s("030 123456") << s("de") << s("+4930123456") << s("DE");
    QTest::newRow("unicode hyphen")
        << s("069\u20111234\u20115600") << s("DE") << s("+496912345600") << s("DE");
    QTest::newRow("fullwidth digits")
        << s("０６９ １２３４ ５６００") << s("DE") << s("+496912345600") << s("DE");
}

void TestPhone::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, numberRegion);
    const auto p = PhoneNumbers::parse(text, region);
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.region, numberRegion);
    QVERIFY(p.error.isEmpty());
}

void TestPhone::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QString() << s("DE") << s("No phone number");
    QTest::newRow("blank") << s("  \u00a0 ") << s("DE") << s("No phone number");
    QTest::newRow("letters") << s("call me") << s("DE") << s("is not a phone number");
    QTest::newRow("vanity letters") << s("0800 FLOWERS") << s("GB") << s("is not a phone number");
    QTest::newRow("extension") << s("+49 69 1234 5600 ext 12") << s("DE")
                               << s("is not a phone number");
    QTest::newRow("inner plus") << s("069+1234") << s("DE") << s("is not a phone number");
    QTest::newRow("punctuation only") << s("--") << s("DE") << s("contains no digits");
    QTest::newRow("DE too short") << s("0") << s("DE") << s("too short");
    QTest::newRow("GB too long") << s("020 7946 0000 0") << s("GB") << s("too long");
    QTest::newRow("GB too short") << s("020 7946 000") << s("GB")
                                  << s("Not a valid number in United Kingdom: check the area "
                                       "code and the number of digits");
    QTest::newRow("00 then 0 country code")
        << s("00000 123456") << s("DE") << s("Not a valid number in Germany");
    QTest::newRow("unknown country code")
        << s("+999 1234 5678") << s("DE") << s("Unknown country code");
    QTest::newRow("national without region")
        << s("069 1234 5600") << QString() << s("enter it with the country code");
    QTest::newRow("FR invalid") << s("01 23 45 67") << s("FR") << s("France");
    QTest::newRow("range is not one number")
        << s("020 7946 0000 to 0099") << s("GB") << s("is not a phone number");
}

void TestPhone::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, errorContains);
    const auto p = PhoneNumbers::parse(text, region);
    QVERIFY2(!p.ok, qPrintable(p.e164));
    QVERIFY(p.e164.isEmpty());
    QVERIFY2(p.error.contains(errorContains), qPrintable(p.error));
}

void TestPhone::parseForRegion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("own country national") << s("069 1234 5600") << s("DE") << true << QString();
    QTest::newRow("own country intl") << s("+49 69 1234 5600") << s("DE") << true << QString();
    QTest::newRow("GB number for DE") << s("+44 20 7946 0000") << s("DE") << false
                                      << s("belongs to United Kingdom, not to Germany");
    QTest::newRow("DE number for AT")
        << s("0049 69 1234 5600") << s("AT") << false << s("belongs to Germany, not to Austria");
    QTest::newRow("invalid stays invalid")
        << s("abc") << s("DE") << false << s("is not a phone number");
}

void TestPhone::parseForRegion()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);
    const auto p = PhoneNumbers::parseForRegion(text, region);
    QCOMPARE(p.ok, ok);
    if (ok) {
        QCOMPARE(p.region, region);
    } else {
        QVERIFY2(p.error.contains(errorContains), qPrintable(p.error));
        // parse() alone accepts a valid number of another country
        if (errorContains.startsWith(QLatin1String("belongs")))
            QVERIFY(PhoneNumbers::parse(text, region).ok);
    }
}

// Real-format numbers (libphonenumber's example numbers, typed as reps type them).
void TestPhone::validPerCountry_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("e164");

    QTest::newRow("AT fixed") << s("AT") << s("01 234567890") << s("+431234567890");
    QTest::newRow("AT mobile") << s("AT") << s("0664 123456") << s("+43664123456");
    QTest::newRow("BE fixed") << s("BE") << s("012 34 56 78") << s("+3212345678");
    QTest::newRow("BE mobile") << s("BE") << s("0470 12 34 56") << s("+32470123456");
    QTest::newRow("CH fixed") << s("CH") << s("021 234 56 78") << s("+41212345678");
    QTest::newRow("CH mobile") << s("CH") << s("078 123 45 67") << s("+41781234567");
    QTest::newRow("DE fixed") << s("DE") << s("030 123456") << s("+4930123456");
    QTest::newRow("DE mobile") << s("DE") << s("01512 3456789") << s("+4915123456789");
    QTest::newRow("DK") << s("DK") << s("32 12 34 56") << s("+4532123456");
    QTest::newRow("ES fixed") << s("ES") << s("810 12 34 56") << s("+34810123456");
    QTest::newRow("ES mobile") << s("ES") << s("612 34 56 78") << s("+34612345678");
    QTest::newRow("FI fixed") << s("FI") << s("013 1234567") << s("+358131234567");
    QTest::newRow("FI mobile") << s("FI") << s("041 2345678") << s("+358412345678");
    QTest::newRow("FR fixed") << s("FR") << s("01 23 45 67 89") << s("+33123456789");
    QTest::newRow("FR mobile") << s("FR") << s("06 12 34 56 78") << s("+33612345678");
    QTest::newRow("GB fixed") << s("GB") << s("0121 234 5678") << s("+441212345678");
    QTest::newRow("GB mobile") << s("GB") << s("07400 123456") << s("+447400123456");
    QTest::newRow("IE fixed") << s("IE") << s("(022) 12345") << s("+3532212345");
    QTest::newRow("IE mobile") << s("IE") << s("085 012 3456") << s("+353850123456");
    QTest::newRow("IT fixed") << s("IT") << s("02 1234 5678") << s("+390212345678");
    QTest::newRow("IT mobile") << s("IT") << s("312 345 6789") << s("+393123456789");
    QTest::newRow("NL fixed") << s("NL") << s("010 123 4567") << s("+31101234567");
    QTest::newRow("NL mobile") << s("NL") << s("06 12345678") << s("+31612345678");
    QTest::newRow("PT fixed") << s("PT") << s("21 234 5678") << s("+351212345678");
    QTest::newRow("PT mobile") << s("PT") << s("912 345 678") << s("+351912345678");
    QTest::newRow("SE fixed") << s("SE") << s("08-12 34 56") << s("+468123456");
    QTest::newRow("SE mobile") << s("SE") << s("070-123 45 67") << s("+46701234567");
}

void TestPhone::validPerCountry()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QString, e164);
    const auto p = PhoneNumbers::parseForRegion(text, region);
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.region, region);
    // The international form parses back to the same number from any default region.
    const auto again = PhoneNumbers::parse(PhoneNumbers::formatInternational(e164), s("FR"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.e164, e164);
}

void TestPhone::invalidPerCountry_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");

    QTest::newRow("AT") << s("AT") << s("01 2");
    QTest::newRow("BE") << s("BE") << s("02 234 56");
    QTest::newRow("CH") << s("CH") << s("021 234 56");
    QTest::newRow("DE") << s("DE") << s("030 1");
    QTest::newRow("DK") << s("DK") << s("32 12 34");
    QTest::newRow("ES") << s("ES") << s("810 12 34");
    QTest::newRow("FI") << s("FI") << s("013 1");
    QTest::newRow("FR") << s("FR") << s("01 23 45 67");
    QTest::newRow("GB") << s("GB") << s("0121 234 567");
    QTest::newRow("IE") << s("IE") << s("022 12");
    QTest::newRow("IT") << s("IT") << s("02 1");
    QTest::newRow("NL") << s("NL") << s("010 123 456");
    QTest::newRow("PT") << s("PT") << s("21 234 567");
    QTest::newRow("SE") << s("SE") << s("08-12");
}

void TestPhone::invalidPerCountry()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    const auto p = PhoneNumbers::parse(text, region);
    QVERIFY2(!p.ok, qPrintable(p.e164));
    QVERIFY(!p.error.isEmpty());
    // The message names the country in English, or says the number is too short.
    const QString country = QLocale::territoryToString(QLocale::codeToTerritory(region));
    QVERIFY2(p.error.contains(country) || p.error.contains(QLatin1String("too short")),
             qPrintable(p.error));
}

// ---- ranges ------------------------------------------------------------------------------

void TestPhone::range_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<qint64>("count");

    const QString de0 = s("+496912345600");
    const QString de99 = s("+496912345699");
    QTest::newRow("single DE") << s("069 1234 5600") << s("DE") << de0 << de0 << qint64(1);
    QTest::newRow("single DE block dash (not a range)")
        << s("069 1234-5600") << s("DE") << de0 << de0 << qint64(1);
    QTest::newRow("single NL mobile")
        << s("0612345678") << s("NL") << s("+31612345678") << s("+31612345678") << qint64(1);
    QTest::newRow("AT switchboard -0 (not a range)")
        << s("01 23456-0") << s("AT") << s("+431234560") << s("+431234560") << qint64(1);
    QTest::newRow("spaced dash after area code (not a range)")
        << s("069 - 1234 5600") << s("DE") << de0 << de0 << qint64(1);
    QTest::newRow("to with dash tail")
        << s("069 1234-5600 to -5699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("spaced dash tail")
        << s("069 1234-5600 - 5699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("intl full ends")
        << s("+49 69 12345600 - 12345699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("suffix form") << s("+49 69 1234 5600-99") << s("DE") << de0 << de99
                                 << qint64(100);
    QTest::newRow("suffix form 3 digits")
        << s("+49 69 1234 5600-699") << s("DE") << de0 << s("+496912345699") << qint64(100);
    QTest::newRow("unspaced equal-length tail on full number")
        << s("069 1234 5600-5699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("GB to") << s("+44 20 7946 0000 to 0999") << s("GB") << s("+442079460000")
                           << s("+442079460999") << qint64(1000);
    QTest::newRow("GB en dash full ends")
        << s("020 7946 0000 \u2013 020 7946 0099") << s("GB") << s("+442079460000")
        << s("+442079460099") << qint64(100);
    QTest::newRow("en dash unspaced") << s("020 7946 0000\u20130099") << s("GB")
                                      << s("+442079460000") << s("+442079460099") << qint64(100);
    QTest::newRow("dots") << s("020 7946 0000 .. 0099") << s("GB") << s("+442079460000")
                          << s("+442079460099") << qint64(100);
    QTest::newRow("bis") << s("069 1234 5600 bis 5699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("BIS upper case")
        << s("069 1234 5600 BIS 069 1234 5699") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("FR à") << s("01 23 45 67 00 à 01 23 45 67 99") << s("FR") << s("+33123456700")
                          << s("+33123456799") << qint64(100);
    QTest::newRow("ES a") << s("91 123 45 00 a 91 123 45 99") << s("ES") << s("+34911234500")
                          << s("+34911234599") << qint64(100);
    QTest::newRow("NL tot") << s("020 123 4500 tot 4599") << s("NL") << s("+31201234500")
                            << s("+31201234599") << qint64(100);
    QTest::newRow("SE till") << s("08-12 34 00 till 08-12 34 99") << s("SE") << s("+468123400")
                             << s("+468123499") << qint64(100);
    QTest::newRow("IT keeps 0") << s("06 1234 5600 - 5699") << s("IT") << s("+390612345600")
                                << s("+390612345699") << qint64(100);
    QTest::newRow("intl tail") << s("069 1234 5600 to +49 69 1234 5699") << s("DE") << de0 << de99
                               << qint64(100);
    QTest::newRow("00 tail") << s("069 1234 5600 to 0049 69 1234 5699") << s("DE") << de0 << de99
                             << qint64(100);
    QTest::newRow("von … bis") << s("von 069 1234 5600 bis 5699") << s("DE") << de0 << de99
                               << qint64(100);
    QTest::newRow("ES del … al") << s("del 91 123 45 00 al 91 123 45 99") << s("ES")
                                 << s("+34911234500") << s("+34911234599") << qint64(100);
    QTest::newRow("block dash, then suffix dash")
        << s("069 1234-5600-99") << s("DE") << de0 << de99 << qint64(100);
    QTest::newRow("short number with block dash (not a range)")
        << s("030 1234-5678") << s("DE") << s("+493012345678") << s("+493012345678") << qint64(1);
    QTest::newRow("suffix dash going down is block notation")
        << s("069 1234 5650-20") << s("DE") << s("+49691234565020") << s("+49691234565020")
        << qint64(1);
    QTest::newRow("NL dash after area code (not a range)")
        << s("020-1234567") << s("NL") << s("+31201234567") << s("+31201234567") << qint64(1);
    QTest::newRow("range of one") << s("069 1234 5600 to 5600") << s("DE") << de0 << de0
                                  << qint64(1);
    QTest::newRow("last digit only")
        << s("069 1234 5600 to 9") << s("DE") << de0 << s("+496912345609") << qint64(10);
}

void TestPhone::range()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(qint64, count);
    const auto r = PhoneNumbers::parseRange(text, region);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    QCOMPARE(r.count, count);
    QVERIFY(r.error.isEmpty());
}

void TestPhone::rangeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("reversed") << s("069 1234 5699 to 5600") << s("DE") << s("before it starts");
    QTest::newRow("reversed full")
        << s("+49 69 12345699 - 12345600") << s("DE") << s("before it starts");
    QTest::newRow("different lengths")
        << s("030 123456 to 030 1234567") << s("DE") << s("different lengths (8 and 9 digits)");
    QTest::newRow("too many (default 10000)")
        << s("069 1000 0000 to 069 1999 9999") << s("DE") << s("at most 10000");
    QTest::newRow("other country first")
        << s("+44 20 7946 0000 to 0099") << s("DE") << s("belongs to United Kingdom");
    QTest::newRow("other country last")
        << s("069 1234 5600 to +43 1 234567890") << s("DE") << s("Last number of the range");
    QTest::newRow("single of other country")
        << s("+44 20 7946 0000") << s("DE") << s("belongs to United Kingdom");
    QTest::newRow("garbage") << s("hello") << s("DE") << s("is not a phone number");
    QTest::newRow("garbage tail") << s("069 1234 5600 to later") << s("DE")
                                  << s("Last number of the range");
    QTest::newRow("garbage first")
        << s("soon to 5699") << s("DE") << s("First number of the range");
    QTest::newRow("missing tail") << s("069 1234 5600 to") << s("DE") << s("is not a phone");
    QTest::newRow("missing tail after dash")
        << s("069 1234 5600 to -") << s("DE") << s("no last number");
    QTest::newRow("empty") << s("") << s("DE") << s("No phone number");
    QTest::newRow("invalid last") << s("020 7946 0000 \u2013 0200 7946 0099") << s("GB")
                                  << s("Last number of the range");
}

void TestPhone::rangeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, errorContains);
    const auto r = PhoneNumbers::parseRange(text, region);
    QVERIFY2(!r.ok, qPrintable(r.first + QLatin1Char(' ') + r.last));
    QCOMPARE(r.count, qint64(0));
    QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
}

void TestPhone::rangeMaxCount()
{
    const QString text = s("069 1234 5600 to 5699");
    QVERIFY(PhoneNumbers::parseRange(text, s("DE"), 100).ok);
    const auto r = PhoneNumbers::parseRange(text, s("DE"), 99);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("100 numbers")), qPrintable(r.error));
}

void TestPhone::expand()
{
    const QStringList all = PhoneNumbers::expand(s("+496912345698"), s("+496912345702"));
    QCOMPARE(all, (QStringList{s("+496912345698"), s("+496912345699"), s("+496912345700"),
                               s("+496912345701"), s("+496912345702")}));
    QCOMPARE(PhoneNumbers::expand(s("+390612345600"), s("+390612345600")),
             QStringList{s("+390612345600")});
    const auto r = PhoneNumbers::parseRange(s("+44 20 7946 0000 to 0999"), s("GB"));
    QVERIFY(r.ok);
    const QStringList gb = PhoneNumbers::expand(r.first, r.last);
    QCOMPARE(gb.size(), qsizetype(r.count));
    QCOMPARE(gb.first(), r.first);
    QCOMPARE(gb.last(), r.last);
    QCOMPARE(gb.at(10), s("+442079460010"));
    // malformed input
    QVERIFY(PhoneNumbers::expand(s("+496912345699"), s("+496912345600")).isEmpty());
    QVERIFY(PhoneNumbers::expand(s("+4930123456"), s("+496912345600")).isEmpty());
    QVERIFY(PhoneNumbers::expand(s("069"), s("069")).isEmpty());
    QVERIFY(PhoneNumbers::expand(QString(), QString()).isEmpty());
    QVERIFY(PhoneNumbers::expand(s("+100000000000"), s("+199999999999")).isEmpty());
}

// ---- formatting and lookups --------------------------------------------------------------

void TestPhone::format_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("region");

    QTest::newRow("DE") << s("+496912345600") << s("069 12345600") << s("+49 69 12345600")
                        << s("DE");
    QTest::newRow("GB") << s("+442079460000") << s("020 7946 0000") << s("+44 20 7946 0000")
                        << s("GB");
    QTest::newRow("NL mobile") << s("+31612345678") << s("06 12345678") << s("+31 6 12345678")
                               << s("NL");
    QTest::newRow("IT") << s("+390612345678") << s("06 1234 5678") << s("+39 06 1234 5678")
                        << s("IT");
    QTest::newRow("FR") << s("+33123456789") << s("01 23 45 67 89") << s("+33 1 23 45 67 89")
                        << s("FR");
    QTest::newRow("SE") << s("+468123456") << s("08-12 34 56") << s("+46 8 12 34 56") << s("SE");
    QTest::newRow("CH") << s("+41441234567") << s("044 123 45 67") << s("+41 44 123 45 67")
                        << s("CH");
    QTest::newRow("invalid") << s("+4912") << QString() << QString() << QString();
    QTest::newRow("not e164") << s("069 12345600") << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestPhone::format()
{
    QFETCH(QString, e164);
    QFETCH(QString, national);
    QFETCH(QString, international);
    QFETCH(QString, region);
    QCOMPARE(PhoneNumbers::formatNational(e164), national);
    QCOMPARE(PhoneNumbers::formatInternational(e164), international);
    QCOMPARE(PhoneNumbers::regionOf(e164), region);
    if (!national.isEmpty()) // national form parses back
        QCOMPARE(PhoneNumbers::parse(national, region).e164, e164);
}

void TestPhone::areaCodeOf_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("areaCode");

    QTest::newRow("DE Frankfurt") << s("+496912345600") << s("69");
    QTest::newRow("DE Berlin") << s("+4930123456") << s("30");
    QTest::newRow("GB London") << s("+442079460000") << s("20");
    QTest::newRow("GB Birmingham") << s("+441212345678") << s("121");
    QTest::newRow("AT Salzburg") << s("+43662123456") << s("662");
    QTest::newRow("IT Rome keeps 0") << s("+390612345678") << s("06");
    QTest::newRow("BE Brussels") << s("+3222345678") << s("2");
    QTest::newRow("NL mobile: none") << s("+31612345678") << QString();
    QTest::newRow("DE mobile: none") << s("+4915123456789") << QString();
    QTest::newRow("ES: none (no trunk prefix)") << s("+34911234567") << QString();
    QTest::newRow("DK: none") << s("+4532123456") << QString();
    QTest::newRow("invalid") << s("+4912") << QString();
}

void TestPhone::areaCodeOf()
{
    QFETCH(QString, e164);
    QFETCH(QString, areaCode);
    QCOMPARE(PhoneNumbers::areaCodeOf(e164), areaCode);
}

void TestPhone::startsWithAreaCode_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<bool>("inside");
    QTest::newRow("DE 69") << s("+496912345600") << s("DE") << s("69") << true;
    QTest::newRow("DE 069 (trunk 0 typed)") << s("+496912345600") << s("DE") << s("069") << true;
    QTest::newRow("DE 30") << s("+496912345600") << s("DE") << s("30") << false;
    QTest::newRow("DE a longer prefix of the number")
        << s("+496912345600") << s("DE") << s("691") << true;
    QTest::newRow("IT 06 keeps its 0") << s("+390612345678") << s("IT") << s("06") << true;
    QTest::newRow("IT 02") << s("+390612345678") << s("IT") << s("02") << false;
    QTest::newRow("ES 91 without trunk prefix") << s("+34911234567") << s("ES") << s("91") << true;
    QTest::newRow("FR 491") << s("+33491123456") << s("FR") << s("0491") << true;
    QTest::newRow("GB 121") << s("+442079460000") << s("GB") << s("121") << false;
    QTest::newRow("number of another country")
        << s("+4369912345600") << s("DE") << s("69") << false;
    QTest::newRow("not E.164") << s("06912345600") << s("DE") << s("69") << false;
    QTest::newRow("empty code") << s("+496912345600") << s("DE") << QString() << false;
}

void TestPhone::startsWithAreaCode()
{
    QFETCH(QString, e164);
    QFETCH(QString, region);
    QFETCH(QString, areaCode);
    QFETCH(bool, inside);
    QCOMPARE(PhoneNumbers::startsWithAreaCode(e164, region, areaCode), inside);
}

void TestPhone::describe()
{
    QCOMPARE(PhoneNumbers::describe(s("+496912345600")), s("Frankfurt am Main"));
    QCOMPARE(PhoneNumbers::describe(s("+4989123456")), s("Munich"));
    QCOMPARE(PhoneNumbers::describe(s("+4989123456"), s("de")), s("München"));
    QCOMPARE(PhoneNumbers::describe(s("+3222345678"), s("fr")), s("Bruxelles"));
    QCOMPARE(PhoneNumbers::describe(s("+3222345678"), s("nl")), s("Brussel"));
    QCOMPARE(PhoneNumbers::describe(s("+390612345678"), s("it")), s("Roma"));
    // only the country for mobile numbers
    QCOMPARE(PhoneNumbers::describe(s("+31612345678")), s("Netherlands"));
    QCOMPARE(PhoneNumbers::describe(s("+31612345678"), s("de")), s("Niederlande"));
    QCOMPARE(PhoneNumbers::describe(s("+4912")), QString());
}

// ---- area codes --------------------------------------------------------------------------

void TestPhone::sampleNumber_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("e164Prefix"); // empty: no sample

    QTest::newRow("DE 69") << s("DE") << s("69") << s("+4969");
    QTest::newRow("DE 069") << s("DE") << s("069") << s("+4969");
    QTest::newRow("IT 06 keeps 0") << s("IT") << s("06") << s("+3906");
    QTest::newRow("IT 6 is not an area code") << s("IT") << s("6") << QString();
    QTest::newRow("ES 91") << s("ES") << s("91") << s("+3491");
    QTest::newRow("GB 020") << s("GB") << s("020") << s("+4420");
    QTest::newRow("DE 00000") << s("DE") << s("00000") << QString();
    QTest::newRow("DE 6 only starts area codes") << s("DE") << s("6") << QString();
    QTest::newRow("DE mobile prefix") << s("DE") << s("151") << QString();
    QTest::newRow("not digits") << s("DE") << s("6a") << QString();
    QTest::newRow("empty") << s("DE") << QString() << QString();
}

void TestPhone::sampleNumber()
{
    QFETCH(QString, region);
    QFETCH(QString, areaCode);
    QFETCH(QString, e164Prefix);
    const QString sample = PhoneNumbers::sampleNumberForAreaCode(region, areaCode);
    if (e164Prefix.isEmpty()) {
        QVERIFY2(sample.isEmpty(), qPrintable(sample));
        return;
    }
    QVERIFY2(sample.startsWith(e164Prefix), qPrintable(sample));
    const auto p = PhoneNumbers::parseForRegion(sample, region);
    QVERIFY2(p.ok, qPrintable(p.error));
}

void TestPhone::checkAreaCode_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("city");
    QTest::addColumn<AreaMatch>("result");
    QTest::addColumn<QString>("place");

    const QString ffm = s("Frankfurt am Main");
    QTest::newRow("DE 69 Frankfurt am Main")
        << s("DE") << s("69") << ffm << AreaMatch::Match << ffm;
    QTest::newRow("DE 69 Frankfurt")
        << s("DE") << s("69") << s("Frankfurt") << AreaMatch::Match << ffm;
    QTest::newRow("DE 69 frankfurt a. m. ?")
        << s("DE") << s("69") << s("FRANKFURT AM MAIN") << AreaMatch::Match << ffm;
    QTest::newRow("DE 69 Berlin") << s("DE") << s("69") << s("Berlin") << AreaMatch::Mismatch
                                  << ffm;
    QTest::newRow("DE 030 Berlin")
        << s("DE") << s("030") << s("Berlin") << AreaMatch::Match << s("Berlin");
    QTest::newRow("DE 89 München")
        << s("DE") << s("89") << s("München") << AreaMatch::Match << s("Munich");
    QTest::newRow("DE 89 Muenchen")
        << s("DE") << s("89") << s("Muenchen") << AreaMatch::Match << s("Munich");
    QTest::newRow("DE 00000 invalid")
        << s("DE") << s("00000") << s("Berlin") << AreaMatch::InvalidCode << QString();
    QTest::newRow("DE 6 invalid") << s("DE") << s("6") << s("Wiesbaden") << AreaMatch::InvalidCode
                                  << QString();
    QTest::newRow("DE mobile prefix invalid")
        << s("DE") << s("0151") << s("Berlin") << AreaMatch::InvalidCode << QString();
    QTest::newRow("BE 2 Brussels")
        << s("BE") << s("2") << s("Brussels") << AreaMatch::Match << s("Brussels");
    QTest::newRow("BE 02 Bruxelles")
        << s("BE") << s("02") << s("Bruxelles") << AreaMatch::Match << s("Brussels");
    QTest::newRow("BE 2 Brussel") << s("BE") << s("2") << s("Brussel") << AreaMatch::Match
                                  << s("Brussels");
    QTest::newRow("BE 9 Gent") << s("BE") << s("9") << s("Gent") << AreaMatch::Match << s("Ghent");
    QTest::newRow("BE 2 Antwerpen")
        << s("BE") << s("2") << s("Antwerpen") << AreaMatch::Mismatch << s("Brussels");
    QTest::newRow("NL 20 Amsterdam")
        << s("NL") << s("20") << s("Amsterdam") << AreaMatch::Match << s("Amsterdam");
    QTest::newRow("NL 020 Rotterdam")
        << s("NL") << s("020") << s("Rotterdam") << AreaMatch::Mismatch << s("Amsterdam");
    QTest::newRow("ES 91 Madrid") << s("ES") << s("91") << s("Madrid") << AreaMatch::Match
                                  << s("Madrid");
    QTest::newRow("ES 93 Barcelona")
        << s("ES") << s("93") << s("Barcelona") << AreaMatch::Match << s("Barcelona");
    QTest::newRow("ES 93 Madrid") << s("ES") << s("93") << s("Madrid") << AreaMatch::Mismatch
                                  << s("Barcelona");
    QTest::newRow("IE 1 Dublin") << s("IE") << s("1") << s("Dublin") << AreaMatch::Match
                                 << s("Dublin");
    QTest::newRow("IE 21 Cork") << s("IE") << s("21") << s("Cork") << AreaMatch::Match << s("Cork");
    QTest::newRow("IE 021 Kinsale (sub-area)")
        << s("IE") << s("021") << s("Kinsale") << AreaMatch::Match << s("Cork");
    QTest::newRow("IE 021 Dublin")
        << s("IE") << s("021") << s("Dublin") << AreaMatch::Mismatch << s("Cork");
    QTest::newRow("AT 1 Wien") << s("AT") << s("1") << s("Wien") << AreaMatch::Match << s("Vienna");
    QTest::newRow("AT 01 Vienna") << s("AT") << s("01") << s("Vienna") << AreaMatch::Match
                                  << s("Vienna");
    QTest::newRow("AT 662 Salzburg")
        << s("AT") << s("662") << s("Salzburg") << AreaMatch::Match << s("Salzburg");
    QTest::newRow("AT 662 Graz") << s("AT") << s("0662") << s("Graz") << AreaMatch::Mismatch
                                 << s("Salzburg");
    QTest::newRow("FR 491 Marseille")
        << s("FR") << s("491") << s("Marseille") << AreaMatch::Match << s("Marseille");
    QTest::newRow("FR 0491 Paris")
        << s("FR") << s("0491") << s("Paris") << AreaMatch::Mismatch << s("Marseille");
    QTest::newRow("FR 1 country only")
        << s("FR") << s("1") << s("Paris") << AreaMatch::Unknown << QString();
    QTest::newRow("FR 4 too coarse")
        << s("FR") << s("4") << s("Marseille") << AreaMatch::Unknown << QString();
    QTest::newRow("FR 388 Strasbourg (partly known prefix)")
        << s("FR") << s("388") << s("Strasbourg") << AreaMatch::Match << s("Strasbourg");
    QTest::newRow("FR 388 Paris (partly known prefix)")
        << s("FR") << s("388") << s("Paris") << AreaMatch::Unknown << QString();
    QTest::newRow("FR 09 non-geographic")
        << s("FR") << s("09") << s("Paris") << AreaMatch::InvalidCode << QString();
    QTest::newRow("NL 085 non-geographic")
        << s("NL") << s("085") << s("Amsterdam") << AreaMatch::InvalidCode << QString();
    QTest::newRow("ES 95 spans several areas")
        << s("ES") << s("95") << s("Madrid") << AreaMatch::Unknown << QString();
    QTest::newRow("FI 03 is a region, not a city")
        << s("FI") << s("03") << s("Tampere") << AreaMatch::Mismatch << s("Häme");
    QTest::newRow("IT 06 Rome") << s("IT") << s("06") << s("Rome") << AreaMatch::Match << s("Rome");
    QTest::newRow("IT 06 Roma") << s("IT") << s("06") << s("Roma") << AreaMatch::Match << s("Rome");
    QTest::newRow("IT 02 Milano") << s("IT") << s("02") << s("Milano") << AreaMatch::Match
                                  << s("Milan");
    QTest::newRow("IT 06 Milano") << s("IT") << s("06") << s("Milano") << AreaMatch::Mismatch
                                  << s("Rome");
    QTest::newRow("GB 20 London") << s("GB") << s("20") << s("London") << AreaMatch::Match
                                  << s("London");
    QTest::newRow("GB 161 London")
        << s("GB") << s("0161") << s("London") << AreaMatch::Mismatch << s("Manchester");
    QTest::newRow("CH 44 Zürich") << s("CH") << s("044") << s("Zürich") << AreaMatch::Match
                                  << s("Zurich");
    QTest::newRow("CH 22 Genève") << s("CH") << s("22") << s("Genève") << AreaMatch::Match
                                  << s("Geneva");
    QTest::newRow("CH 22 Genf") << s("CH") << s("22") << s("Genf") << AreaMatch::Match
                                << s("Geneva");
    QTest::newRow("SE 8 Stockholm")
        << s("SE") << s("08") << s("Stockholm") << AreaMatch::Match << s("Stockholm");
    QTest::newRow("FI 9 Helsingfors")
        << s("FI") << s("09") << s("Helsingfors") << AreaMatch::Match << s("Helsinki");
    QTest::newRow("FI 2 Pori (one of two)")
        << s("FI") << s("02") << s("Pori") << AreaMatch::Match << s("Turku/Pori");
    QTest::newRow("PT 21 Lisboa") << s("PT") << s("21") << s("Lisboa") << AreaMatch::Match
                                  << s("Lisbon");
    QTest::newRow("PT 22 Lisboa") << s("PT") << s("22") << s("Lisboa") << AreaMatch::Mismatch
                                  << s("Porto");
    QTest::newRow("DK no area codes")
        << s("DK") << s("33") << s("København") << AreaMatch::Unknown << QString();
    QTest::newRow("empty city") << s("DE") << s("69") << QString() << AreaMatch::Mismatch << ffm;
}

void TestPhone::checkAreaCode()
{
    QFETCH(QString, region);
    QFETCH(QString, areaCode);
    QFETCH(QString, city);
    QFETCH(AreaMatch, result);
    QFETCH(QString, place);
    const auto c = PhoneNumbers::checkAreaCode(region, areaCode, city);
    QCOMPARE(c.result, result);
    QCOMPARE(c.place, place);
}

// ---- place names -------------------------------------------------------------------------

void TestPhone::samePlace_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("equal") << s("Berlin") << s("Berlin") << true;
    QTest::newRow("case") << s("BERLIN") << s("berlin") << true;
    QTest::newRow("whole-word prefix") << s("Frankfurt") << s("Frankfurt am Main") << true;
    QTest::newRow("prefix other way") << s("Frankfurt am Main") << s("Frankfurt") << true;
    QTest::newRow("accents") << s("Genève") << s("Geneve") << true;
    QTest::newRow("decomposed accents") << s("Gene\u0300ve") << s("Genève") << true;
    QTest::newRow("umlaut dropped") << s("München") << s("Munchen") << true;
    QTest::newRow("umlaut transliterated") << s("München") << s("Muenchen") << true;
    QTest::newRow("umlaut both ways") << s("Muenchen") << s("MÜNCHEN") << true;
    QTest::newRow("sharp s") << s("Gießen") << s("Giessen") << true;
    QTest::newRow("hyphen") << s("Castrop-Rauxel") << s("Castrop Rauxel") << true;
    QTest::newRow("apostrophe") << s("L'Aquila") << s("L Aquila") << true;
    QTest::newRow("extra spaces") << s("  Frankfurt   am  Main ") << s("Frankfurt am Main") << true;
    QTest::newRow("St. vs Sankt") << s("St. Gallen") << s("Sankt Gallen") << true;
    QTest::newRow("Saint vs St") << s("Saint-Étienne") << s("St Etienne") << true;
    QTest::newRow("Sainte vs Ste") << s("Sainte-Maxime") << s("Ste. Maxime") << true;
    QTest::newRow("danish ø") << s("København") << s("Kobenhavn") << true;
    QTest::newRow("å") << s("Västerås") << s("Vasteras") << true;
    QTest::newRow("different") << s("Berlin") << s("Bern") << false;
    QTest::newRow("not a word prefix") << s("Frank") << s("Frankfurt") << false;
    QTest::newRow("no middle substring") << s("Neustadt") << s("Stadt") << false;
    QTest::newRow("no middle word") << s("Main") << s("Frankfurt am Main") << false;
    QTest::newRow("empty") << QString() << s("Berlin") << false;
    QTest::newRow("both empty") << QString() << QString() << false;
    QTest::newRow("punctuation only") << s("--") << s("-") << false;
    QTest::newRow("umlaut is not u+e everywhere") << s("Mueller") << s("Muller") << false;
}

void TestPhone::samePlace()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(PhoneNumbers::samePlace(a, b), same);
    QCOMPARE(PhoneNumbers::samePlace(b, a), same);
}

// ---- concurrency and speed ---------------------------------------------------------------

// ---- area codes of a locality ------------------------------------------------------------

void TestPhone::areaCodesForLocality_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("code");    // must be among the answers
    QTest::addColumn<QString>("notCode"); // must not be among them (empty: no check)

    QTest::newRow("DE Frankfurt am Main")
        << s("DE") << s("Frankfurt am Main") << s("69") << s("30");
    QTest::newRow("DE Frankfurt (also an der Oder)")
        << s("DE") << s("Frankfurt") << s("69") << s("89");
    QTest::newRow("DE Berlin") << s("DE") << s("Berlin") << s("30") << s("69");
    QTest::newRow("DE München") << s("DE") << s("München") << s("89") << s("30");
    QTest::newRow("DE Muenchen") << s("DE") << s("Muenchen") << s("89") << QString();
    QTest::newRow("DE Munich (English)") << s("DE") << s("Munich") << s("89") << QString();
    QTest::newRow("AT Wien") << s("AT") << s("Wien") << s("1") << s("662");
    QTest::newRow("AT Vienna") << s("AT") << s("Vienna") << s("1") << QString();
    QTest::newRow("AT Salzburg") << s("AT") << s("Salzburg") << s("662") << s("1");
    QTest::newRow("NL Amsterdam") << s("NL") << s("Amsterdam") << s("20") << s("10");
    QTest::newRow("BE Brussels") << s("BE") << s("Brussels") << s("2") << s("9");
    QTest::newRow("BE Bruxelles") << s("BE") << s("Bruxelles") << s("2") << QString();
    QTest::newRow("IE Dublin") << s("IE") << s("Dublin") << s("1") << s("21");
    QTest::newRow("IE Cork") << s("IE") << s("Cork") << s("21") << s("1");
    QTest::newRow("ES Madrid") << s("ES") << s("Madrid") << s("91") << s("93");
    QTest::newRow("ES Barcelona") << s("ES") << s("Barcelona") << s("93") << s("91");
    QTest::newRow("FR Marseille") << s("FR") << s("Marseille") << s("491") << QString();
    QTest::newRow("IT Roma keeps its 0") << s("IT") << s("Roma") << s("06") << s("6");
    QTest::newRow("GB London") << s("GB") << s("London") << s("20") << s("161");
    QTest::newRow("PT Lisboa") << s("PT") << s("Lisboa") << s("21") << s("22");
    QTest::newRow("SE Stockholm") << s("SE") << s("Stockholm") << s("8") << QString();
    QTest::newRow("CH Zürich") << s("CH") << s("Zürich") << s("44") << s("22");
    QTest::newRow("FI Helsinki") << s("FI") << s("Helsinki") << s("9") << QString();
}

void TestPhone::areaCodesForLocality()
{
    QFETCH(QString, region);
    QFETCH(QString, city);
    QFETCH(QString, code);
    QFETCH(QString, notCode);
    const QStringList codes = PhoneNumbers::areaCodesForLocality(region, city);
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
    if (!notCode.isEmpty())
        QVERIFY2(!codes.contains(notCode), qPrintable(codes.join(u',')));
    QVERIFY(PhoneNumbers::areaCodeIndexReady(region));
    // Every answer passes the rule that checks an office's area code.
    for (const QString &c : codes) {
        const auto check = PhoneNumbers::checkAreaCode(region, c, city);
        QVERIFY2(check.result == AreaMatch::Match, qPrintable(c + u' ' + check.place));
    }
}

void TestPhone::areaCodesForLocalityUnknown()
{
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("DE"), s("Atlantis an der Zwölf")).isEmpty());
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("ES"), s("Xyzzy")).isEmpty());
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("DE"), QString()).isEmpty());
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("DE"), s("  ")).isEmpty());
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("XX"), s("Berlin")).isEmpty());
    QVERIFY(PhoneNumbers::areaCodesForLocality(QString(), s("Berlin")).isEmpty());
    // Another country's city is not a place of this one.
    QVERIFY(PhoneNumbers::areaCodesForLocality(s("NL"), s("Madrid")).isEmpty());
}

void TestPhone::areaCodeIndexBuildTime()
{
    // The first lookup of a country builds its index; report the time per country. (Countries
    // already built by earlier test functions report their lookup time only.)
    const char *regions[] = {"AT", "BE", "CH", "DE", "DK", "ES", "FI",
                             "FR", "GB", "IE", "IT", "NL", "PT", "SE"};
    QStringList report;
    for (const char *r : regions) {
        const QString region = QLatin1String(r);
        const bool built = PhoneNumbers::areaCodeIndexReady(region);
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuMs();
        PhoneNumbers::areaCodesForLocality(region, s("Nowhere"));
        report << QStringLiteral("%1 %2 ms (CPU %3 ms)%4")
                      .arg(region)
                      .arg(t.elapsed())
                      .arg(threadCpuMs() - cpu0)
                      .arg(built ? QStringLiteral(", already built") : QString());
        QVERIFY(PhoneNumbers::areaCodeIndexReady(region));
    }
    qInfo("area code index build: %s", qPrintable(report.join(QStringLiteral(", "))));
    // Once built, a lookup is a hash probe plus checkAreaCode() of the few codes found.
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 100; ++i)
        QVERIFY(!PhoneNumbers::areaCodesForLocality(s("DE"), s("Berlin")).isEmpty());
    qInfo("100 lookups after the build: %lld ms", t.elapsed());
    QVERIFY(t.elapsed() < 2000);
}

void TestPhone::areaCodeIndexThreads()
{
    // Several threads ask at once (one of them may be the one building); all get the same answer.
    std::atomic<int> failures{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < 6; ++i) {
        workers.emplace_back([i, &failures] {
            const QString region = (i % 2) ? s("NL") : s("AT");
            const QString city = (i % 2) ? s("Amsterdam") : s("Wien");
            const QString code = (i % 2) ? s("20") : s("1");
            for (int k = 0; k < 20; ++k)
                if (!PhoneNumbers::areaCodesForLocality(region, city).contains(code))
                    ++failures;
        });
    }
    for (auto &w : workers)
        w.join();
    QCOMPARE(failures.load(), 0);
}

void TestPhone::threads()
{
    // The shared geocoder is used from several threads at once.
    std::atomic<int> failures{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < 8; ++i) {
        workers.emplace_back([i, &failures] {
            const QString lang = (i % 2) ? s("fr") : s("nl");
            const QString brussels = (i % 2) ? s("Bruxelles") : s("Brussel");
            for (int k = 0; k < 50; ++k) {
                if (PhoneNumbers::checkAreaCode(s("DE"), s("69"), s("Frankfurt")).result !=
                    AreaMatch::Match)
                    ++failures;
                if (PhoneNumbers::describe(s("+3222345678"), lang) != brussels)
                    ++failures;
                if (!PhoneNumbers::parse(s("069 1234 5600"), s("DE")).ok)
                    ++failures;
            }
        });
    }
    for (auto &w : workers)
        w.join();
    QCOMPARE(failures.load(), 0);
}

void TestPhone::speed()
{
    // A porting order: 2,000 numbers as 20 ranges of 100, parsed, expanded and re-checked.
    QElapsedTimer t;
    t.start();
    qint64 total = 0;
    for (int i = 0; i < 20; ++i) {
        const QString block = QString::number(10 + i);
        const QString text = QStringLiteral("069 1234 ") + block + QStringLiteral("00 to ") +
                             block + QStringLiteral("99");
        const auto r = PhoneNumbers::parseRange(text, s("DE"));
        QVERIFY2(r.ok, qPrintable(r.error));
        total += PhoneNumbers::expand(r.first, r.last).size();
    }
    QCOMPARE(total, qint64(2000));
    const qint64 rangesMs = t.elapsed();

    // The same 2,000 numbers as single entries: a first check parses each one (libphonenumber
    // needs ~25 µs a number), a re-check (after every edit of the order) hits the memo.
    QStringList singles;
    for (int i = 0; i < 2000; ++i)
        singles.append(QStringLiteral("069 1234 ") + QString::number(5000 + i));
    auto checkAll = [&singles] {
        int valid = 0;
        for (const QString &n : std::as_const(singles))
            valid += PhoneNumbers::parseForRegion(n, s("DE")).ok ? 1 : 0;
        return valid;
    };
    t.restart();
    QCOMPARE(checkAll(), 2000);
    const qint64 coldUs = t.nsecsElapsed() / 1000;
    t.restart();
    QCOMPARE(checkAll(), 2000);
    const qint64 warmUs = t.nsecsElapsed() / 1000;
    qInfo("20 ranges (2000 numbers): %lld ms; 2000 single numbers: first check %lld us, re-check "
          "%lld us",
          rangesMs, coldUs, warmUs);
    QVERIFY2(warmUs * 3 < coldUs, "re-checking must not parse again");
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
