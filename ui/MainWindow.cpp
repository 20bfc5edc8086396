#include "MainWindow.h"

#include "DraftBrowser.h"
#include "Translations.h"
#include "documents/Documents.h"
#include "outbox/Outbox.h"
#include "store/Autosave.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "sync/ApiClient.h"
#include "sync/Authenticator.h"
#include "sync/NumberClient.h"
#include "wizard/OrderWizard.h"
#include "wizard/PaperworkPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace od {

MainWindow::MainWindow(Catalog catalog, QString dataDir, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog)), m_dataDir(std::move(dataDir)),
      m_store(new DraftStore(this)), m_autosave(new Autosave(m_store, this)),
      m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Order Desk"));
    setWindowIcon(applicationIcon());
    setObjectName(QStringLiteral("MainWindow"));
    setAccessibleName(tr("Order Desk"));
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->setAccessibleName(tr("Main area"));
    setCentralWidget(m_stack);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));

    connect(m_autosave, &Autosave::saveFailed, this, [this](qint64, const QString &message) {
        m_lastSaveError = message;
        statusBar()->showMessage(tr("Not saved yet: %1 Retrying…").arg(message));
    });
    connect(m_autosave, &Autosave::saved, this, [this] {
        m_lastSaveError.clear();
        statusBar()->showMessage(tr("Saved"), 2000);
    });
    // Switching to another application saves at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive && m_autosave)
                    m_autosave->flush();
            });

    // The carrier connection, always in view: a symbol and words, not a colour alone.
    m_syncIndicator = new QLabel(this);
    m_syncIndicator->setObjectName(QStringLiteral("syncIndicator"));
    m_syncIndicator->setFocusPolicy(Qt::NoFocus);
    m_syncIndicator->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_syncIndicator);
    m_retryNow = new QToolButton(this);
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    m_retryNow->setText(tr("Retry now"));
    m_retryNow->setAccessibleName(tr("Retry now"));
    m_retryNow->setAccessibleDescription(
        tr("Sends what waits in the outbox now, instead of at the next planned attempt"));
    statusBar()->addPermanentWidget(m_retryNow);
    connect(m_retryNow, &QToolButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->retryNow();
    });

    buildMenus();
    openStore();
    fitToScreen();
    updateSyncIndicator();
}

QIcon MainWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/desktop/" ORDERDESK_APP_ID ".svg"));
}

