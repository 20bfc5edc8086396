// The contract: the order as the customer signs it.
#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "documents/Documents.h"
#include "documents/Html.h"
#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLocale>

namespace od::documents {

namespace h = html;

namespace {

constexpr int kNumberColumns = 6; ///< reserved numbers per table row

/// Writes the contract's sections; its tr() uses the context "od::documents::Contract".
class ContractWriter
{
    Q_DECLARE_TR_FUNCTIONS(od::documents::Contract)

public:
    ContractWriter(const Order &order, const Catalog &catalog)
        : m_order(order), m_catalog(catalog), m_fees(computeFees(order, catalog))
    {}

    QString html(const QString &templ) const
    {
        QHash<QString, QString> v;
        v.insert(QStringLiteral("title"), h::esc(contractTitle(m_order)));
        v.insert(QStringLiteral("heading"), tr("Order form and contract"));
        v.insert(QStringLiteral("subtitle"), tr("Operator Connect for Microsoft Teams"));
        v.insert(QStringLiteral("referenceBlock"), referenceBlock());
        v.insert(QStringLiteral("intro"),
                 tr("This contract sets out the Operator Connect services for Microsoft Teams "
                    "that the customer named below orders: voice plans, telephone numbers, "
                    "options and fees, per country."));
        v.insert(QStringLiteral("customerHeading"), tr("Customer"));
        v.insert(QStringLiteral("customer"), customer());
        v.insert(QStringLiteral("countries"), countries());
        v.insert(QStringLiteral("feesHeading"), tr("Fees"));
        v.insert(QStringLiteral("fees"), fees());
        v.insert(QStringLiteral("contactsHeading"), tr("Contacts"));
        v.insert(QStringLiteral("contacts"), contacts());
        v.insert(QStringLiteral("remarks"), remarks());
        v.insert(QStringLiteral("terms"), terms());
        // The terms stand with the signature, on the same page (see renderPdf).
        v.insert(QStringLiteral("signatureHeading"), tr("Terms and signature"));
        v.insert(QStringLiteral("signature"), signature());
        return h::fill(templ, v);
    }

    static QString contractTitle(const Order &order)
    {
        return tr("Contract %1").arg(order.reference);
    }

private:
    QString money(qint64 minor, const QString &currency) const
    {
        return formatMoney(minor, currency, m_locale).toHtmlEscaped();
    }
    QString count(qint64 n) const { return m_locale.toString(n); }

    QString referenceBlock() const
    {
        return tr("Order reference") + QStringLiteral("<br><b>") + h::esc(m_order.reference) +
               QStringLiteral("</b><br>") + tr("Date") + QStringLiteral(": ") +
               h::date(m_order.created.toUTC().date());
    }

    QString customer() const
    {
        const Customer &c = m_order.customer;
        QString rows;
        rows += h::row(tr("Company"), h::customerName(m_order));
        switch (c.kind) {
        case CustomerKind::Existing:
            rows += h::row(tr("Customer number (OCN)"), h::esc(c.ocn));
            break;
        case CustomerKind::OnlineAccount:
            rows += h::row(tr("Online account"), h::esc(c.onlineAccountId));
            break;
        case CustomerKind::Prospect:
            rows += h::row(tr("Customer number (OCN)"),
                           tr("New customer: the number is assigned on acceptance"));
            break;
        }
        rows += h::row(tr("Microsoft Entra tenant ID"), h::esc(m_order.tenantId));
        const Address &legal = m_order.legalAddress.isEmpty() && c.kind == CustomerKind::Prospect
                                   ? c.prospectAddress
                                   : m_order.legalAddress;
        rows += h::row(tr("Legal address"), h::address(legal, m_catalog));
        return h::table(rows);
    }

    QString countries() const
    {
        QString out;
        for (const CountryOrder &country : m_order.countries)
            out += countrySection(country);
        return out;
    }

