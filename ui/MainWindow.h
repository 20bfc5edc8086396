#pragma once

#include "catalog/Catalog.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace od {

class Autosave;
class DraftBrowser;
class DraftStore;
class OrderWizard;
struct OpenResult;

/// The application window: the draft browser as the start screen, the order wizard for the open
/// draft, and the draft store behind both. Nothing is ever "unsaved": closing just closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The daily backup waits this long after start-up, then runs off the UI thread.
    static constexpr int kFirstBackupDelayMs = 3000;

    MainWindow(Catalog catalog, QString dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    DraftStore *store() const { return m_store; }
    DraftBrowser *browser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void openStore();
    void showStoreError(const OpenResult &result);
    void openDraft(qint64 id);
    bool closeWizard(); ///< false: the draft could not be saved, so the wizard stays open
    /// Submit: saves the order at once and puts it in the outbox (status queued), then goes back
    /// to the drafts, where it is the newest row. Sending arrives with the sync feature.
    void queueOrder();
    /// "Withdraw from the outbox to edit": asks first, then the order is a draft again.
    void withdrawFromOutbox();
    /// Sized to the screen it opens on: the preferred size where there is room, otherwise the
    /// whole available area (a 1366×768 laptop), never larger than the screen.
    void fitToScreen();

    Catalog m_catalog;
    QString m_dataDir;
    DraftStore *m_store;
    Autosave *m_autosave;
    QStackedWidget *m_stack;
    DraftBrowser *m_browser = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPointer<OrderWizard> m_wizard;
    QString m_lastSaveError;
    /// The open order is in the outbox: read-only, nothing of it is saved.
    bool m_wizardQueued = false;
};

} // namespace od
