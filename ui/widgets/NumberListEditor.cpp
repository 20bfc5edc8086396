#include "NumberListEditor.h"

#include "phone/PhoneNumbers.h"
#include "widgets/ProblemPanel.h"

#include <QAbstractTableModel>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QStyle>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

/// The parsed entries, one row each: line, as typed, E.164, count, status in words.
class NumberEntryModel : public QAbstractTableModel
{
public:
    enum Column { LineColumn, TextColumn, E164Column, CountColumn, StatusColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<portingnumbers::Entry> *entries, const QList<int> *lines)
    {
        beginResetModel();
        m_entries = entries;
        m_lines = lines;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_entries ? 0 : int(m_entries->size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case LineColumn:
            return NumberListEditor::tr("Line");
        case TextColumn:
            return NumberListEditor::tr("As typed");
        case E164Column:
            return NumberListEditor::tr("E.164");
        case CountColumn:
            return NumberListEditor::tr("Numbers");
        case StatusColumn:
            return NumberListEditor::tr("Status");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !m_entries || index.row() >= m_entries->size())
            return {};
        const portingnumbers::Entry &e = m_entries->at(index.row());
        const bool bad = e.range.first.isEmpty();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (index.column()) {
            case LineColumn:
                return m_lines->value(index.row()) + 1;
            case TextColumn:
                return e.range.text;
            case E164Column:
                if (bad)
                    return QString();
                return e.range.isRange()
                           ? NumberListEditor::tr("%1 to %2").arg(e.range.first, e.range.last)
                           : e.range.first;
            case CountColumn:
                return bad ? QVariant() : QVariant(QLocale().toString(e.count));
            case StatusColumn:
                // Not colour alone: a sign and the reason in words.
                return bad ? NumberListEditor::tr("✖ %1").arg(e.error)
                           : NumberListEditor::tr("✔ OK");
            }
        }
        if (role == Qt::ToolTipRole && index.column() == StatusColumn && bad)
            return e.error;
        if (role == Qt::ForegroundRole && bad && index.column() == StatusColumn)
            return problemColor(QGuiApplication::palette(), true);
        if (role == Qt::TextAlignmentRole &&
            (index.column() == CountColumn || index.column() == LineColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

private:
    const QList<portingnumbers::Entry> *m_entries = nullptr;
    const QList<int> *m_lines = nullptr;
};

/// The text part: a paste of several lines or of spreadsheet cells goes through the editor's
/// column extraction; leaving it parses at once.
class NumberTextEdit : public QPlainTextEdit
{
public:
    explicit NumberTextEdit(NumberListEditor *owner) : QPlainTextEdit(owner), m_owner(owner) {}

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        const QString text = source->text();
        const bool table = text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                           text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char(';'));
        if (!table) {
            QPlainTextEdit::insertFromMimeData(source);
            return;
        }
        m_owner->appendTable(text);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        // Switching windows (or the window closing) is not leaving the field; the pause timer
        // still parses what was typed.
        if (event->reason() == Qt::ActiveWindowFocusReason ||
            event->reason() == Qt::PopupFocusReason)
            return;
        m_owner->commit();
        emit m_owner->left();
    }

private:
    NumberListEditor *m_owner;
};

