#include "sync/SignatureClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace od::sync {

namespace {

constexpr int kMaxSubject = 100; // DocuSign: emailSubject at most 100 characters
constexpr int kMaxName = 100;
constexpr int kMaxEmail = 100;

QString envelopesPath(const Endpoints &endpoints)
{
    return QStringLiteral("/restapi/v2.1/accounts/%1/envelopes")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(endpoints.signatureAccountId)));
}

QString cut(const QString &text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max);
}

QJsonObject anchorTab(const QString &anchor, int xOffset, int yOffset)
{
    // DocuSign types these as strings.
    return QJsonObject{{QStringLiteral("anchorString"), anchor},
                       {QStringLiteral("anchorUnits"), QStringLiteral("pixels")},
                       {QStringLiteral("anchorXOffset"), QString::number(xOffset)},
                       {QStringLiteral("anchorYOffset"), QString::number(yOffset)}};
}

} // namespace

Envelope Envelope::fromJson(const QJsonObject &o)
{
    Envelope e;
    e.id = o.value(QLatin1String("envelopeId")).toString();
    e.status = o.value(QLatin1String("status")).toString();
    QString changed = o.value(QLatin1String("statusChangedDateTime")).toString();
    if (changed.isEmpty())
        changed = o.value(QLatin1String("statusDateTime")).toString();
    e.statusChanged = QDateTime::fromString(changed, Qt::ISODateWithMs);
    e.completed = QDateTime::fromString(o.value(QLatin1String("completedDateTime")).toString(),
                                        Qt::ISODateWithMs);
    e.created = QDateTime::fromString(o.value(QLatin1String("createdDateTime")).toString(),
                                      Qt::ISODateWithMs);
    const QJsonArray fields = o.value(QLatin1String("customFields"))
                                  .toObject()
                                  .value(QLatin1String("textCustomFields"))
                                  .toArray();
    for (const QJsonValue &f : fields)
        if (f.toObject().value(QLatin1String("name")).toString() == QLatin1String("orderReference"))
            e.orderReference = f.toObject().value(QLatin1String("value")).toString();
    return e;
}

QString SignatureClient::check(const EnvelopeRequest &r)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (r.signerName.trimmed().isEmpty())
        return QStringLiteral("signerName: the signatory's name is missing; enter it on the "
                              "submission page.");
    if (r.signerName.trimmed().size() > kMaxName)
        return QStringLiteral("signerName: the signatory's name is longer than %1 characters; "
                              "shorten it.")
            .arg(kMaxName);
    if (r.signerEmail.trimmed().isEmpty())
        return QStringLiteral("signerEmail: the signatory's e-mail address is missing; enter it "
                              "on the submission page.");
    if (r.signerEmail.trimmed().size() > kMaxEmail)
        return QStringLiteral("signerEmail: the signatory's e-mail address is longer than %1 "
                              "characters; use a shorter address.")
            .arg(kMaxEmail);
    if (!email.match(r.signerEmail.trimmed()).hasMatch())
        return QStringLiteral("signerEmail: the signatory's e-mail address is not valid; correct "
                              "it.");
    if (r.emailSubject.trimmed().isEmpty())
        return QStringLiteral("emailSubject: the e-mail subject is empty.");
    if (r.documents.isEmpty())
        return QStringLiteral("documents: there is no document to sign; produce the contract "
                              "first.");
    for (int i = 0; i < r.documents.size(); ++i) {
        if (r.documents.at(i).name.trimmed().isEmpty())
            return QStringLiteral("documents[%1].name: the document has no name.").arg(i);
        if (!r.documents.at(i).pdf.startsWith("%PDF"))
            return QStringLiteral("documents[%1]: the document is not a PDF; produce the "
                                  "contract again.")
                .arg(i);
    }
    if (r.signHereAnchor.isEmpty())
        return QStringLiteral("signHereAnchor: no anchor for the signature.");
    if (r.dateSignedAnchor.isEmpty())
        return QStringLiteral("dateSignedAnchor: no anchor for the date signed.");
    if (r.companyStamp && r.stampAnchor.isEmpty())
        return QStringLiteral("stampAnchor: no anchor for the company stamp.");
    if (r.companyStamp &&
        (r.stampAnchor == r.signHereAnchor || r.stampAnchor == r.dateSignedAnchor))
        return QStringLiteral("stampAnchor: the company stamp needs an anchor of its own.");
    return {};
}

