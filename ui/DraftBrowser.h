#pragma once

#include "common/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QFrame;

namespace od {

class DraftStore;
class DraftListModel;
class DraftFilterModel;

/// The start screen: every draft, searchable as the rep types, with open, new, duplicate,
/// delete (to the trash), restore, export, import and revisions.
class DraftBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit DraftBrowser(DraftStore *store, QWidget *parent = nullptr);

    DraftListModel *model() const { return m_model; }
    DraftFilterModel *proxy() const { return m_proxy; }
    qint64 selectedId() const; ///< 0 when nothing is selected
    void selectDraft(qint64 id);
    /// The list's column widths and sort order, to remember between runs.
    QByteArray saveColumns() const;
    /// What saveColumns() gave; false (and nothing changed) when it cannot be used.
    bool restoreColumns(const QByteArray &state);

    enum class NoticeKind { Info, Warning, Error };
    /// A message above the list that stays until dismissed; optionally with one action button.
    void showNotice(const QString &text, NoticeKind kind = NoticeKind::Info,
                    const QString &actionText = {}, std::function<void()> action = {});
    /// Takes the notice away once what it said no longer holds.
    void hideNotice();
    QString noticeText() const;

public slots:
    void newOrder();
    void openSelected();
    void duplicateSelected();
    void deleteSelected();
    void restoreSelected();
    void setShowTrash(bool trash);
    void exportSelected();
    void importFile();
    void showRevisions();
    bool exportDraftTo(qint64 id, const QString &path);
    Result<qint64> importFrom(const QString &path);

signals:
    void openRequested(qint64 id);
    void statusMessage(const QString &message);

private:
    void updateActions();
    void updateEmptyState();
    QString describe(qint64 id) const;
    /// Submitted and waiting in the outbox: not to be trashed or rolled back from here.
    bool isQueued(qint64 id) const;

    DraftStore *m_store;
    DraftListModel *m_model;
    DraftFilterModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_search;
    QFrame *m_notice;
    QLabel *m_noticeIcon;
    QLabel *m_noticeLabel;
    QPushButton *m_noticeAction;
    std::function<void()> m_noticeCallback;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_restore;
    QPushButton *m_revisions;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_trash;
};

} // namespace od
