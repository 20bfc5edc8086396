#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

// Everything libphonenumber-specific stays in this file. Conventions:
//  - "NSN" is the national significant number (no country code, no trunk prefix; for Italy it
//    keeps the leading 0 of geographic numbers: "0612345678").
//  - Texts are normalised once (normalizeInput) before any parsing: Unicode digits become ASCII,
//    every kind of space becomes ' ', hyphen look-alikes become '-'. En and em dashes are kept:
//    they separate the two ends of a range.

namespace od {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance(); // thread-safe singleton
}

/// The context of this file's messages. Calls are qualified (PhoneNumbersText::tr) so that lupdate
/// files them under the context they are looked up in, whatever scope they are written in.
struct PhoneNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

/// English country name for an ISO alpha-2 region ("Germany"); the code itself if unknown.
QString countryName(const QString &region)
{
    const QLocale::Territory t = QLocale::codeToTerritory(region);
    if (t == QLocale::AnyTerritory)
        return region;
    return QLocale::territoryToString(t);
}

QString countryName(const std::string &region)
{
    return countryName(fromStd(region));
}

constexpr char16_t kEnDash = u'\u2013';
constexpr char16_t kEmDash = u'\u2014';

/// See the file comment. Also trims and collapses runs of spaces.
QString normalizeInput(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isDigit() && c.digitValue() >= 0) {
            out.append(QChar(u'0' + c.digitValue()));
        } else if (c.isSpace() || u == u'\u00A0' || u == u'\u202F' || u == u'\u2007' ||
                   u == u'\u2009' || u == u'\u200A') {
            out.append(u' ');
        } else if (u == u'\u2010' || u == u'\u2011' || u == u'\u2012' || u == u'\u2212' ||
                   u == u'\uFE63' || u == u'\uFF0D') {
            out.append(u'-');
        } else if (u == u'\uFF0B') {
            out.append(u'+');
        } else {
            out.append(c);
        }
    }
    return out.simplified();
}

int countDigits(QStringView s)
{
    return int(std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }));
}

QString digitsOnly(QStringView s)
{
    QString out;
    for (const QChar c : s)
        if (c.isDigit())
            out.append(c);
    return out;
}

/// A successfully parsed, valid number.
struct Number
{
    PhoneNumber pn;
    std::string region; ///< region of the number
    std::string nsn;    ///< national significant number
    QString e164;
};

struct ParseOutcome
{
    std::optional<Number> number;
    QString error;
};

Number makeNumber(const PhoneNumber &pn)
{
    Number n;
    n.pn = pn;
    util().GetRegionCodeForNumber(pn, &n.region);
    util().GetNationalSignificantNumber(pn, &n.nsn);
    std::string e164;
    util().Format(pn, PhoneNumberUtil::E164, &e164);
    n.e164 = fromStd(e164);
    return n;
}

/// Country to name in a message about `pn`: its main region, else the default region.
QString countryForMessage(const PhoneNumber &pn, const QString &defaultRegion)
{
    std::string r;
    util().GetRegionCodeForCountryCode(pn.country_code(), &r);
    if (r.empty() || r == "ZZ" || r == "001")
        return countryName(defaultRegion);
    return countryName(r);
}

/// Parses one already-normalised number text. Characters allowed: digits, spaces, a leading '+',
/// and the separators ( ) . - / that people type inside numbers.
ParseOutcome parseNormalized(const QString &s, const QString &region)
{
    ParseOutcome out;
    if (s.isEmpty()) {
        out.error = PhoneNumbersText::tr(
            "No phone number: enter it in national form or with the country code "
            "(+…).");
        return out;
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool ok = c.isDigit() || c == u' ' || c == u'(' || c == u')' || c == u'.' ||
                        c == u'-' || c == u'/' || (c == u'+' && i == 0);
        if (!ok) {
            out.error = PhoneNumbersText::tr(
                            "“%1” is not a phone number: use only digits, spaces and a leading + "
                            "for the country code.")
                            .arg(s);
            return out;
        }
    }
    if (countDigits(s) == 0) {
        out.error =
            PhoneNumbersText::tr("“%1” is not a phone number: it contains no digits.").arg(s);
        return out;
    }

    const std::string defaultRegion = toStd(region.toUpper());
    PhoneNumber pn;
    auto err = util().Parse(toStd(s), defaultRegion, &pn);
    if (err == PhoneNumberUtil::NO_PARSING_ERROR && !util().IsValidNumber(pn) &&
        s.contains(QLatin1String("(0)"))) {
        // "+34 (0)91 …": a trunk 0 written in international form where the country has none.
        // (libphonenumber already drops "(0)" for countries with a trunk 0 and keeps it for
        // Italy, where it is part of the number.)
        QString cleaned = s;
        cleaned.remove(QLatin1String("(0)"));
        PhoneNumber retry;
        if (util().Parse(toStd(cleaned), defaultRegion, &retry) ==
                PhoneNumberUtil::NO_PARSING_ERROR &&
            util().IsValidNumber(retry))
            pn = retry;
    }
    switch (err) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (s.startsWith(u'+') || s.startsWith(QLatin1String("00")))
            out.error =
                PhoneNumbersText::tr("Unknown country code: check the digits after + or 00.");
        else
            out.error = PhoneNumbersText::tr(
                "No country for a national number: enter it with the country code "
                "(+…).");
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        out.error =
            PhoneNumbersText::tr("The number is too short: check that no digits are missing.");
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        out.error = PhoneNumbersText::tr("The number is too long: check for extra digits.");
        return out;
    case PhoneNumberUtil::NOT_A_NUMBER:
    default:
        if (countDigits(s) < 3) { // libphonenumber wants at least 2-3 digits to try
            out.error =
                PhoneNumbersText::tr("The number is too short: check that no digits are missing.");
            return out;
        }
        out.error = PhoneNumbersText::tr("“%1” is not a phone number.").arg(s);
        return out;
    }

    if (!util().IsValidNumber(pn)) {
        const QString country = countryForMessage(pn, region);
        switch (util().IsPossibleNumberWithReason(pn)) {
        case PhoneNumberUtil::TOO_SHORT:
            out.error = PhoneNumbersText::tr(
                            "The number is too short for %1: check that no digits are missing.")
                            .arg(country);
            break;
        case PhoneNumberUtil::TOO_LONG:
            out.error =
                PhoneNumbersText::tr("The number is too long for %1: check for extra digits.")
                    .arg(country);
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            out.error =
                PhoneNumbersText::tr("Unknown country code: check the digits after + or 00.");
            break;
        default:
            out.error = PhoneNumbersText::tr(
                            "Not a valid number in %1: check the area code and the number of "
                            "digits.")
                            .arg(country);
            break;
        }
        return out;
    }
    out.number = makeNumber(pn);
    return out;
}

