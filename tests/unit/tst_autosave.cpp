#include "../common/Fixtures.h"
#include "store/Autosave.h"
#include "store/DraftStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace od;

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    QTemporaryDir m_dir;
    DraftStore m_store;

    Order small()
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_store.open(m_dir.path()).ok()); }

    void savesSoonAfterTheLastChange()
    {
        Order order = small();
        const qint64 id = m_store.createDraft(order).value();
        Autosave autosave(&m_store);
        autosave.track(id, order);
        QSignalSpy saved(&autosave, &Autosave::saved);
        QElapsedTimer sinceLastChange;
        for (int i = 0; i < 5; ++i) { // a short burst of typing
            order.remarks += QLatin1Char('a');
            autosave.setOrder(order);
            sinceLastChange.start();
            QTest::qWait(40);
        }
        QVERIFY(autosave.isDirty());
        QVERIFY(saved.wait(1000));
        const qint64 latency = sinceLastChange.elapsed();
        QVERIFY2(latency <= 500, qPrintable(QString::number(latency)));
        QCOMPARE(saved.size(), 1); // one save for the burst
        QVERIFY(!autosave.isDirty());
        QVERIFY(m_store.loadDraft(id)->order == order);
    }

    void continuousTypingIsSavedEverySecond()
    {
        Order order = small();
        const qint64 id = m_store.createDraft(order).value();
        Autosave autosave(&m_store);
        autosave.track(id, order);
        QSignalSpy saved(&autosave, &Autosave::saved);
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 2600) { // never a pause as long as the debounce
            order.remarks += QLatin1Char('b');
            autosave.setOrder(order);
            QTest::qWait(50);
        }
        QVERIFY2(saved.size() >= 2, qPrintable(QString::number(saved.size())));
        QVERIFY(autosave.flush());
        QVERIFY(m_store.loadDraft(id)->order == order);
    }

    void flushSavesAtOnce()
    {
        Order order = small();
        const qint64 id = m_store.createDraft(order).value();
        Autosave autosave(&m_store);
        autosave.track(id, order);
        QVERIFY(autosave.flush()); // nothing to do
        order.remarks = QStringLiteral("leaving the page");
        autosave.setOrder(order);
        QVERIFY(autosave.flush());
        QVERIFY(!autosave.isDirty());
        QVERIFY(m_store.loadDraft(id)->order == order);
    }

    void switchingDraftsAndDestructionFlush()
    {
        Order a = small();
        Order b = small();
        const qint64 idA = m_store.createDraft(a).value();
        const qint64 idB = m_store.createDraft(b).value();
        {
            Autosave autosave(&m_store);
            autosave.track(idA, a);
            a.remarks = QStringLiteral("a changed");
            autosave.setOrder(a);
            autosave.track(idB, b); // opening another draft saves the first
            QVERIFY(m_store.loadDraft(idA)->order == a);
            b.remarks = QStringLiteral("b changed");
            autosave.setOrder(b);
        } // closing saves
        QVERIFY(m_store.loadDraft(idB)->order == b);
    }

    void failedSaveStaysDirtyAndRetries()
    {
        Order order = small();
        const qint64 id = m_store.createDraft(order).value();
        Autosave autosave(&m_store);
        autosave.track(id, order);
        QSignalSpy failed(&autosave, &Autosave::saveFailed);
        QSignalSpy saved(&autosave, &Autosave::saved);
        order.remarks = QStringLiteral("must not be lost");
        autosave.setOrder(order);
        m_store.failWriteForTesting(1);
        QVERIFY(!autosave.flush());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(autosave.isDirty());
        QVERIFY(m_store.loadDraft(id)->order != order);
        QVERIFY(saved.wait(Autosave::kRetryMs + 1000)); // the retry
        QVERIFY(m_store.loadDraft(id)->order == order);
        QVERIFY(!autosave.isDirty());
    }

    void unsavedChangesAreNeverDroppedWhenSwitchingOrStopping()
    {
        Order a = small();
        const Order b = small();
        const qint64 idA = m_store.createDraft(a).value();
        const qint64 idB = m_store.createDraft(b).value();
        Autosave autosave(&m_store);
        autosave.track(idA, a);
        a.remarks = QStringLiteral("typed into A while the disk was full");
        autosave.setOrder(a);

        // Opening another draft while A cannot be saved: A stays tracked, dirty, retried.
        m_store.failWriteForTesting(1);
        QVERIFY(!autosave.track(idB, b));
        QCOMPARE(autosave.draftId(), idA);
        QVERIFY(autosave.isDirty());
        QVERIFY(autosave.order() == a);

        // Stopping (closing the draft) while A cannot be saved: the same.
        m_store.failWriteForTesting(1);
        QVERIFY(!autosave.stop());
        QCOMPARE(autosave.draftId(), idA);
        QVERIFY(autosave.isDirty());

        // Once the store takes writes again, nothing typed was lost.
        QVERIFY(autosave.stop());
        QCOMPARE(autosave.draftId(), qint64(0));
        QVERIFY(m_store.loadDraft(idA)->order == a);
        QVERIFY(autosave.track(idB, b));
        QCOMPARE(autosave.draftId(), idB);
    }

    void markingDirtyNeverStallsTyping()
    {
        // The keystroke path only copies the order (implicitly shared) and restarts a timer.
        const Order maximal = fixtures::maximalOrder(m_catalog);
        const qint64 id = m_store.createDraft(maximal).value();
        Autosave autosave(&m_store);
        autosave.track(id, maximal);
        Order order = maximal;
        QSignalSpy saved(&autosave, &Autosave::saved);
        QList<qint64> ns;
        for (int i = 0; i < 1000; ++i) {
            order.remarks = QString::number(i);
            QElapsedTimer t;
            t.start();
            autosave.setOrder(order);
            ns << t.nsecsElapsed();
        }
        std::sort(ns.begin(), ns.end());
        qInfo("setOrder median %lld ns, max %lld ns", static_cast<long long>(ns.at(500)),
              static_cast<long long>(ns.last()));
        // Typing never writes: the thousand changes wait for the debounce (the time the keystroke
        // path takes is a benchmark figure, never an assert).
        QCOMPARE(saved.size(), 0);
        QVERIFY(autosave.isDirty());
        QVERIFY(m_store.loadDraft(id)->order == maximal);

        // One save of the largest order: the pause a rep could notice once after typing stops.
        QList<qint64> saves;
        for (int i = 0; i < 15; ++i) {
            order.remarks = QStringLiteral("save %1").arg(i);
            autosave.setOrder(order);
            QElapsedTimer t;
            t.start();
            QVERIFY(autosave.flush());
            saves << t.nsecsElapsed();
        }
        std::sort(saves.begin(), saves.end());
        qInfo("save of a maximal order: median %.2f ms", saves.at(7) / 1e6);
        QVERIFY(m_store.loadDraft(id)->order == order); // the budget (5 ms) is benched
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
