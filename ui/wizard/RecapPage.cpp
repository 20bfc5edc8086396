#include "RecapPage.h"

#include "widgets/AddressLine.h"

#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "phone/PhoneNumbers.h"
#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"
#include "wizard/PaperworkPanel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace od {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The whole order as one HTML document. Everything the rep typed is escaped.
class RecapWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecapWriter)

public:
    /// `waiting`: the errors of `problems` that only the carrier's services settle.
    /// `editable`: false for a queued order, which has no Edit links.
    RecapWriter(const Order &order, const Catalog &catalog, const Problems &problems,
                const Problems &waiting, const FeeSummary &fees, bool editable,
                bool atCarrier = false)
        : m_order(order), m_catalog(catalog), m_problems(problems), m_waiting(waiting),
          m_fees(fees), m_editable(editable), m_atCarrier(atCarrier)
    {
        m_html.reserve(64 * 1024);
    }

    QString write()
    {
        m_html += QStringLiteral("<html><body>");
        writeHeader();
        writeProblems();
        writeCustomer();
        for (int i = 0; i < m_order.countries.size(); ++i)
            writeCountry(m_order.countries.at(i));
        writeContacts();
        writeFees();
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

private:
    QString editLink(Step step, const QString &what) const
    {
        if (!m_editable)
            return {};
        return QStringLiteral("<a href=\"edit:%1\">%2</a>").arg(int(step)).arg(esc(what));
    }

    /// The step's name, a link to it where the order can be edited.
    QString stepRef(Step step) const
    {
        return m_editable ? editLink(step, stepTitle(step)) : esc(stepTitle(step));
    }

    void heading(int level, const QString &title, const QString &link = QString())
    {
        m_html += QStringLiteral("<h%1>%2").arg(level).arg(esc(title));
        if (!link.isEmpty())
            m_html +=
                QStringLiteral("&nbsp;&nbsp;<span style=\"font-size:small; font-weight:normal\">%1"
                               "</span>")
                    .arg(link);
        m_html += QStringLiteral("</h%1>").arg(level);
    }

    void beginTable() { m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">"); }
    /// A "label: value" row; `value` is HTML (escape it first).
    void row(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td>"
                                 "</tr>")
                      .arg(esc(label), valueHtml);
    }
    void endTable() { m_html += QStringLiteral("</table>"); }

    void beginGrid(const QStringList &headers, const QList<bool> &rightAligned = {})
    {
        m_align = rightAligned;
        // The grid's lines in the palette's own mid tone: seen on dark and high-contrast
        // palettes as on the default one.
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                 "style=\"border-collapse:collapse; border-color:%1\"><tr>")
                      .arg(QGuiApplication::palette().color(QPalette::Mid).name());
        for (int i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th align=\"%1\">%2</th>")
                          .arg(alignOf(i) ? QStringLiteral("right") : QStringLiteral("left"),
                               esc(headers.at(i)));
        m_html += QStringLiteral("</tr>");
    }
    /// A row of HTML cells.
    void gridRow(const QStringList &cellsHtml, bool bold = false)
    {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < cellsHtml.size(); ++i)
            m_html += QStringLiteral("<td align=\"%1\">%2%3%4</td>")
                          .arg(alignOf(i) ? QStringLiteral("right") : QStringLiteral("left"),
                               bold ? QStringLiteral("<b>") : QString(), cellsHtml.at(i),
                               bold ? QStringLiteral("</b>") : QString());
        m_html += QStringLiteral("</tr>");
    }
    bool alignOf(int i) const { return i < m_align.size() && m_align.at(i); }

    QString orMissing(const QString &value) const
    {
        return value.trimmed().isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(tr("not given")))
                                         : esc(value);
    }

    /// The country's name as a label or heading ("Netherlands").
    QString countryName(const QString &code) const
    {
        if (const CountryInfo *info = m_catalog.country(code))
            return info->name;
        return code;
    }

    /// The country's name inside a sentence ("… kept in the Netherlands").
    QString countryInText(const QString &code) const
    {
        if (const CountryInfo *info = m_catalog.country(code))
            return info->inText();
        return code;
    }

    QString money(qint64 minor, const QString &currency) const
    {
        return esc(formatMoney(minor, currency, m_locale))
            .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    }

    /// A number as the rep reads it: national form in its own country (`home`), international
    /// elsewhere; the E.164 form on hover.
    QString phone(const QString &e164, const QString &home) const
    {
        if (e164.isEmpty())
            return orMissing(e164);
        const QString region = PhoneNumbers::regionOf(e164);
        if (region.isEmpty())
            return esc(e164);
        const QString shown = region == home ? PhoneNumbers::formatNational(e164)
                                             : PhoneNumbers::formatInternational(e164);
        return QStringLiteral("<span title=\"%1\">%2</span>")
            .arg(e164.toHtmlEscaped(),
                 esc(shown).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }

    /// The country whose numbers the contacts' numbers are most likely in: the order's first.
    QString homeCountry() const
    {
        return m_order.countries.isEmpty() ? QString() : m_order.countries.first().country;
    }

    QString address(const Address &a, bool withCompany = true) const
    {
        if (a.isEmpty())
            return orMissing(QString());
        return esc(
            addressLine(a, a.country.isEmpty() ? QString() : countryName(a.country), withCompany));
    }

    void writeHeader()
    {
        const QString company = m_order.customer.companyName.trimmed();
        heading(2, company.isEmpty() ? tr("Order %1").arg(m_order.reference)
                                     : tr("Order %1 for %2").arg(m_order.reference, company));
        QStringList names;
        for (const CountryOrder &c : m_order.countries)
            names << countryName(c.country);
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(m_order.submissionPath() == SubmissionPath::Porting
                                   ? tr("Countries: %1. Existing numbers are kept in at least "
                                        "one country: the contract is previewed and submitted, "
                                        "then the porting forms are signed.")
                                         .arg(names.join(QStringLiteral(", ")))
                                   : tr("Countries: %1. New numbers only: the signatory signs "
                                        "the contract electronically.")
                                         .arg(names.join(QStringLiteral(", ")))));
    }

    void writeProblems()
    {
        Problems errors;
        Problems warnings;
        for (const Problem &p : m_problems) {
            if (m_waiting.contains(p))
                continue;
            (p.isError() ? errors : warnings).append(p);
        }
        if (m_atCarrier)
            return; // sent: the banner says where it is; what was to do before is history
        if (!m_editable) {
            m_html += QStringLiteral("<p><b>%1</b></p>")
                          .arg(esc(tr("ℹ Queued in the outbox: the order is sent when the "
                                      "carrier's ordering service is reachable.")));
        } else if (errors.isEmpty()) {
            m_html += QStringLiteral("<p><b>%1</b></p>")
                          .arg(esc(m_waiting.isEmpty()
                                       ? tr("✔ The order is complete: it can be submitted on "
                                            "the next page.")
                                       : tr("✔ The order can be submitted on the next page.")));
        } else {
            m_html += QStringLiteral("<p><b>%1</b></p>")
                          .arg(esc(tr("✖ Still to do before the order can be submitted (%1):")
                                       .arg(errors.size())));
        }
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            m_html += QStringLiteral("<ul>");
            for (const Problem &p : std::as_const(errors))
                m_html += QStringLiteral("<li>✖ %1: %2</li>").arg(stepRef(p.step), esc(p.message));
            for (const Problem &p : std::as_const(warnings))
                m_html += QStringLiteral("<li>⚠ %1: %2</li>").arg(stepRef(p.step), esc(p.message));
            m_html += QStringLiteral("</ul>");
        }
        if (m_waiting.isEmpty())
            return;
        // Not the rep's to do: the queued order waits in the outbox for the carrier's services.
        m_html += QStringLiteral("<p>%1</p><ul>")
                      .arg(esc(tr("ℹ Before it is sent, the carrier's services settle (%1):")
                                   .arg(m_waiting.size())));
        for (const Problem &p : m_waiting)
            m_html += QStringLiteral("<li>%1: %2</li>").arg(stepRef(p.step), esc(p.message));
        m_html += QStringLiteral("</ul>");
    }

    void writeCustomer()
    {
        const Customer &c = m_order.customer;
        heading(3, stepTitle(Step::Customer), editLink(Step::Customer, tr("✎ Edit customer")));
        beginTable();
        switch (c.kind) {
        case CustomerKind::Existing:
            row(tr("Identified by"), esc(tr("OCN and account e-mail")));
            row(tr("Company"), orMissing(c.companyName));
            row(tr("OCN"), orMissing(c.ocn));
            row(tr("Account e-mail"), orMissing(c.accountEmail));
            break;
        case CustomerKind::OnlineAccount:
            row(tr("Identified by"), esc(tr("Online account")));
            row(tr("Company"), orMissing(c.companyName));
            row(tr("Online account id"), orMissing(c.onlineAccountId));
            break;
        case CustomerKind::Prospect:
            row(tr("Identified by"), esc(tr("Not yet a customer (prospect order)")));
            row(tr("Company"), orMissing(c.companyName));
            row(tr("Legal address"), address(c.prospectAddress, false));
            row(tr("Contact"), contactLine(c.prospectContact));
            break;
        }
        if (c.kind != CustomerKind::Prospect)
            row(tr("Account check"),
                esc(c.verified ? tr("✔ verified by the carrier") : tr("not verified yet")));
        row(tr("Microsoft tenant ID"), orMissing(m_order.tenantId));
        endTable();
    }

    QString contactLine(const Contact &c) const
    {
        QStringList parts;
        parts << orMissing(c.name);
        if (!c.jobTitle.trimmed().isEmpty())
            parts << esc(c.jobTitle);
        parts << orMissing(c.email) << phone(c.phone, homeCountry());
        return parts.join(QStringLiteral(" · "));
    }

    void writeCountry(const CountryOrder &co)
    {
        const CountryInfo *info = m_catalog.country(co.country);
        const QString name = countryName(co.country);     // the heading
        const QString inText = countryInText(co.country); // the Edit links
        const QString currency = info ? info->currency : QString();
        m_html += QStringLiteral("<hr>");
        heading(3, info ? tr("%1 (%2)").arg(name, currency) : name);

        // Voice plans, OCN and BCN.
        heading(4, tr("Voice plans, OCN and BCN"),
                editLink(Step::VoicePlans, tr("✎ Edit voice plans of %1").arg(inText)));
        beginTable();
        row(tr("OCN"), orMissing(co.ocn));
        row(tr("BCN"), orMissing(co.bcn));
        endTable();
        if (co.plans.isEmpty()) {
            m_html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No voice plan chosen.")));
        } else {
            beginGrid({tr("Voice plan"), tr("Users"), tr("Per user and month"), tr("Monthly")},
                      {false, true, true, true});
            for (const PlanLine &line : co.plans) {
                const Plan *plan = info ? info->plan(line.planId) : nullptr;
                if (!plan) {
                    gridRow(
                        {esc(line.planId), QString::number(line.quantity), QString(), QString()});
                    continue;
                }
                gridRow({esc(plan->name), m_locale.toString(line.quantity),
                         money(plan->monthlyPricePerUser, currency),
                         money(plan->monthlyPricePerUser * line.quantity, currency)});
            }
            m_html += QStringLiteral("</table>");
        }

        if (co.keepNumbers)
            writePorting(co, inText);
        else
            writeOffices(co, inText);
        writeOptions(co, inText);
    }

    /// `inText`: the country's name as it reads in a sentence.
    void writePorting(const CountryOrder &co, const QString &inText)
    {
        const PortingDetails &p = co.porting;
        heading(4,
                p.kind == PortKind::Migrate ? tr("Existing numbers: migration")
                                            : tr("Existing numbers: port"),
                editLink(Step::Porting, tr("✎ Edit the numbers kept in %1").arg(inText)));
        beginTable();
        if (p.kind == PortKind::Migrate) {
            QString type;
            switch (p.currentTeamsNumberType) {
            case TeamsNumberType::Unknown:
                break;
            case TeamsNumberType::CallingPlan:
                type = tr("Calling Plan");
                break;
            case TeamsNumberType::DirectRouting:
                type = tr("Direct Routing");
                break;
            case TeamsNumberType::OperatorConnect:
                type = tr("Operator Connect (another operator)");
                break;
            }
            row(tr("In Teams today"), orMissing(type));
        }
        row(tr("Losing carrier"), orMissing(p.losingCarrier));
        row(tr("Account holder"), orMissing(p.accountHolderName));
        row(tr("Account holder's address"), address(p.accountHolderAddress, false));
        int singles = 0;
        int ranges = 0;
        for (const NumberRange &n : p.numbers)
            (n.isRange() ? ranges : singles) += 1;
        // The fee line counts the numbers of every range: one count for the recap and the fees.
        qint64 total = 0;
        for (const FeeLine &line : m_fees.lines)
            if (line.country == co.country && line.kind == FeeLine::Kind::Porting)
                total += line.quantity;
        row(tr("Numbers"), esc(tr("%1 in total (single numbers: %2, DDI ranges: %3)")
                                   .arg(m_locale.toString(total), m_locale.toString(singles),
                                        m_locale.toString(ranges))));
        if (!p.mainBillingNumber.isEmpty())
            row(tr("Main billing number"), phone(p.mainBillingNumber, co.country));
        row(tr("Requested date"), p.requestedDate.isValid()
                                      ? esc(m_locale.toString(p.requestedDate, QLocale::LongFormat))
                                      : orMissing(QString()));
        if (const CountryInfo *info = m_catalog.country(co.country))
            for (const PortingField &f : info->portingFields)
                row(f.label, orMissing(p.extras.value(f.key)));
        endTable();
    }

    /// `inText`: the country's name as it reads in a sentence.
    void writeOffices(const CountryOrder &co, const QString &inText)
    {
        heading(4, tr("Offices and new numbers"),
                editLink(Step::Offices, tr("✎ Edit offices of %1").arg(inText)));
        if (co.offices.isEmpty()) {
            m_html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No office yet.")));
            return;
        }
        beginGrid({tr("Office"), tr("Address"), tr("Address check"), tr("Area code"),
                   tr("For users"), tr("For resource accounts"), tr("Reserved numbers")},
                  {false, false, false, false, true, true, false});
        for (int i = 0; i < co.offices.size(); ++i) {
            const Office &o = co.offices.at(i);
            QString state;
            switch (o.validation) {
            case AddressValidation::Validated:
                state = tr("✔ validated");
                break;
            case AddressValidation::NotValidated:
                // Queued, the address service settles it; never sent, the rep has to ask.
                state = o.validationRequested ? tr("queued, waiting for the address service")
                                              : tr("not validated: press Validate");
                break;
            case AddressValidation::Failed:
                state = tr("✖ not confirmed by the address service");
                break;
            }
            // Reserved numbers are summarised, never listed: up to 100 per office.
            QString reserved;
            if (o.reservedNumbers.isEmpty())
                reserved = esc(o.reservationRequested ? tr("queued, waiting for the number service")
                                                      : tr("not reserved: press Reserve"));
            else if (o.reservedNumbers.size() == 1)
                reserved = esc(tr("1: %1")).arg(phone(o.reservedNumbers.first(), co.country));
            else
                reserved = esc(tr("%1: %2 … %3"))
                               .arg(m_locale.toString(o.reservedNumbers.size()))
                               .arg(phone(o.reservedNumbers.first(), co.country),
                                    phone(o.reservedNumbers.last(), co.country));
            gridRow({QString::number(i + 1), address(o.address), esc(state),
                     o.areaCode.isEmpty() ? QStringLiteral("—") : esc(o.areaCode),
                     m_locale.toString(o.userNumbers), m_locale.toString(o.resourceAccountNumbers),
                     reserved});
        }
        m_html += QStringLiteral("</table>");
    }

    /// `inText`: the country's name as it reads in a sentence.
    void writeOptions(const CountryOrder &co, const QString &inText)
    {
        const Options &o = co.options;
        // Services are chosen on the offices step with the new numbers. A country that keeps
        // its numbers has no section there (nor on the porting step): no link to a page where
        // they cannot be changed.
        heading(4, tr("Additional services"),
                co.keepNumbers
                    ? QString()
                    : editLink(Step::Offices, tr("✎ Edit the services of %1").arg(inText)));
        beginTable();
        row(tr("Call forwarding"),
            o.callForwarding
                ? esc(tr("on, to %1")
                          .arg(PhoneNumbers::formatInternational(o.callForwardingTarget)))
                : esc(tr("off")));
        QString clip;
        switch (o.clipMode) {
        case ClipMode::Screening:
            clip = tr("CLIP screening (default)");
            break;
        case ClipMode::NoScreening:
            clip = tr("CLIP no screening");
            break;
        case ClipMode::PresentationNumber:
            clip = tr("presentation number %1")
                       .arg(PhoneNumbers::formatInternational(o.presentationNumber));
            break;
        }
        row(tr("Caller ID (CLIP)"), esc(clip));
        row(tr("Auto attendants"), m_locale.toString(o.autoAttendants));
        row(tr("Call queues"), m_locale.toString(o.callQueues));
        endTable();
    }

    void writeContacts()
    {
        m_html += QStringLiteral("<hr>");
        heading(3, stepTitle(Step::Contacts), editLink(Step::Contacts, tr("✎ Edit contacts")));
        beginTable();
        row(tr("Order contact"), contactLine(m_order.orderContact));
        row(tr("Technical contact"), contactLine(m_order.technicalContact));
        row(tr("Legal company address"), address(m_order.legalAddress));
        row(tr("Legal address"),
            esc(m_order.legalAddressConfirmed ? tr("✔ confirmed by the customer")
                                              : tr("not confirmed by the customer yet")));
        endTable();
    }

    void writeFees()
    {
        m_html += QStringLiteral("<hr>");
        heading(3, tr("Fees"));
        if (m_fees.lines.isEmpty()) {
            m_html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No fees yet.")));
            return;
        }
        beginGrid({tr("Country"), tr("Item"), tr("Quantity"), tr("Unit price"), tr("One-off"),
                   tr("Monthly")},
                  {false, false, true, true, true, true});
        QString lastCountry;
        for (const FeeLine &line : m_fees.lines) {
            const QString country =
                line.country == lastCountry ? QString() : esc(countryName(line.country));
            lastCountry = line.country;
            const QString total = money(line.totalMinor, line.currency);
            gridRow({country, esc(line.label), m_locale.toString(line.quantity),
                     money(line.unitMinor, line.currency), line.recurring ? QString() : total,
                     line.recurring ? total : QString()});
        }
        m_html += QStringLiteral("</table>");

        heading(4, tr("Totals per currency"));
        beginGrid({tr("Currency"), tr("One-off"), tr("Monthly")}, {false, true, true});
        QStringList currencies = m_fees.oneOff.keys();
        for (const QString &c : m_fees.monthly.keys())
            if (!currencies.contains(c))
                currencies << c;
        currencies.sort();
        for (const QString &c : std::as_const(currencies))
            gridRow({esc(c), money(m_fees.oneOff.value(c), c), money(m_fees.monthly.value(c), c)},
                    true);
        m_html += QStringLiteral("</table>");
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(tr("Monthly fees are per month from activation; one-off fees are "
                                  "charged once. Currencies are not converted.")));
    }

    const Order &m_order;
    const Catalog &m_catalog;
    const Problems &m_problems;
    const Problems &m_waiting;
    const FeeSummary &m_fees;
    const bool m_editable;
    const bool m_atCarrier; ///< sent to the carrier: no outbox or to-do lines
    QLocale m_locale;       // the rep's locale
    QList<bool> m_align;
    QString m_html;
};

} // namespace