QJsonObject SignatureClient::envelopeBody(const EnvelopeRequest &r)
{
    QJsonArray documents;
    for (int i = 0; i < r.documents.size(); ++i) {
        const EnvelopeDocument &d = r.documents.at(i);
        documents.append(
            QJsonObject{{QStringLiteral("documentBase64"), QString::fromLatin1(d.pdf.toBase64())},
                        {QStringLiteral("documentId"), QString::number(i + 1)},
                        {QStringLiteral("name"), cut(d.name, kMaxName)},
                        {QStringLiteral("fileExtension"), QStringLiteral("pdf")}});
    }
    // Anchor tabs without a documentId apply to every document of the envelope. The signature
    // and date anchors are printed in every document; the stamp box only on some forms, and
    // DocuSign fails an envelope whose anchor is missing unless the tab says to ignore that.
    QJsonArray signHere{anchorTab(r.signHereAnchor, 0, 0)};
    if (r.companyStamp) {
        QJsonObject stamp = anchorTab(r.stampAnchor, 0, 0);
        stamp.insert(QStringLiteral("stampType"), QStringLiteral("stamp"));
        stamp.insert(QStringLiteral("tabLabel"), QStringLiteral("companyStamp"));
        stamp.insert(QStringLiteral("anchorIgnoreIfNotPresent"), QStringLiteral("true"));
        signHere.append(stamp);
    }
    const QJsonObject tabs{
        {QStringLiteral("signHereTabs"), signHere},
        {QStringLiteral("dateSignedTabs"), QJsonArray{anchorTab(r.dateSignedAnchor, 0, 0)}}};
    const QJsonObject signer{{QStringLiteral("email"), r.signerEmail.trimmed()},
                             {QStringLiteral("name"), r.signerName.trimmed()},
                             {QStringLiteral("recipientId"), QStringLiteral("1")},
                             {QStringLiteral("routingOrder"), QStringLiteral("1")},
                             {QStringLiteral("tabs"), tabs}};
    return QJsonObject{
        {QStringLiteral("emailSubject"), cut(r.emailSubject, kMaxSubject)},
        {QStringLiteral("status"), QStringLiteral("sent")},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("recipients"),
         QJsonObject{{QStringLiteral("signers"), QJsonArray{signer}}}},
        {QStringLiteral("customFields"),
         QJsonObject{
             {QStringLiteral("textCustomFields"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("orderReference")},
                                     {QStringLiteral("value"), r.orderReference},
                                     {QStringLiteral("show"), QStringLiteral("false")},
                                     {QStringLiteral("required"), QStringLiteral("false")}}}}}}};
}

void SignatureClient::create(const EnvelopeRequest &request, QObject *context, Done done)
{
    const QString problem = check(request);
    if (!problem.isEmpty()) {
        ApiResponse resp;
        resp.error.kind = ApiError::Kind::Rejected;
        resp.error.code = QStringLiteral("INVALID_REQUEST");
        resp.error.field = problem.section(QLatin1Char(':'), 0, 0);
        resp.error.message = problem.section(QLatin1Char(':'), 1).trimmed();
        QPointer<QObject> ctx(context);
        QMetaObject::invokeMethod(
            context,
            [ctx, done, resp]() {
                if (ctx)
                    done(resp, Envelope());
            },
            Qt::QueuedConnection);
        return;
    }
    ApiRequest r;
    r.service = Service::Signature;
    r.method = "POST";
    r.path = envelopesPath(m_api->endpoints());
    r.body = QJsonDocument(envelopeBody(request));
    r.timeoutMs = 120000; // documents can be large
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        const Envelope e = resp.ok() ? Envelope::fromJson(resp.json.object()) : Envelope();
        if (resp.ok() && e.id.isEmpty()) {
            resp.error.kind = ApiError::Kind::Malformed;
            resp.error.httpStatus = resp.httpStatus;
            resp.error.message = QStringLiteral("the envelope has no envelopeId");
        }
        done(resp, e);
    });
}

