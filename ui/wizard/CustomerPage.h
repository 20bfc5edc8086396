#pragma once

#include "wizard/OrderPage.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace od {

class AddressForm;
class PhoneField;

/// Step 1: who orders. An existing customer (OCN and the account's e-mail), an online account,
/// or a prospect (company, legal address, contact); the company name; the Microsoft tenant id,
/// cleaned as it is pasted or typed. Switching the kind keeps what was typed for the others.
class CustomerPage : public OrderPage
{
    Q_OBJECT
public:
    explicit CustomerPage(OrderWizard *wizard);

protected:
    void load() override;

private:
    /// The rep left a field: show its problems. Not while the wizard is being hidden or
    /// destroyed: focus-out then fires editingFinished with the wizard half torn down.
    void leave(const QString &path)
    {
        if (!window()->isHidden())
            touch(path);
    }
    void setKind(CustomerKind kind);
    void alignLabelColumns();
    void onTenantEdited(const QString &text);
    void updateKindWidgets();
    void updateVerification();
    /// The rep typed a new OCN or account e-mail: written, and no longer verified.
    void accountChanged(QString *field, const QString &value);
    /// Asks the carrier's account service (through the wizard): `asked` by the button, else on
    /// leaving a field, once per OCN and e-mail and only when both look right.
    void checkAccount(bool asked);
    QString accountPair(); ///< the OCN and the e-mail (lower case), as one key
    /// Asks again with a new tenant: the check reports the tenant's consent too.
    void checkConsent();

    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_online = nullptr;
    QRadioButton *m_prospect = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_companyName = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLineEdit *m_ocn = nullptr;
    QLineEdit *m_accountEmail = nullptr;
    QLineEdit *m_onlineId = nullptr;
    AddressForm *m_prospectAddress = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    PhoneField *m_contactPhone = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLabel *m_tenantNote = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_checkAccount = nullptr;
    QString m_lastChecked;       ///< the OCN and e-mail last asked about
    QString m_verifiedPair;      ///< the OCN and e-mail the carrier verified
    QString m_lastTenantChecked; ///< the tenant the last consent question was about
    bool m_loading = false;
};

} // namespace od
