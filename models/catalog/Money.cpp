#include "catalog/Money.h"

#include <QLocale>

#include <limits>

namespace od {

namespace {

// 10^decimals for the few exponents ISO 4217 uses (0 to 4).
quint64 scaleOf(int decimals)
{
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return scale;
}

// The magnitude of a qint64 as unsigned: -INT64_MIN does not fit a qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// A currency symbol for when the locale's own currency is a different one. "kr" is ambiguous
// between SEK, DKK and NOK outside their home locales, so those keep the ISO code.
QString fallbackSymbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("\u20AC");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("\u00A3");
    return currency;
}

} // namespace

int currencyDecimals(const QString &currency)
{
    // ISO 4217 minor units for the currencies that do not use two decimals. Everything else
    // (every currency of the catalog among them) has two.
    static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                       "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                       "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    static const char *const four[] = {"CLF", "UYW"};
    for (const char *code : zero) {
        if (currency == QLatin1String(code))
            return 0;
    }
    for (const char *code : three) {
        if (currency == QLatin1String(code))
            return 3;
    }
    for (const char *code : four) {
        if (currency == QLatin1String(code))
            return 4;
    }
    return 2;
}

QString minorToDecimalString(qint64 minor, const QString &currency)
{
    const int decimals = currencyDecimals(currency);
    const quint64 scale = scaleOf(decimals);
    const quint64 abs = magnitude(minor);
    QString text = QString::number(abs / scale);
    if (decimals > 0) {
        text += QLatin1Char('.');
        text += QString::number(abs % scale).rightJustified(decimals, QLatin1Char('0'));
    }
    if (minor < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

bool decimalStringToMinor(const QString &text, const QString &currency, qint64 *minor)
{
    const int decimals = currencyDecimals(currency);
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && text.at(pos) == QLatin1Char('-')) {
        negative = true;
        ++pos;
    }

    // Integer part: at least one ASCII digit. Accumulated as unsigned so that the most negative
    // amount still parses; the range is checked once the sign is known.
    quint64 integer = 0;
    const qsizetype integerStart = pos;
    constexpr quint64 kLimit = quint64(std::numeric_limits<qint64>::max()) + 1;
    for (; pos < text.size() && text.at(pos).unicode() >= u'0' && text.at(pos).unicode() <= u'9';
         ++pos) {
        const quint64 digit = quint64(text.at(pos).unicode() - u'0');
        if (integer > (kLimit - digit) / 10)
            return false;
        integer = integer * 10 + digit;
    }
    if (pos == integerStart)
        return false;

    quint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        for (;
             pos < text.size() && text.at(pos).unicode() >= u'0' && text.at(pos).unicode() <= u'9';
             ++pos) {
            // More digits than the currency has minor units is not an exact amount.
            if (++fractionDigits > decimals)
                return false;
            fraction = fraction * 10 + quint64(text.at(pos).unicode() - u'0');
        }
        if (fractionDigits == 0) // "12." is a typo, not an amount
            return false;
    }
    if (pos != text.size())
        return false;

    fraction *= scaleOf(decimals - fractionDigits); // "12.5" → 50 cents
    const quint64 scale = scaleOf(decimals);
    if (integer > (kLimit - fraction) / scale)
        return false;
    const quint64 total = integer * scale + fraction;
    if (total > kLimit || (!negative && total == kLimit))
        return false;
    const qint64 value = negative ? qint64(quint64(0) - total) : qint64(total);
    if (minor)
        *minor = value;
    return true;
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int decimals = currencyDecimals(currency);
    const quint64 scale = scaleOf(decimals);
    const quint64 abs = magnitude(minor);

    // The number itself, built from integers: grouping from the locale, then the locale's
    // decimal point and the minor digits zero-padded in the locale's digits.
    QString number = locale.toString(qulonglong(abs / scale));
    if (decimals > 0) {
        QLocale plain = locale;
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        QString fraction = plain.toString(qulonglong(abs % scale));
        while (fraction.size() < decimals)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }

    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : fallbackSymbol(currency);

    // The locale's currency pattern (symbol before or after, spacing, how negatives look) is
    // learnt by formatting a probe integer and putting our exact number where the probe's
    // digits are. QLocale formats the magnitude with toString() and places the sign in the
    // pattern, so the same substitution works for negative amounts.
    constexpr qint64 kProbe = 1234567;
    const QString probeDigits = locale.toString(kProbe);
    const QString pattern = locale.toCurrencyString(minor < 0 ? -kProbe : kProbe, symbol);
    const qsizetype at = pattern.indexOf(probeDigits);
    if (at < 0 || symbol.isEmpty() || locale.language() == QLocale::C) {
        // The C locale has no currency format of its own (and no symbol); it is what logs and
        // machine-facing text use, so the unambiguous "-12.50 EUR".
        QString text = number + QChar(0x00A0) + currency;
        return minor < 0 ? locale.negativeSign() + text : text;
    }

    QString before = pattern.left(at);
    QString after = pattern.mid(at + probeDigits.size());
    // CLDR inserts a space between letters and digits ("CHF 12.50", not "CHF12.50") where a
    // pattern written for a sign like "£" puts them side by side.
    const QChar nbsp(0x00A0);
    if (!before.isEmpty() && before.back().isLetter())
        before += nbsp;
    if (!after.isEmpty() && after.front().isLetter())
        after.prepend(nbsp);
    return before + number + after;
}

} // namespace od
