#include "DraftStore.h"

#include "order/OrderJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>

#include <fcntl.h>
#include <unistd.h>

namespace od {

Q_LOGGING_CATEGORY(lcStore, "orderdesk.store", QtInfoMsg)

namespace {

constexpr std::array<std::pair<DraftStatus, const char *>, 9> kStatusKeys{{
    {DraftStatus::Draft, "draft"},
    {DraftStatus::Queued, "queued"},
    {DraftStatus::Submitted, "submitted"},
    {DraftStatus::AwaitingSignature, "awaitingSignature"},
    {DraftStatus::PortingPaperwork, "portingPaperwork"},
    {DraftStatus::InProgress, "inProgress"},
    {DraftStatus::Completed, "completed"},
    {DraftStatus::Failed, "failed"},
    {DraftStatus::Cancelled, "cancelled"},
}};

QString trStore(const char *text)
{
    return QCoreApplication::translate("od::DraftStore", text);
}

const QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("orderdesk-store-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

/// One QSqlDatabase connection that is removed again when it goes out of scope.
class SqlConnection
{
public:
    SqlConnection(const QString &path, bool readOnly, int busyTimeoutMs)
        : m_name(newConnectionName())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
        m_open = m_db.open();
    }
    ~SqlConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_db.lastError().text(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

/// Runs one statement that returns a single value; invalid QVariant on error.
QVariant scalar(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

struct Inspection
{
    enum class Kind { Good, Newer, Foreign, Damaged };
    Kind kind = Kind::Damaged;
    int version = 0;
    QString writtenBy;
    QString reason;
};

Inspection damaged(QString reason)
{
    Inspection in;
    in.kind = Inspection::Kind::Damaged;
    in.reason = std::move(reason);
    return in;
}

quint32 bigEndian(const QByteArray &b, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | static_cast<quint8>(b.at(at + i));
    return v;
}

/// Looks at a database file without changing it: header, size, quick_check, schema version.
Inspection inspect(const QString &path, int busyTimeoutMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return damaged(QStringLiteral("the file is empty"));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return damaged(QStringLiteral("the file is not a SQLite database"));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("the database header is invalid"));
    // A hot rollback journal can only be rolled back by a writer; reading never changes data.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    const bool readOnly = !hotJournal;
    // With a WAL or a hot journal beside it, the file alone may legitimately look short: a
    // checkpoint (or a commit) writes page 1, with the new page count, before the pages that
    // make the file grow, and a kill in between is completed by SQLite on open. Only a file that
    // stands alone is judged by its size; otherwise quick_check decides.
    const QFileInfo walFile(path + QStringLiteral("-wal"));
    if (!hotJournal && !(walFile.exists() && walFile.size() > 0)) {
        if (size % pageSize != 0)
            return damaged(
                QStringLiteral("the file is truncated (size is not a whole number of pages)"));
        const quint32 headerPages = bigEndian(header, 28, 4);
        const bool headerPagesValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
        if (headerPagesValid && qint64(headerPages) * pageSize > size)
            return damaged(QStringLiteral("the file is truncated (%1 of %2 pages)")
                               .arg(size / pageSize)
                               .arg(headerPages));
    }
    // A reader of a WAL database creates an empty -wal and an -shm index; remove them again if
    // they were not there before, so that a refused file is left exactly as it was found.
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    struct Tidy
    {
        QString wal, shm;
        bool hadWal, hadShm;
        ~Tidy()
        {
            if (!hadWal && QFileInfo(wal).exists() && QFileInfo(wal).size() == 0) {
                QFile::remove(wal);
                if (!hadShm)
                    QFile::remove(shm);
            }
        }
    } tidy{wal, shm, QFileInfo::exists(wal), QFileInfo::exists(shm)};
    SqlConnection c(path, readOnly, busyTimeoutMs);
    if (!c.isOpen())
        return damaged(QStringLiteral("cannot be opened: %1").arg(c.error()));
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return damaged(QStringLiteral("quick_check failed: %1").arg(q.lastError().text()));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        q.finish();
        if (rows != QStringList{QStringLiteral("ok")})
            return damaged(QStringLiteral("quick_check: %1").arg(rows.value(0)));
    }
    QString error;
    const QVariant hasVersion = scalar(c.db(),
                                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                      "type = 'table' AND name = 'schema_version'"),
                                       &error);
    if (!hasVersion.isValid())
        return damaged(QStringLiteral("cannot be read: %1").arg(error));
    Inspection in;
    in.kind = Inspection::Kind::Good;
    if (hasVersion.toInt() == 0) {
        // A valid database without our tables: empty means "new", anything else is not ours.
        const QVariant tables =
            scalar(c.db(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables.toInt() != 0)
            in.kind = Inspection::Kind::Foreign;
        return in;
    }
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, written_by FROM schema_version")) || !q.next())
        return damaged(QStringLiteral("the schema version cannot be read"));
    in.version = q.value(0).toInt();
    in.writtenBy = q.value(1).toString();
    q.finish();
    if (in.version > DraftStore::kSchemaVersion)
        in.kind = Inspection::Kind::Newer;
    return in;
}

// A superseded revision's order is stored zlib-compressed behind this marker; JSON never starts
// with a NUL byte, so plain and packed blobs cannot be mistaken for each other.
const QByteArray kPackedMarker("\0ODZ", 4);

bool isPackedJson(const QByteArray &blob)
{
    return blob.startsWith(kPackedMarker);
}

QByteArray packJson(const QByteArray &json)
{
    return kPackedMarker + qCompress(json, 1);
}

/// The order JSON of a revision blob, plain or packed; empty when a packed blob is damaged.
QByteArray unpackJson(const QByteArray &blob)
{
    return isPackedJson(blob) ? qUncompress(blob.mid(kPackedMarker.size())) : blob;
}

const QString kSummaryColumns = QStringLiteral(
    "id, reference, customer_name, ocn, email, countries, step, status, created, modified, "
    "deleted, revision");

/// The summary columns of the drafts table under the alias `table` ("d.id, d.reference, ...").
QString summaryColumnsOf(const QString &table)
{
    QStringList columns = kSummaryColumns.split(QStringLiteral(", "));
    for (QString &c : columns)
        c.prepend(table + QLatin1Char('.'));
    return columns.join(QStringLiteral(", "));
}

// The carrier's details shown in the browser, from table remote (version 3), after the
// summary columns of one draft's row.
const QString kRemoteSummaryColumns =
    QStringLiteral("r.order_state, r.envelope_status, r.handling_date, r.problem, r.unseen");
const QString kRemoteJoin = QStringLiteral(" LEFT JOIN remote r ON r.draft_id = d.id");
constexpr int kSummaryColumnCount = 12;
constexpr int kRemoteSummaryColumnCount = 5;

/// Reads the remote columns starting at `at` into `s`; nothing when the row has none.
void remoteFromQuery(const QSqlQuery &q, int at, DraftSummary *s)
{
    if (q.isNull(at)) // order_state is NOT NULL: NULL means no row
        return;
    s->remoteState = q.value(at).toString();
    s->envelopeStatus = q.value(at + 1).toString();
    s->handlingDate = QDate::fromString(q.value(at + 2).toString(), Qt::ISODate);
    s->problem = q.value(at + 3).toString();
    s->unseenChange = q.value(at + 4).toInt() != 0;
}

DraftSummary summaryFromQuery(const QSqlQuery &q, bool withRemote)
{
    DraftSummary s;
    s.id = q.value(0).toLongLong();
    s.reference = q.value(1).toString();
    s.customerName = q.value(2).toString();
    s.ocn = q.value(3).toString();
    s.email = q.value(4).toString();
    s.countries = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    stepFromKey(q.value(6).toString(), &s.step);
    draftStatusFromKey(q.value(7).toString(), &s.status);
    s.created = fromMs(q.value(8));
    s.modified = fromMs(q.value(9));
    s.deleted = fromMs(q.value(10));
    s.revision = q.value(11).toInt();
    if (withRemote)
        remoteFromQuery(q, kSummaryColumnCount, &s);
    return s;
}

bool hasTable(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<QList<DraftSummary>> readSummaries(QSqlDatabase &db, DraftStore::Which which)
{
    QString sql = QStringLiteral("SELECT %1 FROM drafts").arg(kSummaryColumns);
    if (which == DraftStore::Which::Active)
        sql += QStringLiteral(" WHERE deleted IS NULL");
    else if (which == DraftStore::Which::Trash)
        sql += QStringLiteral(" WHERE deleted IS NOT NULL");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Result<QList<DraftSummary>>::failure(q.lastError().text());
    QList<DraftSummary> out;
    while (q.next())
        out.append(summaryFromQuery(q, false));
    bool failed = q.lastError().isValid();
    QString error = q.lastError().text();
    q.finish();
    if (failed)
        return Result<QList<DraftSummary>>::failure(error);
    // The carrier's details of the few drafts that reached it, merged in by id: a join would
    // probe table remote once for each of 10,000 drafts, a tenth of the list's time. Backups
    // and damaged files of older versions have no table remote.
    if (!hasTable(db, QStringLiteral("remote")) || out.isEmpty())
        return out;
    QSqlQuery r(db);
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT r.draft_id, %1 FROM remote r").arg(kRemoteSummaryColumns)))
        return Result<QList<DraftSummary>>::failure(r.lastError().text());
    QHash<qint64, qsizetype> rows;
    while (r.next()) {
        if (rows.isEmpty()) {
            rows.reserve(out.size());
            for (qsizetype i = 0; i < out.size(); ++i)
                rows.insert(out.at(i).id, i);
        }
        const auto row = rows.constFind(r.value(0).toLongLong());
        if (row != rows.constEnd())
            remoteFromQuery(r, 1, &out[*row]);
    }
    failed = r.lastError().isValid();
    error = r.lastError().text();
    r.finish();
    if (failed)
        return Result<QList<DraftSummary>>::failure(error);
    return out;
}

/// The columns of a draft row that come from its order.
struct OrderColumns
{
    QString customerName;
    QString ocn;
    QString email;
    QString countries;
    QString step;
};

void addUnique(QStringList *list, const QString &value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list->contains(v))
        list->append(v);
}

OrderColumns columnsOf(const Order &order)
{
    OrderColumns c;
    c.customerName = order.customer.companyName.trimmed();
    if (c.customerName.isEmpty())
        c.customerName = order.customer.prospectAddress.companyName.trimmed();
    QStringList ocns;
    addUnique(&ocns, order.customer.ocn);
    QStringList codes;
    for (const CountryOrder &country : order.countries) {
        addUnique(&ocns, country.ocn);
        addUnique(&codes, country.country);
    }
    c.ocn = ocns.join(QLatin1Char(' '));
    c.countries = codes.join(QLatin1Char(' '));
    QStringList emails;
    addUnique(&emails, order.customer.accountEmail);
    addUnique(&emails, order.customer.prospectContact.email);
    addUnique(&emails, order.orderContact.email);
    c.email = emails.join(QLatin1Char(' '));
    c.step = stepKey(order.stepReached);
    // A null QString binds as SQL NULL: the columns are NOT NULL, so empty means "".
    for (QString *v : {&c.customerName, &c.ocn, &c.email, &c.countries})
        if (v->isNull())
            *v = QStringLiteral("");
    return c;
}

bool fsyncFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// Renames `from` (and its -wal, -shm and -journal companions) to `to`; never deletes.
bool renameWithCompanions(const QString &from, const QString &to)
{
    bool ok = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            ok = false;
    }
    return ok;
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

QString draftStatusKey(DraftStatus status)
{
    for (const auto &[s, key] : kStatusKeys)
        if (s == status)
            return QString::fromLatin1(key);
    return {};
}

bool draftStatusFromKey(const QString &key, DraftStatus *status)
{
    for (const auto &[s, k] : kStatusKeys)
        if (key == QLatin1String(k)) {
            *status = s;
            return true;
        }
    return false;
}

QString draftStatusLabel(DraftStatus status)
{
    switch (status) {
    case DraftStatus::Draft:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Draft"));
    case DraftStatus::Queued:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Queued"));
    case DraftStatus::Submitted:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Submitted"));
    case DraftStatus::AwaitingSignature:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Awaiting signature"));
    case DraftStatus::PortingPaperwork:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Porting paperwork"));
    case DraftStatus::InProgress:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "In progress"));
    case DraftStatus::Completed:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Completed"));
    case DraftStatus::Failed:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Failed"));
    case DraftStatus::Cancelled:
        return trStore(QT_TRANSLATE_NOOP("od::DraftStore", "Cancelled"));
    }
    return {};
}

QString stepLabel(Step step)
{
    const char *name = "";
    switch (step) {
    case Step::Customer:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Customer");
        break;
    case Step::VoicePlans:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Voice plans");
        break;
    case Step::Porting:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Keep numbers");
        break;
    case Step::Offices:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "New numbers");
        break;
    case Step::Contacts:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Contacts");
        break;
    case Step::Recap:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Recap");
        break;
    case Step::Submission:
        name = QT_TRANSLATE_NOOP("od::DraftStore", "Submission");
        break;
    }
    return QStringLiteral("%1 · %2").arg(static_cast<int>(step)).arg(trStore(name));
}

