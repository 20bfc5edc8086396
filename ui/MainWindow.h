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
};

} // namespace od
