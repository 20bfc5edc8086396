#include "Outbox.h"

#include "catalog/WorkingDays.h"
#include "common/Background.h"
#include "documents/Documents.h"
#include "order/OrderJson.h"
#include "order/Rules.h"
#include "order/Validators.h"
#include "sync/AccountClient.h"
#include "sync/Authenticator.h"
#include "sync/NumberClient.h"
#include "sync/OrderingClient.h"
#include "sync/SignatureClient.h"
#include "sync/TmfMapping.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <climits>

namespace od {

Q_LOGGING_CATEGORY(lcOutbox, "orderdesk.outbox", QtInfoMsg)

using sync::ApiError;
using sync::ApiResponse;

int BackoffPolicy::delayMs(int attempt, double jitter01, int retryAfterSecs) const
{
    if (retryAfterSecs >= 0)
        return int(std::min<qint64>(qint64(retryAfterSecs) * 1000, INT_MAX));
    // attempt 1 is the first retry: it waits `firstMs` (before jitter).
    const qint64 cap = std::max(1, capMs);
    qint64 d = std::max(1, firstMs);
    for (int i = 1; i < attempt && d < cap; ++i)
        d *= 2;
    d = std::min(d, cap);
    const double j = std::clamp(jitter01, 0.0, 1.0);
    const qint64 half = d / 2;
    return int(half + qint64(j * double(d - half)));
}

QDate expectedHandlingDate(const Order &order, const Catalog &catalog, const QDate &signedOn)
{
    static const CountryInfo weekendsOnly;
    QDate latest;
    for (const CountryOrder &country : order.countries) {
        const CountryInfo *info = catalog.country(country.country);
        const QDate date = addWorkingDays(signedOn, 5, info ? *info : weekendsOnly);
        if (!latest.isValid() || date > latest)
            latest = date;
    }
    return latest.isValid() ? latest : addWorkingDays(signedOn, 5, weekendsOnly);
}

std::optional<DraftStatus> draftStatusForRemote(const QString &orderState,
                                                const QString &envelopeStatus, SubmissionPath path)
{
    const QString s = orderState;
    // A declined or voided envelope stops the order (the sandbox puts it "held"): it waits for
    // a signature the rep has to obtain, whatever step the carrier's order was at.
    const bool notSigned =
        envelopeStatus == QLatin1String("declined") || envelopeStatus == QLatin1String("voided");
    if (path == SubmissionPath::Signature && notSigned &&
        (s == QLatin1String("acknowledged") || s == QLatin1String("pending") ||
         s == QLatin1String("held")))
        return DraftStatus::AwaitingSignature;
    if (s == QLatin1String("acknowledged"))
        return DraftStatus::Submitted;
    if (s == QLatin1String("pending")) {
        // Waiting for the customer: the signature, or the porting paperwork.
        if (path == SubmissionPath::Porting)
            return DraftStatus::PortingPaperwork;
        return envelopeStatus == QLatin1String("completed") ? DraftStatus::Submitted
                                                            : DraftStatus::AwaitingSignature;
    }
    if (s == QLatin1String("inProgress"))
        return DraftStatus::InProgress;
    if (s == QLatin1String("completed"))
        return DraftStatus::Completed;
    // "partial": some items could not be done; the rep has to take it up with the carrier.
    if (s == QLatin1String("rejected") || s == QLatin1String("failed") ||
        s == QLatin1String("partial"))
        return DraftStatus::Failed;
    if (s == QLatin1String("cancelled"))
        return DraftStatus::Cancelled;
    return std::nullopt; // held, assessingCancellation, pendingCancellation, unknown
}

namespace {

bool isFinalState(const QString &s)
{
    return s == QLatin1String("completed") || s == QLatin1String("failed") ||
           s == QLatin1String("rejected") || s == QLatin1String("cancelled") ||
           s == QLatin1String("partial");
}

bool isFinalEnvelope(const QString &s)
{
    return s == QLatin1String("completed") || s == QLatin1String("declined") ||
           s == QLatin1String("voided");
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fromBytes(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

struct OfficeRef
{
    int country = -1;
    int office = -1;
    bool valid() const { return country >= 0; }
};

OfficeRef findOffice(const Order &order, const QString &officeId)
{
    for (int c = 0; c < order.countries.size(); ++c)
        for (int o = 0; o < order.countries.at(c).offices.size(); ++o)
            if (order.countries.at(c).offices.at(o).id == officeId)
                return {c, o};
    return {};
}

Office *officeIn(Order &order, const QString &officeId)
{
    const OfficeRef ref = findOffice(order, officeId);
    return ref.valid() ? &order.countries[ref.country].offices[ref.office] : nullptr;
}

QJsonObject reservationSnapshot(const Office &o)
{
    return QJsonObject{{QStringLiteral("areaCode"), o.areaCode},
                       {QStringLiteral("userNumbers"), o.userNumbers},
                       {QStringLiteral("resourceAccountNumbers"), o.resourceAccountNumbers}};
}

/// The office has its numbers (a request may stay set beside them: only one without numbers
/// waits for the number service).
bool isReserved(const Office &o)
{
    return !o.reservationId.isEmpty() || !o.reservedNumbers.isEmpty();
}

/// An answer that may mean the carrier did the request although we never heard so.
bool mayHaveBeenDone(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Dropped:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray orderSummaryPdf(const Order &order)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Order %1").arg(order.reference));
        writer.setCreator(QStringLiteral("Order Desk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter p(&writer);
        QFont font = p.font();
        font.setPointSize(11);
        p.setFont(font);
        int y = 60;
        auto line = [&](const QString &text) {
            p.drawText(60, y, text);
            y += 20;
        };
        line(QCoreApplication::translate("od::Outbox", "Operator Connect order %1")
                 .arg(order.reference));
        line(QString());
        const QString customer = order.customer.companyName.isEmpty()
                                     ? order.customer.prospectAddress.companyName
                                     : order.customer.companyName;
        line(QCoreApplication::translate("od::Outbox", "Customer: %1").arg(customer));
        if (!order.customer.ocn.isEmpty())
            line(QCoreApplication::translate("od::Outbox", "OCN: %1").arg(order.customer.ocn));
        QStringList countries;
        for (const CountryOrder &c : order.countries)
            countries << c.country;
        line(QCoreApplication::translate("od::Outbox", "Countries: %1")
                 .arg(countries.join(QStringLiteral(", "))));
        for (const CountryOrder &c : order.countries) {
            int users = 0;
            int numbers = 0;
            for (const PlanLine &plan : c.plans)
                users += std::max(0, plan.quantity);
            for (const Office &o : c.offices)
                numbers += std::max(0, o.totalNumbers);
            line(QCoreApplication::translate("od::Outbox", "%1: %2 users, %3 new numbers")
                     .arg(c.country)
                     .arg(users)
                     .arg(numbers));
        }
        y += 40;
        line(QCoreApplication::translate("od::Outbox", "Signed for the customer by %1")
                 .arg(order.signatory.name));
        // The signature service places its tabs on these anchors.
        line(QCoreApplication::translate("od::Outbox", "Signature: %1")
                 .arg(QStringLiteral("/sn1/")));
        line(QCoreApplication::translate("od::Outbox", "Date: %1").arg(QStringLiteral("/ds1/")));
        p.end();
    }
    return bytes;
}

struct Outbox::Private
{
    Private(Outbox *outbox, DraftStore *s, sync::ApiClient *client, const Catalog &c,
            const Options &o)
        : q(outbox), store(s), api(client), catalog(c), options(o), ordering(client),
          address(client), numbers(client), accounts(client), signature(client)
    {}

    Outbox *q;
    DraftStore *store;
    sync::ApiClient *api;
    Catalog catalog;
    Options options;
    OrderAccess access;
    sync::OrderingClient ordering;
    sync::AddressClient address;
    sync::NumberClient numbers;
    sync::AccountClient accounts;
    sync::SignatureClient signature;
    QTimer tick;
    QTimer probeTimer;
    QPointer<QNetworkReply> probeReply;
    bool started = false;
    bool online = true;
    bool errorSticky = false;
    /// The services refused the rep's sign-in: nothing is sent until there is a token again, so
    /// that the worker does not keep asking the rep to sign in.
    bool needsSignIn = false;
    bool kickPending = false;
    QHash<qint64, qint64> inFlight; ///< draft id → job id

    QDateTime now() const
    {
        return options.clock ? options.clock().toUTC() : QDateTime::currentDateTimeUtc();
    }
    double jitter() const
    {
        return options.jitter ? options.jitter() : QRandomGenerator::global()->generateDouble();
    }

    // The loop.
    void kick();
    void pump();
    bool ready(const OutboxJob &job, const QList<OutboxJob> &waiting) const;
    void startJob(const OutboxJob &job);
    void release(const OutboxJob &job);
    void updateState();
    void setOnline(bool on, const char *why);
    void probe();

    // Endings of a job.
    bool commit(const OutboxChange &change);
    void done(OutboxJob job, OutboxChange change = {});
    void failed(OutboxJob job, const QString &message, const QString &field,
                OutboxChange change = {});
    void retry(OutboxJob job, const ApiError &error, bool uncertain);
    RemoteDetails remote(qint64 draftId) const;
    QString officeLabel(const Order &order, const QString &officeId) const;
    static QString consentText(sync::ConsentStatus consent);
    bool modify(qint64 draftId, const std::function<void(Order &)> &change);

    // The job kinds.
    void runValidate(const OutboxJob &job);
    void runReserve(const OutboxJob &job);
    void runAccountCheck(const OutboxJob &job);
    void runSubmit(const OutboxJob &job);
    void lookUp(const OutboxJob &job, const Order &order);
    void post(const OutboxJob &job, const Order &order);
    bool markMaybeSent(const OutboxJob &job);
    void created(const OutboxJob &job, const Order &order, const sync::RemoteOrder &remoteOrder);
    void backToDraft(const OutboxJob &job, const QString &message, const QString &field);
    void runEnvelope(const OutboxJob &job);
    void lookUpEnvelope(const OutboxJob &job, const Order &order);
    void postEnvelope(const OutboxJob &job, const Order &order);
    void sendEnvelope(const OutboxJob &job, const Order &order,
                      const sync::EnvelopeRequest &request);
    void envelopeCreated(const OutboxJob &job, const sync::Envelope &envelope,
                         const QString &reference, SubmissionPath path);
    void runPoll(const OutboxJob &job);
    void pollEnvelope(const OutboxJob &job, const sync::RemoteOrder &remoteOrder,
                      const RemoteDetails &before);
    void pollDone(const OutboxJob &job, const sync::RemoteOrder &remoteOrder,
                  const std::optional<sync::Envelope> &envelope);
    void pollRetry(OutboxJob job, const ApiError &error);
    void afterSigning(OutboxChange &change, qint64 draftId, const QString &envelopeId);
    void runDownload(const OutboxJob &job);
    void runSendPaperwork(const OutboxJob &job);
    OutboxJob newJob(qint64 draftId, OutboxJob::Kind kind, const QJsonObject &payload) const;
};

// ---- the loop ----

void Outbox::Private::kick()
{
    if (kickPending)
        return;
    kickPending = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            kickPending = false;
            pump();
        },
        Qt::QueuedConnection);
}

void Outbox::Private::pump()
{
    if (!started || !online || !store->isOpen())
        return;
    if (needsSignIn) {
        if (!api->authenticator() || !api->authenticator()->hasValidToken())
            return;
        needsSignIn = false;
    }
    const Result<QList<OutboxJob>> due = store->dueJobs(now());
    if (!due) {
        qCWarning(lcOutbox).noquote() << "cannot read the outbox:" << due.error();
        return;
    }
    if (due->isEmpty())
        return;
    const Result<QList<OutboxJob>> waiting = store->waitingJobs();
    if (!waiting)
        return;
    for (const OutboxJob &job : due.value()) {
        if (inFlight.size() >= std::max(1, options.maxInFlight) || !online)
            break;
        if (inFlight.contains(job.draftId) || !ready(job, waiting.value()))
            continue;
        startJob(job);
    }
}

bool Outbox::Private::ready(const OutboxJob &job, const QList<OutboxJob> &waiting) const
{
    for (const OutboxJob &other : waiting) {
        if (other.draftId != job.draftId || other.id == job.id)
            continue;
        switch (job.kind) {
        case OutboxJob::Kind::Reserve:
            // Numbers need the validated address: its validation goes first.
            if (other.kind == OutboxJob::Kind::ValidateAddress && other.officeId == job.officeId)
                return false;
            break;
        case OutboxJob::Kind::SubmitOrder:
            // The order waits for the checks the rep asked for before submitting.
            if (other.id < job.id && (other.kind == OutboxJob::Kind::ValidateAddress ||
                                      other.kind == OutboxJob::Kind::Reserve ||
                                      other.kind == OutboxJob::Kind::AccountCheck))
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

void Outbox::Private::startJob(const OutboxJob &job)
{
    inFlight.insert(job.draftId, job.id);
    updateState();
    qCInfo(lcOutbox).noquote() << "job" << job.id << outboxJobKindKey(job.kind) << "draft"
                               << job.draftId << "attempt" << job.attempts + 1
                               << (job.maybeSent ? "(may have been sent)" : "");
    switch (job.kind) {
    case OutboxJob::Kind::ValidateAddress:
        runValidate(job);
        break;
    case OutboxJob::Kind::Reserve:
        runReserve(job);
        break;
    case OutboxJob::Kind::AccountCheck:
        runAccountCheck(job);
        break;
    case OutboxJob::Kind::SubmitOrder:
        runSubmit(job);
        break;
    case OutboxJob::Kind::CreateEnvelope:
        runEnvelope(job);
        break;
    case OutboxJob::Kind::Poll:
        runPoll(job);
        break;
    case OutboxJob::Kind::DownloadSigned:
        runDownload(job);
        break;
    case OutboxJob::Kind::SendPaperwork:
        runSendPaperwork(job);
        break;
    }
}

void Outbox::Private::release(const OutboxJob &job)
{
    if (inFlight.value(job.draftId) == job.id)
        inFlight.remove(job.draftId);
    updateState();
    kick();
}

void Outbox::Private::updateState()
{
    State s = State::Online;
    if (!online)
        s = State::Offline;
    else if (!inFlight.isEmpty())
        s = State::Sending;
    else if (errorSticky)
        s = State::Error;
    if (s == q->m_state)
        return;
    q->m_state = s;
    emit q->stateChanged();
}

void Outbox::Private::setOnline(bool on, const char *why)
{
    if (on == online)
        return;
    online = on;
    qCInfo(lcOutbox) << (on ? "online" : "offline") << "-" << why;
    if (on) {
        probeTimer.stop();
        kick();
    } else if (started) {
        probeTimer.start(std::max(1, options.probeIntervalMs));
    }
    updateState();
}

void Outbox::Private::probe()
{
    if (probeReply || !api->network())
        return;
    const QUrl url = api->endpoints().url(sync::Service::Ordering, QStringLiteral("/"));
    if (!url.isValid())
        return;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = api->network()->get(request);
    probeReply = reply;
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] {
        reply->deleteLater();
        // Any HTTP answer, even 401 or 404, means the service can be reached.
        const bool reached = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (reached)
            setOnline(true, "the probe was answered");
    });
}

// ---- endings ----

bool Outbox::Private::commit(const OutboxChange &change)
{
    const Result<QList<qint64>> written = store->applyOutboxChange(change);
    if (!written) {
        q->m_lastError = written.error();
        qCWarning(lcOutbox) << "outbox not saved for draft" << change.draftId;
        return false;
    }
    return true;
}

RemoteDetails Outbox::Private::remote(qint64 draftId) const
{
    const Result<RemoteDetails> r = store->remoteDetails(draftId);
    return r ? r.value() : RemoteDetails();
}

bool Outbox::Private::modify(qint64 draftId, const std::function<void(Order &)> &change)
{
    return access.modify && access.modify(draftId, change);
}

void Outbox::Private::done(OutboxJob job, OutboxChange change)
{
    job.state = OutboxJob::State::Done;
    job.lastError.clear();
    job.lastErrorField.clear();
    change.draftId = job.draftId;
    change.update.prepend(job);
    if (!change.remote) {
        // The same request done right settles the problem an earlier one left on the draft.
        RemoteDetails r = remote(job.draftId);
        const Result<QList<OutboxJob>> jobs = r.problem.isEmpty()
                                                  ? Result<QList<OutboxJob>>(QList<OutboxJob>())
                                                  : store->jobsOf(job.draftId);
        if (jobs && std::any_of(jobs->cbegin(), jobs->cend(), [&](const OutboxJob &j) {
                return j.state == OutboxJob::State::Failed && j.kind == job.kind &&
                       j.officeId == job.officeId && j.lastError == r.problem;
            })) {
            r.problem.clear();
            r.changed = now();
            change.remote = r;
        }
    }
    if (commit(change))
        errorSticky = false;
    qCInfo(lcOutbox).noquote() << "job" << job.id << outboxJobKindKey(job.kind) << "done";
    release(job);
}

void Outbox::Private::failed(OutboxJob job, const QString &message, const QString &field,
                             OutboxChange change)
{
    job.state = OutboxJob::State::Failed;
    job.lastError = message;
    job.lastErrorField = field;
    change.draftId = job.draftId;
    change.update.prepend(job);
    if (!change.remote) {
        RemoteDetails r = remote(job.draftId);
        r.problem = message;
        r.changed = now();
        r.unseenChange = true;
        change.remote = r;
    }
    commit(change);
    // A refused order or contract waits for the rep: the status bar says so. A refused address,
    // an exhausted area or an e-mail that does not match is the service's answer, shown where
    // the rep asked for it; the connection is fine.
    if (job.kind == OutboxJob::Kind::SubmitOrder || job.kind == OutboxJob::Kind::CreateEnvelope) {
        errorSticky = true;
        q->m_lastError = message;
    }
    qCInfo(lcOutbox).noquote() << "job" << job.id << outboxJobKindKey(job.kind)
                               << "failed, for the rep to fix";
    if (!job.officeId.isEmpty())
        emit q->officeProblem(job.draftId, job.officeId, message);
    emit q->problem(job.draftId, message);
    release(job);
}

void Outbox::Private::retry(OutboxJob job, const ApiError &error, bool uncertain)
{
    const QDateTime t = now();
    if (error.kind == ApiError::Kind::Offline) {
        // Not the service's answer: nothing learnt, no backoff. Sent again once online.
        job.nextAttempt = t;
    } else {
        ++job.attempts;
        job.nextAttempt =
            t.addMSecs(options.backoff.delayMs(job.attempts, jitter(), error.retryAfterSecs));
    }
    job.lastError = error.text();
    job.lastErrorField = error.field;
    job.maybeSent = job.maybeSent || uncertain;
    OutboxChange change;
    change.draftId = job.draftId;
    change.update = {job};
    commit(change);
    q->m_lastError = error.text();
    qCInfo(lcOutbox).noquote() << "job" << job.id << outboxJobKindKey(job.kind) << "retry"
                               << job.attempts << "http" << error.httpStatus << "kind"
                               << int(error.kind) << "next in" << t.msecsTo(job.nextAttempt) << "ms"
                               << (job.maybeSent ? "(may have been sent)" : "");
    if (error.kind == ApiError::Kind::Offline)
        setOnline(false, "a request could not reach the service");
    else if (!error.retryable())
        errorSticky = true; // unauthorized, TLS or settings: the rep or an administrator acts
    if (error.kind == ApiError::Kind::Unauthorized)
        needsSignIn = true;
    release(job);
}

QString Outbox::Private::consentText(sync::ConsentStatus consent)
{
    switch (consent) {
    case sync::ConsentStatus::Active:
        return tr("The customer's Teams tenant has given the carrier its consent.");
    case sync::ConsentStatus::Pending:
        return tr("The customer's consent in the Teams admin center is pending.");
    case sync::ConsentStatus::Declined:
        return tr("The customer declined the carrier in the Teams admin center: the numbers "
                  "cannot be uploaded until the customer gives consent.");
    case sync::ConsentStatus::None:
        return tr("The customer has not given the carrier consent in the Teams admin center "
                  "yet.");
    }
    return {};
}

QString Outbox::Private::officeLabel(const Order &order, const QString &officeId) const
{
    const OfficeRef ref = findOffice(order, officeId);
    if (!ref.valid())
        return tr("An office");
    const QString code = order.countries.at(ref.country).country;
    const CountryInfo *info = catalog.country(code);
    return tr("Office %1 in %2").arg(ref.office + 1).arg(info ? info->inText() : code);
}

// ---- address validation ----

void Outbox::Private::runValidate(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const OfficeRef ref = order ? findOffice(*order, job.officeId) : OfficeRef();
    if (!ref.valid()) {
        done(job); // the draft or the office is gone
        return;
    }
    const Office &office = order->countries.at(ref.country).offices.at(ref.office);
    const QJsonObject snapshot = fromBytes(job.payload);
    if (addressToJson(office.address) != snapshot) {
        done(job); // edited since: a validation of the new address is the rep's to ask for
        return;
    }
    const QString label = officeLabel(*order, job.officeId);
    address.validate(
        office.address, q,
        [this, job, snapshot, label](const ApiResponse &response,
                                     const sync::AddressValidationResult &result) {
            if (!response.ok()) {
                if (response.error.kind != ApiError::Kind::Rejected) {
                    retry(job, response.error, false);
                    return;
                }
                modify(job.draftId, [&](Order &o) {
                    Office *of = officeIn(o, job.officeId);
                    if (of && addressToJson(of->address) == snapshot)
                        of->validationRequested = false;
                });
                failed(job,
                       tr("%1: the address service refused the address. %2")
                           .arg(label, response.error.text()),
                       response.error.field);
                return;
            }
            using Outcome = sync::AddressValidationResult::Outcome;
            bool applied = false;
            modify(job.draftId, [&](Order &o) {
                Office *of = officeIn(o, job.officeId);
                if (!of || addressToJson(of->address) != snapshot)
                    return; // edited meanwhile: the answer is for another address
                applied = true;
                of->validationRequested = false;
                if (result.outcome == Outcome::Success) {
                    of->validation = AddressValidation::Validated;
                    of->validatedAddressId = result.addressId;
                    of->geocode = result.geocode;
                } else if (result.outcome == Outcome::Fails) {
                    of->validation = AddressValidation::Failed;
                }
            });
            if (!applied) {
                qCInfo(lcOutbox) << "job" << job.id
                                 << "validation not applied: the address changed";
                done(job);
                return;
            }
            switch (result.outcome) {
            case Outcome::Success:
                emit q->draftUpdated(job.draftId, tr("%1: the address is validated.").arg(label));
                done(job);
                break;
            case Outcome::Partial:
                // Not validated: the rep picks one of the service's addresses,
                // which is then validated as a new address.
                emit q->addressAlternatives(job.draftId, job.officeId, result.alternatives);
                emit q->draftUpdated(job.draftId,
                                     tr("%1: the address service suggests corrected addresses: "
                                        "choose one, then validate it.")
                                         .arg(label));
                done(job);
                break;
            case Outcome::Fails:
                failed(job,
                       tr("%1: the address service could not confirm the address: "
                          "correct it and validate it again.")
                           .arg(label),
                       QStringLiteral("address"));
                break;
            }
        });
}

// ---- number reservation ----

void Outbox::Private::runReserve(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const OfficeRef ref = order ? findOffice(*order, job.officeId) : OfficeRef();
    if (!ref.valid()) {
        done(job);
        return;
    }
    const CountryOrder &country = order->countries.at(ref.country);
    const Office &office = country.offices.at(ref.office);
    if (!office.reservationRequested || isReserved(office)) {
        done(job); // withdrawn by the rep (counts or area code changed), or done already
        return;
    }
    const QString label = officeLabel(*order, job.officeId);
    auto giveUp = [this, job](const QString &message, const QString &field) {
        modify(job.draftId, [&](Order &o) {
            if (Office *of = officeIn(o, job.officeId))
                of->reservationRequested = false;
        });
        failed(job, message, field);
    };
    if (office.validation == AddressValidation::Failed) {
        giveUp(tr("%1: the address could not be validated, so no numbers were reserved: correct "
                  "the address, validate it, then reserve again.")
                   .arg(label),
               QStringLiteral("address"));
        return;
    }
    if (office.validation != AddressValidation::Validated || office.validatedAddressId.isEmpty()) {
        giveUp(tr("%1: the address is not validated, so no numbers were reserved: validate it, "
                  "then reserve again.")
                   .arg(label),
               QStringLiteral("address"));
        return;
    }
    sync::ReservationRequest request;
    if (order->customer.kind != CustomerKind::Prospect)
        request.ocn = country.ocn.isEmpty() ? order->customer.ocn : country.ocn;
    request.addressId = office.validatedAddressId;
    request.country = country.country;
    request.areaCode = office.areaCode;
    request.userNumbers = office.userNumbers;
    request.resourceAccountNumbers = office.resourceAccountNumbers;
    // One key per reservation request, kept in the job so a retry (even after a restart) asks
    // for the same reservation: the service answers a repeat with the first one. The request's
    // hash is part of it: counts changed on a waiting job make a new request, not a replay.
    QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(toBytes(sync::NumberClient::requestBody(request)),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(12));
    QString key = payload.value(QLatin1String("idempotencyKey")).toString();
    OutboxJob keyed = job;
    if (!key.endsWith(hash)) {
        key = QStringLiteral("od-rsv-%1-%2-%3-%4")
                  .arg(job.id)
                  .arg(order->reference, job.officeId, hash);
        payload.insert(QStringLiteral("idempotencyKey"), key);
        keyed.payload = toBytes(payload);
        if (!store->updateJob(keyed)) {
            ApiError local;
            local.kind = ApiError::Kind::Server;
            retry(job, local, false);
            return;
        }
    }
    request.idempotencyKey = key;
    const QJsonObject asked = reservationSnapshot(office);
    numbers.reserve(
        request, q,
        [this, job = keyed, asked, label, giveUp, areaCode = office.areaCode](
            const ApiResponse &response, const sync::NumberReservation &reservation) {
            if (!response.ok()) {
                if (response.error.kind != ApiError::Kind::Rejected) {
                    // A lost reply may leave a reservation behind: the retry carries the same
                    // Idempotency-Key and gets that reservation back.
                    retry(job, response.error, false);
                } else if (response.httpStatus == 409) {
                    giveUp(tr("%1: no more numbers free in area code %2: choose another area "
                              "code or fewer numbers.")
                               .arg(label, areaCode),
                           QStringLiteral("areaCode"));
                } else {
                    giveUp(tr("%1: the number service refused the reservation. %2")
                               .arg(label, response.error.text()),
                           response.error.field);
                }
                return;
            }
            bool applied = false;
            modify(job.draftId, [&](Order &o) {
                Office *of = officeIn(o, job.officeId);
                if (!of || !of->reservationRequested || isReserved(*of) ||
                    reservationSnapshot(*of) != asked)
                    return; // changed meanwhile: these numbers are not the ones wanted now
                applied = true;
                of->reservationId = reservation.id;
                of->reservedNumbers = reservation.numbers;
                of->reservationRequested = false;
            });
            if (!applied) {
                qCInfo(lcOutbox) << "job" << job.id
                                 << "reservation not wanted any more: releasing it";
                numbers.release(reservation.id, q, [id = job.id](const ApiResponse &r) {
                    if (!r.ok()) // it expires on its own
                        qCInfo(lcOutbox) << "job" << id << "release failed, http" << r.httpStatus;
                });
                done(job);
                return;
            }
            emit q->draftUpdated(job.draftId, tr("%1: %n number(s) reserved.", nullptr,
                                                 int(reservation.numbers.size()))
                                                  .arg(label));
            done(job);
        });
}

// ---- account check ----

void Outbox::Private::runAccountCheck(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    if (!order) {
        done(job);
        return;
    }
    const Customer customer = order->customer;
    if (customer.kind != CustomerKind::Existing || customer.ocn.trimmed().isEmpty()) {
        emit q->accountChecked(job.draftId, false,
                               tr("Only an existing customer's OCN and e-mail address can be "
                                  "checked with the carrier."));
        done(job);
        return;
    }
    accounts.billingAccounts(
        customer.ocn.trimmed(), q,
        [this, job, customer, order](const ApiResponse &response,
                                     const QList<sync::BillingAccount> &list) {
            auto sameCustomer = [&customer](const Order &o) {
                return o.customer.ocn == customer.ocn &&
                       o.customer.accountEmail == customer.accountEmail;
            };
            if (!response.ok() && response.error.kind != ApiError::Kind::Rejected) {
                retry(job, response.error, false);
                return;
            }
            const bool verified =
                response.ok() && sync::AccountClient::emailMatches(list, customer.accountEmail);
            modify(job.draftId, [&](Order &o) {
                if (sameCustomer(o))
                    o.customer.verified = verified;
            });
            if (verified) {
                const QString message =
                    tr("The customer is verified: the e-mail address belongs to the OCN.");
                const QString tenantId = order->tenantId.trimmed();
                if (tenantId.isEmpty()) {
                    emit q->accountChecked(job.draftId, true, message);
                    emit q->draftUpdated(job.draftId, message);
                    done(job);
                    return;
                }
                // The tenant's consent only informs the rep: it never fails the check.
                accounts.consent(
                    tenantId, q,
                    [this, job, message](const ApiResponse &answer, sync::ConsentStatus consent) {
                        QString text = message;
                        if (answer.ok())
                            text += QLatin1Char(' ') + consentText(consent);
                        emit q->accountChecked(job.draftId, true, text);
                        emit q->draftUpdated(job.draftId, text);
                        done(job);
                    });
                return;
            }
            const QString message =
                response.ok()
                    ? tr("The customer could not be verified: the e-mail address is not one of "
                         "the OCN's account addresses. Check both with the customer.")
                    : tr("The customer could not be verified: %1").arg(response.error.text());
            emit q->accountChecked(job.draftId, false, message);
            failed(job, message,
                   response.ok() ? QStringLiteral("customer.accountEmail") : response.error.field);
        });
}

// ---- submission ----

void Outbox::Private::runSubmit(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const Result<DraftSummary> summary = store->summary(job.draftId);
    if (!order || !summary || summary->status != DraftStatus::Queued) {
        qCInfo(lcOutbox) << "job" << job.id << "draft no longer queued: not sent";
        done(job);
        return;
    }
    // After the rep's checks ran: what still blocks sending goes back to the rep.
    Problems errors;
    for (const Problem &p : Rules(catalog, now().date()).checkOrder(*order))
        if (p.isError())
            errors.append(p);
    if (!errors.isEmpty()) {
        QString reason = errors.first().message;
        QString field = errors.first().field;
        // "Not verified yet" after the account check queued with the order failed would read
        // as if the check were still to come: the check's own answer says what to fix.
        if (field == QLatin1String("customer.verified")) {
            const RemoteDetails r = remote(job.draftId);
            const Result<QList<OutboxJob>> jobs = store->jobsOf(job.draftId);
            if (jobs && !r.problem.isEmpty())
                for (const OutboxJob &j : jobs.value())
                    if (j.kind == OutboxJob::Kind::AccountCheck && j.id < job.id &&
                        j.state == OutboxJob::State::Failed && j.lastError == r.problem) {
                        reason = j.lastError;
                        if (!j.lastErrorField.isEmpty())
                            field = j.lastErrorField;
                    }
        }
        QString message = tr("Order %1 was not sent: %2").arg(order->reference, reason);
        if (errors.size() > 1)
            message +=
                QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, int(errors.size() - 1));
        backToDraft(job, message, field);
        return;
    }
    if (job.maybeSent)
        lookUp(job, *order);
    else
        post(job, *order);
}

void Outbox::Private::lookUp(const OutboxJob &job, const Order &order)
{
    // An earlier attempt may have created the order: ask before sending it again.
    ordering.findByExternalId(
        order.reference, q,
        [this, job, order](const ApiResponse &response, const QList<sync::RemoteOrder> &found) {
            if (!response.ok()) {
                retry(job, response.error, false);
                return;
            }
            if (!found.isEmpty()) {
                qCInfo(lcOutbox) << "job" << job.id
                                 << "order found by its reference: not sent again";
                created(job, order, found.first());
                return;
            }
            post(job, order);
        });
}

bool Outbox::Private::markMaybeSent(const OutboxJob &job)
{
    // Marked before sending: a crash with the request on the wire, or a lost reply, leads to a
    // look-up, never a blind resend. Not marked, it is not sent (tried again later).
    OutboxJob marked = job;
    marked.maybeSent = true;
    if (store->updateJob(marked))
        return true;
    ApiError local;
    local.kind = ApiError::Kind::Server;
    retry(job, local, false);
    return false;
}

void Outbox::Private::post(const OutboxJob &job, const Order &order)
{
    if (!markMaybeSent(job))
        return;
    const QJsonObject body = sync::productOrderFromOrder(order, catalog);
    ordering.create(
        body, q,
        [this, job, order](const ApiResponse &response, const sync::RemoteOrder &remoteOrder) {
            if (response.ok()) {
                created(job, order, remoteOrder);
                return;
            }
            const ApiError &e = response.error;
            if (e.kind == ApiError::Kind::Rejected && e.httpStatus == 409 && !job.maybeSent) {
                // A conflict may be this very order: look it up first.
                OutboxJob again = job;
                again.maybeSent = true;
                again.nextAttempt = now();
                again.lastError = e.text();
                OutboxChange change;
                change.draftId = job.draftId;
                change.update = {again};
                commit(change);
                release(job);
                return;
            }
            if (e.kind == ApiError::Kind::Rejected) {
                backToDraft(job, tr("Order %1 was not accepted: %2").arg(order.reference, e.text()),
                            e.field);
                return;
            }
            retry(job, e, mayHaveBeenDone(e));
        });
}

void Outbox::Private::created(const OutboxJob &job, const Order &order,
                              const sync::RemoteOrder &remoteOrder)
{
    const SubmissionPath path = order.submissionPath();
    RemoteDetails r = remote(job.draftId);
    r.orderId = remoteOrder.id;
    r.orderState = remoteOrder.state;
    r.problem.clear();
    r.changed = now();
    r.unseenChange = true;
    OutboxChange change;
    change.remote = r;
    change.status = draftStatusForRemote(remoteOrder.state, r.envelopeStatus, path)
                        .value_or(DraftStatus::Submitted);
    if (path == SubmissionPath::Signature && r.envelopeId.isEmpty()) {
        OutboxJob envelope;
        envelope.draftId = job.draftId;
        envelope.kind = OutboxJob::Kind::CreateEnvelope;
        envelope.nextAttempt = now();
        change.add.append(envelope);
    }
    OutboxJob poll;
    poll.draftId = job.draftId;
    poll.kind = OutboxJob::Kind::Poll;
    poll.nextAttempt = now().addMSecs(options.pollFirstMs);
    poll.payload = toBytes({{QStringLiteral("intervalMs"), options.pollFirstMs}});
    change.add.append(poll);
    const DraftStatus status = *change.status;
    qCInfo(lcOutbox).noquote() << "job" << job.id << "order created, state" << remoteOrder.state;
    done(job, change);
    emit q->draftUpdated(
        job.draftId,
        tr("Order %1 was sent to the carrier: %2.").arg(order.reference, draftStatusLabel(status)));
}

void Outbox::Private::backToDraft(const OutboxJob &job, const QString &message,
                                  const QString &field)
{
    OutboxChange change;
    change.status = DraftStatus::Draft;
    RemoteDetails r = remote(job.draftId);
    r.problem = message;
    r.changed = now();
    r.unseenChange = true;
    change.remote = r;
    failed(job, message, field, change);
    emit q->draftUpdated(job.draftId, message);
}

// ---- signature envelope ----

void Outbox::Private::runEnvelope(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const RemoteDetails r = remote(job.draftId);
    if (!order || !r.envelopeId.isEmpty()) {
        done(job);
        return;
    }
    if (job.maybeSent)
        lookUpEnvelope(job, *order);
    else
        postEnvelope(job, *order);
}

void Outbox::Private::lookUpEnvelope(const OutboxJob &job, const Order &order)
{
    // DocuSign takes no idempotency key: an earlier attempt may have created the envelope, so
    // it is looked up by the order reference (custom field) before sending it again.
    const QDateTime since = job.created.isValid() ? job.created : now().addDays(-30);
    const QString reference = order.reference;
    const SubmissionPath path = order.submissionPath();
    signature.findByOrderReference(
        reference, since, q,
        [this, job, order, reference, path](const ApiResponse &response,
                                            const QList<sync::Envelope> &found) {
            if (!response.ok()) {
                retry(job, response.error, false);
                return;
            }
            // A second envelope of the order (sent again after a decline) must not be taken for
            // the first one: envelopes known before this job, or made before it, are not its.
            QStringList earlier;
            for (const QJsonValue &v :
                 fromBytes(job.payload).value(QLatin1String("earlierEnvelopes")).toArray())
                earlier << v.toString();
            if (const sync::Envelope *e =
                    sync::SignatureClient::newestUsable(found, job.created, earlier)) {
                qCInfo(lcOutbox) << "job" << job.id
                                 << "envelope found by its order reference: not sent again";
                envelopeCreated(job, *e, reference, path);
                return;
            }
            postEnvelope(job, order);
        });
}

void Outbox::Private::postEnvelope(const OutboxJob &job, const Order &order)
{
    const bool porting = order.submissionPath() == SubmissionPath::Porting;
    sync::EnvelopeRequest request;
    request.emailSubject =
        porting
            ? tr("Please sign: porting paperwork of Operator Connect order %1").arg(order.reference)
            : tr("Please sign: Operator Connect order %1").arg(order.reference);
    if (porting)
        for (const CountryOrder &country : order.countries) {
            const CountryInfo *info = catalog.country(country.country);
            if (country.keepNumbers && info && info->portingFormNeedsStamp)
                request.companyStamp = true;
        }
    request.signerName = order.signatory.name;
    request.signerEmail = order.signatory.email;
    request.orderReference = order.reference;
    if (!options.envelopeDocuments) {
        request.documents = {{tr("Contract %1").arg(order.reference), orderSummaryPdf(order)}};
        sendEnvelope(job, order, request);
        return;
    }
    // A large order's contract and forms take a second or more to lay out: they are built on a
    // worker thread, and the job stays in flight meanwhile.
    using Built = Result<QList<sync::EnvelopeDocument>>;
    runInBackground<Built>([build = options.envelopeDocuments, order] { return build(order); }, q,
                           [this, job, order, request](const Built &documents) mutable {
                               if (!documents) {
                                   failed(job, documents.error(), QString());
                                   return;
                               }
                               request.documents = documents.value();
                               sendEnvelope(job, order, request);
                           });
}

void Outbox::Private::sendEnvelope(const OutboxJob &job, const Order &order,
                                   const sync::EnvelopeRequest &request)
{
    if (!markMaybeSent(job))
        return;
    const QString reference = order.reference;
    const SubmissionPath path = order.submissionPath();
    signature.create(
        request, q,
        [this, job, reference, path](const ApiResponse &response, const sync::Envelope &envelope) {
            if (!response.ok()) {
                const ApiError &e = response.error;
                if (e.kind == ApiError::Kind::Rejected)
                    failed(job,
                           path == SubmissionPath::Porting
                               ? tr("The porting paperwork of order %1 could not be sent for "
                                    "signature. %2")
                                     .arg(reference, e.text())
                               : tr("The contract of order %1 could not be sent for "
                                    "signature. %2")
                                     .arg(reference, e.text()),
                           e.field);
                else
                    retry(job, e, mayHaveBeenDone(e));
                return;
            }
            envelopeCreated(job, envelope, reference, path);
        });
}

void Outbox::Private::envelopeCreated(const OutboxJob &job, const sync::Envelope &envelope,
                                      const QString &reference, SubmissionPath path)
{
    RemoteDetails d = remote(job.draftId);
    d.envelopeId = envelope.id;
    d.envelopeStatus = envelope.status;
    d.changed = now();
    d.unseenChange = true;
    OutboxChange change;
    change.remote = d;
    const Result<DraftSummary> s = store->summary(job.draftId);
    const std::optional<DraftStatus> status =
        draftStatusForRemote(d.orderState, d.envelopeStatus, path);
    if (status && s && s->status != *status)
        change.status = status;
    if (envelope.status == QLatin1String("completed")) // found signed already (a look-up)
        afterSigning(change, job.draftId, envelope.id);
    done(job, change);
    emit q->draftUpdated(
        job.draftId,
        path == SubmissionPath::Porting
            ? tr("The porting paperwork of order %1 was sent for signature.").arg(reference)
            : tr("The contract of order %1 was sent for signature.").arg(reference));
}

OutboxJob Outbox::Private::newJob(qint64 draftId, OutboxJob::Kind kind,
                                  const QJsonObject &payload) const
{
    OutboxJob job;
    job.draftId = draftId;
    job.kind = kind;
    job.payload = toBytes(payload);
    job.nextAttempt = now();
    job.created = now();
    return job;
}

void Outbox::Private::afterSigning(OutboxChange &change, qint64 draftId, const QString &envelopeId)
{
    // The signed PDF is kept with the draft; on the porting path the carrier is then told.
    const Result<QList<OutboxJob>> waiting = store->waitingJobs(draftId);
    if (waiting)
        for (const OutboxJob &j : waiting.value())
            if (j.kind == OutboxJob::Kind::DownloadSigned)
                return;
    change.add.append(newJob(draftId, OutboxJob::Kind::DownloadSigned,
                             {{QStringLiteral("envelopeId"), envelopeId}}));
}

// ---- status polling ----

void Outbox::Private::runPoll(const OutboxJob &job)
{
    const RemoteDetails r = remote(job.draftId);
    if (r.orderId.isEmpty()) {
        done(job);
        return;
    }
    ordering.get(r.orderId, q,
                 [this, job, r](const ApiResponse &response, const sync::RemoteOrder &order) {
                     if (!response.ok()) {
                         pollRetry(job, response.error);
                         return;
                     }
                     if (!r.envelopeId.isEmpty() && !isFinalEnvelope(r.envelopeStatus))
                         pollEnvelope(job, order, r);
                     else
                         pollDone(job, order, std::nullopt);
                 });
}

void Outbox::Private::pollEnvelope(const OutboxJob &job, const sync::RemoteOrder &remoteOrder,
                                   const RemoteDetails &before)
{
    signature.get(before.envelopeId, q,
                  [this, job, remoteOrder, asked = before.envelopeId](
                      const ApiResponse &response, const sync::Envelope &envelope) {
                      if (!response.ok()) {
                          pollRetry(job, response.error);
                          return;
                      }
                      // Sent again meanwhile: this answer is about the envelope that was replaced.
                      if (remote(job.draftId).envelopeId != asked) {
                          pollDone(job, remoteOrder, std::nullopt);
                          return;
                      }
                      pollDone(job, remoteOrder, envelope);
                  });
}

void Outbox::Private::pollRetry(OutboxJob job, const ApiError &error)
{
    // Polls keep their own rhythm: the interval doubles up to the cap, whatever the error.
    QJsonObject state = fromBytes(job.payload);
    const int interval = std::min<qint64>(
        std::max(options.pollFirstMs, state.value(QStringLiteral("intervalMs")).toInt()) * 2LL,
        std::max(options.pollFirstMs, options.pollCapMs));
    state.insert(QStringLiteral("intervalMs"), interval);
    job.payload = toBytes(state);
    job.lastError = error.text();
    job.lastErrorField = error.field;
    job.nextAttempt = error.kind == ApiError::Kind::Offline ? now() : now().addMSecs(interval);
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSecs >= 0)
        job.nextAttempt = now().addSecs(error.retryAfterSecs);
    OutboxChange change;
    change.draftId = job.draftId;
    change.update = {job};
    commit(change);
    if (error.kind == ApiError::Kind::Unauthorized)
        needsSignIn = true;
    if (error.kind == ApiError::Kind::Offline)
        setOnline(false, "a status poll could not reach the service");
    else if (!error.retryable() && error.kind != ApiError::Kind::Rejected)
        errorSticky = true;
    qCInfo(lcOutbox) << "job" << job.id << "poll failed, http" << error.httpStatus;
    release(job);
}

void Outbox::Private::pollDone(const OutboxJob &job, const sync::RemoteOrder &remoteOrder,
                               const std::optional<sync::Envelope> &envelope)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const Result<DraftSummary> summary = store->summary(job.draftId);
    if (!order || !summary) {
        done(job);
        return;
    }
    const RemoteDetails before = remote(job.draftId);
    RemoteDetails after = before;
    if (!remoteOrder.state.isEmpty())
        after.orderState = remoteOrder.state;
    QStringList messages;
    bool declined = false;
    bool signedNow = false;
    const bool porting = order->submissionPath() == SubmissionPath::Porting;
    if (envelope && !envelope->status.isEmpty() && envelope->status != before.envelopeStatus) {
        after.envelopeStatus = envelope->status;
        if (envelope->status == QLatin1String("completed")) {
            QDate signedOn = envelope->completed.isValid()       ? envelope->completed.date()
                             : envelope->statusChanged.isValid() ? envelope->statusChanged.date()
                                                                 : now().date();
            after.handlingDate = expectedHandlingDate(*order, catalog, signedOn);
            messages << tr("The customer signed order %1; the carrier expects to handle it by %2.")
                            .arg(order->reference,
                                 QLocale().toString(after.handlingDate, QLocale::ShortFormat));
            signedNow = true;
        } else if (envelope->status == QLatin1String("declined") ||
                   envelope->status == QLatin1String("voided")) {
            declined = true;
            if (porting)
                after.problem =
                    envelope->status == QLatin1String("declined")
                        ? tr("The customer declined to sign the porting paperwork of order %1. "
                             "Talk to the customer, then send it for signature again: the "
                             "numbers are not ported without signed paperwork.")
                              .arg(order->reference)
                        : tr("The signature request for the porting paperwork of order %1 was "
                             "voided. Send it for signature again: the numbers are not ported "
                             "without signed paperwork.")
                              .arg(order->reference);
            else
                after.problem =
                    envelope->status == QLatin1String("declined")
                        ? tr("The customer declined to sign the contract of order %1. Talk to "
                             "the customer, then send it for signature again: the order is not "
                             "handled without a signed contract.")
                              .arg(order->reference)
                        : tr("The signature request for order %1 was voided. Send it for "
                             "signature again: the order is not handled without a signed "
                             "contract.")
                              .arg(order->reference);
            messages << after.problem;
        }
    }
    const std::optional<DraftStatus> status =
        draftStatusForRemote(after.orderState, after.envelopeStatus, order->submissionPath());
    const bool statusChanged = status && *status != summary->status;
    if (statusChanged)
        messages.prepend(
            tr("Order %1 has a new status: %2.").arg(order->reference, draftStatusLabel(*status)));
    const bool changed = statusChanged || after.orderState != before.orderState ||
                         after.envelopeStatus != before.envelopeStatus;
    OutboxJob next = job;
    QJsonObject state = fromBytes(job.payload);
    const int previous = state.value(QStringLiteral("intervalMs")).toInt(options.pollFirstMs);
    const int interval =
        changed ? options.pollFirstMs
                : int(std::min<qint64>(std::max(options.pollFirstMs, previous) * 2LL,
                                       std::max(options.pollFirstMs, options.pollCapMs)));
    state.insert(QStringLiteral("intervalMs"), interval);
    next.payload = toBytes(state);
    next.attempts = 0;
    next.lastError.clear();
    next.lastErrorField.clear();
    next.nextAttempt = now().addMSecs(interval);
    const bool finished = isFinalState(after.orderState);
    if (finished)
        next.state = OutboxJob::State::Done;
    OutboxChange change;
    change.draftId = job.draftId;
    change.update = {next};
    if (statusChanged)
        change.status = status;
    if (changed) {
        after.changed = now();
        after.unseenChange = true;
        change.remote = after;
    }
    if (signedNow)
        afterSigning(change, job.draftId, after.envelopeId);
    commit(change);
    if (!finished)
        errorSticky = false;
    qCInfo(lcOutbox).noquote() << "job" << job.id << "polled: state" << after.orderState
                               << "envelope" << after.envelopeStatus << "next in" << interval
                               << "ms" << (finished ? "(finished)" : "");
    release(job);
    if (changed && !messages.isEmpty())
        emit q->draftUpdated(job.draftId, messages.join(QLatin1Char(' ')));
    if (declined)
        emit q->problem(job.draftId, after.problem);
}

// ---- the signed documents and the paperwork ----

void Outbox::Private::runDownload(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const RemoteDetails r = remote(job.draftId);
    const QString envelopeId = fromBytes(job.payload).value(QLatin1String("envelopeId")).toString();
    if (!order || envelopeId.isEmpty() || r.envelopeId != envelopeId) {
        done(job); // the draft is gone, or the paperwork was sent for signature again
        return;
    }
    const QString reference = order->reference;
    const bool porting = order->submissionPath() == SubmissionPath::Porting;
    signature.combinedDocument(
        envelopeId, q, [this, job, reference, porting, envelopeId](const ApiResponse &response) {
            RemoteDetails d = remote(job.draftId);
            OutboxChange change;
            // The carrier is told on the porting path even when the PDF cannot be kept: the
            // signed paperwork is in the envelope, which the note names.
            if (porting && !d.paperworkSent.isValid())
                change.add.append(newJob(job.draftId, OutboxJob::Kind::SendPaperwork,
                                         {{QStringLiteral("envelopeId"), envelopeId},
                                          {QStringLiteral("date"), now().toString(Qt::ISODate)}}));
            if (!response.ok()) {
                const ApiError &e = response.error;
                if (e.kind == ApiError::Kind::Rejected)
                    failed(job,
                           tr("The signed documents of order %1 could not be downloaded. %2")
                               .arg(reference, e.text()),
                           e.field, change);
                else
                    retry(job, e, false);
                return;
            }
            const StoredDocument signedPdf{QStringLiteral("signed"),
                                           reference + QStringLiteral("-signed.pdf"), response.body,
                                           now()};
            const Result<bool> kept = store->keepDocument(job.draftId, signedPdf);
            if (!kept) {
                q->m_lastError = kept.error();
                ApiError local;
                local.kind = ApiError::Kind::Server;
                local.message = kept.error();
                retry(job, local, false);
                return;
            }
            d.signedKept = now();
            d.changed = now();
            d.unseenChange = true;
            change.remote = d;
            qCInfo(lcOutbox) << "job" << job.id << "signed documents kept," << response.body.size()
                             << "bytes";
            done(job, change);
            emit q->draftUpdated(
                job.draftId,
                tr("The signed documents of order %1 are kept with the draft.").arg(reference));
        });
}

void Outbox::Private::runSendPaperwork(const OutboxJob &job)
{
    const std::optional<Order> order = access.read ? access.read(job.draftId) : std::nullopt;
    const RemoteDetails r = remote(job.draftId);
    const QJsonObject payload = fromBytes(job.payload);
    const QString envelopeId = payload.value(QLatin1String("envelopeId")).toString();
    if (!order || r.orderId.isEmpty() || r.paperworkSent.isValid() || envelopeId.isEmpty() ||
        r.envelopeId != envelopeId) {
        done(job); // gone, sent already, or another envelope is the paperwork now
        return;
    }
    QDateTime date =
        QDateTime::fromString(payload.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!date.isValid())
        date = job.created.isValid() ? job.created : now();
    // The same body on every attempt: a repeat after a lost reply changes nothing.
    const QJsonObject body = sync::OrderingClient::addNoteBody(
        sync::productOrderFromOrder(*order, catalog),
        sync::OrderingClient::signedPaperworkNote(envelopeId, date));
    const QString reference = order->reference;
    const SubmissionPath path = order->submissionPath();
    ordering.update(
        r.orderId, body, q,
        [this, job, reference, path](const ApiResponse &response,
                                     const sync::RemoteOrder &remoteOrder) {
            if (!response.ok()) {
                const ApiError &e = response.error;
                if (e.kind == ApiError::Kind::Rejected)
                    failed(job,
                           tr("The carrier did not accept the signed paperwork of order %1. %2")
                               .arg(reference, e.text()),
                           e.field);
                else
                    retry(job, e, false);
                return;
            }
            RemoteDetails d = remote(job.draftId);
            d.paperworkSent = now();
            if (!remoteOrder.state.isEmpty())
                d.orderState = remoteOrder.state;
            d.changed = now();
            d.unseenChange = true;
            OutboxChange change;
            change.remote = d;
            const Result<DraftSummary> s = store->summary(job.draftId);
            const std::optional<DraftStatus> status =
                draftStatusForRemote(d.orderState, d.envelopeStatus, path);
            if (status && s && s->status != *status)
                change.status = status;
            qCInfo(lcOutbox) << "job" << job.id << "signed paperwork sent, state"
                             << remoteOrder.state;
            done(job, change);
            emit q->draftUpdated(
                job.draftId,
                tr("The signed paperwork of order %1 was sent to the carrier.").arg(reference));
        });
}

QList<PaperworkItem> paperworkChecklist(const Order &order, const Catalog &catalog,
                                        const RemoteDetails &remote)
{
    QList<PaperworkItem> items;
    if (order.submissionPath() != SubmissionPath::Porting)
        return items;
    const QList<documents::PortingForm> forms = documents::portingForms(order, catalog);
    const bool declined = remote.envelopeStatus == QLatin1String("declined") ||
                          remote.envelopeStatus == QLatin1String("voided");
    const bool sent = !remote.envelopeId.isEmpty();
    for (const CountryOrder &country : order.countries) {
        if (!country.keepNumbers)
            continue;
        PaperworkItem item;
        item.country = country.country;
        item.forms =
            int(std::count_if(forms.cbegin(), forms.cend(), [&](const documents::PortingForm &f) {
                return f.country == country.country;
            }));
        // An envelope carries the forms, so they were produced even if the rep never looked.
        item.generated = remote.formsGenerated.isValid() || sent;
        item.declined = sent && declined;
        item.sentForSignature = sent && !declined;
        item.signedByCustomer = sent && remote.envelopeStatus == QLatin1String("completed");
        item.sentToCarrier = remote.paperworkSent.isValid();
        items.append(item);
    }
    return items;
}

// ---- Outbox ----

Outbox::Outbox(DraftStore *store, sync::ApiClient *api, const Catalog &catalog, QObject *parent)
    : Outbox(store, api, catalog, Options(), parent)
{}

Outbox::Outbox(DraftStore *store, sync::ApiClient *api, const Catalog &catalog,
               const Options &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, store, api, catalog, options))
{
    d->access = defaultOrderAccess();
    d->tick.setInterval(std::max(1, options.tickMs));
    connect(&d->tick, &QTimer::timeout, this, [this] { d->pump(); });
    connect(&d->probeTimer, &QTimer::timeout, this, [this] { d->probe(); });
    if (sync::Authenticator *auth = api->authenticator())
        connect(auth, &sync::Authenticator::tokenReady, this, [this] {
            if (d->needsSignIn) {
                d->needsSignIn = false;
                d->errorSticky = false;
                d->updateState();
                d->kick();
            }
        });
    connect(api, &sync::ApiClient::reachabilityObserved, this, [this](bool reached) {
        d->setOnline(reached, reached ? "a service answered" : "a service could not be reached");
    });
}