QString RecoveryReport::message(int maxListed) const
{
    if (!happened)
        return {};
    QString text;
    if (damagedFile.isEmpty())
        text = trStore(QT_TRANSLATE_NOOP("od::DraftStore", "The draft file was missing."));
    else
        text = trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                         "The draft file was damaged (%1). It was kept as %2."))
                   .arg(reason, QDir::toNativeSeparators(damagedFile));
    text += QLatin1Char(' ');
    if (backupFile.isEmpty()) {
        text += trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                          "No usable backup was found, so the list of drafts "
                                          "starts empty. Ask support to look at the kept file."));
        return text;
    }
    const QString when = QLocale().toString(backupTime.toLocalTime(), QLocale::ShortFormat);
    text += trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                      "The drafts were restored from the backup of %1."))
                .arg(when);
    auto list = [maxListed](const QList<DraftSummary> &drafts) {
        QStringList names;
        for (const DraftSummary &d : drafts) {
            if (names.size() == maxListed) {
                names << trStore(QT_TRANSLATE_NOOP("od::DraftStore", "and %1 more"))
                             .arg(drafts.size() - maxListed);
                break;
            }
            const QString customer =
                d.customerName.isEmpty()
                    ? trStore(QT_TRANSLATE_NOOP("od::DraftStore", "no customer yet"))
                    : d.customerName;
            names << QStringLiteral("%1 (%2)").arg(customer, d.reference);
        }
        return names.join(QStringLiteral("; "));
    };
    if (exact) {
        if (possiblyOlder.isEmpty() && missing.isEmpty()) {
            text += QLatin1Char(' ') +
                    trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                              "No draft had changed since that backup."));
        }
        if (!possiblyOlder.isEmpty())
            text += QLatin1Char(' ') +
                    trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                              "These drafts changed after it and are now older: "
                                              "%1."))
                        .arg(list(possiblyOlder));
        if (!missing.isEmpty())
            text += QLatin1Char(' ') +
                    trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                              "These drafts were started after it and could not "
                                              "be restored: %1."))
                        .arg(list(missing));
    } else if (!possiblyOlder.isEmpty()) {
        text += QLatin1Char(' ') +
                trStore(QT_TRANSLATE_NOOP("od::DraftStore",
                                          "Changes made after %1 are missing. Check these drafts: "
                                          "%2."))
                    .arg(when, list(possiblyOlder));
    }
    return text;
}

