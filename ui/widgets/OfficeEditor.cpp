#include "OfficeEditor.h"

#include "phone/PhoneNumbers.h"
#include "widgets/AddressForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int kMaxNumbers = 100;
// The boxes take more than the rule allows, so that "101" typed is 101 with the rule's message
// beside it, not a silent "10".
constexpr int kMaxTyped = 999;

bool hasReservation(const Office &o)
{
    return !o.reservedNumbers.isEmpty() || !o.reservationId.isEmpty();
}

/// Reserved numbers, or a reservation asked for and waiting for the number service.
bool hasReservationOrRequest(const Office &o)
{
    return o.reservationRequested || hasReservation(o);
}

/// Whether `b` is the number right after `a` (both E.164).
bool follows(const QString &a, const QString &b)
{
    if (a.size() != b.size() || a.size() < 2)
        return false;
    bool okA = false;
    bool okB = false;
    const qint64 x = QStringView(a).mid(1).toLongLong(&okA);
    const qint64 y = QStringView(b).mid(1).toLongLong(&okB);
    return okA && okB && y == x + 1;
}

/// The numbers in national form, each run of consecutive numbers as "first – last": a
/// reservation of 100 numbers is one line to read (and two numbers to format, not 100, which
/// for a maximal order of 7,000 numbers took a quarter of a second on every load).
QString numbersText(const QStringList &e164)
{
    QStringList parts;
    for (qsizetype i = 0; i < e164.size();) {
        qsizetype last = i;
        while (last + 1 < e164.size() && follows(e164.at(last), e164.at(last + 1)))
            ++last;
        QString part = PhoneNumbers::formatNational(e164.at(i));
        if (last > i)
            part += QStringLiteral(" – ") + PhoneNumbers::formatNational(e164.at(last));
        parts << part;
        i = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QLabel *noteLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OfficeEditor::OfficeEditor(const QString &path, int number, const CountryInfo &country, Hooks hooks,
                           QWidget *parent)
    : QGroupBox(parent), m_path(path), m_number(number), m_country(country),
      m_hooks(std::move(hooks))
{
    setObjectName(path);
    setTitle(tr("Office %1").arg(number));
    // Every office of every country has the same fields: their accessible names say which
    // office they belong to.
    const QString which = tr("office %1 in %2").arg(number).arg(country.inText());
    auto ofOffice = [&which](const QString &label) {
        return tr("%1 (%2)", "a field of an office (which office)")
            .arg(QString(label).remove(QLatin1Char('&')), which);
    };
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns);

    // Left: the emergency address, validated.
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 3);
    const QString addressPath = path + QStringLiteral(".address");
    m_address = new AddressForm(addressPath, this);
    m_address->setCountries({{country.code, country.name}});
    m_address->setAccessibleContext(which);
    for (const char *key : {"companyName", "street", "houseNumber", "postalCode", "city",
                            "stateOrProvince", "country"}) {
        const QString k = QLatin1String(key);
        m_address->setMessageLabel(k,
                                   m_hooks.messageLabel(addressPath + QLatin1Char('.') + k, false));
    }
    left->addWidget(m_address);
    connect(m_address, &AddressForm::edited, this, &OfficeEditor::onAddressEdited);
    connect(m_address, &AddressForm::fieldLeft, this, [this, addressPath](const QString &key) {
        m_hooks.touch(addressPath + QLatin1Char('.') + key);
    });

    auto *validateRow = new QHBoxLayout;
    m_validate = new QPushButton(tr("Vali&date address"), this);
    m_validate->setObjectName(path + QStringLiteral(".validate"));
    m_validate->setAccessibleName(tr("Validate the address of %1").arg(which));
    m_validate->setAutoDefault(false);
    connect(m_validate, &QPushButton::clicked, this, &OfficeEditor::onValidate);
    validateRow->addWidget(m_validate, 0, Qt::AlignTop);
    m_validation = noteLabel(path + QStringLiteral(".validationStatus"), this);
    m_validation->setAccessibleName(tr("Address validation of %1").arg(which));
    validateRow->addWidget(m_validation, 1);
    left->addLayout(validateRow);
    left->addWidget(m_hooks.messageLabel(addressPath, false));
    left->addStretch(1);

    // Right: area code and numbers.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(form, 2);

    m_areaCode = new QComboBox(this);
    m_areaCode->setEditable(true);
    m_areaCode->setInsertPolicy(QComboBox::NoInsert);
    m_areaCode->setObjectName(path + QStringLiteral(".areaCode"));
    m_areaCode->lineEdit()->setObjectName(path + QStringLiteral(".areaCode"));
    const QString areaLabel =
        country.areaCodeMustMatchLocality ? tr("&Area code") : tr("&Area code (optional)");
    m_areaCode->setAccessibleName(ofOffice(areaLabel));
    // The text field inside is what a screen reader lands on: it says the same, not the value.
    m_areaCode->lineEdit()->setAccessibleName(m_areaCode->accessibleName());
    m_areaCode->setAccessibleDescription(
        country.areaCodeMustMatchLocality
            ? tr("In %1 the area code must belong to the office's city; the list offers the "
                 "area codes of the city typed above.")
                  .arg(country.inText())
            : tr("Optional: the area code the new numbers should have."));
    auto *areaLabelWidget = new QLabel(areaLabel, this);
    areaLabelWidget->setBuddy(m_areaCode);
    auto *areaBox = new QVBoxLayout;
    areaBox->addWidget(m_areaCode);
    m_areaStatus = noteLabel(path + QStringLiteral(".areaCodeStatus"), this);
    areaBox->addWidget(m_areaStatus);
    areaBox->addWidget(m_hooks.messageLabel(path + QStringLiteral(".areaCode"), false));
    form->addRow(areaLabelWidget, areaBox);
    auto writeArea = [this](const QString &text) {
        if (m_loading)
            return;
        if (Office *o = m_hooks.office()) {
            // Stored without the trunk prefix ("069" → "69"); a half-typed or wrong entry is
            // kept as typed so the rule can say what is wrong with it.
            QString code = text.trimmed();
            code.remove(QLatin1Char(' '));
            if (const QString n = PhoneNumbers::normalizeAreaCode(m_country.code, code);
                !n.isEmpty())
                code = n;
            if (o->areaCode != code) {
                o->areaCode = code;
                m_hooks.changed();
                refresh();
            }
        }
    };
    connect(m_areaCode, &QComboBox::currentTextChanged, this, writeArea);
    // Reserved numbers of another area are dropped when the rep commits the new code, not
    // on each keystroke of it.
    connect(m_areaCode->lineEdit(), &QLineEdit::editingFinished, this, [this, path] {
        onAreaCodeCommitted();
        m_hooks.touch(path + QStringLiteral(".areaCode"));
    });
    connect(m_areaCode, &QComboBox::activated, this, [this, path] {
        onAreaCodeCommitted();
        m_hooks.touch(path + QStringLiteral(".areaCode"));
    });

    auto addSpin = [&](QSpinBox *&spin, const char *key, const QString &label, const QString &name,
                       const QString &description) {
        spin = new QSpinBox(this);
        spin->setObjectName(path + QLatin1Char('.') + QLatin1String(key));
        spin->setRange(0, kMaxTyped);
        // Values are taken when the rep leaves the box (or presses Enter or an arrow), so a
        // half-typed "1" of "12" never rebalances the other counts.
        spin->setKeyboardTracking(false);
        spin->setAccessibleName(ofOffice(name));
        spin->setAccessibleDescription(description);
        auto *l = new QLabel(label, this);
        l->setBuddy(spin);
        auto *box = new QVBoxLayout;
        box->addWidget(spin);
        box->addWidget(m_hooks.messageLabel(path + QLatin1Char('.') + QLatin1String(key), false));
        form->addRow(l, box);
        QSpinBox *self = spin;
        connect(spin, &QSpinBox::valueChanged, this, [this, self] { onCountEdited(self); });
        connect(spin, &QSpinBox::editingFinished, this,
                [this, path, key] { m_hooks.touch(path + QLatin1Char('.') + QLatin1String(key)); });
    };
    addSpin(m_total, "totalNumbers", tr("Ne&w numbers"), tr("New numbers"),
            tr("How many new numbers this office gets, 1 to %1.").arg(kMaxNumbers));
    addSpin(m_users, "userNumbers", tr("for us&ers"), tr("Numbers for users"),
            tr("Of the office's numbers, how many are for users."));
    addSpin(m_resource, "resourceAccountNumbers", tr("for resour&ce accounts"),
            tr("Numbers for resource accounts"),
            tr("Of the office's numbers, how many are for resource accounts (auto attendants, "
               "call queues)."));

    m_reserve = new QPushButton(tr("Rese&rve numbers"), this);
    m_reserve->setObjectName(path + QStringLiteral(".reserve"));
    m_reserve->setAccessibleName(tr("Reserve the numbers of %1").arg(which));
    m_reserve->setAccessibleDescription(
        tr("Enabled when the address is validated (or its validation is queued) and the "
           "numbers add up."));
    m_reserve->setAutoDefault(false);
    connect(m_reserve, &QPushButton::clicked, this, &OfficeEditor::onReserve);
    form->addRow(QString(), m_reserve);

    m_reservation = noteLabel(path + QStringLiteral(".reservation"), this);
    m_reservation->setAccessibleName(tr("Reservation of %1").arg(which));
    outer->addWidget(m_reservation);
    outer->addWidget(m_hooks.messageLabel(path + QStringLiteral(".reservedNumbers"), true));

    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    m_remove = new QPushButton(tr("Remove office %1").arg(number), this);
    m_remove->setObjectName(path + QStringLiteral(".remove"));
    m_remove->setAccessibleName(tr("Remove %1").arg(which));
    m_remove->setAccessibleDescription(tr("The office can be restored with Undo."));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_hooks.remove(); });
    removeRow->addWidget(m_remove);
    outer->addLayout(removeRow);

    // Tab order: address, Validate, area code, counts, Reserve, Remove.
    QWidget *lastAddress = m_address->countryBox();
    setTabOrder(lastAddress, m_validate);
    setTabOrder(m_validate, m_areaCode);
    setTabOrder(m_areaCode, m_total);
    setTabOrder(m_total, m_users);
    setTabOrder(m_users, m_resource);
    setTabOrder(m_resource, m_reserve);
    setTabOrder(m_reserve, m_remove);
}

