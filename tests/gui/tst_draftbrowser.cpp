// The draft browser as the rep uses it: found by objectName, driven by keys and clicks.
#include "../common/Fixtures.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "store/Autosave.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace od;

class TestDraftBrowser : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

    Order order(const QString &customer, const QString &ocn, const QString &email)
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        o.customer.companyName = customer;
        o.customer.ocn = ocn;
        o.customer.accountEmail = email;
        o.orderContact.email.clear();
        return o;
    }

    struct Fixture
    {
        QTemporaryDir dir;
        DraftStore store;
        std::unique_ptr<DraftBrowser> browser;
        template <typename T> T *find(const char *name)
        {
            T *w = browser->findChild<T *>(QLatin1String(name));
            if (!w)
                qWarning("no widget %s", name);
            return w;
        }
        int visibleRows() { return find<QTableView>("draftTable")->model()->rowCount(); }
        QStringList shownCustomers()
        {
            QStringList out;
            QAbstractItemModel *m = find<QTableView>("draftTable")->model();
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, DraftListModel::CustomerColumn).data().toString();
            out.sort();
            return out;
        }
        void selectCustomer(const QString &name)
        {
            QTableView *table = find<QTableView>("draftTable");
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data().toString() == name)
                    table->selectRow(r);
        }
    };

    void setUp(Fixture &f)
    {
        QVERIFY(f.store.open(f.dir.path()).ok());
        f.store.createDraft(order(QStringLiteral("Contoso Ltd"), QStringLiteral("10023456"),
                                  QStringLiteral("it@contoso.example.com")));
        f.store.createDraft(order(QStringLiteral("Fabrikam GmbH"), QStringLiteral("20034567"),
                                  QStringLiteral("ops@fabrikam.example.de")));
        f.store.createDraft(order(QStringLiteral("Northwind Traders"), QStringLiteral("40056789"),
                                  QStringLiteral("it@northwind.example.com")));
        f.browser = std::make_unique<DraftBrowser>(&f.store);
        f.browser->resize(1000, 600);
        f.browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.browser.get()));
        // Shortcuts reach the active window only, as in the app.
        f.browser->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.browser.get()));
    }

