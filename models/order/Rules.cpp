#include "Rules.h"

#include "catalog/Catalog.h"
#include "catalog/WorkingDays.h"
#include "order/Validators.h"
#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace od {

namespace {

constexpr int kMaxOfficesPerCountry = 5;
constexpr int kMaxNumbersPerOffice = 100;

/// The context of this file's messages. Calls are qualified (RulesText::tr) so that lupdate files
/// them under the context they are looked up in, whatever scope they are written in.
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

/// The country's name as it reads inside a sentence ("in the Netherlands").
QString countryName(const Catalog &catalog, const QString &code)
{
    if (const CountryInfo *info = catalog.country(code))
        return info->inText();
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? code : QLocale::territoryToString(t);
}

} // namespace

struct Rules::Context
{
    const Order &order;
    bool submission = false;
    Problems problems;

    void add(Step step, const QString &field, const QString &message,
             Problem::Severity severity = Problem::Severity::Error)
    {
        problems.append(Problem{step, field, message, severity});
    }
    /// An error when submitting, a warning while the rep is still on the step.
    Problem::Severity blocksSending() const
    {
        return submission ? Problem::Severity::Error : Problem::Severity::Warning;
    }
};

Rules::Rules(const Catalog &catalog, QDate today) : m_catalog(catalog), m_today(today) {}

Problems Rules::checkStep(const Order &order, Step step) const
{
    Context c{order, false, {}};
    switch (step) {
    case Step::Customer:
        checkCustomer(c);
        break;
    case Step::VoicePlans:
        checkVoicePlans(c);
        break;
    case Step::Porting:
        checkPorting(c);
        break;
    case Step::Offices:
        checkOffices(c);
        break;
    case Step::Contacts:
        checkContacts(c);
        break;
    case Step::Recap:
        break;
    case Step::Submission:
        checkSubmission(c);
        break;
    }
    return c.problems;
}

Problems Rules::checkOrder(const Order &order) const
{
    Context c{order, true, {}};
    checkCustomer(c);
    checkVoicePlans(c);
    checkPorting(c);
    checkOffices(c);
    checkContacts(c);
    checkSubmission(c);
    return c.problems;
}

QDate Rules::earliestPortDate(const QString &countryCode) const
{
    const CountryInfo *info = m_catalog.country(countryCode);
    if (!info)
        return {};
    return addWorkingDays(m_today, info->portingLeadTimeDays, *info);
}

// ---- shared pieces ---------------------------------------------------------------------------

namespace {

/// Required address parts; `what` names the address in messages ("the office address").
void checkAddress(auto &c, Step step, const QString &path, const Address &a, const QString &what,
                  bool needCompany)
{
    auto need = [&](const QString &value, const char *field, const QString &label) {
        if (value.trimmed().isEmpty())
            c.add(step, path + QLatin1Char('.') + QLatin1String(field),
                  RulesText::tr("%1: enter the %2.").arg(what, label));
    };
    if (needCompany)
        need(a.companyName, "companyName", RulesText::tr("company name"));
    need(a.street, "street", RulesText::tr("street"));
    need(a.postalCode, "postalCode", RulesText::tr("postal code"));
    need(a.city, "city", RulesText::tr("city"));
    need(a.country, "country", RulesText::tr("country"));
}

void checkEmail(auto &c, Step step, const QString &path, const QString &email, const QString &who)
{
    if (email.trimmed().isEmpty())
        c.add(step, path, RulesText::tr("Enter the e-mail address of %1.").arg(who));
    else if (!validators::isEmail(email.trimmed()))
        c.add(step, path,
              RulesText::tr("The e-mail address of %1 is not valid: check it (name@company.com).")
                  .arg(who));
}

/// A stored phone number must be a valid E.164 number.
void checkPhone(auto &c, Step step, const QString &path, const QString &phone, const QString &who,
                bool required, const QString &region = QString())
{
    if (phone.trimmed().isEmpty()) {
        if (required)
            c.add(step, path, RulesText::tr("Enter the phone number of %1.").arg(who));
        return;
    }
    const PhoneNumbers::Parsed parsed = region.isEmpty()
                                            ? PhoneNumbers::parse(phone, QStringLiteral("ZZ"))
                                            : PhoneNumbers::parseForRegion(phone, region);
    if (!parsed.ok)
        c.add(step, path,
              RulesText::tr("The phone number of %1 is not valid: %2").arg(who, parsed.error));
    else if (parsed.e164 != phone)
        c.add(
            step, path,
            RulesText::tr("The phone number of %1 is not stored in international form; retype it.")
                .arg(who));
}

void checkContact(auto &c, Step step, const QString &path, const Contact &contact,
                  const QString &who)
{
    if (contact.name.trimmed().isEmpty())
        c.add(step, path + QStringLiteral(".name"),
              RulesText::tr("Enter the name of %1.").arg(who));
    checkEmail(c, step, path + QStringLiteral(".email"), contact.email, who);
    checkPhone(c, step, path + QStringLiteral(".phone"), contact.phone, who, true);
}

QString countryPath(int i)
{
    return QStringLiteral("countries[%1]").arg(i);
}

} // namespace

