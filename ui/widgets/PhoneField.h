#pragma once

#include <QLineEdit>

namespace od {

/// A phone number input: accepts the national or international forms a rep types, stores
/// E.164, shows the national form (E.164 on hover). What does not parse is kept as typed, so
/// nothing is lost and the rules can name the problem.
class PhoneField : public QLineEdit
{
    Q_OBJECT
public:
    explicit PhoneField(QWidget *parent = nullptr);

    /// The region whose national forms are understood ("DE"); empty: international only.
    void setRegion(const QString &region);
    /// Shows a stored value (E.164, or raw text that did not parse) without emitting.
    void setValue(const QString &value);
    /// E.164 when the text parses, else the text as typed.
    QString value() const { return m_value; }

signals:
    void valueChanged(const QString &value);

private:
    void reparse(bool reformat);

    QString m_region;
    QString m_value;
};

} // namespace od
