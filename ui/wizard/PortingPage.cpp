#include "PortingPage.h"

#include "catalog/Catalog.h"
#include "widgets/AddressForm.h"
#include "widgets/NumberListEditor.h"
#include "widgets/PhoneField.h"
#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace od {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

PortingPage::PortingPage(OrderWizard *wizard) : OrderPage(wizard, Step::Porting)
{
    setTitle(stepTitle(Step::Porting));
    setSubTitle(tr("Per country: keep the customer's numbers (port or migrate), or get new ones."));
    m_none = new QLabel(tr("The order has no country yet: choose countries on the voice plans "
                           "page."),
                        this);
    m_none->setWordWrap(true);
    contentLayout()->addWidget(m_none);
    contentLayout()->addStretch(1);
    // Leaving the page or closing the wizard takes what is typed in a numbers list at once.
    connect(wizard, &OrderWizard::flushRequested, this, [this] {
        for (Section &s : m_sections)
            s.numbers->commit();
    });
}

QString PortingPage::pathOf(const QString &code) const
{
    const QList<CountryOrder> &countries = orderWizard()->order().countries;
    for (int i = 0; i < countries.size(); ++i)
        if (countries.at(i).country == code)
            return QStringLiteral("countries[%1].porting").arg(i);
    return QString();
}

PortingDetails *PortingPage::details(const QString &code)
{
    CountryOrder *co = order().country(code);
    return co ? &co->porting : nullptr;
}

NumberListEditor *PortingPage::numbersEditor(const QString &code) const
{
    for (const Section &s : m_sections)
        if (s.code == code)
            return s.numbers;
    return nullptr;
}

void PortingPage::write(const QString &code, const std::function<void(PortingDetails &)> &edit)
{
    if (m_loading)
        return;
    if (PortingDetails *p = details(code)) {
        edit(*p);
        changed();
    }
}

void PortingPage::load()
{
    rebuild();
    // A country that keeps its numbers gets the earliest date and its own country as defaults.
    bool wrote = false;
    for (CountryOrder &co : order().countries) {
        if (!co.keepNumbers)
            continue;
        if (!co.porting.requestedDate.isValid()) {
            co.porting.requestedDate = orderWizard()->rules().earliestPortDate(co.country);
            wrote = true;
        }
        if (co.porting.accountHolderAddress.country.isEmpty()) {
            co.porting.accountHolderAddress.country = co.country;
            wrote = true;
        }
    }
    for (Section &s : m_sections)
        fill(s);
    if (wrote)
        changed();
}

void PortingPage::rebuild()
{
    QStringList codes;
    for (const CountryOrder &co : orderWizard()->order().countries)
        codes << co.country;
    m_none->setVisible(codes.isEmpty());
    if (codes == m_built)
        return;
    // Field paths are by position: rebuild only when the countries change.
    dropMessageLabels(QStringLiteral("countries["));
    for (Section &s : m_sections) {
        s.box->hide();
        s.box->deleteLater();
    }
    m_sections.clear();
    for (int i = 0; i < codes.size(); ++i) {
        Section s;
        s.code = codes.at(i);
        build(s, i);
        m_sections << s;
    }
    m_built = codes;
}

