// Start-up as the rep sees it (issue 8): the real orderdesk executable started as a new process
// until its window is painted (it says so on stdout with ORDERDESK_REPORT_SHOWN), and its peak
// memory then (VmHWM).
#include "Bench.h"
#include "BenchOrders.h"
#include "store/DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace od;

namespace {

struct StartFigures
{
    double ms = -1;     ///< start to the first paint, median
    double peakMb = -1; ///< VmHWM after the first paint, median
    QString shown;      ///< what the window said it showed (the last run)
};

/// The peak resident set of a running process, in MB (10^6 bytes); -1 when unknown.
double peakRssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() * 1024 / 1e6;
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Where the started app keeps its settings (the draft to resume) instead of the user's own.
class Session
{
public:
    QString configHome() const { return m_config.path(); }

    /// The app resumes draft `id` of `dataDir` (0: none), as MainWindow::restoreSession reads it;
    /// on `step` when given (the step the rep left it on), else on the step it reached.
    void setOpenDraft(const QString &dataDir, qint64 id, Step step = Step(0))
    {
        QSettings settings(m_config.filePath(QStringLiteral("OrderDesk/orderdesk.conf")),
                           QSettings::IniFormat);
        const QByteArray folder = QDir(dataDir).absolutePath().toUtf8();
        const QString group =
            QStringLiteral("drafts/") +
            QString::fromLatin1(
                QCryptographicHash::hash(folder, QCryptographicHash::Sha1).toHex().left(16));
        settings.clear();
        settings.setValue(group + QStringLiteral("/open"), id);
        if (int(step) > 0)
            settings.setValue(group + QStringLiteral("/steps"),
                              QStringList{QStringLiteral("%1:%2").arg(id).arg(int(step))});
    }

private:
    QTemporaryDir m_config;
};

/// Starts orderdesk over `dataDir` `runs` times: the time to its first paint and its peak memory
/// then. `expect`: the start of what it must say it shows.
StartFigures startApp(const QString &dataDir, const Session &session, const QString &expect,
                      int runs = 7)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ORDERDESK_REPORT_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("ORDERDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), session.configHome());
    env.remove(QStringLiteral("ORDERDESK_UPSTREAM")); // no carrier: nothing but the start
    env.remove(QStringLiteral("ORDERDESK_DATA_DIR"));
    StartFigures figures;
    QList<double> times;
    QList<double> peaks;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(ORDERDESK_APP), {QStringLiteral("--data-dir"), dataDir});
        while (!app.canReadLine() && app.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            app.waitForReadyRead(100);
        const double ms = timer.nsecsElapsed() / 1e6;
        figures.shown = QString::fromUtf8(app.readLine()).trimmed();
        if (figures.shown.startsWith(QStringLiteral("orderdesk shown: ") + expect)) {
            times << ms;
            // Whatever the window does right after its first paint counts too.
            QThread::msleep(500);
            peaks << peakRssMb(app.processId());
        }
        app.terminate(); // closes the window as the rep would (saving the session)
        if (!app.waitForFinished(15000)) {
            app.kill();
            app.waitForFinished();
        }
    }
    if (times.size() == runs) {
        figures.ms = median(times);
        figures.peakMb = median(peaks);
    } else {
        std::fprintf(stderr, "orderdesk did not show %s: \"%s\"\n", qPrintable(expect),
                     qPrintable(figures.shown));
    }
    return figures;
}

/// A copy of the data folder at `from` (closed store) in `to`.
void copyDataDir(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files))
        if (name != DraftStore::lockFileName())
            QFile::copy(source.filePath(name), QDir(to).filePath(name));
}

} // namespace

ORDERDESK_BENCH(cold_start)
{
    const Catalog catalog = Catalog::bundled().value();
    Session session;

    // The drafts list, from 100 to 10,000 drafts.
    QList<double> sizes;
    QList<double> times;
    QList<double> peaks;
    for (const int count : od::bench::kDraftCounts) {
        const QString &dir = od::bench::storeWithDrafts(count);
        session.setOpenDraft(dir, 0);
        const StartFigures f = startApp(dir, session, QStringLiteral("drafts"));
        const QString name = QStringLiteral("cold_start_to_browser_%1_drafts").arg(count);
        if (count == 10000)
            od::bench::report(qPrintable(name), f.ms, "ms", 300);
        else
            od::bench::report(name, f.ms, "ms");
        od::bench::report(QStringLiteral("peak_rss_browser_%1_drafts").arg(count), f.peakMb, "MB");
        sizes << count;
        times << f.ms;
        peaks << f.peakMb;
    }
    od::bench::reportGrowth(QStringLiteral("cold_start_to_browser_drafts"), sizes, times);
    od::bench::reportGrowth(QStringLiteral("peak_rss_browser_drafts"), sizes, peaks);

    // A draft resumed in the wizard, among the 10,000.
    QTemporaryDir resumeDir;
    copyDataDir(od::bench::storeWithDrafts(10000), resumeDir.path());
    qint64 maximal = 0;
    QList<qint64> grown;
    {
        DraftStore store;
        DraftStore::Options o;
        o.backups = false;
        store.open(resumeDir.path(), o);
        maximal = store.createDraft(fixtures::maximalOrder(catalog)).value();
        for (const int offices : od::bench::kOfficeSizes)
            grown << store.createDraft(od::bench::orderWithOffices(catalog, offices)).value();
    }
    const QString wizard = QStringLiteral("wizard");
    session.setOpenDraft(resumeDir.path(), maximal);
    const StartFigures max = startApp(resumeDir.path(), session, wizard);
    od::bench::report("cold_start_to_max_draft", max.ms, "ms", 500);
    od::bench::report("peak_rss_max_draft_open", max.peakMb, "MB", 120);
    // The same draft left on its offices page: all 70 offices are built and laid out at start.
    session.setOpenDraft(resumeDir.path(), maximal, Step::Offices);
    const StartFigures onOffices =
        startApp(resumeDir.path(), session, QStringLiteral("wizard step 4"), 5);
    od::bench::report("cold_start_to_max_draft_on_offices_page", onOffices.ms, "ms", 500);
    od::bench::report("peak_rss_max_draft_on_offices_page", onOffices.peakMb, "MB", 120);

    sizes.clear();
    times.clear();
    peaks.clear();
    for (int i = 0; i < od::bench::kOfficeSizes.size(); ++i) {
        const int offices = od::bench::kOfficeSizes.at(i);
        session.setOpenDraft(resumeDir.path(), grown.at(i));
        const StartFigures f = startApp(resumeDir.path(), session, wizard, 5);
        od::bench::report(QStringLiteral("cold_start_to_draft_%1_offices").arg(offices), f.ms,
                          "ms");
        od::bench::report(QStringLiteral("peak_rss_draft_%1_offices").arg(offices), f.peakMb, "MB");
        sizes << offices;
        times << f.ms;
        peaks << f.peakMb;
    }
    od::bench::reportGrowth(QStringLiteral("cold_start_to_draft_offices"), sizes, times);
    od::bench::reportGrowth(QStringLiteral("peak_rss_draft_offices"), sizes, peaks);
}