Outbox::~Outbox() = default;

void Outbox::setOrderAccess(const OrderAccess &access)
{
    d->access = access;
}

OrderAccess Outbox::defaultOrderAccess() const
{
    DraftStore *store = d->store;
    OrderAccess access;
    access.read = [store](qint64 draftId) -> std::optional<Order> {
        Result<Draft> draft = store->loadDraft(draftId);
        if (!draft)
            return std::nullopt;
        return std::move(draft).value().order;
    };
    access.modify = [store](qint64 draftId, const std::function<void(Order &)> &change) {
        Result<Draft> draft = store->loadDraft(draftId);
        if (!draft)
            return false;
        Order order = draft->order;
        change(order);
        if (order == draft->order)
            return true;
        return store->saveDraft(draftId, order).ok();
    };
    return access;
}

void Outbox::start()
{
    if (d->started)
        return;
    d->started = true;
    d->online = true;
    if (d->options.useNetworkInformation && QNetworkInformation::loadDefaultBackend()) {
        QNetworkInformation *info = QNetworkInformation::instance();
        auto apply = [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Disconnected)
                d->setOnline(false, "the system reports no network");
            else if (r == QNetworkInformation::Reachability::Online)
                d->setOnline(true, "the system reports the network");
            else if (!d->online)
                d->probe(); // local or site only: ask the service itself
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
        if (info->reachability() == QNetworkInformation::Reachability::Disconnected)
            d->online = false;
    }
    if (!d->online)
        d->probeTimer.start(std::max(1, d->options.probeIntervalMs));
    // Orders queued while no outbox ran (an older version, or a crash between the two writes).
    if (const Result<QList<qint64>> orphans = d->store->queuedWithoutJobs())
        for (qint64 id : orphans.value())
            submit(id);
    d->tick.start();
    d->updateState();
    d->kick();
}