// Prepared statements of the save path, prepared once per open store.
struct DraftStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : state(db), updateDraft(db), insertRevision(db), updateRevision(db), previous(db),
          pack(db), prune(db)
    {}
    bool prepare()
    {
        state.setForwardOnly(true);
        return state.prepare(QStringLiteral(
                   "SELECT d.reference, d.revision, r.started, r.step FROM drafts d LEFT JOIN "
                   "revisions r ON r.draft_id = d.id AND r.number = d.revision WHERE d.id = ?")) &&
               updateDraft.prepare(QStringLiteral(
                   "UPDATE drafts SET customer_name = ?, ocn = ?, email = ?, countries = ?, "
                   "step = ?, modified = ?, revision = ? WHERE id = ?")) &&
               insertRevision.prepare(
                   QStringLiteral("INSERT INTO revisions (draft_id, number, started, saved, step, "
                                  "customer_name, order_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
               updateRevision.prepare(QStringLiteral(
                   "UPDATE revisions SET saved = ?, step = ?, customer_name = ?, order_json = ? "
                   "WHERE draft_id = ? AND number = ?")) &&
               previous.prepare(QStringLiteral(
                   "SELECT order_json FROM revisions WHERE draft_id = ? AND number = ?")) &&
               pack.prepare(QStringLiteral(
                   "UPDATE revisions SET order_json = ? WHERE draft_id = ? AND number = ?")) &&
               prune.prepare(
                   QStringLiteral("DELETE FROM revisions WHERE draft_id = ? AND number <= ?"));
    }
    QSqlQuery state;
    QSqlQuery updateDraft;
    QSqlQuery insertRevision;
    QSqlQuery updateRevision;
    QSqlQuery previous;
    QSqlQuery pack;
    QSqlQuery prune;
};

// BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
class DraftStore::Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool active() const { return m_active; }
    QString error() const { return m_error; }
    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

DraftStore::DraftStore(QObject *parent) : QObject(parent)
{
    m_backupTimer.setSingleShot(true);
    connect(&m_backupTimer, &QTimer::timeout, this, [this] {
        startBackgroundBackup();
        if (m_open && m_backupInterval > 0)
            m_backupTimer.start(m_backupInterval);
    });
}

DraftStore::~DraftStore()
{
    close();
}

QString DraftStore::databasePath() const
{
    return QDir(m_dataDir).filePath(databaseFileName());
}

QDateTime DraftStore::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool DraftStore::isOpen() const
{
    return m_open;
}

void DraftStore::close()
{
    m_backupTimer.stop();
    if (m_backupThread) {
        m_backupThread->wait(); // a backup reads the file: let it finish before letting go
        delete m_backupThread;
        m_backupThread = nullptr;
        ++m_backupGeneration;
    }
    m_statements.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close(); // the last connection checkpoints and removes the WAL
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_open = false;
}

OpenResult DraftStore::open(const QString &dataDir)
{
    return open(dataDir, Options());
}

OpenResult DraftStore::open(const QString &dataDir, const Options &options)
{
    close();
    m_options = options;
    m_dataDir = QDir(dataDir).absolutePath();
    OpenResult result;
    const bool existed = QFileInfo(m_dataDir).isDir();
    if (!QDir().mkpath(m_dataDir)) {
        result.error =
            tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dataDir));
        return result;
    }
    if (!existed) // the drafts are the rep's customers' data: nobody else may even list them
        QFile::setPermissions(m_dataDir, kOwnerDir);
    if (m_options.lockDataDir) {
        m_lock = std::make_unique<QLockFile>(QDir(m_dataDir).filePath(lockFileName()));
        // Never steal a live process's lock because it is old; a dead owner's lock is stale.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            const bool known = m_lock->getLockInfo(&pid, &host, &app);
            if (m_lock->error() == QLockFile::LockFailedError) {
                result.status = OpenResult::Status::Locked;
                result.error = known ? tr("The drafts in %1 are open in another Order Desk window "
                                          "(process %2 on %3). Close it there, then try again.")
                                           .arg(QDir::toNativeSeparators(m_dataDir))
                                           .arg(pid)
                                           .arg(host)
                                     : tr("The drafts in %1 are open in another Order Desk "
                                          "window. Close it there, then try again.")
                                           .arg(QDir::toNativeSeparators(m_dataDir));
            } else {
                result.error = tr("The data folder %1 cannot be used: the lock file cannot be "
                                  "written.")
                                   .arg(QDir::toNativeSeparators(m_dataDir));
            }
            m_lock.reset();
            qCInfo(lcStore) << "data folder locked by process" << pid;
            return result;
        }
    }
    result = openChecked();
    if (!result.ok())
        close();
    return result;
}

