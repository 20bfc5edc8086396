#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;
class QLabel;

namespace od {

class DraftStore;

/// The saved revisions of one draft, newest first; Restore makes one the current state again.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(DraftStore *store, qint64 draftId, QWidget *parent = nullptr);
    int restoredRevision() const { return m_restored; }

private:
    void restoreSelected();
    void reload();

    DraftStore *m_store;
    qint64 m_id;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_restore;
    int m_restored = 0;
};

} // namespace od