/// A thread-safe memo of answers that depend only on their key and libphonenumber's data.
/// Bounded: cleared when full (the working set of an order is far smaller).
template <typename Value, qsizetype MaxEntries> class BoundedMemo
{
public:
    std::optional<Value> find(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_values.constFind(key);
        if (it == m_values.constEnd())
            return std::nullopt;
        return *it;
    }

    void insert(const QString &key, const Value &value)
    {
        QMutexLocker lock(&m_mutex);
        if (m_values.size() >= MaxEntries)
            m_values.clear();
        m_values.insert(key, value);
    }

private:
    QMutex m_mutex;
    QHash<QString, Value> m_values;
};

/// Memo of successful parses, keyed by region and normalised text: libphonenumber needs some
/// 25 µs to parse and validate one number, and an order's numbers are re-checked after every
/// edit. Failures are not kept (their messages are translated, and rare).
BoundedMemo<Number, 50000> &parseCache()
{
    static BoundedMemo<Number, 50000> cache;
    return cache;
}

ParseOutcome parseNormalizedCached(const QString &s, const QString &region)
{
    const QString key = region.toUpper() + u'|' + s;
    if (const std::optional<Number> known = parseCache().find(key))
        return ParseOutcome{*known, {}};
    ParseOutcome out = parseNormalized(s, region);
    if (out.number)
        parseCache().insert(key, *out.number);
    return out;
}

/// parseNormalized(), and the number must belong to `region`.
ParseOutcome parseNormalizedForRegion(const QString &s, const QString &region)
{
    ParseOutcome out = parseNormalizedCached(s, region);
    if (out.number && fromStd(out.number->region) != region.toUpper()) {
        out.error = PhoneNumbersText::tr(
                        "The number belongs to %1, not to %2: enter a number of %2 or choose "
                        "another country.")
                        .arg(countryName(out.number->region), countryName(region.toUpper()));
        out.number.reset();
    }
    return out;
}

/// Parses an E.164 string as stored by this class; nullopt unless valid.
std::optional<PhoneNumber> parseE164(const QString &e164)
{
    if (!e164.startsWith(u'+'))
        return std::nullopt;
    PhoneNumber pn;
    if (util().Parse(toStd(e164), "ZZ", &pn) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util().IsValidNumber(pn))
        return std::nullopt;
    return pn;
}

// ---- geocoder ----------------------------------------------------------------------------

/// The geocoder loads its prefix tables lazily and caches them without locking, so one shared
/// instance is used under a mutex.
QMutex &geocoderMutex()
{
    static QMutex m;
    return m;
}

PhoneNumberOfflineGeocoder &geocoder()
{
    static PhoneNumberOfflineGeocoder g; // thread-safe initialisation
    return g;
}

QString geocode(const PhoneNumber &pn, const QString &language)
{
    const icu::Locale locale(toStd(language).c_str());
    QMutexLocker lock(&geocoderMutex());
    return fromStd(geocoder().GetDescriptionForNumber(pn, locale));
}

/// The country name the geocoder falls back to (it uses ICU's display names).
QString icuCountryName(const std::string &region, const QString &language)
{
    const icu::Locale country("", region.c_str());
    icu::UnicodeString name;
    country.getDisplayCountry(icu::Locale(toStd(language).c_str()), name);
    std::string utf8;
    name.toUTF8String(utf8);
    return fromStd(utf8);
}