OpenResult DraftStore::openChecked()
{
    OpenResult result;
    int version = 0;
    const QString path = databasePath();
    const QString newPath = path + QStringLiteral(".new");
    // A .new file is our own database under construction; it never held drafts.
    if (QFileInfo::exists(newPath)) {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")})
            QFile::remove(newPath + suffix);
    }
    const QDir backupDir(QDir(m_dataDir).filePath(backupDirName()));
    for (const QFileInfo &tmp : backupDir.entryInfoList({QStringLiteral("*.tmp")}, QDir::Files))
        QFile::remove(tmp.absoluteFilePath()); // an interrupted backup of ours

    auto createFresh = [&]() -> bool {
        QFile file(newPath);
        if (!file.open(QIODevice::WriteOnly, kOwnerReadWrite)) {
            result.error = tr("The draft file %1 cannot be created: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        file.close();
        {
            // The schema is in place before the file gets its name: a drafts.sqlite without
            // tables only ever comes from damage.
            SqlConnection c(newPath, false, m_options.busyTimeoutMs);
            QString error;
            if (!c.isOpen() || !migrate(c.db(), 0, &error)) {
                result.error =
                    tr("The draft file %1 cannot be created: %2")
                        .arg(QDir::toNativeSeparators(path), c.isOpen() ? error : c.error());
                return false;
            }
        }
        if (!fsyncFile(newPath) || !QFile::rename(newPath, path)) {
            result.error =
                tr("The draft file %1 cannot be created.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        version = kSchemaVersion;
        return true;
    };

    RecoveryReport &report = result.recovery;
    auto recover = [&](const QString &reason) -> bool {
        report.happened = true;
        report.reason = reason;
        if (QFileInfo::exists(path)) {
            const QString aside =
                freeName(path + QStringLiteral(".damaged-") +
                         now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (!renameWithCompanions(path, aside)) {
                result.error = tr("The draft file %1 is damaged and cannot be moved aside. Nothing "
                                  "was changed; ask support for help.")
                                   .arg(QDir::toNativeSeparators(path));
                return false;
            }
            report.damagedFile = aside;
        } else {
            // Leftover companions of a vanished file must not be applied to a new one.
            renameWithCompanions(path, freeName(path + QStringLiteral(".orphan")));
        }
        qCWarning(lcStore).noquote()
            << "draft database unusable:" << reason << "- kept as" << report.damagedFile;
        for (const QFileInfo &backup : backups()) {
            const Inspection in = inspect(backup.absoluteFilePath(), m_options.busyTimeoutMs);
            if (in.kind != Inspection::Kind::Good) {
                qCWarning(lcStore).noquote()
                    << "backup" << backup.fileName() << "not usable:" << in.reason;
                continue;
            }
            const QString restoring = path + QStringLiteral(".restore");
            QFile::remove(restoring);
            if (!QFile::copy(backup.absoluteFilePath(), restoring) ||
                !QFile::setPermissions(restoring, kOwnerReadWrite) || !fsyncFile(restoring) ||
                !QFile::rename(restoring, path)) {
                QFile::remove(restoring);
                continue;
            }
            report.backupFile = backup.absoluteFilePath();
            report.backupTime = backup.lastModified().toUTC();
            version = in.version;
            qCWarning(lcStore).noquote() << "restored backup" << backup.fileName();
            break;
        }
        if (report.backupFile.isEmpty())
            return createFresh();

        // Which drafts may have lost changes: compare with what the damaged file still shows.
        QList<DraftSummary> restored;
        {
            SqlConnection c(path, true, m_options.busyTimeoutMs);
            if (c.isOpen()) {
                if (auto list = readSummaries(c.db(), Which::All))
                    restored = list.value();
            }
        }
        bool exact = false;
        QList<DraftSummary> before;
        if (!report.damagedFile.isEmpty()) {
            SqlConnection c(report.damagedFile, true, m_options.busyTimeoutMs);
            if (c.isOpen()) {
                if (auto list = readSummaries(c.db(), Which::All)) {
                    before = list.value();
                    exact = true;
                }
            }
        }
        report.exact = exact;
        if (exact) {
            for (const DraftSummary &d : before) {
                auto it =
                    std::find_if(restored.cbegin(), restored.cend(),
                                 [&](const DraftSummary &r) { return r.reference == d.reference; });
                if (it == restored.cend())
                    report.missing.append(d);
                else if (d.modified > it->modified || d.deleted != it->deleted)
                    report.possiblyOlder.append(*it);
            }
        } else {
            for (const DraftSummary &r : restored)
                if (!r.isTrashed())
                    report.possiblyOlder.append(r);
        }
        qCWarning(lcStore) << "drafts possibly older after recovery:" << report.possiblyOlder.size()
                           << "missing:" << report.missing.size() << "exact:" << exact;
        return true;
    };

    if (!QFileInfo::exists(path)) {
        if (!backups().isEmpty()) {
            if (!recover(QStringLiteral("the draft file is missing")))
                return result;
        } else {
            renameWithCompanions(path, freeName(path + QStringLiteral(".orphan")));
            if (!createFresh())
                return result;
        }
    } else {
        const Inspection in = inspect(path, m_options.busyTimeoutMs);
        switch (in.kind) {
        case Inspection::Kind::Good:
            version = in.version;
            break;
        case Inspection::Kind::Newer:
            result.status = OpenResult::Status::NewerVersion;
            result.error =
                tr("The drafts in %1 were saved by a newer version of Order Desk (%2, store "
                   "version %3; this version reads up to %4). Nothing was changed. Use the newer "
                   "version to open them.")
                    .arg(QDir::toNativeSeparators(path), in.writtenBy)
                    .arg(in.version)
                    .arg(kSchemaVersion);
            qCWarning(lcStore) << "refusing store version" << in.version;
            return result;
        case Inspection::Kind::Foreign:
            result.status = OpenResult::Status::NotADraftStore;
            result.error = tr("%1 is a database, but not Order Desk's drafts. Nothing was changed. "
                              "Choose another data folder with --data-dir.")
                               .arg(QDir::toNativeSeparators(path));
            return result;
        case Inspection::Kind::Damaged:
            if (!recover(in.reason))
                return result;
            break;
        }
    }

    QFile::setPermissions(path, kOwnerReadWrite);
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        result.error = tr("The draft file %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return result;
    }
    QString error;
    if (!configure(&error)) {
        result.error =
            tr("The draft file %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), error);
        return result;
    }
    if (version < kSchemaVersion) {
        if (version > 0 && m_options.backups) {
            // Keep the file as the old version wrote it, in case the migration is regretted.
            const Result<QString> kept = backupTo(QDir(m_dataDir).filePath(
                backupDirName() + QStringLiteral("/drafts-before-version-%1-%2.sqlite")
                                      .arg(kSchemaVersion)
                                      .arg(now().toString(QStringLiteral("yyyyMMddHHmmss")))));
            if (!kept)
                qCWarning(lcStore).noquote() << "no copy kept before the update to version"
                                             << kSchemaVersion << ":" << kept.error();
        }
        if (!migrate(db, version, &error)) {
            result.error = tr("The draft file %1 cannot be updated to this version: %2")
                               .arg(QDir::toNativeSeparators(path), error);
            return result;
        }
    }
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->prepare()) {
        result.error = tr("The draft file %1 cannot be used: %2")
                           .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return result;
    }
    m_open = true;
    purgeTrash();
    if (m_options.backups && m_options.backupOnOpen)
        backupIfDue();
    result.status = OpenResult::Status::Opened;
    return result;
}

bool DraftStore::configure(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!scalar(db, QStringLiteral("PRAGMA foreign_keys = ON"), error).isValid() &&
        !error->isEmpty())
        return false;
    QString mode;
    if (m_options.preferWal)
        mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), error).toString();
    int wantSync = 1; // NORMAL: with WAL, a commit survives a crash of the app
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // A file system without shared memory or locking refuses WAL; a rollback journal with
        // FULL syncs is as safe, only slower.
        mode = scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error).toString();
        wantSync = 2;
        qCInfo(lcStore).noquote() << "WAL journal not available"
                                  << (m_options.preferWal ? "(refused)" : "(not wanted)")
                                  << "- using journal mode" << mode << "with synchronous=FULL";
    }
    m_journalMode = mode.toLower();
    if (m_journalMode != QLatin1String("wal") && m_journalMode != QLatin1String("delete")) {
        *error = QStringLiteral("journal mode %1 cannot be set").arg(mode);
        return false;
    }
    scalar(db, QStringLiteral("PRAGMA synchronous = %1").arg(wantSync));
    m_synchronous = scalar(db, QStringLiteral("PRAGMA synchronous"), error).toInt();
    if (m_synchronous < wantSync) {
        *error = QStringLiteral("synchronous=%1 cannot be set (got %2)")
                     .arg(wantSync)
                     .arg(m_synchronous);
        return false;
    }
    const int busy = scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt();
    if (busy != m_options.busyTimeoutMs)
        qCWarning(lcStore) << "busy timeout is" << busy << "ms, wanted" << m_options.busyTimeoutMs;
    qCDebug(lcStore) << "journal" << m_journalMode << "synchronous" << m_synchronous;
    return true;
}

bool DraftStore::migrate(const QSqlDatabase &db, int from, QString *error)
{
    Transaction t(db);
    if (!t.active()) {
        *error = t.error();
        return false;
    }
    QStringList steps;
    if (from < 1) {
        steps << QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                                "written_by TEXT NOT NULL)")
              // AUTOINCREMENT: an id is never reused, even after the trash is purged.
              << QStringLiteral(
                     "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "reference TEXT NOT NULL UNIQUE, customer_name TEXT NOT NULL DEFAULT '', "
                     "ocn TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                     "countries TEXT NOT NULL DEFAULT '', step TEXT NOT NULL, "
                     "status TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL, "
                     "deleted INTEGER, revision INTEGER NOT NULL, order_json BLOB NOT NULL)")
              << QStringLiteral("CREATE INDEX drafts_deleted ON drafts (deleted)")
              << QStringLiteral(
                     "CREATE TABLE revisions (draft_id INTEGER NOT NULL REFERENCES drafts (id) "
                     "ON DELETE CASCADE, number INTEGER NOT NULL, started INTEGER NOT NULL, "
                     "saved INTEGER NOT NULL, step TEXT NOT NULL, customer_name TEXT NOT NULL "
                     "DEFAULT '', order_json BLOB NOT NULL, PRIMARY KEY (draft_id, number))");
    }
    if (from < 2) {
        // Version 2: a draft's current state lives once, as its latest revision. Keeping the
        // order a second time in the drafts row doubled every save and made the list of drafts
        // (and quick_check on open) wade through every order. From version 2 on, a superseded
        // revision's order may be packed (see packJson); the latest revision is plain JSON.
        steps << QStringLiteral(
                     "UPDATE revisions SET order_json = (SELECT d.order_json FROM drafts d WHERE "
                     "d.id = revisions.draft_id) WHERE number = (SELECT d.revision FROM drafts d "
                     "WHERE d.id = revisions.draft_id)")
              // A draft without its latest revision row keeps its state all the same.
              << QStringLiteral("INSERT INTO revisions (draft_id, number, started, saved, step, "
                                "customer_name, order_json) SELECT d.id, d.revision, d.modified, "
                                "d.modified, d.step, d.customer_name, d.order_json FROM drafts d "
                                "WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.draft_id = "
                                "d.id AND r.number = d.revision)")
              << QStringLiteral("ALTER TABLE drafts DROP COLUMN order_json");
    }
    if (from < 3) {
        // Version 3: the outbox. Its jobs live here so that a queued order survives a restart,
        // with the attempts, next attempt and last error of each; `maybe_sent` marks a job one
        // of whose attempts may have reached the carrier (never sent blindly again). Table
        // remote keeps the carrier's side of a draft, one row per draft, for the browser.
        steps << QStringLiteral(
                     "CREATE TABLE outbox_jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE, "
                     "kind TEXT NOT NULL, office_id TEXT NOT NULL DEFAULT '', payload BLOB, "
                     "attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER NOT NULL, "
                     "last_error TEXT NOT NULL DEFAULT '', last_error_field TEXT NOT NULL "
                     "DEFAULT '', state TEXT NOT NULL DEFAULT 'waiting', maybe_sent INTEGER NOT "
                     "NULL DEFAULT 0, created INTEGER NOT NULL)")
              << QStringLiteral("CREATE INDEX outbox_jobs_waiting ON outbox_jobs (state, "
                                "next_attempt)")
              << QStringLiteral("CREATE INDEX outbox_jobs_draft ON outbox_jobs (draft_id)")
              << QStringLiteral(
                     "CREATE TABLE remote (draft_id INTEGER PRIMARY KEY REFERENCES drafts (id) "
                     "ON DELETE CASCADE, order_id TEXT NOT NULL DEFAULT '', order_state TEXT NOT "
                     "NULL DEFAULT '', envelope_id TEXT NOT NULL DEFAULT '', envelope_status "
                     "TEXT NOT NULL DEFAULT '', handling_date TEXT NOT NULL DEFAULT '', problem "
                     "TEXT NOT NULL DEFAULT '', changed INTEGER, unseen INTEGER NOT NULL "
                     "DEFAULT 0)");
    }
    if (from < 4) {
        // Version 4: the paperwork. Table remote says when the porting forms were produced, the
        // signed PDF kept and the signed paperwork sent to the carrier; draft_documents keeps
        // documents with a draft (the signed envelope's PDF), one per kind, gone with the draft.
        steps << QStringLiteral("ALTER TABLE remote ADD COLUMN forms_generated INTEGER")
              << QStringLiteral("ALTER TABLE remote ADD COLUMN signed_kept INTEGER")
              << QStringLiteral("ALTER TABLE remote ADD COLUMN paperwork_sent INTEGER")
              << QStringLiteral(
                     "CREATE TABLE draft_documents (draft_id INTEGER NOT NULL REFERENCES drafts "
                     "(id) ON DELETE CASCADE, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
                     "data BLOB NOT NULL, created INTEGER NOT NULL, PRIMARY KEY (draft_id, kind))");
    }
    // Later versions add: if (from < 5) { ... } — cumulative, all in this one transaction.
    steps << QStringLiteral("DELETE FROM schema_version");
    for (const QString &sql : std::as_const(steps)) {
        QSqlQuery q(db);
        if (!countWrite(error))
            return false;
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        q.finish();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO schema_version (version, written_by) VALUES (?, ?)"));
    QString writer = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                 QCoreApplication::applicationVersion());
    q.addBindValue(kSchemaVersion);
    q.addBindValue(writer.trimmed());
    if (!countWrite(error))
        return false;
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.finish();
    if (!t.commit(error))
        return false;
    qCInfo(lcStore) << "store migrated from version" << from << "to" << kSchemaVersion;
    return true;
}

