#pragma once

#include "documents/Documents.h"
#include "outbox/Outbox.h"
#include "store/DraftStore.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

class OrderWizard;
class PdfPreviewDialog;

/// The paperwork and the signature of a submitted order, under the read-only banner of its
/// recap. Porting path: the checklist per porting country (forms generated, sent for signature,
/// signed, sent to the carrier), "Preview forms", "Save forms…", "Send for signature…".
/// Signature path: the envelope's status in words, and "Send again…" after a decline or void.
/// Both: the contract's preview and the signed PDF once it is kept. Buttons that cannot act say
/// why (tooltip and accessible description).
class PaperworkPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PaperworkPanel(OrderWizard *wizard, QWidget *parent = nullptr);

    /// Where the draft lives and who sends for it (the outbox may be null: not connected).
    void setCarrier(DraftStore *store, Outbox *outbox, qint64 draftId);
    bool hasCarrier() const { return m_store != nullptr; }
    /// Reads the draft's carrier details, kept documents and what the outbox allows, and shows
    /// them. The main window calls it when the outbox reports a change for the draft.
    void refresh();
    /// Shows these states (refresh() reads them; tests give them).
    void showState(const RemoteDetails &remote, bool signedKept, bool canSend,
                   const QString &whyNot);

    /// "Save forms…" without its folder dialog: the contract and every porting form into
    /// `folder`; false with the reason shown in the panel.
    bool saveFormsTo(const QString &folder);

    /// The envelope's status in words ("sent", "delivered", "completed", "declined", "voided").
    static QString envelopeStatusText(const QString &status);

signals:
    /// A short result for the status bar.
    void statusMessage(const QString &message);

private:
    void previewForms();
    void previewContract();
    void saveForms();
    void sendForSignature();
    void openSigned();
    void saveSigned();
    bool portingPath() const;
    /// The contract and, on the porting path (formsToo), every form.
    static documents::Built build(const Order &order, const Catalog &catalog, bool formsToo);
    static QString formsFailure(bool formsToo, const QString &error);
    /// Built at once (saveFormsTo); the problem shown in place on failure.
    std::optional<QList<documents::Document>> buildDocuments(bool formsToo);
    /// Built on a worker thread, then `then` with them; the problem shown in place on failure.
    void buildThen(bool formsToo,
                   const std::function<void(const QList<documents::Document> &)> &then);
    bool writeDocuments(const QList<documents::Document> &documents, const QString &folder);
    void noteGenerated();
    void showNote(const QString &text);
    std::optional<StoredDocument> signedDocument() const;
    PdfPreviewDialog *openPreview(const QList<documents::Document> &documents);

    OrderWizard *m_wizard;
    DraftStore *m_store = nullptr;
    QPointer<Outbox> m_outbox;
    qint64 m_draftId = 0;
    RemoteDetails m_remote;
    QLabel *m_summary = nullptr;
    QTableWidget *m_checklist = nullptr;
    QPushButton *m_previewContract = nullptr;
    QPushButton *m_previewForms = nullptr;
    QPushButton *m_saveForms = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_openSigned = nullptr;
    QPushButton *m_saveSigned = nullptr;
    QLabel *m_note = nullptr;
    QPointer<PdfPreviewDialog> m_preview;
    bool m_building = false; ///< documents are being laid out on a worker thread
};

} // namespace od