void PortingPage::build(Section &s, int index)
{
    const QString code = s.code;
    const CountryInfo *info = catalog().country(code);
    const QString name = info ? info->name : code;
    const QString inText = info ? info->inText() : code; // "in the Netherlands"
    const QString path = QStringLiteral("countries[%1].porting").arg(index);

    s.box = new QGroupBox(name, this);
    s.box->setObjectName(QStringLiteral("porting.") + code);
    auto *outer = new QVBoxLayout(s.box);
    s.keep = new QCheckBox(tr("&Keep existing numbers in %1 (port or migrate)").arg(inText), s.box);
    s.keep->setObjectName(QStringLiteral("keepNumbers.") + code);
    s.keep->setAccessibleName(tr("Keep existing numbers in %1").arg(inText));
    outer->addWidget(s.keep, 0, Qt::AlignLeft);
    s.newNumbersLine = new QLabel(
        tr("New numbers in %1 are chosen on the next page (offices and numbers).").arg(inText),
        s.box);
    s.newNumbersLine->setObjectName(QStringLiteral("newNumbersLine.") + code);
    s.newNumbersLine->setWordWrap(true);
    outer->addWidget(s.newNumbersLine);

    s.details = new QWidget(s.box);
    s.details->setObjectName(QStringLiteral("portingDetails.") + code);
    auto *form = new QFormLayout(s.details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addWidget(s.details);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, s.details);
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    auto addMessage = [&](const QString &subPath, bool below = false) {
        form->addRow(QString(), messageLabel(path + subPath, below));
    };

    if (info && !info->portingNotes.isEmpty()) {
        auto *notes = new QLabel(tr("ℹ %1").arg(info->portingNotes), s.details);
        notes->setObjectName(QStringLiteral("portingNotes.") + code);
        notes->setWordWrap(true);
        form->addRow(notes);
    }

    // Port or migrate.
    s.port = new QRadioButton(tr("Port from another &carrier"), s.details);
    s.port->setObjectName(QStringLiteral("port.") + code);
    s.port->setAccessibleName(tr("Port the numbers of %1 from another carrier").arg(inText));
    s.migrate = new QRadioButton(tr("&Migrate numbers already in Teams"), s.details);
    s.migrate->setObjectName(QStringLiteral("migrate.") + code);
    s.migrate->setAccessibleName(tr("Migrate numbers of %1 already used in Teams").arg(inText));
    s.kind = new QButtonGroup(s.details);
    s.kind->addButton(s.port, int(PortKind::Port));
    s.kind->addButton(s.migrate, int(PortKind::Migrate));
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(s.port);
    kindRow->addWidget(s.migrate);
    kindRow->addStretch(1);
    form->addRow(tr("How:"), kindRow);

    s.teamsType = new QComboBox(s.details);
    s.teamsType->setObjectName(QStringLiteral("teamsNumberType.") + code);
    s.teamsType->setAccessibleName(tr("How the numbers reach Teams today in %1").arg(inText));
    s.teamsType->addItem(tr("Choose…"), int(TeamsNumberType::Unknown));
    s.teamsType->addItem(tr("Microsoft Calling Plan"), int(TeamsNumberType::CallingPlan));
    s.teamsType->addItem(tr("Direct Routing"), int(TeamsNumberType::DirectRouting));
    s.teamsType->addItem(tr("Another Operator Connect operator"),
                         int(TeamsNumberType::OperatorConnect));
    s.teamsTypeLabel = addRow(tr("Teams n&umber type today:"), s.teamsType);
    addMessage(QStringLiteral(".currentTeamsNumberType"));

    s.losingCarrier = new QLineEdit(s.details);
    s.losingCarrier->setObjectName(QStringLiteral("losingCarrier.") + code);
    s.losingCarrier->setAccessibleName(tr("Losing carrier in %1").arg(inText));
    addRow(tr("&Losing carrier:"), s.losingCarrier);
    addMessage(QStringLiteral(".losingCarrier"));

    s.holderName = new QLineEdit(s.details);
    s.holderName->setObjectName(QStringLiteral("accountHolderName.") + code);
    s.holderName->setAccessibleName(tr("Account holder's name in %1").arg(inText));
    s.holderName->setAccessibleDescription(
        tr("Exactly as the losing carrier knows it, e.g. from its invoice."));
    s.holderName->setPlaceholderText(tr("As on the current carrier's invoice"));
    addRow(tr("&Account holder:"), s.holderName);
    addMessage(QStringLiteral(".accountHolderName"));

    s.address = new AddressForm(QStringLiteral("accountHolderAddress.") + code, s.details);
    s.address->setShowCompany(false);
    s.address->setCountries({{code, name}});
    s.address->setAccessibleContext(tr("account holder in %1").arg(inText));
    for (const char *key : {"street", "postalCode", "city", "country"})
        s.address->setMessageLabel(
            QLatin1String(key),
            messageLabel(path + QStringLiteral(".accountHolderAddress.") + QLatin1String(key)));
    auto *addressLabel =
        new QLabel(tr("Account holder's address\n(as the carrier has it):"), s.details);
    form->addRow(addressLabel, s.address);

    s.numbers = new NumberListEditor(QStringLiteral("numbers.") + code, s.details);
    s.numbers->setRegion(code);
    s.numbers->setAccessibleContext(name);
    addRow(tr("Numbe&rs:"), s.numbers);
    addMessage(QStringLiteral(".numbers"), true);

    if (info && info->usesMainBillingNumber) {
        s.billing = new PhoneField(s.details);
        s.billing->setObjectName(QStringLiteral("mainBillingNumber.") + code);
        s.billing->setAccessibleName(tr("Main billing number in %1").arg(inText));
        s.billing->setRegion(code);
        addRow(tr("Main billin&g number:"), s.billing);
        addMessage(QStringLiteral(".mainBillingNumber"));
    }

    s.date = new QDateEdit(s.details);
    s.date->setObjectName(QStringLiteral("requestedDate.") + code);
    s.date->setAccessibleName(tr("Requested port date in %1").arg(inText));
    s.date->setCalendarPopup(true);
    s.date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    s.date->setMinimumDate(QDate(2000, 1, 1)); // earlier than the lead time shows a message
    s.date->setMinimumWidth(
        s.date->fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 48);
    s.earliest = new QLabel(s.details);
    s.earliest->setObjectName(QStringLiteral("earliestDate.") + code);
    s.useEarliest = new QPushButton(tr("Use &earliest"), s.details);
    s.useEarliest->setObjectName(QStringLiteral("useEarliest.") + code);
    s.useEarliest->setAccessibleName(tr("Use the earliest possible port date in %1").arg(inText));
    s.useEarliest->setAutoDefault(false); // Enter stays Next
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(s.date);
    dateRow->addWidget(s.useEarliest);
    dateRow->addWidget(s.earliest, 1);
    auto *dateLabel = new QLabel(tr("Port &date:"), s.details);
    dateLabel->setBuddy(s.date);
    form->addRow(dateLabel, dateRow);
    addMessage(QStringLiteral(".requestedDate"));
    if (info) {
        const QDate earliest = orderWizard()->rules().earliestPortDate(code);
        const QString lead = info->portingLeadTimeMaxDays > info->portingLeadTimeDays
                                 ? tr("%1 to %2 working days depending on the numbers")
                                       .arg(info->portingLeadTimeDays)
                                       .arg(info->portingLeadTimeMaxDays)
                             : info->portingLeadTimeDays == 1
                                 ? tr("1 working day")
                                 : tr("%1 working days").arg(info->portingLeadTimeDays);
        s.earliest->setText(tr("earliest: %1, %2").arg(longDate(earliest), lead));
        s.date->setAccessibleDescription(s.earliest->text());
    }

    if (info) {
        for (const PortingField &f : info->portingFields) {
            auto *edit = new QLineEdit(s.details);
            edit->setObjectName(QStringLiteral("extra.%1.%2").arg(code, f.key));
            edit->setAccessibleName(tr("%1 in %2").arg(f.label, inText));
            edit->setAccessibleDescription(f.hint);
            edit->setToolTip(f.hint);
            edit->setPlaceholderText(f.hint);
            addRow(f.required ? tr("%1:").arg(f.label) : tr("%1 (optional):").arg(f.label), edit);
            addMessage(QStringLiteral(".extras.") + f.key);
            const QString key = f.key;
            connect(edit, &QLineEdit::textEdited, this, [this, code, key](const QString &text) {
                write(code, [&](PortingDetails &p) { p.extras.insert(key, text.trimmed()); });
            });
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, code, key] { touch(pathOf(code) + QStringLiteral(".extras.") + key); });
            s.extras.insert(f.key, edit);
        }
    }

    contentLayout()->insertWidget(contentLayout()->count() - 1, s.box);
    s.box->show();

    // Edits go straight into the order.
    connect(s.keep, &QCheckBox::toggled, this, [this, code](bool on) {
        if (m_loading)
            return;
        CountryOrder *co = order().country(code);
        if (!co)
            return;
        co->keepNumbers = on;
        if (on && !co->porting.requestedDate.isValid())
            co->porting.requestedDate = orderWizard()->rules().earliestPortDate(code);
        if (on && co->porting.accountHolderAddress.country.isEmpty())
            co->porting.accountHolderAddress.country = code;
        for (Section &sec : m_sections)
            if (sec.code == code) {
                fill(sec);
                updateVisibility(sec);
            }
        changed();
    });
    connect(s.kind, &QButtonGroup::idToggled, this, [this, code](int id, bool on) {
        if (!on || m_loading)
            return;
        write(code, [id](PortingDetails &p) { p.kind = PortKind(id); });
        for (Section &sec : m_sections)
            if (sec.code == code)
                updateVisibility(sec);
    });
    connect(s.teamsType, &QComboBox::activated, this, [this, code, combo = s.teamsType] {
        write(code, [combo](PortingDetails &p) {
            p.currentTeamsNumberType = TeamsNumberType(combo->currentData().toInt());
        });
        touch(pathOf(code) + QStringLiteral(".currentTeamsNumberType"));
    });
    connect(s.losingCarrier, &QLineEdit::textEdited, this, [this, code](const QString &text) {
        write(code, [&](PortingDetails &p) { p.losingCarrier = text.trimmed(); });
    });
    connect(s.losingCarrier, &QLineEdit::editingFinished, this,
            [this, code] { touch(pathOf(code) + QStringLiteral(".losingCarrier")); });
    connect(s.holderName, &QLineEdit::textEdited, this, [this, code](const QString &text) {
        write(code, [&](PortingDetails &p) { p.accountHolderName = text.trimmed(); });
    });
    connect(s.holderName, &QLineEdit::editingFinished, this,
            [this, code] { touch(pathOf(code) + QStringLiteral(".accountHolderName")); });
    connect(s.address, &AddressForm::edited, this, [this, code, form = s.address] {
        write(code, [form](PortingDetails &p) { p.accountHolderAddress = form->address(); });
    });
    connect(s.address, &AddressForm::fieldLeft, this, [this, code](const QString &key) {
        touch(pathOf(code) + QStringLiteral(".accountHolderAddress.") + key);
    });
    connect(s.numbers, &NumberListEditor::entriesChanged, this, [this, code, ed = s.numbers] {
        write(code, [ed](PortingDetails &p) { p.numbers = ed->entries(); });
    });
    connect(s.numbers, &NumberListEditor::left, this,
            [this, code] { touch(pathOf(code) + QStringLiteral(".numbers")); });
    connect(s.numbers, &NumberListEditor::imported, this,
            [this, code] { touch(pathOf(code) + QStringLiteral(".numbers")); });
    if (s.billing) {
        connect(s.billing, &PhoneField::valueChanged, this, [this, code](const QString &value) {
            write(code, [&](PortingDetails &p) { p.mainBillingNumber = value; });
        });
        connect(s.billing, &QLineEdit::editingFinished, this,
                [this, code] { touch(pathOf(code) + QStringLiteral(".mainBillingNumber")); });
    }
    connect(s.date, &QDateEdit::dateChanged, this, [this, code](const QDate &date) {
        write(code, [&](PortingDetails &p) { p.requestedDate = date; });
        touch(pathOf(code) + QStringLiteral(".requestedDate"));
    });
    connect(s.useEarliest, &QPushButton::clicked, this, [this, code, edit = s.date] {
        edit->setDate(orderWizard()->rules().earliestPortDate(code));
    });
}

