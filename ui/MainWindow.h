#pragma once

#include "catalog/Catalog.h"
#include "sync/Endpoints.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QNetworkAccessManager;
class QStackedWidget;
class QToolButton;

namespace od {

class Autosave;
class Outbox;
namespace sync {
class ApiClient;
class Authenticator;
} // namespace sync
class DraftBrowser;
struct DraftSummary;
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

    /// The application's icon: the SVG installed as the desktop's icon, sharp at any scale.
    static QIcon applicationIcon();
    ~MainWindow() override;

    DraftStore *store() const { return m_store; }
    DraftBrowser *browser() const { return m_browser; }
    Outbox *outbox() const { return m_outbox; }

    /// Connects the outbox to the carrier's services at `endpoints` and starts sending. Without
    /// this (tests of the drafts alone) orders stay queued.
    void connectCarrier(const sync::Endpoints &endpoints);

    /// Remembers the window between runs in `settings` (the caller's, outliving the window): its
    /// geometry, the drafts list's columns, the draft that was open, the step each draft was
    /// left on, and the language chosen in Settings ▸ Language. Restores them at once, so call
    /// it once, after connectCarrier() and before show(). Without it nothing is remembered.
    void restoreSession(QSettings *settings);
    /// Started with --language: the language menu says that the option wins over its choice.
    void setLanguageOption(const QString &language) { m_languageOption = language; }
    /// The rep chose another language and asked to restart: once the window is gone, main()
    /// starts Order Desk again with the same arguments.
    bool restartRequested() const { return m_restartRequested; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *settings);
    /// Settings ▸ Language: stores the choice, then offers to restart in it.
    void chooseLanguage(const QString &language);
    void updateLanguageMenu();
    /// Writes what restoreSession() reads; on close.
    void saveSession();
    /// The settings group of this data folder's drafts (ids are per data folder).
    QString sessionGroup() const;
    /// Keeps the step the open draft is on, for when it is opened again.
    void rememberStep();
    /// A draft opened again goes back to the step it was left on (not later than it reached).
    void returnToRememberedStep(qint64 id);
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
    /// The status bar's connection indicator: online, offline, N queued, or the problem.
    void updateSyncIndicator();
    /// The outbox's news about a draft: the status bar says it; an open read-only order
    /// shows its new state.
    void onDraftUpdated(qint64 id, const QString &message);
    void onCarrierRequested(int request, const QString &officeId);
    /// Read-only view of an order past the draft stage, with where it is at the carrier.
    void showCarrierState(const DraftSummary &summary);
    bool isOpen(qint64 id) const;

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

    QNetworkAccessManager *m_network = nullptr;
    sync::Authenticator *m_auth = nullptr;
    sync::ApiClient *m_api = nullptr;
    Outbox *m_outbox = nullptr;
    QLabel *m_syncIndicator = nullptr;
    QToolButton *m_retryNow = nullptr;
    QString m_lastOfficeProblem; ///< the outbox's last officeProblem(), not repeated for the order
    QAction *m_retryAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;

    QSettings *m_settings = nullptr; ///< restoreSession(); null: nothing is remembered
    QString m_languageOption;        ///< --language, which wins over the setting
    QActionGroup *m_languageGroup = nullptr;
    bool m_restartRequested = false;
};

} // namespace od
