#include "OrderJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace od {

QJsonObject addressToJson(const Address &a)
{
    return QJsonObject{
        {QStringLiteral("companyName"), a.companyName},
        {QStringLiteral("houseNumber"), a.houseNumber},
        {QStringLiteral("houseNumberSuffix"), a.houseNumberSuffix},
        {QStringLiteral("street"), a.street},
        {QStringLiteral("postalCode"), a.postalCode},
        {QStringLiteral("city"), a.city},
        {QStringLiteral("stateOrProvince"), a.stateOrProvince},
        {QStringLiteral("country"), a.country},
    };
}

namespace {

/// The context of this file's messages. Calls are qualified (OrderJsonText::tr) so that lupdate
/// files them under the context they are looked up in, whatever scope they are written in.
struct OrderJsonText
{
    Q_DECLARE_TR_FUNCTIONS(OrderJson)
};

// ---- writing -------------------------------------------------------------------------------

template <typename E, size_t N>
QString enumKey(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

const std::pair<CustomerKind, const char *> kCustomerKinds[] = {
    {CustomerKind::Existing, "existing"},
    {CustomerKind::OnlineAccount, "onlineAccount"},
    {CustomerKind::Prospect, "prospect"},
};
const std::pair<PortKind, const char *> kPortKinds[] = {
    {PortKind::Port, "port"},
    {PortKind::Migrate, "migrate"},
};
const std::pair<TeamsNumberType, const char *> kTeamsNumberTypes[] = {
    {TeamsNumberType::Unknown, "unknown"},
    {TeamsNumberType::CallingPlan, "callingPlan"},
    {TeamsNumberType::DirectRouting, "directRouting"},
    {TeamsNumberType::OperatorConnect, "operatorConnect"},
};
const std::pair<AddressValidation, const char *> kValidations[] = {
    {AddressValidation::NotValidated, "notValidated"},
    {AddressValidation::Validated, "validated"},
    {AddressValidation::Failed, "failed"},
};
const std::pair<ClipMode, const char *> kClipModes[] = {
    {ClipMode::Screening, "screening"},
    {ClipMode::NoScreening, "noScreening"},
    {ClipMode::PresentationNumber, "presentationNumber"},
};

QJsonObject toJson(const Address &a)
{
    return addressToJson(a);
}

QJsonObject toJson(const Contact &c)
{
    return QJsonObject{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("jobTitle"), c.jobTitle},
    };
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toJson(const CountryOrder &c)
{
    QJsonArray plans;
    for (const PlanLine &p : c.plans)
        plans.append(QJsonObject{{QStringLiteral("planId"), p.planId},
                                 {QStringLiteral("quantity"), p.quantity}});

    QJsonArray numbers;
    for (const NumberRange &n : c.porting.numbers)
        numbers.append(QJsonObject{{QStringLiteral("text"), n.text},
                                   {QStringLiteral("first"), n.first},
                                   {QStringLiteral("last"), n.last}});
    QJsonObject extras;
    for (auto it = c.porting.extras.cbegin(); it != c.porting.extras.cend(); ++it)
        extras.insert(it.key(), it.value());
    const PortingDetails &p = c.porting;
    const QJsonObject porting{
        {QStringLiteral("kind"), enumKey(p.kind, kPortKinds)},
        {QStringLiteral("currentTeamsNumberType"),
         enumKey(p.currentTeamsNumberType, kTeamsNumberTypes)},
        {QStringLiteral("losingCarrier"), p.losingCarrier},
        {QStringLiteral("accountHolderName"), p.accountHolderName},
        {QStringLiteral("accountHolderAddress"), toJson(p.accountHolderAddress)},
        {QStringLiteral("numbers"), numbers},
        {QStringLiteral("mainBillingNumber"), p.mainBillingNumber},
        {QStringLiteral("requestedDate"), p.requestedDate.isValid()
                                              ? QJsonValue(p.requestedDate.toString(Qt::ISODate))
                                              : QJsonValue()},
        {QStringLiteral("extras"), extras},
    };

    QJsonArray offices;
    for (const Office &o : c.offices) {
        QJsonObject office{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("address"), toJson(o.address)},
            {QStringLiteral("validation"), enumKey(o.validation, kValidations)},
            {QStringLiteral("validationRequested"), o.validationRequested},
            {QStringLiteral("validatedAddressId"), o.validatedAddressId},
            {QStringLiteral("areaCode"), o.areaCode},
            {QStringLiteral("totalNumbers"), o.totalNumbers},
            {QStringLiteral("userNumbers"), o.userNumbers},
            {QStringLiteral("resourceAccountNumbers"), o.resourceAccountNumbers},
            {QStringLiteral("reservationRequested"), o.reservationRequested},
            {QStringLiteral("reservationId"), o.reservationId},
            {QStringLiteral("reservedNumbers"), toJson(o.reservedNumbers)},
        };
        office.insert(
            QStringLiteral("geocode"),
            o.geocode ? QJsonValue(QJsonObject{{QStringLiteral("latitude"), o.geocode->latitude},
                                               {QStringLiteral("longitude"), o.geocode->longitude}})
                      : QJsonValue());
        offices.append(office);
    }

    const Options &opt = c.options;
    const QJsonObject options{
        {QStringLiteral("callForwarding"), opt.callForwarding},
        {QStringLiteral("callForwardingTarget"), opt.callForwardingTarget},
        {QStringLiteral("clipMode"), enumKey(opt.clipMode, kClipModes)},
        {QStringLiteral("presentationNumber"), opt.presentationNumber},
        {QStringLiteral("autoAttendants"), opt.autoAttendants},
        {QStringLiteral("callQueues"), opt.callQueues},
    };

    return QJsonObject{
        {QStringLiteral("country"), c.country},
        {QStringLiteral("ocn"), c.ocn},
        {QStringLiteral("bcn"), c.bcn},
        {QStringLiteral("plans"), plans},
        {QStringLiteral("keepNumbers"), c.keepNumbers},
        {QStringLiteral("porting"), porting},
        {QStringLiteral("offices"), offices},
        {QStringLiteral("options"), options},
    };
}

// ---- reading -------------------------------------------------------------------------------

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return OrderJsonText::tr("null");
    case QJsonValue::Bool:
        return OrderJsonText::tr("true or false");
    case QJsonValue::Double:
        return OrderJsonText::tr("a number");
    case QJsonValue::String:
        return OrderJsonText::tr("text");
    case QJsonValue::Array:
        return OrderJsonText::tr("a list");
    case QJsonValue::Object:
        return OrderJsonText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return OrderJsonText::tr("nothing");
}

