// Catalog: the bundled sample catalog loads, and every kind of bad entry is refused with a
// message that names its JSON path.
#include "catalog/Catalog.h"
#include "order/Validators.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace od;

namespace {

const QString kTestCatalog = QStringLiteral(ORDERDESK_TEST_DATA "/catalog_test.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Applies an edit to the test catalog's JSON tree and serialises it again.
QByteArray editedTestCatalog(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(kTestCatalog)).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Replaces entry `index` of the countries array by what `edit` makes of it.
std::function<void(QJsonObject &)> editCountry(int index,
                                               const std::function<void(QJsonObject &)> &edit)
{
    return [index, edit](QJsonObject &root) {
        QJsonArray countries = root.value(QLatin1String("countries")).toArray();
        QJsonObject country = countries.at(index).toObject();
        edit(country);
        countries.replace(index, country);
        root.insert(QLatin1String("countries"), countries);
    };
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
QDate easterSunday(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(y, month, day);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoads();
    void bundledCountries_data();
    void bundledCountries();
    void bundledRules();
    void bundledHolidays_data();
    void bundledHolidays();
    void bundledHolidaysCoverBothYears_data();
    void bundledHolidaysCoverBothYears();
    void bundledFieldPatterns_data();
    void bundledFieldPatterns();
    void bundledHintExamplesAreValid();
    void bundledNamesInSentences();
    void bundledTextsListedForTranslators();
    void textsInTheRepsLanguage();
    void testCatalogLoads();
    void lookups();
    void clipModeKeys();
    void missingFile();
    void notJson_data();
    void notJson();
    void badEntry_data();
    void badEntry();
    void badStructure_data();
    void badStructure();
    void badBundledEntry_data();
    void badBundledEntry();
};

void TestCatalog::bundledLoads()
{
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QVERIFY(catalog->isSample());
    QVERIFY(!catalog->version().isEmpty());
    QStringList codes;
    for (const CountryInfo &country : catalog->countries())
        codes << country.code;
    QCOMPARE(
        codes,
        QString::fromLatin1("AT BE CH DE DK ES FI FR GB IE IT NL PT SE").split(QLatin1Char(' ')));
}

namespace {

/// Every text of a catalog that the rep reads, in the catalog's order.
QList<CatalogTextEntry> readableTexts(const Catalog &catalog)
{
    QList<CatalogTextEntry> texts;
    auto add = [&texts](const QString &text, const QString &disambiguation = QString()) {
        const CatalogTextEntry entry{text, disambiguation};
        if (!text.isEmpty() && !texts.contains(entry))
            texts << entry;
    };
    for (const CountryInfo &c : catalog.countries()) {
        add(c.name);
        add(c.inText(), QLatin1String(kCountryInSentence));
        for (const Plan &plan : c.plans) {
            add(plan.name);
            add(plan.description);
            for (const QString &line : plan.included)
                add(line);
        }
        add(c.portingNotes);
        for (const PortingField &f : c.portingFields) {
            add(f.label);
            add(f.hint);
        }
    }
    return texts;
}

/// A translation that marks every catalog text it is asked for.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int) const override
    {
        if (QLatin1String(context) != QLatin1String("od::CatalogText"))
            return QString();
        if (disambiguation && QLatin1String(disambiguation) == QLatin1String(kCountryInSentence))
            return QStringLiteral("[in %1]").arg(QString::fromUtf8(source));
        return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestCatalog::bundledTextsListedForTranslators()
{
    // CatalogTexts.cpp is what lupdate reads: a text missing there is never translated.
    const QList<CatalogTextEntry> texts = readableTexts(Catalog::bundled().value());
    QCOMPARE(texts.size(), 107);
    const QList<CatalogTextEntry> listed = bundledCatalogTexts();
    for (const CatalogTextEntry &e : texts)
        QVERIFY2(listed.contains(e), qPrintable(e.text));
    QCOMPARE(listed.size(), texts.size());
}

void TestCatalog::textsInTheRepsLanguage()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Catalog catalog = Catalog::bundled().value();
    QCoreApplication::removeTranslator(&translator);
    const CountryInfo *gb = catalog.country(QStringLiteral("GB"));
    QVERIFY(gb);
    QCOMPARE(gb->name, QStringLiteral("[United Kingdom]"));
    QCOMPARE(gb->inText(), QStringLiteral("[in the United Kingdom]"));
    // A country without a name of its own for sentences gets one from the translators too.
    QCOMPARE(catalog.country(QStringLiteral("CH"))->inText(), QStringLiteral("[in Switzerland]"));
    QCOMPARE(gb->portingFields.first().label, QStringLiteral("[Site postcode]"));
    QVERIFY(gb->plans.first().description.startsWith(QLatin1Char('[')));
    QVERIFY(gb->plans.first().included.first().startsWith(QLatin1Char('[')));
    // The codes and keys are data, never translated.
    QCOMPARE(gb->code, QStringLiteral("GB"));
    QCOMPARE(gb->portingFields.first().key, QStringLiteral("sitePostcode"));
}

void TestCatalog::bundledCountries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("leadTime");
    QTest::addColumn<bool>("areaCode");
    for (const char *code : {"AT", "BE", "DE", "ES", "FR", "IE", "IT", "NL", "PT", "FI"}) {
        const bool areaCode = QByteArray("AT BE DE ES FR IE NL").contains(code);
        const int leadTime = QByteArray(code) == "AT" ? 15 : QByteArray(code) == "NL" ? 5 : 10;
        QTest::newRow(code) << QString::fromLatin1(code) << QStringLiteral("EUR") << leadTime
                            << areaCode;
    }
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("GBP") << 4 << false;
    QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("CHF") << 10 << false;
    QTest::newRow("SE") << QStringLiteral("SE") << QStringLiteral("SEK") << 10 << false;
    QTest::newRow("DK") << QStringLiteral("DK") << QStringLiteral("DKK") << 10 << false;
}

void TestCatalog::bundledCountries()
{
    QFETCH(QString, code);
    QFETCH(QString, currency);
    QFETCH(int, leadTime);
    QFETCH(bool, areaCode);
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *country = catalog->country(code);
    QVERIFY(country);
    QCOMPARE(country->currency, currency);
    QCOMPARE(country->offeringId, QStringLiteral("oc-") + code.toLower());
    QCOMPARE(country->portingLeadTimeDays, leadTime);
    QCOMPARE(country->areaCodeMustMatchLocality, areaCode);
    QCOMPARE(country->addressInNumberArea, code == QLatin1String("AT"));
    QVERIFY(country->plans.size() >= 2 && country->plans.size() <= 4);
    for (const Plan &plan : country->plans) {
        QVERIFY(plan.monthlyPricePerUser > 0);
        QVERIFY(!plan.description.isEmpty());
    }
    QVERIFY(country->clipModes.contains(ClipMode::Screening));
    // Sample flags, but the countries the brief names as screening-only must stay so.
    if (code == QLatin1String("DE") || code == QLatin1String("AT") || code == QLatin1String("FR"))
        QCOMPARE(country->clipModes, QList<ClipMode>{ClipMode::Screening});
}

void TestCatalog::bundledRules()
{
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *gb = catalog->country(QStringLiteral("GB"));
    QCOMPARE(gb->portingLeadTimeMaxDays, 25);
    QVERIFY(gb->usesMainBillingNumber);
    QVERIFY(gb->portingNotes.contains(QStringLiteral("£220")));
    const CountryInfo *de = catalog->country(QStringLiteral("DE"));
    QVERIFY(de->onePortingFormPerNumber && de->portingFormNeedsStamp);
    QVERIFY(catalog->country(QStringLiteral("AT"))->onePortingFormPerNumber);
    const CountryInfo *fr = catalog->country(QStringLiteral("FR"));
    QVERIFY(fr->portingFormNeedsStamp);
    QCOMPARE(fr->portingFormValidityMonths, 3);
    QVERIFY(!catalog->country(QStringLiteral("NL"))->portingNotes.isEmpty());
    QVERIFY(catalog->country(QStringLiteral("CH"))
                ->portingNotes.contains(QStringLiteral("2 working days")));

    const auto keys = [&](const char *code) {
        QStringList result;
        for (const PortingField &field : catalog->country(QString::fromLatin1(code))->portingFields)
            result << field.key + QLatin1Char(':') + field.checksum;
        return result.join(QLatin1Char(' '));
    };
    QCOMPARE(keys("FR"), QStringLiteral("siret:siret rio:"));
    QCOMPARE(keys("ES"), QStringLiteral("nif:nif lineAccessType:"));
    QCOMPARE(keys("IT"),
             QStringLiteral("migrationCode: codiceFiscale:codiceFiscale vatNumber:itVat"));
    QCOMPARE(keys("SE"), QStringLiteral("subscriberId:"));
    QCOMPARE(keys("GB"), QStringLiteral("sitePostcode:"));
    QCOMPARE(keys("DE"), QString());
}

void TestCatalog::bundledHolidays_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    const auto row = [](const char *code, int y, int m, int d, bool holiday) {
        QTest::addRow("%s %04d-%02d-%02d", code, y, m, d)
            << QString::fromLatin1(code) << QDate(y, m, d) << holiday;
    };
    // Easter 2026 is 5 April, Easter 2027 is 28 March.
    row("DE", 2026, 4, 3, true);    // Good Friday
    row("DE", 2026, 4, 6, true);    // Easter Monday
    row("DE", 2026, 5, 14, true);   // Ascension
    row("DE", 2026, 5, 25, true);   // Whit Monday
    row("DE", 2026, 10, 3, true);   // German Unity Day
    row("DE", 2026, 12, 24, false); // Christmas Eve is a working day in law
    row("DE", 2027, 3, 26, true);   // Good Friday
    row("DE", 2027, 3, 29, true);   // Easter Monday
    row("DE", 2027, 5, 6, true);    // Ascension
    row("DE", 2027, 5, 17, true);   // Whit Monday
    row("GB", 2026, 5, 4, true);    // Early May bank holiday
    row("GB", 2026, 8, 31, true);   // Summer bank holiday
    row("GB", 2026, 12, 28, true);  // Boxing Day (substitute day)
    row("GB", 2027, 12, 27, true);  // Christmas Day (substitute day)
    row("GB", 2027, 12, 28, true);  // Boxing Day (substitute day)
    row("CH", 2026, 8, 1, true);    // Swiss National Day
    row("CH", 2027, 3, 26, true);   // Good Friday
    row("FR", 2026, 5, 8, true);    // Victory in Europe Day
    row("FR", 2026, 7, 14, true);   // Bastille Day
    row("FR", 2026, 4, 3, false);   // Good Friday only in Alsace-Moselle
    row("AT", 2026, 10, 26, true);  // National Day
    row("AT", 2026, 6, 4, true);    // Corpus Christi
    row("NL", 2026, 4, 27, true);   // King's Day
    row("IE", 2026, 2, 2, true);    // St Brigid's Day
    row("IE", 2027, 3, 17, true);   // St Patrick's Day
    row("SE", 2026, 6, 19, true);   // Midsummer Eve
    row("FI", 2027, 12, 6, true);   // Independence Day
    row("DK", 2026, 4, 2, true);    // Maundy Thursday
    row("ES", 2026, 10, 12, true);  // Fiesta Nacional
    row("PT", 2026, 6, 10, true);   // Portugal Day
    row("IT", 2026, 6, 2, true);    // Republic Day
    row("BE", 2026, 7, 21, true);   // National Day
}

void TestCatalog::bundledHolidays()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *country = catalog->country(code);
    QVERIFY(country);
    QCOMPARE(country->publicHolidays.contains(date), holiday);
    for (const QDate &d : country->publicHolidays)
        QVERIFY2(d.year() == 2026 || d.year() == 2027, qPrintable(d.toString(Qt::ISODate)));
}

void TestCatalog::bundledHolidaysCoverBothYears_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code :
         {"AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "NL", "PT", "SE"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestCatalog::bundledHolidaysCoverBothYears()
{
    // "Current and next year": 2026 and 2027. A year with no or few holidays, or with the
    // movable feasts of the wrong year (a copied list), would make porting dates too early.
    QFETCH(QString, code);
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *country = catalog->country(code);
    QVERIFY(country);
    QCOMPARE(easterSunday(2026), QDate(2026, 4, 5));
    QCOMPARE(easterSunday(2027), QDate(2027, 3, 28));
    for (int year : {2026, 2027}) {
        int inYear = 0;
        for (const QDate &d : country->publicHolidays)
            inYear += d.year() == year ? 1 : 0;
        QVERIFY2(inYear >= 8, qPrintable(QStringLiteral("%1: %2 holidays").arg(year).arg(inYear)));
        QVERIFY2(country->publicHolidays.contains(QDate(year, 1, 1)), qPrintable(code));
        // Every one of the 14 countries keeps Good Friday or Easter Monday nationally.
        const QDate easter = easterSunday(year);
        QVERIFY2(country->publicHolidays.contains(easter.addDays(-2)) ||
                     country->publicHolidays.contains(easter.addDays(1)),
                 qPrintable(QStringLiteral("%1: no Easter holiday").arg(year)));
        // Feasts that move with Easter must not sit on the other year's dates (a copied list).
        const QDate otherEaster = easterSunday(year == 2026 ? 2027 : 2026);
        for (int offset : {-3, -2, 1, 39, 50, 60}) {
            const QDate moved = otherEaster.addDays(offset);
            const QDate stale(year, moved.month(), moved.day());
            QVERIFY2(stale == easter.addDays(offset) || !country->publicHolidays.contains(stale),
                     qPrintable(stale.toString(Qt::ISODate)));
        }
    }
}

void TestCatalog::bundledFieldPatterns_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    const auto row = [](const char *code, const char *key, const char *value, bool matches) {
        QTest::addRow("%s %s %s", code, key, value)
            << QString::fromLatin1(code) << QString::fromLatin1(key) << QString::fromLatin1(value)
            << matches;
    };
    row("FR", "siret", "73282932000074", true);
    row("FR", "siret", "7328293200007", false);
    row("FR", "siret", "35600000010014", true); // La Poste: its own checksum, same shape
    row("FR", "rio", "01P12345678A", true);
    row("ES", "nif", "12345678Z", true);
    row("ES", "nif", "X1234567L", true);
    row("ES", "nif", "B12345674", true);
    row("ES", "nif", "12345678", false);
    row("ES", "lineAccessType", "RDSI-BA", true);
    row("IT", "codiceFiscale", "RSSMRA85T10A562S", true);
    row("IT", "codiceFiscale", "RSSMRA85T10A562", false);
    row("IT", "vatNumber", "12345678903", true);
    row("IT", "vatNumber", "IT12345678903", false);
    row("SE", "subscriberId", "000012345678", true);
    row("SE", "subscriberId", "12345678", false);
    row("GB", "sitePostcode", "SW1A 1AA", true);
    row("GB", "sitePostcode", "M1 1AE", true);
    row("GB", "sitePostcode", "SW1A", false);
}

void TestCatalog::bundledFieldPatterns()
{
    QFETCH(QString, code);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CountryInfo *country = catalog->country(code);
    QVERIFY(country);
    const PortingField *field = nullptr;
    for (const PortingField &candidate : country->portingFields) {
        if (candidate.key == key)
            field = &candidate;
    }
    QVERIFY(field);
    // The pattern must match the whole value, so it is anchored the way consumers anchor it.
    const QRegularExpression re(QRegularExpression::anchoredPattern(field->pattern));
    QVERIFY(re.isValid());
    QCOMPARE(re.match(value).hasMatch(), matches);
}

void TestCatalog::bundledHintExamplesAreValid()
{
    // A hint that shows an example ("e.g. B12345674") must show one the check accepts, or the
    // rep who copies its form is told it is wrong.
    const Result<Catalog> catalog = Catalog::bundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    static const QRegularExpression example(
        QStringLiteral("e\\.g\\. ([A-Z0-9][A-Z0-9 ]*[A-Z0-9])"));
    int examples = 0;
    for (const CountryInfo &country : catalog->countries()) {
        for (const PortingField &field : country.portingFields) {
            const QRegularExpressionMatch m = example.match(field.hint);
            if (!m.hasMatch())
                continue;
            const QString value = validators::normaliseIdentifier(m.captured(1));
            const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
            QVERIFY2(
                re.match(value).hasMatch() && validators::checksum(field.checksum, value),
                qPrintable(country.code + QLatin1Char(' ') + field.key + QLatin1Char(' ') + value));
            ++examples;
        }
    }
    QVERIFY(examples >= 3); // NIF, codice fiscale, site postcode
}

void TestCatalog::bundledNamesInSentences()
{
    // "In the Netherlands …", not "In Netherlands …": names that take an article in English
    // say so in the catalog; the others read as they are.
    const Catalog catalog = Catalog::bundled().value();
    QCOMPARE(catalog.country(QStringLiteral("NL"))->inText(), QStringLiteral("the Netherlands"));
    QCOMPARE(catalog.country(QStringLiteral("GB"))->inText(), QStringLiteral("the United Kingdom"));
    QCOMPARE(catalog.country(QStringLiteral("NL"))->name, QStringLiteral("Netherlands"));
    QCOMPARE(catalog.country(QStringLiteral("DE"))->inText(), QStringLiteral("Germany"));
    QCOMPARE(catalog.country(QStringLiteral("CH"))->inText(), QStringLiteral("Switzerland"));
}

void TestCatalog::testCatalogLoads()
{
    const Result<Catalog> catalog = Catalog::load(kTestCatalog);
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QCOMPARE(catalog->version(), QStringLiteral("test-1"));
    QCOMPARE(catalog->countries().size(), 3);
    const CountryInfo *gb = catalog->country(QStringLiteral("GB"));
    QVERIFY(gb);
    QCOMPARE(gb->fees.portingPerNumber, qint64(250));
    QCOMPARE(gb->clipModes, (QList<ClipMode>{ClipMode::Screening, ClipMode::NoScreening,
                                             ClipMode::PresentationNumber}));
    QCOMPARE(gb->portingFields.size(), 1);
    QVERIFY(gb->portingFields.first().required);
    QVERIFY(gb->plans.first().included.isEmpty()); // optional, absent
    const CountryInfo *de = catalog->country(QStringLiteral("DE"));
    QCOMPARE(de->plans.first().included, QStringList{QStringLiteral("Inbound calls")});
    QVERIFY(!de->usesMainBillingNumber); // optional booleans default to false
    QCOMPARE(de->portingLeadTimeMaxDays, 0);
    QVERIFY(de->publicHolidays.contains(QDate(2026, 12, 25)));
    // A porting field without "required" is required.
    QVERIFY(catalog->country(QStringLiteral("FR"))->portingFields.first().required);
}

void TestCatalog::lookups()
{
    const Result<Catalog> catalog = Catalog::load(kTestCatalog);
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QVERIFY(!catalog->country(QStringLiteral("XX")));
    QVERIFY(!catalog->country(QString()));
    const Plan *plan = catalog->plan(QStringLiteral("DE"), QStringLiteral("de-pro"));
    QVERIFY(plan);
    QCOMPARE(plan->monthlyPricePerUser, qint64(1200));
    QVERIFY(!catalog->plan(QStringLiteral("GB"), QStringLiteral("de-pro")));
    QVERIFY(!catalog->plan(QStringLiteral("XX"), QStringLiteral("de-pro")));
    QCOMPARE(catalog->country(QStringLiteral("GB"))->plan(QStringLiteral("gb-basic"))->name,
             QStringLiteral("Basic GB"));
}

void TestCatalog::clipModeKeys()
{
    for (ClipMode mode :
         {ClipMode::Screening, ClipMode::NoScreening, ClipMode::PresentationNumber}) {
        ClipMode parsed = mode == ClipMode::Screening ? ClipMode::NoScreening : ClipMode::Screening;
        QVERIFY(clipModeFromKey(clipModeKey(mode), &parsed));
        QCOMPARE(parsed, mode);
    }
    QCOMPARE(clipModeKey(ClipMode::NoScreening), QStringLiteral("noScreening"));
    ClipMode untouched = ClipMode::PresentationNumber;
    QVERIFY(!clipModeFromKey(QStringLiteral("Screening"), &untouched));
    QVERIFY(!clipModeFromKey(QString(), &untouched));
    QCOMPARE(untouched, ClipMode::PresentationNumber);
}

void TestCatalog::missingFile()
{
    const QString path = QStringLiteral(ORDERDESK_TEST_DATA "/no-such-catalog.json");
    const Result<Catalog> catalog = Catalog::load(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(path), qPrintable(catalog.error()));
}

void TestCatalog::notJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QFile file(QStringLiteral(":/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bundled = file.readAll();
    QTest::newRow("truncated in half") << bundled.left(bundled.size() / 2);
    QTest::newRow("truncated at the end") << bundled.left(bundled.size() - 3);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("trailing comma") << QByteArray("{\"version\": \"1\", \"countries\": [],}");
    QTest::newRow("not JSON") << QByteArray("version = 1\n");
}

void TestCatalog::notJson()
{
    QFETCH(QByteArray, json);
    QJsonParseError expected;
    QJsonDocument::fromJson(json, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    const Result<Catalog> catalog = Catalog::fromJson(json);
    QVERIFY(!catalog.ok());
    const QString prefix = QStringLiteral("The catalog is not valid JSON: %1 at offset %2 (line ")
                               .arg(expected.errorString())
                               .arg(expected.offset);
    QVERIFY2(catalog.error().startsWith(prefix), qPrintable(catalog.error()));
}

void TestCatalog::badEntry_data()
{
    // Each row edits one spot of the valid test catalog as text and expects the message for it;
    // `expected` is the whole message, or its beginning when it ends with "...".
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *before, const char *after,
                        const char *expected) {
        QTest::newRow(name) << QByteArray(before) << QByteArray(after)
                            << QString::fromUtf8(expected);
    };
    row("missing currency", "\"currency\": \"GBP\",", "", "countries[1].currency: missing");
    row("negative price", "\"monthlyPrice\": 1000", "\"monthlyPrice\": -1",
        "countries[1].plans[1].monthlyPrice: must be ≥ 0");
    row("unknown country code", "\"code\": \"FR\"", "\"code\": \"XX\"",
        "countries[2].code: \"XX\" is not a country of the Operator Connect footprint");
    row("grouping, not a country", "\"code\": \"FR\"", "\"code\": \"EU\"",
        "countries[2].code: \"EU\" is not a country of the Operator Connect footprint");
    row("lower-case country code", "\"code\": \"FR\"", "\"code\": \"fr\"",
        "countries[2].code: \"fr\" is not a country code: use two upper-case letters (ISO "
        "3166-1 alpha-2), such as \"DE\"");
    row("alpha-3 country code", "\"code\": \"FR\"", "\"code\": \"FRA\"",
        "countries[2].code: \"FRA\" is not a country code...");
    row("duplicate country", "\"code\": \"FR\"", "\"code\": \"DE\"",
        "countries[2].code: \"DE\" is already listed as countries[0]");
    row("duplicate offering", "\"offeringId\": \"oc-fr\"", "\"offeringId\": \"oc-de\"",
        "countries[2].offeringId: \"oc-de\" is already used by countries[0]");
    row("duplicate plan id", "\"id\": \"de-pro\"", "\"id\": \"de-basic\"",
        "countries[0].plans[1].id: \"de-basic\" is already used by countries[0].plans[0]");
    row("price as text", "\"monthlyPrice\": 500", "\"monthlyPrice\": \"5.00\"",
        "countries[0].plans[0].monthlyPrice: must be a whole number, found text");
    row("price with a fraction", "\"monthlyPrice\": 600", "\"monthlyPrice\": 6.5",
        "countries[2].plans[0].monthlyPrice: must be a whole number, found 6.5");
    row("fee as null", "\"activationPerNumber\": 150", "\"activationPerNumber\": null",
        "countries[1].fees.activationPerNumber: must be a whole number, found null");
    row("included as text", "\"included\": [\"Inbound calls\"]", "\"included\": \"Inbound calls\"",
        "countries[0].plans[0].included: must be a list, found text");
    row("included item as number", "\"included\": [\"Inbound calls\"]", "\"included\": [1]",
        "countries[0].plans[0].included[0]: must be text, found a number");
    row("boolean as text", "\"mainBillingNumber\": true", "\"mainBillingNumber\": \"yes\"",
        "countries[1].porting.mainBillingNumber: must be true or false, found text");
    row("empty name", "\"name\": \"France\"", "\"name\": \"  \"",
        "countries[2].name: must not be empty");
    row("empty name in text", "\"name\": \"France\"", "\"name\": \"France\", \"nameInText\": \"\"",
        "countries[2].nameInText: must not be empty");
    row("name in text as number", "\"name\": \"France\"", "\"name\": \"France\", \"nameInText\": 1",
        "countries[2].nameInText: must be text, found a number");
    row("lower-case currency", "\"currency\": \"GBP\"", "\"currency\": \"gbp\"",
        "countries[1].currency: \"gbp\" is not a currency code: use three upper-case letters (ISO "
        "4217), such as \"EUR\"");
    row("unknown currency", "\"currency\": \"GBP\"", "\"currency\": \"EUX\"",
        "countries[1].currency: \"EUX\" is not an ISO 4217 currency in use");
    row("impossible holiday", "\"2026-12-28\"", "\"2026-02-30\"",
        "countries[1].holidays[1]: \"2026-02-30\" is not a date (YYYY-MM-DD)");
    row("holiday not zero-padded", "\"2026-12-28\"", "\"2026-12-8\"",
        "countries[1].holidays[1]: \"2026-12-8\" is not a date (YYYY-MM-DD)");
    row("holiday twice", "\"2026-12-28\"", "\"2026-12-25\"",
        "countries[1].holidays[1]: \"2026-12-25\" is listed twice");
    row("invalid regular expression", "\"pattern\": \"[0-9]{14}\"", "\"pattern\": \"[0-9\"",
        "countries[2].porting.fields[0].pattern: not a valid regular expression: ...");
    row("unknown checksum", "\"checksum\": \"luhn\"", "\"checksum\": \"mod97\"",
        "countries[2].porting.fields[0].checksum: unknown checksum \"mod97\" (use \"luhn\", "
        "\"siret\", "
        "\"nif\", \"codiceFiscale\", \"itVat\" or \"\")");
    row("unknown clip mode",
        "\"clipModes\": [\"screening\", \"noScreening\", \"presentationNumber\"]",
        "\"clipModes\": [\"screening\", \"noscreening\"]",
        "countries[1].clipModes[1]: unknown CLIP mode \"noscreening\"...");
    row("clip mode twice",
        "\"clipModes\": [\"screening\", \"noScreening\", \"presentationNumber\"]",
        "\"clipModes\": [\"screening\", \"screening\"]",
        "countries[1].clipModes[1]: \"screening\" is listed twice");
    row("clip modes without screening",
        "\"clipModes\": [\"screening\", \"noScreening\", \"presentationNumber\"]",
        "\"clipModes\": [\"noScreening\"]",
        "countries[1].clipModes: must contain \"screening\", the default CLIP mode");
    row("negative lead time", "\"leadTimeDays\": 4", "\"leadTimeDays\": -1",
        "countries[1].porting.leadTimeDays: must be ≥ 0");
    row("absurd lead time", "\"leadTimeDays\": 4", "\"leadTimeDays\": 4000",
        "countries[1].porting.leadTimeDays: must be at most 365");
    row("maximum below minimum", "\"leadTimeMaxDays\": 25", "\"leadTimeMaxDays\": 3",
        "countries[1].porting.leadTimeMaxDays: must be 0 (fixed lead time) or at least "
        "leadTimeDays (4)");
    row("misspelt key", "\"monthlyPrice\": 600", "\"monthlyprice\": 600",
        "countries[2].plans[0].monthlyprice: unknown key (check the spelling)");
    row("missing version", "\"version\": \"test-1\",", "", "version: missing");
    row("sample as text", "\"sample\": true", "\"sample\": \"yes\"",
        "sample: must be true or false, found text");
}

void TestCatalog::badEntry()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QByteArray json = readFile(kTestCatalog);
    QCOMPARE(json.count(before), 1); // the edit must hit exactly the intended spot
    json.replace(before, after);

    const Result<Catalog> catalog = Catalog::fromJson(json);
    QVERIFY(!catalog.ok());
    if (expected.endsWith(QLatin1String("..."))) {
        expected.chop(3);
        QVERIFY2(catalog.error().startsWith(expected), qPrintable(catalog.error()));
    } else {
        QCOMPARE(catalog.error(), expected);
    }
}

void TestCatalog::badStructure_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no plans") << editedTestCatalog(editCountry(2, [](QJsonObject &country) {
        country.insert(QLatin1String("plans"), QJsonArray());
    })) << QStringLiteral("countries[2].plans: must list at least one voice plan");
    QTest::newRow("plans as object") << editedTestCatalog(editCountry(1, [](QJsonObject &country) {
        country.insert(QLatin1String("plans"), QJsonObject());
    })) << QStringLiteral("countries[1].plans: must be a list, found an object");
    QTest::newRow("no fees") << editedTestCatalog(editCountry(0, [](QJsonObject &country) {
        country.remove(QLatin1String("fees"));
    })) << QStringLiteral("countries[0].fees: missing");
    QTest::newRow("missing fee") << editedTestCatalog(editCountry(0, [](QJsonObject &country) {
        QJsonObject fees = country.value(QLatin1String("fees")).toObject();
        fees.remove(QLatin1String("portingPerNumber"));
        country.insert(QLatin1String("fees"), fees);
    })) << QStringLiteral("countries[0].fees.portingPerNumber: missing");
    QTest::newRow("no porting") << editedTestCatalog(editCountry(2, [](QJsonObject &country) {
        country.remove(QLatin1String("porting"));
    })) << QStringLiteral("countries[2].porting: missing");
    QTest::newRow("plan not an object")
        << editedTestCatalog(editCountry(1,
                                         [](QJsonObject &country) {
                                             country.insert(QLatin1String("plans"),
                                                            QJsonArray{QStringLiteral("gb-basic")});
                                         }))
        << QStringLiteral("countries[1].plans[0]: must be an object, found text");
    QTest::newRow("country not an object") << editedTestCatalog([](QJsonObject &root) {
        QJsonArray countries = root.value(QLatin1String("countries")).toArray();
        countries.replace(1, QStringLiteral("GB"));
        root.insert(QLatin1String("countries"), countries);
    }) << QStringLiteral("countries[1]: must be an object, found text");
    QTest::newRow("no countries") << editedTestCatalog([](QJsonObject &root) {
        root.insert(QLatin1String("countries"), QJsonArray());
    }) << QStringLiteral("countries: must list at least one country");
    QTest::newRow("countries missing")
        << editedTestCatalog([](QJsonObject &root) { root.remove(QLatin1String("countries")); })
        << QStringLiteral("countries: missing");
    QTest::newRow("top level is a list")
        << QByteArray("[]")
        << QStringLiteral("The catalog must be a JSON object with \"countries\".");
}

