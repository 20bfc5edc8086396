#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

namespace od {

/// An exact amount: integer minor units (cents, pence, öre) with its ISO 4217 currency code.
struct Money
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money &) const = default;
};

/// Number of decimals of an ISO 4217 currency (2 for every currency of the catalog; 0 for JPY...).
int currencyDecimals(const QString &currency);

/// "12.50" for 1250 EUR: the plain decimal form used in JSON payloads and logs, never a double.
QString minorToDecimalString(qint64 minor, const QString &currency);

/// Parses "12.5", "12.50", "12" into minor units; false when the text is not an exact amount in
/// that currency (too many decimals, not a number).
bool decimalStringToMinor(const QString &text, const QString &currency, qint64 *minor);

/// Totals per currency code, amounts in minor units.
using CurrencyTotals = QMap<QString, qint64>;

} // namespace od

class QLocale;

namespace od {

/// An amount for people, exact (no floating point): "1.234,50 €" in de_DE, "€1,234.50" in
/// en_IE, "CHF 12.50"; the currency symbol and its place come from the locale's currency format.
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale);

} // namespace od