void MainWindow::connectCarrier(const sync::Endpoints &endpoints)
{
    if (m_outbox || !m_store->isOpen())
        return;
    if (!endpoints.isConfigured()) {
        // Nowhere to send to: orders wait in the outbox, and the status bar says how to set it up.
        updateSyncIndicator();
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_auth = new sync::Authenticator(
        m_network, endpoints,
        sync::makeKeychainTokenStore(endpoints.base.value(sync::Service::Auth)), this);
    connect(m_auth, &sync::Authenticator::openBrowser, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_api = new sync::ApiClient(m_network, endpoints, m_auth, this);
    Outbox::Options options;
    // Offline on a train, the services are looked for every 15 s: sent soon after they are
    // back, without the rep pressing anything.
    options.probeIntervalMs = 15 * 1000;
    // The envelope carries the real contract (and on the porting path every porting form).
    const Catalog *catalog = &m_catalog;
    options.envelopeDocuments =
        [catalog](const Order &order) -> Result<QList<sync::EnvelopeDocument>> {
        const Result<QList<documents::Document>> built =
            documents::envelopeDocuments(order, *catalog);
        if (!built)
            return Result<QList<sync::EnvelopeDocument>>::failure(built.error());
        QList<sync::EnvelopeDocument> envelope;
        for (const documents::Document &d : built.value())
            envelope.append(sync::EnvelopeDocument{d.title, d.pdf});
        return envelope;
    };
    m_outbox = new Outbox(m_store, m_api, m_catalog, options, this);

    // The draft open in the wizard is read and changed there: an answer lands in the rep's
    // order (and its autosave) instead of being overwritten by the next keystroke's save.
    const OrderAccess store = m_outbox->defaultOrderAccess();
    OrderAccess access;
    access.read = [this, store](qint64 id) -> std::optional<Order> {
        if (isOpen(id))
            return m_wizard->order();
        return store.read(id);
    };
    access.modify = [this, store](qint64 id, const std::function<void(Order &)> &change) {
        if (!isOpen(id))
            return store.modify(id, change);
        // A read-only order is not saved from the wizard: the store takes the change, and the
        // wizard shows it.
        if (m_wizardQueued && !store.modify(id, change))
            return false;
        m_wizard->applyCarrierChange(change);
        return true;
    };
    m_outbox->setOrderAccess(access);

    connect(m_outbox, &Outbox::stateChanged, this, &MainWindow::updateSyncIndicator);
    connect(m_outbox, &Outbox::draftUpdated, this, &MainWindow::onDraftUpdated);
    connect(m_outbox, &Outbox::problem, this, [this](qint64 id, const QString &message) {
        if (isOpen(id)) {
            // Where the rep asked (the office, the submit page), not in the status bar, which
            // the next "Saved" overwrites. An office's problem is already at the office.
            if (m_lastOfficeProblem != message)
                m_wizard->setCarrierNote(QStringLiteral("order"), message);
            m_lastOfficeProblem.clear();
            return;
        }
        statusBar()->showMessage(message, 15000);
        if (m_browser)
            m_browser->showNotice(message, DraftBrowser::NoticeKind::Warning);
    });
    connect(m_outbox, &Outbox::officeProblem, this,
            [this](qint64 id, const QString &officeId, const QString &message) {
                if (!isOpen(id))
                    return;
                m_lastOfficeProblem = message;
                m_wizard->setCarrierNote(QStringLiteral("office:") + officeId,
                                         QStringLiteral("⚠ ") + message);
            });
    connect(m_outbox, &Outbox::accountChecked, this,
            [this](qint64 id, bool verified, const QString &message) {
                Q_UNUSED(verified);
                if (isOpen(id)) // verified or not, with the tenant's consent when known
                    m_wizard->setCarrierNote(QStringLiteral("customer"), message);
                statusBar()->showMessage(message, 8000);
            });
    connect(m_outbox, &Outbox::addressAlternatives, this,
            [this](qint64 id, const QString &officeId, const QList<Address> &alternatives) {
                if (isOpen(id))
                    m_wizard->offerAddressAlternatives(officeId, alternatives);
            });
    connect(m_auth, &sync::Authenticator::tokenReady, this,
            [this] { statusBar()->showMessage(tr("Signed in to the carrier's services."), 5000); });
    connect(m_auth, &sync::Authenticator::failed, this, [this](const QString &message) {
        // Unreachable is being offline: the indicator says that, calmly.
        if (!m_auth->lastFailureWasUnreachable())
            statusBar()->showMessage(message, 15000);
    });
    for (QAction *a : {m_retryAction, m_signInAction, m_signOutAction})
        a->setEnabled(true);
    m_outbox->start();
    updateSyncIndicator();
}

bool MainWindow::isOpen(qint64 id) const
{
    return m_wizard && m_autosave && m_autosave->draftId() == id;
}

void MainWindow::updateSyncIndicator()
{
    QString text;
    QString description;
    if (!m_outbox) {
        text = tr("○ Not connected to the carrier");
        description = tr("No carrier services are set up: submitted orders wait in the outbox. "
                         "Start Order Desk with --upstream, or set the services' addresses in "
                         "the settings (see the README).");
    } else {
        const int queued = m_outbox->queuedOrders();
        const QString waiting = queued > 0 ? tr(", %n queued", nullptr, queued) : QString();
        switch (m_outbox->state()) {
        case Outbox::State::Online:
            text = tr("● Online") + waiting;
            description = tr("The carrier's services are reachable.");
            break;
        case Outbox::State::Sending:
            text = tr("⇅ Sending") + waiting;
            description = tr("Sending to the carrier.");
            break;
        case Outbox::State::Offline:
            text = tr("○ Offline") + waiting;
            description = tr("The carrier's services cannot be reached. Orders wait in the "
                             "outbox and are sent when they can be; nothing is lost.");
            break;
        case Outbox::State::Error:
            text = tr("⚠ Problem") + waiting;
            description = m_outbox->lastError();
            break;
        }
        // When the next try is, only where it is a wait the rep may want to cut short: offline,
        // the outbox tries as soon as the services answer again.
        const QDateTime next = m_outbox->nextAttempt();
        if (next.isValid() && next > QDateTime::currentDateTimeUtc() && queued > 0 &&
            m_outbox->state() != Outbox::State::Sending &&
            m_outbox->state() != Outbox::State::Offline)
            description += QLatin1Char(' ') + tr("Next attempt at %1.")
                                                  .arg(QLocale().toString(next.toLocalTime().time(),
                                                                          QLocale::ShortFormat));
    }
    m_syncIndicator->setText(text);
    m_syncIndicator->setToolTip(description);
    m_syncIndicator->setAccessibleName(tr("Connection to the carrier: %1").arg(text));
    m_syncIndicator->setAccessibleDescription(description);
    m_retryNow->setVisible(m_outbox && m_outbox->pendingJobs() > 0 &&
                           m_outbox->state() != Outbox::State::Sending);
}

void MainWindow::onDraftUpdated(qint64 id, const QString &message)
{
    if (!message.isEmpty())
        statusBar()->showMessage(message, 15000);
    const Result<DraftSummary> summary = m_store->summary(id);
    if (summary) {
        if (m_wizardQueued)
            showCarrierState(summary.value());
        if (isOpen(id) && m_wizardQueued)
            if (PaperworkPanel *paperwork = m_wizard->paperworkPanel())
                paperwork->refresh();
        // A "queued in the outbox" notice about an order that has gone no longer holds.
        if (m_browser && summary->status != DraftStatus::Queued &&
            summary->status != DraftStatus::Draft)
            m_browser->hideNotice();
    }
    updateSyncIndicator();
}

void MainWindow::onCarrierRequested(int request, const QString &officeId)
{
    if (!m_wizard || !m_autosave)
        return;
    const qint64 id = m_autosave->draftId();
    if (!m_outbox) {
        statusBar()->showMessage(tr("Kept in the order: it is sent when the carrier's services "
                                    "are set up."),
                                 8000);
        return;
    }
    // The outbox reads the open order itself (see connectCarrier).
    bool queued = false;
    switch (OrderWizard::CarrierRequest(request)) {
    case OrderWizard::CarrierRequest::ValidateAddress:
        queued = m_outbox->requestAddressValidation(id, officeId);
        m_wizard->setCarrierNote(QStringLiteral("office:") + officeId, QString());
        break;
    case OrderWizard::CarrierRequest::ReserveNumbers:
        queued = m_outbox->requestReservation(id, officeId);
        m_wizard->setCarrierNote(QStringLiteral("office:") + officeId, QString());
        break;
    case OrderWizard::CarrierRequest::CheckAccount:
        queued = m_outbox->requestAccountCheck(id);
        if (queued)
            m_wizard->setCarrierNote(
                QStringLiteral("customer"),
                m_outbox->isOnline()
                    ? tr("Checking with the carrier's account service…")
                    : tr("Queued: checked when the carrier's account service is reachable."));
        break;
    }
    if (!queued)
        statusBar()->showMessage(m_outbox->lastError(), 15000);
    updateSyncIndicator();
}

void MainWindow::showCarrierState(const DraftSummary &summary)
{
    const qint64 id = summary.id;
    if (!isOpen(id))
        return;
    const DraftStatus status = summary.status;
    if (status == DraftStatus::Draft)
        return;
    const bool withdrawable =
        status == DraftStatus::Queued && (!m_outbox || m_outbox->canWithdraw(id));
    m_wizard->setWithdrawable(withdrawable);
    m_wizard->setAtCarrier(status != DraftStatus::Queued);
    if (status == DraftStatus::Queued)
        m_wizard->setReadOnlyNote(
            withdrawable
                ? QString()
                : tr("ℹ This order is being sent to the carrier: it can no longer be withdrawn. "
                     "Its state is shown here and in the drafts as the carrier answers."));
    else {
        // Where it is, in words: the status, the signature, the expected handling date.
        QString where = draftStatusLabel(status);
        const QString details = DraftListModel::carrierDetails(summary);
        if (!details.isEmpty())
            where += QStringLiteral(" (%1)").arg(details);
        QString note = tr("ℹ At the carrier: %1. The order is shown as it was submitted; it can "
                          "no longer be changed here.")
                           .arg(where);
        if (!summary.problem.isEmpty())
            note += QLatin1Char('\n') + tr("⚠ %1").arg(summary.problem);
        m_wizard->setReadOnlyNote(note);
    }
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is not known before the window is shown: leave room for a usual one.
    const QSize frame(16, 40);
    const QSize preferred(1280, 860);
    const QSize room = available.size() - frame;
    // A laptop screen: the rep needs all of it for the wizard. Maximised, and all of the room
    // where nothing maximises it (no window manager) or once the rep restores it.
    const bool small = preferred.width() > room.width() || preferred.height() > room.height();
    const QSize size = (small ? room : preferred).expandedTo(QSize(320, 240));
    resize(size);
    move(available.x() + (room.width() - size.width()) / 2,
         available.y() + (room.height() - size.height()) / 2);
    if (small)
        setWindowState(windowState() | Qt::WindowMaximized);
}

MainWindow::~MainWindow()
{
    // Normally already saved by closeEvent(). If the rep chose to quit although the last save
    // failed, the autosave must not report that failure into a half-destroyed window, so it goes
    // first, while every member still exists.
    if (!m_autosave->stop())
        m_autosave->disconnect(this);
    disconnect(qApp, nullptr, this, nullptr);
    if (m_wizard)
        m_wizard->disconnect(this);
    delete m_autosave;
    m_autosave = nullptr;
}

void MainWindow::openStore()
{
    DraftStore::Options options;
    options.backupOnOpen = false; // the first start of a day is as quick as any other
    const OpenResult result = m_store->open(m_dataDir, options);
    if (!result.ok()) {
        showStoreError(result);
        return;
    }
    if (!m_browser) {
        m_browser = new DraftBrowser(m_store, m_stack);
        m_stack->addWidget(m_browser);
        connect(m_browser, &DraftBrowser::openRequested, this, &MainWindow::openDraft);
        connect(m_browser, &DraftBrowser::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    m_stack->setCurrentWidget(m_browser);
    m_browser->setFocus();
    m_store->scheduleBackups(kFirstBackupDelayMs);
    if (result.recovery.happened)
        m_browser->showNotice(result.recovery.message(), DraftBrowser::NoticeKind::Warning);
    else
        statusBar()->showMessage(
            tr("Drafts are kept in %1").arg(QDir::toNativeSeparators(m_dataDir)), 8000);
}

void MainWindow::showStoreError(const OpenResult &result)
{
    if (!m_errorPage) {
        m_errorPage = new QWidget(m_stack);
        m_errorPage->setObjectName(QStringLiteral("storeErrorPage"));
        m_errorPage->setAccessibleName(tr("The drafts cannot be opened"));
        auto *layout = new QVBoxLayout(m_errorPage);
        layout->addStretch(1);
        m_errorLabel = new QLabel(m_errorPage);
        m_errorLabel->setObjectName(QStringLiteral("storeErrorLabel"));
        m_errorLabel->setAccessibleName(tr("Why the drafts cannot be opened"));
        m_errorLabel->setWordWrap(true);
        m_errorLabel->setAlignment(Qt::AlignCenter);
        m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_errorLabel);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        auto *retry = new QPushButton(tr("&Try again"), m_errorPage);
        retry->setObjectName(QStringLiteral("retryButton"));
        retry->setAccessibleName(tr("Try to open the drafts again"));
        buttons->addWidget(retry);
        auto *quit = new QPushButton(tr("&Quit"), m_errorPage);
        quit->setObjectName(QStringLiteral("quitButton"));
        quit->setAccessibleName(tr("Quit Order Desk"));
        buttons->addWidget(quit);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        layout->addStretch(2);
        m_stack->addWidget(m_errorPage);
        connect(retry, &QPushButton::clicked, this, &MainWindow::openStore);
        connect(quit, &QPushButton::clicked, this, &QWidget::close);
    }
    m_errorLabel->setText(result.error);
    m_stack->setCurrentWidget(m_errorPage);
}

void MainWindow::openDraft(qint64 id)
{
    if (!closeWizard())
        return;
    const Result<Draft> draft = m_store->loadDraft(id);
    if (!draft) {
        m_browser->showNotice(draft.error(), DraftBrowser::NoticeKind::Error);
        return;
    }
    if (!m_autosave->track(id, draft->order)) {
        m_browser->showNotice(tr("The draft cannot be opened yet: the changes to the previous "
                                 "one are not saved. %1")
                                  .arg(m_lastSaveError),
                              DraftBrowser::NoticeKind::Error);
        return;
    }
    m_wizard = new OrderWizard(m_catalog, draft->order, m_stack);
    m_wizard->setWindowFlags(Qt::Widget); // a page of the window, not a dialog of its own
    m_wizard->setObjectName(QStringLiteral("orderWizard"));
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &OrderWizard::orderChanged, this, [this] {
        // Not while the window is being destroyed; never over an order in the outbox.
        if (m_wizard && m_autosave && !m_wizardQueued)
            m_autosave->setOrder(m_wizard->order());
    });
    connect(m_wizard, &OrderWizard::flushRequested, m_autosave, &Autosave::flush);
    connect(m_wizard, &OrderWizard::closeRequested, this, &MainWindow::closeWizard,
            Qt::QueuedConnection);
    connect(m_wizard, &OrderWizard::submitRequested, this, &MainWindow::queueOrder);
    connect(m_wizard, &OrderWizard::withdrawRequested, this, &MainWindow::withdrawFromOutbox);
    connect(m_wizard, &OrderWizard::reservationReleased, this,
            [this](const QString &reservationId) {
                // Best effort: offline, the reservation simply expires at the carrier.
                if (m_api)
                    sync::NumberClient(m_api).release(reservationId, this,
                                                      [](const sync::ApiResponse &) {});
            });
    connect(m_wizard, &OrderWizard::carrierRequested, this,
            [this](OrderWizard::CarrierRequest request, const QString &officeId) {
                onCarrierRequested(int(request), officeId);
            });
    // An order in the outbox, or past it, opens read-only: it cannot be changed or submitted
    // twice.
    m_wizardQueued = draft->summary.status != DraftStatus::Draft;
    if (m_wizardQueued) {
        showCarrierState(draft->summary);
        if (PaperworkPanel *paperwork = m_wizard->paperworkPanel()) {
            paperwork->setCarrier(m_store, m_outbox, id);
            connect(paperwork, &PaperworkPanel::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        }
        m_wizard->setQueued(true);
    }
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->show();
    if (!m_wizardQueued)
        returnToRememberedStep(id);
    // Opened, the carrier's news about it has been seen.
    if (draft->summary.unseenChange)
        m_store->markSeen(id);
    if (!draft->summary.problem.isEmpty() && !m_wizardQueued) {
        // Sent back by the carrier: what to fix comes first, on the submit page and here.
        m_wizard->setCarrierNote(QStringLiteral("order"), draft->summary.problem);
        statusBar()->showMessage(tr("Order %1 came back from the carrier: %2")
                                     .arg(draft->summary.reference, draft->summary.problem));
        return;
    }
    statusBar()->showMessage(
        !m_wizardQueued
            ? tr("Order %1: every change is saved as you type.").arg(draft->summary.reference)
        : draft->summary.status == DraftStatus::Queued
            ? tr("Order %1 is queued in the outbox: it is shown as it was submitted.")
                  .arg(draft->summary.reference)
            : tr("Order %1 is at the carrier: it is shown as it was submitted.")
                  .arg(draft->summary.reference));
}

void MainWindow::queueOrder()
{
    if (!m_wizard || m_wizardQueued)
        return;
    // Saved at once, then queued: the outbox holds exactly what the rep submitted.
    m_autosave->setOrder(m_wizard->order());
    if (!m_autosave->flush()) {
        m_wizard->reportSubmitFailure(
            tr("%1 Your changes are kept here; try again in a moment.").arg(m_lastSaveError));
        return;
    }
    const qint64 id = m_autosave->draftId();
    const Result<bool> queued = m_store->setStatus(id, DraftStatus::Queued);
    if (!queued) {
        m_wizard->reportSubmitFailure(queued.error());
        return;
    }
    if (m_outbox && !m_outbox->submit(id)) {
        // Not in the outbox after all: it stays a draft the rep can submit again.
        const QString why = m_outbox->lastError();
        m_store->setStatus(id, DraftStatus::Draft);
        m_wizard->reportSubmitFailure(why);
        return;
    }
    updateSyncIndicator();
    m_wizardQueued = true;
    const Order &order = m_wizard->order();
    const QString company = order.customer.companyName.trimmed();
    const QString what = company.isEmpty() ? tr("Order %1").arg(order.reference)
                                           : tr("Order %1 for %2").arg(order.reference, company);
    const QString message =
        tr("%1 is queued in the outbox. It will be sent to the carrier when the carrier's "
           "ordering service is reachable; nothing else is needed now. Until then you can open "
           "it to read it, or withdraw it to change it.")
            .arg(what);
    // Back to the drafts once the submit button's click is over.
    QMetaObject::invokeMethod(
        this,
        [this, id, message] {
            if (!closeWizard() || !m_browser)
                return;
            m_browser->selectDraft(id);
            m_browser->showNotice(message, DraftBrowser::NoticeKind::Info);
        },
        Qt::QueuedConnection);
}

void MainWindow::withdrawFromOutbox()
{
    if (!m_wizard || !m_wizardQueued)
        return;
    const qint64 id = m_autosave->draftId();
    const QString reference = m_wizard->order().reference;
    QMessageBox box(QMessageBox::Question, tr("Withdraw from the outbox"),
                    tr("Withdraw order %1 from the outbox to edit it?").arg(reference),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("withdrawConfirmBox"));
    box.setInformativeText(tr("It goes back to the drafts with everything kept, and is not sent "
                              "until you submit it again."));
    QPushButton *withdraw = box.addButton(tr("&Withdraw and edit"), QMessageBox::AcceptRole);
    withdraw->setObjectName(QStringLiteral("withdrawConfirmButton"));
    QPushButton *keep = box.addButton(tr("&Keep it queued"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepQueuedButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != withdraw || !m_wizard)
        return;
    // Sent meanwhile, or possibly received by the carrier: no longer the rep's to withdraw.
    if (m_outbox && !m_outbox->withdraw(id)) {
        const QString why = m_outbox->lastError();
        statusBar()->showMessage(
            why.isEmpty() ? tr("Order %1 has already gone to the carrier: it can no longer be "
                               "withdrawn.")
                                .arg(reference)
                          : why,
            15000);
        if (const Result<DraftSummary> summary = m_store->summary(id))
            showCarrierState(summary.value());
        return;
    }
    const Result<bool> done = m_store->setStatus(id, DraftStatus::Draft);
    if (!done) {
        statusBar()->showMessage(tr("The order stays in the outbox: %1").arg(done.error()));
        return;
    }
    m_wizardQueued = false;
    m_wizard->setReadOnlyNote(QString());
    m_wizard->setWithdrawable(true);
    m_wizard->setQueued(false);
    updateSyncIndicator();
    if (m_browser) // its "queued in the outbox" notice no longer holds
        m_browser->hideNotice();
    statusBar()->showMessage(
        tr("Order %1 is a draft again: change what you need, then submit it again.")
            .arg(reference));
}

bool MainWindow::closeWizard()
{
    if (!m_wizard)
        return true;
    if (!m_wizardQueued)
        m_autosave->setOrder(m_wizard->order());
    const qint64 id = m_autosave->draftId();
    rememberStep();
    if (!m_autosave->stop()) {
        // Closing now would throw the rep's changes away: the wizard stays, saving is retried.
        statusBar()->showMessage(tr("The draft stays open because it could not be saved: %1 "
                                    "Your changes are kept here and saving is retried.")
                                     .arg(m_lastSaveError));
        return false;
    }
    OrderWizard *wizard = m_wizard;
    m_wizard = nullptr;
    m_wizardQueued = false;
    m_stack->removeWidget(wizard);
    wizard->deleteLater();
    if (m_browser) {
        m_stack->setCurrentWidget(m_browser);
        m_browser->selectDraft(id);
        m_browser->setFocus();
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Already saved as the rep typed; this only writes the last few hundred milliseconds. Nothing
    // is asked, unless that save fails: then quitting would lose what the rep typed.
    if (m_wizard && !m_wizardQueued)
        m_autosave->setOrder(m_wizard->order());
    if (!m_autosave->flush()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Order Desk"),
            tr("The latest changes to this draft could not be saved: %1").arg(m_lastSaveError),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsavedOnCloseBox"));
        box.setInformativeText(tr("If you quit now, they are lost. Keep Order Desk open and it "
                                  "keeps trying to save them."));
        QPushButton *keep = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepOpenButton"));
        QPushButton *quit = box.addButton(tr("&Quit and lose them"), QMessageBox::DestructiveRole);
        quit->setObjectName(QStringLiteral("quitAnywayButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            m_restartRequested = false;
            return;
        }
    }
    saveSession();
    event->accept();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    // The carrier's services: what the status bar offers, and signing in or out (a shared
    // computer).
    m_retryAction = file->addAction(tr("&Retry sending now"), this, [this] {
        if (m_outbox)
            m_outbox->retryNow();
    });
    m_retryAction->setObjectName(QStringLiteral("retryNowAction"));
    m_signInAction = file->addAction(tr("Sign &in to the carrier's services"), this, [this] {
        if (!m_auth)
            return;
        statusBar()->showMessage(tr("Signing in to the carrier's services…"), 8000);
        m_auth->signInAgain();
        if (m_outbox)
            m_outbox->retryNow(); // what waited for the sign-in goes now
    });
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = file->addAction(tr("Sign &out of the carrier's services"), this, [this] {
        if (!m_auth)
            return;
        m_auth->signOut();
        statusBar()->showMessage(tr("Signed out. Order Desk asks you to sign in again before it "
                                    "sends anything to the carrier."),
                                 10000);
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    for (QAction *a : {m_retryAction, m_signInAction, m_signOutAction})
        a->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // No mnemonic of its own: every letter of "Settings" already opens a button of the window
    // (Alt+S is "Save draft and close", Alt+T "Trash", ...). Alt+F, then the right arrow.
    QMenu *settings = menuBar()->addMenu(tr("Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    buildLanguageMenu(settings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Order Desk"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Order Desk"),
                       tr("<p><b>Order Desk</b> %1</p><p>Microsoft Teams Operator Connect orders "
                          "for business customers.</p><p>Catalog: %2%3</p><p>Drafts: %4</p>")
                           .arg(QApplication::applicationVersion(), m_catalog.version(),
                                m_catalog.isSample() ? tr(" (sample data)") : QString(),
                                QDir::toNativeSeparators(m_dataDir).toHtmlEscaped()));
}

void MainWindow::buildLanguageMenu(QMenu *settings)
{
    QMenu *menu = settings->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto add = [this, menu](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language.") +
                              (code.isEmpty() ? QStringLiteral("automatic") : code));
        action->setCheckable(true);
        action->setData(code);
        action->setEnabled(false); // until restoreSession() says where to keep the choice
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    add(QString(), tr("Automatic (system language)"));
    menu->addSeparator();
    // Each language by its own name, never translated.
    for (const ShippedLanguage &language : shippedLanguages())
        add(language.code, language.name);
}

void MainWindow::updateLanguageMenu()
{
    if (!m_languageGroup)
        return;
    const QString chosen = m_settings ? languageSetting(*m_settings) : QString();
    for (QAction *action : m_languageGroup->actions()) {
        action->setEnabled(m_settings != nullptr);
        action->setChecked(action->data().toString() == chosen);
    }
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (!m_settings)
        return;
    if (languageSetting(*m_settings) == language) {
        updateLanguageMenu();
        return;
    }
    setLanguageSetting(*m_settings, language);
    updateLanguageMenu();
    QString name = QLocale::system().nativeLanguageName();
    for (const ShippedLanguage &shipped : shippedLanguages())
        if (shipped.code == language)
            name = shipped.name;
    if (!m_languageOption.isEmpty()) {
        // The command line wins: restarting with the same arguments would change nothing.
        QMessageBox box(QMessageBox::Information, tr("Language"),
                        tr("Order Desk was started with --language %1, which comes before this "
                           "setting. %2 is used when Order Desk starts without that option.")
                            .arg(m_languageOption, name),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("languageOptionBox"));
        box.exec();
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Language"),
        language.isEmpty()
            ? tr("Order Desk follows the system language (%1) from its next start.").arg(name)
            : tr("Order Desk is shown in %1 from its next start.").arg(name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restartForLanguageBox"));
    box.setInformativeText(m_wizard ? tr("Restart now? Everything is saved, and this draft opens "
                                         "again on the same step.")
                                    : tr("Restart now? Everything is saved."));
    QPushButton *restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box.setDefaultButton(restart);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() != restart) {
        statusBar()->showMessage(tr("The new language is used from the next start."), 8000);
        return;
    }
    // main() starts Order Desk again once the window has closed (and saved everything).
    m_restartRequested = true;
    if (!close())
        m_restartRequested = false;
}

QString MainWindow::sessionGroup() const
{
    const QString folder = QDir(m_dataDir).absolutePath();
    return QStringLiteral("drafts/") +
           QString::fromLatin1(QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

void MainWindow::rememberStep()
{
    if (!m_settings || !m_wizard || m_wizardQueued || !m_autosave || m_wizard->currentId() < 0)
        return;
    const QString key = sessionGroup() + QStringLiteral("/steps");
    const QString prefix = QString::number(m_autosave->draftId()) + QLatin1Char(':');
    // The most recent first, and only so many: the list does not grow with every draft ever.
    QStringList steps = m_settings->value(key).toStringList();
    steps.removeIf([&prefix](const QString &entry) { return entry.startsWith(prefix); });
    steps.prepend(prefix + QString::number(m_wizard->currentId()));
    constexpr int kRemembered = 200;
    if (steps.size() > kRemembered)
        steps.resize(kRemembered);
    m_settings->setValue(key, steps);
}

void MainWindow::returnToRememberedStep(qint64 id)
{
    if (!m_settings || !m_wizard)
        return;
    const QString prefix = QString::number(id) + QLatin1Char(':');
    const QStringList steps =
        m_settings->value(sessionGroup() + QStringLiteral("/steps")).toStringList();
    for (const QString &entry : steps) {
        if (!entry.startsWith(prefix))
            continue;
        bool ok = false;
        const int step = entry.mid(prefix.size()).toInt(&ok);
        // Back through the pages the wizard walked on opening, as the rep would: never forward
        // past what the order reached.
        while (ok && m_wizard->currentId() > step && m_wizard->visitedIds().size() > 1)
            m_wizard->back();
        return;
    }
}

void MainWindow::saveSession()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    if (m_browser)
        m_settings->setValue(QStringLiteral("window/draftColumns"), m_browser->saveColumns());
    rememberStep();
    const qint64 open = m_wizard && m_autosave ? m_autosave->draftId() : 0;
    m_settings->setValue(sessionGroup() + QStringLiteral("/open"), open);
    m_settings->sync();
}

void MainWindow::restoreSession(QSettings *settings)
{
    m_settings = settings;
    updateLanguageMenu();
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry) &&
        !(windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
        // Another screen since (a laptop off its dock): wholly on one of the screens there are
        // now, else sized to the screen as on the first start.
        const QRect frame = frameGeometry();
        const QScreen *screen = QGuiApplication::screenAt(frame.center());
        if (!screen)
            screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect();
        if (available.isValid() && !available.contains(frame)) {
            if (frame.width() > available.width() || frame.height() > available.height())
                fitToScreen();
            else
                move(std::clamp(frame.x(), available.left(), available.right() + 1 - frame.width()),
                     std::clamp(frame.y(), available.top(),
                                available.bottom() + 1 - frame.height()));
        }
    }
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    if (m_browser)
        m_browser->restoreColumns(
            m_settings->value(QStringLiteral("window/draftColumns")).toByteArray());
    // The draft that was open when Order Desk closed opens again, where the rep left it.
    const qint64 open = m_settings->value(sessionGroup() + QStringLiteral("/open")).toLongLong();
    if (open > 0 && m_browser && m_store->isOpen()) {
        const Result<DraftSummary> summary = m_store->summary(open);
        if (summary && !summary->isTrashed())
            openDraft(open);
    }
}

} // namespace od
