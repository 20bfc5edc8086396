#pragma once

#include "order/Order.h"
#include "sync/ApiClient.h"

#include <QList>
#include <QString>

#include <optional>

namespace od::sync {

struct AddressValidationResult
{
    enum class Outcome { Success, Partial, Fails };
    Outcome outcome = Outcome::Fails;
    QString addressId;               ///< validGeographicAddress.id (success)
    std::optional<GeoPoint> geocode; ///< validGeographicAddress.geographicLocation (success)
    Address validAddress;            ///< as the service wrote it (success)
    QList<Address> alternatives;     ///< alternateGeographicAddress[] (partial)
};

/// TMF673 v4 Geographic Address: POST geographicAddressValidation.
class AddressClient
{
public:
    explicit AddressClient(ApiClient *api) : m_api(api) {}
    using Done = std::function<void(const ApiResponse &, const AddressValidationResult &)>;
    void validate(const Address &address, QObject *context, Done done);

    static QJsonObject requestBody(const Address &address); ///< the TMF673 body, for tests

private:
    ApiClient *m_api;
};

} // namespace od::sync
