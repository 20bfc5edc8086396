#pragma once

#include <QDate>

namespace od {

struct CountryInfo;

/// True for Monday to Friday that is not one of the country's public holidays.
bool isWorkingDay(const QDate &date, const CountryInfo &country);

/// The date N working days after `from` in the country (weekends and its public holidays
/// skipped). `from` itself never counts; n == 0 returns `from`. n < 0 counts backwards.
QDate addWorkingDays(const QDate &from, int n, const CountryInfo &country);

/// Whether the catalog lists the country's public holidays of `year`; for other years only
/// weekends are skipped.
bool knowsHolidaysOf(int year, const CountryInfo &country);

/// Working days strictly after `from` up to and including `to` (0 when to <= from).
int workingDaysBetween(const QDate &from, const QDate &to, const CountryInfo &country);

} // namespace od