void Outbox::stop()
{
    d->started = false;
    d->tick.stop();
    d->probeTimer.stop();
    if (d->probeReply)
        d->probeReply->abort();
}

void Outbox::retryNow()
{
    d->errorSticky = false;
    d->needsSignIn = false; // the rep asked: the next request signs in again
    if (const Result<QList<OutboxJob>> waiting = d->store->waitingJobs()) {
        OutboxChange change;
        for (OutboxJob job : waiting.value()) {
            if (d->inFlight.value(job.draftId) == job.id)
                continue;
            job.nextAttempt = d->now();
            change.update.append(job);
        }
        if (!change.update.isEmpty())
            d->commit(change);
    }
    if (!d->online)
        d->probe();
    d->updateState();
    d->kick();
}

bool Outbox::isOnline() const
{
    return d->online;
}

bool Outbox::submit(qint64 draftId)
{
    const std::optional<Order> order = d->access.read ? d->access.read(draftId) : std::nullopt;
    const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId);
    if (!order || !waiting) {
        m_lastError = waiting ? tr("The draft no longer exists.") : waiting.error();
        return false;
    }
    auto has = [&](OutboxJob::Kind kind, const QString &officeId = QString()) {
        return std::any_of(waiting->cbegin(), waiting->cend(), [&](const OutboxJob &j) {
            return j.kind == kind && (officeId.isEmpty() || j.officeId == officeId);
        });
    };
    if (has(OutboxJob::Kind::SubmitOrder))
        return true;
    if (!d->remote(draftId).orderId.isEmpty()) {
        // Queued again it would be a second order at the carrier.
        m_lastError = tr("Order %1 was already sent to the carrier.").arg(order->reference);
        return false;
    }
    OutboxChange change;
    change.draftId = draftId;
    const QDateTime now = d->now();
    auto add = [&](OutboxJob::Kind kind, const QString &officeId, const QByteArray &payload) {
        OutboxJob job;
        job.draftId = draftId;
        job.kind = kind;
        job.officeId = officeId;
        job.payload = payload;
        job.nextAttempt = now;
        change.add.append(job);
    };
    // What the rep asked for and no job does yet runs first (an order queued by an older
    // version, or a request that could not be stored at the time).
    for (const CountryOrder &country : order->countries)
        for (const Office &office : country.offices) {
            if (office.validationRequested && office.validation != AddressValidation::Validated &&
                !has(OutboxJob::Kind::ValidateAddress, office.id))
                add(OutboxJob::Kind::ValidateAddress, office.id,
                    toBytes(addressToJson(office.address)));
            if (office.reservationRequested && !isReserved(office) &&
                !has(OutboxJob::Kind::Reserve, office.id))
                add(OutboxJob::Kind::Reserve, office.id, toBytes(reservationSnapshot(office)));
        }
    if (order->customer.kind == CustomerKind::Existing && !order->customer.verified &&
        !order->customer.ocn.trimmed().isEmpty() && !has(OutboxJob::Kind::AccountCheck))
        add(OutboxJob::Kind::AccountCheck, QString(), QByteArray());
    add(OutboxJob::Kind::SubmitOrder, QString(),
        toBytes({{QStringLiteral("reference"), order->reference}}));
    change.status = DraftStatus::Queued;
    RemoteDetails r = d->remote(draftId);
    if (!r.problem.isEmpty()) {
        r.problem.clear();
        change.remote = r;
    }
    if (!d->commit(change))
        return false;
    qCInfo(lcOutbox) << "draft" << draftId << "queued with" << change.add.size() << "jobs";
    d->updateState();
    d->kick();
    return true;
}

