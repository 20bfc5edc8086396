// Helper of tst_crash_safety, not a test. Modes:
//   crash_safety_child save <dataDir> <seed>   keep saving drafts until killed; after each commit
//                                              print "saved <slot> <generation>"
//   crash_safety_child hold <dataDir>          open the store and keep it open until killed
#include "CrashSafetyOrders.h"
#include "store/DraftStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace od;

namespace {
void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.at(1);
    DraftStore store;
    DraftStore::Options options;
    options.revisionIntervalSecs = 0; // every save a revision: pruning runs too
    const OpenResult opened = store.open(args.at(2), options);
    if (!opened.ok()) {
        say(QStringLiteral("locked %1").arg(opened.error));
        return 3;
    }
    say(QStringLiteral("opened"));
    if (mode == QLatin1String("hold")) {
        for (;;)
            QThread::sleep(1);
    }
    if (mode != QLatin1String("save") || args.size() < 4)
        return 2;

    const Catalog catalog = Catalog::bundled().value();
    const Order maximal = fixtures::maximalOrder(catalog);
    QRandomGenerator random(args.at(3).toUInt());
    qint64 ids[crashsafety::kSlots] = {};
    int generation[crashsafety::kSlots] = {};
    const QList<DraftSummary> existing = store.listDrafts(DraftStore::Which::All).value();
    for (const DraftSummary &s : existing) {
        const int slot = crashsafety::slotOf(s.reference);
        if (slot < 0)
            continue;
        ids[slot] = s.id;
        generation[slot] = crashsafety::generationOf(store.loadDraft(s.id).value().order);
    }
    say(QStringLiteral("ready"));
    for (;;) {
        const int slot = static_cast<int>(random.bounded(crashsafety::kSlots));
        if (ids[slot] == 0) {
            const Result<qint64> id = store.createDraft(crashsafety::orderFor(maximal, slot, 0));
            if (!id) {
                say(QStringLiteral("error %1").arg(id.error()));
                return 4;
            }
            ids[slot] = id.value();
            generation[slot] = 0;
        } else {
            const int next = generation[slot] + 1;
            const Result<bool> saved =
                store.saveDraft(ids[slot], crashsafety::orderFor(maximal, slot, next));
            if (!saved) {
                say(QStringLiteral("error %1").arg(saved.error()));
                return 4;
            }
            generation[slot] = next;
        }
        say(QStringLiteral("saved %1 %2").arg(slot).arg(generation[slot]));
    }
}
