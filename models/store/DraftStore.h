#pragma once

#include "common/Result.h"
#include "order/Order.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QThread;
class QSqlDatabase;
class QSqlQuery;

namespace od {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

/// Where a draft is in its life, from the first keystroke to the carrier's answer.
enum class DraftStatus {
    Draft,
    Queued,
    Submitted,
    AwaitingSignature,
    PortingPaperwork,
    InProgress,
    Completed,
    Failed,
    Cancelled,
};

QString draftStatusKey(DraftStatus status); ///< stable key kept in the database ("draft", ...)
bool draftStatusFromKey(const QString &key, DraftStatus *status);
QString draftStatusLabel(DraftStatus status); ///< translated, for the rep
QString stepLabel(Step step);                 ///< translated step name, "2 · Voice plans"

/// What the browser shows of a draft, without parsing its order.
struct DraftSummary
{
    qint64 id = 0;
    QString reference;
    QString customerName;
    QString ocn;
    QString email; ///< the customer's e-mail addresses, space separated
    QStringList countries;
    Step step = Step::Customer;
    DraftStatus status = DraftStatus::Draft;
    QDateTime created;
    QDateTime modified;
    QDateTime deleted; ///< valid while the draft is in the trash
    int revision = 0;  ///< number of the latest revision
    // The carrier's side, kept by the outbox (table remote); empty before submission.
    QString remoteState;       ///< TMF622 state of the upstream order ("acknowledged", ...)
    QString envelopeStatus;    ///< DocuSign envelope status ("sent", "declined", ...)
    QDate handlingDate;        ///< when the carrier expects to handle the signed order
    QString problem;           ///< the last problem for the rep to fix (translated, no secrets)
    bool unseenChange = false; ///< the carrier's side changed since the rep last looked

    bool isTrashed() const { return deleted.isValid(); }
    bool operator==(const DraftSummary &) const = default;
};

/// What the outbox keeps of a draft's order at the carrier (one row per draft in table remote).
struct RemoteDetails
{
    QString orderId;        ///< the upstream productOrder id
    QString orderState;     ///< its TMF622 state
    QString envelopeId;     ///< the signature envelope
    QString envelopeStatus; ///< its DocuSign status
    QDate handlingDate;     ///< expected handling date, once signed
    QString problem;        ///< the last problem for the rep; empty when none
    QDateTime changed;      ///< when any of the above last changed
    bool unseenChange = false;
    /// Paperwork (schema 4): when the porting forms were first produced for the rep or the
    /// envelope, when the signed PDF was downloaded and kept (DraftStore::document), and when
    /// the signed paperwork was sent to the carrier (TMF622 PATCH of the order).
    QDateTime formsGenerated;
    QDateTime signedKept;
    QDateTime paperworkSent;
    bool operator==(const RemoteDetails &) const = default;
};

/// A document kept with a draft (schema 4, table draft_documents), e.g. the signed PDF.
struct StoredDocument
{
    QString kind; ///< "signed": the signed envelope's combined PDF
    QString name; ///< file name to offer when saving
    QByteArray data;
    QDateTime created;
    bool operator==(const StoredDocument &) const = default;
};

/// One unit of the carrier's work waiting in the outbox (table outbox_jobs).
struct OutboxJob
{
    enum class Kind {
        ValidateAddress,
        Reserve,
        AccountCheck,
        SubmitOrder,
        CreateEnvelope,
        Poll,
        DownloadSigned, ///< GET the completed envelope's combined PDF, keep it with the draft
        SendPaperwork,  ///< tell the carrier the signed paperwork is there (PATCH the order)
    };
    enum class State { Waiting, Done, Failed };

