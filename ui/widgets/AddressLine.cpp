#include "AddressLine.h"

#include "order/AddressFormat.h"

#include <QStringList>

namespace od {

QString addressLine(const Address &a, const QString &countryName, bool withCompany)
{
    QStringList parts = addressLines(a, withCompany);
    if (!countryName.isEmpty())
        parts << countryName;
    return parts.join(QStringLiteral(", "));
}

} // namespace od
