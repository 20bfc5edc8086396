#pragma once

#include "store/DraftStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace od {

/// The drafts of a DraftStore as a table (active drafts or the trash). Follows the store's
/// signals row by row, so an autosave never reloads the whole list.
class DraftListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        CountriesColumn,
        StatusColumn,
        StepColumn,
        ModifiedColumn,
        ReferenceColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   ///< raw value for sorting (dates, step numbers, case-folded text)
        SearchRole, ///< case-folded customer name, OCN, e-mail and reference
        TrashedRole,
    };

    explicit DraftListModel(DraftStore *store, QObject *parent = nullptr);

    /// true: the trash; false: the active drafts.
    void setShowTrash(bool trash);
    bool showTrash() const { return m_trash; }
    /// Reads the list from the store again.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const DraftSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    const QString &searchTextAt(int row) const; ///< folded on first use
    const QString &customerKeyAt(int row) const;
    int rowOf(qint64 id) const; ///< -1 when not listed
    QString lastError() const { return m_lastError; }

    /// The status column: the draft's status, the carrier's details ("the customer declined to
    /// sign", the expected handling date), "⚠ … needs your attention" when the outbox left a
    /// problem, and "● " in front of a change the rep has not looked at yet.
    static QString statusText(const DraftSummary &summary);
    /// The signature and handling details of a submitted order, in words; empty before.
    static QString carrierDetails(const DraftSummary &summary);

private:
    // Folding text (case, accents) is the dearest part of a row, and only a search or sorting by
    // customer needs it: it is done on first use, not for 10,000 rows when the browser opens.
    struct Row
    {
        DraftSummary summary;
        mutable QString search;
        mutable QString customerKey;
        mutable bool folded = false;
    };
    static Row makeRow(DraftSummary summary);
    const Row &foldedRow(int row) const;
    void onDraftChanged(qint64 id);
    void onDraftPurged(qint64 id);
    void removeRowAt(int row);

    QPointer<DraftStore> m_store;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    bool m_trash = false;
    QString m_lastError;
};

/// Search-as-you-type and sorting over a DraftListModel. Every word of the search must occur in
/// the draft's customer name, OCN, e-mail or reference (case and accents of case ignored).
class DraftFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DraftFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    qint64 idAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DraftListModel *m_drafts = nullptr;
    QString m_text;
    QStringList m_words;
};

} // namespace od
