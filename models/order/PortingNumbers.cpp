#include "PortingNumbers.h"

#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace od::portingnumbers {

namespace {

/// The context of this file's messages. Calls are qualified (PortingNumbersText::tr) so that
/// lupdate files them under the context they are looked up in, whatever scope they are written in.
struct PortingNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PortingNumbers)
};

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

/// One CSV line split at `sep`; double quotes group, "" is a quote inside a quoted cell.
QStringList splitLine(const QString &line, QChar sep)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
        } else if (c == sep) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

/// The numbers column of a data line: the first cell with as many digits as a phone number
/// has, so that a running count or a house number before it is passed over; else the first
/// cell with any digit; else the first.
int numbersColumnOf(const QStringList &cells)
{
    constexpr int kPhoneDigits = 6; // a number as written, area code included, has more
    for (int c = 0; c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        if (std::count_if(cell.cbegin(), cell.cend(), [](QChar ch) { return ch.isDigit(); }) >=
            kPhoneDigits)
            return c;
    }
    for (int c = 0; c < cells.size(); ++c) {
        if (hasDigit(cells.at(c)))
            return c;
    }
    return 0;
}

} // namespace

Entry parse(const QString &text, const QString &region)
{
    Entry e;
    e.range.text = text;
    const PhoneNumbers::Range r = PhoneNumbers::parseRange(text, region);
    if (!r.ok) {
        e.error = r.error.isEmpty() ? PortingNumbersText::tr("not a number or a range") : r.error;
        return e;
    }
    e.range.first = r.first;
    e.range.last = r.last == r.first ? QString() : r.last;
    e.count = r.count;
    return e;
}

qint64 count(const NumberRange &range)
{
    if (range.first.isEmpty())
        return 0;
    if (!range.isRange())
        return 1;
    if (range.first.size() != range.last.size())
        return 0;
    bool ok1 = false;
    bool ok2 = false;
    const qint64 a = range.first.mid(1).toLongLong(&ok1);
    const qint64 b = range.last.mid(1).toLongLong(&ok2);
    return ok1 && ok2 && b >= a ? b - a + 1 : 0;
}

Column extractColumn(const QString &text)
{
    Column out;
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xfeff)))
        lines.first().remove(0, 1);

    // The separator: tab (spreadsheets), then semicolon (CSV in most of Europe), then comma.
    QChar sep;
    for (const QChar candidate : {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')}) {
        if (std::any_of(lines.cbegin(), lines.cend(),
                        [candidate](const QString &l) { return l.contains(candidate); })) {
            sep = candidate;
            break;
        }
    }
    // Without a separator (null: it matches nothing) each line is one cell; quotes around it
    // are still CSV quoting.
    auto cellsOf = [&](const QString &line) {
        return splitLine(line, sep);
    };

    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return out;

    // A first line without any digit is a header; a column named like a number wins.
    const QStringList firstCells = cellsOf(lines.at(first));
    out.columns = int(firstCells.size());
    qsizetype dataStart = first;
    if (!hasDigit(lines.at(first))) {
        dataStart = first + 1;
        static const QRegularExpression numberName(
            QStringLiteral("number|nummer|num[eé]ro|numero|n[°º]|ddi|did|msisdn|telef|phone|"
                           "tel\\b|rufn"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        out.column = -1;
        for (int c = 0; c < firstCells.size(); ++c) {
            if (numberName.match(firstCells.at(c)).hasMatch()) {
                out.column = c;
                break;
            }
        }
        if (out.column < 0) {
            // No header names the numbers: the column holding them in the first data line.
            out.column = 0;
            for (qsizetype i = dataStart; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty()) {
                    out.column = numbersColumnOf(cellsOf(lines.at(i)));
                    break;
                }
            }
        }
        out.header = firstCells.value(out.column);
        if (out.columns > 1 || !out.header.isEmpty())
            out.problems << PortingNumbersText::tr("Line %1 is a header (\"%2\"); skipped.")
                                .arg(first + 1)
                                .arg(lines.at(first).trimmed());
    } else {
        out.column = numbersColumnOf(firstCells);
    }

    for (qsizetype i = dataStart; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = cellsOf(line);
        out.columns = std::max(out.columns, int(cells.size()));
        const QString value = cells.value(out.column).trimmed();
        if (value.isEmpty()) {
            out.problems << PortingNumbersText::tr(
                                "Line %1 has no number in column %2; skipped: %3")
                                .arg(i + 1)
                                .arg(out.column + 1)
                                .arg(line.trimmed());
            continue;
        }
        out.values << value;
        out.lines << int(i + 1);
    }
    return out;
}

} // namespace od::portingnumbers