void PortingPage::updateVisibility(Section &s)
{
    const CountryOrder *co = orderWizard()->order().country(s.code);
    const bool keep = co && co->keepNumbers;
    s.details->setVisible(keep);
    s.newNumbersLine->setVisible(!keep);
    const bool migrate = keep && co->porting.kind == PortKind::Migrate;
    s.teamsType->setVisible(migrate);
    s.teamsTypeLabel->setVisible(migrate);
}

void PortingPage::fill(Section &s)
{
    const CountryOrder *co = orderWizard()->order().country(s.code);
    if (!co)
        return;
    const PortingDetails &p = co->porting;
    m_loading = true;
    s.keep->setChecked(co->keepNumbers);
    (p.kind == PortKind::Migrate ? s.migrate : s.port)->setChecked(true);
    s.teamsType->setCurrentIndex(std::max(0, s.teamsType->findData(int(p.currentTeamsNumberType))));
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text().trimmed() != text)
            edit->setText(text);
    };
    setText(s.losingCarrier, p.losingCarrier);
    setText(s.holderName, p.accountHolderName);
    if (s.address->address() != p.accountHolderAddress)
        s.address->setAddress(p.accountHolderAddress);
    s.numbers->setEntries(p.numbers);
    if (s.billing && s.billing->value() != p.mainBillingNumber)
        s.billing->setValue(p.mainBillingNumber);
    if (p.requestedDate.isValid())
        s.date->setDate(p.requestedDate);
    for (auto it = s.extras.cbegin(); it != s.extras.cend(); ++it)
        setText(it.value(), p.extras.value(it.key()));
    m_loading = false;
    updateVisibility(s);
}

} // namespace od