bool DraftStore::execWrite(QSqlQuery &query, const QVariantList &values, QString *error)
{
    if (!countWrite(error))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i)); // by position: nothing stays bound from a failed try
    const bool ok = query.exec();
    if (!ok)
        *error = query.lastError().text();
    query.finish();
    return ok;
}

bool DraftStore::countWrite(QString *error)
{
    if (m_failAllWrites || (m_failWriteAt > 0 && --m_failWriteAt == 0)) {
        *error = QStringLiteral("simulated write failure");
        return false;
    }
    return true;
}

namespace {
template <typename T> Result<T> notOpen()
{
    return Result<T>::failure(
        trStore(QT_TRANSLATE_NOOP("od::DraftStore", "The drafts are not open.")));
}

bool execQuery(QSqlQuery &q, QString *error)
{
    const bool ok = q.exec();
    if (!ok)
        *error = q.lastError().text();
    q.finish();
    return ok;
}
} // namespace

Result<bool> DraftStore::writeOrder(qint64 id, const Order &order, bool forceNewRevision)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    auto fail = [](const QString &e) {
        qCWarning(lcStore).noquote() << "save failed:" << e;
        return Result<bool>::failure(tr("The draft could not be saved: %1").arg(e));
    };
    if (!t.active())
        return fail(t.error());
    Statements &s = *m_statements;
    s.state.bindValue(0, id);
    if (!s.state.exec())
        return fail(s.state.lastError().text());
    if (!s.state.next()) {
        s.state.finish();
        return Result<bool>::failure(tr("The draft no longer exists."));
    }
    const QString reference = s.state.value(0).toString();
    const int revision = s.state.value(1).toInt();
    const QDateTime started = fromMs(s.state.value(2));
    const QString revisionStep = s.state.value(3).toString();
    s.state.finish();
    if (reference != order.reference)
        return Result<bool>::failure(tr("The order %1 cannot be saved over the draft of order %2.")
                                         .arg(order.reference, reference));

    const QDateTime when = now();
    const QByteArray json = orderToJsonBytes(order);
    const OrderColumns c = columnsOf(order);
    const bool newRevision =
        forceNewRevision || revision == 0 || !started.isValid() || revisionStep != c.step ||
        started.secsTo(when) >= m_options.revisionIntervalSecs || started > when;
    const int number = newRevision ? revision + 1 : revision;
    const qint64 whenMs = toMs(when);
    QString error;
    if (!execWrite(s.updateDraft,
                   {c.customerName, c.ocn, c.email, c.countries, c.step, whenMs, number, id},
                   &error))
        return fail(error);
    if (newRevision && revision > 0) {
        // The revision this save supersedes is read back rarely (restore, history): keep it
        // compressed, about a third of the size, so that history grows the file (and the
        // quick_check of every open) three times slower.
        s.previous.bindValue(0, id);
        s.previous.bindValue(1, revision);
        if (!s.previous.exec())
            return fail(s.previous.lastError().text());
        const QByteArray previous =
            s.previous.next() ? s.previous.value(0).toByteArray() : QByteArray();
        s.previous.finish();
        if (!previous.isEmpty() && !isPackedJson(previous) &&
            !execWrite(s.pack, {packJson(previous), id, revision}, &error))
            return fail(error);
    }
    if (newRevision) {
        if (!execWrite(s.insertRevision, {id, number, whenMs, whenMs, c.step, c.customerName, json},
                       &error))
            return fail(error);
        if (number > kKeptRevisions && !execWrite(s.prune, {id, number - kKeptRevisions}, &error))
            return fail(error);
    } else if (!execWrite(s.updateRevision, {whenMs, c.step, c.customerName, json, id, number},
                          &error)) {
        return fail(error);
    }
    if (!t.commit(&error))
        return fail(error);
    emit draftChanged(id);
    return true;
}

Result<bool> DraftStore::saveDraft(qint64 id, const Order &order)
{
    return writeOrder(id, order, false);
}

Result<qint64> DraftStore::insertDraft(const Order &order, DraftStatus status)
{
    if (!m_open)
        return notOpen<qint64>();
    auto fail = [](const QString &e) {
        qCWarning(lcStore).noquote() << "create failed:" << e;
        return Result<qint64>::failure(tr("The draft could not be created: %1").arg(e));
    };
    if (order.reference.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The draft could not be created: the order has no "
                                          "reference."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.active())
        return fail(t.error());
    const QDateTime when = now();
    const QByteArray json = orderToJsonBytes(order);
    const OrderColumns c = columnsOf(order);
    QString error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO drafts (reference, customer_name, ocn, email, countries, step, status, "
        "created, modified, deleted, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)"));
    q.addBindValue(order.reference);
    q.addBindValue(c.customerName);
    q.addBindValue(c.ocn);
    q.addBindValue(c.email);
    q.addBindValue(c.countries);
    q.addBindValue(c.step);
    q.addBindValue(draftStatusKey(status));
    q.addBindValue(toMs(order.created.isValid() ? order.created : when));
    q.addBindValue(toMs(when));
    if (!countWrite(&error))
        return fail(error);
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("INSERT INTO revisions (draft_id, number, started, saved, step, "
                             "customer_name, order_json) VALUES (?, 1, ?, ?, ?, ?, ?)"));
    r.addBindValue(id);
    r.addBindValue(toMs(when));
    r.addBindValue(toMs(when));
    r.addBindValue(c.step);
    r.addBindValue(c.customerName);
    r.addBindValue(json);
    if (!countWrite(&error) || !execQuery(r, &error))
        return fail(error);
    if (!t.commit(&error))
        return fail(error);
    emit draftChanged(id);
    return id;
}

bool DraftStore::referenceExists(const QString &reference) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM drafts WHERE reference = ?"));
    q.addBindValue(reference);
    const bool exists = q.exec() && q.next();
    q.finish();
    return exists;
}

