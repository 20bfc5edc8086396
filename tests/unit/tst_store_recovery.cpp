// A damaged draft file is renamed aside (never deleted), the newest good backup is restored and
// the rep learns which drafts may be older.
#include "../common/Fixtures.h"
#include "store/DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestStoreRecovery : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

    DraftStore::Options options()
    {
        DraftStore::Options o;
        o.clock = [this] {
            return m_now;
        };
        return o;
    }

    Order order(const QString &customer)
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("FR")}, 1, 3, 0);
        o.reference = Order::newReference(m_now);
        o.customer.companyName = customer;
        return o;
    }

    struct Scenario
    {
        QString path;
        Order alphaBefore; ///< in the backup
        Order alphaAfter;  ///< saved after the backup
        Order beta;        ///< unchanged since the backup
        Order gamma;       ///< created after the backup
    };

    /// Day 1: Alpha and Beta. Day 2: the store opens (backup of day 2), Alpha changes, Gamma is
    /// new. The file is then damaged by the caller.
    Scenario prepare(const QString &dir)
    {
        Scenario s;
        {
            DraftStore store;
            [&] {
                QVERIFY(store.open(dir, options()).ok());
            }();
            s.alphaBefore = order(QStringLiteral("Alpha GmbH"));
            s.beta = order(QStringLiteral("Beta SA"));
            store.createDraft(s.alphaBefore);
            store.createDraft(s.beta);
        }
        m_now = m_now.addDays(1);
        DraftStore store;
        [&] {
            QVERIFY(store.open(dir, options()).ok());
        }();
        s.path = store.databasePath();
        s.alphaAfter = s.alphaBefore;
        s.alphaAfter.remarks = QStringLiteral("changed after the backup");
        m_now = m_now.addSecs(3600);
        store.saveDraft(store.listDrafts()->first().id, s.alphaAfter);
        s.gamma = order(QStringLiteral("Gamma BV"));
        store.createDraft(s.gamma);
        return s;
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    static QStringList customers(const QList<DraftSummary> &drafts)
    {
        QStringList names;
        for (const DraftSummary &d : drafts)
            names << d.customerName;
        names.sort();
        return names;
    }

    static void damage(const QString &path, const QString &how)
    {
        QFile f(path);
        if (how == QLatin1String("zero-length")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        } else if (how == QLatin1String("random bytes")) {
            const qint64 size = f.size();
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray bytes(size, '\0');
            QRandomGenerator random(7);
            for (char &c : bytes)
                c = static_cast<char>(random.bounded(256));
            f.write(bytes);
        } else if (how == QLatin1String("truncated")) {
            QVERIFY(f.resize(f.size() / 2 + 1000));
        } else if (how == QLatin1String("truncated at a page")) {
            QVERIFY(f.resize(4096 * 3));
        } else if (how == QLatin1String("pages overwritten")) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096 * 2);
            f.write(QByteArray(4096 * 2, '\x5a'));
        }
    }