/// Languages in which place names of a country are looked up (English first).
QStringList languagesFor(const QString &region)
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("AT"), {QStringLiteral("de")}},
        {QStringLiteral("BE"), {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de")}},
        {QStringLiteral("CH"), {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it")}},
        {QStringLiteral("DE"), {QStringLiteral("de")}},
        {QStringLiteral("DK"), {QStringLiteral("da")}},
        {QStringLiteral("ES"), {QStringLiteral("es")}},
        {QStringLiteral("FI"), {QStringLiteral("fi"), QStringLiteral("sv")}},
        {QStringLiteral("FR"), {QStringLiteral("fr")}},
        {QStringLiteral("GB"), {}},
        {QStringLiteral("IE"), {QStringLiteral("ga")}},
        {QStringLiteral("IT"), {QStringLiteral("it")}},
        {QStringLiteral("NL"), {QStringLiteral("nl")}},
        {QStringLiteral("PT"), {QStringLiteral("pt")}},
        {QStringLiteral("SE"), {QStringLiteral("sv")}},
    };
    QStringList langs{QStringLiteral("en")};
    langs += map.value(region);
    return langs;
}

/// Valid fixed-line numbers of `region` whose NSN starts with `code` (trunk 0 already handled),
/// one per filler digit pattern, at most `max`. A candidate is rejected when libphonenumber
/// sees a longer area code in it than `code` (then `code` is only the start of area codes,
/// e.g. German "6" → "6123 Eltville").
QList<PhoneNumber> fixedSamples(const std::string &region, const QString &code, int max)
{
    QList<PhoneNumber> out;
    const int cc = util().GetCountryCodeForRegion(region);
    if (cc == 0 || code.isEmpty() || code.size() > 12)
        return out;

    // Lengths to try: the example fixed number's length first, then nearer ones first.
    int exampleLen = 10;
    PhoneNumber example;
    if (util().GetExampleNumberForType(region, PhoneNumberUtil::FIXED_LINE, &example)) {
        std::string nsn;
        util().GetNationalSignificantNumber(example, &nsn);
        exampleLen = int(nsn.size());
    }
    QList<int> lengths;
    for (int d = 0; d <= 17; ++d) {
        for (const int len : {exampleLen + d, exampleLen - d}) {
            if (len > code.size() && len <= 17 && !lengths.contains(len))
                lengths.append(len);
        }
    }

    // Fillers begin with different digits so that a too coarse area code shows up as samples
    // in different places.
    static const std::array<const char *, 5> fillers = {"2345678901234567", "5555555555555555",
                                                        "8765432109876543", "1234567890123456",
                                                        "9999999999999999"};
    // Built through QString: GCC 12 at -O3 misreports "+" + std::string (GCC bug 105329).
    const std::string prefix = toStd(QStringLiteral("+%1%2").arg(cc).arg(code));
    for (const char *filler : fillers) {
        for (const int len : std::as_const(lengths)) {
            const std::string text = prefix + std::string(filler, size_t(len - code.size()));
            PhoneNumber pn;
            if (util().Parse(text, "ZZ", &pn) != PhoneNumberUtil::NO_PARSING_ERROR ||
                !util().IsValidNumber(pn))
                continue;
            const auto type = util().GetNumberType(pn);
            if (type != PhoneNumberUtil::FIXED_LINE &&
                type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
                continue;
            std::string r;
            util().GetRegionCodeForNumber(pn, &r);
            if (r != region)
                continue;
            if (util().GetLengthOfGeographicalAreaCode(pn) > code.size())
                continue;
            out.append(pn);
            break;
        }
        if (out.size() >= max)
            break;
    }
    return out;
}

/// The area code as digits, without the trunk prefix where the country has one.
QString areaCodeDigits(const QString &region, const QString &areaCode)
{
    QString code = areaCode.trimmed();
    code.remove(u' ');
    if (code.isEmpty() || std::any_of(code.begin(), code.end(),
                                      [](QChar c) { return !(c.isDigit() && c.unicode() < 128); }))
        return {};
    std::string ndd;
    util().GetNddPrefixForRegion(toStd(region), true, &ndd);
    // Italy (and others without a trunk prefix) report none: their leading 0 stays.
    const QString trunk = fromStd(ndd);
    if (!trunk.isEmpty() && code.startsWith(trunk))
        code.remove(0, trunk.size());
    return code;
}

// ---- place names -------------------------------------------------------------------------

/// Lower-cased, accent-free word list of a place name. With `umlauts`, ä/ö/ü become ae/oe/ue
/// (German transliteration) instead of losing their dots.
QStringList placeWords(const QString &name, bool umlauts)
{
    const QString composed = name.normalized(QString::NormalizationForm_C).toLower();
    QString s;
    s.reserve(composed.size() + 4);
    for (const QChar c : composed) {
        switch (c.unicode()) {
        case u'ä':
            s.append(umlauts ? QStringLiteral("ae") : QStringLiteral("a"));
            break;
        case u'ö':
            s.append(umlauts ? QStringLiteral("oe") : QStringLiteral("o"));
            break;
        case u'ü':
            s.append(umlauts ? QStringLiteral("ue") : QStringLiteral("u"));
            break;
        case u'ß':
            s.append(QStringLiteral("ss"));
            break;
        case u'æ':
            s.append(QStringLiteral("ae"));
            break;
        case u'œ':
            s.append(QStringLiteral("oe"));
            break;
        case u'ø':
            s.append(u'o');
            break;
        case u'ł':
            s.append(u'l');
            break;
        case u'đ':
        case u'ð':
            s.append(u'd');
            break;
        case u'þ':
            s.append(QStringLiteral("th"));
            break;
        default:
            s.append(c);
        }
    }
    const QString decomposed = s.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        folded.append(c.isLetterOrNumber() ? c.toLower() : QChar(u' '));
    }
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == QLatin1String("st") || w == QLatin1String("sankt") ||
            w == QLatin1String("saint") || w == QLatin1String("san") || w == QLatin1String("sint"))
            w = QStringLiteral("st");
        else if (w == QLatin1String("ste") || w == QLatin1String("sainte"))
            w = QStringLiteral("ste");
    }
    return words;
}

bool wordsMatch(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    return std::equal(shorter.begin(), shorter.end(), longer.begin());
}

// ---- ranges ------------------------------------------------------------------------------

struct Split
{
    QString left;
    QString right;
};