Result<qint64> DraftStore::createDraft(const Order &order, DraftStatus status)
{
    if (m_open && referenceExists(order.reference))
        return Result<qint64>::failure(
            tr("A draft of order %1 already exists.").arg(order.reference));
    return insertDraft(order, status);
}

Result<DraftSummary> DraftStore::summary(qint64 id) const
{
    if (!m_open)
        return notOpen<DraftSummary>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM drafts d%3 WHERE d.id = ?")
                  .arg(summaryColumnsOf(QStringLiteral("d")), kRemoteSummaryColumns, kRemoteJoin));
    q.addBindValue(id);
    if (!q.exec())
        return Result<DraftSummary>::failure(q.lastError().text());
    if (!q.next())
        return Result<DraftSummary>::failure(tr("The draft no longer exists."));
    DraftSummary s = summaryFromQuery(q, true);
    q.finish();
    return s;
}

Result<Draft> DraftStore::loadDraft(qint64 id) const
{
    if (!m_open)
        return notOpen<Draft>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The draft's current state is its latest revision.
    q.prepare(QStringLiteral("SELECT %1, %2, v.order_json FROM drafts d%3 LEFT JOIN revisions v "
                             "ON v.draft_id = d.id AND v.number = d.revision WHERE d.id = ?")
                  .arg(summaryColumnsOf(QStringLiteral("d")), kRemoteSummaryColumns, kRemoteJoin));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Draft>::failure(q.lastError().text());
    if (!q.next())
        return Result<Draft>::failure(tr("The draft no longer exists."));
    Draft draft;
    draft.summary = summaryFromQuery(q, true);
    const QByteArray json =
        unpackJson(q.value(kSummaryColumnCount + kRemoteSummaryColumnCount).toByteArray());
    q.finish();
    Result<Order> order = orderFromJson(json);
    if (!order)
        return Result<Draft>::failure(tr("The draft of order %1 cannot be read: %2")
                                          .arg(draft.summary.reference, order.error()));
    draft.order = std::move(order).value();
    return draft;
}

Result<QList<DraftSummary>> DraftStore::listDrafts(Which which) const
{
    if (!m_open)
        return notOpen<QList<DraftSummary>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return readSummaries(db, which);
}

Result<bool> DraftStore::setStatus(qint64 id, DraftStatus status)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drafts SET status = ?, modified = ? WHERE id = ?"));
    q.addBindValue(draftStatusKey(status));
    q.addBindValue(toMs(now()));
    q.addBindValue(id);
    if (!t.active() || !countWrite(&error) || !execQuery(q, &error) || !t.commit(&error))
        return Result<bool>::failure(tr("The status could not be saved: %1").arg(error));
    emit draftChanged(id);
    return true;
}

Result<qint64> DraftStore::duplicateDraft(qint64 id)
{
    Result<Draft> source = loadDraft(id);
    if (!source)
        return Result<qint64>::failure(source.error());
    Order copy = source->order;
    QDateTime created = now();
    created.setTime(QTime(created.time().hour(), created.time().minute(),
                          created.time().second())); // the JSON keeps whole seconds
    copy.created = created;
    do {
        copy.reference = Order::newReference(created);
    } while (referenceExists(copy.reference));
    // Reserved numbers belong to the original order's reservation, and so does its request: the
    // copy reserves its own, when the rep presses Reserve for it.
    for (CountryOrder &country : copy.countries)
        for (Office &office : country.offices) {
            office.reservationRequested = false;
            office.reservationId.clear();
            office.reservedNumbers.clear();
        }
    return insertDraft(copy, DraftStatus::Draft);
}

Result<bool> DraftStore::moveToTrash(qint64 id)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drafts SET deleted = ? WHERE id = ? AND deleted IS NULL"));
    q.addBindValue(toMs(now()));
    q.addBindValue(id);
    if (!t.active() || !countWrite(&error) || !execQuery(q, &error) || !t.commit(&error))
        return Result<bool>::failure(
            tr("The draft could not be moved to the trash: %1").arg(error));
    emit draftChanged(id);
    return true;
}

Result<bool> DraftStore::restoreFromTrash(qint64 id)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drafts SET deleted = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (!t.active() || !countWrite(&error) || !execQuery(q, &error) || !t.commit(&error))
        return Result<bool>::failure(tr("The draft could not be restored: %1").arg(error));
    emit draftChanged(id);
    return true;
}

Result<int> DraftStore::purgeTrash()
{
    if (!m_open)
        return notOpen<int>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 cutoff = toMs(now().addDays(-kTrashDays));
    QList<qint64> ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id FROM drafts WHERE deleted IS NOT NULL AND deleted < ?"));
        q.addBindValue(cutoff);
        if (!q.exec())
            return Result<int>::failure(q.lastError().text());
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
    }
    if (ids.isEmpty())
        return 0;
    Transaction t(db);
    QString error = t.error();
    if (!t.active())
        return Result<int>::failure(error);
    for (const char *sql : {"DELETE FROM revisions WHERE draft_id IN (SELECT id FROM drafts WHERE "
                            "deleted IS NOT NULL AND deleted < ?)",
                            "DELETE FROM drafts WHERE deleted IS NOT NULL AND deleted < ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(cutoff);
        if (!countWrite(&error) || !execQuery(q, &error))
            return Result<int>::failure(error);
    }
    if (!t.commit(&error))
        return Result<int>::failure(error);
    qCInfo(lcStore) << "purged" << ids.size() << "drafts from the trash";
    for (qint64 id : std::as_const(ids))
        emit draftPurged(id);
    return static_cast<int>(ids.size());
}

Result<QList<RevisionInfo>> DraftStore::revisions(qint64 id) const
{
    if (!m_open)
        return notOpen<QList<RevisionInfo>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, started, saved, step, customer_name FROM revisions "
                             "WHERE draft_id = ? ORDER BY number DESC"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<RevisionInfo>>::failure(q.lastError().text());
    QList<RevisionInfo> out;
    while (q.next()) {
        RevisionInfo r;
        r.number = q.value(0).toInt();
        r.started = fromMs(q.value(1));
        r.saved = fromMs(q.value(2));
        stepFromKey(q.value(3).toString(), &r.step);
        r.customerName = q.value(4).toString();
        out.append(r);
    }
    q.finish();
    return out;
}

Result<Order> DraftStore::loadRevision(qint64 id, int number) const
{
    if (!m_open)
        return notOpen<Order>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_json FROM revisions WHERE draft_id = ? AND number = ?"));
    q.addBindValue(id);
    q.addBindValue(number);
    if (!q.exec())
        return Result<Order>::failure(q.lastError().text());
    if (!q.next())
        return Result<Order>::failure(
            tr("Revision %1 of this draft no longer exists.").arg(number));
    const QByteArray json = unpackJson(q.value(0).toByteArray());
    q.finish();
    Result<Order> order = orderFromJson(json);
    if (!order)
        return Result<Order>::failure(
            tr("Revision %1 cannot be read: %2").arg(number).arg(order.error()));
    return order;
}

Result<bool> DraftStore::restoreRevision(qint64 id, int number)
{
    Result<Order> order = loadRevision(id, number);
    if (!order)
        return Result<bool>::failure(order.error());
    return writeOrder(id, order.value(), true);
}

Result<QByteArray> DraftStore::exportDraft(qint64 id) const
{
    Result<Draft> draft = loadDraft(id);
    if (!draft)
        return Result<QByteArray>::failure(draft.error());
    return orderToJsonBytes(draft->order, true);
}

Result<qint64> DraftStore::importDraft(const QByteArray &json, bool *referenceChanged)
{
    if (referenceChanged)
        *referenceChanged = false;
    if (!m_open)
        return notOpen<qint64>();
    Result<Order> parsed = orderFromJson(json);
    if (!parsed)
        return Result<qint64>::failure(
            tr("The file is not an order Order Desk can read: %1").arg(parsed.error()));
    Order order = std::move(parsed).value();
    if (referenceExists(order.reference)) {
        // Never overwrite a draft with a file: the import becomes a draft of its own.
        do {
            order.reference = Order::newReference(now());
        } while (referenceExists(order.reference));
        if (referenceChanged)
            *referenceChanged = true;
    }
    return insertDraft(order, DraftStatus::Draft);
}

