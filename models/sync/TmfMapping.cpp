#include "sync/TmfMapping.h"

#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "catalog/WorkingDays.h"

#include <QJsonArray>
#include <QJsonValue>

// CONTRACTS.md, "How an Operator Connect order maps". TMF622 v4.0.0 puts characteristics and
// places on the item's `product` (ProductRefOrValue), not on ProductOrderItem itself; child
// items are ProductOrderItem.productOrderItem[] (sub-items of the country's item).

namespace od::sync {

namespace {

constexpr int kNewNumbersLeadTimeDays = 5; // DOMAIN.md: handled within five working days

QJsonObject characteristic(const QString &name, const QJsonValue &value, const QString &valueType)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("valueType"), valueType},
                       {QStringLiteral("value"), value}};
}

QJsonObject text(const QString &name, const QString &value)
{
    return characteristic(name, value, QStringLiteral("string"));
}

QJsonObject integer(const QString &name, qint64 value)
{
    return characteristic(name, QJsonValue(value), QStringLiteral("integer"));
}

QJsonObject list(const QString &name, const QStringList &values)
{
    return characteristic(name, QJsonArray::fromStringList(values), QStringLiteral("array"));
}

QJsonValue amount(qint64 minor, const QString &currency)
{
    // Exact decimal text first, then the JSON number the schema asks for ("12.5").
    return QJsonValue(minorToDecimalString(minor, currency).toDouble());
}

QJsonObject money(qint64 minor, const QString &currency)
{
    return QJsonObject{{QStringLiteral("unit"), currency},
                       {QStringLiteral("value"), amount(minor, currency)}};
}

QJsonObject orderPrice(const QString &name, bool recurring, qint64 minor, const QString &currency)
{
    QJsonObject p{{QStringLiteral("name"), name},
                  {QStringLiteral("priceType"),
                   recurring ? QStringLiteral("recurring") : QStringLiteral("nonRecurring")},
                  {QStringLiteral("price"),
                   QJsonObject{{QStringLiteral("dutyFreeAmount"), money(minor, currency)}}}};
    if (recurring)
        p.insert(QStringLiteral("recurringChargePeriod"), QStringLiteral("month"));
    return p;
}

QString feeName(const FeeLine &line)
{
    // English names, not the translated labels: the payload must not depend on the locale.
    switch (line.kind) {
    case FeeLine::Kind::Plan:
        return QStringLiteral("Voice plan %1 x %2 users").arg(line.itemId).arg(line.quantity);
    case FeeLine::Kind::Setup:
        return QStringLiteral("Setup");
    case FeeLine::Kind::Installation:
        return QStringLiteral("Installation");
    case FeeLine::Kind::Activation:
        return QStringLiteral("Activation of %1 new numbers").arg(line.quantity);
    case FeeLine::Kind::Configuration:
        return QStringLiteral("Configuration: %1 x %2").arg(line.itemId).arg(line.quantity);
    case FeeLine::Kind::Porting:
        return QStringLiteral("Porting of %1 numbers").arg(line.quantity);
    }
    return {};
}

QJsonArray pricesFor(const FeeSummary &fees, const QString &country, QList<FeeLine::Kind> kinds,
                     const QString &itemId, bool matchItem)
{
    QJsonArray out;
    for (const FeeLine &l : fees.lines) {
        if (l.country != country || !kinds.contains(l.kind) || l.quantity <= 0)
            continue;
        if (matchItem && l.itemId != itemId)
            continue;
        out.append(orderPrice(feeName(l), l.recurring, l.totalMinor, l.currency));
    }
    return out;
}

QJsonObject addressValue(const Address &a, const std::optional<GeoPoint> &geo)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("companyName", a.companyName);
    put("streetNr", a.houseNumber);
    put("streetNrSuffix", a.houseNumberSuffix);
    put("streetName", a.street);
    put("postcode", a.postalCode);
    put("city", a.city);
    put("stateOrProvince", a.stateOrProvince);
    put("country", a.country);
    if (geo) {
        o.insert(QStringLiteral("latitude"), geo->latitude);
        o.insert(QStringLiteral("longitude"), geo->longitude);
    }
    return o;
}

QString oneLine(const Address &a)
{
    QStringList parts;
    const QString street =
        (a.street + QLatin1Char(' ') + a.houseNumber + a.houseNumberSuffix).simplified();
    for (const QString &p : {street, (a.postalCode + QLatin1Char(' ') + a.city).simplified(),
                             a.stateOrProvince, a.country})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

QJsonObject item(const QString &id, const QJsonObject &product, qint64 quantity = 1)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("action"), QStringLiteral("add")},
                  {QStringLiteral("quantity"), quantity}};
    if (!product.isEmpty())
        o.insert(QStringLiteral("product"), product);
    return o;
}

