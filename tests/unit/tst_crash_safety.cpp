// A process that keeps saving drafts is killed with SIGKILL at random moments; every time, the
// database must open without recovery, pass integrity_check, and hold each draft exactly as its
// previous or its latest save left it.
#include "CrashSafetyOrders.h"
#include "store/DraftStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace od;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    Order m_maximal = fixtures::maximalOrder(m_catalog);

    static QString child() { return QStringLiteral(CRASH_SAFETY_CHILD); }

    static void killHard(QProcess &p)
    {
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000)); // reaped: its lock is stale now
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    }

    static QString integrityCheck(const QString &path)
    {
        QString result;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    result = q.value(0).toString();
                else
                    result = q.lastError().text();
            } else {
                result = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

private slots:
    void killedWhileSaving()
    {
        QTemporaryDir dir;
        QRandomGenerator random(20261203);
        int acked[crashsafety::kSlots];
        std::fill(std::begin(acked), std::end(acked), -1);
        const int kills = 60;
        int totalSaves = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kills; ++round) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(child(), {QStringLiteral("save"), dir.path(), QString::number(round)});
            QVERIFY(p.waitForStarted());
            if (round % 6 == 5) {
                // Sometimes while it opens, checks or backs up the store.
                QThread::msleep(random.bounded(5, 60));
            } else {
                QByteArray seen;
                while (!seen.contains("ready\n")) {
                    QVERIFY2(p.waitForReadyRead(20000), "child never got ready");
                    seen += p.peek(p.bytesAvailable());
                }
                QThread::msleep(random.bounded(1, 80));
            }
            killHard(p);
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                QVERIFY2(!line.startsWith("error") && !line.startsWith("locked"), line.constData());
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "saved") {
                    acked[parts.at(1).toInt()] = parts.at(2).toInt();
                    ++totalSaves;
                }
            }

            const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
            if (!QFileInfo::exists(path))
                continue; // killed before the store was created
            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            DraftStore store;
            const OpenResult opened = store.open(dir.path());
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QVERIFY2(!opened.recovery.happened, qPrintable(opened.recovery.message()));
            int found[crashsafety::kSlots];
            std::fill(std::begin(found), std::end(found), -1);
            const QList<DraftSummary> drafts = store.listDrafts(DraftStore::Which::All).value();
            for (const DraftSummary &s : drafts) {
                const int slot = crashsafety::slotOf(s.reference);
                QVERIFY(slot >= 0);
                const Result<Draft> draft = store.loadDraft(s.id);
                QVERIFY2(draft, qPrintable(draft.error()));
                const int g = crashsafety::generationOf(draft->order);
                // The previous or the latest save, whole: never a mix, never missing.
                QVERIFY2(g == acked[slot] || g == acked[slot] + 1,
                         qPrintable(QStringLiteral("slot %1: found generation %2, acknowledged %3")
                                        .arg(slot)
                                        .arg(g)
                                        .arg(acked[slot])));
                QVERIFY(draft->order == crashsafety::orderFor(m_maximal, slot, g));
                QCOMPARE(s.customerName, draft->order.customer.companyName);
                QCOMPARE(s.step, draft->order.stepReached);
                QVERIFY(store.loadRevision(s.id, s.revision).value() == draft->order);
                found[slot] = g;
            }
            for (int slot = 0; slot < crashsafety::kSlots; ++slot) {
                QVERIFY2(acked[slot] < 0 || found[slot] >= 0, "an acknowledged draft is missing");
                acked[slot] = found[slot];
            }
        }
        qInfo("%d kills, %d acknowledged saves, %lld ms", kills, totalSaves,
              static_cast<long long>(clock.elapsed()));
        QVERIFY(totalSaves > kills); // the kills did land among saves
    }

    void secondProcessIsToldDraftsAreOpen()
    {
        QTemporaryDir dir;
        QProcess holder;
        holder.start(child(), {QStringLiteral("hold"), dir.path()});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("opened"));

        DraftStore store;
        const OpenResult refused = store.open(dir.path());
        QCOMPARE(refused.status, OpenResult::Status::Locked);
        QVERIFY2(refused.error.contains(QString::number(holder.processId())),
                 qPrintable(refused.error));

        // And the other way round: a second process is refused while we hold the drafts.
        killHard(holder);
        QVERIFY(store.open(dir.path()).ok()); // a crashed owner's lock is stale
        QProcess second;
        second.start(child(), {QStringLiteral("hold"), dir.path()});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY(second.readAllStandardOutput().startsWith("locked"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
