#pragma once

#include "wizard/OrderPage.h"

#include <QHash>
#include <QList>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace od {

class AddressForm;
class NumberListEditor;
class PhoneField;

/// Step: Keep existing numbers. Per country of the order a toggle; when on, the porting or
/// migration details: losing carrier, account holder and address, the numbers (typed, pasted or
/// imported, each parsed and counted), the main billing number where the country uses one, the
/// requested date (not before the country's lead time) and the country's extra fields.
class PortingPage : public OrderPage
{
    Q_OBJECT
public:
    explicit PortingPage(OrderWizard *wizard);

    /// The numbers editor of a country (tests drive CSV imports through it).
    NumberListEditor *numbersEditor(const QString &code) const;

protected:
    void load() override;

private:
    struct Section
    {
        QString code;
        QGroupBox *box = nullptr;
        QCheckBox *keep = nullptr;
        QLabel *newNumbersLine = nullptr;
        QWidget *details = nullptr;
        QRadioButton *port = nullptr;
        QRadioButton *migrate = nullptr;
        QButtonGroup *kind = nullptr;
        QLabel *teamsTypeLabel = nullptr;
        QComboBox *teamsType = nullptr;
        QLineEdit *losingCarrier = nullptr;
        QLineEdit *holderName = nullptr;
        AddressForm *address = nullptr;
        NumberListEditor *numbers = nullptr;
        PhoneField *billing = nullptr;
        QDateEdit *date = nullptr;
        QLabel *earliest = nullptr;
        QPushButton *useEarliest = nullptr;
        QHash<QString, QLineEdit *> extras;
    };

    void rebuild();
    void build(Section &s, int index);
    void fill(Section &s);
    void updateVisibility(Section &s);
    PortingDetails *details(const QString &code);
    QString pathOf(const QString &code) const;
    void write(const QString &code, const std::function<void(PortingDetails &)> &edit);

    QLabel *m_none = nullptr;
    QList<Section> m_sections;
    QStringList m_built;
    bool m_loading = false;
};

} // namespace od
