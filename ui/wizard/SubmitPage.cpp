#include "SubmitPage.h"

#include "PdfPreviewDialog.h"
#include "common/Background.h"
#include "documents/Documents.h"
#include "widgets/ProblemPanel.h"
#include "wizard/FieldRow.h"
#include "wizard/OrderWizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace od {

namespace {
QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}
} // namespace

SubmitPage::SubmitPage(OrderWizard *wizard) : OrderPage(wizard, Step::Submission)
{
    setTitle(stepTitle(Step::Submission));
    setSubTitle(tr("Send the order."));
    setFinalPage(true);
    QVBoxLayout *content = contentLayout();

    m_path = wrapped(this, QStringLiteral("submissionPath"));
    content->addWidget(m_path);

    // Porting path: preview the contract, then submit.
    m_portingBox = new QGroupBox(tr("Contract"), this);
    m_portingBox->setObjectName(QStringLiteral("portingSubmitBox"));
    {
        auto *box = new QVBoxLayout(m_portingBox);
        auto *buttons = new QHBoxLayout;
        m_preview = new QPushButton(tr("&Preview contract"), m_portingBox);
        m_preview->setObjectName(QStringLiteral("previewContractButton"));
        m_preview->setAccessibleName(tr("Preview contract"));
        m_preview->setAutoDefault(false);
        m_submit = new QPushButton(tr("S&ubmit"), m_portingBox);
        m_submit->setObjectName(QStringLiteral("submitButton"));
        m_submit->setAccessibleName(tr("Submit the order"));
        buttons->addWidget(m_preview);
        buttons->addWidget(m_submit);
        buttons->addStretch(1);
        box->addLayout(buttons);
        connect(m_preview, &QPushButton::clicked, this, &SubmitPage::previewContract);
        connect(m_submit, &QPushButton::clicked, this, &SubmitPage::submit);
    }
    content->addWidget(m_portingBox);

    // Signature path: the signatory gets the contract for e-signature.
    m_signatureBox = new QGroupBox(tr("Signatory"), this);
    m_signatureBox->setObjectName(QStringLiteral("signatoryBox"));
    {
        auto *box = new QVBoxLayout(m_signatureBox);
        auto *grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        box->addLayout(grid);
        m_name = new QLineEdit(m_signatureBox);
        m_name->setObjectName(QStringLiteral("signatory.name"));
        m_name->setAccessibleName(tr("Signatory's name"));
        addFieldRow(grid, 0, tr("Signatory's &name"), m_name,
                    messageLabel(QStringLiteral("signatory.name")));
        m_email = new QLineEdit(m_signatureBox);
        m_email->setObjectName(QStringLiteral("signatory.email"));
        m_email->setAccessibleName(tr("Signatory's e-mail address"));
        m_email->setAccessibleDescription(tr("The e-signature envelope is sent to this address"));
        addFieldRow(grid, 1, tr("&E-mail address"), m_email,
                    messageLabel(QStringLiteral("signatory.email")));
        m_jobTitle = new QLineEdit(m_signatureBox);
        m_jobTitle->setObjectName(QStringLiteral("signatory.jobTitle"));
        m_jobTitle->setAccessibleName(tr("Signatory's job title"));
        addFieldRow(grid, 2, tr("&Job title"), m_jobTitle,
                    messageLabel(QStringLiteral("signatory.jobTitle")));
        m_authorised = new QCheckBox(tr("The signatory &may sign for the company"), m_signatureBox);
        m_authorised->setObjectName(QStringLiteral("signatory.authorised"));
        m_authorised->setAccessibleName(tr("The signatory may sign for the company"));
        grid->addWidget(m_authorised, 3, 1);
        grid->addWidget(messageLabel(QStringLiteral("signatory.authorised")), 4, 1);
        auto *buttons = new QHBoxLayout;
        // The same contract the signatory receives, before it is sent.
        m_previewSigned = new QPushButton(tr("&Preview contract"), m_signatureBox);
        m_previewSigned->setObjectName(QStringLiteral("previewContractButton"));
        m_previewSigned->setAccessibleName(tr("Preview contract"));
        m_previewSigned->setAccessibleDescription(
            tr("Opens the contract the signatory receives, to read, save or print"));
        m_previewSigned->setAutoDefault(false);
        connect(m_previewSigned, &QPushButton::clicked, this, &SubmitPage::previewContract);
        buttons->addWidget(m_previewSigned);
        m_submitToSign = new QPushButton(tr("Submit to si&gn"), m_signatureBox);
        m_submitToSign->setObjectName(QStringLiteral("submitToSignButton"));
        m_submitToSign->setAccessibleName(tr("Submit to sign"));
        m_submitToSign->setAccessibleDescription(
            tr("Sends the order; the signatory receives the contract for e-signature"));
        buttons->addWidget(m_submitToSign);
        buttons->addStretch(1);
        box->addLayout(buttons);
        connect(m_submitToSign, &QPushButton::clicked, this, &SubmitPage::submit);

        auto edited = [this](QString Signatory::*member) {
            return [this, member](const QString &text) {
                if (m_loading)
                    return;
                order().signatory.*member = text.trimmed();
                changed();
            };
        };
        connect(m_name, &QLineEdit::textEdited, this, edited(&Signatory::name));
        connect(m_email, &QLineEdit::textEdited, this, edited(&Signatory::email));
        connect(m_jobTitle, &QLineEdit::textEdited, this, edited(&Signatory::jobTitle));
        for (QLineEdit *edit : {m_name, m_email, m_jobTitle}) {
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, edit] { leave(edit->objectName()); });
            edit->installEventFilter(this);
        }
        m_authorised->installEventFilter(this);
        connect(m_authorised, &QCheckBox::toggled, this, [this](bool on) {
            if (m_loading)
                return;
            order().signatory.authorised = on;
            touch(QStringLiteral("signatory.authorised"));
            changed();
        });
    }
    content->addWidget(m_signatureBox);

    // Why the contract cannot be shown, in place under the buttons.
    m_previewNote = wrapped(this, QStringLiteral("previewContractNote"));
    m_previewNote->setFocusPolicy(Qt::TabFocus);
    showFocusFrame(m_previewNote);
    m_previewNote->setVisible(false);
    content->addWidget(m_previewNote);

    m_missing = wrapped(this, QStringLiteral("missingForSubmission"));
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_missing->setFocusPolicy(Qt::TabFocus);
    showFocusFrame(m_missing);
    m_missing->setAccessibleName(tr("What is missing before the order can be sent"));
    m_missing->setFrameShape(QFrame::StyledPanel);
    m_missing->setMargin(6);
    content->addWidget(m_missing);
    connect(m_missing, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int target = link.mid(QStringLiteral("step:").size()).toInt(&ok);
        if (ok)
            orderWizard()->editStep(Step(target));
    });

    // What the carrier's services settle (not reachable yet): the order is queued anyway and
    // waits in the outbox for them.
    m_waiting = wrapped(this, QStringLiteral("waitingForCarrier"));
    m_waiting->setFrameShape(QFrame::StyledPanel);
    m_waiting->setMargin(6);
    m_waiting->setVisible(false);
    content->addWidget(m_waiting);

    m_status = wrapped(this, QStringLiteral("submissionStatus"));
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(6);
    m_status->setFocusPolicy(Qt::TabFocus); // focused after submitting, so it is read out
    showFocusFrame(m_status);
    m_status->setVisible(false);
    content->addWidget(m_status);
    content->addStretch(1);

    connect(wizard, &OrderWizard::orderChanged, this, [this] {
        if (orderWizard()->currentPage() == this)
            updateSubmit();
    });
    // Whoever queues the order could not: said here, and Submit stays available.
    connect(wizard, &OrderWizard::submitFailed, this,
            [this](const QString &message) { m_failure = message; });
    // The carrier sent the order back (or refused its contract): why, until it is submitted again.
    connect(wizard, &OrderWizard::carrierNoteChanged, this, [this](const QString &key) {
        if (key == QLatin1String("order"))
            showCarrierProblem();
    });
    // Queued, the order is submitted; withdrawn, it is a draft that may be submitted again.
    connect(wizard, &OrderWizard::queuedChanged, this, [this](bool queued) {
        m_submitted = queued;
        setSubmittedLook(queued);
        if (!queued)
            m_status->setVisible(false);
        updateSubmit();
    });
}

