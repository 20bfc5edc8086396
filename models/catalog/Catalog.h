#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace od {

/// A voice plan offered in one country. Prices in minor units of the country's currency.
struct Plan
{
    QString id;          ///< stable, unique within the country ("de-unlimited")
    QString name;        ///< shown to the rep
    QString description; ///< the info popup's text
    qint64 monthlyPricePerUser = 0;
    QStringList included; ///< what the plan includes, one line each
};

/// Fees of one country, minor units of the country's currency.
struct CountryFees
{
    qint64 setupPerCountry = 0;       ///< one-off, once per country ordered
    qint64 installationPerOffice = 0; ///< one-off, per office with new numbers
    qint64 activationPerNumber = 0;   ///< one-off, per new number
    qint64 configurationPerOption =
        0;                       ///< one-off, per configured option (forwarding, CLIP, AA, CQ)
    qint64 portingPerNumber = 0; ///< one-off, per ported or migrated number
};

/// An extra field a country's porting form needs (SIRET, NIF/CIF, codice fiscale...).
struct PortingField
{
    QString key;      ///< stored under PortingDetails::extras[key]
    QString label;    ///< shown to the rep
    QString pattern;  ///< regular expression the whole (normalised) value must match; empty: any
    QString checksum; ///< "", "luhn", "siret", "nif" (NIF/CIF/NIE), "codiceFiscale", "itVat"
    QString hint;     ///< what to type, for the message when the value is wrong
    bool required = true;
};

/// CLIP (calling line identity presentation) modes.
enum class ClipMode { Screening, NoScreening, PresentationNumber };
QString clipModeKey(ClipMode mode); ///< "screening", "noScreening", "presentationNumber"
bool clipModeFromKey(const QString &key, ClipMode *mode);

/// Everything the catalog knows about one country.
struct CountryInfo
{
    QString code;       ///< ISO 3166-1 alpha-2, upper case
    QString name;       ///< English name, as a label or heading ("Netherlands")
    QString nameInText; ///< the name inside a sentence ("the Netherlands"); empty: `name`
    QString currency;   ///< ISO 4217
    QString offeringId; ///< Operator Connect product offering id for this country
    QList<Plan> plans;
    CountryFees fees;
    bool areaCodeMustMatchLocality = false; ///< numbers' area code must belong to the office's city
    bool addressInNumberArea = false;       ///< (Austria) the address must lie in the number's area
    QList<ClipMode> clipModes;              ///< allowed; always contains Screening
    int portingLeadTimeDays = 10;           ///< minimum working days from today to the port date
    int portingLeadTimeMaxDays = 0;         ///< upper bound where it depends on size (0: fixed)
    bool usesMainBillingNumber = false;     ///< porting needs a main/billing number
    bool onePortingFormPerNumber = false;   ///< (DE, AT) one form per number or range
    bool portingFormNeedsStamp = false;     ///< company stamp box on the form
    int portingFormValidityMonths = 0;      ///< 0: no limit
    QString portingNotes;                   ///< free text for the rep (out-of-hours costs, ...)
    QList<PortingField> portingFields;
    QSet<QDate> publicHolidays; ///< national public holidays, current and next year

    const Plan *plan(const QString &planId) const;
    /// The name as it reads inside a sentence: "in %1" gives "in the Netherlands".
    QString inText() const { return nameInText.isEmpty() ? name : nameInText; }
    bool allowsClipMode(ClipMode mode) const { return clipModes.contains(mode); }
};

/// The product catalog: countries, plans, fees and national rules. Loaded from JSON
/// (resources/catalog.json by default); every value in it is data, not code.
class Catalog
{
public:
    /// The bundled catalog (":/catalog.json").
    static Result<Catalog> bundled();
    /// Loads and validates a catalog file; the error names the first bad entry by path,
    /// e.g. "countries[3].plans[1].monthlyPrice: must be ≥ 0".
    static Result<Catalog> load(const QString &path);
    static Result<Catalog> fromJson(const QByteArray &json);

    const QList<CountryInfo> &countries() const { return m_countries; }
    const CountryInfo *country(const QString &code) const; ///< nullptr when unknown
    const Plan *plan(const QString &countryCode, const QString &planId) const;
    QString version() const { return m_version; }
    bool isSample() const { return m_sample; }

private:
    QList<CountryInfo> m_countries;
    QString m_version;
    bool m_sample = false;
};

} // namespace od
