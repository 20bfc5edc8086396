#include "PaperworkPanel.h"

#include "PdfPreviewDialog.h"
#include "SignatoryDialog.h"
#include "common/Background.h"
#include "documents/Documents.h"
#include "widgets/DocumentFiles.h"
#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

enum Column {
    CountryColumn,
    FormsColumn,
    GeneratedColumn,
    SentColumn,
    SignedColumn,
    CarrierColumn
};

/// A checklist cell: a symbol and words, never a symbol alone; read out with its column.
QTableWidgetItem *cell(const QString &symbol, const QString &words, const QString &column)
{
    auto *item = new QTableWidgetItem(symbol.isEmpty() ? words : symbol + QLatin1Char(' ') + words);
    item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(column, words));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name,
                    const QString &accessibleName, const QString &description)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessibleName);
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    b->setAutoDefault(false);
    return b;
}

/// Sets why a button cannot act, where the rep and a screen reader find it.
void explain(QPushButton *b, bool enabled, const QString &whenEnabled, const QString &whyNot)
{
    b->setEnabled(enabled);
    const QString text = enabled ? whenEnabled : whyNot;
    b->setToolTip(text);
    b->setAccessibleDescription(text);
}

} // namespace

PaperworkPanel::PaperworkPanel(OrderWizard *wizard, QWidget *parent)
    : QGroupBox(tr("Paperwork and signature"), parent), m_wizard(wizard)
{
    setObjectName(QStringLiteral("paperworkPanel"));
    setAccessibleName(tr("Paperwork and signature"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("signatureStatus"));
    m_summary->setWordWrap(true);
    m_summary->setFocusPolicy(Qt::TabFocus); // read out by a screen reader on Tab
    showFocusFrame(m_summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_checklist = new QTableWidget(0, 6, this);
    m_checklist->setObjectName(QStringLiteral("paperworkChecklist"));
    m_checklist->setAccessibleName(tr("Paperwork checklist by country"));
    m_checklist->setAccessibleDescription(
        tr("One row per country that keeps its numbers: forms generated, sent for signature, "
           "signed, sent to the carrier. Arrow keys move between the cells."));
    m_checklist->setHorizontalHeaderLabels({tr("Country"), tr("Forms"), tr("Generated"),
                                            tr("Sent for signature"), tr("Signed"),
                                            tr("Sent to the carrier")});
    m_checklist->verticalHeader()->setVisible(false);
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setTabKeyNavigation(false);
    m_checklist->setWordWrap(false);
    m_checklist->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklist->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setSectionResizeMode(CountryColumn,
                                                          QHeaderView::ResizeToContents);
    m_checklist->horizontalHeader()->setSectionResizeMode(FormsColumn,
                                                          QHeaderView::ResizeToContents);
    m_checklist->horizontalHeader()->setHighlightSections(false);
    m_checklist->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_checklist);

    auto *buttons = new QHBoxLayout;
    m_previewContract =
        button(this, tr("Preview &contract"), QStringLiteral("paperworkPreviewContractButton"),
               tr("Preview contract"), tr("Opens the contract as it is sent for signature"));
    m_previewForms = button(this, tr("&Preview forms"), QStringLiteral("previewFormsButton"),
                            tr("Preview forms"),
                            tr("Opens the contract and every porting form, to read or print"));
    m_saveForms =
        button(this, tr("Sa&ve forms…"), QStringLiteral("saveFormsButton"), tr("Save forms"),
               tr("Saves the contract and every porting form as PDF files into a folder"));
    m_send = button(this, tr("Send for si&gnature…"), QStringLiteral("sendForSignatureButton"),
                    tr("Send for signature"),
                    tr("Sends the signatory one envelope with the contract and the forms"));
    m_openSigned = button(this, tr("&Open signed PDF"), QStringLiteral("openSignedButton"),
                          tr("Open signed PDF"), tr("Shows the signed documents"));
    m_saveSigned = button(this, tr("Save signed P&DF…"), QStringLiteral("saveSignedButton"),
                          tr("Save signed PDF"), tr("Saves the signed documents as a PDF file"));
    for (QPushButton *b :
         {m_previewContract, m_previewForms, m_saveForms, m_send, m_openSigned, m_saveSigned})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("paperworkNote"));
    m_note->setWordWrap(true);
    m_note->setFocusPolicy(Qt::TabFocus);
    showFocusFrame(m_note);
    m_note->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    connect(m_previewContract, &QPushButton::clicked, this, &PaperworkPanel::previewContract);
    connect(m_previewForms, &QPushButton::clicked, this, &PaperworkPanel::previewForms);
    connect(m_saveForms, &QPushButton::clicked, this, &PaperworkPanel::saveForms);
    connect(m_send, &QPushButton::clicked, this, &PaperworkPanel::sendForSignature);
    connect(m_openSigned, &QPushButton::clicked, this, &PaperworkPanel::openSigned);
    connect(m_saveSigned, &QPushButton::clicked, this, &PaperworkPanel::saveSigned);

    showState(RemoteDetails{}, false, false, tr("The order is not at the carrier yet."));
}

