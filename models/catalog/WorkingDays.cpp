#include "catalog/WorkingDays.h"

#include "catalog/Catalog.h"

#include <algorithm>
#include <limits>

namespace od {

bool isWorkingDay(const QDate &date, const CountryInfo &country)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !country.publicHolidays.contains(date);
}

bool knowsHolidaysOf(int year, const CountryInfo &country)
{
    return std::any_of(country.publicHolidays.cbegin(), country.publicHolidays.cend(),
                       [year](const QDate &d) { return d.year() == year; });
}

QDate addWorkingDays(const QDate &from, int n, const CountryInfo &country)
{
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    // Counted in qint64 so that n == INT_MIN cannot overflow on negation.
    qint64 remaining = n < 0 ? -qint64(n) : qint64(n);
    QDate date = from;
    while (remaining > 0) {
        date = date.addDays(step);
        if (!date.isValid()) // ran off QDate's range
            return {};
        if (isWorkingDay(date, country))
            --remaining;
    }
    return date;
}

int workingDaysBetween(const QDate &from, const QDate &to, const CountryInfo &country)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Whole weeks hold five weekdays each; only the remainder and the holidays need looking at,
    // so a span of years costs no more than a few days.
    const qint64 span = from.daysTo(to);
    qint64 count = (span / 7) * 5;
    for (QDate date = from.addDays((span / 7) * 7 + 1); date <= to; date = date.addDays(1)) {
        if (date.dayOfWeek() <= 5)
            ++count;
    }
    for (const QDate &holiday : country.publicHolidays) {
        if (holiday > from && holiday <= to && holiday.dayOfWeek() <= 5)
            --count;
    }
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace od
