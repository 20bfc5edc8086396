// Draft store, autosave and draft browser figures (issue 3).
#include "../common/Fixtures.h"
#include "Bench.h"
#include "BenchOrders.h"
#include "order/OrderJson.h"
#include "store/Autosave.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <map>
#include <memory>

using namespace od;

namespace {

const Catalog &catalog()
{
    static const Catalog c = Catalog::bundled().value();
    return c;
}

} // namespace

const QString &od::bench::storeWithDrafts(int count)
{
    static std::map<int, std::unique_ptr<QTemporaryDir>> dirs;
    static std::map<int, QString> paths;
    QString &path = paths[count];
    if (!path.isEmpty())
        return path;
    dirs[count] = std::make_unique<QTemporaryDir>();
    path = dirs[count]->path();
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

namespace {

using od::bench::kDraftCounts;
using od::bench::storeWithDrafts;

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
    od::bench::report("autosave_max_order_median", ms, "ms", 5);
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

    // How a save grows with the offices (100 numbers each).
    QList<double> sizes;
    QList<double> values;
    for (const int offices : od::bench::kOfficeSizes) {
        Order sized = od::bench::orderWithOffices(catalog(), offices);
        const qint64 sid = store.createDraft(sized).value();
        values << od::bench::medianMs(
            21, [&] { store.saveDraft(sid, sized); },
            [&] { sized.remarks = QString::number(++i); });
        sizes << offices;
        od::bench::report(QStringLiteral("autosave_%1_offices_median").arg(offices), values.last(),
                          "ms");
    }
    od::bench::reportGrowth(QStringLiteral("autosave_offices"), sizes, values);
}

ORDERDESK_BENCH(browser_open_10000_drafts)
{
    QList<double> sizes;
    QList<double> values;
    for (const int count : kDraftCounts) {
        const QString &path = storeWithDrafts(count);
        const double ms = od::bench::medianMs(9, [&] {
            DraftStore store;
            store.open(path);
            DraftListModel model(&store);
            DraftFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.sort(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
        });
        const QString name = QStringLiteral("browser_open_%1_drafts").arg(count);
        if (count == 10000)
            od::bench::report(qPrintable(name), ms, "ms", 100);
        else
            od::bench::report(name, ms, "ms");
        sizes << count;
        values << ms;
    }
    od::bench::reportGrowth(QStringLiteral("browser_open_drafts"), sizes, values);
}

namespace {

/// The first keystroke and the median of the later ones over `count` drafts.
std::pair<double, double> searchMs(int count)
{
    const QString &path = storeWithDrafts(count);
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
    const double firstMs = first.nsecsElapsed() / 1e6;
    proxy.setSearchText(QString());
    int i = 0;
    const double ms = od::bench::medianMs(static_cast<int>(typed.size()) * 3, [&] {
        proxy.setSearchText(typed.at(i++ % typed.size()));
    });
    return {firstMs, ms};
}

} // namespace

ORDERDESK_BENCH(search_keystroke_10000_drafts)
{
    QList<double> sizes;
    QList<double> firsts;
    QList<double> values;
    for (const int count : kDraftCounts) {
        const auto [firstMs, ms] = searchMs(count);
        od::bench::report(QStringLiteral("search_first_keystroke_%1_drafts").arg(count), firstMs,
                          "ms");
        const QString name = QStringLiteral("search_keystroke_%1_drafts").arg(count);
        if (count == 10000)
            od::bench::report(qPrintable(name), ms, "ms", 30);
        else
            od::bench::report(name, ms, "ms");
        sizes << count;
        firsts << firstMs;
        values << ms;
    }
    od::bench::reportGrowth(QStringLiteral("search_first_keystroke_drafts"), sizes, firsts);
    od::bench::reportGrowth(QStringLiteral("search_keystroke_drafts"), sizes, values);
}