/// Reads JSON strictly, keeping the path of the value being read for its messages. The first
/// error wins; once failed, every further read is a no-op.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    class Scope
    {
    public:
        Scope(Reader &r, const QString &part) : m_r(r) { m_r.m_path.append(part); }
        ~Scope() { m_r.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Reader &m_r;
    };

    Scope field(const QString &key) { return Scope(*this, key); }
    Scope index(qsizetype i) { return Scope(*this, QStringLiteral("[%1]").arg(i)); }

    void fail(const QString &message)
    {
        if (!failed())
            m_error = QStringLiteral("%1: %2").arg(path(), message);
    }

    QString path() const
    {
        QString p;
        for (const QString &part : m_path) {
            if (!p.isEmpty() && !part.startsWith(QLatin1Char('[')))
                p += QLatin1Char('.');
            p += part;
        }
        return p.isEmpty() ? OrderJsonText::tr("(document)") : p;
    }

    /// Rejects keys that this version does not know: they would be lost on the next save.
    void onlyKeys(const QJsonObject &o, std::initializer_list<const char *> keys)
    {
        for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known) {
                const Scope s = field(it.key());
                fail(OrderJsonText::tr(
                    "unknown field; this version of Order Desk does not know it, and would "
                    "lose it"));
            }
        }
    }

    void wrongType(const QJsonValue &v, const QString &expected)
    {
        fail(OrderJsonText::tr("expected %1, found %2").arg(expected, typeName(v)));
    }

    void str(const QJsonObject &o, const char *key, QString *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isString())
            return wrongType(v, OrderJsonText::tr("text"));
        *out = v.toString();
    }

    void boolean(const QJsonObject &o, const char *key, bool *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isBool())
            return wrongType(v, OrderJsonText::tr("true or false"));
        *out = v.toBool();
    }

    void integer(const QJsonObject &o, const char *key, int *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isDouble())
            return wrongType(v, OrderJsonText::tr("a whole number"));
        const double d = v.toDouble();
        if (std::floor(d) != d || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max())
            return fail(OrderJsonText::tr("expected a whole number, found %1").arg(d));
        *out = static_cast<int>(d);
    }

    void real(const QJsonObject &o, const char *key, double *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isDouble())
            return wrongType(v, OrderJsonText::tr("a number"));
        *out = v.toDouble();
    }

    void date(const QJsonObject &o, const char *key, QDate *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k) || o.value(k).isNull())
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isString())
            return wrongType(v, OrderJsonText::tr("a date (YYYY-MM-DD)"));
        // Qt's ISO parser also takes "2026-12-03T10:00" and "2026-12-03Z" and drops the rest:
        // only the exact form is a date here, so that nothing is silently cut off.
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != v.toString())
            return fail(
                OrderJsonText::tr("\"%1\" is not a date; expected YYYY-MM-DD").arg(v.toString()));
        *out = d;
    }

    void dateTime(const QJsonObject &o, const char *key, QDateTime *out)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k) || o.value(k).isNull())
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isString())
            return wrongType(v, OrderJsonText::tr("a date and time (ISO 8601)"));
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!d.isValid())
            return fail(OrderJsonText::tr("\"%1\" is not a date and time; expected ISO 8601, e.g. "
                                          "2026-12-03T09:30:00Z")
                            .arg(v.toString()));
        // Without Z or an offset the time would be read in this machine's zone.
        if (d.timeSpec() == Qt::LocalTime)
            return fail(
                OrderJsonText::tr("\"%1\" has no time zone; expected ISO 8601 with Z or an offset, "
                                  "e.g. 2026-12-03T09:30:00Z")
                    .arg(v.toString()));
        *out = d.toUTC();
    }

    template <typename E, size_t N>
    void enumeration(const QJsonObject &o, const char *key, E *out,
                     const std::pair<E, const char *> (&table)[N])
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isString())
            return wrongType(v, OrderJsonText::tr("text"));
        QStringList allowed;
        for (const auto &[value, name] : table) {
            if (v.toString() == QLatin1String(name)) {
                *out = value;
                return;
            }
            allowed << QString::fromLatin1(name);
        }
        fail(OrderJsonText::tr("\"%1\" is not one of %2")
                 .arg(v.toString(), allowed.join(QStringLiteral(", "))));
    }

    /// Calls `each(object)` for an object-valued field; false when absent or failed.
    template <typename F> void object(const QJsonObject &o, const char *key, F each)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isObject())
            return wrongType(v, OrderJsonText::tr("an object"));
        each(v.toObject());
    }

    /// Calls `each(i, value)` for every element of an array-valued field.
    template <typename F> void array(const QJsonObject &o, const char *key, F each)
    {
        const QString k = QString::fromLatin1(key);
        if (failed() || !o.contains(k))
            return;
        const QJsonValue v = o.value(k);
        const Scope s = field(k);
        if (!v.isArray())
            return wrongType(v, OrderJsonText::tr("a list"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const Scope is = index(i);
            each(a.at(i));
        }
    }

    void stringList(const QJsonObject &o, const char *key, QStringList *out)
    {
        QStringList list;
        array(o, key, [&](const QJsonValue &v) {
            if (!v.isString())
                return wrongType(v, OrderJsonText::tr("text"));
            list.append(v.toString());
        });
        if (!failed() && o.contains(QString::fromLatin1(key)))
            *out = list;
    }

    /// Like array(), for elements that must be objects.
    template <typename F> void objects(const QJsonObject &o, const char *key, F each)
    {
        array(o, key, [&](const QJsonValue &v) {
            if (!v.isObject())
                return wrongType(v, OrderJsonText::tr("an object"));
            each(v.toObject());
        });
    }

private:
    QStringList m_path;
    QString m_error;
};