// ---- step 1: customer ------------------------------------------------------------------------

void Rules::checkCustomer(Context &c) const
{
    const Customer &cu = c.order.customer;
    const Step s = Step::Customer;
    switch (cu.kind) {
    case CustomerKind::Existing: {
        static const QRegularExpression ocnShape(QStringLiteral("^[0-9]{4,12}$"));
        if (cu.ocn.trimmed().isEmpty())
            c.add(s, QStringLiteral("customer.ocn"),
                  RulesText::tr("Enter the customer's OCN (customer number)."));
        else if (!ocnShape.match(cu.ocn).hasMatch())
            c.add(s, QStringLiteral("customer.ocn"),
                  RulesText::tr("The OCN has 4 to 12 digits and nothing else: check it."));
        checkEmail(c, s, QStringLiteral("customer.accountEmail"), cu.accountEmail,
                   RulesText::tr("the customer account (the address on that OCN)"));
        if (!cu.verified)
            c.add(s, QStringLiteral("customer.verified"),
                  RulesText::tr(
                      "The customer is not verified yet: the OCN and e-mail address are checked "
                      "with the carrier before the order is sent."),
                  c.blocksSending());
        break;
    }
    case CustomerKind::OnlineAccount:
        if (cu.onlineAccountId.trimmed().isEmpty())
            c.add(s, QStringLiteral("customer.onlineAccountId"),
                  RulesText::tr("Enter the customer's online account id."));
        if (!cu.verified)
            c.add(s, QStringLiteral("customer.verified"),
                  RulesText::tr(
                      "The online account is not verified yet: it is checked with the carrier "
                      "before the order is sent."),
                  c.blocksSending());
        break;
    case CustomerKind::Prospect:
        if (cu.companyName.trimmed().isEmpty())
            c.add(s, QStringLiteral("customer.companyName"),
                  RulesText::tr("Enter the prospect's company name."));
        checkAddress(c, s, QStringLiteral("customer.prospectAddress"), cu.prospectAddress,
                     RulesText::tr("Legal address of the prospect"), false);
        checkContact(c, s, QStringLiteral("customer.prospectContact"), cu.prospectContact,
                     RulesText::tr("the prospect's contact"));
        break;
    }

    if (c.order.tenantId.trimmed().isEmpty())
        c.add(s, QStringLiteral("tenantId"),
              RulesText::tr(
                  "Enter the customer's Microsoft tenant ID (a GUID, from the Microsoft Entra "
                  "admin center)."));
    else if (!validators::isGuid(c.order.tenantId))
        c.add(s, QStringLiteral("tenantId"),
              RulesText::tr(
                  "The tenant ID is not a GUID: it looks like "
                  "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra "
                  "admin center."));
    else if (QUuid::fromString(c.order.tenantId).isNull())
        c.add(s, QStringLiteral("tenantId"),
              RulesText::tr(
                  "The tenant ID is all zeros, a placeholder and no tenant: paste the real one "
                  "from the Microsoft Entra admin center."));
}

// ---- step 2: voice plans ---------------------------------------------------------------------

