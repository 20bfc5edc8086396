#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace od {

QString clipModeKey(ClipMode mode)
{
    switch (mode) {
    case ClipMode::Screening:
        return QStringLiteral("screening");
    case ClipMode::NoScreening:
        return QStringLiteral("noScreening");
    case ClipMode::PresentationNumber:
        return QStringLiteral("presentationNumber");
    }
    return QStringLiteral("screening");
}

bool clipModeFromKey(const QString &key, ClipMode *mode)
{
    for (ClipMode candidate :
         {ClipMode::Screening, ClipMode::NoScreening, ClipMode::PresentationNumber}) {
        if (key == clipModeKey(candidate)) {
            if (mode)
                *mode = candidate;
            return true;
        }
    }
    return false;
}

const Plan *CountryInfo::plan(const QString &planId) const
{
    for (const Plan &candidate : plans) {
        if (candidate.id == planId)
            return &candidate;
    }
    return nullptr;
}

namespace {

// The checksums the porting-field validators implement (see models/order/Validators).
const char *const kChecksums[] = {"", "luhn", "siret", "nif", "codiceFiscale", "itVat"};

// Bounds that keep later int arithmetic (dates, month offsets) far from overflow.
constexpr qint64 kMaxLeadTimeDays = 365;
constexpr qint64 kMaxValidityMonths = 120;

QString keyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("Catalog", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("Catalog", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("Catalog", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Catalog", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("Catalog", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Catalog", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Catalog", "nothing");
}

// ISO 3166-1 alpha-2: two upper-case ASCII letters that QLocale knows as a territory. QLocale
// also knows groupings that are not countries; those are refused by name.
bool isCountryCode(const QString &code)
{
    if (code.size() != 2)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    static const char *const notCountries[] = {"EU", "EZ", "UN", "QO", "ZZ"};
    for (const char *grouping : notCountries) {
        if (code == QLatin1String(grouping))
            return false;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory != QLocale::AnyTerritory && QLocale::territoryToCode(territory) == code;
}

bool isThreeUpperCaseLetters(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

// The ISO 4217 codes in use somewhere, as far as QLocale's CLDR data knows them. Computed once;
// static local initialisation is thread-safe.
const QSet<QString> &knownCurrencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> result;
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty())
                result.insert(code);
        }
        return result;
    }();
    return codes;
}

// What fromJson() fills; Catalog's members are private, so the parser hands this over.
struct Parsed
{
    QList<CountryInfo> countries;
    QString version;
    bool sample = false;
};

// Walks the document in a fixed order and stops at the first problem, which it describes with
// the JSON path of the offending entry so that an admin can find it in the file.
class Parser
{
public:
    bool parse(const QJsonObject &root, Parsed *out);
    const QString &error() const { return m_error; }

private:
    enum class Need { Required, Optional };

    bool fail(const QString &path, const QString &message)
    {
        m_error = QCoreApplication::translate("Catalog", "%1: %2").arg(path, message);
        return false;
    }
    bool wrongType(const QString &path, const QString &expected, const QJsonValue &found)
    {
        return fail(path, QCoreApplication::translate("Catalog", "must be %1, found %2")
                              .arg(expected, typeName(found)));
    }

    bool onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> allowed);
    bool value(const QJsonObject &object, const QString &key, const QString &path, Need need,
               QJsonValue *out);
    bool string(const QJsonObject &object, const QString &key, const QString &path, Need need,
                bool allowEmpty, QString *out);
    bool boolean(const QJsonObject &object, const QString &key, const QString &path, Need need,
                 bool *out);
    bool integer(const QJsonObject &object, const QString &key, const QString &path, Need need,
                 qint64 max, qint64 *out);
    bool array(const QJsonObject &object, const QString &key, const QString &path, Need need,
               QJsonArray *out);
    bool object(const QJsonObject &parent, const QString &key, const QString &path,
                QJsonObject *out);
    bool stringList(const QJsonObject &object, const QString &key, const QString &path, Need need,
                    QStringList *out);

