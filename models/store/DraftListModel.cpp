#include "DraftListModel.h"

#include <QFont>
#include <QLocale>

namespace od {

namespace {

/// Case-folded, without accents: "Müller" is found by "muller" as well as "MÜLLER".
QString fold(const QString &text)
{
    bool plain = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    if (plain)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

} // namespace

DraftListModel::DraftListModel(DraftStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &DraftStore::draftChanged, this, &DraftListModel::onDraftChanged);
        connect(m_store, &DraftStore::draftPurged, this, &DraftListModel::onDraftPurged);
        connect(m_store, &DraftStore::reset, this, &DraftListModel::reload);
    }
    reload();
}

DraftListModel::Row DraftListModel::makeRow(DraftSummary summary)
{
    Row row;
    row.summary = std::move(summary);
    return row;
}

const DraftListModel::Row &DraftListModel::foldedRow(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.folded) {
        const DraftSummary &s = r.summary;
        r.search = fold(s.customerName + QLatin1Char('\n') + s.ocn + QLatin1Char('\n') + s.email +
                        QLatin1Char('\n') + s.reference);
        r.customerKey = fold(s.customerName);
        r.folded = true;
    }
    return r;
}

const QString &DraftListModel::searchTextAt(int row) const
{
    return foldedRow(row).search;
}

const QString &DraftListModel::customerKeyAt(int row) const
{
    return foldedRow(row).customerKey;
}

void DraftListModel::setShowTrash(bool trash)
{
    if (trash == m_trash)
        return;
    m_trash = trash;
    reload();
}

void DraftListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_lastError.clear();
    if (m_store && m_store->isOpen()) {
        Result<QList<DraftSummary>> list =
            m_store->listDrafts(m_trash ? DraftStore::Which::Trash : DraftStore::Which::Active);
        if (list) {
            m_rows.reserve(list->size());
            m_rowById.reserve(list->size());
            for (DraftSummary &s : list.value()) {
                m_rowById.insert(s.id, static_cast<int>(m_rows.size()));
                m_rows.append(makeRow(std::move(s)));
            }
        } else {
            m_lastError = list.error();
        }
    }
    endResetModel();
}

int DraftListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void DraftListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowById.remove(m_rows.at(row).summary.id);
    m_rows.removeAt(row);
    for (int r = row; r < m_rows.size(); ++r)
        m_rowById[m_rows.at(r).summary.id] = r;
    endRemoveRows();
}

void DraftListModel::onDraftChanged(qint64 id)
{
    if (!m_store)
        return;
    const int row = rowOf(id);
    Result<DraftSummary> s = m_store->summary(id);
    const bool belongs = s && s->isTrashed() == m_trash;
    if (row >= 0 && belongs) {
        m_rows[row] = makeRow(std::move(s).value());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        removeRowAt(row);
    } else if (belongs) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rowById.insert(id, at);
        m_rows.append(makeRow(std::move(s).value()));
        endInsertRows();
    }
}