void Rules::checkVoicePlans(Context &c) const
{
    const Step s = Step::VoicePlans;
    if (c.order.countries.isEmpty()) {
        c.add(s, QStringLiteral("countries"), RulesText::tr("Choose at least one country."));
        return;
    }
    QHash<QString, int> seen;
    for (int i = 0; i < c.order.countries.size(); ++i) {
        const CountryOrder &co = c.order.countries.at(i);
        const QString path = countryPath(i);
        const CountryInfo *info = m_catalog.country(co.country);
        if (!info) {
            c.add(s, path + QStringLiteral(".country"),
                  RulesText::tr("%1 is not a country of the catalog: remove it.").arg(co.country));
            continue;
        }
        if (seen.contains(co.country)) {
            c.add(s, path + QStringLiteral(".country"),
                  RulesText::tr("%1: the country is in the order twice; remove one.")
                      .arg(info->name));
            continue;
        }
        seen.insert(co.country, i);

        if (co.plans.isEmpty())
            c.add(s, path + QStringLiteral(".plans"),
                  RulesText::tr("Choose at least one voice plan for %1.").arg(info->inText()));
        QHash<QString, int> planSeen;
        for (int j = 0; j < co.plans.size(); ++j) {
            const PlanLine &line = co.plans.at(j);
            const QString lp = path + QStringLiteral(".plans[%1]").arg(j);
            const Plan *plan = info->plan(line.planId);
            if (!plan) {
                c.add(s, lp + QStringLiteral(".planId"),
                      RulesText::tr("The voice plan \"%1\" is not offered in %2: choose another.")
                          .arg(line.planId, info->inText()));
                continue;
            }
            if (planSeen.contains(line.planId))
                c.add(s, lp + QStringLiteral(".planId"),
                      RulesText::tr("%1 is chosen twice for %2: add the users to one line.")
                          .arg(plan->name, info->inText()));
            planSeen.insert(line.planId, j);
            if (line.quantity < 1)
                c.add(s, lp + QStringLiteral(".quantity"),
                      RulesText::tr(
                          "%1 in %2: enter how many users (at least 1), or remove the plan.")
                          .arg(plan->name, info->inText()));
        }
        if (co.ocn.trimmed().isEmpty())
            c.add(s, path + QStringLiteral(".ocn"),
                  RulesText::tr("Choose the OCN (customer number) for %1.").arg(info->inText()));
        if (co.bcn.trimmed().isEmpty())
            c.add(s, path + QStringLiteral(".bcn"),
                  RulesText::tr("Choose the BCN (billing account) for %1.").arg(info->inText()));
    }
}

// ---- step 3: porting -------------------------------------------------------------------------