NumberListEditor::NumberListEditor(const QString &name, QWidget *parent)
    : QWidget(parent), m_edit(new NumberTextEdit(this)), m_view(new QTableView(this)),
      m_model(new NumberEntryModel(this)), m_totalLabel(new QLabel(this)),
      m_report(new QLabel(this)), m_import(new QPushButton(tr("Imp&ort CSV file…"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(name);
    m_edit->setObjectName(name + QStringLiteral(".text"));
    setAccessibleContext(QString());
    m_edit->setAccessibleDescription(
        tr("Type or paste single numbers and DDI ranges, one per line, e.g. \"069 1234-5600 to "
           "-5699\". Each line is checked in the table beside it."));
    m_edit->setPlaceholderText(tr("One per line, e.g.\n069 1234-5600 to -5699\n+44 (0)20 7946 "
                                  "0000\n0612345678"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setMinimumHeight(160);

    m_view->setObjectName(name + QStringLiteral(".entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (arrows move in it): with Tab going cell by cell a rep tabbing on
    // from the numbers went through every cell of every entry, five per line, first.
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(160);
    m_view->setColumnWidth(NumberEntryModel::LineColumn, 44);
    m_view->setColumnWidth(NumberEntryModel::TextColumn, 150);
    // Wide enough for the longest range ("+… to +…" of two 15-digit numbers, the most E.164
    // allows) in the table's own font: a fixed pixel width cut ranges off.
    const QString widest =
        tr("%1 to %2").arg(QStringLiteral("+999999999999999"), QStringLiteral("+999999999999999"));
    const int cellMargins =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) +
        m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(NumberEntryModel::E164Column,
                           m_view->fontMetrics().horizontalAdvance(widest) + cellMargins);
    m_view->setColumnWidth(NumberEntryModel::CountColumn, 70);
    // A row of the table takes the rep to its line.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(m_lineOf.value(index.row()));
        if (!block.isValid())
            return;
        QTextCursor cursor(block);
        m_edit->setTextCursor(cursor);
        m_edit->setFocus();
    });

    m_totalLabel->setObjectName(name + QStringLiteral(".total"));
    m_totalLabel->setWordWrap(true);
    m_report->setObjectName(name + QStringLiteral(".report"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    m_import->setObjectName(name + QStringLiteral(".import"));
    m_import->setAutoDefault(false); // Enter stays Next
    connect(m_import, &QPushButton::clicked, this, &NumberListEditor::chooseFile);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_view, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totalLabel, 1);
    bottom->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(bottom);
    layout->addWidget(m_report);
    setFocusProxy(m_edit);
    // A label's mnemonic focuses its buddy only when the buddy takes focus itself; with the
    // proxy the text gets it. Tab skips a widget with a focus proxy, so this adds no Tab stop.
    setFocusPolicy(Qt::StrongFocus);

    // Typing parses after a short pause, and only the lines not seen before.
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &NumberListEditor::commit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_timer->start();
    });
    updateTotal();
}

QPlainTextEdit *NumberListEditor::textEdit() const
{
    return m_edit;
}

QString NumberListEditor::report() const
{
    return m_report->text();
}

void NumberListEditor::setAccessibleContext(const QString &context)
{
    auto named = [&context](const QString &name) {
        return context.isEmpty() ? name : tr("%1 (%2)", "numbers of (country)").arg(name, context);
    };
    m_edit->setAccessibleName(named(tr("Numbers to keep, one number or range per line")));
    m_view->setAccessibleName(named(tr("Numbers as understood")));
    m_import->setAccessibleName(named(tr("Import numbers from a CSV file")));
}

void NumberListEditor::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_cache.clear();
}

void NumberListEditor::setEntries(const QList<NumberRange> &entries)
{
    if (entries == this->entries())
        return;
    m_timer->stop();
    QStringList lines;
    m_parsed.clear();
    m_lineOf.clear();
    for (const NumberRange &r : entries) {
        portingnumbers::Entry e;
        QString text = r.text.trimmed();
        if (text.isEmpty())
            text = r.isRange() ? r.first + QStringLiteral(" - ") + r.last : r.first;
        if (r.first.isEmpty()) {
            e = portingnumbers::parse(text, m_region); // only the bad ones need their reason
            e.range = r;
        } else {
            e.range = r;
            e.count = portingnumbers::count(r);
        }
        m_cache.insert(text, e);
        m_lineOf << int(lines.size());
        lines << text;
        m_parsed << e;
    }
    m_loading = true;
    m_edit->setPlainText(lines.join(QLatin1Char('\n')));
    m_loading = false;
    m_model->setEntries(&m_parsed, &m_lineOf);
    updateTotal();
    markLines();
}

QList<NumberRange> NumberListEditor::entries() const
{
    QList<NumberRange> out;
    out.reserve(m_parsed.size());
    for (const portingnumbers::Entry &e : m_parsed)
        out << e.range;
    return out;
}

void NumberListEditor::commit()
{
    m_timer->stop();
    QList<portingnumbers::Entry> parsed;
    QList<int> lineOf;
    int line = 0;
    for (QTextBlock b = m_edit->document()->firstBlock(); b.isValid(); b = b.next(), ++line) {
        const QString text = b.text().trimmed();
        if (text.isEmpty())
            continue;
        auto it = m_cache.constFind(text);
        if (it == m_cache.cend())
            it = m_cache.insert(text, portingnumbers::parse(text, m_region));
        parsed << *it;
        lineOf << line;
    }
    const bool same = parsed.size() == m_parsed.size() &&
                      std::equal(parsed.cbegin(), parsed.cend(), m_parsed.cbegin(),
                                 [](const auto &a, const auto &b) { return a.range == b.range; });
    if (same && lineOf == m_lineOf)
        return;
    m_parsed = std::move(parsed);
    m_lineOf = std::move(lineOf);
    m_model->setEntries(&m_parsed, &m_lineOf);
    updateTotal();
    markLines();
    if (!same)
        emit entriesChanged();
}

void NumberListEditor::updateTotal()
{
    qint64 total = 0;
    int bad = 0;
    int firstBad = -1;
    for (qsizetype i = 0; i < m_parsed.size(); ++i) {
        const portingnumbers::Entry &e = m_parsed.at(i);
        total += e.count;
        if (e.range.first.isEmpty()) {
            ++bad;
            if (firstBad < 0)
                firstBad = int(i);
        }
    }
    m_total = total;
    const int entries = int(m_parsed.size());
    QString text = tr("Numbers: %1 · entries: %2").arg(QLocale().toString(total)).arg(entries);
    // The first bad line's reason in full: in the table's narrow Status column it is cut.
    if (bad > 0)
        text += QLatin1Char(' ') + tr("· ✖ not understood: %1 — line %2: %3")
                                       .arg(bad)
                                       .arg(m_lineOf.value(firstBad) + 1)
                                       .arg(m_parsed.at(firstBad).error);
    m_totalLabel->setText(text);
    m_totalLabel->setAccessibleName(text);
}

void NumberListEditor::markLines()
{
    // A wavy underline under lines that are not understood; the reason is in the table.
    QList<QTextEdit::ExtraSelection> marks;
    for (qsizetype i = 0; i < m_parsed.size(); ++i) {
        if (!m_parsed.at(i).range.first.isEmpty())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_edit->document()->findBlockByNumber(m_lineOf.at(i)));
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(problemColor(m_edit->palette(), true));
        s.format.setToolTip(m_parsed.at(i).error);
        marks << s;
    }
    m_edit->setExtraSelections(marks);
}

