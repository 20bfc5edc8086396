#pragma once

#include "wizard/OrderPage.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace od {

class AddressForm;
class PhoneField;

/// Step 5: the order contact and the technical contact ("Same as order contact" copies the one
/// into the other), and the legal company address, which the rep confirms with the customer.
class ContactsPage : public OrderPage
{
    Q_OBJECT
public:
    explicit ContactsPage(OrderWizard *wizard);

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
    struct ContactWidgets
    {
        QLineEdit *name = nullptr;
        QLineEdit *email = nullptr;
        PhoneField *phone = nullptr;
        QLineEdit *jobTitle = nullptr;
    };
    /// Builds the four fields of the contact at `path` ("orderContact") into a group box.
    QWidget *buildContact(const QString &path, const QString &title, bool technical,
                          ContactWidgets *widgets);
    Contact &contactAt(const QString &path);
    void loadContact(const ContactWidgets &w, const Contact &c);
    void copyOrderContact();
    void prefillLegalAddress();
    QString phoneRegion() const;

    ContactWidgets m_order;
    ContactWidgets m_technical;
    QPushButton *m_copy = nullptr;
    AddressForm *m_legalAddress = nullptr;
    QCheckBox *m_confirmed = nullptr;
    bool m_loading = false;
};

} // namespace od