void Rules::checkPorting(Context &c) const
{
    const Step s = Step::Porting;
    for (int i = 0; i < c.order.countries.size(); ++i) {
        const CountryOrder &co = c.order.countries.at(i);
        if (!co.keepNumbers)
            continue;
        const CountryInfo *info = m_catalog.country(co.country);
        if (!info)
            continue; // reported by the voice plans step
        const PortingDetails &p = co.porting;
        const QString path = countryPath(i) + QStringLiteral(".porting");
        const QString name = info->name;       // as a label: "Netherlands: …"
        const QString inText = info->inText(); // in a sentence: "… in the Netherlands"

        if (p.kind == PortKind::Migrate && p.currentTeamsNumberType == TeamsNumberType::Unknown)
            c.add(
                s, path + QStringLiteral(".currentTeamsNumberType"),
                RulesText::tr("%1: choose how the numbers reach Teams today (Calling Plan, Direct "
                              "Routing or another Operator Connect operator).")
                    .arg(name));
        if (p.losingCarrier.trimmed().isEmpty())
            c.add(s, path + QStringLiteral(".losingCarrier"),
                  RulesText::tr("%1: enter the carrier the numbers come from.").arg(name));
        if (p.accountHolderName.trimmed().isEmpty())
            c.add(s, path + QStringLiteral(".accountHolderName"),
                  RulesText::tr(
                      "%1: enter the account holder's name exactly as the current carrier knows "
                      "it.")
                      .arg(name));
        checkAddress(c, s, path + QStringLiteral(".accountHolderAddress"), p.accountHolderAddress,
                     RulesText::tr("%1, account holder's address").arg(name), false);

        // Numbers: each entry parsed, of this country, and no number listed twice.
        if (p.numbers.isEmpty())
            c.add(s, path + QStringLiteral(".numbers"),
                  RulesText::tr("%1: enter the numbers to keep (single numbers or DDI ranges).")
                      .arg(name));
        struct Span
        {
            QString first;
            QString last;
            int index;
        };
        QList<Span> spans;
        for (int j = 0; j < p.numbers.size(); ++j) {
            const NumberRange &n = p.numbers.at(j);
            const QString np = path + QStringLiteral(".numbers[%1]").arg(j);
            if (n.first.isEmpty()) {
                c.add(s, np,
                      RulesText::tr("%1: \"%2\" is not a number or a range: correct or remove it.")
                          .arg(name, n.text));
                continue;
            }
            const PhoneNumbers::Parsed first = PhoneNumbers::parseForRegion(n.first, co.country);
            if (!first.ok) {
                c.add(s, np,
                      RulesText::tr("%1: %2: %3")
                          .arg(name, n.text.isEmpty() ? n.first : n.text, first.error));
                continue;
            }
            // Both ends are compared as text below and sent as they are: E.164 only.
            if (first.e164 != n.first) {
                c.add(s, np,
                      RulesText::tr(
                          "%1: %2 is not stored in international form; correct or re-enter it.")
                          .arg(name, n.text.isEmpty() ? n.first : n.text));
                continue;
            }
            QString last = n.first;
            if (n.isRange()) {
                const PhoneNumbers::Parsed end = PhoneNumbers::parseForRegion(n.last, co.country);
                if (!end.ok) {
                    c.add(s, np,
                          RulesText::tr("%1: end of range %2: %3").arg(name, n.text, end.error));
                    continue;
                }
                if (end.e164 != n.last) {
                    c.add(s, np,
                          RulesText::tr(
                              "%1: the end of range %2 is not stored in international form; "
                              "correct or re-enter it.")
                              .arg(name, n.text));
                    continue;
                }
                if (n.last.size() != n.first.size() || n.last < n.first) {
                    c.add(s, np,
                          RulesText::tr(
                              "%1: the range %2 must run from the lower to the higher number, "
                              "both of the same length.")
                              .arg(name, n.text));
                    continue;
                }
                last = n.last;
            }
            spans.append({n.first, last, j});
        }
        // Sorted by length, then number, then position: of two entries that overlap, the later
        // one in the rep's list is the one reported.
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            if (a.first.size() != b.first.size())
                return a.first.size() < b.first.size();
            return a.first != b.first ? a.first < b.first : a.index < b.index;
        });
        // Compare each entry with the one reaching furthest so far: a long range can contain
        // several later entries that do not overlap each other.
        for (qsizetype k = 1, reach = 0; k < spans.size(); ++k) {
            const Span &a = spans.at(reach);
            const Span &b = spans.at(k);
            if (a.first.size() != b.first.size() || b.first > a.last) {
                reach = k;
                continue;
            }
            const Span &earlier = a.index < b.index ? a : b;
            const Span &later = a.index < b.index ? b : a;
            c.add(s, path + QStringLiteral(".numbers[%1]").arg(later.index),
                  RulesText::tr("%1: %2 overlaps entry %3 (%4): list each number once.")
                      .arg(name, PhoneNumbers::formatInternational(later.first))
                      .arg(earlier.index + 1)
                      .arg(PhoneNumbers::formatInternational(earlier.first)));
            if (b.last > a.last)
                reach = k;
        }

        // Where the number's area must match the account holder's address (Austria), a
        // mismatch blocks; where only new numbers are bound to the locality it is a warning.
        if ((info->addressInNumberArea || info->areaCodeMustMatchLocality) &&
            !p.accountHolderAddress.city.trimmed().isEmpty()) {
            QHash<QString, bool> areaChecked;
            // Numbers that differ only in their last two digits share their area code (no
            // subscriber number is shorter than that): ask libphonenumber once per such block,
            // which keeps a list of thousands of single numbers cheap to re-check on every edit.
            QHash<QString, bool> blockSeen;
            for (const Span &span : spans) {
                const QString block = span.first.chopped(2);
                if (blockSeen.contains(block))
                    continue;
                blockSeen.insert(block, true);
                const QString area = PhoneNumbers::areaCodeOf(span.first);
                if (area.isEmpty() || areaChecked.contains(area))
                    continue;
                areaChecked.insert(area, true);
                const auto check =
                    PhoneNumbers::checkAreaCode(co.country, area, p.accountHolderAddress.city);
                if (check.result == PhoneNumbers::AreaMatch::Mismatch)
                    c.add(s, path + QStringLiteral(".numbers[%1]").arg(span.index),
                          RulesText::tr(
                              "%1: the area code %2 belongs to %3, not to %4 where the account "
                              "holder is; %5")
                              .arg(name, area, check.place, p.accountHolderAddress.city,
                                   info->addressInNumberArea
                                       ? RulesText::tr(
                                             "numbers can only be kept at an address in their "
                                             "area.")
                                       : RulesText::tr("the carrier may refuse the port.")),
                          info->addressInNumberArea ? Problem::Severity::Error
                                                    : Problem::Severity::Warning);
            }
        }

        if (info->usesMainBillingNumber) {
            if (p.mainBillingNumber.isEmpty())
                c.add(s, path + QStringLiteral(".mainBillingNumber"),
                      RulesText::tr("%1: enter the main billing number of the account.").arg(name));
            else if (const auto billing =
                         PhoneNumbers::parseForRegion(p.mainBillingNumber, co.country);
                     !billing.ok)
                c.add(s, path + QStringLiteral(".mainBillingNumber"),
                      RulesText::tr("%1: the main billing number is not valid: %2")
                          .arg(name, billing.error));
            else if (billing.e164 != p.mainBillingNumber)
                c.add(s, path + QStringLiteral(".mainBillingNumber"),
                      RulesText::tr(
                          "%1: the main billing number is not stored in international form; "
                          "re-enter it.")
                          .arg(name));
        }

        const QDate earliest = earliestPortDate(co.country);
        const QString datePath = path + QStringLiteral(".requestedDate");
        if (!p.requestedDate.isValid())
            c.add(s, datePath,
                  RulesText::tr("%1: choose the port date; the earliest possible is %2.")
                      .arg(name, QLocale().toString(earliest, QLocale::ShortFormat)));
        else if (p.requestedDate < earliest)
            c.add(s, datePath,
                  RulesText::tr(
                      "%1: the port date is too early: a port in %2 needs %3 working days, so the "
                      "earliest is %4.")
                      .arg(name, inText)
                      .arg(info->portingLeadTimeDays)
                      .arg(QLocale().toString(earliest, QLocale::ShortFormat)));
        else if (!isWorkingDay(p.requestedDate, *info))
            c.add(s, datePath,
                  RulesText::tr("%1: numbers are ported on working days; %2 is a weekend or public "
                                "holiday: choose a working day.")
                      .arg(name, QLocale().toString(p.requestedDate, QLocale::ShortFormat)));
        // A signed form valid for a few months (France: 3) would expire before a later port.
        if (p.requestedDate.isValid() && info->portingFormValidityMonths > 0 &&
            p.requestedDate > m_today.addMonths(info->portingFormValidityMonths))
            c.add(s, datePath,
                  RulesText::tr(
                      "%1: the porting form is valid for %2 months after it is signed, and %3 is "
                      "later than that from today: choose an earlier date, or have the form "
                      "signed closer to the port.")
                      .arg(name)
                      .arg(info->portingFormValidityMonths)
                      .arg(QLocale().toString(p.requestedDate, QLocale::ShortFormat)),
                  Problem::Severity::Warning);
        // Without the year's holidays in the catalog only weekends were skipped: say so rather
        // than pass a date that may be a holiday (or an earliest date that is too early).
        if (p.requestedDate.isValid()) {
            for (const int year : {m_today.year(), p.requestedDate.year()}) {
                if (!knowsHolidaysOf(year, *info)) {
                    c.add(
                        s, datePath,
                        RulesText::tr(
                            "%1: the catalog has no public holidays of %2, so the port date "
                            "was checked against weekends only: make sure %3 is a working day "
                            "in %4, or update the catalog.")
                            .arg(name)
                            .arg(year)
                            .arg(QLocale().toString(p.requestedDate, QLocale::ShortFormat), inText),
                        Problem::Severity::Warning);
                    break;
                }
            }
        }

        for (const PortingField &f : info->portingFields) {
            const QString fp = path + QStringLiteral(".extras.") + f.key;
            const QString value = p.extras.value(f.key).trimmed();
            if (value.isEmpty()) {
                if (f.required)
                    c.add(s, fp, RulesText::tr("%1: enter the %2.").arg(name, f.label));
                continue;
            }
            const QString normal = validators::normaliseIdentifier(value);
            bool ok = true;
            if (!f.pattern.isEmpty()) {
                const QRegularExpression re(QRegularExpression::anchoredPattern(f.pattern));
                ok = re.match(normal).hasMatch();
            }
            if (ok)
                ok = validators::checksum(f.checksum, normal);
            if (!ok)
                c.add(
                    s, fp,
                    f.hint.isEmpty()
                        ? RulesText::tr("%1: the %2 is not valid: check it.").arg(name, f.label)
                        : RulesText::tr("%1: the %2 is not valid: %3").arg(name, f.label, f.hint));
        }
    }
}

