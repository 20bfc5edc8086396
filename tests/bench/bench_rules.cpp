// The rules check (issue 8): the wizard asks it on every change, so it must stay well inside a
// keystroke.
#include "Bench.h"
#include "BenchOrders.h"
#include "order/Rules.h"

using namespace od;

namespace {

const Catalog &rulesCatalog()
{
    static const Catalog c = Catalog::bundled().value();
    return c;
}

const QDate kToday(2026, 12, 3);

double checkMs(const Order &order, int runs = 21)
{
    const Rules rules(rulesCatalog(), kToday);
    qsizetype problems = 0;
    const double ms =
        od::bench::medianMs(runs, [&] { problems += rules.checkOrder(order).size(); });
    Q_UNUSED(problems);
    return ms;
}

} // namespace

ORDERDESK_BENCH(rules)
{
    const Catalog &catalog = rulesCatalog();
    od::bench::report("rules_check_max_order", checkMs(fixtures::maximalOrder(catalog)), "ms", 10);
    od::bench::report("rules_check_porting_2000_numbers",
                      checkMs(od::bench::portingOrderWithRanges(catalog, 20)), "ms", 10);

    QList<double> sizes;
    QList<double> newNumbers;
    QList<double> porting;
    for (const int offices : od::bench::kOfficeSizes) {
        sizes << offices;
        newNumbers << checkMs(od::bench::orderWithOffices(catalog, offices));
        od::bench::report(QStringLiteral("rules_check_%1_offices").arg(offices), newNumbers.last(),
                          "ms");
        porting << checkMs(od::bench::portingOrderWithRanges(catalog, offices));
        od::bench::report(QStringLiteral("rules_check_porting_%1_ranges").arg(offices),
                          porting.last(), "ms");
    }
    od::bench::reportGrowth(QStringLiteral("rules_check_offices"), sizes, newNumbers);
    od::bench::reportGrowth(QStringLiteral("rules_check_porting_ranges"), sizes, porting);
}