    bool country(const QJsonValue &value, const QString &path, CountryInfo *out);
    bool plan(const QJsonValue &value, const QString &path, Plan *out);
    bool fees(const QJsonObject &parent, const QString &path, CountryFees *out);
    bool clipModes(const QJsonObject &parent, const QString &path, QList<ClipMode> *out);
    bool porting(const QJsonObject &parent, const QString &path, CountryInfo *out);
    bool portingField(const QJsonValue &value, const QString &path, PortingField *out);
    bool holidays(const QJsonObject &parent, const QString &path, QSet<QDate> *out);

    QString m_error;
};

bool Parser::onlyKeys(const QJsonObject &object, const QString &path,
                      std::initializer_list<const char *> allowed)
{
    // A misspelt optional key would otherwise fall back to its default without a word.
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            return fail(keyPath(path, it.key()),
                        QCoreApplication::translate("Catalog", "unknown key (check the spelling)"));
    }
    return true;
}

bool Parser::value(const QJsonObject &object, const QString &key, const QString &path, Need need,
                   QJsonValue *out)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (need == Need::Required)
            return fail(keyPath(path, key), QCoreApplication::translate("Catalog", "missing"));
        *out = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    *out = it.value();
    return true;
}

bool Parser::string(const QJsonObject &object, const QString &key, const QString &path, Need need,
                    bool allowEmpty, QString *out)
{
    QJsonValue v;
    if (!value(object, key, path, need, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return wrongType(keyPath(path, key), QCoreApplication::translate("Catalog", "text"), v);
    const QString text = v.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        return fail(keyPath(path, key),
                    QCoreApplication::translate("Catalog", "must not be empty"));
    *out = text;
    return true;
}

bool Parser::boolean(const QJsonObject &object, const QString &key, const QString &path, Need need,
                     bool *out)
{
    QJsonValue v;
    if (!value(object, key, path, need, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return wrongType(keyPath(path, key),
                         QCoreApplication::translate("Catalog", "true or false"), v);
    *out = v.toBool();
    return true;
}

bool Parser::integer(const QJsonObject &object, const QString &key, const QString &path, Need need,
                     qint64 max, qint64 *out)
{
    QJsonValue v;
    if (!value(object, key, path, need, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return wrongType(keyPath(path, key),
                         QCoreApplication::translate("Catalog", "a whole number"), v);
    // toInteger() falls back to its default for fractions and out-of-range values: two different
    // defaults tell those apart from a real 0 or 1 without going through a double.
    const qint64 number = v.toInteger(0);
    if (number != v.toInteger(1))
        return fail(keyPath(path, key),
                    QCoreApplication::translate("Catalog", "must be a whole number, found %1")
                        .arg(QString::number(v.toDouble())));
    if (number < 0)
        return fail(keyPath(path, key), QCoreApplication::translate("Catalog", "must be ≥ 0"));
    if (number > max)
        return fail(keyPath(path, key),
                    QCoreApplication::translate("Catalog", "must be at most %1").arg(max));
    *out = number;
    return true;
}

bool Parser::array(const QJsonObject &object, const QString &key, const QString &path, Need need,
                   QJsonArray *out)
{
    QJsonValue v;
    if (!value(object, key, path, need, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return wrongType(keyPath(path, key), QCoreApplication::translate("Catalog", "a list"), v);
    *out = v.toArray();
    return true;
}

bool Parser::object(const QJsonObject &parent, const QString &key, const QString &path,
                    QJsonObject *out)
{
    QJsonValue v;
    if (!value(parent, key, path, Need::Required, &v))
        return false;
    if (!v.isObject())
        return wrongType(keyPath(path, key), QCoreApplication::translate("Catalog", "an object"),
                         v);
    *out = v.toObject();
    return true;
}

bool Parser::stringList(const QJsonObject &object, const QString &key, const QString &path,
                        Need need, QStringList *out)
{
    QJsonArray items;
    if (!array(object, key, path, need, &items))
        return false;
    const QString listPath = keyPath(path, key);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString())
            return wrongType(indexPath(listPath, i), QCoreApplication::translate("Catalog", "text"),
                             item);
        if (item.toString().trimmed().isEmpty())
            return fail(indexPath(listPath, i),
                        QCoreApplication::translate("Catalog", "must not be empty"));
        result << item.toString();
    }
    *out = result;
    return true;
}

bool Parser::parse(const QJsonObject &root, Parsed *out)
{
    if (!onlyKeys(root, QString(), {"sample", "version", "note", "countries"}))
        return false;
    QString note;
    if (!boolean(root, QStringLiteral("sample"), QString(), Need::Optional, &out->sample) ||
        !string(root, QStringLiteral("version"), QString(), Need::Required, false, &out->version) ||
        !string(root, QStringLiteral("note"), QString(), Need::Optional, true, &note))
        return false;

    QJsonArray countries;
    if (!array(root, QStringLiteral("countries"), QString(), Need::Required, &countries))
        return false;
    if (countries.isEmpty())
        return fail(QStringLiteral("countries"),
                    QCoreApplication::translate("Catalog", "must list at least one country"));

    QHash<QString, qsizetype> codes;
    QHash<QString, qsizetype> offerings;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const QString path = indexPath(QStringLiteral("countries"), i);
        CountryInfo info;
        if (!country(countries.at(i), path, &info))
            return false;
        if (const auto it = codes.constFind(info.code); it != codes.constEnd())
            return fail(keyPath(path, QStringLiteral("code")),
                        QCoreApplication::translate("Catalog", "%1 is already listed as %2")
                            .arg(quoted(info.code), indexPath(QStringLiteral("countries"), *it)));
        if (const auto it = offerings.constFind(info.offeringId); it != offerings.constEnd())
            return fail(
                keyPath(path, QStringLiteral("offeringId")),
                QCoreApplication::translate("Catalog", "%1 is already used by %2")
                    .arg(quoted(info.offeringId), indexPath(QStringLiteral("countries"), *it)));
        codes.insert(info.code, i);
        offerings.insert(info.offeringId, i);
        out->countries << info;
    }
    return true;
}

bool Parser::country(const QJsonValue &value, const QString &path, CountryInfo *out)
{
    if (!value.isObject())
        return wrongType(path, QCoreApplication::translate("Catalog", "an object"), value);
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path,
                  {"code", "name", "nameInText", "currency", "offeringId", "plans", "fees",
                   "areaCodeMustMatchLocality", "addressInNumberArea", "clipModes", "porting",
                   "holidays"}))
        return false;

    if (!string(o, QStringLiteral("code"), path, Need::Required, false, &out->code))
        return false;
    if (!isCountryCode(out->code)) {
        const QString codePath = keyPath(path, QStringLiteral("code"));
        if (out->code.size() == 2 && out->code.toUpper() == out->code)
            return fail(codePath,
                        QCoreApplication::translate(
                            "Catalog", "%1 is not a country of the Operator Connect footprint")
                            .arg(quoted(out->code)));
        return fail(codePath, QCoreApplication::translate(
                                  "Catalog", "%1 is not a country code: use two upper-case letters "
                                             "(ISO 3166-1 alpha-2), such as \"DE\"")
                                  .arg(quoted(out->code)));
    }

    if (!string(o, QStringLiteral("name"), path, Need::Required, false, &out->name) ||
        !string(o, QStringLiteral("nameInText"), path, Need::Optional, false, &out->nameInText) ||
        !string(o, QStringLiteral("currency"), path, Need::Required, false, &out->currency))
        return false;
    const QString currencyPath = keyPath(path, QStringLiteral("currency"));
    if (!isThreeUpperCaseLetters(out->currency))
        return fail(currencyPath,
                    QCoreApplication::translate(
                        "Catalog", "%1 is not a currency code: use three upper-case letters "
                                   "(ISO 4217), such as \"EUR\"")
                        .arg(quoted(out->currency)));
    if (!knownCurrencies().contains(out->currency))
        return fail(currencyPath,
                    QCoreApplication::translate("Catalog", "%1 is not an ISO 4217 currency in use")
                        .arg(quoted(out->currency)));

    if (!string(o, QStringLiteral("offeringId"), path, Need::Required, false, &out->offeringId))
        return false;

    QJsonArray plans;
    if (!array(o, QStringLiteral("plans"), path, Need::Required, &plans))
        return false;
    const QString plansPath = keyPath(path, QStringLiteral("plans"));
    if (plans.isEmpty())
        return fail(plansPath,
                    QCoreApplication::translate("Catalog", "must list at least one voice plan"));
    QHash<QString, qsizetype> planIds;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QString planPath = indexPath(plansPath, i);
        Plan p;
        if (!plan(plans.at(i), planPath, &p))
            return false;
        if (const auto it = planIds.constFind(p.id); it != planIds.constEnd())
            return fail(keyPath(planPath, QStringLiteral("id")),
                        QCoreApplication::translate("Catalog", "%1 is already used by %2")
                            .arg(quoted(p.id), indexPath(plansPath, *it)));
        planIds.insert(p.id, i);
        out->plans << p;
    }

    return fees(o, path, &out->fees) &&
           boolean(o, QStringLiteral("areaCodeMustMatchLocality"), path, Need::Optional,
                   &out->areaCodeMustMatchLocality) &&
           boolean(o, QStringLiteral("addressInNumberArea"), path, Need::Optional,
                   &out->addressInNumberArea) &&
           clipModes(o, path, &out->clipModes) && porting(o, path, out) &&
           holidays(o, path, &out->publicHolidays);
}

bool Parser::plan(const QJsonValue &value, const QString &path, Plan *out)
{
    if (!value.isObject())
        return wrongType(path, QCoreApplication::translate("Catalog", "an object"), value);
    const QJsonObject o = value.toObject();
    return onlyKeys(o, path, {"id", "name", "description", "monthlyPrice", "included"}) &&
           string(o, QStringLiteral("id"), path, Need::Required, false, &out->id) &&
           string(o, QStringLiteral("name"), path, Need::Required, false, &out->name) &&
           string(o, QStringLiteral("description"), path, Need::Required, false,
                  &out->description) &&
           integer(o, QStringLiteral("monthlyPrice"), path, Need::Required,
                   std::numeric_limits<qint64>::max(), &out->monthlyPricePerUser) &&
           stringList(o, QStringLiteral("included"), path, Need::Optional, &out->included);
}

bool Parser::fees(const QJsonObject &parent, const QString &countryPath, CountryFees *out)
{
    QJsonObject o;
    if (!object(parent, QStringLiteral("fees"), countryPath, &o))
        return false;
    const QString path = keyPath(countryPath, QStringLiteral("fees"));
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    return onlyKeys(o, path,
                    {"setupPerCountry", "installationPerOffice", "activationPerNumber",
                     "configurationPerOption", "portingPerNumber"}) &&
           integer(o, QStringLiteral("setupPerCountry"), path, Need::Required, max,
                   &out->setupPerCountry) &&
           integer(o, QStringLiteral("installationPerOffice"), path, Need::Required, max,
                   &out->installationPerOffice) &&
           integer(o, QStringLiteral("activationPerNumber"), path, Need::Required, max,
                   &out->activationPerNumber) &&
           integer(o, QStringLiteral("configurationPerOption"), path, Need::Required, max,
                   &out->configurationPerOption) &&
           integer(o, QStringLiteral("portingPerNumber"), path, Need::Required, max,
                   &out->portingPerNumber);
}

bool Parser::clipModes(const QJsonObject &parent, const QString &countryPath, QList<ClipMode> *out)
{
    QStringList keys;
    if (!stringList(parent, QStringLiteral("clipModes"), countryPath, Need::Required, &keys))
        return false;
    const QString path = keyPath(countryPath, QStringLiteral("clipModes"));
    QList<ClipMode> modes;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        ClipMode mode = ClipMode::Screening;
        if (!clipModeFromKey(keys.at(i), &mode))
            return fail(indexPath(path, i),
                        QCoreApplication::translate(
                            "Catalog", "unknown CLIP mode %1 (use \"screening\", \"noScreening\" "
                                       "or \"presentationNumber\")")
                            .arg(quoted(keys.at(i))));
        if (modes.contains(mode))
            return fail(indexPath(path, i),
                        QCoreApplication::translate("Catalog", "%1 is listed twice")
                            .arg(quoted(keys.at(i))));
        modes << mode;
    }
    // Screening is the default every order starts with, so every country must offer it.
    if (!modes.contains(ClipMode::Screening))
        return fail(path, QCoreApplication::translate(
                              "Catalog", "must contain \"screening\", the default CLIP mode"));
    *out = modes;
    return true;
}

bool Parser::porting(const QJsonObject &parent, const QString &countryPath, CountryInfo *out)
{
    QJsonObject o;
    if (!object(parent, QStringLiteral("porting"), countryPath, &o))
        return false;
    const QString path = keyPath(countryPath, QStringLiteral("porting"));
    if (!onlyKeys(o, path,
                  {"leadTimeDays", "leadTimeMaxDays", "mainBillingNumber", "onePerNumber", "stamp",
                   "validityMonths", "notes", "fields"}))
        return false;

    qint64 leadTime = 0;
    qint64 leadTimeMax = 0;
    qint64 validity = 0;
    if (!integer(o, QStringLiteral("leadTimeDays"), path, Need::Required, kMaxLeadTimeDays,
                 &leadTime) ||
        !integer(o, QStringLiteral("leadTimeMaxDays"), path, Need::Optional, kMaxLeadTimeDays,
                 &leadTimeMax))
        return false;
    if (leadTimeMax != 0 && leadTimeMax < leadTime)
        return fail(keyPath(path, QStringLiteral("leadTimeMaxDays")),
                    QCoreApplication::translate(
                        "Catalog", "must be 0 (fixed lead time) or at least leadTimeDays (%1)")
                        .arg(leadTime));
    if (!boolean(o, QStringLiteral("mainBillingNumber"), path, Need::Optional,
                 &out->usesMainBillingNumber) ||
        !boolean(o, QStringLiteral("onePerNumber"), path, Need::Optional,
                 &out->onePortingFormPerNumber) ||
        !boolean(o, QStringLiteral("stamp"), path, Need::Optional, &out->portingFormNeedsStamp) ||
        !integer(o, QStringLiteral("validityMonths"), path, Need::Optional, kMaxValidityMonths,
                 &validity) ||
        !string(o, QStringLiteral("notes"), path, Need::Optional, true, &out->portingNotes))
        return false;
    out->portingLeadTimeDays = int(leadTime);
    out->portingLeadTimeMaxDays = int(leadTimeMax);
    out->portingFormValidityMonths = int(validity);

    QJsonArray fields;
    if (!array(o, QStringLiteral("fields"), path, Need::Optional, &fields))
        return false;
    const QString fieldsPath = keyPath(path, QStringLiteral("fields"));
    QHash<QString, qsizetype> keys;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString fieldPath = indexPath(fieldsPath, i);
        PortingField field;
        if (!portingField(fields.at(i), fieldPath, &field))
            return false;
        if (const auto it = keys.constFind(field.key); it != keys.constEnd())
            return fail(keyPath(fieldPath, QStringLiteral("key")),
                        QCoreApplication::translate("Catalog", "%1 is already used by %2")
                            .arg(quoted(field.key), indexPath(fieldsPath, *it)));
        keys.insert(field.key, i);
        out->portingFields << field;
    }
    return true;
}

