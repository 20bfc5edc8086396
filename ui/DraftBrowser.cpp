#include "DraftBrowser.h"

#include "RevisionsDialog.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "widgets/ProblemPanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace od {

namespace {
constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

QPushButton *makeButton(QWidget *parent, const char *objectName, const QString &text,
                        const QString &accessibleName, const QKeySequence &shortcut)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(accessibleName);
    if (!shortcut.isEmpty()) {
        // A shortcut of its own: QAbstractButton::setShortcut() would replace the mnemonic of
        // the text, and the underlined letter (Alt+N for "&New order") would do nothing.
        auto *key = new QShortcut(shortcut, b);
        QObject::connect(key, &QShortcut::activated, b, [b] {
            if (b->isEnabled())
                b->click();
        });
        b->setToolTip(QStringLiteral("%1 (%2)").arg(accessibleName,
                                                    shortcut.toString(QKeySequence::NativeText)));
    } else {
        b->setToolTip(accessibleName);
    }
    return b;
}
} // namespace

DraftBrowser::DraftBrowser(DraftStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new DraftListModel(store, this)),
      m_proxy(new DraftFilterModel(this))
{
    setObjectName(QStringLiteral("draftBrowser"));
    setAccessibleName(tr("Drafts"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("browserTitle"));
    m_title->setAccessibleName(tr("List title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(m_title);
    top->addStretch(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search drafts"));
    m_search->setPlaceholderText(tr("Search customer, OCN or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    top->addWidget(m_search);
    layout->addLayout(top);

    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    // The kind of notice as an icon too: its colour is not the only sign.
    m_noticeIcon = new QLabel(m_notice);
    m_noticeIcon->setObjectName(QStringLiteral("noticeIcon"));
    m_noticeIcon->setAccessibleName(tr("Information"));
    noticeLayout->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    m_noticeLabel = new QLabel(m_notice);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setAccessibleName(tr("Notice text"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noticeLayout->addWidget(m_noticeLabel, 1);
    m_noticeAction = new QPushButton(m_notice);
    m_noticeAction->setObjectName(QStringLiteral("noticeActionButton"));
    m_noticeAction->setAccessibleName(tr("Notice action"));
    noticeLayout->addWidget(m_noticeAction);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    dismiss->setObjectName(QStringLiteral("noticeDismissButton"));
    dismiss->setAccessibleName(tr("Dismiss the notice"));
    noticeLayout->addWidget(dismiss);
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    connect(m_noticeAction, &QPushButton::clicked, this, [this] {
        auto callback = std::move(m_noticeCallback);
        m_notice->hide();
        if (callback)
            callback();
    });

    auto *buttons = new QHBoxLayout;
    m_new = makeButton(this, "newButton", tr("&New order"), tr("New order"), QKeySequence::New);
    m_open = makeButton(this, "openButton", tr("&Open"), tr("Open the selected draft"), {});
    m_duplicate = makeButton(this, "duplicateButton", tr("D&uplicate"),
                             tr("Duplicate the selected draft"), QKeySequence(tr("Ctrl+D")));
    m_delete = makeButton(this, "deleteButton", tr("&Delete"),
                          tr("Move the selected draft to the trash"), QKeySequence::Delete);
    m_restore =
        makeButton(this, "restoreButton", tr("&Restore"),
                   tr("Restore the selected draft from the trash"), QKeySequence(tr("Ctrl+R")));
    m_revisions =
        makeButton(this, "revisionsButton", tr("Re&visions…"),
                   tr("Earlier versions of the selected draft"), QKeySequence(tr("Ctrl+H")));
    m_export = makeButton(this, "exportButton", tr("&Export…"),
                          tr("Export the selected draft as a file"), QKeySequence(tr("Ctrl+E")));
    m_import = makeButton(this, "importButton", tr("&Import…"), tr("Import a draft from a file"),
                          QKeySequence(tr("Ctrl+I")));
    m_trash = makeButton(this, "trashButton", tr("&Trash"), tr("Show the trash"),
                         QKeySequence(tr("Ctrl+T")));
    m_trash->setCheckable(true);
    for (QPushButton *b : {m_new, m_open, m_duplicate, m_delete, m_restore, m_revisions})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_export, m_import, m_trash})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("draftStack"));
    m_stack->setAccessibleName(tr("Drafts"));
    m_table = new QTableView(m_stack);
    // Tab leaves the list (arrows move in it), so the rest of the window is reachable by keyboard.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setAccessibleName(tr("Draft list"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::CustomerColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(DraftListModel::CountriesColumn, 120);
    // Wide enough for "● ⚠ Awaiting signature · the customer declined to sign" at 1366 px.
    m_table->setColumnWidth(DraftListModel::StatusColumn, 380);
    m_table->setColumnWidth(DraftListModel::StepColumn, 130);
    m_table->setColumnWidth(DraftListModel::ModifiedColumn, 140);
    m_table->setColumnWidth(DraftListModel::ReferenceColumn, 150);
    m_table->sortByColumn(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
    m_stack->addWidget(m_table);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAccessibleName(tr("No drafts"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAccessibleName(tr("Number of drafts"));
    layout->addWidget(m_count);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Enter in the list or in the search field opens the (first) draft.
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_search)}) {
        for (const QKeySequence &key :
             {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
            auto *s = new QShortcut(key, w);
            s->setContext(Qt::WidgetShortcut);
            connect(s, &QShortcut::activated, this, [this] {
                if (selectedId() == 0 && m_proxy->rowCount() > 0)
                    m_table->selectRow(0);
                openSelected();
            });
        }
    }
    // Down from the search field goes into the list.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (selectedId() == 0 && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
    });
    connect(m_table, &QTableView::doubleClicked, this, &DraftBrowser::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DraftBrowser::updateActions);
    connect(m_new, &QPushButton::clicked, this, &DraftBrowser::newOrder);
    connect(m_open, &QPushButton::clicked, this, &DraftBrowser::openSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &DraftBrowser::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &DraftBrowser::deleteSelected);
    connect(m_restore, &QPushButton::clicked, this, &DraftBrowser::restoreSelected);
    connect(m_revisions, &QPushButton::clicked, this, &DraftBrowser::showRevisions);
    connect(m_export, &QPushButton::clicked, this, &DraftBrowser::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &DraftBrowser::importFile);
    connect(m_trash, &QPushButton::toggled, this, &DraftBrowser::setShowTrash);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] {
            updateEmptyState();
            updateActions();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });

    setShowTrash(false);
    setFocusProxy(m_search);
}

QByteArray DraftBrowser::saveColumns() const
{
    return m_table->horizontalHeader()->saveState();
}

bool DraftBrowser::restoreColumns(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return false;
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

qint64 DraftBrowser::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DraftListModel::IdRole).toLongLong();
}

void DraftBrowser::selectDraft(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid() && !m_search->text().isEmpty()) {
        m_search->clear(); // the draft is hidden by the search: show it
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return;
    m_table->selectRow(proxyIndex.row());
    m_table->scrollTo(proxyIndex);
}

void DraftBrowser::showNotice(const QString &text, NoticeKind kind, const QString &actionText,
                              std::function<void()> action)
{
    // The palette's own colours (readable on dark and high-contrast palettes); the kind shows
    // as an icon with its name, and as the border's tint.
    const QColor border = kind == NoticeKind::Info
                              ? palette().color(QPalette::Highlight)
                              : problemColor(palette(), kind == NoticeKind::Error);
    m_notice->setStyleSheet(
        QStringLiteral("QFrame#noticeBar { background: palette(alternate-base); "
                       "border: 2px solid %1; border-radius: 4px; }"
                       "QFrame#noticeBar QLabel { color: palette(text); }")
            .arg(border.name()));
    const QStyle::StandardPixmap icon = kind == NoticeKind::Info ? QStyle::SP_MessageBoxInformation
                                        : kind == NoticeKind::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_noticeIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_noticeIcon->setAccessibleName(kind == NoticeKind::Info      ? tr("Information")
                                    : kind == NoticeKind::Warning ? tr("Warning")
                                                                  : tr("Error"));
    m_noticeIcon->setToolTip(m_noticeIcon->accessibleName());
    m_noticeLabel->setText(text);
    m_noticeCallback = std::move(action);
    m_noticeAction->setText(actionText);
    // Read out as it reads, not as "Notice action".
    if (!actionText.isEmpty())
        m_noticeAction->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    m_noticeAction->setVisible(!actionText.isEmpty() && m_noticeCallback);
    m_notice->show();
    emit statusMessage(text);
}

void DraftBrowser::hideNotice()
{
    m_notice->hide();
    m_noticeCallback = nullptr;
}

QString DraftBrowser::noticeText() const
{
    return m_notice->isVisible() || !m_notice->isHidden() ? m_noticeLabel->text() : QString();
}

QString DraftBrowser::describe(qint64 id) const
{
    const Result<DraftSummary> s = m_store->summary(id);
    if (!s)
        return tr("the draft");
    return s->customerName.isEmpty() ? tr("order %1").arg(s->reference)
                                     : tr("%1 (order %2)").arg(s->customerName, s->reference);
}

void DraftBrowser::newOrder()
{
    if (m_trash->isChecked())
        m_trash->setChecked(false);
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const Result<qint64> id = m_store->createDraft(Order::create(now));
    if (!id) {
        showNotice(id.error(), NoticeKind::Error);
        return;
    }
    selectDraft(id.value());
    emit openRequested(id.value());
}

void DraftBrowser::openSelected()
{
    const qint64 id = selectedId();
    if (id != 0 && !m_trash->isChecked())
        emit openRequested(id);
}

void DraftBrowser::duplicateSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || m_trash->isChecked())
        return;
    const Result<qint64> copy = m_store->duplicateDraft(id);
    if (!copy) {
        showNotice(copy.error(), NoticeKind::Error);
        return;
    }
    selectDraft(copy.value());
    showNotice(tr("Copied %1 as a new draft, %2. Reserved numbers stay with the original order.")
                   .arg(describe(id), m_store->summary(copy.value())->reference));
}

