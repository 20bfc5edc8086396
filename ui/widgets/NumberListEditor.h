#pragma once

#include "order/Order.h"
#include "order/PortingNumbers.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace od {

class NumberEntryModel;
class NumberTextEdit;

/// The numbers to port: a multi-line editor where the rep types or pastes single numbers and DDI
/// ranges (one per line), and beside it every entry parsed: E.164, how many numbers, or why it
/// is not understood. Lines are parsed once and cached by their text, so typing re-parses only
/// the line being typed and a pasted list of 2,000 lines is parsed once. Pasting a spreadsheet
/// column (tab, semicolon or comma separated, with or without a header) takes the numbers
/// column; importFile() does the same with a CSV file.
class NumberListEditor : public QWidget
{
    Q_OBJECT
public:
    /// `name` prefixes object names ("numbers.DE" → "numbers.DE.text", ".entries", ".total").
    explicit NumberListEditor(const QString &name, QWidget *parent = nullptr);

    /// The country whose national forms are understood ("DE").
    void setRegion(const QString &region);
    /// Where a page shows several editors: whose numbers they are ("Germany"), added to the
    /// accessible names of the text, the table and the import button.
    void setAccessibleContext(const QString &context);
    /// Shows stored entries (no signal; nothing is re-parsed that was parsed before).
    void setEntries(const QList<NumberRange> &entries);
    QList<NumberRange> entries() const;
    /// The parsed entries with count and reason.
    const QList<portingnumbers::Entry> &parsedEntries() const { return m_parsed; }
    qint64 totalNumbers() const { return m_total; }

    /// Parses what is typed now (normally after a short pause, on paste and when leaving).
    void commit();
    /// Appends the numbers column of a CSV file; returns false (and says why) when the file
    /// cannot be read. What was skipped is reported in the import report, never silently.
    bool importFile(const QString &path);
    /// Appends pasted text as the spreadsheet paste does.
    void appendTable(const QString &text, const QString &source = QString());

    QPlainTextEdit *textEdit() const;
    /// The last paste or import report shown under the editor.
    QString report() const;

signals:
    void entriesChanged();
    /// The rep left the editor.
    void left();
    /// A paste of several lines or an import was added.
    void imported();

private:
    void chooseFile();
    void updateTotal();
    void markLines();

    QString m_region;
    NumberTextEdit *m_edit;
    QTableView *m_view;
    NumberEntryModel *m_model;
    QLabel *m_totalLabel;
    QLabel *m_report;
    QPushButton *m_import;
    QTimer *m_timer;
    QHash<QString, portingnumbers::Entry> m_cache; ///< by trimmed line text
    QList<portingnumbers::Entry> m_parsed;
    QList<int> m_lineOf; ///< 0-based block of each entry
    qint64 m_total = 0;
    bool m_loading = false;
};

} // namespace od