void OfficeEditor::load()
{
    const Office *o = m_hooks.office();
    if (!o)
        return;
    Notes &n = notes();
    if (n.preferredUsers < 0) { // first load of this office in this session
        n.preferredUsers = o->userNumbers;
        n.preferredResourceAccounts = o->resourceAccountNumbers;
        if (hasReservationOrRequest(*o))
            n.reservedArea = o->areaCode;
    }
    // What the rep already asked for (Validate, Reserve) is shown at once: the rules' message
    // under the field is the one place that says what it waits for.
    if (o->validationRequested || o->validation != AddressValidation::NotValidated)
        m_hooks.touch(m_path + QStringLiteral(".address"));
    if (o->reservationRequested || hasReservation(*o))
        m_hooks.touch(m_path + QStringLiteral(".reservedNumbers"));
    m_loading = true;
    m_address->setAddress(o->address);
    if (m_areaCode->currentText() != o->areaCode)
        m_areaCode->setEditText(o->areaCode);
    m_total->setValue(o->totalNumbers);
    m_users->setValue(o->userNumbers);
    m_resource->setValue(o->resourceAccountNumbers);
    m_loading = false;
    refresh();
}

void OfficeEditor::setAreaCodeSuggestions(const QStringList &codes, bool pending)
{
    const Office *o = m_hooks.office();
    const QString city = o ? o->address.city.trimmed() : QString();
    m_loading = true;
    const QString current = m_areaCode->currentText();
    m_areaCode->clear();
    m_areaCode->addItems(codes);
    m_areaCode->setEditText(current); // the rep's entry is never replaced by a suggestion
    // An example of this country, not another's: the city's first code when known.
    m_areaCode->lineEdit()->setPlaceholderText(codes.isEmpty() ? QString()
                                                               : tr("e.g. %1").arg(codes.first()));
    m_loading = false;
    if (pending)
        m_areaStatus->setText(tr("Finding the area codes of %1…").arg(city));
    else if (city.isEmpty())
        m_areaStatus->setText(m_country.areaCodeMustMatchLocality
                                  ? tr("Type the city first: the list then offers its area codes.")
                                  : QString());
    else if (codes.isEmpty())
        m_areaStatus->setText(tr("No area code known for %1: type it.").arg(city));
    else
        m_areaStatus->setText(
            tr("Area codes of %1: %2").arg(city, codes.join(QStringLiteral(", "))));
    m_areaStatus->setVisible(!m_areaStatus->text().isEmpty());
}

