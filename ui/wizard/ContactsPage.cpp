#include "ContactsPage.h"

#include "widgets/AddressForm.h"
#include "widgets/PhoneField.h"
#include "widgets/ProblemPanel.h"
#include "wizard/FieldRow.h"
#include "wizard/OrderWizard.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {
const QString kOrderContact = QStringLiteral("orderContact");
const QString kTechnicalContact = QStringLiteral("technicalContact");
const QString kLegalAddress = QStringLiteral("legalAddress");
const QString kConfirmed = QStringLiteral("legalAddressConfirmed");
} // namespace

ContactsPage::ContactsPage(OrderWizard *wizard) : OrderPage(wizard, Step::Contacts)
{
    setTitle(stepTitle(Step::Contacts));
    setSubTitle(tr("Who the carrier talks to about the order, and the legal company address."));
    QVBoxLayout *content = contentLayout();

    // The two contacts side by side: the page stays short enough for 1366×768.
    auto *contacts = new QHBoxLayout;
    contacts->addWidget(buildContact(kOrderContact, tr("Order contact"), false, &m_order), 1);
    contacts->addWidget(
        buildContact(kTechnicalContact, tr("Technical contact"), true, &m_technical), 1);
    content->addLayout(contacts);

    auto *legalBox = new QGroupBox(tr("Legal company address"), this);
    legalBox->setObjectName(QStringLiteral("legalAddressBox"));
    auto *legalLayout = new QVBoxLayout(legalBox);
    m_legalAddress = new AddressForm(QStringLiteral("legalAddress"), legalBox);
    QList<QPair<QString, QString>> countries;
    for (const CountryInfo &c : catalog().countries())
        countries.append({c.code, c.name});
    m_legalAddress->setCountries(countries);
    for (const char *key : {"companyName", "street", "postalCode", "city", "country"})
        m_legalAddress->setMessageLabel(
            QLatin1String(key),
            messageLabel(kLegalAddress + QLatin1Char('.') + QLatin1String(key)));
    legalLayout->addWidget(m_legalAddress);
    connect(m_legalAddress, &AddressForm::edited, this, [this] {
        if (m_loading)
            return;
        order().legalAddress = m_legalAddress->address();
        // The confirmation was for the address as it was: a changed address is confirmed again.
        if (order().legalAddressConfirmed) {
            order().legalAddressConfirmed = false;
            m_confirmed->setChecked(false);
            touch(kConfirmed);
        }
        changed();
    });
    connect(m_legalAddress, &AddressForm::fieldLeft, this,
            [this](const QString &key) { leave(kLegalAddress + QLatin1Char('.') + key); });

    m_confirmed = new QCheckBox(tr("The customer confirmed the le&gal address"), legalBox);
    m_confirmed->setObjectName(QStringLiteral("legalAddressConfirmed"));
    m_confirmed->setAccessibleName(tr("The customer confirmed the legal address"));
    m_confirmed->setAccessibleDescription(
        tr("Read the address back to the customer and tick when they confirm it. Changing the "
           "address clears the tick."));
    legalLayout->addWidget(m_confirmed);
    legalLayout->addWidget(messageLabel(kConfirmed));
    content->addWidget(legalBox);
    connect(m_confirmed, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        order().legalAddressConfirmed = on;
        touch(kConfirmed);
        changed();
    });
    content->addStretch(1);
}