bool Parser::portingField(const QJsonValue &value, const QString &path, PortingField *out)
{
    if (!value.isObject())
        return wrongType(path, QCoreApplication::translate("Catalog", "an object"), value);
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path, {"key", "label", "pattern", "checksum", "hint", "required"}) ||
        !string(o, QStringLiteral("key"), path, Need::Required, false, &out->key) ||
        !string(o, QStringLiteral("label"), path, Need::Required, false, &out->label) ||
        !string(o, QStringLiteral("pattern"), path, Need::Optional, true, &out->pattern))
        return false;
    if (!out->pattern.isEmpty()) {
        const QRegularExpression re(out->pattern);
        if (!re.isValid())
            return fail(keyPath(path, QStringLiteral("pattern")),
                        QCoreApplication::translate(
                            "Catalog", "not a valid regular expression: %1 at offset %2")
                            .arg(re.errorString())
                            .arg(re.patternErrorOffset()));
    }
    if (!string(o, QStringLiteral("checksum"), path, Need::Optional, true, &out->checksum))
        return false;
    bool knownChecksum = false;
    for (const char *name : kChecksums)
        knownChecksum = knownChecksum || out->checksum == QLatin1String(name);
    if (!knownChecksum)
        return fail(keyPath(path, QStringLiteral("checksum")),
                    QCoreApplication::translate(
                        "Catalog", "unknown checksum %1 (use \"luhn\", \"siret\", \"nif\", "
                                   "\"codiceFiscale\", \"itVat\" or \"\")")
                        .arg(quoted(out->checksum)));
    return string(o, QStringLiteral("hint"), path, Need::Optional, true, &out->hint) &&
           boolean(o, QStringLiteral("required"), path, Need::Optional, &out->required);
}