void NumberListEditor::appendTable(const QString &text, const QString &source)
{
    const portingnumbers::Column column = portingnumbers::extractColumn(text);
    QStringList report;
    if (!source.isEmpty())
        report << tr("%1: lines taken: %2").arg(source).arg(column.values.size());
    else
        report << tr("Pasted: lines taken: %1").arg(column.values.size());
    if (column.columns > 1)
        report.last() +=
            column.header.isEmpty()
                ? tr(" from column %1 of %2.").arg(column.column + 1).arg(column.columns)
                : tr(" from column \"%1\" (%2 of %3).")
                      .arg(column.header)
                      .arg(column.column + 1)
                      .arg(column.columns);
    else
        report.last() += QLatin1Char('.');
    report << column.problems;

    if (!column.values.isEmpty()) {
        QTextCursor cursor = m_edit->textCursor();
        QString insert = column.values.join(QLatin1Char('\n'));
        // The pasted lines are whole lines of their own.
        if (!cursor.block().text().left(cursor.positionInBlock()).trimmed().isEmpty())
            insert.prepend(QLatin1Char('\n'));
        if (!cursor.block().text().mid(cursor.positionInBlock()).trimmed().isEmpty())
            insert.append(QLatin1Char('\n'));
        if (!source.isEmpty()) { // an import appends at the end
            cursor.movePosition(QTextCursor::End);
            insert = column.values.join(QLatin1Char('\n'));
            if (!m_edit->document()->lastBlock().text().trimmed().isEmpty())
                insert.prepend(QLatin1Char('\n'));
        }
        m_loading = true;
        cursor.insertText(insert);
        m_edit->setTextCursor(cursor);
        m_loading = false;
        commit();
    }
    int bad = 0;
    for (const QString &v : column.values)
        bad += m_cache.value(v).range.first.isEmpty() ? 1 : 0;
    if (bad > 0)
        report
            << tr("✖ Lines not understood: %1; see Status in the table and correct them.").arg(bad);
    m_report->setText(report.join(QLatin1Char('\n')));
    m_report->setAccessibleName(m_report->text());
    m_report->setVisible(true);
    emit imported();
}

bool NumberListEditor::importFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_report->setText(tr("✖ %1 could not be read: %2").arg(name, file.errorString()));
        m_report->setVisible(true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    // UTF-8 (with or without BOM); spreadsheets on Windows often write Windows-1252.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    appendTable(text, name);
    return true;
}

void NumberListEditor::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import numbers"), QString(),
                                     tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

} // namespace od
