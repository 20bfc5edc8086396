// The draft browser as the rep uses it: found by objectName, driven by keys and clicks.
#include "../common/Fixtures.h"
#include "../common/OffscreenScreen.h"
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
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdlib>

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

    /// A complete new-numbers order that can be submitted, opened on its submit step.
    Order submittable(const QString &customer)
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        o.customer.companyName = customer;
        return o;
    }

    static OrderWizard *openInWindow(MainWindow &window, qint64 id)
    {
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        return window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
    }

    static QString shownStatus(MainWindow &window, qint64 id)
    {
        auto *table = window.browser()->findChild<QTableView *>(QStringLiteral("draftTable"));
        QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(DraftListModel::IdRole).toLongLong() == id)
                return m->index(r, DraftListModel::StatusColumn).data().toString();
        return {};
    }

    static qint64 firstRowId(MainWindow &window)
    {
        auto *table = window.browser()->findChild<QTableView *>(QStringLiteral("draftTable"));
        return table->model()->index(0, 0).data(DraftListModel::IdRole).toLongLong();
    }

    /// Answers the next modal message box with its button `name`; false if none came.
    void answerNextBox(const QString &name, bool *answered)
    {
        QTimer::singleShot(0, this, [name, answered] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (auto *b = box->findChild<QPushButton *>(name)) {
                *answered = true;
                b->click();
            }
        });
    }

