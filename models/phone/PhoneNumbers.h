#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace od {

/// The only gateway to libphonenumber: parsing, E.164, ranges and area codes.
/// Thread-safe; all functions are static. Successful parses are memoised (bounded), so checking
/// the same numbers again is cheap; a first parse costs libphonenumber some 25 µs per number,
/// a range costs two parses whatever its size.
class PhoneNumbers
{
public:
    struct Parsed
    {
        bool ok = false;
        QString e164;   ///< "+496912345600"
        QString region; ///< region of the number ("DE"), when ok
        QString error;  ///< translated reason when !ok
    };

    /// Parses a number typed in national ("069 1234 5600", "0612345678") or international
    /// ("+44 (0)20 7946 0000", "0049 69 ...") form. `region` (ISO alpha-2) is the default for
    /// national forms. ok only for a valid number (libphonenumber IsValidNumber).
    static Parsed parse(const QString &text, const QString &region);

    /// parse(), and in addition requires the number to belong to `region`.
    static Parsed parseForRegion(const QString &text, const QString &region);

    struct Range
    {
        bool ok = false;
        QString first; ///< E.164
        QString last;  ///< E.164; equals first for a single number
        qint64 count = 0;
        QString error; ///< translated reason when !ok
    };

    /// A single number or a DDI range in the usual forms: "069 1234-5600 to -5699",
    /// "+49 69 12345600 - 12345699", "+49 69 1234 5600-99", "0612345678". Both ends must be valid
    /// numbers of `region`, of the same length, first <= last; at most `maxCount` numbers.
    ///
    /// Grammar (the first rule that applies wins):
    ///  1. `first WORD tail`, WORD one of to, till, until, bis, à, a, au, al, hasta, tot, t/m,
    ///     between spaces (or followed by '-': "069 1234-5600 to -5699"). Always a range.
    ///  2. `first SEP tail`, SEP an en/em dash, "..", or '-' with a space on both sides; tried
    ///     from the right; a range only when `first` alone is a valid number, else the dash is
    ///     part of one number ("069 - 1234 5600").
    ///  3. `first-tail` (unspaced '-', tail all digits): a suffix range ("… 5600-99") when the
    ///     tail is shorter than the digit group before the dash, or as long as it and `first`
    ///     already has the length of the country's example fixed number ("… 5600-5699"); and
    ///     only when the result is a valid, higher number. Otherwise the dash is block or
    ///     extension notation inside one number ("069 1234-5600", "01 23456-0").
    ///  4. A single number.
    /// A tail is: "+…" a full international number; at most as many digits as first's
    /// national significant number: those digits replace first's final digits ("99", "5699");
    /// more digits: a full national ("020 7946 0099") or 00-international number.
    static Range parseRange(const QString &text, const QString &region, qint64 maxCount = 10000);

    /// All numbers of a range, E.164, in order (count capped by the caller through parseRange).
    /// Empty when an end is not "+digits", the ends differ in length, first > last, or the range
    /// holds kMaxExpand numbers or more (a guard against runaway memory use).
    static QStringList expand(const QString &firstE164, const QString &lastE164);
    static constexpr qint64 kMaxExpand = 1'000'000;

    static QString formatNational(const QString &e164);      ///< "069 12345600"
    static QString formatInternational(const QString &e164); ///< "+49 69 12345600"
    static QString regionOf(const QString &e164);            ///< "DE", empty when invalid

    /// The geographic area code of a number, as libphonenumber sees it ("69"; Italy keeps its 0:
    /// "06"), empty if none. libphonenumber reports none for mobile and non-geographic numbers
    /// and for countries without a trunk prefix (Spain, Portugal, Denmark).
    static QString areaCodeOf(const QString &e164);

    /// Whether an E.164 number of `region` lies in the area code (as normalizeAreaCode() takes
    /// it): its national significant number starts with the code. Text only, no parse, so that
    /// long lists of reserved numbers stay cheap; false when the number is not "+" and the
    /// region's country code, or the code is empty.
    static bool startsWithAreaCode(const QString &e164, const QString &region,
                                   const QString &areaCode);

    /// The offline geocoder's description of a number ("Frankfurt am Main") in a language
    /// ("en", "de", ...); only the country's name ("Netherlands") when the geocoder knows no
    /// place for it (mobile numbers, France's "01"); empty for an invalid number.
    static QString describe(const QString &e164, const QString &language = QStringLiteral("en"));

    enum class AreaMatch {
        Match,       ///< the area code belongs to the locality
        Mismatch,    ///< the area code belongs to another place (see `place`)
        Unknown,     ///< the geocoder cannot tell (describes only the country)
        InvalidCode, ///< no valid geographic number starts with this area code
    };
    struct AreaCheck
    {
        AreaMatch result = AreaMatch::Unknown;
        QString place; ///< where the geocoder puts the area code, when known
    };

    /// Does the area code (national prefix without trunk 0, e.g. "69"; a leading 0 is tolerated)
    /// belong to the city in the given country? Uses libphonenumber's offline geocoder in the
    /// languages commonly used for the country's place names; city names are compared without
    /// case, accents and punctuation, and "Frankfurt" matches "Frankfurt am Main".
    /// How: up to five valid fixed-line samples of the code (different filler digits) are
    /// geocoded. Unknown when fewer than half of them name a place (only the country, e.g.
    /// France "01"); Match when the city is a place named for any sample in any of the
    /// country's languages (descriptions like "Turku/Pori" name either place); Mismatch when
    /// all samples name the same place (`place`, English), else Unknown. InvalidCode when the
    /// code starts no valid fixed-line number or is only the start of longer area codes
    /// (German "6"; Italian "6" instead of "06").
    static AreaCheck checkAreaCode(const QString &region, const QString &areaCode,
                                   const QString &city);

    /// An area code as a rep types it ("069", "0 69") in the form the order stores and
    /// checkAreaCode() takes: digits only, without the country's trunk prefix (Italy keeps its
    /// 0: "06"). Empty when it is not all digits or is only the trunk prefix.
    static QString normalizeAreaCode(const QString &region, const QString &areaCode);

    /// A representative valid fixed-line number that starts with the area code, E.164; empty
    /// when none can be formed.
    static QString sampleNumberForAreaCode(const QString &region, const QString &areaCode);

    /// The geographic area codes (national, without trunk prefix, as checkAreaCode() takes them;
    /// Italy keeps its 0) that belong to the city: those whose geocoder description names it
    /// (samePlace, in any of the country's languages), shortest first. Every code returned is a
    /// Match for checkAreaCode(region, code, city). Empty for an unknown city or a country
    /// whose numbers the geocoder does not place (Denmark).
    /// Found with libphonenumber, no table: the first call for a country walks the prefix tree
    /// of its geographic numbers and builds a place index, cached for the process (thread-safe;
    /// Germany's takes about a second, see tst_phone): call it off the GUI thread while
    /// areaCodeIndexReady() is false.
    static QStringList areaCodesForLocality(const QString &region, const QString &city);
    /// Whether the country's place index is built, so that areaCodesForLocality() answers at once.
    static bool areaCodeIndexReady(const QString &region);

    /// Whether two place names denote the same locality (case, accents, punctuation folded;
    /// one may extend the other by whole words: "Frankfurt" ~ "Frankfurt am Main").
    static bool samePlace(const QString &a, const QString &b);

private:
    /// checkAreaCode() without its memo.
    static AreaCheck checkAreaCodeUncached(const QString &region, const QString &areaCode,
                                           const QString &city);
};

} // namespace od