void PaperworkPanel::setCarrier(DraftStore *store, Outbox *outbox, qint64 draftId)
{
    m_store = store;
    m_outbox = outbox;
    m_draftId = draftId;
    refresh();
}

bool PaperworkPanel::portingPath() const
{
    return m_wizard->order().submissionPath() == SubmissionPath::Porting;
}

std::optional<StoredDocument> PaperworkPanel::signedDocument() const
{
    if (!m_store || m_draftId <= 0)
        return std::nullopt;
    const Result<std::optional<StoredDocument>> kept =
        m_store->document(m_draftId, QStringLiteral("signed"));
    if (!kept)
        return std::nullopt;
    return kept.value();
}

void PaperworkPanel::refresh()
{
    if (!m_store || m_draftId <= 0)
        return;
    const Result<RemoteDetails> remote = m_store->remoteDetails(m_draftId);
    QString why;
    bool canSend = false;
    if (!m_outbox)
        why = tr("Not connected to the carrier's services: Order Desk sends for signature once "
                 "they are set up.");
    else
        canSend = m_outbox->canSendForSignature(m_draftId, &why);
    // Whether a signed PDF is kept, from the details: the document itself (hundreds of KB) is
    // read only when the rep opens or saves it, not on every word from the outbox.
    const RemoteDetails details = remote ? remote.value() : RemoteDetails{};
    showState(details, details.signedKept.isValid(), canSend, why);
}

QString PaperworkPanel::envelopeStatusText(const QString &status)
{
    if (status.isEmpty())
        return tr("– Not sent for signature yet.");
    if (status == QLatin1String("created"))
        return tr("– The envelope is being prepared.");
    if (status == QLatin1String("sent"))
        return tr("✉ Sent: waiting for the signatory to open and sign it.");
    if (status == QLatin1String("delivered"))
        return tr("✉ Delivered: the signatory has opened it and not signed yet.");
    if (status == QLatin1String("completed") || status == QLatin1String("signed"))
        return tr("✔ Completed: signed by the signatory.");
    if (status == QLatin1String("declined"))
        return tr("✖ Declined: the signatory declined to sign. Check the signatory and send "
                  "again.");
    if (status == QLatin1String("voided"))
        return tr("✖ Voided: the signature request was withdrawn. Send again when ready.");
    return tr("– %1").arg(status);
}