bool Outbox::canSendForSignature(qint64 draftId, QString *why) const
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const std::optional<Order> order = d->access.read ? d->access.read(draftId) : std::nullopt;
    if (!order)
        return no(tr("The draft no longer exists."));
    const RemoteDetails r = d->remote(draftId);
    if (r.orderId.isEmpty())
        return no(tr("Order %1 has not reached the carrier yet: send it for signature once the "
                     "carrier has it.")
                      .arg(order->reference));
    if (isFinalState(r.orderState))
        return no(tr("Order %1 is finished at the carrier (%2): nothing is left to sign.")
                      .arg(order->reference, r.orderState));
    const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId);
    if (!waiting)
        return no(waiting.error());
    for (const OutboxJob &j : waiting.value())
        if (j.kind == OutboxJob::Kind::CreateEnvelope)
            return no(tr("The signature request of order %1 is on its way.").arg(order->reference));
    const bool declined = r.envelopeStatus == QLatin1String("declined") ||
                          r.envelopeStatus == QLatin1String("voided");
    if (!r.envelopeId.isEmpty() && !declined) {
        if (r.envelopeStatus == QLatin1String("completed"))
            return no(tr("The customer has signed order %1 already.").arg(order->reference));
        return no(tr("Order %1 is out for signature: wait for the customer, or for a decline "
                     "before sending it again.")
                      .arg(order->reference));
    }
    if (why)
        why->clear();
    return true;
}

