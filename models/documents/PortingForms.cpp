// Letters of authorisation: the customer's signed permission to port or migrate its numbers.
#include "documents/Documents.h"
#include "documents/Html.h"
#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLocale>

namespace od::documents {

namespace h = html;

QList<PortingForm> portingForms(const Order &order, const Catalog &catalog)
{
    QList<PortingForm> forms;
    for (const CountryOrder &country : order.countries) {
        if (!country.keepNumbers)
            continue;
        const CountryInfo *info = catalog.country(country.country);
        QList<NumberRange> numbers;
        for (const NumberRange &n : country.porting.numbers)
            if (!n.first.isEmpty() || !n.text.trimmed().isEmpty())
                numbers.append(n);
        if (info && info->onePortingFormPerNumber && numbers.size() > 1) {
            // Germany, Austria: one form per number or range, each signed on its own.
            const int count = int(numbers.size());
            for (int i = 0; i < count; ++i)
                forms.append({country.country, i + 1, count, {numbers.at(i)}});
        } else {
            forms.append({country.country, 1, 1, numbers});
        }
    }
    return forms;
}

namespace {

/// Writes one letter of authorisation; its tr() uses the context "od::documents::PortingForm".
class PortingFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(od::documents::PortingForm)

public:
    PortingFormWriter(const Order &order, const Catalog &catalog, const PortingForm &form)
        : m_order(order), m_catalog(catalog), m_form(form), m_country(order.country(form.country)),
          m_info(catalog.country(form.country))
    {}

    bool valid() const { return m_country != nullptr; }

    QString title() const
    {
        const QString name = h::countryName(m_form.country, m_catalog);
        if (m_form.count > 1)
            return tr("Letter of authorisation — %1 (form %2 of %3)")
                .arg(name)
                .arg(m_form.index)
                .arg(m_form.count);
        return tr("Letter of authorisation — %1").arg(name);
    }

    /// The form's place among the country's forms, for the page heading ("Form 2 of 3").
    QString formOf() const
    {
        return m_form.count > 1 ? tr("Form %1 of %2").arg(m_form.index).arg(m_form.count)
                                : QString();
    }

    QString fileName() const
    {
        return h::fileName(
            m_order.reference,
            QStringLiteral("porting-%1-%2.pdf").arg(m_form.country.toUpper()).arg(m_form.index));
    }

    QString html(const QString &templ) const
    {
        if (!m_country)
            return {};
        const PortingDetails &p = m_country->porting;
        const bool migrate = p.kind == PortKind::Migrate;
        QHash<QString, QString> v;
        v.insert(QStringLiteral("title"), h::esc(title()));
        v.insert(
            QStringLiteral("heading"),
            h::esc(
                tr("Letter of authorisation — %1").arg(h::countryName(m_form.country, m_catalog))));
        QString subtitle = migrate ? tr("Migration of Microsoft Teams numbers to Operator Connect")
                                   : tr("Porting of numbers to Operator Connect for Microsoft "
                                        "Teams");
        if (!formOf().isEmpty())
            subtitle = QStringLiteral("<b>%1</b> · %2").arg(formOf(), subtitle);
        v.insert(QStringLiteral("subtitle"), subtitle);
        v.insert(QStringLiteral("referenceBlock"), referenceBlock());
        v.insert(QStringLiteral("intro"),
                 migrate ? tr("The account holder below asks to move the numbers listed on this "
                              "form, which it already uses in Microsoft Teams, to Operator "
                              "Connect.")
                         : tr("The account holder below asks to move the numbers listed on this "
                              "form from its current carrier to Operator Connect for Microsoft "
                              "Teams."));
        v.insert(QStringLiteral("requestHeading"), tr("Request"));
        v.insert(QStringLiteral("request"), request());
        v.insert(QStringLiteral("holderHeading"), tr("Account holder"));
        v.insert(QStringLiteral("holder"), holder());
        v.insert(QStringLiteral("numbersHeading"), tr("Numbers"));
        v.insert(QStringLiteral("numbers"), numbers());
        v.insert(QStringLiteral("extras"), extras());
        v.insert(QStringLiteral("notes"), notes());
        v.insert(QStringLiteral("authorisationHeading"), tr("Authorisation"));
        v.insert(QStringLiteral("authorisation"), authorisation());
        v.insert(QStringLiteral("signature"), signature());
        return h::fill(templ, v);
    }

private:
    QString count(qint64 n) const { return m_locale.toString(n); }