RecapPage::RecapPage(OrderWizard *wizard) : OrderPage(wizard, Step::Recap)
{
    setTitle(stepTitle(Step::Recap));
    setSubTitle(tr("The whole order. Edit any part; Next comes back here."));

    // A queued order is shown read-only: this says why, and how to change it.
    m_queuedBanner = new QLabel(this);
    m_queuedBanner->setObjectName(QStringLiteral("queuedBanner"));
    m_queuedBanner->setWordWrap(true);
    m_queuedBanner->setMargin(8);
    m_queuedBanner->setFocusPolicy(Qt::TabFocus); // read out when the queued order opens
    m_queuedBanner->setStyleSheet(
        QStringLiteral("QLabel#queuedBanner { background: palette(alternate-base); "
                       "border: 2px solid palette(mid); border-radius: 4px; "
                       "color: palette(text); }"
                       "QLabel#queuedBanner:focus { border-color: palette(highlight); }"));
    m_queuedText =
        (tr("ℹ This order is queued in the outbox. It will be sent to the carrier when the "
            "carrier's ordering service is reachable; nothing else is needed now.\n"
            "While it waits it cannot be changed or submitted again. To change it, choose "
            "\"Withdraw from the outbox to edit\": it goes back to the drafts with everything "
            "kept."));
    m_queuedBanner->setText(m_queuedText);
    m_queuedBanner->setAccessibleName(tr("Queued in the outbox"));
    m_queuedBanner->setAccessibleDescription(m_queuedBanner->text());
    m_queuedBanner->setVisible(false);
    contentLayout()->addWidget(m_queuedBanner);

    // A submitted order's paperwork and signature, where the rep looks first.
    m_paperwork = new PaperworkPanel(wizard, this);
    m_paperwork->setVisible(false);
    contentLayout()->addWidget(m_paperwork);

    m_document = new QTextBrowser(this);
    m_document->setObjectName(QStringLiteral("recapDocument"));
    m_document->setAccessibleName(tr("Order recap"));
    m_document->setAccessibleDescription(
        tr("The whole order by country, with fees. Tab moves between the Edit links; Enter "
           "opens one."));
    m_document->setOpenLinks(false);
    m_document->setOpenExternalLinks(false);
    m_document->setMinimumHeight(320);
    m_document->setTabChangesFocus(false);
    contentLayout()->addWidget(m_document, 1);
    connect(m_document, &QTextBrowser::anchorClicked, this, &RecapPage::onLink);
    // No render on OrderWizard::queuedChanged: setQueued() restarts the wizard, which
    // initialises the recap (load()) after the queued state has changed.
    connect(wizard, &OrderWizard::readOnlyNoteChanged, this, [this] {
        if (orderWizard()->currentPage() == this)
            render();
    });
}