bool Outbox::sendForSignature(qint64 draftId, const Signatory &signatory)
{
    QString why;
    if (!canSendForSignature(draftId, &why)) {
        m_lastError = why;
        return false;
    }
    if (signatory.name.trimmed().isEmpty()) {
        m_lastError = tr("Enter the name of the person who signs for the customer.");
        return false;
    }
    if (!validators::isEmail(signatory.email.trimmed())) {
        m_lastError = tr("Enter a valid e-mail address for the person who signs for the customer.");
        return false;
    }
    Signatory stored = signatory;
    stored.name = stored.name.trimmed();
    stored.email = stored.email.trimmed();
    if (!d->modify(draftId, [&](Order &o) { o.signatory = stored; })) {
        m_lastError = tr("The signatory could not be saved with the draft.");
        return false;
    }
    const std::optional<Order> order = d->access.read ? d->access.read(draftId) : std::nullopt;
    const Result<QList<OutboxJob>> jobs = d->store->jobsOf(draftId);
    if (!order || !jobs) {
        m_lastError = jobs ? tr("The draft no longer exists.") : jobs.error();
        return false;
    }
    RemoteDetails r = d->remote(draftId);
    // The envelopes sent before are not this one, whatever a look-up after a lost reply finds.
    QJsonArray earlier;
    for (const OutboxJob &j : jobs.value())
        if (j.kind == OutboxJob::Kind::CreateEnvelope)
            for (const QJsonValue &v :
                 fromBytes(j.payload).value(QLatin1String("earlierEnvelopes")).toArray())
                if (!earlier.contains(v))
                    earlier.append(v);
    if (!r.envelopeId.isEmpty() && !earlier.contains(QJsonValue(r.envelopeId)))
        earlier.append(r.envelopeId);
    OutboxChange change;
    change.draftId = draftId;
    change.add.append(d->newJob(draftId, OutboxJob::Kind::CreateEnvelope,
                                {{QStringLiteral("earlierEnvelopes"), earlier}}));
    const bool pollWaits = std::any_of(jobs->cbegin(), jobs->cend(), [](const OutboxJob &j) {
        return j.kind == OutboxJob::Kind::Poll && j.state == OutboxJob::State::Waiting;
    });
    if (!pollWaits) {
        OutboxJob poll = d->newJob(draftId, OutboxJob::Kind::Poll,
                                   {{QStringLiteral("intervalMs"), d->options.pollFirstMs}});
        poll.nextAttempt = d->now().addMSecs(d->options.pollFirstMs);
        change.add.append(poll);
    }
    r.envelopeId.clear();
    r.envelopeStatus.clear();
    r.problem.clear();
    r.signedKept = QDateTime();
    if (order->submissionPath() == SubmissionPath::Porting && !r.formsGenerated.isValid())
        r.formsGenerated = d->now();
    r.changed = d->now();
    change.remote = r;
    const std::optional<DraftStatus> status =
        draftStatusForRemote(r.orderState, QString(), order->submissionPath());
    const Result<DraftSummary> summary = d->store->summary(draftId);
    if (status && summary && summary->status != *status)
        change.status = status;
    if (!d->commit(change))
        return false;
    qCInfo(lcOutbox) << "draft" << draftId << "sent for signature again," << earlier.size()
                     << "earlier envelope(s)";
    d->errorSticky = false;
    d->updateState();
    d->kick();
    return true;
}