void SubmitPage::previewContract()
{
    if (m_building)
        return;
    // A large order's contract takes a second or more to lay out: it is built on a worker
    // thread while the page keeps answering, and says so in place.
    m_building = true;
    for (QPushButton *b : {m_preview, m_previewSigned})
        b->setEnabled(false);
    m_previewNote->setText(tr("Preparing the contract…"));
    m_previewNote->setAccessibleName(m_previewNote->text());
    m_previewNote->setVisible(true);
    runInBackground<documents::Built>(
        [order = orderWizard()->order(), catalog = orderWizard()->catalog()] {
            const Result<documents::Document> contract = documents::contract(order, catalog);
            return contract ? documents::Built(QList<documents::Document>{contract.value()})
                            : documents::Built::failure(contract.error());
        },
        this, [this](const documents::Built &built) { showContract(built); });
}

void SubmitPage::showContract(const documents::Built &built)
{
    m_building = false;
    for (QPushButton *b : {m_preview, m_previewSigned})
        b->setEnabled(true);
    if (!built) {
        m_previewNote->setText(tr("✖ The contract cannot be shown yet: %1").arg(built.error()));
        m_previewNote->setAccessibleName(m_previewNote->text());
        m_previewNote->setVisible(true);
        m_previewNote->setFocus();
        return;
    }
    m_previewNote->setVisible(false);
    if (m_previewDialog)
        m_previewDialog->close();
    auto *dialog = new PdfPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDocuments(built.value());
    m_previewDialog = dialog;
    dialog->open();
}