void read(Reader &r, const QJsonObject &o, Address *a)
{
    r.onlyKeys(o, {"companyName", "houseNumber", "houseNumberSuffix", "street", "postalCode",
                   "city", "stateOrProvince", "country"});
    r.str(o, "companyName", &a->companyName);
    r.str(o, "houseNumber", &a->houseNumber);
    r.str(o, "houseNumberSuffix", &a->houseNumberSuffix);
    r.str(o, "street", &a->street);
    r.str(o, "postalCode", &a->postalCode);
    r.str(o, "city", &a->city);
    r.str(o, "stateOrProvince", &a->stateOrProvince);
    r.str(o, "country", &a->country);
}

void read(Reader &r, const QJsonObject &o, Contact *c)
{
    r.onlyKeys(o, {"name", "email", "phone", "jobTitle"});
    r.str(o, "name", &c->name);
    r.str(o, "email", &c->email);
    r.str(o, "phone", &c->phone);
    r.str(o, "jobTitle", &c->jobTitle);
}

void read(Reader &r, const QJsonObject &o, Customer *c)
{
    r.onlyKeys(o, {"kind", "ocn", "accountEmail", "onlineAccountId", "companyName",
                   "prospectAddress", "prospectContact", "verified"});
    r.enumeration(o, "kind", &c->kind, kCustomerKinds);
    r.str(o, "ocn", &c->ocn);
    r.str(o, "accountEmail", &c->accountEmail);
    r.str(o, "onlineAccountId", &c->onlineAccountId);
    r.str(o, "companyName", &c->companyName);
    r.object(o, "prospectAddress", [&](const QJsonObject &x) { read(r, x, &c->prospectAddress); });
    r.object(o, "prospectContact", [&](const QJsonObject &x) { read(r, x, &c->prospectContact); });
    r.boolean(o, "verified", &c->verified);
}

