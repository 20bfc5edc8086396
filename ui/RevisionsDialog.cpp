#include "RevisionsDialog.h"

#include "store/DraftStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

RevisionsDialog::RevisionsDialog(DraftStore *store, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_store(store), m_id(draftId)
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setAccessibleName(tr("Revisions"));
    setWindowTitle(tr("Revisions"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("revisionsHint"));
    m_hint->setAccessibleName(tr("About revisions"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Revision"), tr("Saved"), tr("Step"), tr("Customer")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("revisionsButtons"));
    m_restore = buttons->addButton(tr("&Restore this revision"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreRevisionButton"));
    m_restore->setAccessibleName(tr("Restore this revision"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeRevisionsButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RevisionsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        m_restore->setEnabled(item && m_list->indexOfTopLevelItem(item) > 0);
    });
    reload();
    resize(640, 420);
}

void RevisionsDialog::reload()
{
    m_list->clear();
    const Result<QList<RevisionInfo>> revisions = m_store->revisions(m_id);
    if (!revisions) {
        m_hint->setText(revisions.error());
        m_restore->setEnabled(false);
        return;
    }
    m_hint->setText(tr("Each revision is a saved state of this draft (the newest %1 are kept). "
                       "Restoring one keeps the current state as a revision too.")
                        .arg(DraftStore::kKeptRevisions));
    const QLocale locale;
    for (const RevisionInfo &r : revisions.value()) {
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(r.number),
                     locale.toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                     stepLabel(r.step), r.customerName});
        item->setData(0, Qt::UserRole, r.number);
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->topLevelItem(0)->setText(0, tr("%1 (current)").arg(revisions->first().number));
        m_list->setCurrentItem(m_list->topLevelItem(std::min(1, m_list->topLevelItemCount() - 1)));
    }
    m_restore->setEnabled(m_list->topLevelItemCount() > 1);
}

void RevisionsDialog::restoreSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_list->indexOfTopLevelItem(item) == 0)
        return;
    const int number = item->data(0, Qt::UserRole).toInt();
    const Result<bool> r = m_store->restoreRevision(m_id, number);
    if (!r) {
        m_hint->setText(r.error());
        return;
    }
    m_restored = number;
    accept();
}

} // namespace od
