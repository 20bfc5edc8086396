#include "catalog/Fees.h"

#include "catalog/Catalog.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>

namespace od {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// Fees are never negative (the catalog refuses negative prices; counts below 1 add no line), so
// saturating at the top is the only overflow case. An absurd catalog then shows an absurd but
// visible total instead of wrapping round to a small or negative one.
qint64 saturatingMul(qint64 a, qint64 b)
{
    qint64 result = 0;
    return qMulOverflow(a, b, &result) ? kMax : result;
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 result = 0;
    return qAddOverflow(a, b, &result) ? kMax : result;
}

// The digits of an E.164 number as an integer; false when it is not "+" and up to 18 digits.
bool e164Value(const QString &number, qint64 *value)
{
    if (number.size() < 2 || number.size() > 19 || number.front() != QLatin1Char('+'))
        return false;
    qint64 result = 0;
    for (qsizetype i = 1; i < number.size(); ++i) {
        const char16_t c = number.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c - u'0');
    }
    *value = result;
    return true;
}

// How many numbers one porting entry stands for. A DDI range "+4930123400".."+4930123499"
// counts its 100 numbers. An entry the rules will reject (ends of different lengths, reversed,
// not E.164) counts as the one number its first end names, so the estimate never drops a number
// the rep typed.
qint64 numbersIn(const NumberRange &range)
{
    if (range.first.isEmpty())
        return 0;
    if (!range.isRange())
        return 1;
    qint64 first = 0;
    qint64 last = 0;
    if (range.first.size() != range.last.size() || !e164Value(range.first, &first) ||
        !e164Value(range.last, &last) || last < first)
        return 1;
    return last - first + 1;
}

QString officeName(const Office &office, qsizetype index)
{
    if (!office.address.city.trimmed().isEmpty())
        return office.address.city.trimmed();
    return QCoreApplication::translate("Fees", "office %1").arg(index + 1);
}

class Builder
{
public:
    explicit Builder(FeeSummary *summary) : m_summary(summary) {}

    void add(const CountryInfo &country, FeeLine::Kind kind, const QString &itemId,
             const QString &label, qint64 quantity, qint64 unitMinor, bool recurring)
    {
        if (quantity <= 0)
            return;
        FeeLine line;
        line.country = country.code;
        line.kind = kind;
        line.itemId = itemId;
        line.label = label;
        line.quantity = quantity;
        line.unitMinor = unitMinor;
        line.totalMinor = saturatingMul(quantity, unitMinor);
        line.currency = country.currency;
        line.recurring = recurring;
        CurrencyTotals &totals = recurring ? m_summary->monthly : m_summary->oneOff;
        totals[line.currency] = saturatingAdd(totals.value(line.currency), line.totalMinor);
        m_summary->lines << line;
    }

private:
    FeeSummary *m_summary;
};

} // namespace

FeeSummary computeFees(const Order &order, const Catalog &catalog)
{
    FeeSummary summary;
    Builder builder(&summary);
    using Kind = FeeLine::Kind;

    for (const CountryOrder &countryOrder : order.countries) {
        const CountryInfo *country = catalog.country(countryOrder.country);
        if (!country)
            continue;
        const CountryFees &fees = country->fees;

        for (const PlanLine &line : countryOrder.plans) {
            if (const Plan *plan = country->plan(line.planId))
                builder.add(*country, Kind::Plan, plan->id, plan->name, line.quantity,
                            plan->monthlyPricePerUser, true);
        }

        builder.add(*country, Kind::Setup, QString(),
                    QCoreApplication::translate("Fees", "Setup: %1").arg(country->name), 1,
                    fees.setupPerCountry, false);

        if (countryOrder.keepNumbers) {
            qint64 ported = 0;
            for (const NumberRange &range : countryOrder.porting.numbers)
                ported = saturatingAdd(ported, numbersIn(range));
            const QString label =
                countryOrder.porting.kind == PortKind::Migrate
                    ? QCoreApplication::translate("Fees", "Migration of existing numbers")
                    : QCoreApplication::translate("Fees", "Porting of existing numbers");
            builder.add(*country, Kind::Porting, QString(), label, ported, fees.portingPerNumber,
                        false);
        } else {
            // An office is installed once it has numbers to activate; an office the rep has
            // only just added costs nothing yet.
            for (qsizetype i = 0; i < countryOrder.offices.size(); ++i) {
                const Office &office = countryOrder.offices.at(i);
                if (office.totalNumbers <= 0)
                    continue;
                const QString name = officeName(office, i);
                builder.add(*country, Kind::Installation, office.id,
                            QCoreApplication::translate("Fees", "Installation: %1").arg(name), 1,
                            fees.installationPerOffice, false);
                builder.add(
                    *country, Kind::Activation, office.id,
                    QCoreApplication::translate("Fees", "Activation of new numbers: %1").arg(name),
                    office.totalNumbers, fees.activationPerNumber, false);
            }
        }

        // The options apply to the country's numbers whether they are new or ported.
        const Options &options = countryOrder.options;
        builder.add(*country, Kind::Configuration, QStringLiteral("callForwarding"),
                    QCoreApplication::translate("Fees", "Call forwarding configuration"),
                    options.callForwarding ? 1 : 0, fees.configurationPerOption, false);
        builder.add(*country, Kind::Configuration, QStringLiteral("clipMode"),
                    QCoreApplication::translate("Fees", "CLIP configuration"),
                    options.clipMode != ClipMode::Screening ? 1 : 0, fees.configurationPerOption,
                    false);
        builder.add(*country, Kind::Configuration, QStringLiteral("autoAttendants"),
                    QCoreApplication::translate("Fees", "Auto attendant configuration"),
                    options.autoAttendants, fees.configurationPerOption, false);
        builder.add(*country, Kind::Configuration, QStringLiteral("callQueues"),
                    QCoreApplication::translate("Fees", "Call queue configuration"),
                    options.callQueues, fees.configurationPerOption, false);
    }
    return summary;
}

} // namespace od