    QString countrySection(const CountryOrder &country) const
    {
        const CountryInfo *info = m_catalog.country(country.country);
        QString out =
            QStringLiteral("<h2>%1</h2>\n")
                .arg(tr("Services in %1").arg(h::esc(info ? info->inText() : country.country)));

        QString rows;
        rows += h::row(tr("Customer number (OCN)"), h::esc(country.ocn));
        rows += h::row(tr("Billing account (BCN)"), h::esc(country.bcn));
        if (info)
            rows += h::row(tr("Currency"), h::esc(info->currency));
        rows +=
            h::row(tr("Numbers"), country.keepNumbers ? (country.porting.kind == PortKind::Migrate
                                                             ? tr("Existing numbers migrated")
                                                             : tr("Existing numbers ported"))
                                                      : tr("New numbers"));
        out += h::table(rows);

        out += QStringLiteral("<h3>%1</h3>\n").arg(tr("Voice plans"));
        QString plans =
            QStringLiteral("<tr><th width=\"46%\">%1</th><th class=\"num\" "
                           "width=\"14%\">%2</th><th class=\"num\" "
                           "width=\"20%\">%3</th><th class=\"num\" "
                           "width=\"20%\">%4</th></tr>\n")
                .arg(tr("Plan"), tr("Users"), tr("Per user and month"), tr("Per month"));
        for (const PlanLine &line : country.plans) {
            const Plan *plan = info ? info->plan(line.planId) : nullptr;
            const QString name = plan ? plan->name : line.planId;
            const QString unit = plan && info ? money(plan->monthlyPricePerUser, info->currency)
                                              : QStringLiteral("—");
            const QString total =
                plan && info ? money(qint64(qMax(line.quantity, 0)) * plan->monthlyPricePerUser,
                                     info->currency)
                             : QStringLiteral("—");
            plans += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td "
                                    "class=\"num\">%3</td><td class=\"num\">%4</td></tr>\n")
                         .arg(h::esc(name), count(line.quantity), unit, total);
        }
        out += h::table(plans);

        if (country.keepNumbers)
            out += portedNumbers(country);
        else
            out += offices(country);
        out += options(country);
        return out;
    }

    QString offices(const CountryOrder &country) const
    {
        QString out = QStringLiteral("<h3>%1</h3>\n").arg(tr("Offices and new numbers"));
        for (qsizetype i = 0; i < country.offices.size(); ++i) {
            const Office &office = country.offices.at(i);
            out += QStringLiteral("<p class=\"office\"><b>%1</b> · %2</p>\n")
                       .arg(tr("Office %1").arg(i + 1),
                            h::address(office.address, m_catalog, QStringLiteral(", ")));
            QString facts = tr("%1 new numbers: %2 for users, %3 for resource accounts")
                                .arg(count(office.totalNumbers), count(office.userNumbers),
                                     count(office.resourceAccountNumbers));
            if (!office.areaCode.trimmed().isEmpty())
                facts += QStringLiteral(" · ") + tr("area code %1").arg(h::esc(office.areaCode));
            out += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts);
            if (!office.reservedNumbers.isEmpty())
                out += numberGrid(office.reservedNumbers);
        }
        if (country.offices.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(tr("No office yet."));
        return out;
    }

    QString numberGrid(const QStringList &numbers) const
    {
        // Without borders, in shaded bands: a list that runs over a page break leaves no
        // half-drawn cells behind.
        QString rows;
        rows.reserve(numbers.size() * 48);
        for (qsizetype i = 0; i < numbers.size(); i += kNumberColumns) {
            const bool shaded = (i / kNumberColumns) % 2 == 0;
            rows += QLatin1String("<tr>");
            for (qsizetype k = i; k < i + kNumberColumns; ++k) {
                rows += shaded ? QLatin1String("<td class=\"band\">") : QLatin1String("<td>");
                if (k < numbers.size())
                    rows += h::esc(PhoneNumbers::formatInternational(numbers.at(k)));
                rows += QLatin1String("</td>");
            }
            rows += QLatin1String("</tr>\n");
        }
        return QStringLiteral("<table class=\"numbers\" width=\"100%\" border=\"0\" "
                              "cellspacing=\"0\" cellpadding=\"2\">\n%1</table>\n")
            .arg(rows);
    }

    QString portedNumbers(const CountryOrder &country) const
    {
        const PortingDetails &p = country.porting;
        QString out =
            QStringLiteral("<h3>%1</h3>\n")
                .arg(p.kind == PortKind::Migrate ? tr("Numbers migrated") : tr("Numbers ported"));
        QString rows;
        rows += h::row(p.kind == PortKind::Migrate ? tr("Current provider") : tr("Losing carrier"),
                       h::esc(p.losingCarrier));
        rows += h::row(tr("Requested date"), h::date(p.requestedDate));
        out += h::table(rows);

        QString list = QStringLiteral("<tr><th width=\"75%\">%1</th><th class=\"num\" "
                                      "width=\"25%\">%2</th></tr>\n")
                           .arg(tr("Number or range"), tr("Numbers"));
        qint64 total = 0;
        for (const NumberRange &range : p.numbers) {
            const qint64 n = rangeCount(range);
            total += n;
            list += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>\n")
                        .arg(rangeText(range), count(n));
        }
        list += QStringLiteral("<tr class=\"total\"><td>%1</td><td class=\"num\">%2</td></tr>\n")
                    .arg(tr("Total"), count(total));
        out += h::table(list);
        return out;
    }