QString teamsNumberTypeKey(TeamsNumberType t)
{
    switch (t) {
    case TeamsNumberType::CallingPlan:
        return QStringLiteral("callingPlan");
    case TeamsNumberType::DirectRouting:
        return QStringLiteral("directRouting");
    case TeamsNumberType::OperatorConnect:
        return QStringLiteral("operatorConnect");
    case TeamsNumberType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject party(const QString &id, const QString &name, const QString &role,
                  const QString &referredType)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("@referredType"), referredType}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    return o;
}

QDate completionDate(const Order &order, const Catalog &catalog, const QDate &today)
{
    QDate latest;
    for (const CountryOrder &c : order.countries) {
        const CountryInfo *info = catalog.country(c.country);
        QDate d;
        if (c.keepNumbers && c.porting.requestedDate.isValid())
            d = c.porting.requestedDate;
        else if (info)
            d = addWorkingDays(
                today, c.keepNumbers ? info->portingLeadTimeDays : kNewNumbersLeadTimeDays, *info);
        else
            d = today.addDays(7);
        if (!latest.isValid() || d > latest)
            latest = d;
    }
    return latest;
}

QString isoDateTime(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString customerPartyId(const Order &order)
{
    switch (order.customer.kind) {
    case CustomerKind::Existing:
        return order.customer.ocn.trimmed();
    case CustomerKind::OnlineAccount:
        return QStringLiteral("online:") + order.customer.onlineAccountId.trimmed();
    case CustomerKind::Prospect:
        break;
    }
    // A prospect has no account yet: the order reference names it until the carrier creates one.
    return QStringLiteral("prospect:") + order.reference;
}

QJsonObject productOrderFromOrder(const Order &order, const Catalog &catalog)
{
    MappingOptions options;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate created = order.created.isValid() ? order.created.toUTC().date() : today;
    options.today = created > today ? created : today;
    return productOrderFromOrder(order, catalog, options);
}

QJsonObject productOrderFromOrder(const Order &order, const Catalog &catalog,
                                  const MappingOptions &options)
{
    const FeeSummary fees = computeFees(order, catalog);
    using Kind = FeeLine::Kind;

    QJsonObject po{{QStringLiteral("@type"), QStringLiteral("ProductOrder")},
                   {QStringLiteral("externalId"), order.reference},
                   {QStringLiteral("category"), QStringLiteral("enterprise")},
                   {QStringLiteral("description"),
                    QStringLiteral("Operator Connect order %1").arg(order.reference)}};
    po.insert(
        QStringLiteral("channel"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("desktop")},
                               {QStringLiteral("name"), QStringLiteral("Order Desk")},
                               {QStringLiteral("role"), QStringLiteral("salesChannel")},
                               {QStringLiteral("@referredType"), QStringLiteral("SalesChannel")}}});
    const QDate completion = completionDate(order, catalog, options.today);
    if (completion.isValid())
        po.insert(QStringLiteral("requestedCompletionDate"), isoDateTime(completion));

    // Notes: the rep's remarks, and the contacts' ways to be reached (RelatedParty has no
    // contact medium in TMF622 v4.0.0).
    QJsonArray notes;
    if (!order.remarks.trimmed().isEmpty())
        notes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("remarks")},
                                 {QStringLiteral("author"), QStringLiteral("seller")},
                                 {QStringLiteral("text"), order.remarks.trimmed()}});
    auto contactNote = [&notes](const QString &id, const QString &label, const Contact &c) {
        if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
            return;
        QStringList parts;
        for (const QString &p : {c.name, c.jobTitle, c.email, c.phone})
            if (!p.trimmed().isEmpty())
                parts << p.trimmed();
        notes.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("author"), QStringLiteral("seller")},
                                 {QStringLiteral("text"), label + QStringLiteral(": ") +
                                                              parts.join(QStringLiteral("; "))}});
    };
    contactNote(QStringLiteral("orderContact"), QStringLiteral("Order contact"),
                order.orderContact);
    contactNote(QStringLiteral("technicalContact"), QStringLiteral("Technical contact"),
                order.technicalContact);
    if (!notes.isEmpty())
        po.insert(QStringLiteral("note"), notes);

    QJsonArray parties;
    parties.append(party(customerPartyId(order), order.customer.companyName,
                         QStringLiteral("customer"), QStringLiteral("Organization")));
    parties.append(party(options.sellerId, options.sellerName, QStringLiteral("seller"),
                         QStringLiteral("Individual")));
    auto contactParty = [&parties](const Contact &c, const QString &role) {
        if (!c.email.trimmed().isEmpty())
            parties.append(party(c.email.trimmed().toLower(), c.name.trimmed(), role,
                                 QStringLiteral("Individual")));
    };
    contactParty(order.orderContact, QStringLiteral("orderContact"));
    contactParty(order.technicalContact, QStringLiteral("technicalContact"));
    // Only an order signed electronically has a signatory: the carrier waits for that
    // signature. A porting order's signatory fields may hold what was typed before the rep chose
    // to keep the numbers; the porting forms are signed on paper.
    if (order.submissionPath() == SubmissionPath::Signature &&
        !order.signatory.email.trimmed().isEmpty())
        parties.append(party(order.signatory.email.trimmed().toLower(),
                             order.signatory.name.trimmed(), QStringLiteral("signatory"),
                             QStringLiteral("Individual")));
    po.insert(QStringLiteral("relatedParty"), parties);

    QJsonArray items;
    for (const CountryOrder &c : order.countries) {
        const CountryInfo *info = catalog.country(c.country);
        const QString code = c.country;

        QJsonArray chars;
        chars.append(text(QStringLiteral("tenantId"), order.tenantId));
        chars.append(text(QStringLiteral("numberSource"), !c.keepNumbers ? QStringLiteral("new")
                                                          : c.porting.kind == PortKind::Migrate
                                                              ? QStringLiteral("migrate")
                                                              : QStringLiteral("port")));
        chars.append(text(QStringLiteral("country"), code));
        if (!c.ocn.isEmpty())
            chars.append(text(QStringLiteral("ocn"), c.ocn));
        if (c.keepNumbers) {
            const PortingDetails &p = c.porting;
            if (p.kind == PortKind::Migrate)
                chars.append(text(QStringLiteral("currentTeamsNumberType"),
                                  teamsNumberTypeKey(p.currentTeamsNumberType)));
            chars.append(text(QStringLiteral("losingCarrier"), p.losingCarrier));
            chars.append(text(QStringLiteral("accountHolderName"), p.accountHolderName));
            chars.append(characteristic(QStringLiteral("accountHolderAddress"),
                                        addressValue(p.accountHolderAddress, std::nullopt),
                                        QStringLiteral("object")));
            QJsonArray ranges;
            for (const NumberRange &r : p.numbers) {
                QJsonObject range{{QStringLiteral("first"), r.first.isEmpty() ? r.text : r.first}};
                if (r.isRange())
                    range.insert(QStringLiteral("last"), r.last);
                ranges.append(range);
            }
            chars.append(
                characteristic(QStringLiteral("portedNumbers"), ranges, QStringLiteral("array")));
            if (!p.mainBillingNumber.isEmpty())
                chars.append(text(QStringLiteral("mainBillingNumber"), p.mainBillingNumber));
            if (p.requestedDate.isValid())
                chars.append(characteristic(QStringLiteral("requestedPortDate"),
                                            p.requestedDate.toString(Qt::ISODate),
                                            QStringLiteral("date")));
            for (auto it = p.extras.cbegin(); it != p.extras.cend(); ++it)
                chars.append(text(QStringLiteral("porting.") + it.key(), it.value()));
        }

        QJsonObject product{{QStringLiteral("name"),
                             QStringLiteral("Operator Connect %1").arg(info ? info->name : code)},
                            {QStringLiteral("productCharacteristic"), chars}};
        QJsonObject countryItem = item(code, product);
        countryItem.insert(
            QStringLiteral("productOffering"),
            QJsonObject{
                {QStringLiteral("id"), info && !info->offeringId.isEmpty()
                                           ? info->offeringId
                                           : QStringLiteral("operator-connect-") + code.toLower()},
                {QStringLiteral("name"),
                 QStringLiteral("Operator Connect %1").arg(info ? info->name : code)}});
        countryItem.insert(
            QStringLiteral("billingAccount"),
            QJsonObject{{QStringLiteral("id"), c.bcn},
                        {QStringLiteral("@referredType"), QStringLiteral("BillingAccount")}});
        const QJsonArray countryPrices =
            pricesFor(fees, code, {Kind::Setup, Kind::Porting}, QString(), false);
        if (!countryPrices.isEmpty())
            countryItem.insert(QStringLiteral("itemPrice"), countryPrices);

        QJsonArray children;
        for (int i = 0; i < c.plans.size(); ++i) {
            const PlanLine &line = c.plans.at(i);
            const Plan *plan = info ? info->plan(line.planId) : nullptr;
            QJsonObject child =
                item(QStringLiteral("%1-plan-%2").arg(code).arg(i + 1),
                     QJsonObject{{QStringLiteral("name"), plan ? plan->name : line.planId}},
                     qMax(0, line.quantity));
            child.insert(QStringLiteral("productOffering"),
                         QJsonObject{{QStringLiteral("id"), line.planId}});
            QJsonArray prices;
            for (const FeeLine &l : fees.lines)
                if (l.country == code && l.kind == Kind::Plan && l.itemId == line.planId &&
                    l.quantity == line.quantity && l.quantity > 0) {
                    prices.append(orderPrice(feeName(l), true, l.totalMinor, l.currency));
                    break;
                }
            if (!prices.isEmpty())
                child.insert(QStringLiteral("itemPrice"), prices);
            children.append(child);
        }
        if (!c.keepNumbers) {
            for (int i = 0; i < c.offices.size(); ++i) {
                const Office &office = c.offices.at(i);
                QJsonArray oc;
                oc.append(text(QStringLiteral("officeId"), office.id));
                oc.append(text(QStringLiteral("areaCode"), office.areaCode));
                oc.append(integer(QStringLiteral("userNumbers"), office.userNumbers));
                oc.append(integer(QStringLiteral("resourceAccountNumbers"),
                                  office.resourceAccountNumbers));
                oc.append(list(QStringLiteral("reservedNumbers"), office.reservedNumbers));
                if (!office.reservationId.isEmpty())
                    oc.append(text(QStringLiteral("reservationId"), office.reservationId));
                oc.append(characteristic(QStringLiteral("emergencyAddress"),
                                         addressValue(office.address, office.geocode),
                                         QStringLiteral("object")));
                QJsonObject place{
                    {QStringLiteral("role"), QStringLiteral("emergencyAddress")},
                    {QStringLiteral("name"), oneLine(office.address)},
                    {QStringLiteral("@referredType"), QStringLiteral("GeographicAddress")}};
                if (!office.validatedAddressId.isEmpty())
                    place.insert(QStringLiteral("id"), office.validatedAddressId);
                QJsonObject child = item(
                    QStringLiteral("%1-office-%2").arg(code).arg(i + 1),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Office %1").arg(i + 1)},
                                {QStringLiteral("place"), QJsonArray{place}},
                                {QStringLiteral("productCharacteristic"), oc}});
                const QJsonArray prices =
                    pricesFor(fees, code, {Kind::Installation, Kind::Activation}, office.id, true);
                if (!prices.isEmpty())
                    child.insert(QStringLiteral("itemPrice"), prices);
                children.append(child);
            }
        }
        const Options &o = c.options;
        auto option = [&](const QString &key, qint64 quantity, QJsonArray optionChars) {
            QJsonObject child =
                item(QStringLiteral("%1-option-%2").arg(code, key),
                     QJsonObject{{QStringLiteral("name"), key},
                                 {QStringLiteral("productCharacteristic"), optionChars}},
                     quantity);
            const QJsonArray prices = pricesFor(fees, code, {Kind::Configuration}, key, true);
            if (!prices.isEmpty())
                child.insert(QStringLiteral("itemPrice"), prices);
            children.append(child);
        };
        if (o.callForwarding)
            option(
                QStringLiteral("callForwarding"), 1,
                QJsonArray{text(QStringLiteral("callForwardingTarget"), o.callForwardingTarget)});
        if (o.clipMode != ClipMode::Screening) {
            QJsonArray cc{text(QStringLiteral("clipMode"), clipModeKey(o.clipMode))};
            if (o.clipMode == ClipMode::PresentationNumber)
                cc.append(text(QStringLiteral("presentationNumber"), o.presentationNumber));
            option(QStringLiteral("clipMode"), 1, cc);
        }
        if (o.autoAttendants > 0)
            option(QStringLiteral("autoAttendants"), o.autoAttendants,
                   QJsonArray{integer(QStringLiteral("autoAttendants"), o.autoAttendants)});
        if (o.callQueues > 0)
            option(QStringLiteral("callQueues"), o.callQueues,
                   QJsonArray{integer(QStringLiteral("callQueues"), o.callQueues)});
        if (!children.isEmpty())
            countryItem.insert(QStringLiteral("productOrderItem"), children);
        items.append(countryItem);
    }
    po.insert(QStringLiteral("productOrderItem"), items);

    QJsonArray totals;
    for (auto it = fees.monthly.cbegin(); it != fees.monthly.cend(); ++it)
        totals.append(orderPrice(QStringLiteral("Total monthly"), true, it.value(), it.key()));
    for (auto it = fees.oneOff.cbegin(); it != fees.oneOff.cend(); ++it)
        totals.append(orderPrice(QStringLiteral("Total one-off"), false, it.value(), it.key()));
    if (!totals.isEmpty())
        po.insert(QStringLiteral("orderTotalPrice"), totals);
    return po;
}

} // namespace od::sync
