#pragma once

#include "sync/ApiClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace od::sync {

/// What the app keeps of a TMF622 ProductOrder the carrier holds.
struct RemoteOrder
{
    QString id;
    QString href;
    QString externalId;
    QString state; ///< acknowledged, pending, inProgress, completed, rejected, failed, ...
    QDateTime orderDate;
    QDateTime expectedCompletionDate;
    QDateTime completionDate;

    static RemoteOrder fromJson(const QJsonObject &productOrder);
};

/// TMF622 v4 Product Ordering: `{ordering}/tmf-api/productOrderingManagement/v4/`.
class OrderingClient
{
public:
    explicit OrderingClient(ApiClient *api) : m_api(api) {}

    using Done = std::function<void(const ApiResponse &, const RemoteOrder &)>;
    using ListDone = std::function<void(const ApiResponse &, const QList<RemoteOrder> &)>;

    /// POST productOrder with `Idempotency-Key: <externalId>`; 201 gives the created order.
    void create(const QJsonObject &productOrder, QObject *context, Done done);
    /// GET productOrder/{id}.
    void get(const QString &id, QObject *context, Done done);
    /// GET productOrder?externalId=X: the orders the carrier holds under that reference.
    void findByExternalId(const QString &externalId, QObject *context, ListDone done);
    /// PATCH productOrder/{id} (ProductOrder_Update, JSON merge patch: arrays are replaced).
    void update(const QString &id, const QJsonObject &productOrderUpdate, QObject *context,
                Done done);

    /// The note that tells the carrier the signed paperwork is ready ("signedPaperwork").
    static QJsonObject signedPaperworkNote(const QString &envelopeId, const QDateTime &date);
    /// The PATCH body that adds `note` to the order: ProductOrder_Update requires
    /// productOrderItem, and a merge patch replaces arrays, so the body carries the order's own
    /// items and notes (from `productOrder`, the TmfMapping of the order) with `note` added, or
    /// replacing the note with the same id. The same input gives the same body.
    static QJsonObject addNoteBody(const QJsonObject &productOrder, const QJsonObject &note);

private:
    ApiClient *m_api;
};

} // namespace od::sync
