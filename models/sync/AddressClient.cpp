#include "sync/AddressClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace od::sync {

namespace {

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(key, value.trimmed());
}

Address addressFromJson(const QJsonObject &o)
{
    Address a;
    a.houseNumber = o.value(QLatin1String("streetNr")).toString();
    a.houseNumberSuffix = o.value(QLatin1String("streetNrSuffix")).toString();
    a.street = o.value(QLatin1String("streetName")).toString();
    a.postalCode = o.value(QLatin1String("postcode")).toString();
    a.city = o.value(QLatin1String("city")).toString();
    if (a.city.isEmpty())
        a.city = o.value(QLatin1String("locality")).toString();
    a.stateOrProvince = o.value(QLatin1String("stateOrProvince")).toString();
    a.country = o.value(QLatin1String("country")).toString().toUpper();
    return a;
}

/// TMF673 GeographicLocation: {"@type":"GeoJsonPoint","geoJson":{"type":"Point",
/// "coordinates":[longitude, latitude]}} (GeoJSON order). Older v4 servers send
/// "geometry":[{"x": longitude, "y": latitude}].
std::optional<GeoPoint> geoPointFromJson(const QJsonObject &location)
{
    QJsonArray coordinates = location.value(QLatin1String("geoJson"))
                                 .toObject()
                                 .value(QLatin1String("coordinates"))
                                 .toArray();
    if (coordinates.isEmpty())
        coordinates = location.value(QLatin1String("coordinates")).toArray();
    if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble())
        return GeoPoint{coordinates.at(1).toDouble(), coordinates.at(0).toDouble()};
    if (location.value(QLatin1String("latitude")).isDouble() &&
        location.value(QLatin1String("longitude")).isDouble())
        return GeoPoint{location.value(QLatin1String("latitude")).toDouble(),
                        location.value(QLatin1String("longitude")).toDouble()};
    const QJsonArray geometry = location.value(QLatin1String("geometry")).toArray();
    if (!geometry.isEmpty()) {
        const QJsonObject p = geometry.first().toObject();
        bool okX = false, okY = false;
        const double x = p.value(QLatin1String("x")).toVariant().toDouble(&okX);
        const double y = p.value(QLatin1String("y")).toVariant().toDouble(&okY);
        if (okX && okY)
            return GeoPoint{y, x};
    }
    return std::nullopt;
}

} // namespace

QJsonObject AddressClient::requestBody(const Address &address)
{
    // GeographicAddressValidation_Create: provideAlternative and submittedGeographicAddress are
    // required; the address uses TMF673 GeographicAddress names. The company name is not part
    // of an address there and is not sent.
    QJsonObject submitted{{QStringLiteral("@type"), QStringLiteral("GeographicAddress")}};
    putIfSet(submitted, QStringLiteral("streetNr"), address.houseNumber);
    putIfSet(submitted, QStringLiteral("streetNrSuffix"), address.houseNumberSuffix);
    putIfSet(submitted, QStringLiteral("streetName"), address.street);
    putIfSet(submitted, QStringLiteral("postcode"), address.postalCode);
    putIfSet(submitted, QStringLiteral("city"), address.city);
    putIfSet(submitted, QStringLiteral("stateOrProvince"), address.stateOrProvince);
    putIfSet(submitted, QStringLiteral("country"), address.country.trimmed().toUpper());
    return QJsonObject{{QStringLiteral("@type"), QStringLiteral("GeographicAddressValidation")},
                       {QStringLiteral("provideAlternative"), true},
                       {QStringLiteral("submittedGeographicAddress"), submitted}};
}

void AddressClient::validate(const Address &address, QObject *context, Done done)
{
    ApiRequest r;
    r.service = Service::Address;
    r.method = "POST";
    r.path = QStringLiteral("/tmf-api/geographicAddressManagement/v4/geographicAddressValidation");
    r.body = QJsonDocument(requestBody(address));
    const QString company = address.companyName;
    m_api->send(r, context, [done, company](const ApiResponse &response) {
        ApiResponse resp = response;
        AddressValidationResult result;
        if (resp.ok()) {
            const QJsonObject o = resp.json.object();
            const QString outcome = o.value(QLatin1String("validationResult")).toString();
            if (outcome == QLatin1String("success")) {
                result.outcome = AddressValidationResult::Outcome::Success;
            } else if (outcome == QLatin1String("partial")) {
                result.outcome = AddressValidationResult::Outcome::Partial;
            } else if (outcome == QLatin1String("fails") || outcome == QLatin1String("failed")) {
                result.outcome = AddressValidationResult::Outcome::Fails;
            } else {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message = QStringLiteral("unknown validationResult");
                done(resp, result);
                return;
            }
            const QJsonObject valid = o.value(QLatin1String("validGeographicAddress")).toObject();
            if (!valid.isEmpty()) {
                result.addressId = valid.value(QLatin1String("id")).toString();
                result.validAddress = addressFromJson(valid);
                result.validAddress.companyName = company;
                result.geocode =
                    geoPointFromJson(valid.value(QLatin1String("geographicLocation")).toObject());
            }
            for (const QJsonValue &v :
                 o.value(QLatin1String("alternateGeographicAddress")).toArray()) {
                Address a = addressFromJson(v.toObject());
                a.companyName = company;
                result.alternatives.append(a);
            }
            if (result.outcome == AddressValidationResult::Outcome::Success &&
                result.addressId.isEmpty()) {
                resp.error.kind = ApiError::Kind::Malformed;
                resp.error.httpStatus = resp.httpStatus;
                resp.error.message = QStringLiteral("a valid address without id");
            }
        }
        done(resp, result);
    });
}

} // namespace od::sync
