#pragma once

#include "sync/ApiClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace od::sync {

struct EnvelopeDocument
{
    QString name; ///< shown to the signer, e.g. "Contract OD-2026-7F3A9C21"
    QByteArray pdf;
};

struct EnvelopeRequest
{
    QString emailSubject;   ///< cut to 100 characters
    QString signerName;     ///< ≤ 100 characters
    QString signerEmail;    ///< ≤ 100 characters
    QString orderReference; ///< kept in the envelope's customFields ("orderReference")
    QList<EnvelopeDocument> documents;
    QString signHereAnchor = QStringLiteral("/sn1/");   ///< printed in every document
    QString dateSignedAnchor = QStringLiteral("/ds1/"); ///< printed in every document
    /// A company-stamp tab (signHere with stampType "stamp") on `stampAnchor`, for porting
    /// forms of countries that need the company's stamp. The anchor is printed only on those
    /// forms, so the tab is ignored where it is missing (anchorIgnoreIfNotPresent).
    bool companyStamp = false;
    QString stampAnchor = QStringLiteral("/st1/");
};

struct Envelope
{
    QString id;
    QString status; ///< created, sent, delivered, signed, completed, declined, voided
    QDateTime statusChanged;
    QDateTime completed;    ///< completedDateTime, when completed
    QDateTime created;      ///< createdDateTime, when the server gives it
    QString orderReference; ///< the "orderReference" text custom field, when listed with it

    static Envelope fromJson(const QJsonObject &json);
};

/// DocuSign eSignature v2.1: `{esign}/restapi/v2.1/accounts/{accountId}/envelopes`.
class SignatureClient
{
public:
    explicit SignatureClient(ApiClient *api) : m_api(api) {}
    using Done = std::function<void(const ApiResponse &, const Envelope &)>;

    /// POST envelopes with status "sent". Refuses (Rejected, field named) a request that breaks
    /// CONTRACTS.md's DocuSign rules before sending it.
    void create(const EnvelopeRequest &request, QObject *context, Done done);
    void get(const QString &envelopeId, QObject *context, Done done);
    using ListDone = std::function<void(const ApiResponse &, const QList<Envelope> &)>;
    /// GET envelopes (listStatusChanges) with `from_date` = since and
    /// `custom_field=orderReference=<reference>`: the envelopes an earlier attempt may have
    /// created for this order (empty list when none). Only those whose orderReference custom
    /// field equals `reference` are kept, when the server returns the custom fields.
    void findByOrderReference(const QString &reference, const QDateTime &since, QObject *context,
                              ListDone done);
    /// The newest envelope that is not voided; nullptr when there is none.
    static const Envelope *newestUsable(const QList<Envelope> &envelopes);
    /// The same among the envelopes an attempt made after `since` could be: not one of
    /// `earlier` (envelopes of the order known before), and not a declined one created before
    /// `since` less `skewSecs` (clocks differ), when the server gives the creation time. A
    /// second envelope of the same order must not be taken for the declined or voided first.
    static const Envelope *newestUsable(const QList<Envelope> &envelopes, const QDateTime &since,
                                        const QStringList &earlier, int skewSecs = 300);
    /// GET envelopes/{id}/documents/combined: the signed PDF in response.body.
    void combinedDocument(const QString &envelopeId, QObject *context,
                          std::function<void(const ApiResponse &)> done);

    static QJsonObject envelopeBody(const EnvelopeRequest &request);
    /// Empty when the request keeps the rules; else what is wrong, naming the field.
    static QString check(const EnvelopeRequest &request);

private:
    ApiClient *m_api;
};

} // namespace od::sync