bool DraftBrowser::isQueued(qint64 id) const
{
    const Result<DraftSummary> s = m_store->summary(id);
    return s && s->status == DraftStatus::Queued;
}

void DraftBrowser::deleteSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || m_trash->isChecked())
        return;
    // A submitted order waits in the outbox to be sent: trashing it would hide an order that
    // still goes out. It is withdrawn first, in the open order, where the rep sees what it is.
    if (isQueued(id)) {
        showNotice(tr("%1 is queued in the outbox, as it was submitted, and is not moved to the "
                      "trash. To delete it, open it and withdraw it from the outbox first.")
                       .arg(describe(id)),
                   NoticeKind::Warning);
        return;
    }
    const int row = m_table->currentIndex().row();
    const QString what = describe(id);
    const Result<bool> r = m_store->moveToTrash(id);
    if (!r) {
        showNotice(r.error(), NoticeKind::Error);
        return;
    }
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(std::min(row, m_proxy->rowCount() - 1));
    showNotice(tr("Moved %1 to the trash. It is kept there for %2 days.")
                   .arg(what)
                   .arg(DraftStore::kTrashDays),
               NoticeKind::Info, tr("&Undo"), [this, id] {
                   if (m_store->restoreFromTrash(id))
                       selectDraft(id);
               });
}

