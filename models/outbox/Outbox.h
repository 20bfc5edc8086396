#pragma once

#include "catalog/Catalog.h"
#include "order/Order.h"
#include "store/DraftStore.h"
#include "sync/AddressClient.h"
#include "sync/ApiClient.h"
#include "sync/SignatureClient.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace od {

/// How the outbox reads and changes a draft's order. The default goes through the store; the
/// main window replaces it for the draft open in the wizard, so that a result lands in the
/// rep's open order (and its autosave) instead of being overwritten by it.
struct OrderAccess
{
    std::function<std::optional<Order>(qint64 draftId)> read;
    /// Applies `change` to the draft's order and saves it; false when the draft is gone.
    std::function<bool(qint64 draftId, const std::function<void(Order &)> &change)> modify;
};

/// Backoff for retries: exponential from `first`, doubled per attempt, capped at `cap`, with
/// full jitter in [delay/2, delay]. Retry-After wins when the server gives it.
struct BackoffPolicy
{
    int firstMs = 2000;
    int capMs = 5 * 60 * 1000;
    int delayMs(int attempt, double jitter01, int retryAfterSecs = -1) const;
};

/// The outbox: the carrier's work queued in the database (table outbox_jobs; attempts, next
/// attempt time, last error) and a worker that sends it when online. Job kinds: validate an
/// office's address, reserve its numbers, check the customer's account, submit the order,
/// create the signature envelope, and poll order and envelope status after submission.
///
/// Submission is idempotent: the order's reference is its TMF622 externalId and its
/// Idempotency-Key, and before any resend the worker looks the order up by externalId. A
/// queued order's own validate/reserve jobs run before its submit job. 4xx other than 408 and
/// 429 are not retried: the draft goes back to status Draft with the problem kept for the rep
/// (naming the field when the server names one).
class Outbox : public QObject
{
    Q_OBJECT
public:
    enum class State { Online, Offline, Sending, Error };

    struct Options
    {
        BackoffPolicy backoff;
        int pollFirstMs = 5000;           ///< first status poll after submission
        int pollCapMs = 10 * 60 * 1000;   ///< polls back off to this
        int probeIntervalMs = 60 * 1000;  ///< reachability probe while offline or idle
        std::function<QDateTime()> clock; ///< UTC now; tests inject one
        std::function<double()> jitter;   ///< [0,1); tests inject one
        /// The documents an envelope carries (sync::EnvelopeDocument: name + PDF): the contract,
        /// and on the porting path every porting form. The app passes documents::
        /// envelopeDocuments; without it, a one-page order summary (tests).
        std::function<Result<QList<sync::EnvelopeDocument>>(const Order &)> envelopeDocuments;
        int tickMs = 1000;   ///< how often the worker looks for due jobs
        int maxInFlight = 3; ///< requests at once (one per draft)
        /// Use QNetworkInformation where a backend is available (tests switch it off).
        bool useNetworkInformation = true;
    };

    Outbox(DraftStore *store, sync::ApiClient *api, const Catalog &catalog,
           QObject *parent = nullptr);
    Outbox(DraftStore *store, sync::ApiClient *api, const Catalog &catalog, const Options &options,
           QObject *parent = nullptr);
    ~Outbox() override;

    void setOrderAccess(const OrderAccess &access);
    OrderAccess defaultOrderAccess() const;

    /// Starts the worker and the connectivity watch (QNetworkInformation + probe).
    void start();
    void stop();
    /// "Retry now": every waiting job becomes due now, and the reachability is probed.
    void retryNow();

    // Queue work. Each returns false (with the message in lastError()) when it cannot be stored.
    /// Queues the order (status Queued, set again in the same transaction). Offices whose
    /// validation or reservation is requested but has no job yet, and an unverified existing
    /// customer, get their jobs first; the order is sent after them. Calling it again while the
    /// order waits changes nothing.
    bool submit(qint64 draftId);
    bool requestAddressValidation(qint64 draftId, const QString &officeId);
    bool requestReservation(qint64 draftId, const QString &officeId);
    bool requestAccountCheck(qint64 draftId);
    /// Takes a queued order out of the outbox (status Draft; its validations and reservations
    /// still run); false when it may already have reached the carrier (an attempt whose reply
    /// was lost, or one on its way) or was sent.
    bool withdraw(qint64 draftId);
    bool canWithdraw(qint64 draftId) const;
    /// "Send for signature": saves `signatory` in the order and queues an envelope for them.
    /// Porting path: the contract and every porting form (the paperwork). Signature path: the
    /// contract again, after a declined or voided envelope. False (message in lastError())
    /// when the carrier does not have the order yet, or an envelope is out and not finished.
    bool sendForSignature(qint64 draftId, const Signatory &signatory);
    bool canSendForSignature(qint64 draftId, QString *why = nullptr) const;
    /// The porting forms were produced for the rep (preview, save): the checklist says so.
    bool noteFormsGenerated(qint64 draftId);

    State state() const { return m_state; }
    bool isOnline() const;
    int queuedOrders() const; ///< orders waiting to be sent
    int pendingJobs() const;  ///< all jobs waiting (orders, validations, reservations, checks)
    QString lastError() const { return m_lastError; } ///< for the rep, no personal data
    /// When the next waiting job is due (invalid when none).
    QDateTime nextAttempt() const;

signals:
    void stateChanged();
    /// A draft's status or carrier-side details changed; `message` says what, for the rep.
    void draftUpdated(qint64 draftId, const QString &message);
    /// Address validation answered "partial": the rep picks one of `alternatives`.
    void addressAlternatives(qint64 draftId, const QString &officeId,
                             const QList<Address> &alternatives);
    /// The account check answered: `verified` when the e-mail matches; `message` for the rep.
    void accountChecked(qint64 draftId, bool verified, const QString &message);
    /// A job finished with a problem for the rep to fix (not retried), naming the field.
    void problem(qint64 draftId, const QString &message);
    /// The same, for a problem of one office (a refused address, no numbers left in the area):
    /// emitted just before problem(), so the office can show it where the rep asked.
    void officeProblem(qint64 draftId, const QString &officeId, const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
    State m_state = State::Offline;
    QString m_lastError;
};

/// The date the carrier expects to handle a signed order: five working days after the
/// signature, skipping weekends and every ordered country's holidays (the latest of them).
QDate expectedHandlingDate(const Order &order, const Catalog &catalog, const QDate &signedOn);

/// The draft status a carrier's order state stands for (TMF622 state, DocuSign envelope
/// status); nullopt for a state that changes nothing (held, assessingCancellation, ...).
std::optional<DraftStatus> draftStatusForRemote(const QString &orderState,
                                                const QString &envelopeStatus, SubmissionPath path);

/// One line of a porting order's paperwork checklist: a porting country and its steps.
struct PaperworkItem
{
    QString country; ///< ISO 3166-1 alpha-2
    int forms = 0;   ///< letters of authorisation the country needs
    bool generated = false;
    bool sentForSignature = false; ///< an envelope with the forms is out (or was)
    bool signedByCustomer = false; ///< the envelope is completed
    bool declined = false;         ///< the envelope was declined or voided: send again
    bool sentToCarrier = false;    ///< the signed paperwork was sent to the carrier
};
/// The checklist of a porting order, one item per porting country; empty on the signature path.
QList<PaperworkItem> paperworkChecklist(const Order &order, const Catalog &catalog,
                                        const RemoteDetails &remote);

/// The default contract sent for signature: a one-page order summary with the anchor strings
/// "/sn1/" and "/ds1/" in its signature block.
QByteArray orderSummaryPdf(const Order &order);

} // namespace od