bool Outbox::noteFormsGenerated(qint64 draftId)
{
    RemoteDetails r = d->remote(draftId);
    if (r.formsGenerated.isValid())
        return true; // the first time counts
    r.formsGenerated = d->now();
    r.changed = d->now();
    const Result<bool> saved = d->store->setRemoteDetails(draftId, r);
    if (!saved) {
        m_lastError = saved.error();
        return false;
    }
    return true;
}

bool Outbox::requestAddressValidation(qint64 draftId, const QString &officeId)
{
    const std::optional<Order> order = d->access.read ? d->access.read(draftId) : std::nullopt;
    const OfficeRef ref = order ? findOffice(*order, officeId) : OfficeRef();
    if (!ref.valid()) {
        m_lastError = tr("The office no longer exists.");
        return false;
    }
    const QByteArray payload =
        toBytes(addressToJson(order->countries.at(ref.country).offices.at(ref.office).address));
    if (const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId))
        for (const OutboxJob &j : waiting.value())
            if (j.kind == OutboxJob::Kind::ValidateAddress && j.officeId == officeId &&
                j.payload == payload)
                return true;
    OutboxJob job;
    job.draftId = draftId;
    job.kind = OutboxJob::Kind::ValidateAddress;
    job.officeId = officeId;
    job.payload = payload;
    job.nextAttempt = d->now();
    const Result<qint64> id = d->store->enqueueJob(job);
    if (!id) {
        m_lastError = id.error();
        return false;
    }
    d->updateState();
    d->kick();
    return true;
}