    static qint64 rangeCount(const NumberRange &range)
    {
        if (range.first.isEmpty())
            return 0;
        if (!range.isRange())
            return 1;
        const QStringList all = PhoneNumbers::expand(range.first, range.last);
        return all.isEmpty() ? 1 : all.size();
    }

    static QString rangeText(const NumberRange &range)
    {
        if (range.first.isEmpty())
            return h::esc(range.text);
        const QString first = h::esc(PhoneNumbers::formatInternational(range.first));
        if (!range.isRange())
            return first;
        return first + QStringLiteral(" – ") +
               h::esc(PhoneNumbers::formatInternational(range.last));
    }

    QString options(const CountryOrder &country) const
    {
        const Options &o = country.options;
        QString out = QStringLiteral("<h3>%1</h3>\n").arg(tr("Options"));
        QString rows;
        rows += h::row(tr("Call forwarding"),
                       o.callForwarding ? (o.callForwardingTarget.isEmpty()
                                               ? tr("Configured")
                                               : tr("Configured, to %1")
                                                     .arg(h::esc(PhoneNumbers::formatInternational(
                                                         o.callForwardingTarget))))
                                        : tr("Not configured"));
        QString clip;
        switch (o.clipMode) {
        case ClipMode::Screening:
            clip = tr("Screening (the network checks the presented number)");
            break;
        case ClipMode::NoScreening:
            clip = tr("No screening");
            break;
        case ClipMode::PresentationNumber:
            clip = tr("Presentation number %1")
                       .arg(h::esc(PhoneNumbers::formatInternational(o.presentationNumber)));
            break;
        }
        rows += h::row(tr("CLIP"), clip);
        rows += h::row(tr("Auto attendants"), count(o.autoAttendants));
        rows += h::row(tr("Call queues"), count(o.callQueues));
        out += h::table(rows);
        return out;
    }

    QString fees() const
    {
        QString out;
        QStringList currencies;
        for (const FeeLine &line : m_fees.lines)
            if (!currencies.contains(line.currency))
                currencies << line.currency;
        for (const QString &currency : currencies) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(tr("Fees in %1").arg(h::esc(currency)));
            QString rows =
                QStringLiteral("<tr><th width=\"36%\">%1</th><th class=\"num\" "
                               "width=\"12%\">%2</th><th class=\"num\" width=\"16%\">%3</th><th "
                               "class=\"num\" width=\"18%\">%4</th><th class=\"num\" "
                               "width=\"18%\">%5</th></tr>\n")
                    .arg(tr("Item"), tr("Quantity"), tr("Unit price"), tr("One-off"),
                         tr("Per month"));
            for (const FeeLine &line : m_fees.lines) {
                if (line.currency != currency)
                    continue;
                const QString total = money(line.totalMinor, currency);
                rows +=
                    QStringLiteral("<tr><td>%1 · %2</td><td class=\"num\">%3</td><td "
                                   "class=\"num\">%4</td><td class=\"num\">%5</td><td "
                                   "class=\"num\">%6</td></tr>\n")
                        .arg(h::esc(line.country), h::esc(line.label), count(line.quantity),
                             money(line.unitMinor, currency), line.recurring ? QString() : total,
                             line.recurring ? total : QString());
            }
            rows += QStringLiteral("<tr class=\"total\"><td colspan=\"3\">%1</td><td "
                                   "class=\"num\">%2</td><td class=\"num\">%3</td></tr>\n")
                        .arg(tr("Total in %1").arg(h::esc(currency)),
                             money(m_fees.oneOff.value(currency), currency),
                             money(m_fees.monthly.value(currency), currency));
            out += h::table(rows);
        }
        if (currencies.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(tr("No fees."));
        else
            out += QStringLiteral("<p class=\"note\">%1</p>\n")
                       .arg(tr("Prices exclude VAT. Monthly fees are billed from the date the "
                               "numbers are active; one-off fees with the first invoice."));
        return out;
    }