void OfficeEditor::onAddressEdited()
{
    if (m_loading)
        return;
    Office *o = m_hooks.office();
    if (!o)
        return;
    o->address = m_address->address();
    // A validated address is never edited in place: the edit makes it a new, unvalidated one.
    // The same holds for an address sent for validation: the service would confirm the old one.
    if (o->validation != AddressValidation::NotValidated || o->validationRequested ||
        !o->validatedAddressId.isEmpty() || o->geocode) {
        notes().validationLost =
            o->validation == AddressValidation::Validated || o->validationRequested;
        o->validation = AddressValidation::NotValidated;
        o->validationRequested = false;
        o->validatedAddressId.clear();
        o->geocode.reset();
    }
    m_hooks.changed();
    refresh();
}

void OfficeEditor::onValidate()
{
    Office *o = m_hooks.office();
    if (!o)
        return;
    m_hooks.touch(m_path + QStringLiteral(".address"));
    if (!addressComplete()) {
        refresh();
        m_validation->setText(
            tr("Complete the address first: company name, street, postal code and city."));
        m_validation->setVisible(true);
        return;
    }
    // Sent through the outbox: answered at once when the address service is reachable, queued
    // (and kept in the order) when not.
    o->validation = AddressValidation::NotValidated;
    o->validationRequested = true;
    o->validatedAddressId.clear();
    o->geocode.reset();
    notes().validationLost = false;
    m_hooks.changed();
    refresh();
    if (m_hooks.ask)
        m_hooks.ask(false);
}