QFileInfoList DraftStore::backups() const
{
    const QDir dir(QDir(m_dataDir).filePath(backupDirName()));
    // Names carry the date, so name order is age order.
    return dir.entryInfoList({QStringLiteral("drafts-\?\?\?\?-\?\?-\?\?.sqlite")}, QDir::Files,
                             QDir::Name | QDir::Reversed);
}

namespace {
/// Writes a consistent copy of the database open on `db` to `target`: VACUUM INTO a temporary
/// file (mode 0600), fsync, rename. Any thread, with a connection of that thread.
Result<QString> writeBackup(QSqlDatabase &db, const QString &target)
{
    const QString dirPath = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dirPath))
        return Result<QString>::failure(QStringLiteral("the backup folder cannot be created"));
    QFile::setPermissions(dirPath, kOwnerDir);
    const QString tmp = target + QStringLiteral(".tmp");
    QFile::remove(tmp);
    {
        // VACUUM INTO accepts an empty file: creating it first gives it mode 0600 from the start.
        QFile file(tmp);
        if (!file.open(QIODevice::WriteOnly, kOwnerReadWrite))
            return Result<QString>::failure(file.errorString());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmp);
    QString error;
    if (!execQuery(q, &error)) {
        QFile::remove(tmp);
        qCWarning(lcStore).noquote() << "backup failed:" << error;
        return Result<QString>::failure(error);
    }
    if (!fsyncFile(tmp) || !QFile::rename(tmp, target)) {
        QFile::remove(tmp);
        return Result<QString>::failure(QStringLiteral("the backup cannot be written"));
    }
    fsyncFile(QFileInfo(target).absolutePath());
    return target;
}
} // namespace

Result<QString> DraftStore::backupTo(const QString &target)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return writeBackup(db, target);
}

QString DraftStore::dailyBackupPath() const
{
    return QDir(QDir(m_dataDir).filePath(backupDirName()))
        .filePath(QStringLiteral("drafts-%1.sqlite")
                      .arg(now().toLocalTime().date().toString(Qt::ISODate)));
}

void DraftStore::scheduleBackups(int firstDelayMs, int intervalMs)
{
    m_backupInterval = intervalMs;
    m_backupTimer.start(firstDelayMs);
}

void DraftStore::startBackgroundBackup()
{
    if (!m_open || !m_options.backups || m_backupThread)
        return;
    const QString target = dailyBackupPath();
    if (QFileInfo::exists(target))
        return;
    const QString path = databasePath();
    const int busyTimeoutMs = m_options.busyTimeoutMs;
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure(QString()));
    const quint64 generation = ++m_backupGeneration;
    m_backupThread = QThread::create([path, target, busyTimeoutMs, result] {
        SqlConnection c(path, true, busyTimeoutMs);
        *result = c.isOpen() ? writeBackup(c.db(), target)
                             : Result<QString>::failure(QStringLiteral("cannot be opened"));
    });
    m_backupThread->setObjectName(QStringLiteral("draft backup"));
    connect(m_backupThread, &QThread::finished, this, [this, generation, result, target] {
        if (generation != m_backupGeneration || !m_backupThread)
            return; // close() already waited for it
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (*result) {
            qCInfo(lcStore).noquote() << "backup written:" << QFileInfo(target).fileName();
            pruneBackups();
            emit backupFinished(target, QString());
        } else {
            qCWarning(lcStore).noquote() << "backup failed:" << result->error();
            emit backupFinished(QString(), result->error());
        }
    });
    m_backupThread->start(QThread::LowPriority);
}

Result<QString> DraftStore::backupIfDue()
{
    if (!m_open)
        return notOpen<QString>();
    const QString target = dailyBackupPath();
    if (QFileInfo::exists(target))
        return target;
    Result<QString> made = backupTo(target);
    if (made) {
        qCInfo(lcStore).noquote() << "backup written:" << QFileInfo(target).fileName();
        pruneBackups();
    }
    return made;
}

void DraftStore::pruneBackups()
{
    const QFileInfoList all = backups();
    for (int i = kKeptBackups; i < all.size(); ++i)
        QFile::remove(all.at(i).absoluteFilePath());
}

// ---- The outbox's tables ----

namespace {

constexpr std::array<std::pair<OutboxJob::Kind, const char *>, 8> kJobKindKeys{{
    {OutboxJob::Kind::ValidateAddress, "validateAddress"},
    {OutboxJob::Kind::Reserve, "reserve"},
    {OutboxJob::Kind::AccountCheck, "accountCheck"},
    {OutboxJob::Kind::SubmitOrder, "submitOrder"},
    {OutboxJob::Kind::CreateEnvelope, "createEnvelope"},
    {OutboxJob::Kind::Poll, "poll"},
    {OutboxJob::Kind::DownloadSigned, "downloadSigned"},
    {OutboxJob::Kind::SendPaperwork, "sendPaperwork"},
}};

QString jobStateKey(OutboxJob::State state)
{
    switch (state) {
    case OutboxJob::State::Waiting:
        return QStringLiteral("waiting");
    case OutboxJob::State::Done:
        return QStringLiteral("done");
    case OutboxJob::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxJob::State jobStateFromKey(const QString &key)
{
    if (key == QLatin1String("done"))
        return OutboxJob::State::Done;
    if (key == QLatin1String("failed"))
        return OutboxJob::State::Failed;
    return OutboxJob::State::Waiting;
}

/// A NOT NULL text column: a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kJobColumns =
    QStringLiteral("id, draft_id, kind, office_id, payload, attempts, next_attempt, last_error, "
                   "last_error_field, state, maybe_sent, created");

} // namespace

QString outboxJobKindKey(OutboxJob::Kind kind)
{
    for (const auto &[k, key] : kJobKindKeys)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

bool outboxJobKindFromKey(const QString &key, OutboxJob::Kind *kind)
{
    for (const auto &[k, name] : kJobKindKeys)
        if (key == QLatin1String(name)) {
            *kind = k;
            return true;
        }
    return false;
}

bool DraftStore::writeOutboxChange(const OutboxChange &change, QList<qint64> *ids, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 nowMs = toMs(now());
    for (const OutboxJob &job : change.add) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO outbox_jobs (draft_id, kind, office_id, payload, attempts, next_attempt, "
            "last_error, last_error_field, state, maybe_sent, created) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)"));
        const QVariantList values = {job.draftId,
                                     outboxJobKindKey(job.kind),
                                     text(job.officeId),
                                     job.payload.isNull() ? QByteArray("") : job.payload,
                                     job.attempts,
                                     job.nextAttempt.isValid() ? toMs(job.nextAttempt) : nowMs,
                                     text(job.lastError),
                                     text(job.lastErrorField),
                                     jobStateKey(job.state),
                                     job.maybeSent ? 1 : 0,
                                     job.created.isValid() ? toMs(job.created) : nowMs};
        if (!countWrite(error))
            return false;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        ids->append(q.lastInsertId().toLongLong()); // before finish(), which forgets it
        q.finish();
    }
    for (const OutboxJob &job : change.update) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE outbox_jobs SET payload = ?, attempts = ?, next_attempt = ?, last_error = ?, "
            "last_error_field = ?, state = ?, maybe_sent = ? WHERE id = ?"));
        if (!execWrite(q,
                       {job.payload.isNull() ? QByteArray("") : job.payload, job.attempts,
                        job.nextAttempt.isValid() ? toMs(job.nextAttempt) : nowMs,
                        text(job.lastError), text(job.lastErrorField), jobStateKey(job.state),
                        job.maybeSent ? 1 : 0, job.id},
                       error))
            return false;
    }
    for (qint64 id : change.remove) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM outbox_jobs WHERE id = ?"));
        if (!execWrite(q, {id}, error))
            return false;
    }
    if (change.status) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET status = ?, modified = ? WHERE id = ?"));
        if (!execWrite(q, {draftStatusKey(*change.status), nowMs, change.draftId}, error))
            return false;
    }
    if (change.remote) {
        const RemoteDetails &r = *change.remote;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO remote (draft_id, order_id, order_state, envelope_id, "
            "envelope_status, handling_date, problem, changed, unseen, forms_generated, "
            "signed_kept, paperwork_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto time = [](const QDateTime &t) {
            return t.isValid() ? QVariant(toMs(t)) : QVariant();
        };
        if (!execWrite(q,
                       {change.draftId, text(r.orderId), text(r.orderState), text(r.envelopeId),
                        text(r.envelopeStatus), text(r.handlingDate.toString(Qt::ISODate)),
                        text(r.problem), time(r.changed), r.unseenChange ? 1 : 0,
                        time(r.formsGenerated), time(r.signedKept), time(r.paperworkSent)},
                       error))
            return false;
    }
    return true;
}