// ---- step 4: offices and numbers -------------------------------------------------------------

void Rules::checkOffices(Context &c) const
{
    const Step s = Step::Offices;
    for (int i = 0; i < c.order.countries.size(); ++i) {
        const CountryOrder &co = c.order.countries.at(i);
        const CountryInfo *info = m_catalog.country(co.country);
        if (!info)
            continue;
        const QString path = countryPath(i);
        const QString name = info->name;       // as a label: "Netherlands, office 1: …"
        const QString inText = info->inText(); // in a sentence: "… in the Netherlands"

        if (!co.keepNumbers) {
            if (co.offices.isEmpty())
                c.add(
                    s, path + QStringLiteral(".offices"),
                    RulesText::tr("%1: add an office to get new numbers, or keep existing numbers.")
                        .arg(name));
            if (co.offices.size() > kMaxOfficesPerCountry)
                c.add(s, path + QStringLiteral(".offices"),
                      RulesText::tr(
                          "%1: at most %2 offices per country; this order has %3. Remove %4.")
                          .arg(name)
                          .arg(kMaxOfficesPerCountry)
                          .arg(co.offices.size())
                          .arg(co.offices.size() - kMaxOfficesPerCountry));
        } else if (!co.offices.isEmpty()) {
            c.add(s, path + QStringLiteral(".offices"),
                  RulesText::tr(
                      "%1 keeps its existing numbers; remove its offices for new numbers or turn "
                      "porting off.")
                      .arg(name),
                  Problem::Severity::Warning);
        }

        // Sums in 64 bits: counts come from documents and spin boxes up to the int limit.
        qint64 userNumbers = 0;
        qint64 resourceNumbers = 0;
        for (int j = 0; j < co.offices.size() && !co.keepNumbers; ++j) {
            const Office &o = co.offices.at(j);
            const QString op = path + QStringLiteral(".offices[%1]").arg(j);
            const QString which = RulesText::tr("%1, office %2").arg(name).arg(j + 1);

            checkAddress(c, s, op + QStringLiteral(".address"), o.address, which, true);
            if (!o.address.country.isEmpty() && o.address.country != co.country)
                c.add(s, op + QStringLiteral(".address.country"),
                      RulesText::tr(
                          "%1: the address is in %2, but numbers of %3 need an address in %3.")
                          .arg(which, countryName(m_catalog, o.address.country), inText));

            const bool validated = o.validation == AddressValidation::Validated;
            if (o.validation == AddressValidation::Failed)
                c.add(s, op + QStringLiteral(".address"),
                      RulesText::tr(
                          "%1: the address service could not confirm this address: correct it "
                          "and validate again.")
                          .arg(which));
            else if (!validated && o.validationRequested)
                // Validate was pressed: the address service settles it, and the order may wait
                // for it in the outbox, but it is not sent before.
                c.add(s, op + QStringLiteral(".address"),
                      RulesText::tr(
                          "%1: the address is not validated yet: its validation waits for the "
                          "address service, and the order cannot be sent until it is validated.")
                          .arg(which),
                      c.blocksSending());
            else if (!validated)
                // Nothing is queued that would ever validate it: the rep has to ask.
                c.add(s, op + QStringLiteral(".address"),
                      RulesText::tr(
                          "%1: the address is not validated: press Validate once it is complete.")
                          .arg(which));
            else if (o.validatedAddressId.isEmpty() || !o.geocode)
                c.add(s, op + QStringLiteral(".address"),
                      RulesText::tr(
                          "%1: the validated address has no id or geocode: validate it again.")
                          .arg(which));

            // Counts.
            if (o.totalNumbers < 1)
                c.add(s, op + QStringLiteral(".totalNumbers"),
                      RulesText::tr("%1: reserve at least one number.").arg(which));
            else if (o.totalNumbers > kMaxNumbersPerOffice)
                c.add(
                    s, op + QStringLiteral(".totalNumbers"),
                    RulesText::tr("%1: at most %2 numbers per office; add another office for more.")
                        .arg(which)
                        .arg(kMaxNumbersPerOffice));
            if (o.userNumbers < 0)
                c.add(s, op + QStringLiteral(".userNumbers"),
                      RulesText::tr("%1: the numbers for users cannot be negative.").arg(which));
            if (o.resourceAccountNumbers < 0)
                c.add(s, op + QStringLiteral(".resourceAccountNumbers"),
                      RulesText::tr("%1: the numbers for resource accounts cannot be negative.")
                          .arg(which));
            if (o.userNumbers >= 0 && o.resourceAccountNumbers >= 0 &&
                qint64(o.userNumbers) + o.resourceAccountNumbers != o.totalNumbers)
                c.add(s, op + QStringLiteral(".userNumbers"),
                      RulesText::tr(
                          "%1: numbers for users (%2) and for resource accounts (%3) must add up "
                          "to the office's %4 numbers.")
                          .arg(which)
                          .arg(o.userNumbers)
                          .arg(o.resourceAccountNumbers)
                          .arg(o.totalNumbers));
            userNumbers += std::max(0, o.userNumbers);
            resourceNumbers += std::max(0, o.resourceAccountNumbers);

            // Area code.
            const QString areaPath = op + QStringLiteral(".areaCode");
            if (info->areaCodeMustMatchLocality && o.areaCode.trimmed().isEmpty()) {
                c.add(
                    s, areaPath,
                    RulesText::tr("%1: choose an area code of %2; in %3 numbers must belong to the "
                                  "office's locality.")
                        .arg(which,
                             o.address.city.isEmpty() ? RulesText::tr("the office's city")
                                                      : o.address.city,
                             inText));
            } else if (!o.areaCode.trimmed().isEmpty() && !o.address.city.trimmed().isEmpty()) {
                const auto check =
                    PhoneNumbers::checkAreaCode(co.country, o.areaCode, o.address.city);
                switch (check.result) {
                case PhoneNumbers::AreaMatch::Match:
                    break;
                case PhoneNumbers::AreaMatch::InvalidCode:
                    c.add(s, areaPath,
                          RulesText::tr(
                              "%1: %2 is not an area code of %3: choose an area code of %4.")
                              .arg(which, o.areaCode, inText, o.address.city));
                    break;
                case PhoneNumbers::AreaMatch::Mismatch:
                    c.add(s, areaPath,
                          RulesText::tr(
                              "%1: the area code %2 belongs to %3, not to %4: choose an area "
                              "code of %4.")
                              .arg(which, o.areaCode, check.place, o.address.city),
                          info->areaCodeMustMatchLocality ? Problem::Severity::Error
                                                          : Problem::Severity::Warning);
                    break;
                case PhoneNumbers::AreaMatch::Unknown:
                    if (info->areaCodeMustMatchLocality)
                        c.add(s, areaPath,
                              RulesText::tr(
                                  "%1: the area code %2 could not be confirmed for %3 offline; "
                                  "check that it belongs to the office's locality.")
                                  .arg(which, o.areaCode, o.address.city),
                              Problem::Severity::Warning);
                    break;
                }
            }

            // Reservation.
            const bool reserved = !o.reservationId.isEmpty() || !o.reservedNumbers.isEmpty();
            if (reserved && !validated)
                c.add(
                    s, op + QStringLiteral(".reservedNumbers"),
                    RulesText::tr("%1: numbers were reserved for an address that is not validated: "
                                  "validate the address and reserve again.")
                        .arg(which));
            if (!reserved && o.totalNumbers > 0 && o.reservationRequested)
                // Reserve was pressed: the number service settles it, and the order may wait
                // for it in the outbox, but it is not sent before.
                c.add(s, op + QStringLiteral(".reservedNumbers"),
                      RulesText::tr(
                          "%1: the numbers are not reserved yet: the reservation waits for the "
                          "number service, and the order cannot be sent until they are "
                          "reserved.")
                          .arg(which),
                      c.blocksSending());
            else if (!reserved && o.totalNumbers > 0)
                // Nothing is queued that would ever reserve them: the rep has to ask. Reserve
                // opens once the address is validated or its validation is queued.
                c.add(s, op + QStringLiteral(".reservedNumbers"),
                      validated || o.validationRequested
                          ? RulesText::tr("%1: the numbers are not reserved: press Reserve.")
                                .arg(which)
                          : RulesText::tr(
                                "%1: the numbers are not reserved: validate the address, then "
                                "press Reserve.")
                                .arg(which));
            if (reserved && o.reservedNumbers.size() != o.totalNumbers)
                c.add(s, op + QStringLiteral(".reservedNumbers"),
                      RulesText::tr(
                          "%1: %2 numbers are reserved but the office needs %3: reserve again.")
                          .arg(which)
                          .arg(o.reservedNumbers.size())
                          .arg(o.totalNumbers));
            // The numbers actually reserved are what is registered at the office's address:
            // they must be of the country and, when the rep chose one, of the area code (an area
            // code changed after reserving leaves numbers of the old one).
            for (int k = 0; k < o.reservedNumbers.size(); ++k) {
                const QString &number = o.reservedNumbers.at(k);
                const QString np = op + QStringLiteral(".reservedNumbers[%1]").arg(k);
                // parseForRegion() memoises: re-checking thousands of numbers on every edit
                // stays cheap.
                const PhoneNumbers::Parsed parsed =
                    PhoneNumbers::parseForRegion(number, co.country);
                if (!parsed.ok || parsed.e164 != number) {
                    c.add(s, np,
                          RulesText::tr(
                              "%1: the reserved number %2 is not a number of %3: reserve again.")
                              .arg(which, number, inText));
                    break;
                }
                if (!o.areaCode.trimmed().isEmpty() &&
                    !PhoneNumbers::startsWithAreaCode(number, co.country, o.areaCode)) {
                    c.add(s, np,
                          RulesText::tr(
                              "%1: the reserved number %2 is not in the area code %3 chosen for "
                              "the office: reserve again.")
                              .arg(which, PhoneNumbers::formatInternational(number),
                                   PhoneNumbers::normalizeAreaCode(co.country, o.areaCode)),
                          info->areaCodeMustMatchLocality ? Problem::Severity::Error
                                                          : Problem::Severity::Warning);
                    break;
                }
            }
        }

        if (!co.keepNumbers && userNumbers > co.planUsers())
            c.add(s, path + QStringLiteral(".offices"),
                  RulesText::tr(
                      "%1: %2 numbers for users, but the voice plans cover %3 users: order more "
                      "users or reserve fewer user numbers.")
                      .arg(name)
                      .arg(userNumbers)
                      .arg(co.planUsers()));

        // Additional services. The messages name the country: the options sit per country.
        const Options &opt = co.options;
        const QString optPath = path + QStringLiteral(".options");
        // A number of an option: present, valid (of `region` when given) and stored in E.164.
        const auto optionNumber = [&](const char *field, const QString &number,
                                      const QString &region, const QString &missing,
                                      const char *invalid, const char *notE164) {
            const QString fp = optPath + QLatin1Char('.') + QLatin1String(field);
            if (number.trimmed().isEmpty())
                return c.add(s, fp, missing);
            const PhoneNumbers::Parsed parsed =
                region.isEmpty() ? PhoneNumbers::parse(number, QStringLiteral("ZZ"))
                                 : PhoneNumbers::parseForRegion(number, region);
            if (!parsed.ok)
                c.add(s, fp, RulesText::tr(invalid).arg(name, parsed.error));
            else if (parsed.e164 != number)
                c.add(s, fp, RulesText::tr(notE164).arg(name));
        };
        if (!info->allowsClipMode(opt.clipMode))
            c.add(s, optPath + QStringLiteral(".clipMode"),
                  RulesText::tr("%1: %2 is not offered in %3; choose CLIP screening.")
                      .arg(name,
                           opt.clipMode == ClipMode::NoScreening
                               ? RulesText::tr("CLIP no screening")
                               : RulesText::tr("a presentation number"),
                           inText));
        else if (opt.clipMode == ClipMode::PresentationNumber)
            // Only a genuine number of the country may be presented (DOMAIN.md, CLIP).
            optionNumber(
                "presentationNumber", opt.presentationNumber, co.country,
                RulesText::tr("%1: enter the presentation number, a number of %2 that the customer "
                              "holds.")
                    .arg(name, inText),
                QT_TRANSLATE_NOOP("Rules", "%1: the presentation number is not valid: %2"),
                QT_TRANSLATE_NOOP("Rules", "%1: the presentation number is not stored in "
                                           "international form; retype it."));
        if (opt.callForwarding)
            optionNumber(
                "callForwardingTarget", opt.callForwardingTarget, QString(),
                RulesText::tr(
                    "%1: enter the number calls are forwarded to, or turn call forwarding off.")
                    .arg(name),
                QT_TRANSLATE_NOOP("Rules", "%1: the call forwarding number is not valid: %2"),
                QT_TRANSLATE_NOOP("Rules", "%1: the call forwarding number is not stored in "
                                           "international form; retype it."));
        if (opt.autoAttendants < 0)
            c.add(s, optPath + QStringLiteral(".autoAttendants"),
                  RulesText::tr("%1: the number of auto attendants cannot be negative.").arg(name));
        if (opt.callQueues < 0)
            c.add(s, optPath + QStringLiteral(".callQueues"),
                  RulesText::tr("%1: the number of call queues cannot be negative.").arg(name));
        const qint64 services =
            qint64(std::max(0, opt.autoAttendants)) + std::max(0, opt.callQueues);
        if (!co.keepNumbers && services > resourceNumbers)
            c.add(s, optPath + QStringLiteral(".autoAttendants"),
                  RulesText::tr(
                      "%1: %2 auto attendants and call queues need as many numbers for resource "
                      "accounts; %3 are planned: plan more numbers for resource accounts, or "
                      "fewer auto attendants and call queues.")
                      .arg(name)
                      .arg(services)
                      .arg(resourceNumbers));
    }
}

