// The paperwork in the wizard: "Preview contract" on the submit page, the checklist and the
// signature state of a submitted order, "Send for signature" and its signatory dialog.
#include "PdfPreviewDialog.h"
#include "SignatoryDialog.h"
#include "WizardHarness.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"
#include "wizard/PaperworkPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPdfDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace od;
using od::testing::kToday;
using od::testing::WizardHarness;

class TstWizardPaperwork : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();

    static QString allText(QPdfDocument *pdf)
    {
        QString text;
        for (int page = 0; page < pdf->pageCount(); ++page)
            text += pdf->getAllText(page).text() + QLatin1Char('\n');
        return text;
    }

    /// Clicks the visible "Preview contract" and returns the dialog it opened, once the contract
    /// is built (on a worker thread: the page says "Preparing" meanwhile).
    static PdfPreviewDialog *preview(WizardHarness &h)
    {
        auto *button = h.find<QPushButton>(QStringLiteral("previewContractButton"));
        if (!button || !button->isVisible() || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *note = h.find<QLabel>(QStringLiteral("previewContractNote"));
        // Not ready at once: the page answers while the contract is laid out.
        if (!note->text().startsWith(QStringLiteral("Preparing")) || button->isEnabled())
            return nullptr;
        if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 10000))
            return nullptr;
        return h.wizard().findChild<PdfPreviewDialog *>(QStringLiteral("pdfPreviewDialog"));
    }

    static QString cellText(QTableWidget *table, int row, int column)
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void previewContractOnThePortingPath()
    {
        WizardHarness h(fixtures::portingOrder(m_catalog, kToday, 2), kToday,
                        OrderWizard::OpenAt::StepReached);
        QCOMPARE(h.current(), Step::Submission);
        PdfPreviewDialog *dialog = preview(h);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->pdf()->pageCount() >= 1);
        QVERIFY(allText(dialog->pdf()).contains(h.order().reference));
        QVERIFY(dialog->windowTitle().contains(h.order().reference));
        dialog->close();
    }

    void previewContractOnTheSignaturePath()
    {
        WizardHarness h(fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0),
                        kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(h.current(), Step::Submission);
        QVERIFY(h.find<QPushButton>(QStringLiteral("submitToSignButton"))->isVisible());
        PdfPreviewDialog *dialog = preview(h);
        QVERIFY(dialog);
        const QString text = allText(dialog->pdf());
        QVERIFY(text.contains(h.order().reference));
        QVERIFY(text.contains(QStringLiteral("Contoso Ltd")));
    }

    void aContractThatCannotBeBuiltSaysWhy()
    {
        Order o = Order::create(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        o.customer.companyName = QStringLiteral("Empty Ltd");
        o.stepReached = Step::Submission;
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(h.current(), Step::Submission);
        QVERIFY(!preview(h));
        auto *note = h.find<QLabel>(QStringLiteral("previewContractNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("cannot be shown")),
                 qPrintable(note->text()));
        QVERIFY(!h.wizard().findChild<PdfPreviewDialog *>());
    }

    void checklistShowsTheRemoteStates()
    {
        Order o = fixtures::portingOrder(m_catalog, kToday, 2); // 2 ranges + 1 number: 3 forms
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        h.wizard().setQueued(true);
        PaperworkPanel *panel = h.wizard().paperworkPanel();
        QVERIFY(panel && panel->isVisible());
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("paperworkChecklist"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Sent for signature"));
        QCOMPARE(table->horizontalHeaderItem(5)->text(), QStringLiteral("Sent to the carrier"));

        RemoteDetails remote;
        remote.orderId = QStringLiteral("po-1");
        remote.envelopeId = QStringLiteral("env-1");
        remote.envelopeStatus = QStringLiteral("completed");
        remote.formsGenerated = QDateTime(kToday, QTime(10, 0), Qt::UTC);
        panel->showState(remote, false, false, QStringLiteral("The customer has signed."));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cellText(table, 0, 0), QStringLiteral("Germany"));
        QCOMPARE(cellText(table, 0, 1), QStringLiteral("3"));
        QCOMPARE(cellText(table, 0, 2), QStringLiteral("✔ Yes"));
        QCOMPARE(cellText(table, 0, 3), QStringLiteral("✔ Yes"));
        QCOMPARE(cellText(table, 0, 4), QStringLiteral("✔ Yes"));
        QCOMPARE(cellText(table, 0, 5), QStringLiteral("– Not yet"));
        // In words for a screen reader, with the column.
        QCOMPARE(table->item(0, 4)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Signed: Yes"));
        QCOMPARE(table->item(0, 5)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Sent to the carrier: Not yet"));
        QCOMPARE(table->item(0, 0)->data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Forms: 3; Generated: Yes; Sent for signature: Yes; Signed: Yes; "
                                "Sent to the carrier: Not yet"));
        auto *status = panel->findChild<QLabel *>(QStringLiteral("signatureStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Completed")), qPrintable(status->text()));

        // Sent to the carrier, and the signed PDF kept: it can be opened.
        remote.paperworkSent = remote.formsGenerated.addSecs(600);
        remote.signedKept = remote.formsGenerated.addSecs(300);
        panel->showState(remote, true, false, QString());
        QCOMPARE(cellText(table, 0, 5), QStringLiteral("✔ Yes"));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("openSignedButton"))->isVisible());

        // Declined: said so, and "Send again…" offered.
        remote = RemoteDetails{};
        remote.orderId = QStringLiteral("po-1");
        remote.envelopeId = QStringLiteral("env-1");
        remote.envelopeStatus = QStringLiteral("declined");
        panel->showState(remote, false, true, QString());
        QCOMPARE(cellText(table, 0, 3), QStringLiteral("– Not yet"));
        QCOMPARE(cellText(table, 0, 4), QStringLiteral("✖ Declined"));
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
        QVERIFY(send->isVisible() && send->isEnabled());
        QCOMPARE(send->text(), QStringLiteral("Send a&gain…"));
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("openSignedButton"))->isVisible());
    }

    void signaturePathShowsTheEnvelopeInWords()
    {
        WizardHarness h(fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0),
                        kToday, OrderWizard::OpenAt::StepReached);
        h.wizard().setQueued(true);
        PaperworkPanel *panel = h.wizard().paperworkPanel();
        QVERIFY(panel && panel->isVisible());
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("paperworkChecklist"));
        QVERIFY(!table->isVisible()); // no porting: no checklist
        auto *status = panel->findChild<QLabel *>(QStringLiteral("signatureStatus"));
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
        RemoteDetails remote;
        remote.orderId = QStringLiteral("po-2");
        remote.envelopeId = QStringLiteral("env-2");
        const QList<std::pair<QString, QString>> words = {
            {QStringLiteral("sent"), QStringLiteral("Sent")},
            {QStringLiteral("delivered"), QStringLiteral("Delivered")},
            {QStringLiteral("completed"), QStringLiteral("Completed")},
            {QStringLiteral("declined"), QStringLiteral("Declined")},
            {QStringLiteral("voided"), QStringLiteral("Voided")}};
        for (const auto &[key, word] : words) {
            remote.envelopeStatus = key;
            const bool again = key == QLatin1String("declined") || key == QLatin1String("voided");
            panel->showState(remote, false, again, QString());
            QVERIFY2(status->text().contains(word), qPrintable(status->text()));
            QCOMPARE(status->accessibleName(), status->text());
            // Only after a decline or a void: "Send again…", the former dead end.
            QCOMPARE(send->isVisible(), again);
        }
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("paperworkPreviewContractButton"))
                    ->isVisible());
    }

    void sendForSignatureWaitsForTheCarrier()
    {
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path()).ok());
        const Order o = fixtures::portingOrder(m_catalog, kToday, 2);
        const qint64 id = store.createDraft(o, DraftStatus::Queued).value();
        QNetworkAccessManager network;
        const sync::Endpoints endpoints =
            sync::Endpoints::forAll(QUrl(QStringLiteral("http://127.0.0.1:9")));
        sync::Authenticator auth(&network, endpoints, sync::makeMemoryTokenStore());
        sync::ApiClient api(&network, endpoints, &auth);
        Outbox::Options options;
        options.useNetworkInformation = false;
        Outbox outbox(&store, &api, m_catalog, options); // never started: nothing is sent

        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        h.wizard().setQueued(true);
        PaperworkPanel *panel = h.wizard().paperworkPanel();
        panel->setCarrier(&store, &outbox, id);
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
        QVERIFY(send->isVisible());
        QVERIFY(!send->isEnabled());
        QString why;
        QVERIFY(!outbox.canSendForSignature(id, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(send->toolTip(), why);
        QCOMPARE(send->accessibleDescription(), why);
        QVERIFY2(why.contains(QStringLiteral("not reached the carrier")), qPrintable(why));

        // Previewing the forms is possible at once, and the checklist then says "generated".
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("paperworkChecklist"));
        QCOMPARE(cellText(table, 0, 2), QStringLiteral("– Not yet"));
        auto *previewForms = panel->findChild<QPushButton *>(QStringLiteral("previewFormsButton"));
        QVERIFY(previewForms->isVisible() && previewForms->isEnabled());
        QTest::mouseClick(previewForms, Qt::LeftButton);
        QVERIFY(!previewForms->isEnabled()); // being built, on a worker thread
        PdfPreviewDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = panel->findChild<PdfPreviewDialog *>(QStringLiteral("pdfPreviewDialog"))),
            10000);
        QVERIFY(previewForms->isEnabled());
        QCOMPARE(dialog->documents().size(), 1 + 3); // the contract and three German forms
        QVERIFY(store.remoteDetails(id)->formsGenerated.isValid());
        QCOMPARE(cellText(table, 0, 2), QStringLiteral("✔ Yes"));
        dialog->close();

        // "Save forms…" into a folder: the contract and the three forms, each a PDF.
        QTemporaryDir folder;
        QVERIFY(panel->saveFormsTo(folder.path()));
        const QStringList saved = QDir(folder.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(saved.size(), 4);
        for (const QString &name : saved) {
            QPdfDocument pdf;
            pdf.load(QDir(folder.path()).filePath(name));
            QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
            QVERIFY(name.startsWith(o.reference));
        }
        auto *note = panel->findChild<QLabel *>(QStringLiteral("paperworkNote"));
        QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("documents: 4")),
                 qPrintable(note->text()));
        // A folder that is gone, or cannot be written to: said in place, naming it.
        QVERIFY(!panel->saveFormsTo(folder.filePath(QStringLiteral("missing"))));
        QVERIFY2(note->text().contains(QStringLiteral("missing does not exist")),
                 qPrintable(note->text()));
        QDir(folder.path()).mkdir(QStringLiteral("locked"));
        QFile::setPermissions(folder.filePath(QStringLiteral("locked")),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(folder.filePath(QStringLiteral("locked"))).isWritable())
            return; // running as root: nothing is read-only
        QVERIFY(!panel->saveFormsTo(folder.filePath(QStringLiteral("locked"))));
        QVERIFY2(note->text().contains(QStringLiteral("could not be saved")),
                 qPrintable(note->text()));
    }

    void signatoryDialogNamesTheField()
    {
        Signatory s{QStringLiteral("Kim Example"), QStringLiteral("kim@contoso"),
                    QStringLiteral("Director"), true};
        SignatoryDialog dialog(s, QStringLiteral("Who signs?"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("signatoryEmail"));
        QCOMPARE(email->text(), s.email); // prefilled from the order
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendSignatoryButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problem().contains(QStringLiteral("E-mail address")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signatoryProblem"))->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(email));
        QVERIFY(email->accessibleDescription().contains(QStringLiteral("not a valid")));

        // Corrected by keyboard: accepted.
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("kim@contoso.example.com"));
        QTest::keyClick(email, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signatory().email, QStringLiteral("kim@contoso.example.com"));

        // "May sign for the company" unchecked: named too.
        SignatoryDialog unchecked(
            Signatory{s.name, QStringLiteral("kim@contoso.example.com"), s.jobTitle, false},
            QString());
        QVERIFY(unchecked.check().contains(QStringLiteral("May sign for the company")));
    }
};

QTEST_MAIN(TstWizardPaperwork)
#include "tst_wizard_paperwork.moc"