/// The number for a range's tail: "+…" is a full international number; up to as many digits as
/// the first number's NSN replace its final digits ("99", "5699", "12345699"); more digits are a
/// full national (trunk) or 00-international number.
ParseOutcome resolveTail(const Number &first, QString tail, const QString &region)
{
    tail = tail.trimmed();
    while (tail.startsWith(u'-') || tail.startsWith(u' ') || tail.startsWith(kEnDash) ||
           tail.startsWith(kEmDash))
        tail.remove(0, 1);
    ParseOutcome out;
    if (tail.isEmpty()) {
        out.error =
            PhoneNumbersText::tr("The range has no last number: write it after the separator, e.g. "
                                 "“… to 5699”.");
        return out;
    }
    if (tail.startsWith(u'+'))
        return parseNormalizedForRegion(tail, region);
    const QString digits = digitsOnly(tail);
    if (!digits.isEmpty() && digits.size() <= qsizetype(first.nsn.size())) {
        for (const QChar c : tail)
            if (!(c.isDigit() || c == u' ' || c == u'.' || c == u'-' || c == u'/')) {
                out.error = PhoneNumbersText::tr(
                                "“%1” is not a phone number: use only digits, spaces and a "
                                "leading + for the country code.")
                                .arg(tail);
                return out;
            }
        const std::string nsn =
            first.nsn.substr(0, first.nsn.size() - size_t(digits.size())) + toStd(digits);
        return parseNormalizedForRegion(
            QStringLiteral("+%1%2").arg(first.pn.country_code()).arg(fromStd(nsn)), region);
    }
    return parseNormalizedForRegion(tail, region);
}

