#include "Validators.h"

#include <QRegularExpression>

namespace od::validators {

namespace {
const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    return re;
}
} // namespace

QString normaliseTenantId(const QString &text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    const QRegularExpressionMatch m = guidPattern().match(compact);
    if (m.hasMatch())
        return m.captured(0).toLower();
    // A GUID written without dashes (32 hex digits): put them back.
    static const QRegularExpression bare(
        QStringLiteral("(?<![0-9a-fA-F])([0-9a-fA-F]{32})(?![0-9a-fA-F])"));
    const QRegularExpressionMatch b = bare.match(compact);
    if (b.hasMatch()) {
        const QString h = b.captured(1).toLower();
        return QStringLiteral("%1-%2-%3-%4-%5")
            .arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20, 12));
    }
    return text.trimmed();
}

bool isGuid(const QString &text)
{
    return text.size() == 36 && guidPattern().match(text).capturedLength() == 36;
}

bool isEmail(const QString &text)
{
    if (text.size() > 254 || text.size() < 6)
        return false;
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
                       "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (!re.match(text).hasMatch())
        return false;
    const QString local = text.section(QLatin1Char('@'), 0, 0);
    return local.size() <= 64 && !local.startsWith(QLatin1Char('.')) &&
           !local.endsWith(QLatin1Char('.')) && !local.contains(QStringLiteral(".."));
}

bool luhn(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > '9')
            return false;
        int d = c.unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool siret(const QString &input)
{
    const QString digits = normaliseIdentifier(input);
    static const QRegularExpression shape(QStringLiteral("^[0-9]{14}$"));
    if (!shape.match(digits).hasMatch())
        return false;
    if (luhn(digits))
        return true;
    // INSEE numbers La Poste's many establishments under one SIREN with a NIC that does not
    // keep the Luhn key; their rule is a digit sum divisible by 5.
    if (!digits.startsWith(QLatin1String("356000000")))
        return false;
    int sum = 0;
    for (const QChar c : digits)
        sum += c.unicode() - '0';
    return sum % 5 == 0;
}

bool spanishTaxId(const QString &input)
{
    const QString id = normaliseIdentifier(input);
    static const QString letters = QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE");
    static const QRegularExpression dni(QStringLiteral("^([0-9]{8})([A-Z])$"));
    static const QRegularExpression nie(QStringLiteral("^([XYZ])([0-9]{7})([A-Z])$"));
    static const QRegularExpression cif(
        QStringLiteral("^([ABCDEFGHJNPQRSUVW])([0-9]{7})([0-9A-J])$"));
    if (const auto m = dni.match(id); m.hasMatch())
        return letters.at(m.captured(1).toInt() % 23) == m.captured(2).at(0);
    if (const auto m = nie.match(id); m.hasMatch()) {
        const int prefix = QStringLiteral("XYZ").indexOf(m.captured(1));
        const int number = (QString::number(prefix) + m.captured(2)).toInt();
        return letters.at(number % 23) == m.captured(3).at(0);
    }
    if (const auto m = cif.match(id); m.hasMatch()) {
        const QString digits = m.captured(2);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < 7; ++i) {
            const int d = digits.at(i).unicode() - '0';
            if (i % 2 == 1) {
                even += d;
            } else {
                const int x = d * 2;
                odd += x / 10 + x % 10;
            }
        }
        const int control = (10 - (even + odd) % 10) % 10;
        const QChar given = m.captured(3).at(0);
        const QChar asLetter = QLatin1Char("JABCDEFGHI"[control]);
        const QChar asDigit = QLatin1Char(static_cast<char>('0' + control));
        const QChar kind = m.captured(1).at(0);
        // Some organisation types always use a letter, some always a digit; others either.
        if (QStringLiteral("KPQSNW").contains(kind))
            return given == asLetter;
        if (QStringLiteral("ABEH").contains(kind))
            return given == asDigit;
        return given == asLetter || given == asDigit;
    }
    return false;
}

bool codiceFiscale(const QString &input)
{
    const QString cf = normaliseIdentifier(input);
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-"
                       "9LMNPQRSTUV]{3}[A-Z]$"));
    if (!shape.match(cf).hasMatch())
        return false;
    // Values of characters in odd (1st, 3rd, ...) positions; even positions use 0..25 / 0..9.
    static const int oddValues[] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = cf.at(i);
        const int index = c.isDigit() ? c.unicode() - '0' : c.unicode() - 'A';
        sum += (i % 2 == 0) ? oddValues[index] : index;
    }
    return cf.at(15).unicode() == 'A' + sum % 26;
}

bool italianVat(const QString &input)
{
    const QString digits = normaliseIdentifier(input);
    static const QRegularExpression shape(QStringLiteral("^[0-9]{11}$"));
    if (!shape.match(digits).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = digits.at(i).unicode() - '0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10 == digits.at(10).unicode() - '0';
}

bool checksum(const QString &name, const QString &value)
{
    if (name.isEmpty())
        return true;
    const QString v = normaliseIdentifier(value);
    if (name == QLatin1String("luhn"))
        return luhn(v);
    if (name == QLatin1String("siret"))
        return siret(v);
    if (name == QLatin1String("nif"))
        return spanishTaxId(v);
    if (name == QLatin1String("codiceFiscale"))
        return codiceFiscale(v);
    if (name == QLatin1String("itVat"))
        return italianVat(v);
    return false;
}

bool isKnownChecksum(const QString &name)
{
    return name.isEmpty() || name == QLatin1String("luhn") || name == QLatin1String("siret") ||
           name == QLatin1String("nif") || name == QLatin1String("codiceFiscale") ||
           name == QLatin1String("itVat");
}

QString normaliseIdentifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

} // namespace od::validators
