#include "SignatoryDialog.h"

#include "order/Validators.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

SignatoryDialog::SignatoryDialog(const Signatory &signatory, const QString &intro, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signatoryDialog"));
    setWindowTitle(tr("Send for signature"));
    setAccessibleName(tr("Send for signature"));
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("signatoryIntro"));
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(signatory.name, this);
    m_name->setObjectName(QStringLiteral("signatoryName"));
    m_name->setAccessibleName(tr("Signatory's name"));
    form->addRow(tr("Signatory's &name:"), m_name);
    m_email = new QLineEdit(signatory.email, this);
    m_email->setObjectName(QStringLiteral("signatoryEmail"));
    m_email->setAccessibleName(tr("Signatory's e-mail address"));
    m_email->setAccessibleDescription(tr("The e-signature envelope is sent to this address"));
    form->addRow(tr("&E-mail address:"), m_email);
    m_jobTitle = new QLineEdit(signatory.jobTitle, this);
    m_jobTitle->setObjectName(QStringLiteral("signatoryJobTitle"));
    m_jobTitle->setAccessibleName(tr("Signatory's job title"));
    form->addRow(tr("&Job title:"), m_jobTitle);
    m_authorised = new QCheckBox(tr("The signatory &may sign for the company"), this);
    m_authorised->setObjectName(QStringLiteral("signatoryAuthorised"));
    m_authorised->setAccessibleName(tr("The signatory may sign for the company"));
    m_authorised->setChecked(signatory.authorised);
    form->addRow(QString(), m_authorised);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signatoryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setFocusPolicy(Qt::NoFocus);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send for signature"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendSignatoryButton"));
    m_send->setAccessibleName(tr("Send for signature"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSignatoryButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignatoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

Signatory SignatoryDialog::signatory() const
{
    return Signatory{m_name->text().trimmed(), m_email->text().trimmed(),
                     m_jobTitle->text().trimmed(), m_authorised->isChecked()};
}

QString SignatoryDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString SignatoryDialog::check()
{
    const Signatory s = signatory();
    QString message;
    QWidget *field = nullptr;
    if (s.name.isEmpty()) {
        message = tr("Signatory's name: enter the name of the person who signs.");
        field = m_name;
    } else if (s.email.isEmpty()) {
        message = tr("E-mail address: enter the signatory's e-mail address; the envelope is "
                     "sent there.");
        field = m_email;
    } else if (!validators::isEmail(s.email)) {
        message = tr("E-mail address: \"%1\" is not a valid e-mail address; check it "
                     "(name@company.com).")
                      .arg(s.email);
        field = m_email;
    } else if (s.jobTitle.isEmpty()) {
        message = tr("Job title: enter the signatory's job title.");
        field = m_jobTitle;
    } else if (!s.authorised) {
        message = tr("May sign for the company: confirm that the signatory may sign for the "
                     "company.");
        field = m_authorised;
    }
    m_problem->setText(message.isEmpty() ? QString() : tr("✖ %1").arg(message));
    m_problem->setAccessibleName(m_problem->text());
    m_problem->setVisible(!message.isEmpty());
    adjustSize(); // room for the message: the fields keep their height
    // The problem is read out with its field; the e-mail field keeps what it is for.
    const QString emailPurpose = tr("The e-signature envelope is sent to this address");
    m_name->setAccessibleDescription(field == m_name ? message : QString());
    m_email->setAccessibleDescription(field == m_email ? message : emailPurpose);
    m_jobTitle->setAccessibleDescription(field == m_jobTitle ? message : QString());
    m_authorised->setAccessibleDescription(field == m_authorised ? message : QString());
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
    return message;
}

void SignatoryDialog::accept()
{
    if (!check().isEmpty())
        return;
    QDialog::accept();
}

} // namespace od