QWidget *ContactsPage::buildContact(const QString &path, const QString &title, bool technical,
                                    ContactWidgets *w)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(path + QStringLiteral("Box"));
    auto *outer = new QVBoxLayout(box);
    if (technical) {
        m_copy = new QPushButton(tr("Same as or&der contact"), box);
        m_copy->setObjectName(QStringLiteral("sameAsOrderContactButton"));
        m_copy->setAccessibleName(tr("Same as order contact"));
        m_copy->setAccessibleDescription(
            tr("Copies the order contact's name, e-mail, phone and job title into the technical "
               "contact"));
        m_copy->setAutoDefault(false); // Enter stays Next
        auto *row = new QHBoxLayout;
        row->addWidget(m_copy);
        row->addStretch(1);
        outer->addLayout(row);
        connect(m_copy, &QPushButton::clicked, this, &ContactsPage::copyOrderContact);
    }
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    outer->addLayout(grid);
    outer->addStretch(1);

    // Mnemonics: every letter once on the page (the legal address takes m, t, x, p, i, v, y;
    // the wizard's buttons s, b, n; the main window's menus f and h). The technical contact's
    // phone has none left: "Same as order contact" is the quick way there.
    const QString who = technical ? tr("Technical contact") : tr("Order contact");
    w->name = new QLineEdit(box);
    w->name->setObjectName(path + QStringLiteral(".name"));
    w->name->setAccessibleName(tr("%1: full name").arg(who));
    addFieldRow(grid, 0, technical ? tr("F&ull name") : tr("Full n&ame"), w->name,
                messageLabel(path + QStringLiteral(".name")));
    w->email = new QLineEdit(box);
    w->email->setObjectName(path + QStringLiteral(".email"));
    w->email->setAccessibleName(tr("%1: e-mail address").arg(who));
    addFieldRow(grid, 1, technical ? tr("E-mail add&ress") : tr("&E-mail address"), w->email,
                messageLabel(path + QStringLiteral(".email")));
    w->phone = new PhoneField(box);
    w->phone->setObjectName(path + QStringLiteral(".phone"));
    w->phone->setAccessibleName(tr("%1: phone number").arg(who));
    w->phone->setAccessibleDescription(
        tr("National form of the order's first country, or international form with +"));
    addFieldRow(grid, 2, technical ? tr("Phone number") : tr("Ph&one number"), w->phone,
                messageLabel(path + QStringLiteral(".phone")));
    w->jobTitle = new QLineEdit(box);
    w->jobTitle->setObjectName(path + QStringLiteral(".jobTitle"));
    w->jobTitle->setAccessibleName(tr("%1: job title").arg(who));
    addFieldRow(grid, 3, technical ? tr("Job tit&le") : tr("&Job title"), w->jobTitle,
                messageLabel(path + QStringLiteral(".jobTitle")));

    auto edited = [this, path](auto assign) {
        return [this, path, assign](const QString &text) {
            if (m_loading || window()->isHidden())
                return;
            assign(contactAt(path), text);
            changed();
        };
    };
    connect(w->name, &QLineEdit::textEdited, this,
            edited([](Contact &c, const QString &t) { c.name = t.trimmed(); }));
    connect(w->email, &QLineEdit::textEdited, this,
            edited([](Contact &c, const QString &t) { c.email = t.trimmed(); }));
    connect(w->phone, &PhoneField::valueChanged, this,
            edited([](Contact &c, const QString &t) { c.phone = t; }));
    connect(w->jobTitle, &QLineEdit::textEdited, this,
            edited([](Contact &c, const QString &t) { c.jobTitle = t.trimmed(); }));
    for (const char *field : {"name", "email", "phone", "jobTitle"}) {
        auto *edit = box->findChild<QLineEdit *>(path + QLatin1Char('.') + QLatin1String(field));
        const QString fieldPath = path + QLatin1Char('.') + QLatin1String(field);
        connect(edit, &QLineEdit::editingFinished, this, [this, fieldPath] { leave(fieldPath); });
    }
    return box;
}

Contact &ContactsPage::contactAt(const QString &path)
{
    return path == kOrderContact ? order().orderContact : order().technicalContact;
}

QString ContactsPage::phoneRegion() const
{
    const Order &o = orderWizard()->order();
    if (!o.countries.isEmpty())
        return o.countries.first().country;
    return o.legalAddress.country;
}

void ContactsPage::loadContact(const ContactWidgets &w, const Contact &c)
{
    auto set = [](QLineEdit *edit, const QString &value) {
        if (edit->text() != value)
            edit->setText(value);
    };
    set(w.name, c.name);
    set(w.email, c.email);
    w.phone->setRegion(phoneRegion());
    w.phone->setValue(c.phone);
    set(w.jobTitle, c.jobTitle);
}

void ContactsPage::prefillLegalAddress()
{
    if (!order().legalAddress.isEmpty())
        return; // typed before: never overwritten
    const Customer &c = order().customer;
    Address a;
    if (c.kind == CustomerKind::Prospect && !c.prospectAddress.isEmpty())
        a = c.prospectAddress; // a prospect gave its legal address on the customer page
    // The company is the customer: its name need not be typed twice.
    if (a.companyName.trimmed().isEmpty())
        a.companyName = c.companyName.trimmed();
    if (a.isEmpty())
        return;
    order().legalAddress = a;
    changed();
}

void ContactsPage::load()
{
    prefillLegalAddress();
    m_loading = true;
    loadContact(m_order, order().orderContact);
    loadContact(m_technical, order().technicalContact);
    m_legalAddress->setAddress(order().legalAddress);
    m_confirmed->setChecked(order().legalAddressConfirmed);
    m_loading = false;
}

void ContactsPage::copyOrderContact()
{
    order().technicalContact = order().orderContact;
    m_loading = true;
    loadContact(m_technical, order().technicalContact);
    m_loading = false;
    touch(kTechnicalContact);
    changed();
}

} // namespace od