void OfficeEditor::onCountEdited(QSpinBox *which)
{
    if (m_loading)
        return;
    int total = m_total->value();
    int users = m_users->value();
    int resource = m_resource->value();
    // Keep total = users + resource accounts: the box the rep changed wins. A new total keeps
    // the split the rep typed last (users, or resource accounts) and gives the rest to the
    // other; until the rep types a split, the numbers go to users. What the rep asked for is
    // remembered, so lowering the total for a moment (typing "12" passes through "1") loses
    // nothing.
    Notes &n = notes();
    if (which == m_total) {
        if (n.splitTypedLast == Notes::Split::Users) {
            users = std::min(std::max(0, n.preferredUsers), total);
            resource = total - users;
        } else {
            resource = std::min(std::max(0, n.preferredResourceAccounts), total);
            users = total - resource;
        }
    } else if (which == m_users) {
        n.preferredUsers = users;
        n.splitTypedLast = Notes::Split::Users;
        if (users > total)
            total = users;
        resource = total - users;
    } else {
        if (users + resource > kMaxTyped)
            resource = kMaxTyped - users;
        n.preferredResourceAccounts = resource;
        n.splitTypedLast = Notes::Split::ResourceAccounts;
        total = users + resource;
    }
    setCounts(total, users, resource);
}

void OfficeEditor::setCounts(int total, int users, int resourceAccounts)
{
    m_loading = true;
    m_total->setValue(total);
    m_users->setValue(users);
    m_resource->setValue(resourceAccounts);
    m_loading = false;
    Office *o = m_hooks.office();
    if (!o)
        return;
    if (o->totalNumbers == total && o->userNumbers == users &&
        o->resourceAccountNumbers == resourceAccounts)
        return;
    o->totalNumbers = total;
    o->userNumbers = users;
    o->resourceAccountNumbers = resourceAccounts;
    if (hasReservationOrRequest(*o))
        releaseReservation(*o);
    m_hooks.changed();
    refresh();
}

void OfficeEditor::onAreaCodeCommitted()
{
    Office *o = m_hooks.office();
    if (!o || !hasReservationOrRequest(*o))
        return;
    auto normalized = [this](const QString &code) {
        const QString n = PhoneNumbers::normalizeAreaCode(m_country.code, code);
        return n.isEmpty() ? code.trimmed() : n;
    };
    if (normalized(o->areaCode) == normalized(notes().reservedArea))
        return;
    releaseReservation(*o);
    m_hooks.changed();
    refresh();
}

void OfficeEditor::releaseReservation(Office &office)
{
    // The numbers were reserved for other counts or another area: they no longer fit, and a
    // new reservation replaces them (the rep is told and presses Reserve again).
    notes().releasedNumbers = int(office.reservedNumbers.size());
    notes().releasedRequest = office.reservedNumbers.isEmpty() && office.reservationRequested;
    notes().reservedArea.clear();
    // The carrier holds them until told: they are freed for others (and for this office).
    if (!office.reservationId.isEmpty() && m_hooks.release)
        m_hooks.release(office.reservationId);
    office.reservedNumbers.clear();
    office.reservationId.clear();
    office.reservationRequested = false;
}

void OfficeEditor::onReserve()
{
    Office *o = m_hooks.office();
    if (!o || !addressComplete() || !addressValidatedOrQueued() || !countsValid())
        return;
    // Sent through the outbox: answered at once when the number service is reachable, queued
    // (and kept in the order) when not. It replaces numbers reserved before, which are freed.
    if (!o->reservationId.isEmpty() && m_hooks.release)
        m_hooks.release(o->reservationId);
    o->reservedNumbers.clear();
    o->reservationId.clear();
    o->reservationRequested = true;
    m_hooks.touch(m_path + QStringLiteral(".reservedNumbers"));
    notes().releasedNumbers = 0;
    notes().releasedRequest = false;
    notes().reservedArea = o->areaCode;
    m_hooks.changed();
    refresh();
    if (m_hooks.ask)
        m_hooks.ask(true);
}