bool Outbox::requestReservation(qint64 draftId, const QString &officeId)
{
    const std::optional<Order> order = d->access.read ? d->access.read(draftId) : std::nullopt;
    const OfficeRef ref = order ? findOffice(*order, officeId) : OfficeRef();
    if (!ref.valid()) {
        m_lastError = tr("The office no longer exists.");
        return false;
    }
    if (const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId))
        for (const OutboxJob &j : waiting.value())
            if (j.kind == OutboxJob::Kind::Reserve && j.officeId == officeId &&
                d->inFlight.value(draftId) != j.id)
                return true; // it reads the office's counts when it runs
    OutboxJob job;
    job.draftId = draftId;
    job.kind = OutboxJob::Kind::Reserve;
    job.officeId = officeId;
    job.payload =
        toBytes(reservationSnapshot(order->countries.at(ref.country).offices.at(ref.office)));
    job.nextAttempt = d->now();
    const Result<qint64> id = d->store->enqueueJob(job);
    if (!id) {
        m_lastError = id.error();
        return false;
    }
    d->updateState();
    d->kick();
    return true;
}

bool Outbox::requestAccountCheck(qint64 draftId)
{
    if (const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId))
        for (const OutboxJob &j : waiting.value())
            if (j.kind == OutboxJob::Kind::AccountCheck && d->inFlight.value(draftId) != j.id)
                return true; // it reads the customer when it runs
    OutboxJob job;
    job.draftId = draftId;
    job.kind = OutboxJob::Kind::AccountCheck;
    job.nextAttempt = d->now();
    const Result<qint64> id = d->store->enqueueJob(job);
    if (!id) {
        m_lastError = id.error();
        return false;
    }
    d->updateState();
    d->kick();
    return true;
}

