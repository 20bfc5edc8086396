// The paperwork through the whole window against the real sandbox upstream: a porting order is
// sent for signature and its checklist follows it to the carrier; a declined contract is sent
// again to a corrected address and completes.
#include "../common/Fixtures.h"
#include "../common/SandboxProcess.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "PdfPreviewDialog.h"
#include "SignatoryDialog.h"
#include "store/DraftStore.h"
#include "sync/Endpoints.h"
#include "wizard/OrderWizard.h"
#include "wizard/PaperworkPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace od;
using od::testing::SandboxProcess;

class TstMainWindowPaperwork : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();

    static OrderWizard *openInWindow(MainWindow &window, qint64 id)
    {
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        return window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
    }

    static void submit(MainWindow &window, qint64 id, const char *buttonName)
    {
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Step::Submission));
        auto *button = wizard->findChild<QPushButton *>(QLatin1String(buttonName));
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.store()->summary(id)->status, DraftStatus::Queued);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    }

    /// Clicks `button`, which opens the signatory dialog, and answers it: `email` replaces the
    /// prefilled address when given.
    static void sendThroughDialog(QPushButton *button, const QString &email = QString())
    {
        bool answered = false;
        QTimer::singleShot(0, [&answered, email] {
            auto *dialog = qobject_cast<SignatoryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (!email.isEmpty()) {
                auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("signatoryEmail"));
                field->selectAll();
                QTest::keyClicks(field, email);
            }
            answered = true;
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("sendSignatoryButton")),
                Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(answered);
    }

    static QString cell(PaperworkPanel *panel, int row, int column)
    {
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("paperworkChecklist"));
        QTableWidgetItem *item = table ? table->item(row, column) : nullptr;
        return item ? item->text() : QString();
    }

private slots:
    void portingPaperworkIsSignedAndSentToTheCarrier()
    {
        SandboxProcess sandbox;
        const QString started =
            sandbox.start(QStringLiteral(SANDBOX_EXE),
                          {QStringLiteral("--order-step-ms"), QStringLiteral("200"),
                           QStringLiteral("--envelope-step-ms"), QStringLiteral("200")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = fixtures::portingOrder(m_catalog, QDate::currentDate(), 2);
            o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
            id = store.createDraft(o).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        submit(window, id, "submitButton");
        // At the carrier: the order has its upstream id.
        QTRY_VERIFY_WITH_TIMEOUT(!window.store()->remoteDetails(id)->orderId.isEmpty(), 30000);

        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard && wizard->isQueued());
        PaperworkPanel *panel = wizard->paperworkPanel();
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(cell(panel, 0, 0), QStringLiteral("Germany"));
        QCOMPARE(cell(panel, 0, 1), QStringLiteral("3"));
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
        QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(), qPrintable(send->toolTip()), 15000);
        sendThroughDialog(send);
        if (QTest::currentTestFailed())
            return;
        // Sent: the button says why it cannot send twice.
        QVERIFY(!send->isEnabled());
        QVERIFY(!send->toolTip().isEmpty());

        // The sandbox signs after a moment; the outbox keeps the signed PDF and tells the
        // carrier. The checklist follows, without the rep doing anything.
        QTRY_COMPARE_WITH_TIMEOUT(cell(panel, 0, 2), QStringLiteral("✔ Yes"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(panel, 0, 4), QStringLiteral("✔ Yes"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(panel, 0, 5), QStringLiteral("✔ Yes"), 30000);
        auto *open = panel->findChild<QPushButton *>(QStringLiteral("openSignedButton"));
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 30000);
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("saveSignedButton"))->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *preview = panel->findChild<PdfPreviewDialog *>(QStringLiteral("pdfPreviewDialog"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QVERIFY(preview->pdf()->pageCount() >= 1);
        // The envelope carried the real contract (the composition root's documents), not the
        // outbox's one-page summary: the sandbox's signed PDF is the envelope's first document.
        const QString signedText = preview->pdf()->getAllText(0).text();
        QVERIFY2(signedText.contains(QStringLiteral("Order form and contract")),
                 qPrintable(signedText.left(300)));
        QVERIFY(signedText.contains(wizard->order().reference));
        preview->close();
    }

    void declinedContractIsSentAgain()
    {
        SandboxProcess sandbox;
        const QString started =
            sandbox.start(QStringLiteral(SANDBOX_EXE),
                          {QStringLiteral("--order-step-ms"), QStringLiteral("200"),
                           QStringLiteral("--envelope-step-ms"), QStringLiteral("200")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
            o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
            o.customer.companyName = QStringLiteral("Beta GmbH");
            o.signatory.email = QStringLiteral("decline@beta.example.com");
            id = store.createDraft(o).value();
        }
        MainWindow window(m_catalog, dir.path());
        window.connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        submit(window, id, "submitToSignButton");
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->summary(id)->envelopeStatus,
                                  QStringLiteral("declined"), 30000);

        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard && wizard->isQueued());
        PaperworkPanel *panel = wizard->paperworkPanel();
        QVERIFY(panel && panel->isVisible());
        auto *status = panel->findChild<QLabel *>(QStringLiteral("signatureStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Declined")), qPrintable(status->text()));
        auto *again = panel->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
        QVERIFY(again->isVisible());
        QTRY_VERIFY2_WITH_TIMEOUT(again->isEnabled(), qPrintable(again->toolTip()), 15000);
        QCOMPARE(again->accessibleName(), QStringLiteral("Send again"));
        sendThroughDialog(again, QStringLiteral("kim@beta.example.com"));
        if (QTest::currentTestFailed())
            return;
        // The corrected address is the order's now, and the new envelope completes.
        QCOMPARE(wizard->order().signatory.email, QStringLiteral("kim@beta.example.com"));
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->summary(id)->envelopeStatus,
                                  QStringLiteral("completed"), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("Completed")),
                                  qPrintable(status->text()), 10000);
        QVERIFY(!again->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->findChild<QPushButton *>(QStringLiteral("openSignedButton"))->isVisible(),
            30000);
    }
};

QTEST_MAIN(TstMainWindowPaperwork)
#include "tst_mainwindow_paperwork.moc"