    QString referenceBlock() const
    {
        QString block = tr("Order reference") + QStringLiteral("<br><b>") +
                        h::esc(m_order.reference) + QStringLiteral("</b><br>") +
                        h::customerName(m_order);
        const QString ocn =
            !m_country->ocn.trimmed().isEmpty() ? m_country->ocn : m_order.customer.ocn;
        if (!ocn.trimmed().isEmpty())
            block += QStringLiteral("<br>") + tr("OCN %1").arg(h::esc(ocn));
        return block;
    }

    QString teamsNumberType(TeamsNumberType type) const
    {
        switch (type) {
        case TeamsNumberType::CallingPlan:
            return tr("Microsoft Calling Plan");
        case TeamsNumberType::DirectRouting:
            return tr("Direct Routing");
        case TeamsNumberType::OperatorConnect:
            return tr("Operator Connect (another operator)");
        case TeamsNumberType::Unknown:
            break;
        }
        return tr("not stated");
    }

    static QString national(const QString &e164)
    {
        return h::esc(PhoneNumbers::formatNational(e164));
    }

    QString request() const
    {
        const PortingDetails &p = m_country->porting;
        QString rows;
        if (p.kind == PortKind::Migrate) {
            rows += h::row(tr("Type"), tr("Migration"));
            rows += h::row(tr("Numbers in Teams today"), teamsNumberType(p.currentTeamsNumberType));
            rows += h::row(tr("Current provider"), h::esc(p.losingCarrier));
        } else {
            rows += h::row(tr("Type"), tr("Port"));
            rows += h::row(tr("Losing carrier"), h::esc(p.losingCarrier));
        }
        rows += h::row(tr("Country"), h::esc(h::countryName(m_form.country, m_catalog)));
        rows += h::row(tr("Requested date"), h::date(p.requestedDate));
        if (m_info) {
            rows += h::row(tr("Lead time"),
                           m_info->portingLeadTimeMaxDays > m_info->portingLeadTimeDays
                               ? tr("%1 to %2 working days, depending on the numbers")
                                     .arg(m_info->portingLeadTimeDays)
                                     .arg(m_info->portingLeadTimeMaxDays)
                               : tr("at least %1 working days").arg(m_info->portingLeadTimeDays));
            if (m_info->portingFormValidityMonths > 0)
                rows +=
                    h::row(tr("Form valid for"),
                           tr("%1 months after signature").arg(m_info->portingFormValidityMonths));
        }
        if (m_info && m_info->usesMainBillingNumber) {
            const QString main = p.mainBillingNumber.trimmed();
            rows += h::row(tr("Main billing number"), main.isEmpty()
                                                          ? QStringLiteral("—")
                                                          : national(main) + QStringLiteral(" (") +
                                                                h::esc(main) + QLatin1Char(')'));
        }
        return h::table(rows);
    }

    QString holder() const
    {
        const PortingDetails &p = m_country->porting;
        QString rows;
        rows += h::row(tr("Name"), p.accountHolderName.trimmed().isEmpty()
                                       ? QStringLiteral("—")
                                       : h::esc(p.accountHolderName));
        rows += h::row(tr("Address"), h::address(p.accountHolderAddress, m_catalog));
        return h::table(rows);
    }

    static qint64 rangeCount(const NumberRange &range)
    {
        if (range.first.isEmpty())
            return 0;
        if (!range.isRange())
            return 1;
        const qint64 n = PhoneNumbers::expand(range.first, range.last).size();
        return n > 0 ? n : 1;
    }