void SubmitPage::load()
{
    refresh();
    showCarrierProblem();
}

void SubmitPage::showCarrierProblem()
{
    const QString problem = orderWizard()->carrierNote(QStringLiteral("order"));
    if (problem.isEmpty() || m_submitted || orderWizard()->isQueued())
        return;
    m_status->setText(tr("⚠ The carrier sent the order back: %1").arg(problem));
    m_status->setAccessibleName(m_status->text());
    m_status->setVisible(true);
}

void SubmitPage::revisit()
{
    // Re-read the order on every visit: what the other steps still lack is checked once per
    // visit (see refresh()).
    reload();
}

void SubmitPage::refresh()
{
    const Order &o = orderWizard()->order();
    const bool porting = o.submissionPath() == SubmissionPath::Porting;
    m_loading = true;
    m_name->setText(o.signatory.name);
    m_email->setText(o.signatory.email);
    m_jobTitle->setText(o.signatory.jobTitle);
    m_authorised->setChecked(o.signatory.authorised);
    m_loading = false;
    m_portingBox->setVisible(porting);
    m_signatureBox->setVisible(!porting);
    m_path->setText(
        porting ? tr("Existing numbers are kept in at least one country. Preview the contract, "
                     "then submit. Afterwards, produce the porting or migration forms and get "
                     "them and the contract signed.")
                : tr("Only new numbers: enter who signs for the company. \"Submit to sign\" sends "
                     "them the contract for e-signature; once it is signed, the order is "
                     "confirmed and handled within five working days."));

    // The other steps cannot change while the rep is here: check them once per visit.
    m_otherProblems.clear();
    m_waits.clear();
    for (const Problem &p : orderWizard()->rules().checkOrder(o)) {
        if (p.step == Step::Submission)
            continue;
        // Only a warning on its own step: it waits for a carrier's service (account check,
        // address validation, number reservation), which the outbox waits for too. It does
        // not keep the order out of the outbox.
        const bool waits = orderWizard()->waitsForCarrier(p);
        (waits ? m_waits : m_otherProblems).append(p);
    }
    QStringList lines;
    for (const Problem &p : std::as_const(m_waits))
        lines << tr("• %1").arg(p.message);
    m_waiting->setText(tr("ℹ Submitting puts the order in the outbox. Before it is sent, the "
                          "carrier's services settle what they alone can:\n%1")
                           .arg(lines.join(QLatin1Char('\n'))));
    m_waiting->setAccessibleName(m_waiting->text());
    m_waiting->setVisible(!m_waits.isEmpty());
    updateSubmit();
}