bool Parser::holidays(const QJsonObject &parent, const QString &countryPath, QSet<QDate> *out)
{
    QStringList dates;
    if (!stringList(parent, QStringLiteral("holidays"), countryPath, Need::Required, &dates))
        return false;
    const QString path = keyPath(countryPath, QStringLiteral("holidays"));
    QSet<QDate> result;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString &text = dates.at(i);
        // Qt::ISODate also takes forms such as "2026-1-1"; round-tripping keeps the file uniform.
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || date.toString(Qt::ISODate) != text)
            return fail(indexPath(path, i),
                        QCoreApplication::translate("Catalog", "%1 is not a date (YYYY-MM-DD)")
                            .arg(quoted(text)));
        if (result.contains(date))
            return fail(
                indexPath(path, i),
                QCoreApplication::translate("Catalog", "%1 is listed twice").arg(quoted(text)));
        result.insert(date);
    }
    *out = result;
    return true;
}

} // namespace

Result<Catalog> Catalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column help an admin with an editor more than a byte offset does.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column =
            QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return Result<Catalog>::failure(
            QCoreApplication::translate(
                "Catalog", "The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)")
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(line)
                .arg(column));
    }
    if (!document.isObject())
        return Result<Catalog>::failure(QCoreApplication::translate(
            "Catalog", "The catalog must be a JSON object with \"countries\"."));

    Parser parser;
    Parsed parsed;
    if (!parser.parse(document.object(), &parsed))
        return Result<Catalog>::failure(parser.error());

    // The catalog's texts in the rep's language, where the translations have them: the bundled
    // catalog's are listed for the translators in CatalogTexts.cpp; others stay as written.
    for (CountryInfo &c : parsed.countries) {
        // Every country has a name inside a sentence for the translators, the heading's
        // where the catalog gives none: most languages need one ("in der Schweiz").
        const QString english = c.name;
        c.name = catalogText(english);
        c.nameInText =
            catalogText(c.nameInText.isEmpty() ? english : c.nameInText, kCountryInSentence);
        c.portingNotes = catalogText(c.portingNotes);
        for (Plan &plan : c.plans) {
            plan.name = catalogText(plan.name);
            plan.description = catalogText(plan.description);
            for (QString &line : plan.included)
                line = catalogText(line);
        }
        for (PortingField &f : c.portingFields) {
            f.label = catalogText(f.label);
            f.hint = catalogText(f.hint);
        }
    }

    Catalog catalog;
    catalog.m_countries = std::move(parsed.countries);
    catalog.m_version = std::move(parsed.version);
    catalog.m_sample = parsed.sample;
    return catalog;
}