    qint64 id = 0;
    qint64 draftId = 0;
    Kind kind = Kind::SubmitOrder;
    QString officeId;   ///< ValidateAddress and Reserve
    QByteArray payload; ///< JSON snapshot taken when the job was queued (or job state)
    int attempts = 0;   ///< attempts that failed and count towards the backoff
    QDateTime nextAttempt;
    QString lastError;      ///< for the rep, no personal data
    QString lastErrorField; ///< the field the server named, when it did
    State state = State::Waiting;
    /// An attempt may have reached the carrier (sent, reply lost): never blindly send again.
    bool maybeSent = false;
    QDateTime created;
    bool operator==(const OutboxJob &) const = default;
};

QString outboxJobKindKey(OutboxJob::Kind kind); ///< stable key kept in the database
bool outboxJobKindFromKey(const QString &key, OutboxJob::Kind *kind);

/// Several outbox changes written as one transaction: jobs added and updated, and the draft's
/// status and carrier details. Unset parts are left as they are.
struct OutboxChange
{
    qint64 draftId = 0;      ///< the draft `status` and `remote` apply to
    QList<OutboxJob> add;    ///< new jobs (id ignored)
    QList<OutboxJob> update; ///< existing jobs, every mutable field written
    QList<qint64> remove;    ///< jobs to delete (withdrawn)
    std::optional<DraftStatus> status;
    std::optional<RemoteDetails> remote;
};

struct Draft
{
    DraftSummary summary;
    Order order;
};

/// One saved version of a draft in its history.
struct RevisionInfo
{
    int number = 0;
    QDateTime started; ///< first save that went into this revision
    QDateTime saved;   ///< last save that went into this revision
    Step step = Step::Customer;
    QString customerName;
};

/// What open() had to do to a damaged database, for the rep.
struct RecoveryReport
{
    bool happened = false;
    QString reason;      ///< what was wrong with the file (technical, no personal data)
    QString damagedFile; ///< where the damaged database now is (renamed, never deleted)
    QString backupFile;  ///< the backup restored; empty when none was usable
    QDateTime backupTime;
    bool exact = false;                ///< true: possiblyOlder was worked out from the damaged file
    QList<DraftSummary> possiblyOlder; ///< drafts whose latest changes may be missing
    QList<DraftSummary> missing; ///< drafts read from the damaged file, absent from the backup

    /// A message for the rep: what happened and which drafts may be older.
    QString message(int maxListed = 10) const;
};

struct OpenResult
{
    enum class Status { Opened, Locked, NewerVersion, NotADraftStore, Failed };
    Status status = Status::Failed;
    QString error; ///< for the rep, when not opened
    RecoveryReport recovery;
    bool ok() const { return status == Status::Opened; }
};

/// The local SQLite store of drafts: one file (drafts.sqlite) in the data folder, its revision
/// history, a trash and daily backups. One process at a time owns a data folder (drafts.lock).
/// Every write is one transaction; a failed write leaves the store as it was.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 4;
    static constexpr int kKeptRevisions = 20;
    static constexpr int kTrashDays = 30;
    static constexpr int kKeptBackups = 7;

    struct Options
    {
        bool lockDataDir = true; ///< false only for tests of concurrent SQLite use
        bool preferWal = true;   ///< false: behave as where WAL is refused (rollback journal)
        bool backups = true;
        /// false: open() leaves the daily backup to scheduleBackups(), off the UI thread, so that
        /// the first start of a day is as quick as any other.
        bool backupOnOpen = true;
        int busyTimeoutMs = 5000;
        /// Saves within this time of a revision's start update it instead of adding one, so that
        /// 20 revisions cover real work and not the last 20 seconds of typing.
        int revisionIntervalSecs = 60;
        std::function<QDateTime()> clock; ///< UTC now; tests inject one
    };

    enum class Which { Active, Trash, All };

    explicit DraftStore(QObject *parent = nullptr);
    ~DraftStore() override;

    static QString databaseFileName() { return QStringLiteral("drafts.sqlite"); }
    static QString lockFileName() { return QStringLiteral("drafts.lock"); }
    static QString backupDirName() { return QStringLiteral("backups"); }

    /// Opens (creating, migrating or recovering) the store in `dataDir`.
    OpenResult open(const QString &dataDir);
    OpenResult open(const QString &dataDir, const Options &options);
    void close();
    bool isOpen() const;
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString journalMode() const { return m_journalMode; } ///< "wal" or "delete"
    int synchronous() const { return m_synchronous; }     ///< 1 NORMAL, 2 FULL

    Result<qint64> createDraft(const Order &order, DraftStatus status = DraftStatus::Draft);
    /// Saves the order as the draft's current state. The order keeps the draft's reference.
    Result<bool> saveDraft(qint64 id, const Order &order);
    Result<Draft> loadDraft(qint64 id) const;
    Result<DraftSummary> summary(qint64 id) const;
    Result<QList<DraftSummary>> listDrafts(Which which = Which::Active) const;
    Result<bool> setStatus(qint64 id, DraftStatus status);

    /// A copy with a new id and a new order reference, in status Draft.
    Result<qint64> duplicateDraft(qint64 id);
    Result<bool> moveToTrash(qint64 id);
    Result<bool> restoreFromTrash(qint64 id);
    /// Removes drafts that have been in the trash longer than kTrashDays. Returns how many.
    Result<int> purgeTrash();

    Result<QList<RevisionInfo>> revisions(qint64 id) const; ///< newest first
    Result<Order> loadRevision(qint64 id, int number) const;
    /// Makes revision `number` the current state again; the state it replaces stays a revision.
    Result<bool> restoreRevision(qint64 id, int number);

