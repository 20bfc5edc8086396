#include "CustomerPage.h"

#include "order/Validators.h"
#include "widgets/AddressForm.h"
#include "widgets/PhoneField.h"
#include "widgets/ProblemPanel.h"
#include "wizard/FieldRow.h"
#include "wizard/OrderWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace od {

namespace {

const QString kProspectAddress = QStringLiteral("customer.prospectAddress");
const QString kProspectContact = QStringLiteral("customer.prospectContact");

QLineEdit *newEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CustomerPage::CustomerPage(OrderWizard *wizard) : OrderPage(wizard, Step::Customer)
{
    setTitle(stepTitle(Step::Customer));
    setSubTitle(tr("Who orders: the carrier's customer (OCN and the account e-mail), an online "
                   "account, or a company that is not a customer yet; and the Microsoft tenant."));
    QVBoxLayout *content = contentLayout();

    // How the customer is identified.
    auto *kindBox = new QGroupBox(tr("How is the customer identified?"), this);
    kindBox->setObjectName(QStringLiteral("customerKindBox"));
    auto *kindLayout = new QHBoxLayout(kindBox);
    m_existing = new QRadioButton(tr("&Existing customer (OCN and e-mail)"), kindBox);
    m_existing->setObjectName(QStringLiteral("customerKind.existing"));
    m_existing->setAccessibleName(tr("Existing customer, identified by OCN and e-mail"));
    m_online = new QRadioButton(tr("On&line account"), kindBox);
    m_online->setObjectName(QStringLiteral("customerKind.online"));
    m_online->setAccessibleName(tr("Existing customer, identified by online account"));
    m_prospect = new QRadioButton(tr("Not yet a &customer"), kindBox);
    m_prospect->setObjectName(QStringLiteral("customerKind.prospect"));
    m_prospect->setAccessibleName(tr("Not yet a customer: prospect order"));
    m_kinds = new QButtonGroup(this);
    m_kinds->addButton(m_existing, int(CustomerKind::Existing));
    m_kinds->addButton(m_online, int(CustomerKind::OnlineAccount));
    m_kinds->addButton(m_prospect, int(CustomerKind::Prospect));
    kindLayout->addWidget(m_existing);
    kindLayout->addWidget(m_online);
    kindLayout->addWidget(m_prospect);
    kindLayout->addStretch(1);
    content->addWidget(kindBox);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { setKind(CustomerKind(id)); });