void read(Reader &r, const QJsonObject &o, PortingDetails *p)
{
    r.onlyKeys(o,
               {"kind", "currentTeamsNumberType", "losingCarrier", "accountHolderName",
                "accountHolderAddress", "numbers", "mainBillingNumber", "requestedDate", "extras"});
    r.enumeration(o, "kind", &p->kind, kPortKinds);
    r.enumeration(o, "currentTeamsNumberType", &p->currentTeamsNumberType, kTeamsNumberTypes);
    r.str(o, "losingCarrier", &p->losingCarrier);
    r.str(o, "accountHolderName", &p->accountHolderName);
    r.object(o, "accountHolderAddress",
             [&](const QJsonObject &x) { read(r, x, &p->accountHolderAddress); });
    r.objects(o, "numbers", [&](const QJsonObject &x) {
        NumberRange n;
        r.onlyKeys(x, {"text", "first", "last"});
        r.str(x, "text", &n.text);
        r.str(x, "first", &n.first);
        r.str(x, "last", &n.last);
        p->numbers.append(n);
    });
    r.str(o, "mainBillingNumber", &p->mainBillingNumber);
    r.date(o, "requestedDate", &p->requestedDate);
    r.object(o, "extras", [&](const QJsonObject &x) {
        for (auto it = x.begin(); it != x.end() && !r.failed(); ++it) {
            const auto s = r.field(it.key());
            if (!it.value().isString())
                r.wrongType(it.value(), OrderJsonText::tr("text"));
            else
                p->extras.insert(it.key(), it.value().toString());
        }
    });
}

void read(Reader &r, const QJsonObject &o, Office *f, int schemaVersion)
{
    r.onlyKeys(o, {"id", "address", "validation", "validationRequested", "validatedAddressId",
                   "geocode", "areaCode", "totalNumbers", "userNumbers", "resourceAccountNumbers",
                   "reservationRequested", "reservationId", "reservedNumbers"});
    r.str(o, "id", &f->id);
    r.object(o, "address", [&](const QJsonObject &x) { read(r, x, &f->address); });
    r.enumeration(o, "validation", &f->validation, kValidations);
    r.boolean(o, "validationRequested", &f->validationRequested);
    r.str(o, "validatedAddressId", &f->validatedAddressId);
    if (!o.value(QStringLiteral("geocode")).isNull())
        r.object(o, "geocode", [&](const QJsonObject &x) {
            r.onlyKeys(x, {"latitude", "longitude"});
            GeoPoint g;
            const bool complete =
                x.contains(QStringLiteral("latitude")) && x.contains(QStringLiteral("longitude"));
            r.real(x, "latitude", &g.latitude);
            r.real(x, "longitude", &g.longitude);
            if (!complete)
                r.fail(OrderJsonText::tr("needs both latitude and longitude"));
            else if (std::abs(g.latitude) > 90 || std::abs(g.longitude) > 180)
                r.fail(OrderJsonText::tr("latitude must lie within ±90 and longitude within ±180"));
            f->geocode = g;
        });
    r.str(o, "areaCode", &f->areaCode);
    r.integer(o, "totalNumbers", &f->totalNumbers);
    r.integer(o, "userNumbers", &f->userNumbers);
    r.integer(o, "resourceAccountNumbers", &f->resourceAccountNumbers);
    r.boolean(o, "reservationRequested", &f->reservationRequested);
    r.str(o, "reservationId", &f->reservationId);
    r.stringList(o, "reservedNumbers", &f->reservedNumbers);
    // Version 1 kept no flag for a queued validation; it only let Reserve queue numbers for an
    // address that was validated or whose validation was queued. A queued reservation of a
    // not-validated address therefore means Validate was pressed: keep it queued.
    if (schemaVersion < 2 && !o.contains(QStringLiteral("validationRequested")))
        f->validationRequested =
            f->reservationRequested && f->validation == AddressValidation::NotValidated;
}