private slots:
    void everyWidgetIsNamed()
    {
        Fixture f;
        setUp(f);
        for (QWidget *w : f.browser->findChildren<QWidget *>()) {
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QTableView *>(w) || qobject_cast<QLabel *>(w)) {
                if (w->parent() &&
                    QByteArray(w->parent()->metaObject()->className()).startsWith("QLineEdit"))
                    continue; // the line edit's own clear button
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void searchFiltersAsYouType()
    {
        Fixture f;
        setUp(f);
        QCOMPARE(f.visibleRows(), 3);
        QLineEdit *search = f.find<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("it@"));
        QCOMPARE(f.shownCustomers(),
                 (QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Northwind Traders")}));
        QTest::keyClicks(search, QStringLiteral("north"));
        QCOMPARE(f.shownCustomers(), QStringList{QStringLiteral("Northwind Traders")});
        QVERIFY(f.find<QLabel>("countLabel")->text().contains(QStringLiteral("1 of 3")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("2003"));
        QCOMPARE(f.shownCustomers(), QStringList{QStringLiteral("Fabrikam GmbH")});
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(f.visibleRows(), 0);
        QCOMPARE(f.find<QStackedWidget>("draftStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyLabel"));
        // Escape-like: clearing shows everything again.
        search->clear();
        QCOMPARE(f.visibleRows(), 3);
        // Enter opens the first match.
        QSignalSpy open(f.browser.get(), &DraftBrowser::openRequested);
        QTest::keyClicks(search, QStringLiteral("fabri"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(f.store.summary(open.first().first().toLongLong())->customerName,
                 QStringLiteral("Fabrikam GmbH"));
    }

    void deleteToTrashAndRestore()
    {
        Fixture f;
        setUp(f);
        f.selectCustomer(QStringLiteral("Fabrikam GmbH"));
        QTest::mouseClick(f.find<QPushButton>("deleteButton"), Qt::LeftButton);
        QCOMPARE(f.shownCustomers(),
                 (QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Northwind Traders")}));
        QVERIFY(f.browser->noticeText().contains(QStringLiteral("trash")));
        // Undo from the notice.
        QTest::mouseClick(f.find<QPushButton>("noticeActionButton"), Qt::LeftButton);
        QCOMPARE(f.visibleRows(), 3);

        // Delete key, then restore from the trash view.
        f.selectCustomer(QStringLiteral("Contoso Ltd"));
        QTest::keyClick(f.find<QTableView>("draftTable"), Qt::Key_Delete);
        QTRY_COMPARE(f.visibleRows(), 2);
        QPushButton *trash = f.find<QPushButton>("trashButton");
        QTest::mouseClick(trash, Qt::LeftButton);
        QVERIFY(trash->isChecked());
        QCOMPARE(f.shownCustomers(), QStringList{QStringLiteral("Contoso Ltd")});
        QVERIFY(f.find<QPushButton>("restoreButton")->isVisible());
        QVERIFY(!f.find<QPushButton>("deleteButton")->isVisible());
        f.selectCustomer(QStringLiteral("Contoso Ltd"));
        QTest::mouseClick(f.find<QPushButton>("restoreButton"), Qt::LeftButton);
        QCOMPARE(f.visibleRows(), 0);
        QTest::mouseClick(trash, Qt::LeftButton);
        QCOMPARE(f.visibleRows(), 3);
        // Ctrl+T goes to the trash and back again, however often.
        QTest::keyClick(f.browser.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(trash->isChecked());
        QTest::keyClick(f.browser.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(!trash->isChecked());
    }

    void duplicateMakesANewDraft()
    {
        Fixture f;
        setUp(f);
        f.selectCustomer(QStringLiteral("Northwind Traders"));
        const qint64 original = f.browser->selectedId();
        QTest::mouseClick(f.find<QPushButton>("duplicateButton"), Qt::LeftButton);
        QCOMPARE(f.visibleRows(), 4);
        const qint64 copy = f.browser->selectedId();
        QVERIFY(copy != original);
        QCOMPARE(f.store.summary(copy)->customerName, QStringLiteral("Northwind Traders"));
        QVERIFY(f.store.summary(copy)->reference != f.store.summary(original)->reference);
    }

    void newOrderCreatesAndOpens()
    {
        Fixture f;
        setUp(f);
        QSignalSpy open(f.browser.get(), &DraftBrowser::openRequested);
        // A button's shortcut clicks it the way a mouse would, with a short animation.
        QTest::keyClick(f.browser.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(f.visibleRows(), 4);
        QCOMPARE(f.browser->selectedId(), open.first().first().toLongLong());
    }

    void exportAndImport()
    {
        Fixture f;
        setUp(f);
        f.selectCustomer(QStringLiteral("Contoso Ltd"));
        const qint64 id = f.browser->selectedId();
        const QString path = QDir(f.dir.path()).filePath(QStringLiteral("contoso.json"));
        QVERIFY(f.browser->exportDraftTo(id, path));
        QVERIFY(QFileInfo(path).size() > 100);
        const Result<qint64> imported = f.browser->importFrom(path);
        QVERIFY(imported);
        QCOMPARE(f.visibleRows(), 4);
        QVERIFY(f.browser->noticeText().contains(QStringLiteral("new draft")));

        // A broken file: a message that names the problem, nothing added.
        QFile broken(QDir(f.dir.path()).filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schemaVersion\":1,\"reference\":\"OD-2026-1\",\"tenantId\":7}");
        broken.close();
        QVERIFY(!f.browser->importFrom(broken.fileName()));
        QVERIFY2(f.browser->noticeText().contains(QStringLiteral("tenantId")),
                 qPrintable(f.browser->noticeText()));
        QCOMPARE(f.visibleRows(), 4);
        QCOMPARE(f.store.listDrafts()->size(), 4);
    }

    void restoreAnEarlierRevision()
    {
        Fixture f;
        setUp(f);
        f.selectCustomer(QStringLiteral("Contoso Ltd"));
        const qint64 id = f.browser->selectedId();
        Order o = f.store.loadDraft(id)->order;
        // Each new step starts a revision: three saved states of the draft.
        const QList<std::pair<Step, const char *>> states = {{Step::Customer, "first state"},
                                                             {Step::VoicePlans, "second state"},
                                                             {Step::Contacts, "third state"}};
        for (const auto &[step, remarks] : states) {
            o.stepReached = step;
            o.remarks = QLatin1String(remarks);
            QVERIFY(f.store.saveDraft(id, o));
        }

        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("revisionsDialog"))
                return;
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("revisionList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(2) == stepLabel(Step::Customer))
                    list->setCurrentItem(list->topLevelItem(i));
            shown = true;
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("restoreRevisionButton")),
                Qt::LeftButton);
        });
        QTest::mouseClick(f.find<QPushButton>("revisionsButton"), Qt::LeftButton);
        QVERIFY(shown);
        QCOMPARE(f.store.loadDraft(id)->order.remarks, QStringLiteral("first state"));
        QCOMPARE(f.store.summary(id)->step, Step::Customer);
        QVERIFY2(f.browser->noticeText().contains(QStringLiteral("Restored revision")),
                 qPrintable(f.browser->noticeText()));
        // The state it replaced is kept: restoring is never a loss.
        const QList<RevisionInfo> revisions = f.store.revisions(id).value();
        QCOMPARE(f.store.loadRevision(id, revisions.at(1).number)->remarks,
                 QStringLiteral("third state"));
        QCOMPARE(f.shownCustomers().size(), 3);
    }

    void mainWindowShowsTheBrowserAndRecovery()
    {
        QTemporaryDir dir;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            QVERIFY(store.createDraft(order(QStringLiteral("Alpha GmbH"), {}, {})));
        }
        // Damage the file: the window says what happened instead of failing.
        QFile db(QDir(dir.path()).filePath(DraftStore::databaseFileName()));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write("definitely not a database, but more than a hundred bytes long ............"
                 "...................................................................");
        db.close();
        MainWindow window(m_catalog, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.browser());
        QVERIFY2(window.browser()->noticeText().contains(QStringLiteral("damaged")),
                 qPrintable(window.browser()->noticeText()));

        // A second window on the same folder is told the drafts are open elsewhere.
        MainWindow second(m_catalog, dir.path());
        QVERIFY(!second.browser());
        auto *label = second.findChild<QLabel *>(QStringLiteral("storeErrorLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("another Order Desk window")));
    }
    void mainWindowResumesAndSavesOnClose()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = order(QStringLiteral("Alpha GmbH"), QStringLiteral("10023456"),
                            QStringLiteral("it@alpha.example.de"));
            o.stepReached = Step::Customer;
            id = store.createDraft(o).value();
        }
        {
            MainWindow window(m_catalog, dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.browser()->selectDraft(id);
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                              Qt::LeftButton);
            auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
            QVERIFY(wizard);
            QVERIFY(wizard->isVisible());
            auto *company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
            QVERIFY(company);
            QCOMPARE(company->text(), QStringLiteral("Alpha GmbH"));
            company->selectAll();
            QTest::keyClicks(company, QStringLiteral("Beta AG"));
            // "Save draft and close" goes back to the browser with the change saved.
            QTest::mouseClick(
                wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                Qt::LeftButton);
            QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
            QCOMPARE(window.browser()->selectedId(), id);
            QCOMPARE(window.store()->summary(id)->customerName, QStringLiteral("Beta AG"));

            // Typing and closing the window at once: nothing is asked, nothing is lost.
            window.browser()->selectDraft(id);
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                              Qt::LeftButton);
            wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
            QVERIFY(wizard);
            company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
            company->selectAll();
            QTest::keyClicks(company, QStringLiteral("Gamma SE"));
            QVERIFY(window.close());
        }
        DraftStore reopened;
        QVERIFY(reopened.open(dir.path()).ok());
        QCOMPARE(reopened.summary(id)->customerName, QStringLiteral("Gamma SE"));
        QCOMPARE(reopened.loadDraft(id)->order.customer.companyName, QStringLiteral("Gamma SE"));
    }

    void leavingAPageOrTheAppSavesAtOnce()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = order(QStringLiteral("Alpha GmbH"), QStringLiteral("10023456"),
                            QStringLiteral("it@alpha.example.de"));
            o.stepReached = Step::Customer;
            id = store.createDraft(o).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A debounce that never fires in this test: only leaving can save.
        auto *autosave = window.findChild<Autosave *>();
        QVERIFY(autosave);
        autosave->setDelays(10 * 60 * 1000, 10 * 60 * 1000);
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
        QVERIFY(wizard);
        auto *company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
        QVERIFY(company);
        company->selectAll();
        QTest::keyClicks(company, QStringLiteral("Beta AG"));
        QTest::qWait(20);
        QCOMPARE(window.store()->summary(id)->customerName, QStringLiteral("Alpha GmbH"));

        // Next page: saved at once.
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(window.store()->summary(id)->customerName, QStringLiteral("Beta AG"));

        // Back, a change, then the rep switches to another application: saved at once.
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
        company->selectAll();
        QTest::keyClicks(company, QStringLiteral("Gamma SE"));
        QVERIFY(autosave->isDirty());
        emit qApp->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(window.store()->summary(id)->customerName, QStringLiteral("Gamma SE"));
    }

    void aDraftThatCannotBeSavedStaysOpen()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = order(QStringLiteral("Alpha GmbH"), {}, {});
            o.stepReached = Step::Customer;
            id = store.createDraft(o).value();
        }
        {
            MainWindow window(m_catalog, dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.browser()->selectDraft(id);
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                              Qt::LeftButton);
            auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
            QVERIFY(wizard);
            auto *company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
            QVERIFY(company);
            company->selectAll();
            QTest::keyClicks(company, QStringLiteral("Beta AG"));

            // The disk is full: "Save draft and close" keeps the wizard and what was typed.
            window.store()->failAllWritesForTesting(true);
            QTest::mouseClick(
                wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                Qt::LeftButton);
            QTest::qWait(50); // the close request is queued
            QVERIFY(window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
            QCOMPARE(company->text(), QStringLiteral("Beta AG"));
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("stays open")),
                     qPrintable(window.statusBar()->currentMessage()));

            // Closing the window asks now, because quitting would lose the change; keep it open.
            bool asked = false;
            QTimer::singleShot(0, this, [&asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = true;
                box->findChild<QPushButton *>(QStringLiteral("keepOpenButton"))->click();
            });
            QVERIFY(!window.close());
            QVERIFY(asked);

            // The disk has room again: closing saves, asking nothing.
            window.store()->failAllWritesForTesting(false);
            QVERIFY(window.close());
        }
        DraftStore reopened;
        QVERIFY(reopened.open(dir.path()).ok());
        QCOMPARE(reopened.loadDraft(id)->order.customer.companyName, QStringLiteral("Beta AG"));
        reopened.close();

        // The rep may still choose to quit and lose the change; the window then goes cleanly.
        {
            MainWindow window(m_catalog, dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.browser()->selectDraft(id);
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                              Qt::LeftButton);
            auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
            QVERIFY(wizard);
            auto *company = wizard->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
            company->selectAll();
            QTest::keyClicks(company, QStringLiteral("Lost AG"));
            window.store()->failAllWritesForTesting(true);
            QTimer::singleShot(0, this, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->findChild<QPushButton *>(QStringLiteral("quitAnywayButton"))->click();
            });
            QVERIFY(window.close());
        }
        QVERIFY(reopened.open(dir.path()).ok());
        QCOMPARE(reopened.loadDraft(id)->order.customer.companyName, QStringLiteral("Beta AG"));
    }
};

QTEST_MAIN(TestDraftBrowser)
#include "tst_draftbrowser.moc"