void DraftListModel::onDraftPurged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        removeRowAt(row);
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::carrierDetails(const DraftSummary &s)
{
    QStringList parts;
    if (s.envelopeStatus == QLatin1String("declined"))
        parts << tr("the customer declined to sign");
    else if (s.envelopeStatus == QLatin1String("voided"))
        parts << tr("the signature request was withdrawn");
    else if (s.envelopeStatus == QLatin1String("completed") ||
             s.envelopeStatus == QLatin1String("signed"))
        parts << tr("signed");
    else if (!s.envelopeStatus.isEmpty())
        parts << tr("waiting for the signature");
    if (s.handlingDate.isValid() && s.status != DraftStatus::Completed)
        parts << tr("expected to be handled on %1")
                     .arg(QLocale().toString(s.handlingDate, QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

QString DraftListModel::statusText(const DraftSummary &s)
{
    QString text = draftStatusLabel(s.status);
    const QString carrier = carrierDetails(s);
    if (!carrier.isEmpty())
        text += QStringLiteral(" · ") + carrier;
    // Words and a symbol, never a colour alone.
    if (!s.problem.isEmpty())
        text = tr("⚠ %1 · needs your attention").arg(text);
    if (s.unseenChange)
        text = QStringLiteral("● ") + text;
    return text;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DraftSummary &s = row.summary;
    switch (role) {
    case IdRole:
        return s.id;
    case SearchRole:
        return searchTextAt(index.row());
    case TrashedRole:
        return s.isTrashed();
    case Qt::FontRole: {
        // A change at the carrier the rep has not looked at yet: bold, besides the marker.
        if (!s.unseenChange)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Order %1").arg(s.reference);
        if (!s.ocn.isEmpty())
            tip += QLatin1Char('\n') + tr("OCN %1").arg(s.ocn);
        if (s.isTrashed())
            tip += QLatin1Char('\n') +
                   tr("In the trash since %1")
                       .arg(QLocale().toString(s.deleted.toLocalTime(), QLocale::ShortFormat));
        const QString carrier = carrierDetails(s);
        if (!carrier.isEmpty())
            tip += QLatin1Char('\n') + carrier;
        if (!s.problem.isEmpty())
            tip += QLatin1Char('\n') + s.problem;
        return tip;
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case CustomerColumn:
        if (sort)
            return customerKeyAt(index.row());
        return s.customerName.isEmpty() ? tr("(no customer yet)") : s.customerName;
    case CountriesColumn:
        return s.countries.join(sort ? QStringLiteral(" ") : QStringLiteral(", "));
    case StatusColumn:
        return sort ? QVariant(static_cast<int>(s.status)) : QVariant(statusText(s));
    case StepColumn:
        return sort ? QVariant(static_cast<int>(s.step)) : QVariant(stepLabel(s.step));
    case ModifiedColumn:
        if (sort)
            return s.modified;
        return QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat);
    case ReferenceColumn:
        return s.reference;
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case CountriesColumn:
        return tr("Countries");
    case StatusColumn:
        return tr("Status");
    case StepColumn:
        return tr("Step");
    case ModifiedColumn:
        return tr("Last modified");
    case ReferenceColumn:
        return tr("Reference");
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "draftId");
    names.insert(SortRole, "sortValue");
    names.insert(SearchRole, "searchText");
    names.insert(TrashedRole, "trashed");
    return names;
}

DraftFilterModel::DraftFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DraftListModel::SortRole);
    setDynamicSortFilter(true);
}

void DraftFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_drafts = qobject_cast<DraftListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void DraftFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

qint64 DraftFilterModel::idAt(int proxyRow) const
{
    return data(index(proxyRow, 0), DraftListModel::IdRole).toLongLong();
}

bool DraftFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // Straight to the model's row: no QVariant per row, 10,000 rows per keystroke.
    const QString haystack = m_drafts ? m_drafts->searchTextAt(sourceRow)
                                      : sourceModel()
                                            ->index(sourceRow, 0, sourceParent)
                                            .data(DraftListModel::SearchRole)
                                            .toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool DraftFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_drafts)
        return QSortFilterProxyModel::lessThan(left, right);
    const DraftSummary &a = m_drafts->summaryAt(left.row());
    const DraftSummary &b = m_drafts->summaryAt(right.row());
    auto tie = [&] {
        return a.id < b.id;
    };
    switch (left.column()) {
    case DraftListModel::CustomerColumn: {
        const int c = QString::compare(m_drafts->customerKeyAt(left.row()),
                                       m_drafts->customerKeyAt(right.row()));
        return c != 0 ? c < 0 : tie();
    }
    case DraftListModel::CountriesColumn: {
        const int c = QString::compare(a.countries.join(QLatin1Char(' ')),
                                       b.countries.join(QLatin1Char(' ')));
        return c != 0 ? c < 0 : tie();
    }
    case DraftListModel::StatusColumn:
        return a.status != b.status ? a.status < b.status : tie();
    case DraftListModel::StepColumn:
        return a.step != b.step ? a.step < b.step : tie();
    case DraftListModel::ModifiedColumn:
        return a.modified != b.modified ? a.modified < b.modified : tie();
    case DraftListModel::ReferenceColumn:
        return a.reference != b.reference ? a.reference < b.reference : tie();
    default:
        return tie();
    }
}

} // namespace od
