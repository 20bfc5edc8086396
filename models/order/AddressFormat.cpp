#include "AddressFormat.h"

namespace od {

namespace {

using P = AddressPart;

/// Countries that write the house number before the street ("12 rue de Rivoli").
bool numberFirst(const QString &country)
{
    return country == QLatin1String("GB") || country == QLatin1String("IE") ||
           country == QLatin1String("FR") || country == QLatin1String("LU");
}

QString partText(const Address &a, AddressPart part)
{
    switch (part) {
    case P::CompanyName:
        return a.companyName.trimmed();
    case P::Street:
        return a.street.trimmed();
    case P::HouseNumber:
        return a.houseNumber.trimmed();
    case P::HouseNumberSuffix:
        return a.houseNumberSuffix.trimmed();
    case P::PostalCode:
        return a.postalCode.trimmed();
    case P::City:
        return a.city.trimmed();
    case P::StateOrProvince:
        return a.stateOrProvince.trimmed();
    }
    return QString();
}

} // namespace

QList<QList<AddressPart>> addressLayout(const QString &country)
{
    QList<QList<AddressPart>> lines;
    lines << QList<P>{P::CompanyName};
    if (numberFirst(country))
        lines << QList<P>{P::HouseNumber, P::HouseNumberSuffix, P::Street};
    else
        lines << QList<P>{P::Street, P::HouseNumber, P::HouseNumberSuffix};
    if (country == QLatin1String("GB") || country == QLatin1String("IE")) {
        // Royal Mail and An Post: the town, then the postcode (Eircode) on a line of its own.
        lines << QList<P>{P::City} << QList<P>{P::StateOrProvince} << QList<P>{P::PostalCode};
    } else if (country == QLatin1String("IT")) {
        // Poste Italiane: "00184 Roma RM", the province's code after the town.
        lines << QList<P>{P::PostalCode, P::City, P::StateOrProvince};
    } else {
        lines << QList<P>{P::PostalCode, P::City} << QList<P>{P::StateOrProvince};
    }
    return lines;
}

QString addressPartKey(AddressPart part)
{
    switch (part) {
    case P::CompanyName:
        return QStringLiteral("companyName");
    case P::Street:
        return QStringLiteral("street");
    case P::HouseNumber:
        return QStringLiteral("houseNumber");
    case P::HouseNumberSuffix:
        return QStringLiteral("houseNumberSuffix");
    case P::PostalCode:
        return QStringLiteral("postalCode");
    case P::City:
        return QStringLiteral("city");
    case P::StateOrProvince:
        return QStringLiteral("stateOrProvince");
    }
    return QString();
}

QStringList addressLines(const Address &address, bool withCompany)
{
    QStringList lines;
    for (const QList<AddressPart> &parts : addressLayout(address.country)) {
        QString line;
        for (const AddressPart part : parts) {
            if (part == P::CompanyName && !withCompany)
                continue;
            const QString text = partText(address, part);
            if (text.isEmpty())
                continue;
            // A one-letter suffix joins its number ("12a"); a word stands apart ("12 bis").
            const bool joined = part == P::HouseNumberSuffix && text.size() == 1 &&
                                !line.isEmpty() && line.back().isDigit();
            if (!line.isEmpty() && !joined)
                line += QLatin1Char(' ');
            line += text;
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

} // namespace od