bool OfficeEditor::addressComplete() const
{
    const Office *o = m_hooks.office();
    if (!o)
        return false;
    const Address &a = o->address;
    return !a.companyName.trimmed().isEmpty() && !a.street.trimmed().isEmpty() &&
           !a.postalCode.trimmed().isEmpty() && !a.city.trimmed().isEmpty() &&
           a.country == m_country.code;
}

bool OfficeEditor::addressValidatedOrQueued() const
{
    const Office *o = m_hooks.office();
    return o && (o->validation == AddressValidation::Validated || o->validationRequested);
}

bool OfficeEditor::countsValid() const
{
    const Office *o = m_hooks.office();
    return o && o->totalNumbers >= 1 && o->totalNumbers <= kMaxNumbers && o->userNumbers >= 0 &&
           o->resourceAccountNumbers >= 0 &&
           o->userNumbers + o->resourceAccountNumbers == o->totalNumbers;
}

void OfficeEditor::refresh()
{
    const Office *o = m_hooks.office();
    if (!o)
        return;
    const QString city = o->address.city.trimmed();
    setTitle(city.isEmpty() ? tr("Office %1").arg(m_number)
                            : tr("Office %1: %2").arg(m_number).arg(city));

    // Only what the rules do not say: that the address is not validated, waits for the
    // address service or was refused is the rules' message under it, shown once.
    QString status;
    if (o->validation == AddressValidation::Validated)
        status = tr("✔ Validated by the carrier's address service.");
    else if (o->validation == AddressValidation::NotValidated && notes().validationLost)
        status = tr("✎ The address was changed: a changed address is a new address, and the "
                    "earlier validation no longer applies.");
    const QString carrier = m_hooks.carrierNote ? m_hooks.carrierNote() : QString();
    if (!carrier.isEmpty())
        status = status.isEmpty() ? carrier : status + QLatin1Char('\n') + carrier;
    m_validation->setText(status);
    m_validation->setVisible(!status.isEmpty());

    // Numbers already reserved for this validated address and these counts: nothing to redo.
    const bool current = hasReservation(*o) && o->reservedNumbers.size() == o->totalNumbers &&
                         o->validation == AddressValidation::Validated;
    const bool ready = addressComplete() && addressValidatedOrQueued() && countsValid() && !current;
    m_reserve->setEnabled(ready);
    if (current)
        m_reserve->setToolTip(tr("The numbers of this office are reserved."));
    else if (!addressComplete() || !addressValidatedOrQueued())
        m_reserve->setToolTip(tr("Complete the address and validate it first."));
    else if (!countsValid())
        m_reserve->setToolTip(tr("Enter how many numbers to reserve (users + resource accounts "
                                 "= numbers, 1 to %1).")
                                  .arg(kMaxNumbers));
    else
        m_reserve->setToolTip(QString());

    QString reservation;
    QString reservationTip;
    if (!o->reservedNumbers.isEmpty()) {
        // In the country's own (national) form, as the customer says them; E.164 on hover.
        // Counts as "label: n", not "n number(s)": right for one and for many, in every
        // language, without plural forms.
        reservation = tr("✔ Numbers reserved (%1): %2")
                          .arg(QLocale().toString(o->reservedNumbers.size()))
                          .arg(numbersText(o->reservedNumbers));
        reservationTip = o->reservedNumbers.join(QStringLiteral(", "));
    } else if (o->reservationRequested) {
        const QString area = o->areaCode.isEmpty() ? tr("any area of %1").arg(m_country.inText())
                                                   : tr("area %1").arg(o->areaCode);
        // What it waits for is the rules' message under it.
        reservation = tr("Reservation queued — new numbers: %1 (for users: %2, for resource "
                         "accounts: %3), %4.")
                          .arg(o->totalNumbers)
                          .arg(o->userNumbers)
                          .arg(o->resourceAccountNumbers)
                          .arg(area);
    } else if (notes().releasedNumbers > 0) {
        // That Reserve is to be pressed again is the rules' message under it.
        reservation = tr("The numbers or the area code changed, so the numbers reserved before "
                         "(%1) no longer apply.")
                          .arg(notes().releasedNumbers);
    } else if (notes().releasedRequest) {
        reservation = tr("The numbers or the area code changed after Reserve was pressed, so the "
                         "reservation asked for then is withdrawn.");
    }
    m_reservation->setText(reservation);
    m_reservation->setToolTip(reservationTip);
    m_reservation->setVisible(!reservation.isEmpty());
}

} // namespace od
