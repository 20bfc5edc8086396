// The recap page (issue 8): from the submit step Back to the recap, until it is painted.
#include "Bench.h"
#include "BenchOrders.h"
#include "wizard/OrderWizard.h"

#include <QApplication>
#include <QPixmap>

using namespace od;

namespace {

/// Median time from Back on the submit step until the recap of `order` is painted; -1 when the
/// wizard does not get there.
double recapMs(const Catalog &catalog, const Order &order, int runs)
{
    OrderWizard wizard(catalog, order, nullptr, QDate(2026, 12, 3));
    wizard.resize(1366, 768);
    wizard.show();
    QApplication::processEvents();
    if (wizard.currentId() != int(Step::Submission))
        return -1;
    bool reached = true;
    const double ms = od::bench::medianMs(
        runs,
        [&] {
            wizard.back();
            wizard.grab(); // the paint
            reached = reached && wizard.currentId() == int(Step::Recap);
        },
        [&] {
            if (wizard.currentId() == int(Step::Recap))
                wizard.next();
            QApplication::processEvents();
        });
    return reached ? ms : -1;
}

} // namespace

ORDERDESK_BENCH(recap)
{
    const Catalog catalog = Catalog::bundled().value();
    od::bench::report("recap_page_max_order", recapMs(catalog, fixtures::maximalOrder(catalog), 7),
                      "ms", 150);
    QList<double> sizes;
    QList<double> values;
    for (const int offices : od::bench::kOfficeSizes) {
        sizes << offices;
        values << recapMs(catalog, od::bench::orderWithOffices(catalog, offices), 5);
        od::bench::report(QStringLiteral("recap_page_%1_offices").arg(offices), values.last(),
                          "ms");
    }
    od::bench::reportGrowth(QStringLiteral("recap_page_offices"), sizes, values);
}

ORDERDESK_BENCH(wizard_open)
{
    // A draft opened (resumed) in the wizard, without the app around it: the wizard walks
    // through every page up to the step the order reached.
    const Catalog catalog = Catalog::bundled().value();
    const auto openMs = [&](const Order &order, int runs) {
        return od::bench::medianMs(runs, [&] {
            OrderWizard wizard(catalog, order, nullptr, QDate(2026, 12, 3));
            wizard.resize(1366, 768);
            wizard.show();
            wizard.grab();
        });
    };
    od::bench::report("wizard_open_max_order", openMs(fixtures::maximalOrder(catalog), 3), "ms");
    QList<double> sizes;
    QList<double> values;
    for (const int offices : od::bench::kOfficeSizes) {
        sizes << offices;
        values << openMs(od::bench::orderWithOffices(catalog, offices), 3);
        od::bench::report(QStringLiteral("wizard_open_%1_offices").arg(offices), values.last(),
                          "ms");
    }
    od::bench::reportGrowth(QStringLiteral("wizard_open_offices"), sizes, values);
}