void PaperworkPanel::showState(const RemoteDetails &remote, bool signedKept, bool canSend,
                               const QString &whyNot)
{
    // A note about what the rep just did holds until the carrier's side moves on.
    if (remote.envelopeId != m_remote.envelopeId ||
        remote.envelopeStatus != m_remote.envelopeStatus ||
        remote.paperworkSent != m_remote.paperworkSent)
        showNote(QString());
    m_remote = remote;
    const bool porting = portingPath();
    const Order &order = m_wizard->order();
    const bool declined = remote.envelopeStatus == QLatin1String("declined") ||
                          remote.envelopeStatus == QLatin1String("voided");

    QString summary = tr("Signature: %1").arg(envelopeStatusText(remote.envelopeStatus));
    if (porting && remote.envelopeStatus.isEmpty())
        summary += QLatin1Char(' ') + tr("The contract and the porting forms go to the signatory "
                                         "in one envelope; once signed, they are sent to the "
                                         "carrier.");
    else if (!porting && remote.envelopeStatus.isEmpty() && remote.orderId.isEmpty())
        summary = tr("Signature: – the contract goes to the signatory once the carrier has the "
                     "order.");
    if (signedKept && remote.signedKept.isValid())
        summary += QLatin1Char(' ') + tr("The signed PDF is kept with the order (%1).")
                                          .arg(QLocale().toString(remote.signedKept.toLocalTime(),
                                                                  QLocale::ShortFormat));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);

    // The checklist, porting path only.
    m_checklist->setVisible(porting);
    m_checklist->setRowCount(0);
    if (porting) {
        const QList<PaperworkItem> items = paperworkChecklist(order, m_wizard->catalog(), remote);
        m_checklist->setRowCount(int(items.size()));
        const QString yes = tr("Yes");
        const QString notYet = tr("Not yet");
        const QStringList columns = {tr("Country"),   tr("Forms"),
                                     tr("Generated"), tr("Sent for signature"),
                                     tr("Signed"),    tr("Sent to the carrier")};
        for (int row = 0; row < items.size(); ++row) {
            const PaperworkItem &item = items.at(row);
            const CountryInfo *info = m_wizard->catalog().country(item.country);
            const QString name = info ? info->name : item.country;
            m_checklist->setItem(row, CountryColumn, cell(QString(), name, columns[0]));
            m_checklist->setItem(row, FormsColumn,
                                 cell(QString(), QLocale().toString(item.forms), columns[1]));
            auto flag = [&](bool done) {
                return done ? std::pair{QStringLiteral("✔"), yes}
                            : std::pair{QStringLiteral("–"), notYet};
            };
            auto [gs, gw] = flag(item.generated);
            m_checklist->setItem(row, GeneratedColumn, cell(gs, gw, columns[2]));
            auto [ss, sw] = flag(item.sentForSignature);
            m_checklist->setItem(row, SentColumn, cell(ss, sw, columns[3]));
            if (item.declined)
                m_checklist->setItem(row, SignedColumn,
                                     cell(QStringLiteral("✖"), tr("Declined"), columns[4]));
            else {
                auto [gs2, gw2] = flag(item.signedByCustomer);
                m_checklist->setItem(row, SignedColumn, cell(gs2, gw2, columns[4]));
            }
            auto [cs, cw] = flag(item.sentToCarrier);
            m_checklist->setItem(row, CarrierColumn, cell(cs, cw, columns[5]));
            // The whole row in words, read out with its country.
            QStringList words;
            for (int column = FormsColumn; column <= CarrierColumn; ++column)
                words << m_checklist->item(row, column)->data(Qt::AccessibleTextRole).toString();
            m_checklist->item(row, CountryColumn)
                ->setData(Qt::AccessibleDescriptionRole, words.join(QStringLiteral("; ")));
        }
        // As tall as its rows (a few countries at most): no scrolling inside the page's scroll.
        m_checklist->resizeRowsToContents();
        int height =
            m_checklist->horizontalHeader()->sizeHint().height() + 2 * m_checklist->frameWidth();
        for (int row = 0; row < m_checklist->rowCount(); ++row)
            height += m_checklist->rowHeight(row);
        m_checklist->setFixedHeight(height + 2);
    }

    m_previewForms->setVisible(porting);
    m_saveForms->setVisible(porting);
    m_previewContract->setVisible(!porting);

    // Send for signature: the porting paperwork always; the signature path only to send again.
    const bool offerSend = porting || declined;
    m_send->setVisible(offerSend);
    m_send->setText(declined ? tr("Send a&gain…") : tr("Send for si&gnature…"));
    m_send->setAccessibleName(declined ? tr("Send again") : tr("Send for signature"));
    explain(m_send, canSend,
            porting ? tr("Sends the signatory one envelope with the contract and the forms")
                    : tr("Sends the contract to the signatory again"),
            whyNot.isEmpty() ? tr("Not possible now.") : whyNot);

    m_openSigned->setVisible(signedKept);
    m_saveSigned->setVisible(signedKept);
}

documents::Built PaperworkPanel::build(const Order &order, const Catalog &catalog, bool formsToo)
{
    if (formsToo)
        return documents::envelopeDocuments(order, catalog);
    const Result<documents::Document> contract = documents::contract(order, catalog);
    return contract ? documents::Built(QList<documents::Document>{contract.value()})
                    : documents::Built::failure(contract.error());
}

std::optional<QList<documents::Document>> PaperworkPanel::buildDocuments(bool formsToo)
{
    documents::Built built = build(m_wizard->order(), m_wizard->catalog(), formsToo);
    if (!built) {
        showNote(formsFailure(formsToo, built.error()));
        return std::nullopt;
    }
    return built.value();
}

QString PaperworkPanel::formsFailure(bool formsToo, const QString &error)
{
    return formsToo ? tr("✖ The forms cannot be produced: %1").arg(error)
                    : tr("✖ The contract cannot be produced: %1").arg(error);
}

void PaperworkPanel::buildThen(bool formsToo,
                               const std::function<void(const QList<documents::Document> &)> &then)
{
    if (m_building)
        return;
    // A large order's documents take a second or more to lay out: they are built on a worker
    // thread while the window keeps answering, and the panel says so.
    m_building = true;
    for (QPushButton *b : {m_previewContract, m_previewForms, m_saveForms})
        b->setEnabled(false);
    showNote(formsToo ? tr("Preparing the contract and the forms…")
                      : tr("Preparing the contract…"));
    runInBackground<documents::Built>(
        [order = m_wizard->order(), catalog = m_wizard->catalog(), formsToo] {
            return build(order, catalog, formsToo);
        },
        this,
        [this, formsToo, then](const documents::Built &built) {
            m_building = false;
            for (QPushButton *b : {m_previewContract, m_previewForms, m_saveForms})
                b->setEnabled(true);
            if (!built) {
                showNote(formsFailure(formsToo, built.error()));
                return;
            }
            showNote(QString());
            then(built.value());
        });
}

