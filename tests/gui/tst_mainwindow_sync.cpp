// The whole window against the real sandbox upstream: Submit sends, the drafts list follows the
// carrier, an offline start queues and "Retry now" sends.
#include "../common/Fixtures.h"
#include "../common/SandboxProcess.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "outbox/Outbox.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "sync/Endpoints.h"
#include "wizard/OrderWizard.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace od;
using od::testing::SandboxProcess;

class TstMainWindowSync : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();

    Order submittable(const QString &customer, const QString &signatoryEmail) const
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        o.customer.companyName = customer;
        o.signatory.email = signatoryEmail;
        return o;
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

    static OrderWizard *openInWindow(MainWindow &window, qint64 id)
    {
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        return window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
    }

    static void submit(MainWindow &window, qint64 id)
    {
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Step::Submission));
        auto *button = wizard->findChild<QPushButton *>(QStringLiteral("submitToSignButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private slots:
    void typingInANewOrderKeepsTheFocus()
    {
        // The first keystrokes of a new order change what Next can do and save the order: the
        // wizard updates its buttons and the status bar shows the outbox, with "Retry now" there
        // to be tabbed to. The rep's cursor must stay where the rep types.
        QTemporaryDir dir;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            QVERIFY(store.createDraft(submittable(QStringLiteral("Queued GmbH"),
                                                  QStringLiteral("kim@queued.example.com")),
                                      DraftStatus::Queued));
        }
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(
            sync::Endpoints::forAll(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()))));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *retry = window.findChild<QToolButton *>(QStringLiteral("retryNowButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newButton")),
                          Qt::LeftButton);
        auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
        QVERIFY(wizard);
        auto edit = [wizard](const char *name) -> QLineEdit * {
            for (QLineEdit *e : wizard->findChildren<QLineEdit *>(QLatin1String(name)))
                if (e->isVisible())
                    return e;
            return nullptr;
        };
        // Typed where the focus is, key by key, as a keyboard does.
        auto typeHere = [](const QString &text) {
            for (const QChar c : text)
                QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        };
        QLineEdit *company = edit("customer.companyName");
        QVERIFY(company);
        company->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(company));
        typeHere(QStringLiteral("Con"));
        QTest::qWait(1200); // past the autosave
        typeHere(QStringLiteral("toso"));
        QCOMPARE(company->text(), QStringLiteral("Contoso"));
        // The keystroke that completes the page enables Next: the focus stays too.
        QLineEdit *tenant = edit("tenantId");
        QLineEdit *ocn = edit("customer.ocn");
        QLineEdit *email = edit("customer.accountEmail");
        QVERIFY(tenant && ocn && email);
        ocn->setText(QStringLiteral("100200300"));
        email->setText(QStringLiteral("it@contoso.example"));
        QMetaObject::invokeMethod(ocn, "textEdited", Q_ARG(QString, ocn->text()));
        QMetaObject::invokeMethod(email, "textEdited", Q_ARG(QString, email->text()));
        tenant->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tenant));
        const QString guid = QStringLiteral("11111111-2222-4333-8444-555555555555");
        typeHere(guid.left(35));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        typeHere(guid.right(1));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tenant));
        QCOMPARE(tenant->text(), guid);
    }

    void submittedOrdersAreSentAndFollowed()
    {
        SandboxProcess sandbox;
        const QString started1 =
            sandbox.start(QStringLiteral(SANDBOX_EXE),
                          {QStringLiteral("--order-step-ms"), QStringLiteral("200"),
                           QStringLiteral("--envelope-step-ms"), QStringLiteral("200")});
        QVERIFY2(started1.isEmpty(), qPrintable(started1));
        QTemporaryDir dir;
        qint64 signs = 0;
        qint64 declines = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            signs = store
                        .createDraft(submittable(QStringLiteral("Alpha GmbH"),
                                                 QStringLiteral("kim@alpha.example.com")))
                        .value();
            declines = store
                           .createDraft(submittable(QStringLiteral("Beta GmbH"),
                                                    QStringLiteral("decline@beta.example.com")))
                           .value();
        }
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *indicator = window.findChild<QLabel *>(QStringLiteral("syncIndicator"));
        QVERIFY(indicator);

        submit(window, signs);
        submit(window, declines);
        // Sent, signed (the sandbox signs after a moment), handled: the list follows it.
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->summary(signs)->status, DraftStatus::Completed,
                                  30000);
        QVERIFY2(shownStatus(window, signs).contains(draftStatusLabel(DraftStatus::Completed)),
                 qPrintable(shownStatus(window, signs)));
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->summary(declines)->envelopeStatus,
                                  QStringLiteral("declined"), 30000);
        const QString declined = shownStatus(window, declines);
        QVERIFY2(declined.contains(QStringLiteral("declined to sign")), qPrintable(declined));
        QVERIFY2(declined.startsWith(QStringLiteral("●")), qPrintable(declined)); // news
        QVERIFY(window.store()->summary(declines)->status != DraftStatus::Completed);
        // Online once the work in flight is done: a completed envelope's signed PDF is still
        // being fetched at this point, and the indicator says "Sending" meanwhile.
        QTRY_VERIFY2_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("Online")),
                                  qPrintable(indicator->text()), 15000);
        const QJsonObject stats = sandbox.admin(QStringLiteral("/admin/stats"));
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 2);

        // Opened, it is read-only with where it is at the carrier; no withdrawing now; the news
        // has been seen.
        OrderWizard *wizard = openInWindow(window, declines);
        QVERIFY(wizard);
        QVERIFY(wizard->isQueued());
        QVERIFY(!wizard->isWithdrawable());
        QVERIFY(!wizard->button(QWizard::CustomButton2)->isVisible());
        auto *banner = wizard->findChild<QLabel *>(QStringLiteral("queuedBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("At the carrier")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("declined to sign")),
                 qPrintable(banner->text()));
        // Sent, it is no longer "queued in the outbox" anywhere on the page.
        auto *recap = wizard->findChild<QTextBrowser *>(QStringLiteral("recapDocument"));
        QVERIFY(recap);
        QVERIFY2(!recap->toPlainText().contains(QStringLiteral("outbox")),
                 qPrintable(recap->toPlainText().left(400)));
        QVERIFY(!window.store()->summary(declines)->unseenChange);
    }

    void carrierProblemsShowWhereTheRepAsked()
    {
        SandboxProcess sandbox;
        const QString started2 =
            sandbox.start(QStringLiteral(SANDBOX_EXE),
                          {QStringLiteral("--numbers-per-area"), QStringLiteral("1")});
        QVERIFY2(started2.isEmpty(), qPrintable(started2));
        QTemporaryDir dir;
        qint64 refused = 0;
        qint64 tooMany = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            refused = store
                          .createDraft(submittable(QStringLiteral("Delta GmbH"),
                                                   QStringLiteral("kim@delta.example.com")))
                          .value();
            Order o = submittable(QStringLiteral("Epsilon GmbH"),
                                  QStringLiteral("kim@epsilon.example.com"));
            Office &office = o.countries[0].offices[0];
            office.reservationRequested = false;
            office.reservationId.clear();
            office.reservedNumbers.clear();
            o.stepReached = Step::Offices;
            tooMany = store.createDraft(o).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The carrier refuses the order: it comes back as a draft, and opened, the submit page
        // says why.
        sandbox.admin(QStringLiteral("/admin/faults"),
                      QJsonObject{{QStringLiteral("failNext"), 1},
                                  {QStringLiteral("failStatus"), 400},
                                  {QStringLiteral("pathPrefix"),
                                   QStringLiteral("/tmf-api/productOrderingManagement")}});
        submit(window, refused);
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->summary(refused)->status, DraftStatus::Draft,
                                  15000);
        OrderWizard *wizard = openInWindow(window, refused);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Step::Submission));
        QLabel *status = nullptr;
        for (QLabel *l : wizard->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QStringLiteral("sent the order back")))
                status = l;
        QVERIFY2(status, "the submit page does not say why the order came back");
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("backToDrafts")) ||
                wizard->button(QWizard::CustomButton1));
        wizard->button(QWizard::CustomButton1)->click(); // save and close
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));

        // Two numbers where the area has one left: the office says so, not only a status bar
        // message that the next "Saved" replaces.
        wizard = openInWindow(window, tooMany);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Step::Offices));
        const QString path = QStringLiteral("countries[0].offices[0]");
        auto *reserve = wizard->findChild<QPushButton *>(path + QStringLiteral(".reserve"));
        QVERIFY(reserve && reserve->isEnabled());
        QTest::mouseClick(reserve, Qt::LeftButton);
        // The page rebuilds its office editors when the answer changes the order: look again.
        auto note = [wizard, path]() -> QString {
            for (QLabel *l :
                 wizard->findChildren<QLabel *>(path + QStringLiteral(".validationStatus")))
                if (l->isVisible())
                    return l->text();
            return {};
        };
        QTRY_VERIFY2_WITH_TIMEOUT(note().contains(QStringLiteral("area code 69")),
                                  qPrintable(note()), 15000);
        QVERIFY2(note().contains(QStringLiteral("⚠")), qPrintable(note()));
    }

    void signInAndOutFromTheMenu()
    {
        SandboxProcess sandbox;
        const QString started3 = sandbox.start(QStringLiteral(SANDBOX_EXE));
        QVERIFY2(started3.isEmpty(), qPrintable(started3));
        QTemporaryDir dir;
        MainWindow window(m_catalog, dir.path());
        auto *signIn = window.findChild<QAction *>(QStringLiteral("signInAction"));
        auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signIn && signOut);
        QVERIFY(!signIn->isEnabled()); // nothing to sign in to yet
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        QVERIFY(signIn->isEnabled() && signOut->isEnabled());
        auto tokens = [&sandbox] {
            return sandbox.admin(QStringLiteral("/admin/stats"))
                .value(QStringLiteral("tokensIssued"))
                .toInt();
        };
        const int before = tokens();
        signIn->trigger();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Signed in")));
        QCOMPARE(tokens(), before + 1);
        signOut->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Signed out")));
        signIn->trigger(); // signed out, the rep signs in again: a new token
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Signed in")));
        QCOMPARE(tokens(), before + 2);
    }

    void offlineQueuesAndRetryNowSends()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            id = store
                     .createDraft(submittable(QStringLiteral("Gamma GmbH"),
                                              QStringLiteral("kim@gamma.example.com")))
                     .value();
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(sync::Endpoints::forAll(url));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *indicator = window.findChild<QLabel *>(QStringLiteral("syncIndicator"));
        auto *retry = window.findChild<QToolButton *>(QStringLiteral("retryNowButton"));
        QVERIFY(indicator && retry);

        submit(window, id);
        // Nobody answers: the order waits in the outbox, and the rep sees that in words.
        QTRY_VERIFY2_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("Offline")),
                                  qPrintable(indicator->text()), 15000);
        QVERIFY2(indicator->text().contains(QStringLiteral("1 queued")),
                 qPrintable(indicator->text()));
        QTRY_VERIFY(retry->isVisible());
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);

        // The services come back; Retry now sends at once instead of at the next attempt.
        SandboxProcess sandbox;
        const QString started4 = sandbox.start(QStringLiteral(SANDBOX_EXE),
                                               {QStringLiteral("--port"), QString::number(port)});
        QVERIFY2(started4.isEmpty(), qPrintable(started4));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.store()->summary(id)->status != DraftStatus::Queued, 15000);
        QCOMPARE(
            sandbox.admin(QStringLiteral("/admin/stats")).value(QStringLiteral("orders")).toInt(),
            1);
        QTRY_VERIFY2(!indicator->text().contains(QStringLiteral("queued")),
                     qPrintable(indicator->text()));
    }
};

QTEST_MAIN(TstMainWindowSync)
#include "tst_mainwindow_sync.moc"