void read(Reader &r, const QJsonObject &o, Options *p)
{
    r.onlyKeys(o, {"callForwarding", "callForwardingTarget", "clipMode", "presentationNumber",
                   "autoAttendants", "callQueues"});
    r.boolean(o, "callForwarding", &p->callForwarding);
    r.str(o, "callForwardingTarget", &p->callForwardingTarget);
    r.enumeration(o, "clipMode", &p->clipMode, kClipModes);
    r.str(o, "presentationNumber", &p->presentationNumber);
    r.integer(o, "autoAttendants", &p->autoAttendants);
    r.integer(o, "callQueues", &p->callQueues);
}

void read(Reader &r, const QJsonObject &o, CountryOrder *c, int schemaVersion)
{
    r.onlyKeys(o,
               {"country", "ocn", "bcn", "plans", "keepNumbers", "porting", "offices", "options"});
    r.str(o, "country", &c->country);
    r.str(o, "ocn", &c->ocn);
    r.str(o, "bcn", &c->bcn);
    r.objects(o, "plans", [&](const QJsonObject &x) {
        PlanLine line;
        r.onlyKeys(x, {"planId", "quantity"});
        r.str(x, "planId", &line.planId);
        r.integer(x, "quantity", &line.quantity);
        c->plans.append(line);
    });
    r.boolean(o, "keepNumbers", &c->keepNumbers);
    r.object(o, "porting", [&](const QJsonObject &x) { read(r, x, &c->porting); });
    r.objects(o, "offices", [&](const QJsonObject &x) {
        Office office;
        read(r, x, &office, schemaVersion);
        c->offices.append(office);
    });
    r.object(o, "options", [&](const QJsonObject &x) { read(r, x, &c->options); });
}

} // namespace

QJsonObject orderToJson(const Order &order)
{
    QJsonArray countries;
    for (const CountryOrder &c : order.countries)
        countries.append(toJson(c));
    const Customer &cu = order.customer;
    const QJsonObject customer{
        {QStringLiteral("kind"), enumKey(cu.kind, kCustomerKinds)},
        {QStringLiteral("ocn"), cu.ocn},
        {QStringLiteral("accountEmail"), cu.accountEmail},
        {QStringLiteral("onlineAccountId"), cu.onlineAccountId},
        {QStringLiteral("companyName"), cu.companyName},
        {QStringLiteral("prospectAddress"), toJson(cu.prospectAddress)},
        {QStringLiteral("prospectContact"), toJson(cu.prospectContact)},
        {QStringLiteral("verified"), cu.verified},
    };
    const Signatory &s = order.signatory;
    return QJsonObject{
        {QStringLiteral("schemaVersion"), Order::kSchemaVersion},
        {QStringLiteral("reference"), order.reference},
        // With milliseconds: Order::create() keeps them, and a round trip must not change the
        // order.
        {QStringLiteral("created"),
         order.created.isValid() ? QJsonValue(order.created.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue()},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("tenantId"), order.tenantId},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("orderContact"), toJson(order.orderContact)},
        {QStringLiteral("technicalContact"), toJson(order.technicalContact)},
        {QStringLiteral("legalAddress"), toJson(order.legalAddress)},
        {QStringLiteral("legalAddressConfirmed"), order.legalAddressConfirmed},
        {QStringLiteral("signatory"), QJsonObject{{QStringLiteral("name"), s.name},
                                                  {QStringLiteral("email"), s.email},
                                                  {QStringLiteral("jobTitle"), s.jobTitle},
                                                  {QStringLiteral("authorised"), s.authorised}}},
        {QStringLiteral("stepReached"), stepKey(order.stepReached)},
        {QStringLiteral("remarks"), order.remarks},
    };
}