    QString numbers() const
    {
        QString rows =
            QStringLiteral("<tr><th width=\"6%\">#</th><th width=\"40%\">%1</th><th "
                           "width=\"40%\">%2</th><th class=\"num\" "
                           "width=\"14%\">%3</th></tr>\n")
                .arg(tr("National form"), tr("International form (E.164)"), tr("Numbers"));
        qint64 total = 0;
        int line = 0;
        for (const NumberRange &range : m_form.numbers) {
            ++line;
            QString nat;
            QString e164;
            if (range.first.isEmpty()) {
                nat = h::esc(range.text); // not parsed: exactly what the rep typed
                e164 = QStringLiteral("—");
            } else if (range.isRange()) {
                nat = national(range.first) + QStringLiteral(" – ") + national(range.last);
                e164 = h::esc(range.first) + QStringLiteral(" – ") + h::esc(range.last);
            } else {
                nat = national(range.first);
                e164 = h::esc(range.first);
            }
            const qint64 n = rangeCount(range);
            total += n;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td "
                                   "class=\"num\">%4</td></tr>\n")
                        .arg(count(line), nat, e164, count(n));
        }
        rows += QStringLiteral("<tr class=\"total\"><td colspan=\"3\">%1</td><td "
                               "class=\"num\">%2</td></tr>\n")
                    .arg(tr("Total numbers on this form"), count(total));
        return h::table(rows);
    }

    QString extras() const
    {
        if (!m_info || m_info->portingFields.isEmpty())
            return {};
        QString rows;
        for (const PortingField &field : m_info->portingFields) {
            const QString value = m_country->porting.extras.value(field.key).trimmed();
            rows +=
                h::row(h::esc(field.label), value.isEmpty() ? QStringLiteral("—") : h::esc(value));
        }
        return QStringLiteral("<h2>%1</h2>\n")
                   .arg(tr("Details required in %1").arg(h::esc(m_info->inText()))) +
               h::table(rows);
    }

    QString notes() const
    {
        if (!m_info || m_info->portingNotes.trimmed().isEmpty())
            return {};
        return QStringLiteral("<h2>%1</h2>\n<p class=\"note\">%2</p>\n")
            .arg(tr("Notes"), h::esc(m_info->portingNotes));
    }

    QString authorisation() const
    {
        const PortingDetails &p = m_country->porting;
        const QString holderName = p.accountHolderName.trimmed().isEmpty()
                                       ? h::customerName(m_order)
                                       : h::esc(p.accountHolderName);
        const QString carrier = p.losingCarrier.trimmed().isEmpty() ? tr("the current carrier")
                                                                    : h::esc(p.losingCarrier);
        return tr("%1, the holder of the numbers listed on this form, authorises their transfer "
                  "from %2 to Operator Connect for Microsoft Teams under order %3, and the end "
                  "of the service with %2 for these numbers on the day they move. The "
                  "signatory confirms being authorised to sign for the account holder.")
            .arg(holderName, carrier, h::esc(m_order.reference));
    }

    QString signature() const
    {
        const Signatory &s = m_order.signatory;
        QString rows;
        rows += h::row(tr("Name"),
                       s.name.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : h::esc(s.name));
        if (!s.jobTitle.trimmed().isEmpty())
            rows += h::row(tr("Job title"), h::esc(s.jobTitle));
        QList<QPair<QString, const char *>> boxes{{tr("Signature"), kSignHereAnchor},
                                                  {tr("Date signed"), kDateSignedAnchor}};
        if (m_info && m_info->portingFormNeedsStamp)
            boxes.append({tr("Company stamp"), kStampAnchor});
        return h::spacer() + h::table(rows) + h::signatureBoxes(boxes);
    }

    const Order &m_order;
    const Catalog &m_catalog;
    const PortingForm &m_form;
    const CountryOrder *m_country;
    const CountryInfo *m_info;
    const QLocale m_locale;
};

} // namespace

QString portingFormHtml(const Order &order, const Catalog &catalog, const PortingForm &form)
{
    return PortingFormWriter(order, catalog, form)
        .html(h::loadTemplate(QStringLiteral(":/documents/porting-form.html")));
}

Result<Document> portingForm(const Order &order, const Catalog &catalog, const PortingForm &form)
{
    const PortingFormWriter writer(order, catalog, form);
    if (!writer.valid())
        return Result<Document>::failure(
            QCoreApplication::translate("od::documents::PortingForm",
                                        "The order has no country %1 to fill a porting form for.")
                .arg(form.country));
    const QString templ = h::loadTemplate(QStringLiteral(":/documents/porting-form.html"));
    if (templ.isEmpty())
        return Result<Document>::failure(QCoreApplication::translate(
            "od::documents::PortingForm", "The porting form template is missing from this build."));
    Document document;
    document.title = writer.title();
    document.fileName = writer.fileName();
    document.pdf = renderPdf(writer.html(templ), document.title);
    return document;
}

} // namespace od::documents
