// Sending (issue 8): 100 orders queued while offline go to the carrier (the real sandbox, a
// process of its own) when the window connects, and the window must keep answering meanwhile.
#include "../common/Fixtures.h"
#include "../common/SandboxProcess.h"
#include "Bench.h"
#include "BenchOrders.h"
#include "MainWindow.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"
#include "sync/Endpoints.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace od;

namespace {

struct SendFigures
{
    double totalMs = -1; ///< from connecting until every order is at the carrier with its envelope
    double worstGapMs = -1; ///< the longest the window's event loop did not answer
};

/// 100 queued orders (one German office of 10 numbers each, validated and reserved) among
/// `otherDrafts` drafts, sent by the main window's outbox.
SendFigures sendQueuedOrders(const Catalog &catalog, int otherDrafts, int orders = 100)
{
    SendFigures figures;
    od::testing::SandboxProcess sandbox;
    // The carrier's order and envelope states stay put: only the sending is measured.
    const QString error =
        sandbox.start(QStringLiteral(SANDBOX_EXE),
                      {QStringLiteral("--order-step-ms"), QStringLiteral("3600000"),
                       QStringLiteral("--envelope-step-ms"), QStringLiteral("3600000")});
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return figures;
    }
    QTemporaryDir dir;
    if (otherDrafts > 0) {
        const QDir source(od::bench::storeWithDrafts(otherDrafts));
        for (const QString &name : source.entryList(QDir::Files))
            if (name != DraftStore::lockFileName())
                QFile::copy(source.filePath(name), dir.filePath(name));
    }
    QSet<qint64> queued;
    {
        // Submitted while offline: in the outbox with their jobs, nothing sent yet.
        DraftStore store;
        DraftStore::Options o;
        o.backups = false;
        store.open(dir.path(), o);
        QNetworkAccessManager network;
        const sync::Endpoints endpoints = sync::Endpoints::forAll(sandbox.url());
        sync::Authenticator auth(&network, endpoints, sync::makeMemoryTokenStore());
        sync::ApiClient api(&network, endpoints, &auth);
        Outbox offline(&store, &api, catalog);
        for (int i = 0; i < orders; ++i) {
            Order order = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 10, 0);
            order.reference =
                QStringLiteral("OD-2026-%1").arg(0xF0000 + i, 8, 16, QLatin1Char('0')).toUpper();
            order.customer.companyName = QStringLiteral("Queued %1").arg(i);
            const qint64 id = store.createDraft(order).value();
            if (offline.submit(id))
                queued << id;
        }
    }

    MainWindow window(catalog, dir.path());
    window.show();
    QApplication::processEvents();

    // A 1 ms timer in the window's thread: the longest interval between two of its ticks is the
    // longest the window could not answer a click or a keystroke.
    QElapsedTimer sinceTick;
    QElapsedTimer total;
    qint64 worstNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worstNs = std::max(worstNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    QEventLoop loop;
    QSet<qint64> sent;
    QTimer::singleShot(20, [&] {
        total.start();
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        QObject::connect(window.outbox(), &Outbox::draftUpdated, &loop, [&](qint64 id) {
            if (!queued.contains(id) || sent.contains(id))
                return;
            const Result<DraftSummary> s = window.store()->summary(id);
            if (s && !s->envelopeStatus.isEmpty())
                sent.insert(id);
            if (sent.size() == queued.size())
                loop.quit();
        });
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    sinceTick.start();
    ticker.start();
    loop.exec();
    const double totalMs = total.nsecsElapsed() / 1e6;
    ticker.stop();
    if (sent.size() == queued.size()) {
        figures.totalMs = totalMs;
        figures.worstGapMs = worstNs / 1e6;
    } else {
        std::fprintf(stderr, "only %lld of %lld orders were sent\n", qint64(sent.size()),
                     qint64(queued.size()));
    }
    return figures;
}

} // namespace

ORDERDESK_BENCH(outbox_send)
{
    qputenv("ORDERDESK_NO_KEYCHAIN", "1");
    const Catalog catalog = Catalog::bundled().value();
    for (const int others : {0, 10000}) {
        QList<double> totals;
        QList<double> gaps;
        for (int run = 0; run < 3; ++run) {
            const SendFigures f = sendQueuedOrders(catalog, others);
            totals << f.totalMs;
            gaps << f.worstGapMs;
        }
        std::sort(totals.begin(), totals.end());
        std::sort(gaps.begin(), gaps.end());
        const QString suffix = others ? QStringLiteral("_among_%1_drafts").arg(others) : QString();
        od::bench::report(QStringLiteral("outbox_send_100_orders%1").arg(suffix), totals.at(1),
                          "ms");
        const QString gap = QStringLiteral("outbox_send_100_orders%1_worst_ui_gap").arg(suffix);
        od::bench::report(qPrintable(gap), gaps.at(1), "ms", 50);
    }
}
