#pragma once

#include "order/Order.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace od::portingnumbers {

/// One entry of a porting list as the rep typed it, parsed.
struct Entry
{
    NumberRange range; ///< text as typed; first empty when it does not parse
    qint64 count = 0;  ///< numbers in the entry (0 when it does not parse)
    QString error;     ///< translated reason when it does not parse
};

/// Parses one typed line (a single number or a DDI range in the country's usual forms) with
/// PhoneNumbers::parseRange. A single number is stored with `last` empty.
Entry parse(const QString &text, const QString &region);

/// The number of numbers of a stored entry (1 for a single number, 0 when not parsed).
qint64 count(const NumberRange &range);

/// The numbers column of a pasted spreadsheet selection or a CSV file's contents.
struct Column
{
    QStringList values;   ///< one entry per data line, trimmed, in file order
    QList<int> lines;     ///< 1-based line of each value
    QString header;       ///< the header cell of the chosen column, when there was a header line
    int column = 0;       ///< 0-based index of the chosen column
    int columns = 1;      ///< columns found
    QStringList problems; ///< translated: lines skipped and why ("Line 4: no number; skipped.")
};

/// Splits tab-, semicolon- or comma-separated text (CSV quoting understood) and takes the numbers
/// column: the one whose header is named like a number ("Number", "Rufnummer", "numéro", "DDI",
/// "Telefon"...), else the first column with a digit in the first data line. A first line without
/// any digit is a header. Lines whose cell is empty are reported in `problems`, never silently
/// dropped; text without separators is one value per line.
Column extractColumn(const QString &text);

} // namespace od::portingnumbers
