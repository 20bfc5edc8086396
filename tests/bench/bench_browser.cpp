// The window as the rep sees it at start: MainWindow over 10,000 drafts, first paint offscreen.
#include "../common/Fixtures.h"
#include "Bench.h"
#include "MainWindow.h"
#include "store/DraftStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>

using namespace od;

ORDERDESK_BENCH(app_start_to_browser_10000_drafts)
{
    const Catalog catalog = Catalog::bundled().value();
    QTemporaryDir dir;
    {
        DraftStore store;
        DraftStore::Options o;
        o.backups = false;
        store.open(dir.path(), o);
        Order base = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 10, 0);
        for (int i = 0; i < 10000; ++i) {
            Order order = base;
            order.reference = QStringLiteral("OD-2026-%1").arg(i, 8, 16, QLatin1Char('0'));
            order.customer.companyName = QStringLiteral("Customer %1").arg(i);
            store.createDraft(order);
        }
    }
    const double ms = od::bench::medianMs(7, [&] {
        MainWindow window(catalog, dir.path());
        window.show();
        window.grab(); // the first paint
        QApplication::processEvents();
    });
    od::bench::report("app_start_to_browser_10000_drafts", ms, "ms");

    // The first start of a day, when the daily backup is due.
    const QString backups = QDir(dir.path()).filePath(DraftStore::backupDirName());
    const double first = od::bench::medianMs(
        5,
        [&] {
            MainWindow window(catalog, dir.path());
            window.show();
            window.grab();
            QApplication::processEvents();
        },
        [&] { QDir(backups).removeRecursively(); });
    od::bench::report("app_start_first_of_the_day_10000_drafts", first, "ms");
}
