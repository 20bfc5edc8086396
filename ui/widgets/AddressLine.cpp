#include "AddressLine.h"

#include <QStringList>

namespace od {

QString addressLine(const Address &a, const QString &countryName, bool withCompany)
{
    const bool numberFirst = a.country == QLatin1String("GB") || a.country == QLatin1String("IE") ||
                             a.country == QLatin1String("FR");
    const bool postcodeLast = a.country == QLatin1String("GB") || a.country == QLatin1String("IE");
    const QString number = (a.houseNumber + QLatin1Char(' ') + a.houseNumberSuffix).trimmed();
    const QString street = numberFirst ? (number + QLatin1Char(' ') + a.street).trimmed()
                                       : (a.street + QLatin1Char(' ') + number).trimmed();
    const QString place = postcodeLast ? (a.city + QLatin1Char(' ') + a.postalCode).trimmed()
                                       : (a.postalCode + QLatin1Char(' ') + a.city).trimmed();
    QStringList parts;
    if (withCompany && !a.companyName.trimmed().isEmpty())
        parts << a.companyName.trimmed();
    for (const QString &p : {street, place, a.stateOrProvince.trimmed(), countryName})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

} // namespace od
