// Draft store, autosave and draft browser figures (issue 3).
#include "../common/Fixtures.h"
#include "Bench.h"
#include "order/OrderJson.h"
#include "store/Autosave.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace od;

namespace {

const Catalog &catalog()
{
    static const Catalog c = Catalog::bundled().value();
    return c;
}

/// A data folder with `count` drafts of a typical size, built once per run.
const QString &storeWithDrafts(int count)
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    path = dir.path();
    DraftStore store;
    DraftStore::Options o;
    o.backups = false;
    store.open(path, o);
    const QStringList names = {QStringLiteral("Contoso"),   QStringLiteral("Fabrikam"),
                               QStringLiteral("Northwind"), QStringLiteral("Müller Bau"),
                               QStringLiteral("Tailspin"),  QStringLiteral("Litware")};
    Order base = fixtures::newNumbersOrder(catalog(), {QStringLiteral("DE"), QStringLiteral("FR")},
                                           2, 10, 2);
    for (int i = 0; i < count; ++i) {
        Order order = base;
        order.reference = QStringLiteral("OD-2026-%1").arg(i, 8, 16, QLatin1Char('0')).toUpper();
        order.customer.companyName = QStringLiteral("%1 %2").arg(names.at(i % names.size())).arg(i);
        order.customer.ocn = QString::number(10000000 + i);
        order.customer.accountEmail = QStringLiteral("it%1@example.com").arg(i);
        order.stepReached = static_cast<Step>(1 + i % 7);
        store.createDraft(order);
    }
    return path;
}

} // namespace

ORDERDESK_BENCH(autosave_max_order_median)
{
    QTemporaryDir dir;
    DraftStore store;
    DraftStore::Options o;
    o.backups = false;
    store.open(dir.path(), o);
    Order order = fixtures::maximalOrder(catalog());
    const qint64 id = store.createDraft(order).value();
    Autosave autosave(&store);
    autosave.track(id, order);
    int i = 0;
    const double json = od::bench::medianMs(50, [&] { orderToJsonBytes(order); });
    const double ms = od::bench::medianMs(
        50, [&] { autosave.flush(); },
        [&] {
            order.remarks = QString::number(++i);
            autosave.setOrder(order);
        });
    od::bench::report("autosave_max_order_median", ms, "ms");
    od::bench::report("autosave_max_order_json_median", json, "ms");
    const double mark = od::bench::medianMs(1000, [&] { autosave.setOrder(order); }) * 1000;
    od::bench::report("autosave_keystroke_median", mark, "us");
    autosave.stop();

    // A save that starts a revision (a new step, or a minute after the last one) also packs the
    // revision it supersedes.
    QTemporaryDir revisionsDir;
    DraftStore everySave;
    o.revisionIntervalSecs = 0;
    everySave.open(revisionsDir.path(), o);
    const qint64 rid = everySave.createDraft(order).value();
    const double revision = od::bench::medianMs(
        50, [&] { everySave.saveDraft(rid, order); },
        [&] { order.remarks = QString::number(++i); });
    od::bench::report("autosave_max_order_new_revision_median", revision, "ms");
}

ORDERDESK_BENCH(browser_open_10000_drafts)
{
    const QString &path = storeWithDrafts(10000);
    const double ms = od::bench::medianMs(9, [&] {
        DraftStore store;
        store.open(path);
        DraftListModel model(&store);
        DraftFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
    });
    od::bench::report("browser_open_10000_drafts", ms, "ms");
}

ORDERDESK_BENCH(search_keystroke_10000_drafts)
{
    const QString &path = storeWithDrafts(10000);
    DraftStore store;
    store.open(path);
    DraftListModel model(&store);
    DraftFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
    const QStringList typed = {QStringLiteral("n"),     QStringLiteral("no"),
                               QStringLiteral("nor"),   QStringLiteral("nort"),
                               QStringLiteral("north"), QStringLiteral("nort"),
                               QStringLiteral("nor"),   QStringLiteral("no"),
                               QStringLiteral("n"),     QString()};
    // The first keystroke folds every row's text (case, accents) once.
    QElapsedTimer first;
    first.start();
    proxy.setSearchText(QStringLiteral("n"));
    od::bench::report("search_first_keystroke_10000_drafts", first.nsecsElapsed() / 1e6, "ms");
    proxy.setSearchText(QString());
    int i = 0;
    const double ms = od::bench::medianMs(static_cast<int>(typed.size()) * 3, [&] {
        proxy.setSearchText(typed.at(i++ % typed.size()));
    });
    od::bench::report("search_keystroke_10000_drafts", ms, "ms");
}