Result<QList<qint64>> DraftStore::applyOutboxChange(const OutboxChange &change)
{
    if (!m_open)
        return notOpen<QList<qint64>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QList<qint64> ids;
    if (!t.active() || !writeOutboxChange(change, &ids, &error) || !t.commit(&error)) {
        qCWarning(lcStore).noquote() << "outbox write failed:" << error;
        return Result<QList<qint64>>::failure(tr("The outbox could not be saved: %1").arg(error));
    }
    if (change.status || change.remote)
        emit draftChanged(change.draftId);
    return ids;
}

Result<qint64> DraftStore::enqueueJob(const OutboxJob &job)
{
    OutboxChange change;
    change.draftId = job.draftId;
    change.add.append(job);
    Result<QList<qint64>> ids = applyOutboxChange(change);
    if (!ids)
        return Result<qint64>::failure(ids.error());
    return ids->first();
}

Result<bool> DraftStore::updateJob(const OutboxJob &job)
{
    OutboxChange change;
    change.draftId = job.draftId;
    change.update.append(job);
    Result<QList<qint64>> done = applyOutboxChange(change);
    if (!done)
        return Result<bool>::failure(done.error());
    return true;
}

Result<QList<OutboxJob>> DraftStore::readJobs(const QString &where,
                                              const QVariantList &values) const
{
    if (!m_open)
        return notOpen<QList<OutboxJob>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox_jobs WHERE %2 ORDER BY id").arg(kJobColumns, where));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Result<QList<OutboxJob>>::failure(q.lastError().text());
    QList<OutboxJob> out;
    while (q.next()) {
        OutboxJob job;
        job.id = q.value(0).toLongLong();
        job.draftId = q.value(1).toLongLong();
        if (!outboxJobKindFromKey(q.value(2).toString(), &job.kind))
            continue; // a kind of a newer version: leave it alone
        job.officeId = q.value(3).toString();
        job.payload = q.value(4).toByteArray();
        job.attempts = q.value(5).toInt();
        job.nextAttempt = fromMs(q.value(6));
        job.lastError = q.value(7).toString();
        job.lastErrorField = q.value(8).toString();
        job.state = jobStateFromKey(q.value(9).toString());
        job.maybeSent = q.value(10).toInt() != 0;
        job.created = fromMs(q.value(11));
        out.append(job);
    }
    q.finish();
    return out;
}

Result<QList<OutboxJob>> DraftStore::waitingJobs(qint64 draftId) const
{
    if (draftId == 0)
        return readJobs(QStringLiteral("state = 'waiting'"), {});
    return readJobs(QStringLiteral("state = 'waiting' AND draft_id = ?"), {draftId});
}

Result<QList<OutboxJob>> DraftStore::jobsOf(qint64 draftId) const
{
    return readJobs(QStringLiteral("draft_id = ?"), {draftId});
}

Result<QList<OutboxJob>> DraftStore::dueJobs(const QDateTime &when) const
{
    return readJobs(QStringLiteral("state = 'waiting' AND next_attempt <= ?"), {toMs(when)});
}

Result<QDateTime> DraftStore::nextDueTime() const
{
    if (!m_open)
        return notOpen<QDateTime>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    const QVariant v = scalar(
        db, QStringLiteral("SELECT min(next_attempt) FROM outbox_jobs WHERE state = 'waiting'"),
        &error);
    if (!v.isValid() && !error.isEmpty())
        return Result<QDateTime>::failure(error);
    return fromMs(v);
}

Result<int> DraftStore::removeWaitingJobs(qint64 draftId)
{
    if (!m_open)
        return notOpen<int>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox_jobs WHERE draft_id = ? AND state = 'waiting'"));
    int removed = 0;
    bool ok = t.active() && countWrite(&error);
    if (ok) {
        q.addBindValue(draftId);
        ok = q.exec();
        if (!ok)
            error = q.lastError().text();
        removed = q.numRowsAffected();
        q.finish();
    }
    if (!ok || !t.commit(&error))
        return Result<int>::failure(tr("The outbox could not be saved: %1").arg(error));
    return removed;
}

Result<QList<qint64>> DraftStore::queuedWithoutJobs() const
{
    if (!m_open)
        return notOpen<QList<qint64>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT d.id FROM drafts d WHERE d.status = 'queued' AND d.deleted IS NULL AND NOT "
            "EXISTS (SELECT 1 FROM outbox_jobs j WHERE j.draft_id = d.id AND j.state = "
            "'waiting') ORDER BY d.id")))
        return Result<QList<qint64>>::failure(q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<RemoteDetails> DraftStore::remoteDetails(qint64 draftId) const
{
    if (!m_open)
        return notOpen<RemoteDetails>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_id, order_state, envelope_id, envelope_status, "
                             "handling_date, problem, changed, unseen, forms_generated, "
                             "signed_kept, paperwork_sent FROM remote WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec())
        return Result<RemoteDetails>::failure(q.lastError().text());
    RemoteDetails r;
    if (q.next()) {
        r.orderId = q.value(0).toString();
        r.orderState = q.value(1).toString();
        r.envelopeId = q.value(2).toString();
        r.envelopeStatus = q.value(3).toString();
        r.handlingDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.problem = q.value(5).toString();
        r.changed = fromMs(q.value(6));
        r.unseenChange = q.value(7).toInt() != 0;
        r.formsGenerated = fromMs(q.value(8));
        r.signedKept = fromMs(q.value(9));
        r.paperworkSent = fromMs(q.value(10));
    }
    q.finish();
    return r;
}

Result<bool> DraftStore::setRemoteDetails(qint64 draftId, const RemoteDetails &details)
{
    OutboxChange change;
    change.draftId = draftId;
    change.remote = details;
    Result<QList<qint64>> done = applyOutboxChange(change);
    if (!done)
        return Result<bool>::failure(done.error());
    return true;
}

Result<bool> DraftStore::markSeen(qint64 draftId)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE remote SET unseen = 0 WHERE draft_id = ? AND unseen <> 0"));
    if (!t.active() || !execWrite(q, {draftId}, &error) || !t.commit(&error))
        return Result<bool>::failure(tr("The draft could not be saved: %1").arg(error));
    emit draftChanged(draftId);
    return true;
}

Result<bool> DraftStore::keepDocument(qint64 draftId, const StoredDocument &document)
{
    if (!m_open)
        return notOpen<bool>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QString error = t.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO draft_documents (draft_id, kind, name, data, "
                             "created) VALUES (?, ?, ?, ?, ?)"));
    const QDateTime created = document.created.isValid() ? document.created : now();
    if (!t.active() ||
        !execWrite(q,
                   {draftId, text(document.kind), text(document.name),
                    document.data.isNull() ? QByteArray("") : document.data, toMs(created)},
                   &error) ||
        !t.commit(&error)) {
        qCWarning(lcStore).noquote() << "document not kept:" << error;
        return Result<bool>::failure(tr("The document could not be saved: %1").arg(error));
    }
    return true;
}

Result<std::optional<StoredDocument>> DraftStore::document(qint64 draftId,
                                                           const QString &kind) const
{
    using R = Result<std::optional<StoredDocument>>;
    if (!m_open)
        return notOpen<std::optional<StoredDocument>>();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, name, data, created FROM draft_documents WHERE "
                             "draft_id = ? AND kind = ?"));
    q.addBindValue(draftId);
    q.addBindValue(text(kind));
    if (!q.exec())
        return R::failure(q.lastError().text());
    std::optional<StoredDocument> out;
    if (q.next())
        out = StoredDocument{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                             fromMs(q.value(3))};
    q.finish();
    return out;
}

} // namespace od