void DraftBrowser::restoreSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_trash->isChecked())
        return;
    const Result<bool> r = m_store->restoreFromTrash(id);
    if (!r) {
        showNotice(r.error(), NoticeKind::Error);
        return;
    }
    showNotice(tr("Restored %1 to the drafts.").arg(describe(id)));
}

void DraftBrowser::setShowTrash(bool trash)
{
    if (m_trash->isChecked() != trash)
        m_trash->setChecked(trash); // comes back here through toggled()
    m_model->setShowTrash(trash);
    m_title->setText(trash ? tr("Trash") : tr("Drafts"));
    m_trash->setText(trash ? tr("Back to dr&afts") : tr("&Trash"));
    m_trash->setAccessibleName(trash ? tr("Back to the drafts") : tr("Show the trash"));
    m_restore->setVisible(trash);
    for (QPushButton *b : {m_new, m_open, m_duplicate, m_delete, m_revisions, m_export})
        b->setVisible(!trash);
    updateEmptyState();
    updateActions();
}

void DraftBrowser::updateActions()
{
    const bool selected = selectedId() != 0;
    for (QPushButton *b : {m_open, m_duplicate, m_delete, m_revisions, m_export, m_restore})
        b->setEnabled(selected);
}

void DraftBrowser::updateEmptyState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const bool trash = m_model->showTrash();
    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
    } else {
        if (!m_model->lastError().isEmpty())
            m_empty->setText(tr("The drafts cannot be listed: %1").arg(m_model->lastError()));
        else if (total > 0)
            m_empty->setText(tr("No draft matches “%1”.").arg(m_search->text()));
        else if (trash)
            m_empty->setText(tr("The trash is empty. Deleted drafts stay here for %1 days.")
                                 .arg(DraftStore::kTrashDays));
        else
            m_empty->setText(tr("No drafts yet. Press Ctrl+N to start an order: it is saved as "
                                "you type."));
        m_stack->setCurrentWidget(m_empty);
    }
    if (shown == total)
        m_count->setText(trash ? tr("%n draft(s) in the trash", nullptr, total)
                               : tr("%n draft(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n draft(s)", nullptr, total).arg(shown));
}