void PaperworkPanel::noteGenerated()
{
    if (!portingPath() || !m_outbox || m_draftId <= 0 || m_remote.formsGenerated.isValid())
        return;
    m_outbox->noteFormsGenerated(m_draftId);
    refresh();
}

void PaperworkPanel::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setAccessibleName(text);
    m_note->setVisible(!text.isEmpty());
}

PdfPreviewDialog *PaperworkPanel::openPreview(const QList<documents::Document> &documents)
{
    if (m_preview)
        m_preview->close();
    auto *dialog = new PdfPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDocuments(documents);
    m_preview = dialog;
    dialog->open();
    return dialog;
}

void PaperworkPanel::previewContract()
{
    buildThen(false,
              [this](const QList<documents::Document> &documents) { openPreview(documents); });
}

void PaperworkPanel::previewForms()
{
    buildThen(true, [this](const QList<documents::Document> &documents) {
        noteGenerated();
        openPreview(documents);
    });
}

void PaperworkPanel::saveForms()
{
    showNote(QString());
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save the contract and the forms into"), documentFiles::folderForSaving());
    if (folder.isEmpty())
        return;
    documentFiles::rememberFolder(folder);
    buildThen(true, [this, folder](const QList<documents::Document> &documents) {
        if (documentFiles::confirmReplace(this, documents, folder))
            writeDocuments(documents, folder);
    });
}

bool PaperworkPanel::saveFormsTo(const QString &folder)
{
    showNote(QString());
    const auto documents = buildDocuments(true);
    return documents && writeDocuments(*documents, folder);
}

bool PaperworkPanel::writeDocuments(const QList<documents::Document> &documents,
                                    const QString &folder)
{
    if (const QString problem = documentFiles::writeAll(documents, folder); !problem.isEmpty()) {
        showNote(tr("✖ %1").arg(problem));
        return false;
    }
    noteGenerated();
    const QString done =
        tr("✔ Saved in %1 (documents: %2).")
            .arg(QDir::toNativeSeparators(folder), QString::number(documents.size()));
    showNote(done);
    emit statusMessage(done);
    return true;
}

void PaperworkPanel::sendForSignature()
{
    if (!m_outbox || m_draftId <= 0)
        return;
    const bool porting = portingPath();
    const QString intro =
        porting ? tr("The signatory receives one e-signature envelope with the contract and "
                     "every porting form. Check who signs for the company:")
                : tr("The signatory receives the contract again for e-signature. Check who "
                     "signs for the company; correct the e-mail address if it was wrong:");
    SignatoryDialog dialog(m_wizard->order().signatory, intro, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_outbox->sendForSignature(m_draftId, dialog.signatory())) {
        showNote(tr("✖ Not sent: %1").arg(m_outbox->lastError()));
        refresh();
        return;
    }
    const QString done =
        tr("✔ The envelope is queued for %1; it goes out with the next connection to the "
           "carrier.")
            .arg(dialog.signatory().name);
    showNote(done);
    emit statusMessage(tr("Envelope queued for signature."));
    refresh();
}

void PaperworkPanel::openSigned()
{
    const std::optional<StoredDocument> kept = signedDocument();
    if (!kept) {
        showNote(tr("✖ The signed PDF is not kept with this order."));
        return;
    }
    const QString reference = m_wizard->order().reference;
    const QString name =
        kept->name.isEmpty() ? QStringLiteral("%1-signed.pdf").arg(reference) : kept->name;
    openPreview({documents::Document{tr("Signed documents %1").arg(reference), name, kept->data}});
}

void PaperworkPanel::saveSigned()
{
    const std::optional<StoredDocument> kept = signedDocument();
    if (!kept) {
        showNote(tr("✖ The signed PDF is not kept with this order."));
        return;
    }
    const QString name = kept->name.isEmpty()
                             ? QStringLiteral("%1-signed.pdf").arg(m_wizard->order().reference)
                             : kept->name;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save signed PDF"), QDir(documentFiles::folderForSaving()).filePath(name),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    documentFiles::rememberFolder(QFileInfo(path).absolutePath());
    if (const QString problem = documentFiles::write(kept->data, path); !problem.isEmpty()) {
        showNote(tr("✖ %1").arg(problem));
        return;
    }
    showNote(tr("✔ Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace od
