#pragma once

#include "catalog/Catalog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

/// The wizard's seven steps, in the order of the carrier's web portal.
enum class Step {
    Customer = 1,
    VoicePlans = 2,
    Porting = 3,
    Offices = 4,
    Contacts = 5,
    Recap = 6,
    Submission = 7,
};

/// An address as the emergency (civic) address of Teams needs it, also used for legal and
/// account-holder addresses. `country` is ISO 3166-1 alpha-2.
struct Address
{
    QString companyName;
    QString houseNumber;
    QString houseNumberSuffix;
    QString street;
    QString postalCode;
    QString city;
    QString stateOrProvince;
    QString country;

    bool isEmpty() const;
    bool operator==(const Address &) const = default;
};

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
    bool operator==(const GeoPoint &) const = default;
};

struct Contact
{
    QString name;
    QString email;
    QString phone; ///< E.164
    QString jobTitle;
    bool operator==(const Contact &) const = default;
};

enum class CustomerKind { Existing, OnlineAccount, Prospect };

struct Customer
{
    CustomerKind kind = CustomerKind::Existing;
    QString ocn;             ///< Existing: the carrier's customer number
    QString accountEmail;    ///< Existing: the e-mail address on that OCN
    QString onlineAccountId; ///< OnlineAccount
    QString companyName;     ///< name shown everywhere; required for a prospect
    Address prospectAddress; ///< Prospect: legal address
    Contact prospectContact; ///< Prospect: who to talk to
    bool verified = false;   ///< confirmed by the carrier's account service
    bool operator==(const Customer &) const = default;
};

struct PlanLine
{
    QString planId;
    int quantity = 0; ///< users
    bool operator==(const PlanLine &) const = default;
};

/// One entry of a porting list: a single number (last empty) or a DDI range, both E.164.
/// `text` keeps what the rep typed so that nothing is lost while it does not parse.
struct NumberRange
{
    QString text;
    QString first;
    QString last;
    bool isRange() const { return !last.isEmpty() && last != first; }
    bool operator==(const NumberRange &) const = default;
};

enum class PortKind { Port, Migrate };
/// How a migrating customer has its numbers in Teams today.
enum class TeamsNumberType { Unknown, CallingPlan, DirectRouting, OperatorConnect };

struct PortingDetails
{
    PortKind kind = PortKind::Port;
    TeamsNumberType currentTeamsNumberType = TeamsNumberType::Unknown; ///< for a migration
    QString losingCarrier;
    QString accountHolderName;
    Address accountHolderAddress;
    QList<NumberRange> numbers;
    QString mainBillingNumber; ///< E.164, where the country uses one
    QDate requestedDate;
    QMap<QString, QString> extras; ///< the country's extra fields, by PortingField::key
    bool operator==(const PortingDetails &) const = default;
};

enum class AddressValidation { NotValidated, Validated, Failed };

struct Office
{
    QString id; ///< stable within the order (UUID), survives reordering
    Address address;
    AddressValidation validation = AddressValidation::NotValidated;
    /// Validate was pressed for this address and it waits for the address service; cleared
    /// when the address is edited (an edited address is a new one).
    bool validationRequested = false;
    QString validatedAddressId; ///< the address service's id of the validated address
    std::optional<GeoPoint> geocode;
    QString areaCode;               ///< national prefix without trunk prefix ("69" for Frankfurt)
    int totalNumbers = 0;           ///< numbers to reserve for this office
    int userNumbers = 0;            ///< of which for users
    int resourceAccountNumbers = 0; ///< of which for resource accounts
    bool reservationRequested = false; ///< Reserve was pressed; waits for the number service
    QString reservationId;
    QStringList reservedNumbers; ///< E.164
    bool operator==(const Office &) const = default;
};

struct Options
{
    bool callForwarding = false;
    QString callForwardingTarget; ///< E.164
    ClipMode clipMode = ClipMode::Screening;
    QString presentationNumber; ///< E.164, ClipMode::PresentationNumber only
    int autoAttendants = 0;
    int callQueues = 0;
    bool operator==(const Options &) const = default;
};

/// Everything ordered in one country.
struct CountryOrder
{
    QString country; ///< ISO 3166-1 alpha-2
    QString ocn;
    QString bcn;
    QList<PlanLine> plans;
    bool keepNumbers = false; ///< port or migrate instead of new numbers
    PortingDetails porting;
    QList<Office> offices;
    Options options;

    int planUsers() const; ///< sum of plan quantities (negative ones as 0), capped at INT_MAX
    bool operator==(const CountryOrder &) const = default;
};

struct Signatory
{
    QString name;
    QString email;
    QString jobTitle;
    bool authorised = false; ///< confirmed to sign for the company
    bool operator==(const Signatory &) const = default;
};

enum class SubmissionPath { Porting, Signature };

/// The whole Operator Connect order: one object shared by every page of the wizard.
struct Order
{
    /// 2: offices keep `validationRequested`. Version 1 documents still read (see OrderJson).
    static constexpr int kSchemaVersion = 2;

    QString reference; ///< stable order reference, never changes once created
    QDateTime created;
    Customer customer;
    QString tenantId; ///< Microsoft Entra tenant GUID, lower case without braces
    QList<CountryOrder> countries;
    Contact orderContact;
    Contact technicalContact;
    Address legalAddress;
    bool legalAddressConfirmed = false;
    Signatory signatory;
    Step stepReached = Step::Customer;
    QString remarks;

    /// A new, empty order with a fresh reference ("OD-2026-7F3A9C21").
    static Order create(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString newReference(const QDateTime &now);

    const CountryOrder *country(const QString &code) const;
    CountryOrder *country(const QString &code);
    bool anyPorting() const;
    SubmissionPath submissionPath() const;
    bool operator==(const Order &) const = default;
};

QString stepKey(Step step); ///< "customer", "voicePlans", ...
bool stepFromKey(const QString &key, Step *step);

} // namespace od
