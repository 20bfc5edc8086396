#pragma once

#include "order/Order.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace od {

/// Who signs the envelope ("Send for signature…", "Send again…"): name, e-mail, job title and
/// "may sign for the company", prefilled from the order. OK checks them and names the field of
/// the first problem; the dialog stays open until they pass.
class SignatoryDialog : public QDialog
{
    Q_OBJECT
public:
    SignatoryDialog(const Signatory &signatory, const QString &intro, QWidget *parent = nullptr);

    /// What the rep entered, trimmed.
    Signatory signatory() const;
    /// The first problem, naming the field; empty when the signatory may be sent the envelope.
    /// The field concerned gets the focus and the message is shown.
    QString check();
    QString problem() const; ///< the message shown, empty when none

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_jobTitle;
    QCheckBox *m_authorised;
    QLabel *m_problem;
    QPushButton *m_send;
};

} // namespace od
