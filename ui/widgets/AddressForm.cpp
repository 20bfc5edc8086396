#include "AddressForm.h"

#include "order/AddressFormat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace od {

AddressForm::AddressForm(const QString &name, QWidget *parent)
    : QWidget(parent), m_name(name), m_grid(new QGridLayout(this))
{
    setObjectName(name);
    m_grid->setContentsMargins(0, 0, 0, 0);
    addEdit(QStringLiteral("companyName"), tr("Co&mpany name"));
    addEdit(QStringLiteral("street"), tr("S&treet"));
    // No letter for the house number (Tab from the street reaches it): "o" is needed by the
    // pages around the forms ("Add office").
    addEdit(QStringLiteral("houseNumber"), tr("House no."));
    addEdit(QStringLiteral("houseNumberSuffix"), tr("Suffi&x"));
    addEdit(QStringLiteral("postalCode"), tr("&Postal code"));
    addEdit(QStringLiteral("city"), tr("C&ity"));
    addEdit(QStringLiteral("stateOrProvince"), tr("State / pro&vince"));
    m_edits.value(QStringLiteral("houseNumber"))->setMaximumWidth(90);
    m_edits.value(QStringLiteral("houseNumberSuffix"))->setMaximumWidth(60);
    m_edits.value(QStringLiteral("postalCode"))->setMaximumWidth(120);

    m_country = new QComboBox(this);
    m_country->setObjectName(name + QStringLiteral(".country"));
    m_country->setAccessibleName(tr("Country"));
    m_countryLabel = new QLabel(tr("Countr&y"), this);
    m_countryLabel->setBuddy(m_country);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        relayout();
        if (!m_loading) {
            emit edited();
            emit fieldLeft(QStringLiteral("country"));
        }
    });
    relayout();
}

QLineEdit *AddressForm::addEdit(const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(m_name + QLatin1Char('.') + key);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_edits.insert(key, edit);
    m_labels.insert(key, l);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { emit fieldLeft(key); });
    return edit;
}

void AddressForm::setCountries(const QList<QPair<QString, QString>> &countries)
{
    m_loading = true;
    const QString current = m_country->currentData().toString();
    m_country->clear();
    for (const auto &[code, name] : countries)
        m_country->addItem(name, code);
    const int index = m_country->findData(current);
    m_country->setCurrentIndex(index >= 0 ? index : (countries.size() == 1 ? 0 : -1));
    m_country->setEnabled(countries.size() > 1);
    m_loading = false;
    relayout();
}

void AddressForm::setAccessibleContext(const QString &context)
{
    auto named = [&context](const QLabel *label) {
        const QString text = label->text().remove(QLatin1Char('&'));
        return context.isEmpty() ? text
                                 : tr("%1 (%2)", "field of an address (whose)").arg(text, context);
    };
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setAccessibleName(named(m_labels.value(it.key())));
    m_country->setAccessibleName(named(m_countryLabel));
}

void AddressForm::setShowCompany(bool show)
{
    m_showCompany = show;
    relayout();
}

void AddressForm::setMessageLabel(const QString &key, QLabel *label)
{
    m_messages.insert(key, label);
    relayout();
}

void AddressForm::relayout()
{
    // Take everything out, then put it back in the country's order.
    while (m_grid->count() > 0)
        m_grid->takeAt(0);
    const QList<QList<AddressPart>> layout = addressLayout(m_country->currentData().toString());
    const QString company = addressPartKey(AddressPart::CompanyName);
    m_labels.value(company)->setVisible(m_showCompany);
    m_edits.value(company)->setVisible(m_showCompany);
    int row = 0;
    QList<QWidget *> order;
    // One row per line of the country's postal layout, the fields in its order.
    for (const QList<AddressPart> &line : layout) {
        int col = 0;
        QList<QLabel *> messages;
        for (const AddressPart part : line) {
            if (part == AddressPart::CompanyName && !m_showCompany)
                continue;
            const QString key = addressPartKey(part);
            m_grid->addWidget(m_labels.value(key), row, col++);
            m_grid->addWidget(m_edits.value(key), row, col++);
            order << m_edits.value(key);
            if (QLabel *m = m_messages.value(key))
                messages << m;
        }
        if (col == 0)
            continue;
        ++row;
        for (QLabel *m : messages)
            m_grid->addWidget(m, row++, 1, 1, 5);
    }
    m_grid->addWidget(m_countryLabel, row, 0);
    m_grid->addWidget(m_country, row, 1, 1, 3);
    ++row;
    if (QLabel *m = m_messages.value(QStringLiteral("country")))
        m_grid->addWidget(m, row++, 1, 1, 5);
    order << m_country;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    // The street takes the room wherever it stands: in the last column where the house
    // number comes first ("12 rue de Rivoli"), else in the first.
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(3, 2);
    const bool numberFirst = layout.size() > 1 && layout.at(1).last() == AddressPart::Street;
    m_grid->setColumnStretch(5, numberFirst ? 3 : 0);
}

void AddressForm::setAddress(const Address &a)
{
    m_loading = true;
    const QHash<QString, QString> values{
        {QStringLiteral("companyName"), a.companyName},
        {QStringLiteral("street"), a.street},
        {QStringLiteral("houseNumber"), a.houseNumber},
        {QStringLiteral("houseNumberSuffix"), a.houseNumberSuffix},
        {QStringLiteral("postalCode"), a.postalCode},
        {QStringLiteral("city"), a.city},
        {QStringLiteral("stateOrProvince"), a.stateOrProvince},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (m_edits.value(it.key())->text() != it.value())
            m_edits.value(it.key())->setText(it.value());
    if (!a.country.isEmpty() || m_country->count() != 1) {
        const int index = m_country->findData(a.country);
        m_country->setCurrentIndex(index);
    }
    m_loading = false;
    relayout();
}

Address AddressForm::address() const
{
    Address a;
    a.companyName = m_edits.value(QStringLiteral("companyName"))->text().trimmed();
    a.street = m_edits.value(QStringLiteral("street"))->text().trimmed();
    a.houseNumber = m_edits.value(QStringLiteral("houseNumber"))->text().trimmed();
    a.houseNumberSuffix = m_edits.value(QStringLiteral("houseNumberSuffix"))->text().trimmed();
    a.postalCode = m_edits.value(QStringLiteral("postalCode"))->text().trimmed();
    a.city = m_edits.value(QStringLiteral("city"))->text().trimmed();
    a.stateOrProvince = m_edits.value(QStringLiteral("stateOrProvince"))->text().trimmed();
    a.country = m_country->currentData().toString();
    return a;
}

void AddressForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : std::as_const(m_edits))
        e->setReadOnly(readOnly);
    m_country->setEnabled(!readOnly && m_country->count() > 1);
}

} // namespace od
