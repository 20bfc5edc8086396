#include "documents/Documents.h"

namespace od::documents {

QList<PortingForm> portingForms(const Order &order, const Catalog &catalog)
{
    QList<PortingForm> forms;
    for (const CountryOrder &country : order.countries) {
        if (!country.keepNumbers)
            continue;
        const CountryInfo *info = catalog.country(country.country);
        QList<NumberRange> numbers;
        for (const NumberRange &n : country.porting.numbers)
            if (!n.first.isEmpty() || !n.text.trimmed().isEmpty())
                numbers.append(n);
        if (info && info->onePortingFormPerNumber && numbers.size() > 1) {
            // Germany, Austria: one form per number or range, each signed on its own.
            const int count = int(numbers.size());
            for (int i = 0; i < count; ++i)
                forms.append({country.country, i + 1, count, {numbers.at(i)}});
        } else {
            forms.append({country.country, 1, 1, numbers});
        }
    }
    return forms;
}

} // namespace od::documents
