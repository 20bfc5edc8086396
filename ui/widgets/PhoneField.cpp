#include "PhoneField.h"

#include "phone/PhoneNumbers.h"

namespace od {

PhoneField::PhoneField(QWidget *parent) : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, [this] { reparse(false); });
    connect(this, &QLineEdit::editingFinished, this, [this] { reparse(true); });
}

void PhoneField::setRegion(const QString &region)
{
    m_region = region;
}

void PhoneField::setValue(const QString &value)
{
    m_value = value;
    if (value.startsWith(QLatin1Char('+')) && !PhoneNumbers::regionOf(value).isEmpty()) {
        const bool home = PhoneNumbers::regionOf(value) == m_region;
        setText(home ? PhoneNumbers::formatNational(value)
                     : PhoneNumbers::formatInternational(value));
        setToolTip(value);
    } else {
        setText(value);
        setToolTip(QString());
    }
}

void PhoneField::reparse(bool reformat)
{
    const QString text = this->text().trimmed();
    QString value = text;
    if (!text.isEmpty()) {
        const PhoneNumbers::Parsed parsed =
            PhoneNumbers::parse(text, m_region.isEmpty() ? QStringLiteral("ZZ") : m_region);
        if (parsed.ok)
            value = parsed.e164;
    }
    if (value != m_value) {
        m_value = value;
        emit valueChanged(m_value);
    }
    if (reformat)
        setValue(m_value);
}

} // namespace od
