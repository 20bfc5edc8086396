#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// Deterministic data of the sandbox: the seeded accounts and consents, the address validation
/// rules and the number pools. No I/O, no HTTP.
///
/// Address validation rules (TMF673), applied to submittedGeographicAddress in this order:
///  - "fails" when streetName or city contains "Nowhere" (any case) or postcode is "00000";
///  - "partial" when streetName contains "Partial" (any case) or streetNr is "0": two
///    alternateGeographicAddress are offered, the same street without the marker and with
///    streetNrSuffix "A" and "B" (streetNr "1" instead of "0");
///  - "success" otherwise: validGeographicAddress is the submitted address, trimmed, country in
///    upper case, with id "ga-" + 16 hex digits of SHA-256 over the normalised address (the same
///    address always gets the same id) and a geographicLocation point inside the country,
///    derived from the same hash.
namespace od::sandbox {

struct SeedAccount
{
    QString ocn;
    QString bcn;
    QString name;
    QString country;
    QStringList contactEmails;
};

struct SeedConsent
{
    QString tenantId;
    QString status; ///< active, pending, declined
};

QList<SeedAccount> seedAccounts();
QList<SeedConsent> seedConsents();
/// The seed as text for --list-seed (fake data).
QString seedDescription();

/// The 14 countries of the catalog, ISO alpha-2.
QStringList knownCountries();
/// The country's calling code ("49"), empty when not one of knownCountries().
QString callingCode(const QString &country);

struct AddressValidation
{
    QString result;                  ///< success, partial, fails
    QJsonObject valid;               ///< validGeographicAddress (success)
    QList<QJsonObject> alternatives; ///< alternateGeographicAddress (partial)
};

/// Applies the rules above to a submitted address (already checked for its required fields).
AddressValidation validateAddress(const QJsonObject &submitted, bool provideAlternative);
/// "ga-" + hash of the normalised address.
QString addressId(const QJsonObject &address);

/// Candidate numbers of an area: the i-th well-formed E.164 number (valid for libphonenumber,
/// of the country, starting with the area code), or empty when the area has no more.
class NumberPool
{
public:
    /// `areaCode` as the app stores it (no trunk prefix; Italy keeps its 0). Empty `error` when
    /// the area exists.
    NumberPool(const QString &country, const QString &areaCode);
    QString error() const { return m_error; }
    /// "DE/69": the pool's key, the same however the area code was typed ("069", "0 69").
    QString key() const { return m_country + QLatin1Char('/') + m_prefix; }
    /// The next number after the cursor that is valid, or empty when none is left. Advances
    /// `cursor`.
    QString next(qint64 &cursor) const;

private:
    QString m_country;
    QString m_prefix; ///< "+" calling code + area code
    int m_subscriberDigits = 0;
    qint64 m_first = 0; ///< subscriber digits of the area's sample number: a valid start
    QString m_error;
};

} // namespace od::sandbox
