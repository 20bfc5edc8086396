#include "Order.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <limits>

namespace od {

bool Address::isEmpty() const
{
    return companyName.isEmpty() && houseNumber.isEmpty() && houseNumberSuffix.isEmpty() &&
           street.isEmpty() && postalCode.isEmpty() && city.isEmpty() &&
           stateOrProvince.isEmpty() && country.isEmpty();
}

int CountryOrder::planUsers() const
{
    // Added up wide and capped: quantities near the int limit must not wrap round to negative.
    qint64 users = 0;
    for (const PlanLine &line : plans)
        users += std::max(0, line.quantity);
    return int(std::min<qint64>(users, std::numeric_limits<int>::max()));
}

QString Order::newReference(const QDateTime &now)
{
    // Year for the rep's orientation, then 8 random hex digits: unique enough across reps
    // without coordination, short enough to read out on a call. Letters that look alike are fine
    // in hex (no O/I/L).
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral("OD-%1-%2")
        .arg(now.toUTC().date().year())
        .arg(random, 8, 16, QLatin1Char('0'))
        .toUpper();
}

Order Order::create(const QDateTime &now)
{
    Order order;
    order.reference = newReference(now);
    order.created = now.toUTC();
    return order;
}

const CountryOrder *Order::country(const QString &code) const
{
    for (const CountryOrder &c : countries)
        if (c.country == code)
            return &c;
    return nullptr;
}

CountryOrder *Order::country(const QString &code)
{
    for (CountryOrder &c : countries)
        if (c.country == code)
            return &c;
    return nullptr;
}

bool Order::anyPorting() const
{
    return std::any_of(countries.cbegin(), countries.cend(),
                       [](const CountryOrder &c) { return c.keepNumbers; });
}

SubmissionPath Order::submissionPath() const
{
    return anyPorting() ? SubmissionPath::Porting : SubmissionPath::Signature;
}

namespace {
constexpr std::array<std::pair<Step, const char *>, 7> kStepKeys{{
    {Step::Customer, "customer"},
    {Step::VoicePlans, "voicePlans"},
    {Step::Porting, "porting"},
    {Step::Offices, "offices"},
    {Step::Contacts, "contacts"},
    {Step::Recap, "recap"},
    {Step::Submission, "submission"},
}};
} // namespace

QString stepKey(Step step)
{
    for (const auto &[s, key] : kStepKeys)
        if (s == step)
            return QString::fromLatin1(key);
    return {};
}

bool stepFromKey(const QString &key, Step *step)
{
    for (const auto &[s, k] : kStepKeys)
        if (key == QLatin1String(k)) {
            *step = s;
            return true;
        }
    return false;
}

} // namespace od
