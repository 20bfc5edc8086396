#pragma once

#include "documents/Documents.h"
#include "wizard/OrderPage.h"

#include <QPointer>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace od {

class PdfPreviewDialog;

/// Step 7, the last page: with porting in any country "Preview contract" then Submit; otherwise
/// the signatory and "Submit to sign". Submit is enabled when the whole order passes the rules,
/// except what only the carrier's services can settle (the account check, address validation,
/// number reservation): the queued order waits in the outbox for those, and the page says so.
/// What is missing is listed with links. Submitting emits OrderWizard::submitRequested() once
/// and says that the order is queued.
class SubmitPage : public OrderPage
{
    Q_OBJECT
public:
    explicit SubmitPage(OrderWizard *wizard);

    /// Always true: the final button only closes the wizard (the draft is saved); submitting is
    /// the page's own button, which the rules gate.
    bool isComplete() const override { return true; }

protected:
    void load() override;
    void revisit() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The carrier's reason for sending the order back, above Submit.
    void showCarrierProblem();
    /// The rep left a field: show its problems. Not while the wizard is being hidden or
    /// destroyed: focus-out then fires editingFinished with the wizard half torn down.
    void leave(const QString &path)
    {
        if (!window()->isHidden())
            touch(path);
    }
    void refresh();
    void updateSubmit();
    void submit();
    /// "Preview contract": the open order's contract in the preview dialog, or why not, in place.
    void previewContract();
    void showContract(const documents::Built &built);
    void setSubmittedLook(bool submitted); ///< signatory fields read-only once submitted

    QLabel *m_path = nullptr;
    QGroupBox *m_portingBox = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QPushButton *m_submit = nullptr;
    QGroupBox *m_signatureBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QCheckBox *m_authorised = nullptr;
    QPushButton *m_previewSigned = nullptr;
    QPushButton *m_submitToSign = nullptr;
    QPointer<PdfPreviewDialog> m_previewDialog;
    bool m_building = false; ///< the contract is being laid out for the preview
    QLabel *m_missing = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_status = nullptr;
    Problems m_otherProblems; ///< checkOrder's problems outside this step, from the last show
    Problems m_waits;         ///< of those, what waits for the carrier's services
    QString m_failure;        ///< from OrderWizard::submitFailed() while submitRequested() runs
    bool m_submitted = false;
    bool m_loading = false;
};

} // namespace od