// ---- step 5: contacts ------------------------------------------------------------------------

void Rules::checkContacts(Context &c) const
{
    const Step s = Step::Contacts;
    checkContact(c, s, QStringLiteral("orderContact"), c.order.orderContact,
                 RulesText::tr("the order contact"));
    checkContact(c, s, QStringLiteral("technicalContact"), c.order.technicalContact,
                 RulesText::tr("the technical contact"));
    checkAddress(c, s, QStringLiteral("legalAddress"), c.order.legalAddress,
                 RulesText::tr("Legal company address"), true);
    if (!c.order.legalAddressConfirmed)
        c.add(s, QStringLiteral("legalAddressConfirmed"),
              RulesText::tr("Confirm the legal company address with the customer."));
}

// ---- step 7: submission ----------------------------------------------------------------------

void Rules::checkSubmission(Context &c) const
{
    if (c.order.submissionPath() != SubmissionPath::Signature)
        return; // porting orders are signed with their forms after submission
    const Step s = Step::Submission;
    const Signatory &sig = c.order.signatory;
    if (sig.name.trimmed().isEmpty())
        c.add(s, QStringLiteral("signatory.name"),
              RulesText::tr("Enter the name of the person who signs the contract."));
    checkEmail(c, s, QStringLiteral("signatory.email"), sig.email, RulesText::tr("the signatory"));
    if (sig.jobTitle.trimmed().isEmpty())
        c.add(s, QStringLiteral("signatory.jobTitle"),
              RulesText::tr("Enter the signatory's job title."));
    if (!sig.authorised)
        c.add(s, QStringLiteral("signatory.authorised"),
              RulesText::tr("Confirm that the signatory may sign for the company."));
}

} // namespace od