void RecapPage::load()
{
    render();
}

void RecapPage::revisit()
{
    // The recap shows the order as it is each time the rep comes back (from an Edit link, or
    // Back and Next), not only after an edit.
    reload();
}

void RecapPage::render()
{
    const Order &o = orderWizard()->order();
    const Problems problems = orderWizard()->rules().checkOrder(o);
    const FeeSummary fees = computeFees(o, catalog());
    Problems waiting;
    for (const Problem &p : problems)
        if (orderWizard()->waitsForCarrier(p))
            waiting.append(p);
    const bool queued = orderWizard()->isQueued();
    m_queuedBanner->setVisible(queued);
    m_paperwork->setVisible(queued);
    // Room for the paperwork at 1366×768: the recap scrolls inside its own box.
    m_document->setMinimumHeight(queued ? 220 : 320);
    // Past the outbox, the banner says where the order is at the carrier.
    const QString note = orderWizard()->readOnlyNote();
    m_queuedBanner->setText(note.isEmpty() ? m_queuedText : note);
    m_queuedBanner->setAccessibleDescription(m_queuedBanner->text());
    setSubTitle(queued ? tr("The order as it was submitted.")
                       : tr("The whole order. Edit any part; Next comes back here."));
    const QString html =
        RecapWriter(o, catalog(), problems, waiting, fees, !queued, orderWizard()->isAtCarrier())
            .write();
    const int scroll =
        m_document->verticalScrollBar() ? m_document->verticalScrollBar()->value() : 0;
    m_document->setHtml(html);
    // Back from an Edit link: keep the rep where they were.
    m_document->verticalScrollBar()->setValue(scroll);
}

void RecapPage::onLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("edit"))
        return;
    bool ok = false;
    const int step = url.path().toInt(&ok);
    if (ok && step >= int(Step::Customer) && step <= int(Step::Submission))
        orderWizard()->editStep(Step(step));
}

} // namespace od
