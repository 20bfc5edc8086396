#include "../common/Fixtures.h"
#include "order/OrderJson.h"
#include "store/DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

    DraftStore::Options options(int revisionIntervalSecs = 0)
    {
        DraftStore::Options o;
        o.revisionIntervalSecs = revisionIntervalSecs;
        o.clock = [this] {
            return m_now;
        };
        return o;
    }

    Order smallOrder(const QString &customer = QStringLiteral("Contoso Ltd"))
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.reference = Order::newReference(m_now);
        o.customer.companyName = customer;
        return o;
    }

    /// Read and write for the owner, nothing for group and others (mode 0600).
    static bool ownerOnly(const QFileInfo &file)
    {
        const QFileDevice::Permissions p = file.permissions();
        return file.exists() && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) &&
               (p & 0x0077) == 0;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    /// Runs SQL on the database file with a connection of its own (not through the store).
    static void rawExec(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(sql));
                q.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void createLoadAndSummary()
    {
        QTemporaryDir dir;
        DraftStore store;
        const OpenResult opened = store.open(dir.path(), options());
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY(!opened.recovery.happened);
        const Order order = fixtures::maximalOrder(m_catalog);
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        const Result<qint64> id = store.createDraft(order);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(changed.size(), 1);
        const Result<Draft> loaded = store.loadDraft(id.value());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QVERIFY(loaded->order == order);
        const DraftSummary &s = loaded->summary;
        QCOMPARE(s.reference, order.reference);
        QCOMPARE(s.customerName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(s.ocn, QStringLiteral("10023456"));
        QVERIFY(s.email.contains(QStringLiteral("it@contoso.example.com")));
        QCOMPARE(s.countries.size(), 14);
        QCOMPARE(s.step, Step::Submission);
        QCOMPARE(s.status, DraftStatus::Draft);
        QCOMPARE(s.modified, m_now);
        QCOMPARE(s.revision, 1);
        QVERIFY(!s.isTrashed());
        // The same draft twice is refused: a reference names one draft.
        QVERIFY(!store.createDraft(order));
        QVERIFY(!store.loadDraft(id.value() + 100));
    }

    void fileModeAndPragmas()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        QVERIFY(store.createDraft(smallOrder()));
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        QCOMPARE(store.synchronous(), 1);
        const QFileInfo db(store.databasePath());
        QVERIFY(ownerOnly(db));
        QVERIFY(ownerOnly(QFileInfo(store.databasePath() + QStringLiteral("-wal"))));
        QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(DraftStore::lockFileName())));

        // A data folder the store creates is the owner's alone (mode 0700), and so are backups.
        const QString fresh = QDir(dir.path()).filePath(QStringLiteral("new/drafts"));
        DraftStore second;
        QVERIFY(second.open(fresh, options()).ok());
        const QFileDevice::Permissions p = QFileInfo(fresh).permissions();
        QVERIFY(p & QFileDevice::ExeOwner);
        QCOMPARE(int(p & 0x0077), 0);
        QCOMPARE(int(QFileInfo(QDir(fresh).filePath(DraftStore::backupDirName())).permissions() &
                     0x0077),
                 0);
    }

    void rollbackJournalFallback()
    {
        QTemporaryDir dir;
        DraftStore store;
        DraftStore::Options o = options();
        o.preferWal = false; // as where the file system refuses WAL
        QVERIFY(store.open(dir.path(), o).ok());
        QCOMPARE(store.journalMode(), QStringLiteral("delete"));
        QCOMPARE(store.synchronous(), 2);
        const Result<qint64> id = store.createDraft(smallOrder());
        QVERIFY(id);
        QVERIFY(store.saveDraft(id.value(), store.loadDraft(id.value())->order));
    }

    void revisionsKeepTheLastTwenty()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options(0)).ok());
        Order order = smallOrder();
        const qint64 id = store.createDraft(order).value();
        QList<Order> saved{order};
        for (int i = 2; i <= 30; ++i) {
            order.remarks = QStringLiteral("version %1").arg(i);
            m_now = m_now.addSecs(1);
            QVERIFY(store.saveDraft(id, order));
            saved << order;
        }
        const QList<RevisionInfo> revisions = store.revisions(id).value();
        QCOMPARE(revisions.size(), DraftStore::kKeptRevisions);
        QCOMPARE(revisions.first().number, 30);
        QCOMPARE(revisions.last().number, 11);
        QVERIFY(store.loadRevision(id, 12).value() == saved.at(11));
        QVERIFY(!store.loadRevision(id, 10)); // pruned
        for (int n = 11; n <= 30; ++n)
            QVERIFY2(store.loadRevision(id, n).value() == saved.at(n - 1),
                     qPrintable(QString::number(n)));
        store.close();
        {
            // Superseded revisions are kept compressed; the current one stays plain JSON.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rev"));
            db.setDatabaseName(QDir(dir.path()).filePath(DraftStore::databaseFileName()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT number, order_json FROM revisions")));
            while (q.next()) {
                const QByteArray blob = q.value(1).toByteArray();
                const QByteArray plain = orderToJsonBytes(saved.at(q.value(0).toInt() - 1));
                if (q.value(0).toInt() == 30) {
                    QCOMPARE(blob, plain);
                } else {
                    QVERIFY(!blob.startsWith('{'));
                    QVERIFY(blob.size() * 2 < plain.size());
                }
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rev"));
        QVERIFY(store.open(dir.path(), options(0)).ok());

        // Restoring makes an old state current; the state it replaced stays in the history.
        QVERIFY(store.restoreRevision(id, 15));
        QVERIFY(store.loadDraft(id)->order == saved.at(14));
        QCOMPARE(store.revisions(id)->first().number, 31);
        QVERIFY(store.loadRevision(id, 30).value() == saved.at(29));
        QCOMPARE(store.revisions(id)->size(), DraftStore::kKeptRevisions);
    }

    void savesWithinAMinuteShareARevision()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options(60)).ok());
        Order order = smallOrder();
        order.stepReached = Step::Customer;
        const qint64 id = store.createDraft(order).value();
        for (int i = 0; i < 10; ++i) { // typing: a save every few seconds
            m_now = m_now.addSecs(5);
            order.remarks += QLatin1Char('x');
            QVERIFY(store.saveDraft(id, order));
        }
        QCOMPARE(store.revisions(id)->size(), 1);
        m_now = m_now.addSecs(20); // 70 s after the revision started
        order.remarks += QLatin1Char('y');
        QVERIFY(store.saveDraft(id, order));
        QCOMPARE(store.revisions(id)->size(), 2);
        order.stepReached = Step::VoicePlans; // a new step starts a new revision at once
        QVERIFY(store.saveDraft(id, order));
        QCOMPARE(store.revisions(id)->size(), 3);
        QCOMPARE(store.revisions(id)->first().step, Step::VoicePlans);
        QVERIFY(store.loadRevision(id, 3).value() == order);
    }

    void saveRefusesAnotherOrder()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const Order a = smallOrder();
        const qint64 id = store.createDraft(a).value();
        const Result<bool> r = store.saveDraft(id, smallOrder(QStringLiteral("Other")));
        QVERIFY(!r);
        QVERIFY(r.error().contains(a.reference));
        QVERIFY(store.loadDraft(id)->order == a);
        QVERIFY(!store.saveDraft(id + 7, a));
    }

    void statuses()
    {
        for (int i = 0; i <= static_cast<int>(DraftStatus::Cancelled); ++i) {
            const auto s = static_cast<DraftStatus>(i);
            DraftStatus back = DraftStatus::Draft;
            QVERIFY(draftStatusFromKey(draftStatusKey(s), &back));
            QCOMPARE(back, s);
            QVERIFY(!draftStatusLabel(s).isEmpty());
        }
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const qint64 id = store.createDraft(smallOrder()).value();
        QVERIFY(store.setStatus(id, DraftStatus::AwaitingSignature));
        QCOMPARE(store.summary(id)->status, DraftStatus::AwaitingSignature);
    }

    void trashRestoreAndPurge()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const qint64 a = store.createDraft(smallOrder(QStringLiteral("A"))).value();
        const qint64 b = store.createDraft(smallOrder(QStringLiteral("B"))).value();
        QVERIFY(store.moveToTrash(a));
        QCOMPARE(store.listDrafts()->size(), 1);
        QCOMPARE(store.listDrafts(DraftStore::Which::Trash)->size(), 1);
        QVERIFY(store.summary(a)->isTrashed());
        QVERIFY(store.restoreFromTrash(a));
        QCOMPARE(store.listDrafts()->size(), 2);

        QVERIFY(store.moveToTrash(a));
        m_now = m_now.addDays(10);
        QVERIFY(store.moveToTrash(b));
        m_now = m_now.addDays(DraftStore::kTrashDays - 5); // a: 35 days, b: 25 days
        QSignalSpy purged(&store, &DraftStore::draftPurged);
        QCOMPARE(store.purgeTrash().value(), 1);
        QCOMPARE(purged.size(), 1);
        QVERIFY(!store.loadDraft(a));
        QVERIFY(store.revisions(a)->isEmpty());
        QVERIFY(store.loadDraft(b));
        // Opening purges as well.
        store.close();
        m_now = m_now.addDays(6);
        QVERIFY(store.open(dir.path(), options()).ok());
        QVERIFY(!store.loadDraft(b));
    }

    void duplicateGetsNewIdAndReference()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const Order original = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("FR")}, 2, 8, 2);
        const qint64 id = store.createDraft(original).value();
        QVERIFY(store.setStatus(id, DraftStatus::Submitted));
        const Result<qint64> copyId = store.duplicateDraft(id);
        QVERIFY2(copyId, qPrintable(copyId.error()));
        QVERIFY(copyId.value() != id);
        const Draft copy = store.loadDraft(copyId.value()).value();
        QVERIFY(copy.order.reference != original.reference);
        QVERIFY(copy.order.reference.startsWith(QStringLiteral("OD-")));
        QCOMPARE(copy.summary.status, DraftStatus::Draft);
        QCOMPARE(copy.order.customer, original.customer);
        QCOMPARE(copy.order.countries.size(), 2);
        // Reserved numbers, and the request for them, stay with the original order.
        QVERIFY(original.countries.first().offices.first().reservationRequested);
        for (const CountryOrder &country : copy.order.countries)
            for (const Office &office : country.offices) {
                QVERIFY(office.reservedNumbers.isEmpty());
                QVERIFY(office.reservationId.isEmpty());
                QVERIFY(!office.reservationRequested);
            }
        QCOMPARE(copy.order.countries.first().offices.first().address,
                 original.countries.first().offices.first().address);
        QVERIFY(store.loadDraft(id)->order == original);
    }

    void exportAndImport()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const Order order = fixtures::maximalOrder(m_catalog);
        const qint64 id = store.createDraft(order).value();
        const QByteArray json = store.exportDraft(id).value();
        QVERIFY(json.contains("\n    ")); // indented for people

        // Into another store: the same order, reference kept.
        QTemporaryDir other;
        DraftStore second;
        QVERIFY(second.open(other.path(), options()).ok());
        bool changed = true;
        const Result<qint64> imported = second.importDraft(json, &changed);
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(!changed);
        QVERIFY(second.loadDraft(imported.value())->order == order);

        // Into the same store: a copy with a new reference; the existing draft is untouched.
        const Result<qint64> again = store.importDraft(json, &changed);
        QVERIFY(again);
        QVERIFY(changed);
        Order expected = order;
        expected.reference = store.loadDraft(again.value())->order.reference;
        QVERIFY(expected.reference != order.reference);
        QVERIFY(store.loadDraft(again.value())->order == expected);
        QVERIFY(store.loadDraft(id)->order == order);
    }

    void importRejectsInvalidFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("this is not json") << QString();
        QTest::newRow("truncated") << QByteArray("{\"schemaVersion\": 1, \"refer") << QString();
        QTest::newRow("wrong type")
            << QByteArray("{\"schemaVersion\":1,\"reference\":\"OD-2026-00000001\","
                          "\"countries\":[{\"country\":\"DE\",\"offices\":[{\"totalNumbers\":2.5}]}"
                          "]}")
            << QStringLiteral("countries[0].offices[0].totalNumbers");
        QTest::newRow("newer schema")
            << QByteArray("{\"schemaVersion\":99,\"reference\":\"OD-2026-00000001\"}")
            << QStringLiteral("schemaVersion");
        QTest::newRow("no reference")
            << QByteArray("{\"schemaVersion\":1}") << QStringLiteral("reference");
    }

    void importRejectsInvalidFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        QVERIFY(store.createDraft(smallOrder()));
        store.close();
        QVERIFY(store.open(dir.path(), options()).ok()); // checkpointed, WAL empty
        const QByteArray before = fileHash(store.databasePath());
        const Result<qint64> r = store.importDraft(json);
        QVERIFY(!r);
        QVERIFY(!r.error().isEmpty());
        if (!named.isEmpty())
            QVERIFY2(r.error().contains(named), qPrintable(r.error()));
        QCOMPARE(store.listDrafts()->size(), 1);
        store.close();
        QCOMPARE(fileHash(store.databasePath()), before);
    }

    void failingWriteLeavesTheStoreAsItWas()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options(0)).ok());
        Order order = smallOrder();
        const qint64 id = store.createDraft(order).value();
        for (int i = 2; i <= DraftStore::kKeptRevisions + 1; ++i) { // so a save also prunes
            order.remarks = QString::number(i);
            QVERIFY(store.saveDraft(id, order));
        }
        // A save is four writes here (draft, packing the superseded revision, revision, prune):
        // fail each one in turn.
        for (int nth = 1; nth <= 4; ++nth) {
            const Draft before = store.loadDraft(id).value();
            const int revisions = static_cast<int>(store.revisions(id)->size());
            Order changed = before.order;
            changed.remarks = QStringLiteral("lost %1").arg(nth);
            store.failWriteForTesting(nth);
            const Result<bool> r = store.saveDraft(id, changed);
            QVERIFY2(!r, qPrintable(QString::number(nth)));
            QVERIFY(store.loadDraft(id)->order == before.order);
            QCOMPARE(store.loadDraft(id)->summary, before.summary);
            QCOMPARE(store.revisions(id)->size(), revisions);
        }
        store.failWriteForTesting(5);
        order.remarks = QStringLiteral("kept");
        QVERIFY(store.saveDraft(id, order));
        QVERIFY(store.loadDraft(id)->order == order);
        store.failWriteForTesting(0);

        for (int nth = 1; nth <= 2; ++nth) {
            store.failWriteForTesting(nth);
            QVERIFY(!store.createDraft(smallOrder(QStringLiteral("New"))));
            QCOMPARE(store.listDrafts()->size(), 1);
        }
        store.failWriteForTesting(1);
        QVERIFY(!store.moveToTrash(id));
        QVERIFY(!store.summary(id)->isTrashed());
        store.failWriteForTesting(1);
        QVERIFY(!store.duplicateDraft(id));
        QCOMPARE(store.listDrafts()->size(), 1);
        store.failWriteForTesting(0);
    }

    void backupsOneADayKeepSeven()
    {
        QTemporaryDir dir;
        for (int day = 0; day < 10; ++day) {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            QVERIFY(store.createDraft(smallOrder(QStringLiteral("Day %1").arg(day))));
            QVERIFY(store.backupIfDue()); // the same day: already there
            m_now = m_now.addDays(1);
        }
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const QFileInfoList backups = store.backups();
        QCOMPARE(backups.size(), DraftStore::kKeptBackups);
        QCOMPARE(backups.first().fileName(),
                 QStringLiteral("drafts-%1.sqlite")
                     .arg(m_now.toLocalTime().date().toString(Qt::ISODate)));
        for (const QFileInfo &b : backups)
            QVERIFY(ownerOnly(b));
        // Today's backup holds every draft saved before today.
        QTemporaryDir copy;
        DraftStore restored;
        QVERIFY(QFile::copy(backups.first().absoluteFilePath(),
                            QDir(copy.path()).filePath(DraftStore::databaseFileName())));
        QVERIFY(restored.open(copy.path(), options()).ok());
        QCOMPARE(restored.listDrafts()->size(), 10);
    }

    void backupsOffTheUiThread()
    {
        QTemporaryDir dir;
        DraftStore store;
        DraftStore::Options o = options();
        o.backupOnOpen = false;
        QVERIFY(store.open(dir.path(), o).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.createDraft(smallOrder(QStringLiteral("C%1").arg(i))));
        QVERIFY(store.backups().isEmpty()); // opening was not held up by it

        QSignalSpy finished(&store, &DraftStore::backupFinished);
        store.scheduleBackups(0, 60 * 60 * 1000);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toString(), QString());
        QCOMPARE(store.backups().size(), 1);
        QCOMPARE(finished.last().at(0).toString(), store.backups().first().absoluteFilePath());
        QVERIFY(ownerOnly(store.backups().first()));
        const qint64 id = store.listDrafts()->first().id;
        QVERIFY(store.saveDraft(id, store.loadDraft(id)->order)); // the store is still ours

        // The copy is a whole store with every draft.
        QTemporaryDir copy;
        QVERIFY(QFile::copy(store.backups().first().absoluteFilePath(),
                            QDir(copy.path()).filePath(DraftStore::databaseFileName())));
        DraftStore restored;
        QVERIFY(restored.open(copy.path(), options()).ok());
        QCOMPARE(restored.listDrafts()->size(), 5);

        // A window left open over night: the next check takes the next day's backup.
        m_now = m_now.addDays(1);
        store.scheduleBackups(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(store.backups().size(), 2);

        // Closing while a backup runs waits for it; no half-written backup is left behind.
        m_now = m_now.addDays(1);
        store.scheduleBackups(0);
        QTRY_VERIFY(store.isBackingUp() || store.backups().size() == 3);
        store.close();
        const QDir backupDir(QDir(dir.path()).filePath(DraftStore::backupDirName()));
        QVERIFY(backupDir.entryList({QStringLiteral("*.tmp")}).isEmpty());
        QCOMPARE(store.backups().size(), 3);
    }

    void migratesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
        rawExec(path, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")});
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.recovery.happened);
        QVERIFY(store.createDraft(smallOrder()));
    }

    void migratesVersionOne()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
        Order alpha = smallOrder(QStringLiteral("Alpha GmbH"));
        Order alphaOlder = alpha;
        alphaOlder.remarks = QStringLiteral("the first revision");
        const Order beta = smallOrder(QStringLiteral("Beta SA"));
        auto blob = [](const Order &o) {
            return QStringLiteral("X'%1'").arg(QString::fromLatin1(orderToJsonBytes(o).toHex()));
        };
        auto draftRow = [&](int id, const Order &o, int revision) {
            return QStringLiteral("INSERT INTO drafts VALUES (%1, '%2', '%3', '', '', 'DE', "
                                  "'customer', 'draft', 1, 2, NULL, %4, %5)")
                .arg(id)
                .arg(o.reference, o.customer.companyName)
                .arg(revision)
                .arg(blob(o));
        };
        // The version 1 schema, as it was released: the order kept in the drafts row as well.
        rawExec(path,
                {QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                                "written_by TEXT NOT NULL)"),
                 QStringLiteral(
                     "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "reference TEXT NOT NULL UNIQUE, customer_name TEXT NOT NULL DEFAULT '', "
                     "ocn TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                     "countries TEXT NOT NULL DEFAULT '', step TEXT NOT NULL, "
                     "status TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL, "
                     "deleted INTEGER, revision INTEGER NOT NULL, order_json BLOB NOT NULL)"),
                 QStringLiteral("CREATE INDEX drafts_deleted ON drafts (deleted)"),
                 QStringLiteral(
                     "CREATE TABLE revisions (draft_id INTEGER NOT NULL REFERENCES drafts (id) "
                     "ON DELETE CASCADE, number INTEGER NOT NULL, started INTEGER NOT NULL, "
                     "saved INTEGER NOT NULL, step TEXT NOT NULL, customer_name TEXT NOT NULL "
                     "DEFAULT '', order_json BLOB NOT NULL, PRIMARY KEY (draft_id, number))"),
                 QStringLiteral("INSERT INTO schema_version VALUES (1, 'orderdesk 0.1.0')"),
                 draftRow(1, alpha, 2), draftRow(2, beta, 1),
                 QStringLiteral("INSERT INTO revisions VALUES (1, 1, 1, 1, 'customer', '', %1)")
                     .arg(blob(alphaOlder)),
                 QStringLiteral("INSERT INTO revisions VALUES (1, 2, 2, 2, 'customer', '', %1)")
                     .arg(blob(alpha))});
        // Beta has no revision row at all: its state must survive the move all the same.

        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.recovery.happened);
        QCOMPARE(store.listDrafts()->size(), 2);
        QVERIFY(store.loadDraft(1)->order == alpha);
        QVERIFY(store.loadDraft(2)->order == beta);
        QVERIFY(store.loadRevision(1, 1).value() == alphaOlder);
        QCOMPARE(store.revisions(1)->size(), 2);
        QCOMPARE(store.revisions(2)->size(), 1);
        alpha.remarks = QStringLiteral("saved after the update");
        QVERIFY(store.saveDraft(1, alpha));
        QVERIFY(store.loadDraft(1)->order == alpha);
        // The file as version 1 left it is kept among the backups.
        const QDir backups(QDir(dir.path()).filePath(DraftStore::backupDirName()));
        QCOMPARE(backups
                     .entryList({QStringLiteral("drafts-before-version-%1-*.sqlite")
                                     .arg(DraftStore::kSchemaVersion)})
                     .size(),
                 1);
        store.close();

        // The order is kept once per save, in its revision: not in the drafts row any more.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('drafts') "
                                          "WHERE name = 'order_json'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), DraftStore::kSchemaVersion);
            QVERIFY(!q.next());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("mig"));
    }

    void migratesVersionTwoKeepingDrafts()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
        const Order alpha = smallOrder(QStringLiteral("Alpha GmbH"));
        Order beta = smallOrder(QStringLiteral("Beta SA"));
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            QVERIFY(store.createDraft(alpha));
            QVERIFY(store.createDraft(beta, DraftStatus::Queued));
        }
        // Version 2 is version 4 without the outbox's and the paperwork's tables.
        rawExec(path,
                {QStringLiteral("DROP TABLE outbox_jobs"), QStringLiteral("DROP TABLE remote"),
                 QStringLiteral("DROP TABLE draft_documents"),
                 QStringLiteral("UPDATE schema_version SET version = 2")});
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.recovery.happened);
        const QList<DraftSummary> drafts = store.listDrafts().value();
        QCOMPARE(drafts.size(), 2);
        QVERIFY(store.loadDraft(1)->order == alpha);
        QVERIFY(store.loadDraft(2)->order == beta);
        QCOMPARE(drafts.at(1).status, DraftStatus::Queued);
        QVERIFY(drafts.at(1).remoteState.isEmpty() && !drafts.at(1).unseenChange);
        // A queued order of version 2 has no job yet: the outbox picks it up from this list.
        QCOMPARE(store.queuedWithoutJobs().value(), QList<qint64>{2});
        OutboxJob submit;
        submit.draftId = 2;
        QVERIFY(store.enqueueJob(submit));
        QVERIFY(store.queuedWithoutJobs()->isEmpty());
        const QDir backups(QDir(dir.path()).filePath(DraftStore::backupDirName()));
        QCOMPARE(backups
                     .entryList({QStringLiteral("drafts-before-version-%1-*.sqlite")
                                     .arg(DraftStore::kSchemaVersion)})
                     .size(),
                 1);
    }

    void migratesVersionThreeKeepingEverything()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
        const Order alpha = smallOrder(QStringLiteral("Alpha GmbH"));
        RemoteDetails remote;
        remote.orderId = QStringLiteral("po-7");
        remote.orderState = QStringLiteral("pending");
        remote.envelopeId = QStringLiteral("env-3");
        remote.envelopeStatus = QStringLiteral("sent");
        remote.handlingDate = QDate(2026, 12, 11);
        remote.problem = QStringLiteral("check it");
        remote.changed = m_now;
        remote.unseenChange = true;
        qint64 jobId = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path(), options()).ok());
            const qint64 id = store.createDraft(alpha, DraftStatus::PortingPaperwork).value();
            OutboxChange change;
            change.draftId = id;
            OutboxJob poll;
            poll.draftId = id;
            poll.kind = OutboxJob::Kind::Poll;
            poll.payload = QByteArrayLiteral("{\"waited\":1}");
            poll.attempts = 2;
            change.add = {poll};
            change.remote = remote;
            jobId = store.applyOutboxChange(change).value().first();
        }
        // Version 3, as it was released: table remote without the paperwork's columns, and no
        // documents.
        rawExec(path, {QStringLiteral("DROP TABLE draft_documents"),
                       QStringLiteral("ALTER TABLE remote DROP COLUMN forms_generated"),
                       QStringLiteral("ALTER TABLE remote DROP COLUMN signed_kept"),
                       QStringLiteral("ALTER TABLE remote DROP COLUMN paperwork_sent"),
                       QStringLiteral("UPDATE schema_version SET version = 3")});
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.recovery.happened);
        QCOMPARE(store.listDrafts()->size(), 1);
        QVERIFY(store.loadDraft(1)->order == alpha);
        QCOMPARE(store.summary(1)->status, DraftStatus::PortingPaperwork);
        QCOMPARE(store.summary(1)->envelopeStatus, QStringLiteral("sent"));
        // The carrier's details come through whole; the new times are empty.
        QCOMPARE(store.remoteDetails(1).value(), remote);
        const QList<OutboxJob> jobs = store.waitingJobs(1).value();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().id, jobId);
        QCOMPARE(jobs.first().kind, OutboxJob::Kind::Poll);
        QCOMPARE(jobs.first().attempts, 2);
        QCOMPARE(jobs.first().payload, QByteArrayLiteral("{\"waited\":1}"));
        QVERIFY(!store.document(1, QStringLiteral("signed")).value().has_value());
        // The new parts work on the migrated file.
        remote.formsGenerated = m_now;
        remote.signedKept = m_now.addSecs(60);
        remote.paperworkSent = m_now.addSecs(120);
        QVERIFY(store.setRemoteDetails(1, remote));
        QCOMPARE(store.remoteDetails(1).value(), remote);
        QVERIFY(store.keepDocument(1, {QStringLiteral("signed"), QStringLiteral("a.pdf"),
                                       QByteArrayLiteral("%PDF-1.4"), m_now}));
        QVERIFY(store.document(1, QStringLiteral("signed")).value().has_value());
        const QDir backups(QDir(dir.path()).filePath(DraftStore::backupDirName()));
        QCOMPARE(backups.entryList({QStringLiteral("drafts-before-version-4-*.sqlite")}).size(), 1);
    }

    void documentsKeptReplacedAndPurged()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const qint64 a = store.createDraft(smallOrder(QStringLiteral("A"))).value();
        const qint64 b = store.createDraft(smallOrder(QStringLiteral("B"))).value();
        QVERIFY(!store.document(a, QStringLiteral("signed")).value().has_value());

        QByteArray pdf("%PDF-1.7\n");
        for (int i = 0; i < 256; ++i)
            pdf.append(char(i)); // binary data survives the round trip
        const StoredDocument first{QStringLiteral("signed"), QStringLiteral("OD-1-signed.pdf"), pdf,
                                   m_now};
        QVERIFY(store.keepDocument(a, first));
        QCOMPARE(store.document(a, QStringLiteral("signed")).value(), first);
        QVERIFY(!store.document(a, QStringLiteral("other")).value().has_value());
        QVERIFY(!store.document(b, QStringLiteral("signed")).value().has_value());

        // One per draft and kind: a second one replaces the first.
        const StoredDocument second{QStringLiteral("signed"), QStringLiteral("OD-1-signed.pdf"),
                                    QByteArrayLiteral("%PDF-1.7 again"), m_now.addSecs(30)};
        QVERIFY(store.keepDocument(a, second));
        QCOMPARE(store.document(a, QStringLiteral("signed")).value(), second);
        const StoredDocument other{QStringLiteral("other"), QStringLiteral("x.pdf"),
                                   QByteArrayLiteral("%PDF x"), m_now};
        QVERIFY(store.keepDocument(a, other));
        QCOMPARE(store.document(a, QStringLiteral("signed")).value(), second);

        // A failed write keeps what was there.
        store.failWriteForTesting(1);
        QVERIFY(!store.keepDocument(a, first));
        QCOMPARE(store.document(a, QStringLiteral("signed")).value(), second);
        store.failAllWritesForTesting(true);
        QVERIFY(!store.keepDocument(b, first));
        store.failAllWritesForTesting(false);
        QVERIFY(!store.document(b, QStringLiteral("signed")).value().has_value());

        // A draft purged from the trash takes its documents with it; a trashed one keeps them.
        QVERIFY(store.keepDocument(b, first));
        QVERIFY(store.moveToTrash(a));
        QVERIFY(store.document(a, QStringLiteral("signed")).value().has_value());
        m_now = m_now.addDays(DraftStore::kTrashDays + 1);
        QCOMPARE(store.purgeTrash().value(), 1);
        m_now = m_now.addDays(-DraftStore::kTrashDays - 1);
        QVERIFY(!store.document(a, QStringLiteral("signed")).value().has_value());
        QVERIFY(!store.document(a, QStringLiteral("other")).value().has_value());
        QCOMPARE(store.document(b, QStringLiteral("signed")).value(), first);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("d"));
        db.setDatabaseName(store.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM draft_documents")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("d"));
    }

    void outboxJobs()
    {
        for (int i = 0; i <= static_cast<int>(OutboxJob::Kind::SendPaperwork); ++i) {
            const auto k = static_cast<OutboxJob::Kind>(i);
            OutboxJob::Kind back = OutboxJob::Kind::SubmitOrder;
            QVERIFY(outboxJobKindFromKey(outboxJobKindKey(k), &back));
            QCOMPARE(back, k);
        }
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path(), options()).ok());
        const qint64 a = store.createDraft(smallOrder(QStringLiteral("A"))).value();
        const qint64 b = store.createDraft(smallOrder(QStringLiteral("B"))).value();
        QVERIFY(!store.nextDueTime().value().isValid());

        OutboxJob validate;
        validate.draftId = a;
        validate.kind = OutboxJob::Kind::ValidateAddress;
        validate.officeId = QStringLiteral("office-1");
        validate.payload = QByteArrayLiteral("{\"city\":\"Frankfurt\"}");
        validate.nextAttempt = m_now;
        const qint64 v = store.enqueueJob(validate).value();
        OutboxJob later;
        later.draftId = b;
        later.nextAttempt = m_now.addSecs(60);
        const qint64 l = store.enqueueJob(later).value();
        QCOMPARE(store.nextDueTime().value(), m_now);

        QList<OutboxJob> due = store.dueJobs(m_now).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, v);
        QCOMPARE(due.first().kind, OutboxJob::Kind::ValidateAddress);
        QCOMPARE(due.first().officeId, QStringLiteral("office-1"));
        QCOMPARE(due.first().payload, validate.payload);
        QCOMPARE(due.first().created, m_now);
        QCOMPARE(store.dueJobs(m_now.addSecs(60))->size(), 2);

        // An attempt that failed: its state is kept, and the job waits until it is due again.
        OutboxJob tried = due.first();
        tried.attempts = 2;
        tried.nextAttempt = m_now.addSecs(120);
        tried.lastError = QStringLiteral("The service is busy.");
        tried.lastErrorField = QStringLiteral("postcode");
        tried.maybeSent = true;
        QVERIFY(store.updateJob(tried));
        QVERIFY(store.dueJobs(m_now.addSecs(60))->size() == 1);
        QCOMPARE(store.waitingJobs(a)->first(), tried);
        QCOMPARE(store.waitingJobs().value().size(), 2);

        // Finishing a job, a new one, the status and the carrier's details: all or nothing.
        OutboxChange change;
        change.draftId = a;
        tried.state = OutboxJob::State::Done;
        change.update = {tried};
        OutboxJob poll;
        poll.draftId = a;
        poll.kind = OutboxJob::Kind::Poll;
        change.add = {poll};
        change.status = DraftStatus::Submitted;
        RemoteDetails remote;
        remote.orderId = QStringLiteral("po-1");
        remote.orderState = QStringLiteral("acknowledged");
        remote.handlingDate = QDate(2026, 12, 10);
        remote.problem = QStringLiteral("check it");
        remote.changed = m_now;
        remote.unseenChange = true;
        change.remote = remote;
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        store.failWriteForTesting(3);
        QVERIFY(!store.applyOutboxChange(change));
        QCOMPARE(store.waitingJobs(a)->size(), 1);
        QCOMPARE(store.summary(a)->status, DraftStatus::Draft);
        QVERIFY(store.remoteDetails(a)->orderId.isEmpty());
        QCOMPARE(changed.size(), 0);
        const QList<qint64> added = store.applyOutboxChange(change).value();
        QCOMPARE(added.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.jobsOf(a)->size(), 2);
        QCOMPARE(store.jobsOf(a)->first().state, OutboxJob::State::Done);
        QCOMPARE(store.waitingJobs(a)->first().id, added.first());
        QCOMPARE(store.remoteDetails(a).value(), remote);
        remote.formsGenerated = m_now;
        remote.signedKept = m_now.addSecs(1);
        remote.paperworkSent = m_now.addSecs(2);
        QVERIFY(store.setRemoteDetails(a, remote));
        QCOMPARE(store.remoteDetails(a).value(), remote);
        QCOMPARE(outboxJobKindKey(OutboxJob::Kind::DownloadSigned),
                 QStringLiteral("downloadSigned"));
        QCOMPARE(outboxJobKindKey(OutboxJob::Kind::SendPaperwork), QStringLiteral("sendPaperwork"));

        // What the browser shows comes with the list, and with one draft's summary.
        const DraftSummary s = store.summary(a).value();
        QCOMPARE(s.status, DraftStatus::Submitted);
        QCOMPARE(s.remoteState, QStringLiteral("acknowledged"));
        QCOMPARE(s.handlingDate, QDate(2026, 12, 10));
        QCOMPARE(s.problem, QStringLiteral("check it"));
        QVERIFY(s.unseenChange);
        QCOMPARE(store.listDrafts()->first(), s);
        QCOMPARE(store.loadDraft(a)->summary, s);
        QVERIFY(store.listDrafts()->last().remoteState.isEmpty());
        QVERIFY(store.markSeen(a));
        QVERIFY(!store.summary(a)->unseenChange);
        QCOMPARE(store.summary(a)->remoteState, QStringLiteral("acknowledged"));

        // Withdrawing removes what waits, and only that.
        QCOMPARE(store.removeWaitingJobs(a).value(), 1);
        QCOMPARE(store.jobsOf(a)->size(), 1);
        QCOMPARE(store.waitingJobs()->size(), 1);
        QCOMPARE(store.waitingJobs()->first().id, l);

        // A draft purged from the trash takes its jobs and details with it.
        QVERIFY(store.moveToTrash(a));
        m_now = m_now.addDays(DraftStore::kTrashDays + 1);
        QCOMPARE(store.purgeTrash().value(), 1);
        m_now = m_now.addDays(-DraftStore::kTrashDays - 1);
        QVERIFY(store.jobsOf(a)->isEmpty());
        QVERIFY(store.remoteDetails(a)->orderId.isEmpty());
    }

    void refusesAForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(DraftStore::databaseFileName());
        rawExec(path, {QStringLiteral("CREATE TABLE something (x)")});
        const QByteArray before = fileHash(path);
        DraftStore store;
        const OpenResult r = store.open(dir.path(), options());
        QCOMPARE(r.status, OpenResult::Status::NotADraftStore);
        QCOMPARE(fileHash(path), before);
    }

    void secondStoreOnTheSameFolderIsRefused()
    {
        QTemporaryDir dir;
        DraftStore first;
        QVERIFY(first.open(dir.path(), options()).ok());
        const qint64 id = first.createDraft(smallOrder()).value();
        DraftStore second;
        const OpenResult r = second.open(dir.path(), options());
        QCOMPARE(r.status, OpenResult::Status::Locked);
        QVERIFY(r.error.contains(QStringLiteral("open in another Order Desk window")));
        QVERIFY(!second.isOpen());
        QVERIFY(first.saveDraft(id, first.loadDraft(id)->order)); // the first is unaffected
        first.close();
        QVERIFY(second.open(dir.path(), options()).ok());
        QCOMPARE(second.listDrafts()->size(), 1);
    }

    void twoConnectionsWriteSafely()
    {
        // Without the lock file (as if two processes got past it) SQLite's locking still keeps
        // every write whole.
        QTemporaryDir dir;
        DraftStore::Options o = options();
        o.lockDataDir = false;
        DraftStore a, b;
        QVERIFY(a.open(dir.path(), o).ok());
        QVERIFY(b.open(dir.path(), o).ok());
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i) {
            DraftStore &s = i % 2 ? a : b;
            const Result<qint64> id = s.createDraft(smallOrder(QStringLiteral("C%1").arg(i)));
            QVERIFY2(id, qPrintable(id.error()));
            ids << id.value();
        }
        QCOMPARE(a.listDrafts()->size(), 20);
        QCOMPARE(b.listDrafts()->size(), 20);
        Order changed = a.loadDraft(ids.first())->order;
        changed.remarks = QStringLiteral("from b");
        QVERIFY(b.saveDraft(ids.first(), changed));
        QVERIFY(a.loadDraft(ids.first())->order == changed);
        a.close();
        b.close();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ic"));
        db.setDatabaseName(QDir(dir.path()).filePath(DraftStore::databaseFileName()));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ic"));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