/// Splits at an explicit separator word ("to", "bis", "à", "a", "tot", "till", "t/m", "au",
/// "al", "hasta"), which must stand between spaces (or before a '-': "to -5699"). The first
/// separator word wins.
std::optional<Split> splitAtWord(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("\\s(to|till|until|bis|à|a|au|al|hasta|tot|t/m)(?:\\s|(?=-))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    // A leading "from" word goes with it: "von 069 … bis …", "del 91 … al …", "du … au …".
    static const QRegularExpression from(
        QStringLiteral("^(from|von|vom|du|de|del|dal|da|van|från|fra)\\s"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString left = s.left(m.capturedStart());
    left.remove(from);
    return Split{left, s.mid(m.capturedEnd())};
}

/// Candidate splits at dashes that stand for "to": an en/em dash, "..", or an ASCII '-' with a
/// space on both sides. Rightmost first.
QList<Split> splitsAtSpacedDashes(const QString &s)
{
    QList<Split> out;
    for (qsizetype i = s.size() - 1; i > 0; --i) {
        const QChar c = s.at(i);
        if (c == kEnDash || c == kEmDash) {
            out.append({s.left(i), s.mid(i + 1)});
        } else if (c == u'-' && i + 1 < s.size() && s.at(i - 1) == u' ' && s.at(i + 1) == u' ') {
            out.append({s.left(i), s.mid(i + 1)});
        } else if (c == u'.' && s.at(i - 1) == u'.') {
            qsizetype start = i - 1;
            while (start > 0 && s.at(start - 1) == u'.')
                --start;
            out.append({s.left(start), s.mid(i + 1)});
            i = start;
        }
    }
    return out;
}

/// NSN length of the country's example fixed-line number (a "full length" number).
int typicalNsnLength(const QString &region)
{
    PhoneNumber example;
    if (!util().GetExampleNumberForType(toStd(region), PhoneNumberUtil::FIXED_LINE, &example))
        return 0;
    std::string nsn;
    util().GetNationalSignificantNumber(example, &nsn);
    return int(nsn.size());
}

// ---- area codes of a locality ------------------------------------------------------------

/// The number +cc NSN built directly, without parsing text (a leading 0 of the NSN, as in
/// Italy, is kept the way libphonenumber's parser keeps it).
std::optional<PhoneNumber> numberFromNsn(int cc, const std::string &nsn)
{
    const size_t zeros = nsn.find_first_not_of('0');
    if (nsn.empty() || nsn.size() > 17 || zeros == std::string::npos)
        return std::nullopt;
    PhoneNumber pn;
    pn.set_country_code(cc);
    if (zeros > 0) {
        pn.set_italian_leading_zero(true);
        if (zeros > 1)
            pn.set_number_of_leading_zeros(int(zeros));
    }
    pn.set_national_number(std::stoull(nsn));
    return pn;
}

/// A fixed-line number of `region` (libphonenumber's FIXED_LINE or FIXED_LINE_OR_MOBILE): the
/// same acceptance as fixedSamples() without text parsing, and lengths the country cannot have
/// for fixed lines are skipped before the (costly) pattern matching.
bool isFixedLineOf(const PhoneNumber &pn, const std::string &region)
{
    if (util().IsPossibleNumberForTypeWithReason(pn, PhoneNumberUtil::FIXED_LINE) !=
        PhoneNumberUtil::IS_POSSIBLE)
        return false;
    const auto type = util().GetNumberType(pn);
    if (type != PhoneNumberUtil::FIXED_LINE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return false;
    std::string r;
    util().GetRegionCodeForNumber(pn, &r);
    return r == region;
}

/// A geographic number of `region` whose NSN starts with `prefix`, with an area code of any
/// length: the probe of the prefix-tree walk. An empty branch costs a few dozen cheap checks.
std::optional<PhoneNumber> geographicProbe(const std::string &region, int cc, const QString &prefix)
{
    static const std::array<const char *, 3> fillers = {"5555555555555555", "2345678901234567",
                                                        "8765432109876543"};
    if (prefix.size() > 12)
        return std::nullopt;
    const std::string head = toStd(prefix);
    for (const char *filler : fillers) {
        for (int len = int(prefix.size()) + 1; len <= 17; ++len) {
            const auto pn =
                numberFromNsn(cc, head + std::string(filler, size_t(len - prefix.size())));
            if (pn && isFixedLineOf(*pn, region))
                return pn;
        }
    }
    return std::nullopt;
}

/// The first `max` of fixedSamples(region, code, 5), the samples checkAreaCode() geocodes,
/// built without text parsing: the same fillers, lengths and acceptance.
QList<PhoneNumber> indexSamples(const std::string &region, int cc, const QString &code,
                                int exampleLen, int max)
{
    static const std::array<const char *, 5> fillers = {"2345678901234567", "5555555555555555",
                                                        "8765432109876543", "1234567890123456",
                                                        "9999999999999999"};
    QList<int> lengths;
    for (int d = 0; d <= 17; ++d)
        for (const int len : {exampleLen + d, exampleLen - d})
            if (len > code.size() && len <= 17 && !lengths.contains(len))
                lengths.append(len);
    QList<PhoneNumber> out;
    const std::string head = toStd(code);
    for (const char *filler : fillers) {
        for (const int len : std::as_const(lengths)) {
            const auto pn =
                numberFromNsn(cc, head + std::string(filler, size_t(len - code.size())));
            if (!pn || !isFixedLineOf(*pn, region) ||
                util().GetLengthOfGeographicalAreaCode(*pn) > code.size())
                continue;
            out.append(*pn);
            break;
        }
        if (out.size() >= max)
            break;
    }
    return out;
}

/// Per country: every place name the geocoder gives for the country's area codes, as folded
/// words (placeWords, both umlaut spellings) bucketed by first word, with its area code.
struct AreaCodeIndex
{
    struct Entry
    {
        QStringList words;
        QString code;
    };
    QHash<QString, QList<Entry>> byFirstWord;
};

/// Builds the index by walking the prefix tree of the country's geographic numbers: a prefix
/// whose probe has a longer area code (GetLengthOfGeographicalAreaCode) is split into its ten
/// children; a prefix that is a whole area code is recorded with the places of samples that
/// checkAreaCode() geocodes too. Where the area code is too coarse for the geocoder (France "4")
/// or the country has none (Spain, Portugal), prefixes are refined up to kMaxRefineDigits
/// digits until their samples agree on a place.
class AreaCodeIndexBuilder
{
public:
    explicit AreaCodeIndexBuilder(const QString &region)
        : m_region(region), m_stdRegion(toStd(region)),
          m_cc(util().GetCountryCodeForRegion(m_stdRegion)),
          m_countryEn(icuCountryName(m_stdRegion, QStringLiteral("en"))),
          m_languages(languagesFor(region))
    {
        PhoneNumber example;
        if (util().GetExampleNumberForType(m_stdRegion, PhoneNumberUtil::FIXED_LINE, &example)) {
            std::string nsn;
            util().GetNationalSignificantNumber(example, &nsn);
            m_exampleLen = int(nsn.size());
        }
    }

    AreaCodeIndex build()
    {
        if (m_cc != 0)
            for (char d = '0'; d <= '9'; ++d)
                visit(QString(QLatin1Char(d)));
        return std::move(m_index);
    }

private:
    static constexpr int kMaxRefineDigits = 3;
    static constexpr int kMinPrunedDigits = 3;
    static constexpr int kMaxDigits = 8;

    void visit(const QString &prefix)
    {
        const auto probe = geographicProbe(m_stdRegion, m_cc, prefix);
        if (!probe) {
            // Near the root the fillers may all fall into unused sub-ranges (Swiss "4": 045,
            // 042 and 048 do not exist, 044 does): look one level deeper before giving up.
            if (prefix.size() < kMinPrunedDigits)
                for (char d = '0'; d <= '9'; ++d)
                    visit(prefix + QLatin1Char(d));
            return;
        }
        const int len = util().GetLengthOfGeographicalAreaCode(*probe);
        if (len > prefix.size() && prefix.size() < kMaxDigits) {
            for (char d = '0'; d <= '9'; ++d)
                visit(prefix + QLatin1Char(d));
            return;
        }
        consider(prefix, len == prefix.size());
    }

    void consider(const QString &prefix, bool wholeAreaCode)
    {
        // A whole area code is indexed under the places of its first two samples (Germany has
        // 5,000 codes; all five samples would double the build): lookups confirm each code with
        // checkAreaCode(). Refining a prefix decides on all five, as checkAreaCode() does.
        const QList<PhoneNumber> samples =
            indexSamples(m_stdRegion, m_cc, prefix, m_exampleLen, wholeAreaCode ? 2 : 5);
        QList<PhoneNumber> placed;
        QStringList described;
        for (const PhoneNumber &pn : samples) {
            const QString d = geocode(pn, QStringLiteral("en"));
            if (d.isEmpty() || d == m_countryEn)
                continue;
            placed.append(pn);
            described.append(d);
        }
        if (!placed.isEmpty() && placed.size() * 2 >= samples.size()) {
            const bool agree =
                std::all_of(described.begin(), described.end(),
                            [&](const QString &d) { return d == described.first(); });
            if (wholeAreaCode || agree) {
                record(prefix, placed, described);
                return;
            }
        }
        if (prefix.size() >= kMaxRefineDigits)
            return;
        for (char d = '0'; d <= '9'; ++d) {
            const QString child = prefix + QLatin1Char(d);
            if (geographicProbe(m_stdRegion, m_cc, child))
                consider(child, false);
        }
    }

    void record(const QString &code, const QList<PhoneNumber> &placed, const QStringList &described)
    {
        QStringList names;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (const QString &lang : std::as_const(m_languages)) {
                const QString d =
                    lang == QLatin1String("en") ? described.at(i) : geocode(placed.at(i), lang);
                if (d.isEmpty() || names.contains(d))
                    continue;
                names.append(d);
                const QStringList alternatives = d.split(u'/', Qt::SkipEmptyParts);
                if (alternatives.size() > 1)
                    for (const QString &alt : alternatives)
                        if (!names.contains(alt))
                            names.append(alt);
            }
        }
        for (const QString &name : std::as_const(names)) {
            for (const bool umlauts : {true, false}) {
                const QStringList words = placeWords(name, umlauts);
                if (words.isEmpty())
                    continue;
                QList<AreaCodeIndex::Entry> &bucket = m_index.byFirstWord[words.first()];
                const bool known = std::any_of(bucket.cbegin(), bucket.cend(), [&](const auto &e) {
                    return e.code == code && e.words == words;
                });
                if (!known)
                    bucket.append({words, code});
            }
        }
    }

    QString m_region;
    std::string m_stdRegion;
    int m_cc = 0;
    int m_exampleLen = 10;
    QString m_countryEn;
    QStringList m_languages;
    AreaCodeIndex m_index;
};

/// One lazily built index per country. The slot map is guarded by a mutex; each slot is built
/// once (std::call_once), so a lookup in one country never waits for another country's build.
struct AreaCodeIndexSlot
{
    std::once_flag once;
    AreaCodeIndex index;
    std::atomic<bool> ready{false};
};

QMutex &areaCodeSlotsMutex()
{
    static QMutex m;
    return m;
}

AreaCodeIndexSlot &areaCodeSlot(const QString &region)
{
    static std::map<QString, std::unique_ptr<AreaCodeIndexSlot>> byRegion;
    QMutexLocker lock(&areaCodeSlotsMutex());
    std::unique_ptr<AreaCodeIndexSlot> &slot = byRegion[region];
    if (!slot)
        slot = std::make_unique<AreaCodeIndexSlot>();
    return *slot;
}

const AreaCodeIndex &areaCodeIndex(const QString &region)
{
    AreaCodeIndexSlot &slot = areaCodeSlot(region);
    std::call_once(slot.once, [&] {
        slot.index = AreaCodeIndexBuilder(region).build();
        slot.ready.store(true, std::memory_order_release);
    });
    return slot.index;
}

} // namespace

// ---- public API --------------------------------------------------------------------------

PhoneNumbers::Parsed PhoneNumbers::parse(const QString &text, const QString &region)
{
    Parsed p;
    const ParseOutcome o = parseNormalizedCached(normalizeInput(text), region);
    if (!o.number) {
        p.error = o.error;
        return p;
    }
    p.ok = true;
    p.e164 = o.number->e164;
    p.region = fromStd(o.number->region);
    return p;
}

PhoneNumbers::Parsed PhoneNumbers::parseForRegion(const QString &text, const QString &region)
{
    Parsed p;
    const ParseOutcome o = parseNormalizedForRegion(normalizeInput(text), region);
    if (!o.number) {
        p.error = o.error;
        return p;
    }
    p.ok = true;
    p.e164 = o.number->e164;
    p.region = fromStd(o.number->region);
    return p;
}

PhoneNumbers::Range PhoneNumbers::parseRange(const QString &text, const QString &region,
                                             qint64 maxCount)
{
    Range r;
    const QString s = normalizeInput(text);

    ParseOutcome first;
    ParseOutcome last;
    bool isRange = false;
    auto firstError = [](const QString &e) {
        return PhoneNumbersText::tr("First number of the range: %1").arg(e);
    };
    auto lastError = [](const QString &e) {
        return PhoneNumbersText::tr("Last number of the range: %1").arg(e);
    };

    if (const auto w = splitAtWord(s)) {
        // 1. An explicit word: always a range.
        first = parseNormalizedForRegion(w->left.trimmed(), region);
        if (!first.number) {
            r.error = firstError(first.error);
            return r;
        }
        last = resolveTail(*first.number, w->right, region);
        if (!last.number) {
            r.error = lastError(last.error);
            return r;
        }
        isRange = true;
    }
    if (!isRange) {
        // 2. A dash meaning "to": en/em dash, "..", or " - ". A range when its left side is a
        //    valid number by itself ("069 - 1234 5600" is one number with a spaced dash).
        for (const Split &sp : splitsAtSpacedDashes(s)) {
            ParseOutcome f = parseNormalizedForRegion(sp.left.trimmed(), region);
            if (!f.number)
                continue;
            first = std::move(f);
            last = resolveTail(*first.number, sp.right, region);
            if (!last.number) {
                r.error = lastError(last.error);
                return r;
            }
            isRange = true;
            break;
        }
    }
    if (!isRange) {
        // 3. An unspaced '-' before a final run of digits: "… 5600-99" replaces the final digits
        //    when the tail is shorter than the digit group before the dash, or as long as it
        //    when the part before the dash is already a full-length number; and only when the
        //    result is a valid, higher number of the same length. Otherwise the dash is block
        //    notation inside one number ("069 1234-5600", Austrian "01 23456-0").
        const qsizetype dash = s.lastIndexOf(u'-');
        if (dash > 0 && dash + 1 < s.size() && s.at(dash - 1).isDigit()) {
            const QString tail = s.mid(dash + 1);
            qsizetype g = dash;
            while (g > 0 && s.at(g - 1).isDigit())
                --g;
            const qsizetype groupLen = dash - g;
            const bool tailDigits =
                std::all_of(tail.begin(), tail.end(), [](QChar c) { return c.isDigit(); });
            if (tailDigits) {
                ParseOutcome f = parseNormalizedForRegion(s.left(dash), region);
                if (f.number && (tail.size() < groupLen ||
                                 (tail.size() == groupLen &&
                                  int(f.number->nsn.size()) >= typicalNsnLength(region)))) {
                    ParseOutcome l = resolveTail(*f.number, tail, region);
                    if (l.number && l.number->nsn.size() == f.number->nsn.size() &&
                        l.number->nsn > f.number->nsn) {
                        first = std::move(f);
                        last = std::move(l);
                        isRange = true;
                    }
                }
            }
        }
    }
    if (!isRange) {
        // 4. A single number.
        first = parseNormalizedForRegion(s, region);
        if (!first.number) {
            r.error = first.error;
            return r;
        }
        last = first;
    }

    const Number &a = *first.number;
    const Number &b = *last.number;
    if (a.pn.country_code() != b.pn.country_code() || a.nsn.size() != b.nsn.size()) {
        r.error = PhoneNumbersText::tr(
                      "The first and last numbers of the range have different lengths (%1 and %2 "
                      "digits): write both ends in full.")
                      .arg(a.nsn.size())
                      .arg(b.nsn.size());
        return r;
    }
    if (b.nsn < a.nsn) { // same length: string order is numeric order
        r.error = PhoneNumbersText::tr(
                      "The range ends (%2) before it starts (%1): put the lower number first.")
                      .arg(a.e164, b.e164);
        return r;
    }
    const qint64 count =
        QString::fromStdString(b.nsn).toLongLong() - QString::fromStdString(a.nsn).toLongLong() + 1;
    if (count > maxCount) {
        r.error = PhoneNumbersText::tr(
                      "The range has %1 numbers; at most %2 are allowed: split it into smaller "
                      "ranges.")
                      .arg(count)
                      .arg(maxCount);
        return r;
    }
    r.ok = true;
    r.first = a.e164;
    r.last = b.e164;
    r.count = count;
    return r;
}

QStringList PhoneNumbers::expand(const QString &firstE164, const QString &lastE164)
{
    QStringList out;
    auto isE164 = [](const QString &e) {
        return e.size() >= 3 && e.size() <= 16 && e.startsWith(u'+') &&
               std::all_of(e.begin() + 1, e.end(),
                           [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if (!isE164(firstE164) || !isE164(lastE164) || firstE164.size() != lastE164.size())
        return out;
    // E.164 numbers have at most 15 digits and start with a non-zero country code: they fit a
    // qint64 and need no zero padding.
    const qint64 a = QStringView(firstE164).mid(1).toLongLong();
    const qint64 b = QStringView(lastE164).mid(1).toLongLong();
    if (a > b || b - a >= kMaxExpand)
        return out;
    out.reserve(qsizetype(b - a + 1));
    for (qint64 v = a; v <= b; ++v)
        out.append(u'+' + QString::number(v));
    return out;
}

namespace {

QString formatE164(const QString &e164, PhoneNumberUtil::PhoneNumberFormat format)
{
    const auto pn = parseE164(e164);
    if (!pn)
        return {};
    std::string s;
    util().Format(*pn, format, &s);
    return fromStd(s);
}

} // namespace

QString PhoneNumbers::formatNational(const QString &e164)
{
    return formatE164(e164, PhoneNumberUtil::NATIONAL);
}

QString PhoneNumbers::formatInternational(const QString &e164)
{
    return formatE164(e164, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumbers::regionOf(const QString &e164)
{
    const auto pn = parseE164(e164);
    if (!pn)
        return {};
    std::string r;
    util().GetRegionCodeForNumber(*pn, &r);
    return fromStd(r);
}

QString PhoneNumbers::areaCodeOf(const QString &e164)
{
    const auto pn = parseE164(e164);
    if (!pn)
        return {};
    const int len = util().GetLengthOfGeographicalAreaCode(*pn);
    if (len <= 0)
        return {};
    std::string nsn;
    util().GetNationalSignificantNumber(*pn, &nsn);
    return fromStd(nsn.substr(0, size_t(len)));
}

bool PhoneNumbers::startsWithAreaCode(const QString &e164, const QString &region,
                                      const QString &areaCode)
{
    const QString reg = region.trimmed().toUpper();
    const QString code = areaCodeDigits(reg, areaCode);
    const int cc = util().GetCountryCodeForRegion(toStd(reg));
    if (code.isEmpty() || cc == 0)
        return false;
    const QString prefix = QLatin1Char('+') + QString::number(cc);
    return e164.startsWith(prefix) && QStringView(e164).mid(prefix.size()).startsWith(code);
}

QString PhoneNumbers::describe(const QString &e164, const QString &language)
{
    const auto pn = parseE164(e164);
    if (!pn)
        return {};
    return geocode(*pn, language);
}

QString PhoneNumbers::sampleNumberForAreaCode(const QString &region, const QString &areaCode)
{
    const QString code = areaCodeDigits(region, areaCode);
    if (code.isEmpty())
        return {};
    const QList<PhoneNumber> samples = fixedSamples(toStd(region.toUpper()), code, 1);
    if (samples.isEmpty())
        return {};
    std::string e164;
    util().Format(samples.first(), PhoneNumberUtil::E164, &e164);
    return fromStd(e164);
}

QString PhoneNumbers::normalizeAreaCode(const QString &region, const QString &areaCode)
{
    return areaCodeDigits(region.trimmed().toUpper(), areaCode);
}

PhoneNumbers::AreaCheck PhoneNumbers::checkAreaCode(const QString &region, const QString &areaCode,
                                                    const QString &city)
{
    // Memoised: the answer costs some 30 geocoder look-ups, and the rules ask it for every
    // office after every edit.
    static BoundedMemo<AreaCheck, 5000> checks;
    const QString key = region + u'|' + areaCode + u'|' + city;
    if (const std::optional<AreaCheck> known = checks.find(key))
        return *known;
    const AreaCheck check = checkAreaCodeUncached(region, areaCode, city);
    checks.insert(key, check);
    return check;
}

PhoneNumbers::AreaCheck PhoneNumbers::checkAreaCodeUncached(const QString &region,
                                                            const QString &areaCode,
                                                            const QString &city)
{
    AreaCheck check;
    const QString upper = region.toUpper();
    const std::string stdRegion = toStd(upper);
    const QString code = areaCodeDigits(upper, areaCode);
    const QList<PhoneNumber> samples =
        code.isEmpty() ? QList<PhoneNumber>{} : fixedSamples(stdRegion, code, 5);
    if (samples.isEmpty()) {
        check.result = AreaMatch::InvalidCode;
        return check;
    }

    // Samples (one per filler) for which the geocoder names a place; the others get only the
    // country's name (France "01") or nothing. No place at all: the geocoder cannot tell.
    const QString countryEn = icuCountryName(stdRegion, QStringLiteral("en"));
    QList<PhoneNumber> placed;
    QStringList described; // English description per placed sample
    for (const PhoneNumber &pn : samples) {
        const QString d = geocode(pn, QStringLiteral("en"));
        if (d.isEmpty() || d == countryEn)
            continue;
        placed.append(pn);
        described.append(d);
    }
    // France's data is by 6-digit blocks and patchy: "01" + five fillers gives one "Paris"
    // and four "France". Knowing under half of the samples is knowing too little.
    if (placed.isEmpty() || placed.size() * 2 < samples.size())
        return check; // Unknown
    const bool allPlaced = placed.size() == samples.size();

    // Match: the city is one of the places (a description may list several: "Turku/Pori") of
    // any sample, in any of the country's languages. An area may be split into sub-areas
    // (Irish 021: "Cork", "Kinsale", "Cork/Kinsale/Coachford").
    const QStringList langs = languagesFor(upper);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (const QString &lang : langs) {
            const QString d =
                lang == QLatin1String("en") ? described.at(i) : geocode(placed.at(i), lang);
            if (samePlace(d, city)) {
                check.result = AreaMatch::Match;
                check.place = described.first();
                return check;
            }
            const QStringList alternatives = d.split(u'/', Qt::SkipEmptyParts);
            if (alternatives.size() > 1 &&
                std::any_of(alternatives.begin(), alternatives.end(),
                            [&](const QString &alt) { return samePlace(alt, city); })) {
                check.result = AreaMatch::Match;
                check.place = described.first();
                return check;
            }
        }
    }

    // Mismatch: every sample names a place and they agree on it (all the same description, or
    // one place common to all of them). Otherwise the code spans several places, or the
    // geocoder knows only parts of it (French "0472"): it cannot tell.
    if (!allPlaced)
        return check; // Unknown
    if (std::all_of(described.begin(), described.end(),
                    [&](const QString &d) { return d == described.first(); })) {
        check.result = AreaMatch::Mismatch;
        check.place = described.first();
        return check;
    }
    for (const QString &candidate : described.first().split(u'/', Qt::SkipEmptyParts)) {
        const bool common = std::all_of(described.begin(), described.end(), [&](const QString &d) {
            return d.split(u'/', Qt::SkipEmptyParts).contains(candidate);
        });
        if (common) {
            check.result = AreaMatch::Mismatch;
            check.place = candidate;
            return check;
        }
    }
    return check; // Unknown
}

bool PhoneNumbers::samePlace(const QString &a, const QString &b)
{
    for (const bool ua : {true, false})
        for (const bool ub : {true, false})
            if (wordsMatch(placeWords(a, ua), placeWords(b, ub)))
                return true;
    return false;
}

QStringList PhoneNumbers::areaCodesForLocality(const QString &region, const QString &city)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2 || util().GetCountryCodeForRegion(toStd(upper)) == 0 ||
        city.trimmed().isEmpty())
        return {};
    const AreaCodeIndex &index = areaCodeIndex(upper);
    QStringList codes;
    for (const bool umlauts : {true, false}) {
        const QStringList words = placeWords(city, umlauts);
        if (words.isEmpty())
            continue;
        const auto bucket = index.byFirstWord.constFind(words.first());
        if (bucket == index.byFirstWord.cend())
            continue;
        for (const AreaCodeIndex::Entry &e : *bucket)
            if (!codes.contains(e.code) && wordsMatch(e.words, words))
                codes.append(e.code);
    }
    // The index saw only some samples of each code: keep what the office's rule accepts.
    codes.removeIf([&](const QString &code) {
        return checkAreaCode(upper, code, city).result != AreaMatch::Match;
    });
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return codes;
}

bool PhoneNumbers::areaCodeIndexReady(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2 || util().GetCountryCodeForRegion(toStd(upper)) == 0)
        return true; // nothing to build: areaCodesForLocality() answers at once
    return areaCodeSlot(upper).ready.load(std::memory_order_acquire);
}

} // namespace od