private slots:
    void submitQueuesTheOrderAndTheBrowserShowsIt()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        Order submitted;
        int revisions = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            id = store.createDraft(submittable(QStringLiteral("Alpha GmbH"))).value();
            // A draft touched later: the queued order must still come first.
            QTest::qWait(5);
            QVERIFY(store.createDraft(order(QStringLiteral("Later GmbH"), {}, {})));
        }
        {
            MainWindow window(m_catalog, dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(shownStatus(window, id), draftStatusLabel(DraftStatus::Draft));
            OrderWizard *wizard = openInWindow(window, id);
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(Step::Submission));
            auto *submit = wizard->findChild<QPushButton *>(QStringLiteral("submitToSignButton"));
            QVERIFY(submit && submit->isVisible() && submit->isEnabled());
            QTest::mouseClick(submit, Qt::LeftButton);

            // Saved and queued at once, in the store.
            QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
            // Back to the drafts: the order is the newest row, selected, shown as queued, and
            // the rep is told in words what happens next.
            QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
            QCOMPARE(
                window.findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(),
                static_cast<QWidget *>(window.browser()));
            QCOMPARE(shownStatus(window, id), draftStatusLabel(DraftStatus::Queued));
            QCOMPARE(shownStatus(window, id), QStringLiteral("Queued"));
            QCOMPARE(firstRowId(window), id);
            QCOMPARE(window.browser()->selectedId(), id);
            const QString notice = window.browser()->noticeText();
            QVERIFY2(notice.contains(QStringLiteral("queued in the outbox")), qPrintable(notice));
            QVERIFY2(notice.contains(QStringLiteral("reachable")), qPrintable(notice));
            QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("next version")));
            submitted = window.store()->loadDraft(id)->order;
            revisions = int(window.store()->revisions(id)->size());
            QVERIFY(window.close());
        }
        // The status survives a restart, with the order and its history.
        DraftStore reopened;
        QVERIFY(reopened.open(dir.path()).ok());
        QCOMPARE(reopened.summary(id)->status, DraftStatus::Queued);
        QCOMPARE(reopened.loadDraft(id)->order, submitted);
        QCOMPARE(reopened.loadDraft(id)->order.customer.companyName, QStringLiteral("Alpha GmbH"));
        QCOMPARE(int(reopened.revisions(id)->size()), revisions);
    }

    void aSubmitThatCannotBeSavedIsNotQueued()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            id = store.createDraft(submittable(QStringLiteral("Alpha GmbH"))).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        auto *submit = wizard->findChild<QPushButton *>(QStringLiteral("submitToSignButton"));
        QVERIFY(submit && submit->isEnabled());
        // The disk is full: the order stays a draft, in the wizard, and the rep is told.
        window.store()->failAllWritesForTesting(true);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(window.findChild<OrderWizard *>(QStringLiteral("orderWizard")), wizard);
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("submissionStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("not queued")), qPrintable(status->text()));
        QVERIFY(submit->isEnabled());
        window.store()->failAllWritesForTesting(false);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Draft);
        // Room again: the same button queues it.
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    }

    void aQueuedOrderOpensReadOnlyAndCanBeWithdrawn()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            id = store.createDraft(submittable(QStringLiteral("Alpha GmbH")), DraftStatus::Queued)
                     .value();
        }
        MainWindow window(m_catalog, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Order queued = window.store()->loadDraft(id)->order;
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        // Read-only, on the recap: nothing leads to a second submit.
        QVERIFY(wizard->isQueued());
        QCOMPARE(wizard->currentId(), int(Step::Recap));
        QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
        QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
        auto *banner = wizard->findChild<QLabel *>(QStringLiteral("queuedBanner"));
        QVERIFY(banner && banner->isVisible());
        QSignalSpy submitted(wizard, &OrderWizard::submitRequested);
        wizard->editStep(Step::Submission);
        QCOMPARE(wizard->currentId(), int(Step::Recap));
        QCOMPARE(submitted.size(), 0);
        auto *withdraw = wizard->findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QVERIFY(withdraw && withdraw->isVisible() && withdraw->isEnabled());

        // Withdrawing asks first; keeping it queued changes nothing.
        bool answered = false;
        answerNextBox(QStringLiteral("keepQueuedButton"), &answered);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        QVERIFY(wizard->isQueued());

        answered = false;
        answerNextBox(QStringLiteral("withdrawConfirmButton"), &answered);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Draft);
        QCOMPARE(window.store()->loadDraft(id)->order, queued); // nothing lost
        QVERIFY(!wizard->isQueued());
        QCOMPARE(wizard->currentId(), int(Step::Recap));

        // Editing works again and is saved.
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(Step::Contacts));
        auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("orderContact.name"));
        QVERIFY(name && name->isVisible());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Sam Changed"));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        QCOMPARE(window.store()->loadDraft(id)->order.orderContact.name,
                 QStringLiteral("Sam Changed"));
        QCOMPARE(shownStatus(window, id), draftStatusLabel(DraftStatus::Draft));

        // Submitted again, then duplicated: the copy is a fresh draft.
        wizard = openInWindow(window, id);
        QVERIFY(wizard && !wizard->isQueued());
        QCOMPARE(wizard->currentId(), int(Step::Submission));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("submitToSignButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        // An earlier revision is not restored over what was submitted.
        window.browser()->selectDraft(id);
        QTimer::singleShot(0, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("revisionsButton")),
                          Qt::LeftButton);
        QVERIFY2(window.browser()->noticeText().contains(QStringLiteral("withdraw it")),
                 qPrintable(window.browser()->noticeText()));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("duplicateButton")),
                          Qt::LeftButton);
        const qint64 copy = window.browser()->selectedId();
        QVERIFY(copy != id && copy != 0);
        QCOMPARE(window.store()->summary(copy)->status, DraftStatus::Draft);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        wizard = openInWindow(window, copy);
        QVERIFY(wizard && !wizard->isQueued());
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));

        // Delete does not hide a queued order in the trash, where it would still go out.
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteButton")),
                          Qt::LeftButton);
        QVERIFY2(window.browser()->noticeText().contains(QStringLiteral("withdraw it")),
                 qPrintable(window.browser()->noticeText()));
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        QVERIFY(!window.store()->summary(id)->deleted.isValid());

        // Once withdrawn, no notice still says it is queued.
        wizard = openInWindow(window, id);
        QVERIFY(wizard && wizard->isQueued());
        answered = false;
        answerNextBox(QStringLiteral("withdrawConfirmButton"), &answered);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("withdrawButton")),
                          Qt::LeftButton);
        QVERIFY(answered);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        QVERIFY2(!window.browser()->noticeText().contains(QStringLiteral("queued")),
                 qPrintable(window.browser()->noticeText()));
    }

    void theWindowFitsALaptopScreen()
    {
        // main() gives this test a 1366×768 screen.
        QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->geometry().size(), QSize(1366, 768));
        const QRect available = screen->availableGeometry();
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = fixtures::newNumbersOrder(
                m_catalog, {QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("FR")}, 5,
                90, 10);
            id = store.createDraft(o).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto fits = [&](const char *where) {
            const QRect frame = window.frameGeometry();
            QVERIFY2(available.contains(frame),
                     qPrintable(QStringLiteral("%1: the window (%2,%3 %4×%5) does not fit the "
                                               "screen (%6×%7)")
                                    .arg(QLatin1String(where))
                                    .arg(frame.x())
                                    .arg(frame.y())
                                    .arg(frame.width())
                                    .arg(frame.height())
                                    .arg(available.width())
                                    .arg(available.height())));
            // Nothing is squeezed below what it needs: no clipped controls.
            QVERIFY2(window.minimumSizeHint().width() <= window.width() &&
                         window.minimumSizeHint().height() <= window.height(),
                     where);
        };
        // A laptop screen is used whole (maximised), not a fixed size in its corner.
        QTRY_VERIFY2(window.frameGeometry().width() >= available.width() - 40 &&
                         window.frameGeometry().height() >= available.height() - 60,
                     qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        fits("drafts");
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        for (Step step : {Step::Customer, Step::VoicePlans, Step::Porting, Step::Offices,
                          Step::Contacts, Step::Recap, Step::Submission}) {
            wizard->editStep(step);
            QCOMPARE(wizard->currentId(), int(step));
            QTest::qWait(10);
            fits(qPrintable(stepLabel(step)));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void tabLeavesTheList()
    {
        // Arrows move in the list; Tab goes on to the rest of the window (the buttons, the
        // status bar's Retry now), or a keyboard user is caught in the list.
        QTemporaryDir dir;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY(store.createDraft(order(QStringLiteral("Firm %1").arg(i), {}, {})));
        }
        MainWindow window(m_catalog, dir.path());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *table = window.browser()->findChild<QTableView *>(QStringLiteral("draftTable"));
        table->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
    }

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

int main(int argc, char **argv)
{
    // A laptop screen, 1366×768, the smallest the window must work on.
    return od::testing::runOnScreen<TestDraftBrowser>(argc, argv);
}
#include "tst_draftbrowser.moc"
