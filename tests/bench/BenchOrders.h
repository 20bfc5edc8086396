#pragma once
// Orders of a given size for the growth figures: "1, 10 and 100 offices' worth of numbers".

#include "../common/Fixtures.h"

#include <algorithm>

namespace od::bench {

/// The sizes every growth figure is taken at (offices of 100 numbers each).
inline const QList<int> kOfficeSizes = {1, 10, 100};

/// A valid new-numbers order of `offices` offices of 100 numbers (90 users, 10 resource
/// accounts), 5 to a country as in the maximal order (14 × 5 = 70 offices). Beyond 70 the
/// countries take more than the rules allow: the order is only a heavier load then.
inline Order orderWithOffices(const Catalog &catalog, int offices)
{
    QStringList codes;
    for (const CountryInfo &c : catalog.countries())
        codes << c.code;
    const int countries = std::clamp((offices + 4) / 5, 1, int(codes.size()));
    const int perCountry = (offices + countries - 1) / countries;
    Order order = fixtures::newNumbersOrder(catalog, codes.mid(0, countries), perCountry, 90, 10);
    // Fewer offices in the last countries until the total is right.
    int extra = perCountry * countries - offices;
    for (int i = countries - 1; i >= 0 && extra > 0; --i, --extra) {
        CountryOrder &c = order.countries[i];
        c.offices.removeLast();
        c.plans.first().quantity = int(c.offices.size()) * 90;
    }
    return order;
}

/// A German porting order of `ranges` DDI ranges of 100 numbers and one single number (none
/// from 100 ranges on, where the single number's block is a range's).
inline Order portingOrderWithRanges(const Catalog &catalog, int ranges)
{
    Order order = fixtures::portingOrder(catalog, QDate(2026, 12, 3), ranges);
    if (ranges >= 100)
        order.countries.first().porting.numbers.removeLast();
    return order;
}

/// The draft counts of the store and browser growth figures.
inline const QList<int> kDraftCounts = {100, 1000, 10000};

/// A data folder with `count` drafts of a typical size (two countries, four offices), built once
/// per run and kept until the benchmark exits (bench_store.cpp).
const QString &storeWithDrafts(int count);

inline int numbersOf(const Order &order)
{
    int n = 0;
    for (const CountryOrder &c : order.countries)
        for (const Office &o : c.offices)
            n += int(o.reservedNumbers.size());
    return n;
}

} // namespace od::bench