    QString contactRows(const Contact &c) const
    {
        QStringList parts;
        if (!c.name.trimmed().isEmpty())
            parts << QStringLiteral("<b>%1</b>").arg(h::esc(c.name));
        if (!c.jobTitle.trimmed().isEmpty())
            parts << h::esc(c.jobTitle);
        if (!c.email.trimmed().isEmpty())
            parts << h::esc(c.email);
        if (!c.phone.trimmed().isEmpty())
            parts << h::esc(PhoneNumbers::formatInternational(c.phone));
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QLatin1String("<br>"));
    }

    QString contacts() const
    {
        QString rows;
        rows += h::row(tr("Order contact"), contactRows(m_order.orderContact));
        rows += h::row(tr("Technical contact"), contactRows(m_order.technicalContact));
        if (m_order.customer.kind == CustomerKind::Prospect &&
            !m_order.customer.prospectContact.name.trimmed().isEmpty())
            rows += h::row(tr("Customer contact"), contactRows(m_order.customer.prospectContact));
        return h::table(rows);
    }

    QString remarks() const
    {
        if (m_order.remarks.trimmed().isEmpty())
            return {};
        return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
            .arg(tr("Remarks"), h::esc(m_order.remarks));
    }

    QString terms() const
    {
        QString out = QStringLiteral("<p>%1</p>\n")
                          .arg(tr("The customer orders the services above at the prices shown. "
                                  "New numbers are activated, and monthly fees start, within "
                                  "five working days of the signed contract. Ported and "
                                  "migrated numbers move on the date the losing carrier "
                                  "confirms, which may differ from the requested date."));
        if (m_order.anyPorting())
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(tr("Numbers are ported or migrated on the strength of the signed "
                               "letters of authorisation that accompany this contract."));
        return out;
    }

    QString signature() const
    {
        const Signatory &s = m_order.signatory;
        QString rows;
        rows += h::row(tr("Signed for"), h::customerName(m_order));
        rows += h::row(tr("Name"),
                       s.name.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : h::esc(s.name));
        if (!s.jobTitle.trimmed().isEmpty())
            rows += h::row(tr("Job title"), h::esc(s.jobTitle));
        QString out = h::spacer() + h::table(rows);
        out += h::spacer();
        out += h::signatureBoxes(
            {{tr("Signature"), kSignHereAnchor}, {tr("Date signed"), kDateSignedAnchor}});
        out += QStringLiteral("<p class=\"note\">%1</p>\n")
                   .arg(tr("The signatory confirms being authorised to sign for the customer."));
        return out;
    }

    const Order &m_order;
    const Catalog &m_catalog;
    const FeeSummary m_fees;
    const QLocale m_locale;
};

} // namespace

QString contractHtml(const Order &order, const Catalog &catalog)
{
    return ContractWriter(order, catalog)
        .html(h::loadTemplate(QStringLiteral(":/documents/contract.html")));
}

Result<Document> contract(const Order &order, const Catalog &catalog)
{
    if (order.countries.isEmpty())
        return Result<Document>::failure(QCoreApplication::translate(
            "od::documents::Contract",
            "The order has no country: choose at least one country and its voice plans first."));
    const QString templ = h::loadTemplate(QStringLiteral(":/documents/contract.html"));
    if (templ.isEmpty())
        return Result<Document>::failure(QCoreApplication::translate(
            "od::documents::Contract", "The contract template is missing from this build."));
    Document document;
    document.title = ContractWriter::contractTitle(order);
    document.fileName = h::fileName(order.reference, QStringLiteral("contract.pdf"));
    document.pdf = renderPdf(ContractWriter(order, catalog).html(templ), document.title);
    return document;
}

Result<QList<Document>> envelopeDocuments(const Order &order, const Catalog &catalog)
{
    QList<Document> documents;
    Result<Document> c = contract(order, catalog);
    if (!c)
        return Result<QList<Document>>::failure(c.error());
    documents << std::move(c).value();
    if (order.submissionPath() == SubmissionPath::Porting) {
        for (const PortingForm &form : portingForms(order, catalog)) {
            Result<Document> d = portingForm(order, catalog, form);
            if (!d)
                return Result<QList<Document>>::failure(d.error());
            documents << std::move(d).value();
        }
    }
    return documents;
}

} // namespace od::documents