void SignatureClient::get(const QString &envelopeId, QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Signature;
    r.path = envelopesPath(m_api->endpoints()) + QLatin1Char('/') +
             QString::fromLatin1(QUrl::toPercentEncoding(envelopeId));
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        if (resp.ok() && !resp.json.isObject()) {
            resp.error.kind = ApiError::Kind::Malformed;
            resp.error.httpStatus = resp.httpStatus;
        }
        done(resp, resp.ok() ? Envelope::fromJson(resp.json.object()) : Envelope());
    });
}

void SignatureClient::findByOrderReference(const QString &reference, const QDateTime &since,
                                           QObject *context, ListDone done)
{
    ApiRequest r;
    r.service = Service::Signature;
    r.path = envelopesPath(m_api->endpoints());
    // from_date is required without envelope_ids/transaction_ids; a day's margin for clocks.
    const QDateTime from = (since.isValid() ? since : QDateTime::currentDateTimeUtc().addDays(-30))
                               .toUTC()
                               .addDays(-1);
    r.query.addQueryItem(QStringLiteral("from_date"), from.toString(Qt::ISODate));
    r.query.addQueryItem(QStringLiteral("custom_field"),
                         QString::fromLatin1(QUrl::toPercentEncoding(
                             QStringLiteral("orderReference=") + reference)));
    r.query.addQueryItem(QStringLiteral("include"), QStringLiteral("custom_fields"));
    m_api->send(r, context, [done, reference](const ApiResponse &response) {
        ApiResponse resp = response;
        QList<Envelope> found;
        if (resp.ok()) {
            const QJsonValue list = resp.json.object().value(QLatin1String("envelopes"));
            if (!resp.json.isObject() || !(list.isArray() || list.isUndefined() || list.isNull())) {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message = QStringLiteral("the envelope list is not an envelopes object");
            } else {
                // DocuSign leaves "envelopes" out when nothing matches.
                for (const QJsonValue &v : list.toArray()) {
                    const Envelope e = Envelope::fromJson(v.toObject());
                    if (e.id.isEmpty())
                        continue;
                    if (!e.orderReference.isEmpty() && e.orderReference != reference)
                        continue;
                    found.append(e);
                }
            }
        }
        done(resp, found);
    });
}

const Envelope *SignatureClient::newestUsable(const QList<Envelope> &envelopes)
{
    const Envelope *best = nullptr;
    for (const Envelope &e : envelopes) {
        if (e.status == QLatin1String("voided"))
            continue;
        const QDateTime t = e.created.isValid() ? e.created : e.statusChanged;
        const QDateTime b =
            best ? (best->created.isValid() ? best->created : best->statusChanged) : QDateTime();
        if (!best || t >= b)
            best = &e;
    }
    return best;
}

const Envelope *SignatureClient::newestUsable(const QList<Envelope> &envelopes,
                                              const QDateTime &since, const QStringList &earlier,
                                              int skewSecs)
{
    QList<Envelope> candidates;
    for (const Envelope &e : envelopes) {
        if (earlier.contains(e.id))
            continue;
        // Only a finished, declined envelope is left out by its age: were the rep's clock
        // ahead of the service's, an envelope this very job made could look older than the job,
        // and leaving it out would send the customer a second one.
        if (e.status == QLatin1String("declined") && since.isValid() && e.created.isValid() &&
            e.created < since.addSecs(-skewSecs))
            continue;
        candidates.append(e);
    }
    const Envelope *best = newestUsable(candidates);
    if (!best)
        return nullptr;
    for (const Envelope &e : envelopes)
        if (e.id == best->id)
            return &e;
    return nullptr;
}

void SignatureClient::combinedDocument(const QString &envelopeId, QObject *context,
                                       std::function<void(const ApiResponse &)> done)
{
    ApiRequest r;
    r.service = Service::Signature;
    r.path = envelopesPath(m_api->endpoints()) + QLatin1Char('/') +
             QString::fromLatin1(QUrl::toPercentEncoding(envelopeId)) +
             QStringLiteral("/documents/combined");
    r.accept = "application/pdf";
    r.timeoutMs = 120000;
    m_api->send(r, context, [done](const ApiResponse &response) {
        ApiResponse resp = response;
        if (resp.ok() && !resp.body.startsWith("%PDF")) {
            resp.error.kind = ApiError::Kind::Malformed;
            resp.error.httpStatus = resp.httpStatus;
            resp.error.message = QStringLiteral("the combined document is not a PDF");
        }
        done(resp);
    });
}

} // namespace od::sync