void TestCatalog::badStructure()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<Catalog> catalog = Catalog::fromJson(json);
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error(), expected);
}

void TestCatalog::badBundledEntry_data()
{
    // The bundled catalog with one value broken, as an administrator editing a copy for
    // --catalog might: the first bad entry is named by its path in that file.
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative price")
        << QStringList{QStringLiteral("3"), QStringLiteral("plans"), QStringLiteral("1"),
                       QStringLiteral("monthlyPrice")}
        << QJsonValue(-1) << QStringLiteral("countries[3].plans[1].monthlyPrice: must be ≥ 0");
    QTest::newRow("negative fee") << QStringList{QStringLiteral("13"), QStringLiteral("fees"),
                                                 QStringLiteral("portingPerNumber")}
                                  << QJsonValue(-900)
                                  << QStringLiteral(
                                         "countries[13].fees.portingPerNumber: must be ≥ 0");
    QTest::newRow("unknown country code")
        << QStringList{QStringLiteral("7"), QStringLiteral("code")}
        << QJsonValue(QStringLiteral("ZZ"))
        << QStringLiteral("countries[7].code: \"ZZ\" is not a country of the Operator Connect "
                          "footprint");
    QTest::newRow("missing currency")
        << QStringList{QStringLiteral("8"), QStringLiteral("currency")} << QJsonValue()
        << QStringLiteral("countries[8].currency: missing");
    QTest::newRow("holiday of no date")
        << QStringList{QStringLiteral("0"), QStringLiteral("holidays"), QStringLiteral("25")}
        << QJsonValue(QStringLiteral("2027-13-26"))
        << QStringLiteral("countries[0].holidays[25]: \"2027-13-26\" is not a date (YYYY-MM-DD)");
}

void TestCatalog::badBundledEntry()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QFile file(QStringLiteral(ORDERDESK_SOURCE_DIR "/resources/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // Rebuilds the tree along `path` (country index, then keys and list indexes), setting the
    // last one to `value`, or removing it when `value` is null.
    const std::function<QJsonValue(QJsonValue, QStringList)> set = [&](QJsonValue at,
                                                                       QStringList rest) {
        const QString key = rest.takeFirst();
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = at.toArray();
            a.replace(index, rest.isEmpty() ? value : set(a.at(index), rest));
            return QJsonValue(a);
        }
        QJsonObject o = at.toObject();
        if (rest.isEmpty() && value.isNull())
            o.remove(key);
        else
            o.insert(key, rest.isEmpty() ? value : set(o.value(key), rest));
        return QJsonValue(o);
    };
    root.insert(QStringLiteral("countries"), set(root.value(QStringLiteral("countries")), path));
    const Result<Catalog> catalog = Catalog::fromJson(QJsonDocument(root).toJson());
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error(), expected);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
