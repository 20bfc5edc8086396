#pragma once

#include "order/Order.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace od {

/// An address form whose fields follow the country's usual order (house number before the
/// street in GB, IE and FR; the post code after the city in GB and IE). Emits edited() on every
/// keystroke and fieldLeft(key) when the rep leaves a field; the keys are the Address JSON keys
/// ("street", "postalCode", ...), so a page maps them to field paths.
class AddressForm : public QWidget
{
    Q_OBJECT
public:
    /// `name` prefixes object names ("officeAddress" → "officeAddress.street").
    explicit AddressForm(const QString &name, QWidget *parent = nullptr);

    /// The countries offered (ISO code → name); one entry fixes the country.
    void setCountries(const QList<QPair<QString, QString>> &countries);
    void setShowCompany(bool show);
    void setAddress(const Address &address); ///< no signals
    Address address() const;
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit(const QString &key) const { return m_edits.value(key); }
    QComboBox *countryBox() const { return m_country; }
    /// A message label under the form's field `key` (from OrderPage::messageLabel).
    void setMessageLabel(const QString &key, QLabel *label);
    /// Where a page shows several of these forms: whose address it is ("office 1 in Germany"),
    /// added to each field's accessible name ("Street (office 1 in Germany)").
    void setAccessibleContext(const QString &context);

signals:
    void edited();
    void fieldLeft(const QString &key);

private:
    void relayout();
    QLineEdit *addEdit(const QString &key, const QString &label);

    QString m_name;
    QGridLayout *m_grid;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_messages;
    QComboBox *m_country;
    QLabel *m_countryLabel;
    bool m_showCompany = true;
    bool m_loading = false;
};

} // namespace od