bool Outbox::canWithdraw(qint64 draftId) const
{
    const Result<DraftSummary> summary = d->store->summary(draftId);
    if (!summary || summary->status != DraftStatus::Queued)
        return false;
    const Result<QList<OutboxJob>> jobs = d->store->jobsOf(draftId);
    if (!jobs)
        return false;
    for (const OutboxJob &j : jobs.value()) {
        const bool sending = j.kind == OutboxJob::Kind::SubmitOrder ||
                             j.kind == OutboxJob::Kind::CreateEnvelope ||
                             j.kind == OutboxJob::Kind::Poll;
        if (!sending)
            continue; // validations and reservations create no order
        if (j.state == OutboxJob::State::Done)
            return false; // sent
        if (j.state == OutboxJob::State::Waiting &&
            (j.maybeSent || d->inFlight.value(draftId) == j.id))
            return false; // on its way, or an attempt may have arrived
    }
    return true;
}

bool Outbox::withdraw(qint64 draftId)
{
    if (!canWithdraw(draftId)) {
        m_lastError = tr("The order may already have reached the carrier, so it cannot be "
                         "withdrawn here. Wait for the carrier's answer.");
        return false;
    }
    const Result<QList<OutboxJob>> waiting = d->store->waitingJobs(draftId);
    if (!waiting) {
        m_lastError = waiting.error();
        return false;
    }
    // Only the submission goes: validations and reservations the rep asked for still run.
    OutboxChange change;
    change.draftId = draftId;
    for (const OutboxJob &j : waiting.value())
        if (j.kind == OutboxJob::Kind::SubmitOrder)
            change.remove.append(j.id);
    change.status = DraftStatus::Draft;
    if (!d->commit(change))
        return false;
    qCInfo(lcOutbox) << "draft" << draftId << "withdrawn from the outbox";
    d->updateState();
    return true;
}

int Outbox::queuedOrders() const
{
    const Result<QList<OutboxJob>> waiting = d->store->waitingJobs();
    if (!waiting)
        return 0;
    return int(std::count_if(waiting->cbegin(), waiting->cend(), [](const OutboxJob &j) {
        return j.kind == OutboxJob::Kind::SubmitOrder;
    }));
}

int Outbox::pendingJobs() const
{
    const Result<QList<OutboxJob>> waiting = d->store->waitingJobs();
    if (!waiting)
        return 0;
    // Status polls wait for weeks: they are not work the rep waits for.
    return int(std::count_if(waiting->cbegin(), waiting->cend(),
                             [](const OutboxJob &j) { return j.kind != OutboxJob::Kind::Poll; }));
}

QDateTime Outbox::nextAttempt() const
{
    const Result<QDateTime> next = d->store->nextDueTime();
    return next ? next.value() : QDateTime();
}

} // namespace od