void DraftBrowser::exportSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const Result<DraftSummary> s = m_store->summary(id);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export draft"),
        QDir(dir).filePath((s ? s->reference : QStringLiteral("draft")) + QStringLiteral(".json")),
        tr("Order Desk orders (*.json)"));
    if (!path.isEmpty())
        exportDraftTo(id, path);
}

bool DraftBrowser::exportDraftTo(qint64 id, const QString &path)
{
    const Result<QByteArray> json = m_store->exportDraft(id);
    if (!json) {
        showNotice(json.error(), NoticeKind::Error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() ||
        !file.commit()) {
        showNotice(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            NoticeKind::Error);
        return false;
    }
    showNotice(tr("Exported %1 to %2.").arg(describe(id), QDir::toNativeSeparators(path)));
    return true;
}

void DraftBrowser::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import draft"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Order Desk orders (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

Result<qint64> DraftBrowser::importFrom(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) {
        showNotice(tr("%1 was not imported. %2").arg(name, message), NoticeKind::Error);
        return Result<qint64>::failure(message);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("It cannot be read: %1").arg(file.errorString()));
    if (file.size() > kMaxImportBytes)
        return fail(tr("It is too large to be an order (%1 MB).").arg(file.size() >> 20));
    bool referenceChanged = false;
    const Result<qint64> id = m_store->importDraft(file.readAll(), &referenceChanged);
    if (!id)
        return fail(id.error());
    if (m_trash->isChecked())
        m_trash->setChecked(false);
    selectDraft(id.value());
    const QString reference = m_store->summary(id.value())->reference;
    showNotice(referenceChanged
                   ? tr("Imported %1 as a new draft with order reference %2, because a draft of "
                        "that order is already here.")
                         .arg(name, reference)
                   : tr("Imported %1 as order %2.").arg(name, reference));
    return id;
}

void DraftBrowser::showRevisions()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    // Restoring a revision would change an order after it was submitted.
    if (isQueued(id)) {
        showNotice(tr("%1 is queued in the outbox, as it was submitted. To go back to an earlier "
                      "version, open it and withdraw it from the outbox first.")
                       .arg(describe(id)));
        return;
    }
    RevisionsDialog dialog(m_store, id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restoredRevision() > 0)
        showNotice(tr("Restored revision %1 of %2. The version it replaced is kept as a revision.")
                       .arg(dialog.restoredRevision())
                       .arg(describe(id)));
}

} // namespace od