private slots:
    void init() { m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); }

    void recoversFromDamage_data()
    {
        QTest::addColumn<QString>("how");
        for (const char *how : {"zero-length", "random bytes", "truncated", "truncated at a page",
                                "pages overwritten"})
            QTest::newRow(how) << QString::fromLatin1(how);
    }

    void recoversFromDamage()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const Scenario s = prepare(dir.path());
        if (QTest::currentTestFailed())
            return;
        damage(s.path, how);
        const QByteArray damagedHash = hashOf(s.path);

        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const RecoveryReport &report = r.recovery;
        QVERIFY(report.happened);
        QVERIFY(!report.reason.isEmpty());
        // Kept, byte for byte, next to the restored file.
        QVERIFY(report.damagedFile.startsWith(s.path + QStringLiteral(".damaged-")));
        QCOMPARE(hashOf(report.damagedFile), damagedHash);
        QVERIFY(report.backupFile.endsWith(QStringLiteral("drafts-2026-12-02.sqlite")));

        // The backup's state: Alpha as before, Beta, no Gamma.
        const QList<DraftSummary> drafts = store.listDrafts().value();
        QCOMPARE(customers(drafts),
                 (QStringList{QStringLiteral("Alpha GmbH"), QStringLiteral("Beta SA")}));
        for (const DraftSummary &d : drafts) {
            const Order o = store.loadDraft(d.id)->order;
            QVERIFY(o == s.alphaBefore || o == s.beta);
        }
        // Which drafts may be older: from the damaged file when it can still be read, else all.
        if (report.exact) {
            QCOMPARE(customers(report.possiblyOlder), QStringList{QStringLiteral("Alpha GmbH")});
            QCOMPARE(customers(report.missing), QStringList{QStringLiteral("Gamma BV")});
        } else {
            QCOMPARE(customers(report.possiblyOlder),
                     (QStringList{QStringLiteral("Alpha GmbH"), QStringLiteral("Beta SA")}));
        }
        const QString message = report.message();
        QVERIFY2(message.contains(QStringLiteral("Alpha GmbH")), qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(report.damagedFile)));
        // The restored store works and is not reported again.
        QVERIFY(store.createDraft(order(QStringLiteral("Delta"))));
        store.close();
        const OpenResult again = store.open(dir.path(), options());
        QVERIFY(again.ok());
        QVERIFY(!again.recovery.happened);
        QCOMPARE(store.listDrafts()->size(), 3);
    }

    void readableDamageGivesTheExactList()
    {
        QTemporaryDir dir;
        const Scenario s = prepare(dir.path());
        int rootPage = 0;
        int pageSize = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("d"));
            db.setDatabaseName(s.path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'revisions'")) &&
                    q.next());
            rootPage = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("d"));
        // Overwrite the revisions table's root page: the drafts table still reads.
        QFile f(s.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
        f.write(QByteArray(pageSize, '\x5a'));
        f.close();
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.recovery.happened);
        QVERIFY(r.recovery.exact);
        QCOMPARE(customers(r.recovery.possiblyOlder), QStringList{QStringLiteral("Alpha GmbH")});
        QCOMPARE(customers(r.recovery.missing), QStringList{QStringLiteral("Gamma BV")});
        QVERIFY(r.recovery.message().contains(QStringLiteral("Gamma BV")));
    }

    void noBackupStartsEmptyButKeepsTheFile()
    {
        QTemporaryDir dir;
        DraftStore::Options o = options();
        o.backups = false;
        QString path;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), o).ok());
            QVERIFY(store.createDraft(order(QStringLiteral("Alpha GmbH"))));
            path = store.databasePath();
        }
        damage(path, QStringLiteral("random bytes"));
        const qint64 size = QFileInfo(path).size();
        DraftStore store;
        const OpenResult r = store.open(dir.path(), o);
        QVERIFY(r.ok());
        QVERIFY(r.recovery.happened);
        QVERIFY(r.recovery.backupFile.isEmpty());
        QCOMPARE(QFileInfo(r.recovery.damagedFile).size(), size);
        QVERIFY(store.listDrafts()->isEmpty());
        QVERIFY(r.recovery.message().contains(QStringLiteral("No usable backup")));
    }

    void damagedBackupIsSkipped()
    {
        QTemporaryDir dir;
        const Scenario s = prepare(dir.path());
        // The newest backup (day 2) is damaged too: day 1's is used.
        const QString backups = QDir(dir.path()).filePath(DraftStore::backupDirName());
        damage(QDir(backups).filePath(QStringLiteral("drafts-2026-12-02.sqlite")),
               QStringLiteral("random bytes"));
        damage(s.path, QStringLiteral("zero-length"));
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY(r.ok());
        QVERIFY(r.recovery.backupFile.endsWith(QStringLiteral("drafts-2026-12-01.sqlite")));
        // Day 1's backup was taken when the store was first opened, before any draft.
        QVERIFY(store.listDrafts()->isEmpty());
        QVERIFY(
            QFileInfo::exists(QDir(backups).filePath(QStringLiteral("drafts-2026-12-02.sqlite"))));
    }

    void missingFileIsRestoredFromBackup()
    {
        QTemporaryDir dir;
        const Scenario s = prepare(dir.path());
        QVERIFY(QFile::remove(s.path));
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY(r.ok());
        QVERIFY(r.recovery.happened);
        QVERIFY(r.recovery.damagedFile.isEmpty());
        QCOMPARE(store.listDrafts()->size(), 2);
    }

    // A checkpoint copies pages from the WAL into the file in page order: page 1, with the new
    // page count in its header, comes before the pages that make the file grow. A kill in between
    // leaves a file shorter than its header says next to a WAL that completes it. That database
    // is healthy: SQLite finishes the checkpoint. Taking it for a truncated file would put the
    // drafts aside and bring back yesterday's backup.
    void interruptedCheckpointIsNotDamage()
    {
        QTemporaryDir dir;
        QTemporaryDir crashed;
        QString path;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            QVERIFY(store.createDraft(order(QStringLiteral("Alpha GmbH"))));
            path = store.databasePath();
        } // closed: checkpointed, no WAL left
        const qint64 checkpointedSize = QFileInfo(path).size();
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            // Well under the 1,000 pages of an automatic checkpoint: it all stays in the WAL.
            for (int i = 0; i < 8; ++i) {
                Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 5, 100, 0);
                o.reference = QStringLiteral("OD-2026-0000A%1").arg(i);
                QVERIFY(store.createDraft(o));
            }
            // The files as a kill leaves them, with the store still open.
            for (const QString &suffix : {QString(), QStringLiteral("-wal")})
                QVERIFY(QFile::copy(
                    path + suffix,
                    QDir(crashed.path()).filePath(DraftStore::databaseFileName() + suffix)));
        }
        const QString copy = QDir(crashed.path()).filePath(DraftStore::databaseFileName());
        QFile wal(copy + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray frames = wal.readAll();
        QVERIFY(frames.size() > 32);
        auto be32 = [&](qsizetype at) {
            quint32 v = 0;
            for (int i = 0; i < 4; ++i)
                v = (v << 8) | static_cast<quint8>(frames.at(at + i));
            return v;
        };
        const qsizetype pageSize = be32(8);
        QByteArray page1;
        for (qsizetype at = 32; at + 24 + pageSize <= frames.size(); at += 24 + pageSize)
            if (be32(at) == 1)
                page1 = frames.mid(at + 24, pageSize);
        QVERIFY(!page1.isEmpty());
        QFile db(copy);
        QVERIFY(db.open(QIODevice::ReadWrite));
        QCOMPARE(db.size(), checkpointedSize);
        QCOMPARE(db.write(page1), pageSize); // the checkpoint's first write, then the kill
        db.close();
        const quint32 headerPages = [&] {
            quint32 v = 0;
            for (int i = 0; i < 4; ++i)
                v = (v << 8) | static_cast<quint8>(page1.at(28 + i));
            return v;
        }();
        QVERIFY2(qint64(headerPages) * pageSize > checkpointedSize,
                 "the store did not grow: the test shows nothing");

        DraftStore store;
        const OpenResult r = store.open(crashed.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(!r.recovery.happened, qPrintable(r.recovery.reason));
        QCOMPARE(store.listDrafts()->size(), 9);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        QString path;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            QVERIFY(store.createDraft(order(QStringLiteral("Alpha GmbH"))));
            path = store.databasePath();
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 7, written_by = "
                                          "'orderdesk 3.0'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("n"));
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const int backupsBefore =
            static_cast<int>(QDir(QDir(dir.path()).filePath(DraftStore::backupDirName()))
                                 .entryList(QDir::Files)
                                 .size());

        m_now = m_now.addDays(1); // a backup would be due
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QCOMPARE(r.status, OpenResult::Status::NewerVersion);
        QVERIFY(!store.isOpen());
        QVERIFY(r.error.contains(QStringLiteral("newer version")));
        QVERIFY(r.error.contains(QStringLiteral("orderdesk 3.0")));
        QVERIFY(!r.recovery.happened);
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        QCOMPARE(QDir(QDir(dir.path()).filePath(DraftStore::backupDirName()))
                     .entryList(QDir::Files)
                     .size(),
                 backupsBefore);
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_store_recovery.moc"