QByteArray orderToJsonBytes(const Order &order, bool indented)
{
    return QJsonDocument(orderToJson(order))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

Result<Order> orderFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Order>::failure(
            OrderJsonText::tr("not a valid order document: %1 at character %2")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return Result<Order>::failure(
            OrderJsonText::tr("not a valid order document: expected a JSON object"));
    return orderFromJson(doc.object());
}

Result<Order> orderFromJson(const QJsonObject &o)
{
    Reader r;
    // The version first: a newer document may use fields this version would misread.
    const QJsonValue version = o.value(QStringLiteral("schemaVersion"));
    {
        const auto s = r.field(QStringLiteral("schemaVersion"));
        if (version.isUndefined())
            r.fail(OrderJsonText::tr("missing; this is not an Order Desk order document"));
        else if (!version.isDouble() || std::floor(version.toDouble()) != version.toDouble())
            r.wrongType(version, OrderJsonText::tr("a whole number"));
        else if (version.toDouble() > Order::kSchemaVersion)
            r.fail(OrderJsonText::tr(
                       "this order was saved by a newer version of Order Desk (schema %1; this "
                       "version reads up to %2). Update Order Desk to open it.")
                       .arg(version.toInt())
                       .arg(Order::kSchemaVersion));
        else if (version.toDouble() < 1)
            r.fail(OrderJsonText::tr("%1 is not a schema version").arg(version.toDouble()));
    }
    if (r.failed())
        return Result<Order>::failure(r.error());

    Order order;
    r.onlyKeys(o, {"schemaVersion", "reference", "created", "customer", "tenantId", "countries",
                   "orderContact", "technicalContact", "legalAddress", "legalAddressConfirmed",
                   "signatory", "stepReached", "remarks"});
    r.str(o, "reference", &order.reference);
    r.dateTime(o, "created", &order.created);
    r.object(o, "customer", [&](const QJsonObject &x) { read(r, x, &order.customer); });
    r.str(o, "tenantId", &order.tenantId);
    r.objects(o, "countries", [&](const QJsonObject &x) {
        CountryOrder c;
        read(r, x, &c, version.toInt());
        order.countries.append(c);
    });
    r.object(o, "orderContact", [&](const QJsonObject &x) { read(r, x, &order.orderContact); });
    r.object(o, "technicalContact",
             [&](const QJsonObject &x) { read(r, x, &order.technicalContact); });
    r.object(o, "legalAddress", [&](const QJsonObject &x) { read(r, x, &order.legalAddress); });
    r.boolean(o, "legalAddressConfirmed", &order.legalAddressConfirmed);
    r.object(o, "signatory", [&](const QJsonObject &x) {
        r.onlyKeys(x, {"name", "email", "jobTitle", "authorised"});
        r.str(x, "name", &order.signatory.name);
        r.str(x, "email", &order.signatory.email);
        r.str(x, "jobTitle", &order.signatory.jobTitle);
        r.boolean(x, "authorised", &order.signatory.authorised);
    });
    if (!r.failed() && o.contains(QStringLiteral("stepReached"))) {
        const QJsonValue v = o.value(QStringLiteral("stepReached"));
        const auto s = r.field(QStringLiteral("stepReached"));
        if (!v.isString())
            r.wrongType(v, OrderJsonText::tr("text"));
        else if (!stepFromKey(v.toString(), &order.stepReached))
            r.fail(OrderJsonText::tr("\"%1\" is not a step of the order").arg(v.toString()));
    }
    r.str(o, "remarks", &order.remarks);
    if (!r.failed() && order.reference.trimmed().isEmpty()) {
        const auto s = r.field(QStringLiteral("reference"));
        r.fail(OrderJsonText::tr("missing; every order keeps the reference it was created with"));
    }
    if (r.failed())
        return Result<Order>::failure(r.error());
    return order;
}

} // namespace od