Result<Catalog> Catalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Catalog>::failure(
            QCoreApplication::translate("Catalog", "Cannot read the catalog %1: %2")
                .arg(path, file.errorString()));
    return fromJson(file.readAll());
}

QString catalogText(const QString &text, const char *disambiguation)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("od::CatalogText", text.toUtf8().constData(),
                                       disambiguation);
}

Result<Catalog> Catalog::bundled()
{
    // orderdesk_resources is a static library: Qt's CMake links its resource initialiser as an
    // object file into every executable that links the library, so ":/catalog.json" is
    // registered before main() without Q_INIT_RESOURCE (which would tie this library to that
    // one at link time).
    if (!QFile::exists(QStringLiteral(":/catalog.json")))
        return Result<Catalog>::failure(QCoreApplication::translate(
            "Catalog", "The bundled catalog is missing from this build (:/catalog.json); link "
                       "orderdesk_resources."));
    return load(QStringLiteral(":/catalog.json"));
}

const CountryInfo *Catalog::country(const QString &code) const
{
    for (const CountryInfo &info : m_countries) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

const Plan *Catalog::plan(const QString &countryCode, const QString &planId) const
{
    const CountryInfo *info = country(countryCode);
    return info ? info->plan(planId) : nullptr;
}

} // namespace od