    // The company name: for every kind (it names the order everywhere), required for a prospect.
    auto *top = new QWidget(this);
    auto *topGrid = newFieldGrid(top);
    topGrid->setContentsMargins(0, 0, 0, 0);
    m_companyName = newEdit(top, QStringLiteral("customer.companyName"));
    m_companyName->setAccessibleName(tr("Company name"));
    m_companyLabel = addFieldRow(topGrid, 0, tr("Company n&ame"), m_companyName,
                                 messageLabel(QStringLiteral("customer.companyName")));
    content->addWidget(top);
    connect(m_companyName, &QLineEdit::textEdited, this, [this](const QString &text) {
        order().customer.companyName = text.trimmed();
        changed();
    });
    connect(m_companyName, &QLineEdit::editingFinished, this,
            [this] { leave(QStringLiteral("customer.companyName")); });

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("customerKindStack"));
    content->addWidget(m_stack);

    // Existing customer: OCN + the e-mail address on that OCN.
    {
        auto *panel = new QWidget(m_stack);
        auto *grid = newFieldGrid(panel);
        grid->setContentsMargins(0, 0, 0, 0);
        m_ocn = newEdit(panel, QStringLiteral("customer.ocn"));
        m_ocn->setPlaceholderText(tr("4 to 12 digits"));
        addFieldRow(grid, 0, tr("&OCN (customer number)"), m_ocn,
                    messageLabel(QStringLiteral("customer.ocn")));
        m_accountEmail = newEdit(panel, QStringLiteral("customer.accountEmail"));
        m_accountEmail->setPlaceholderText(tr("the e-mail address registered on that OCN"));
        m_accountEmail->setAccessibleName(tr("Account e-mail"));
        m_accountEmail->setAccessibleDescription(tr("The e-mail address registered on the OCN"));
        addFieldRow(grid, 1, tr("Account e-&mail"), m_accountEmail,
                    messageLabel(QStringLiteral("customer.accountEmail")));
        m_stack->addWidget(panel);
        connect(m_ocn, &QLineEdit::textEdited, this, [this](const QString &text) {
            accountChanged(&order().customer.ocn, text.trimmed());
        });
        connect(m_ocn, &QLineEdit::editingFinished, this, [this] {
            leave(QStringLiteral("customer.ocn"));
            checkAccount(false);
        });
        connect(m_accountEmail, &QLineEdit::textEdited, this, [this](const QString &text) {
            accountChanged(&order().customer.accountEmail, text.trimmed());
        });
        connect(m_accountEmail, &QLineEdit::editingFinished, this, [this] {
            leave(QStringLiteral("customer.accountEmail"));
            checkAccount(false);
        });
    }

    // Online account.
    {
        auto *panel = new QWidget(m_stack);
        auto *grid = newFieldGrid(panel);
        grid->setContentsMargins(0, 0, 0, 0);
        m_onlineId = newEdit(panel, QStringLiteral("customer.onlineAccountId"));
        m_onlineId->setAccessibleName(tr("Online account id"));
        addFieldRow(grid, 0, tr("Online account &id"), m_onlineId,
                    messageLabel(QStringLiteral("customer.onlineAccountId")));
        m_stack->addWidget(panel);
        connect(m_onlineId, &QLineEdit::textEdited, this, [this](const QString &text) {
            order().customer.onlineAccountId = text.trimmed();
            changed();
        });
        connect(m_onlineId, &QLineEdit::editingFinished, this,
                [this] { leave(QStringLiteral("customer.onlineAccountId")); });
    }

    // Prospect: legal address and a contact.
    {
        auto *panel = new QWidget(m_stack);
        auto *box = new QVBoxLayout(panel);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(heading(tr("Legal address of the company"), panel));
        m_prospectAddress = new AddressForm(QStringLiteral("prospectAddress"), panel);
        m_prospectAddress->setShowCompany(false); // the company name is the field above
        QList<QPair<QString, QString>> countries;
        for (const CountryInfo &c : catalog().countries())
            countries.append({c.code, c.name});
        m_prospectAddress->setCountries(countries);
        for (const char *key : {"street", "postalCode", "city", "country"})
            m_prospectAddress->setMessageLabel(
                QLatin1String(key),
                messageLabel(kProspectAddress + QLatin1Char('.') + QLatin1String(key)));
        box->addWidget(m_prospectAddress);
        connect(m_prospectAddress, &AddressForm::edited, this, [this] {
            if (m_loading)
                return;
            order().customer.prospectAddress = m_prospectAddress->address();
            m_contactPhone->setRegion(order().customer.prospectAddress.country);
            changed();
        });
        connect(m_prospectAddress, &AddressForm::fieldLeft, this,
                [this](const QString &key) { leave(kProspectAddress + QLatin1Char('.') + key); });

        box->addWidget(heading(tr("Contact at the company"), panel));
        auto *contactWidget = new QWidget(panel);
        auto *grid = newFieldGrid(contactWidget);
        grid->setContentsMargins(0, 0, 0, 0);
        m_contactName = newEdit(contactWidget, QStringLiteral("customer.prospectContact.name"));
        m_contactName->setAccessibleName(tr("Contact name"));
        addFieldRow(grid, 0, tr("Contact na&me"), m_contactName,
                    messageLabel(kProspectContact + QStringLiteral(".name")));
        m_contactEmail = newEdit(contactWidget, QStringLiteral("customer.prospectContact.email"));
        m_contactEmail->setAccessibleName(tr("Contact e-mail address"));
        addFieldRow(grid, 1, tr("Contact e-mail add&ress"), m_contactEmail,
                    messageLabel(kProspectContact + QStringLiteral(".email")));
        m_contactPhone = new PhoneField(contactWidget);
        m_contactPhone->setObjectName(QStringLiteral("customer.prospectContact.phone"));
        m_contactPhone->setAccessibleName(tr("Contact phone number"));
        m_contactPhone->setAccessibleDescription(
            tr("National form of the address's country, or international form with +"));
        addFieldRow(grid, 2, tr("Contact ph&one"), m_contactPhone,
                    messageLabel(kProspectContact + QStringLiteral(".phone")));
        box->addWidget(contactWidget);
        box->addStretch(1);
        m_stack->addWidget(panel);

        connect(m_contactName, &QLineEdit::textEdited, this, [this](const QString &text) {
            order().customer.prospectContact.name = text.trimmed();
            changed();
        });
        connect(m_contactName, &QLineEdit::editingFinished, this,
                [this] { leave(kProspectContact + QStringLiteral(".name")); });
        connect(m_contactEmail, &QLineEdit::textEdited, this, [this](const QString &text) {
            order().customer.prospectContact.email = text.trimmed();
            changed();
        });
        connect(m_contactEmail, &QLineEdit::editingFinished, this,
                [this] { leave(kProspectContact + QStringLiteral(".email")); });
        connect(m_contactPhone, &PhoneField::valueChanged, this, [this](const QString &value) {
            if (m_loading || window()->isHidden())
                return;
            order().customer.prospectContact.phone = value;
            changed();
        });
        connect(m_contactPhone, &QLineEdit::editingFinished, this,
                [this] { leave(kProspectContact + QStringLiteral(".phone")); });
    }

    // The Microsoft tenant.
    auto *tenantWidget = new QWidget(this);
    auto *tenantGrid = newFieldGrid(tenantWidget);
    tenantGrid->setContentsMargins(0, 0, 0, 0);
    m_tenant = newEdit(tenantWidget, QStringLiteral("tenantId"));
    m_tenant->setPlaceholderText(tr("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_tenant->setAccessibleName(tr("Microsoft tenant ID"));
    m_tenant->setAccessibleDescription(
        tr("A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and "
           "urn:uuid: are removed."));
    m_tenant->setToolTip(m_tenant->accessibleDescription());
    auto *tenantCell = new QWidget(tenantWidget);
    auto *tenantBox = new QVBoxLayout(tenantCell);
    tenantBox->setContentsMargins(0, 0, 0, 0);
    tenantBox->setSpacing(2);
    m_tenantNote = new QLabel(tenantCell);
    m_tenantNote->setObjectName(QStringLiteral("tenantCleanedNote"));
    m_tenantNote->setWordWrap(true);
    m_tenantNote->setVisible(false);
    tenantBox->addWidget(m_tenant);
    tenantBox->addWidget(m_tenantNote);
    auto *tenantHint = new QLabel(tr("Paste it as it comes: a link, braces, spaces or "
                                     "\"urn:uuid:\" are removed and only the ID is kept."),
                                  tenantCell);
    tenantHint->setWordWrap(true);
    tenantHint->setEnabled(false); // secondary text
    tenantBox->addWidget(tenantHint);
    // addFieldRow puts the message under the whole cell (edit, note and hint).
    tenantCell->setAccessibleName(tr("Microsoft tenant ID"));
    addFieldRow(tenantGrid, 0, tr("Microsoft tenant I&D"), tenantCell,
                messageLabel(QStringLiteral("tenantId")))
        ->setBuddy(m_tenant);
    content->addWidget(tenantWidget);
    connect(m_tenant, &QLineEdit::textEdited, this, &CustomerPage::onTenantEdited);
    connect(m_tenant, &QLineEdit::editingFinished, this, [this] {
        if (window()->isHidden())
            return; // closing: see leave()
        const QString cleaned = validators::normaliseTenantId(m_tenant->text());
        if (cleaned != m_tenant->text())
            m_tenant->setText(cleaned);
        leave(QStringLiteral("tenantId"));
        checkConsent();
    });

    // Verification with the carrier's account service: asked when the rep leaves the OCN or the
    // e-mail (and with the button), through the outbox; the answer is said in words.
    auto *verificationRow = new QHBoxLayout;
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationStatus"));
    m_verification->setWordWrap(true);
    m_verification->setFrameShape(QFrame::StyledPanel);
    m_verification->setMargin(6);
    verificationRow->addWidget(m_verification, 1);
    m_checkAccount = new QPushButton(tr("Check the account"), this);
    m_checkAccount->setObjectName(QStringLiteral("checkAccountButton"));
    m_checkAccount->setAccessibleName(tr("Check the account with the carrier"));
    m_checkAccount->setAccessibleDescription(
        tr("Asks the carrier's account service whether the e-mail address belongs to the OCN"));
    m_checkAccount->setAutoDefault(false);
    connect(m_checkAccount, &QPushButton::clicked, this, [this] { checkAccount(true); });
    verificationRow->addWidget(m_checkAccount, 0, Qt::AlignTop);
    content->addLayout(verificationRow);
    connect(wizard, &OrderWizard::carrierNoteChanged, this, [this](const QString &key) {
        if (key == QLatin1String("customer"))
            updateVerification();
    });
    // The rule's "not verified yet" warning is what the status line says in full: claim it so
    // the problem panel does not repeat it (the label lives in a hidden holder).
    auto *holder = new QWidget(this);
    holder->setVisible(false);
    messageLabel(QStringLiteral("customer.verified"))->setParent(holder);

    content->addStretch(1);
    alignLabelColumns();
}

void CustomerPage::alignLabelColumns()
{
    // The page is several grids (company, the kind's panel, the tenant): one label width for
    // all, so the fields line up instead of starting at three different places.
    const QList<QGridLayout *> grids = findChildren<QGridLayout *>();
    int width = 0;
    for (QGridLayout *grid : grids)
        for (int row = 0; row < grid->rowCount(); ++row)
            if (QLayoutItem *item = grid->itemAtPosition(row, 0))
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    width = std::max(width, label->sizeHint().width());
    for (QGridLayout *grid : grids) {
        grid->setColumnMinimumWidth(0, width);
        grid->setHorizontalSpacing(12); // as newFieldGrid()'s
    }
}

void CustomerPage::load()
{
    m_loading = true;
    const Customer &c = order().customer;
    if (QAbstractButton *b = m_kinds->button(int(c.kind)))
        b->setChecked(true);
    auto set = [](QLineEdit *edit, const QString &value) {
        if (edit->text() != value)
            edit->setText(value);
    };
    set(m_companyName, c.companyName);
    set(m_ocn, c.ocn);
    set(m_accountEmail, c.accountEmail);
    set(m_onlineId, c.onlineAccountId);
    m_prospectAddress->setAddress(c.prospectAddress);
    set(m_contactName, c.prospectContact.name);
    set(m_contactEmail, c.prospectContact.email);
    m_contactPhone->setRegion(c.prospectAddress.country);
    m_contactPhone->setValue(c.prospectContact.phone);
    set(m_tenant, order().tenantId);
    m_tenantNote->setVisible(false);
    updateKindWidgets();
    m_loading = false;
}

void CustomerPage::setKind(CustomerKind kind)
{
    if (order().customer.kind == kind)
        return;
    // Only the kind changes: what was typed for the other kinds stays in the order.
    order().customer.kind = kind;
    updateKindWidgets();
    changed();
}

void CustomerPage::updateKindWidgets()
{
    const CustomerKind kind = order().customer.kind;
    const int index = kind == CustomerKind::Existing        ? 0
                      : kind == CustomerKind::OnlineAccount ? 1
                                                            : 2;
    m_stack->setCurrentIndex(index);
    // A stacked widget is as tall as its tallest panel: let the hidden ones take no room.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->updateGeometry();
    const bool prospect = kind == CustomerKind::Prospect;
    m_companyName->setPlaceholderText(prospect ? tr("required: the company's registered name")
                                               : tr("as the customer writes it; names the order"));
    m_companyName->setAccessibleDescription(prospect ? tr("Required for a new customer")
                                                     : tr("Optional; names the order everywhere"));
    updateVerification();
}

void CustomerPage::updateVerification()
{
    const Customer &c = order().customer;
    QString text;
    if (c.kind == CustomerKind::Prospect)
        text = tr("Account check: not needed. This is a prospect order; the carrier creates the "
                  "customer account when it accepts the order.");
    else if (c.verified)
        text = tr("Account check: ✔ verified by the carrier.");
    else if (c.kind == CustomerKind::Existing)
        text = tr("Account check: ℹ not verified yet. The OCN and the account e-mail are checked "
                  "with the carrier's account service before the order is sent; you can go on.");
    else
        text = tr("Account check: ℹ not verified yet. The online account is checked with the "
                  "carrier's account service before the order is sent; you can go on.");
    const QString carrier = orderWizard()->carrierNote(QStringLiteral("customer"));
    // The carrier's word (checking, queued, or why not verified) replaces the general one;
    // verified, it adds the tenant's consent.
    if (!carrier.isEmpty() && c.kind == CustomerKind::Existing)
        text =
            c.verified ? text + QLatin1Char(' ') + carrier : tr("Account check: %1").arg(carrier);
    m_verification->setText(text);
    m_verification->setAccessibleName(text);
    m_checkAccount->setVisible(c.kind == CustomerKind::Existing);
    m_checkAccount->setEnabled(!c.verified && !c.ocn.isEmpty() && !c.accountEmail.isEmpty());
}

void CustomerPage::accountChanged(QString *field, const QString &value)
{
    if (*field == value)
        return;
    const QString before = accountPair();
    *field = value;
    // Another OCN or e-mail is an account nobody has checked yet; typed back to the account the
    // carrier verified, it is that account again.
    Customer &c = order().customer;
    if (c.verified)
        m_verifiedPair = before;
    c.verified = !m_verifiedPair.isEmpty() && accountPair() == m_verifiedPair;
    orderWizard()->setCarrierNote(QStringLiteral("customer"), QString());
    changed();
    updateVerification();
}

void CustomerPage::checkConsent()
{
    // The account check also asks for the tenant's Operator Connect consent: asked again for
    // each new tenant, once the customer is known.
    const Customer &c = order().customer;
    const QString tenant = order().tenantId;
    if (c.kind != CustomerKind::Existing || c.ocn.isEmpty() || c.accountEmail.isEmpty() ||
        tenant.isEmpty() || tenant == m_lastTenantChecked)
        return;
    for (const Problem &p : orderWizard()->problemsOf(Step::Customer))
        if (p.isError() && p.field == QLatin1String("tenantId"))
            return;
    m_lastTenantChecked = tenant;
    orderWizard()->requestFromCarrier(OrderWizard::CarrierRequest::CheckAccount);
}

QString CustomerPage::accountPair()
{
    const Customer &c = order().customer;
    return c.ocn + QLatin1Char('\n') + c.accountEmail.toLower();
}

void CustomerPage::checkAccount(bool asked)
{
    const Customer &c = order().customer;
    if (c.kind != CustomerKind::Existing || c.verified || c.ocn.isEmpty() ||
        c.accountEmail.isEmpty())
        return;
    // Leaving a field asks once per OCN and e-mail, and only when both look right; the button
    // asks again.
    const QString pair = accountPair();
    if (!asked) {
        if (pair == m_lastChecked)
            return;
        for (const Problem &p : orderWizard()->problemsOf(Step::Customer))
            if (p.isError() && (p.field == QLatin1String("customer.ocn") ||
                                p.field == QLatin1String("customer.accountEmail")))
                return;
    }
    m_lastChecked = pair;
    orderWizard()->requestFromCarrier(OrderWizard::CarrierRequest::CheckAccount);
}

void CustomerPage::onTenantEdited(const QString &text)
{
    // Clean what was pasted or typed as soon as it contains a whole tenant id.
    const QString cleaned = validators::normaliseTenantId(text);
    if (validators::isGuid(cleaned) && cleaned != text) {
        const bool onlyCase = cleaned.compare(text, Qt::CaseInsensitive) == 0;
        const int cursor = m_tenant->cursorPosition();
        m_tenant->setText(cleaned);
        if (onlyCase)
            m_tenant->setCursorPosition(cursor);
        m_tenantNote->setText(onlyCase ? QString()
                                       : tr("✔ Cleaned: only the tenant ID was kept from what "
                                            "was pasted."));
        m_tenantNote->setVisible(!onlyCase);
    } else if (!validators::isGuid(cleaned)) {
        m_tenantNote->setVisible(false);
    }
    order().tenantId = cleaned;
    changed();
}

} // namespace od