    // The outbox's tables. Every write is one transaction; draftChanged() follows a change of a
    // draft's status or carrier details.
    /// Writes `change` as one transaction; the ids of the added jobs, in order.
    Result<QList<qint64>> applyOutboxChange(const OutboxChange &change);
    Result<qint64> enqueueJob(const OutboxJob &job);
    Result<bool> updateJob(const OutboxJob &job);
    /// Waiting jobs (all drafts when `draftId` is 0), oldest first.
    Result<QList<OutboxJob>> waitingJobs(qint64 draftId = 0) const;
    /// Every job of the draft whatever its state, oldest first.
    Result<QList<OutboxJob>> jobsOf(qint64 draftId) const;
    /// Waiting jobs due at `now` or earlier, oldest first.
    Result<QList<OutboxJob>> dueJobs(const QDateTime &now) const;
    /// The earliest next attempt of a waiting job; invalid when none waits.
    Result<QDateTime> nextDueTime() const;
    /// Removes the draft's waiting jobs (withdraw); how many.
    Result<int> removeWaitingJobs(qint64 draftId);
    /// Drafts in status Queued without any waiting job (queued but never handed to the outbox).
    Result<QList<qint64>> queuedWithoutJobs() const;
    Result<RemoteDetails> remoteDetails(qint64 draftId) const; ///< empty details when none
    Result<bool> setRemoteDetails(qint64 draftId, const RemoteDetails &details);
    /// The rep has seen the carrier's change: clears the unseen flag.
    Result<bool> markSeen(qint64 draftId);
    /// Keeps `document` with the draft, replacing one of the same kind.
    Result<bool> keepDocument(qint64 draftId, const StoredDocument &document);
    /// The draft's document of `kind`; nullopt when none is kept.
    Result<std::optional<StoredDocument>> document(qint64 draftId, const QString &kind) const;

    /// The draft's order as an indented JSON document (OrderJson).
    Result<QByteArray> exportDraft(qint64 id) const;
    /// Adds the order in `json` as a new draft. Invalid JSON changes nothing and the message names
    /// the problem. An order whose reference is already in the store gets a new reference.
    Result<qint64> importDraft(const QByteArray &json, bool *referenceChanged = nullptr);

    /// Takes today's backup if there is none yet, and keeps the newest kKeptBackups.
    Result<QString> backupIfDue();
    QFileInfoList backups() const; ///< newest first
    /// Takes the daily backup on a thread of its own (SQLite reads it while the rep saves):
    /// first after `firstDelayMs`, then checking every `intervalMs`, so that a window left open
    /// for days still gets one backup a day. backupFinished() reports each one.
    void scheduleBackups(int firstDelayMs, int intervalMs = 3600 * 1000);
    bool isBackingUp() const { return m_backupThread != nullptr; }

    /// Test hook: the `nth` database write from now fails (1 = the next one); 0 switches it off.
    void failWriteForTesting(int nth) { m_failWriteAt = nth; }
    /// Test hook: every database write fails while `on` (a full disk, a vanished drive).
    void failAllWritesForTesting(bool on) { m_failAllWrites = on; }

signals:
    void draftChanged(qint64 id); ///< created, saved, status, trashed or restored
    void draftPurged(qint64 id);
    void reset();                                                   ///< many drafts changed at once
    void backupFinished(const QString &path, const QString &error); ///< from scheduleBackups()

private:
    struct Statements;
    class Transaction;

    QDateTime now() const;
    OpenResult openChecked();
    bool configure(QString *error);
    bool migrate(const QSqlDatabase &db, int from, QString *error);
    bool countWrite(QString *error);
    bool execWrite(QSqlQuery &query, const QVariantList &values, QString *error);
    bool writeOutboxChange(const OutboxChange &change, QList<qint64> *ids, QString *error);
    Result<QList<OutboxJob>> readJobs(const QString &where, const QVariantList &values) const;
    Result<bool> writeOrder(qint64 id, const Order &order, bool forceNewRevision);
    Result<qint64> insertDraft(const Order &order, DraftStatus status);
    bool referenceExists(const QString &reference) const;
    Result<QString> backupTo(const QString &target);
    QString dailyBackupPath() const;
    void startBackgroundBackup();
    void pruneBackups();

    Options m_options;
    QString m_dataDir;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Statements> m_statements;
    QString m_journalMode;
    int m_synchronous = 0;
    QTimer m_backupTimer;
    int m_backupInterval = 0;
    QThread *m_backupThread = nullptr;
    quint64 m_backupGeneration = 0;
    int m_failWriteAt = 0;
    bool m_failAllWrites = false;
    bool m_open = false;
};

} // namespace od