void SubmitPage::updateSubmit()
{
    Problems errors;
    for (const Problem &p : std::as_const(m_otherProblems))
        if (p.isError())
            errors.append(p);
    for (const Problem &p : orderWizard()->problemsOf(Step::Submission))
        if (p.isError())
            errors.append(p);
    const bool ready = errors.isEmpty() && !m_submitted;
    m_submit->setEnabled(ready);
    m_submitToSign->setEnabled(ready);
    const QString why = m_submitted ? tr("The order is queued.")
                                    : tr("Not possible yet: see what is missing below.");
    m_submit->setToolTip(ready ? QString() : why);
    m_submitToSign->setToolTip(ready ? QString() : why);

    if (errors.isEmpty() || m_submitted) {
        m_missing->setVisible(false);
        m_missing->clear();
        return;
    }
    QStringList items;
    QStringList plain;
    for (const Problem &p : std::as_const(errors)) {
        const QString where = p.step == Step::Submission
                                  ? tr("On this page").toHtmlEscaped()
                                  : QStringLiteral("<a href=\"step:%1\">%2</a>")
                                        .arg(int(p.step))
                                        .arg(stepTitle(p.step).toHtmlEscaped());
        items << tr("✖ %1: %2").arg(where, p.message.toHtmlEscaped());
        plain << p.message;
    }
    m_missing->setText(
        tr("<b>Before the order can be sent (%n):</b><br>%1", nullptr, int(errors.size()))
            .arg(items.join(QStringLiteral("<br>"))));
    m_missing->setAccessibleDescription(plain.join(QLatin1Char(' ')));
    m_missing->setVisible(true);
}

void SubmitPage::setSubmittedLook(bool submitted)
{
    for (QLineEdit *edit : {m_name, m_email, m_jobTitle})
        edit->setReadOnly(submitted);
    m_authorised->setEnabled(!submitted);
}

void SubmitPage::submit()
{
    if (m_submitted || orderWizard()->isQueued())
        return;
    updateSubmit();
    if (!m_submit->isEnabled() && !m_submitToSign->isEnabled())
        return;
    m_submitted = true;
    m_failure.clear();
    orderWizard()->setCarrierNote(QStringLiteral("order"), QString());
    emit orderWizard()->submitRequested();
    if (!m_failure.isEmpty()) {
        // Not queued (the draft could not be saved): the rep sees why and may try again.
        m_submitted = false;
        m_status->setText(tr("✖ The order is not queued yet: %1").arg(m_failure));
        m_status->setAccessibleName(m_status->text());
        m_status->setVisible(true);
        updateSubmit();
        m_status->setFocus();
        return;
    }
    setSubmittedLook(true);
    m_status->setText(tr("✔ Queued: the order is in the outbox and will be sent when the carrier's "
                         "ordering service is reachable. Nothing else is needed now."));
    m_status->setAccessibleName(m_status->text());
    m_status->setVisible(true);
    updateSubmit();
    m_status->setFocus();
}

bool SubmitPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the signatory form moves on to the next field and then to "Submit to sign": on
    // the last page the dialog's default button would close the wizard instead.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (watched == m_authorised) {
                if (m_submitToSign->isEnabled())
                    m_submitToSign->setFocus();
            } else {
                focusNextChild();
            }
            return true;
        }
    }
    return OrderPage::eventFilter(watched, event);
}

} // namespace od
