// The contract and the porting forms as PDF: generated from orders, read back with QtPdf.
#include "../common/Fixtures.h"
#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "common/Background.h"
#include "documents/Documents.h"
#include "phone/PhoneNumbers.h"

#include <QBuffer>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace od;
using namespace od::documents;

namespace {

/// The text of a PDF as QtPdf extracts it, per page, with white space folded.
struct PdfText
{
    bool ok = false;
    QStringList pages;
    QString all;
    QString title;
};

QString fold(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

PdfText pdfText(const QByteArray &pdf)
{
    PdfText out;
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return out;
    out.ok = true;
    for (int page = 0; page < document.pageCount(); ++page)
        out.pages << fold(document.getAllText(page).text());
    out.all = out.pages.join(QLatin1Char(' '));
    out.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    return out;
}

NumberRange single(const QString &e164)
{
    return NumberRange{e164, e164, QString()};
}

NumberRange range(const QString &first, const QString &last)
{
    return NumberRange{first + QStringLiteral(" - ") + last, first, last};
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    /// An order porting in Germany (a range and two single numbers) and France (SIRET).
    Order twoCountryPorting() const
    {
        Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("FR")}, 1, 10, 0);
        for (CountryOrder &c : order.countries) {
            c.keepNumbers = true;
            c.offices.clear();
            c.options = {};
            const fixtures::Site *site = fixtures::siteFor(c.country);
            PortingDetails &p = c.porting;
            p.losingCarrier = c.country == QLatin1String("DE") ? QStringLiteral("Example Telekom")
                                                               : QStringLiteral("Exemple Télécom");
            p.accountHolderName = QStringLiteral("Contoso Ltd");
            p.accountHolderAddress = fixtures::siteAddress(*site, QString(), 7);
            p.requestedDate = QDate(2027, 1, 18);
            const QStringList block =
                fixtures::numbersInArea(c.country, QString::fromUtf8(site->areaCode), 3, 50);
            p.numbers = {range(block.at(0), block.at(19)), single(block.at(30)),
                         single(block.at(40))};
        }
        order.countries[1].porting.extras.insert(QStringLiteral("siret"),
                                                 QStringLiteral("73282932000074"));
        order.countries[1].porting.extras.insert(QStringLiteral("rio"),
                                                 QStringLiteral("01P123456AB1"));
        return order;
    }

private slots:
    void initTestCase()
    {
        // Money and dates as an English reader sees them, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const Result<Catalog> catalog = Catalog::bundled();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = catalog.value();
    }

    void contractOfTheMaximalOrder()
    {
        const Order order = fixtures::maximalOrder(m_catalog);
        const Result<Document> document = contract(order, m_catalog);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document->fileName, order.reference + QStringLiteral("-contract.pdf"));
        QCOMPARE(document->title, QStringLiteral("Contract ") + order.reference);
        QVERIFY(document->pdf.startsWith("%PDF"));

        const PdfText text = pdfText(document->pdf);
        QVERIFY(text.ok);
        QCOMPARE(text.title, document->title);
        // 14 countries, 7,000 reserved numbers: many pages, each with its footer.
        const int pages = int(text.pages.size());
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
        QVERIFY(text.pages.first().contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (int i = 0; i < pages; ++i)
            QVERIFY2(
                text.pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                qPrintable(QString::number(i + 1)));

        QVERIFY(text.all.contains(order.reference));
        QVERIFY(text.all.contains(QStringLiteral("3 December 2026"))); // the order's date
        QVERIFY(text.all.contains(order.tenantId));
        QVERIFY(text.all.contains(QStringLiteral("Contoso Ltd")));
        QVERIFY(text.all.contains(order.customer.ocn));
        QVERIFY(text.all.contains(QStringLiteral("Kim Example")));
        QVERIFY(text.all.contains(QStringLiteral("Managing Director")));
        QVERIFY(text.all.contains(QStringLiteral("alex@contoso.example.com")));

        int reserved = 0;
        for (const CountryOrder &c : order.countries) {
            const CountryInfo *info = m_catalog.country(c.country);
            QVERIFY(text.all.contains(info->inText()));
            QVERIFY2(text.all.contains(c.bcn), qPrintable(c.bcn));
            for (const PlanLine &line : c.plans)
                QVERIFY2(text.all.contains(info->plan(line.planId)->name), qPrintable(line.planId));
            for (const Office &office : c.offices) {
                for (const QString &number : office.reservedNumbers) {
                    const QString shown = fold(PhoneNumbers::formatInternational(number));
                    QVERIFY2(text.all.contains(shown), qPrintable(shown));
                    ++reserved;
                }
            }
        }
        QCOMPARE(reserved, 14 * 5 * 100);

        // The totals per currency, exactly as the fee calculation has them.
        const FeeSummary fees = computeFees(order, m_catalog);
        QCOMPARE(fees.oneOff.size(), 5); // EUR, CHF, DKK, GBP, SEK
        for (auto it = fees.oneOff.cbegin(); it != fees.oneOff.cend(); ++it) {
            const QString oneOff = fold(formatMoney(it.value(), it.key(), QLocale()));
            const QString monthly =
                fold(formatMoney(fees.monthly.value(it.key()), it.key(), QLocale()));
            const QString totalLine =
                QStringLiteral("Total in %1 %2 %3").arg(it.key(), oneOff, monthly);
            QVERIFY2(text.all.contains(totalLine), qPrintable(totalLine));
        }

        QVERIFY(text.all.contains(QLatin1String(kSignHereAnchor)));
        QVERIFY(text.all.contains(QLatin1String(kDateSignedAnchor)));
        QVERIFY(!text.all.contains(QLatin1String(kStampAnchor)));
    }

    void contractOfAPortingOrderListsTheRanges()
    {
        const Order order = twoCountryPorting();
        const Result<Document> document = contract(order, m_catalog);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        const PdfText text = pdfText(document->pdf);
        QVERIFY(text.ok);
        QVERIFY(text.pages.size() > 1);
        for (const CountryOrder &c : order.countries) {
            const NumberRange &r = c.porting.numbers.first();
            const QString shown =
                fold(PhoneNumbers::formatInternational(r.first) + QStringLiteral(" – ") +
                     PhoneNumbers::formatInternational(r.last) + QStringLiteral(" 20"));
            QVERIFY2(text.all.contains(shown), qPrintable(shown));
            QVERIFY(text.all.contains(c.porting.losingCarrier));
        }
        QVERIFY(text.all.contains(QStringLiteral("Total 22")));
        QVERIFY(text.all.contains(QStringLiteral("18 January 2027")));
        // 22 numbers ported in each country at the sample price, as the fees say.
        const FeeSummary fees = computeFees(order, m_catalog);
        QVERIFY(text.all.contains(fold(formatMoney(fees.oneOff.value(QStringLiteral("EUR")),
                                                   QStringLiteral("EUR"), QLocale()))));
    }

    void contractOptions()
    {
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("GB")}, 1, 5, 2);
        Options &o = order.countries.first().options;
        o.callForwarding = true;
        o.callForwardingTarget = QStringLiteral("+442079460000");
        o.clipMode = ClipMode::PresentationNumber;
        o.presentationNumber = QStringLiteral("+442079460001");
        o.autoAttendants = 2;
        o.callQueues = 3;
        const PdfText text = pdfText(contract(order, m_catalog)->pdf);
        QVERIFY(text.ok);
        QVERIFY(text.all.contains(QStringLiteral("Configured, to +44 20 7946 0000")));
        QVERIFY(text.all.contains(QStringLiteral("Presentation number +44 20 7946 0001")));
        QVERIFY(text.all.contains(QStringLiteral("Auto attendants 2")));
        QVERIFY(text.all.contains(QStringLiteral("Call queues 3")));
    }

    void buildsOnAWorkerThreadAndAnswersOnTheContextsThread()
    {
        const Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 8, 2);
        QObject context;
        QThread *builtOn = nullptr;
        QThread *answeredOn = nullptr;
        std::optional<Built> result;
        runInBackground<Built>(
            [&builtOn, order, catalog = m_catalog] {
                builtOn = QThread::currentThread();
                return envelopeDocuments(order, catalog);
            },
            &context,
            [&](const Built &built) {
                answeredOn = QThread::currentThread();
                result = built;
            });
        QVERIFY(!result); // never at once: the caller goes on answering the rep
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(builtOn && builtOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(result->ok());
        QCOMPARE(pdfText(result->value().constFirst().pdf).pages,
                 pdfText(contract(order, m_catalog)->pdf).pages);
    }

    void noAnswerOnceTheContextIsGone()
    {
        const Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        std::atomic_bool built = false;
        bool answered = false;
        {
            QObject context;
            runInBackground<Built>(
                [&built, order, catalog = m_catalog] {
                    QThread::msleep(100); // the context goes while the build runs
                    const Built documents = envelopeDocuments(order, catalog);
                    built = true;
                    return documents;
                },
                &context, [&answered](const Built &) { answered = true; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(built, 10000);
        QTest::qWait(100);
        QVERIFY(!answered);
    }

    void sameOrderSameText()
    {
        const Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 8, 2);
        QCOMPARE(contractHtml(order, m_catalog), contractHtml(order, m_catalog));
        const PdfText a = pdfText(contract(order, m_catalog)->pdf);
        const PdfText b = pdfText(contract(order, m_catalog)->pdf);
        QVERIFY(a.ok);
        QCOMPARE(a.pages, b.pages);
        const Order porting = twoCountryPorting();
        const PortingForm form = portingForms(porting, m_catalog).constLast();
        QCOMPARE(pdfText(portingForm(porting, m_catalog, form)->pdf).pages,
                 pdfText(portingForm(porting, m_catalog, form)->pdf).pages);
    }

    void userTextIsPrintedLiterally()
    {
        Order order = twoCountryPorting();
        order.customer.companyName = QStringLiteral("<b>Fabrikam</b> & Sons");
        order.remarks = QStringLiteral("Call before 9 {{signature}} <i>please</i>");
        order.countries[1].porting.losingCarrier = QStringLiteral("<script>x</script>");
        const QString html = contractHtml(order, m_catalog);
        QVERIFY(!html.contains(QStringLiteral("<b>Fabrikam")));
        // Every placeholder filled; the remark's braces are text, never expanded.
        QCOMPARE(html.count(QStringLiteral("{{")), 1);
        const PdfText text = pdfText(contract(order, m_catalog)->pdf);
        QVERIFY(text.all.contains(QStringLiteral("<b>Fabrikam</b> & Sons")));
        QVERIFY(text.all.contains(QStringLiteral("Call before 9 {{signature}} <i>please</i>")));
        QVERIFY(text.all.contains(QStringLiteral("<script>x</script>")));
        // The anchors stay where the template puts them: once each, not in the remarks.
        QCOMPARE(text.all.count(QLatin1String(kSignHereAnchor)), 1);

        const QList<PortingForm> forms = portingForms(order, m_catalog);
        const PdfText form = pdfText(portingForm(order, m_catalog, forms.constLast())->pdf);
        QVERIFY(form.all.contains(QStringLiteral("<script>x</script>")));
        QVERIFY(form.all.contains(QStringLiteral("<b>Fabrikam</b> & Sons")));
    }

    void addressesInTheirCountrysOrder()
    {
        Order order = twoCountryPorting();
        Address paris;
        paris.companyName = QStringLiteral("Fabrikam SAS");
        paris.country = QStringLiteral("FR");
        paris.street = QStringLiteral("rue de Rivoli");
        paris.houseNumber = QStringLiteral("12");
        paris.houseNumberSuffix = QStringLiteral("bis");
        paris.postalCode = QStringLiteral("75001");
        paris.city = QStringLiteral("Paris");
        order.legalAddress = paris;
        const PdfText text = pdfText(contract(order, m_catalog)->pdf);
        QVERIFY2(text.all.contains(QStringLiteral("12 bis rue de Rivoli 75001 Paris")),
                 qPrintable(text.all.left(600)));
    }

    void prospectContract()
    {
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("IE")}, 1, 3, 0);
        order.customer = {};
        order.customer.kind = CustomerKind::Prospect;
        order.customer.companyName = QStringLiteral("Northwind Traders");
        order.customer.prospectAddress = fixtures::siteAddress(
            *fixtures::siteFor(QStringLiteral("IE")), QStringLiteral("Northwind Traders"), 4);
        order.legalAddress = {};
        order.signatory = {};
        const PdfText text = pdfText(contract(order, m_catalog)->pdf);
        QVERIFY(text.ok);
        QVERIFY(text.all.contains(QStringLiteral("Company Northwind Traders")));
        QVERIFY(text.all.contains(QStringLiteral("New customer")));
        // The prospect's address, in Ireland's order: the number before the street.
        QVERIFY(text.all.contains(QStringLiteral("4 Grafton Street")));
        // No signatory yet: the boxes and their anchors are there all the same.
        QVERIFY(text.all.contains(QLatin1String(kSignHereAnchor)));
        QVERIFY(text.all.contains(QLatin1String(kDateSignedAnchor)));
    }

    void unparsedNumberIsPrintedAsTyped()
    {
        Order order = twoCountryPorting();
        order.countries.last().porting.numbers.append(
            NumberRange{QStringLiteral("04 91 ?? 12"), QString(), QString()});
        const QList<PortingForm> forms = portingForms(order, m_catalog);
        const PdfText text = pdfText(portingForm(order, m_catalog, forms.constLast())->pdf);
        QVERIFY(text.all.contains(QStringLiteral("04 91 ?? 12")));
        QVERIFY(text.all.contains(QStringLiteral("Total numbers on this form 22")));
    }

    void contractNeedsACountry()
    {
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 1, 0);
        order.countries.clear();
        const Result<Document> document = contract(order, m_catalog);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(QStringLiteral("no country")),
                 qPrintable(document.error()));
        QVERIFY(!envelopeDocuments(order, m_catalog).ok());
    }

    void germanyHasOneFormPerNumberOrRange()
    {
        const Order order = twoCountryPorting();
        const QList<PortingForm> forms = portingForms(order, m_catalog);
        QCOMPARE(forms.size(), 4); // DE: 3 (a range, two numbers); FR: 1 with all three
        const CountryOrder &de = order.countries.first();
        for (int i = 0; i < 3; ++i) {
            const PortingForm &form = forms.at(i);
            QCOMPARE(form.country, QStringLiteral("DE"));
            const Result<Document> document = portingForm(order, m_catalog, form);
            QVERIFY2(document.ok(), qPrintable(document.error()));
            QCOMPARE(document->fileName,
                     order.reference + QStringLiteral("-porting-DE-%1.pdf").arg(i + 1));
            QCOMPARE(document->title,
                     QStringLiteral("Letter of authorisation — Germany (form %1 of 3)").arg(i + 1));
            const PdfText text = pdfText(document->pdf);
            QVERIFY(text.ok);
            QCOMPARE(text.pages.size(), 1);
            QVERIFY(text.all.contains(document->title));
            QVERIFY(text.all.contains(QStringLiteral("Page 1 of 1")));
            // This form's entry, national and E.164; not the others'.
            for (int k = 0; k < 3; ++k) {
                const NumberRange &r = de.porting.numbers.at(k);
                const bool mine = k == i;
                QCOMPARE(text.all.contains(r.first), mine);
                QCOMPARE(text.all.contains(fold(PhoneNumbers::formatNational(r.first))), mine);
            }
            if (i == 0) {
                const NumberRange &r = de.porting.numbers.first();
                QVERIFY(text.all.contains(r.first + QStringLiteral(" – ") + r.last +
                                          QStringLiteral(" 20")));
                QVERIFY(text.all.contains(fold(PhoneNumbers::formatNational(r.first) +
                                               QStringLiteral(" – ") +
                                               PhoneNumbers::formatNational(r.last))));
            }
            QVERIFY(text.all.contains(QStringLiteral("Example Telekom")));
            QVERIFY(text.all.contains(QStringLiteral("Kaiserstraße 7")));
            QVERIFY(text.all.contains(QStringLiteral("18 January 2027")));
            QVERIFY(text.all.contains(order.reference));
            QVERIFY(text.all.contains(order.customer.ocn));
            QVERIFY(text.all.contains(QStringLiteral("Kim Example")));
            // Germany needs the company stamp.
            QVERIFY(text.all.contains(QLatin1String(kSignHereAnchor)));
            QVERIFY(text.all.contains(QLatin1String(kDateSignedAnchor)));
            QVERIFY(text.all.contains(QLatin1String(kStampAnchor)));
            QVERIFY(text.all.contains(QStringLiteral("Company stamp")));
        }
    }

    void franceHasOneFormWithEveryNumber()
    {
        const Order order = twoCountryPorting();
        const PortingForm form = portingForms(order, m_catalog).constLast();
        QCOMPARE(form.country, QStringLiteral("FR"));
        QCOMPARE(form.count, 1);
        const Result<Document> document = portingForm(order, m_catalog, form);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document->fileName, order.reference + QStringLiteral("-porting-FR-1.pdf"));
        QCOMPARE(document->title, QStringLiteral("Letter of authorisation — France"));
        const PdfText text = pdfText(document->pdf);
        QVERIFY(text.ok);
        for (const NumberRange &r : order.countries.last().porting.numbers) {
            QVERIFY2(text.all.contains(r.first), qPrintable(r.first));
            QVERIFY(text.all.contains(fold(PhoneNumbers::formatNational(r.first))));
        }
        QVERIFY(text.all.contains(QStringLiteral("Total numbers on this form 22")));
        // The country's extra fields with their catalog labels, and its notes.
        QVERIFY(text.all.contains(QStringLiteral("SIRET 73282932000074")));
        QVERIFY(text.all.contains(QStringLiteral("RIO code 01P123456AB1")));
        QVERIFY(text.all.contains(QStringLiteral("Form valid for 3 months after signature")));
        QVERIFY(text.all.contains(QStringLiteral("Lead time at least 10 working days")));
        QVERIFY(text.all.contains(QStringLiteral("Exemple Télécom")));
        QVERIFY(text.all.contains(QLatin1String(kStampAnchor)));
    }

    void stampOnlyWhereTheCountryNeedsIt()
    {
        Order order = twoCountryPorting();
        // Spain: no stamp, NIF/CIF and line access type; the United Kingdom: a main number.
        for (const char *code : {"ES", "GB"}) {
            CountryOrder c = order.countries.last();
            c.country = QLatin1String(code);
            const fixtures::Site *site = fixtures::siteFor(c.country);
            const QStringList block =
                fixtures::numbersInArea(c.country, QString::fromUtf8(site->areaCode), 2, 10);
            c.porting.numbers = {range(block.first(), block.last())};
            c.porting.mainBillingNumber = block.first();
            c.porting.extras = {{QStringLiteral("nif"), QStringLiteral("B12345674")},
                                {QStringLiteral("sitePostcode"), QStringLiteral("EC1A 1BB")}};
            order.countries.append(c);
        }
        const QList<PortingForm> forms = portingForms(order, m_catalog);
        QCOMPARE(forms.size(), 6);
        const PdfText es = pdfText(portingForm(order, m_catalog, forms.at(4))->pdf);
        QVERIFY(es.all.contains(QStringLiteral("Letter of authorisation — Spain")));
        QVERIFY(!es.all.contains(QLatin1String(kStampAnchor)));
        QVERIFY(!es.all.contains(QStringLiteral("Company stamp")));
        QVERIFY(es.all.contains(QLatin1String(kSignHereAnchor)));
        QVERIFY(es.all.contains(QStringLiteral("NIF/CIF B12345674")));
        QVERIFY(es.all.contains(QStringLiteral("Line access type —"))); // asked, not given
        QVERIFY(!es.all.contains(QStringLiteral("Main billing number")));

        const PortingForm &gbForm = forms.at(5);
        const PdfText gb = pdfText(portingForm(order, m_catalog, gbForm)->pdf);
        const QString main = order.countries.last().porting.mainBillingNumber;
        QVERIFY(!gb.all.contains(QLatin1String(kStampAnchor)));
        QVERIFY(gb.all.contains(QStringLiteral("Main billing number ") +
                                fold(PhoneNumbers::formatNational(main)) + QStringLiteral(" (") +
                                main + QLatin1Char(')')));
        QVERIFY(gb.all.contains(QStringLiteral("Site postcode EC1A 1BB")));
        QVERIFY(gb.all.contains(QStringLiteral("£220"))); // the catalog's notes
        QVERIFY(gb.all.contains(QStringLiteral("Lead time 4 to 25 working days")));
        QVERIFY(!gb.all.contains(QStringLiteral("Form valid for")));
    }

    void migrationNamesTheTeamsNumberType()
    {
        Order order = twoCountryPorting();
        PortingDetails &p = order.countries.last().porting;
        p.kind = PortKind::Migrate;
        p.currentTeamsNumberType = TeamsNumberType::DirectRouting;
        const PdfText text =
            pdfText(portingForm(order, m_catalog, portingForms(order, m_catalog).constLast())->pdf);
        QVERIFY(text.all.contains(QStringLiteral("Type Migration")));
        QVERIFY(text.all.contains(QStringLiteral("Numbers in Teams today Direct Routing")));
        QVERIFY(text.all.contains(QStringLiteral("Current provider Exemple Télécom")));
    }

    void portingFixtureGivesAFormPerRange()
    {
        const Order order = fixtures::portingOrder(m_catalog, QDate(2026, 12, 3), 20);
        const QList<PortingForm> forms = portingForms(order, m_catalog);
        QCOMPARE(forms.size(), 21);
        const PdfText last = pdfText(portingForm(order, m_catalog, forms.last())->pdf);
        QVERIFY(last.all.contains(QStringLiteral("(form 21 of 21)")));
        QVERIFY(last.all.contains(order.countries.first().porting.numbers.last().first));
    }

    void envelopeCarriesTheContractThenTheForms()
    {
        const Order porting = twoCountryPorting();
        const Result<QList<Document>> documents = envelopeDocuments(porting, m_catalog);
        QVERIFY2(documents.ok(), qPrintable(documents.error()));
        QStringList names;
        for (const Document &d : *documents) {
            names << d.fileName.mid(porting.reference.size() + 1);
            QVERIFY(pdfText(d.pdf).ok);
        }
        QCOMPARE(names, (QStringList{
                            QStringLiteral("contract.pdf"), QStringLiteral("porting-DE-1.pdf"),
                            QStringLiteral("porting-DE-2.pdf"), QStringLiteral("porting-DE-3.pdf"),
                            QStringLiteral("porting-FR-1.pdf")}));

        const Order signature =
            fixtures::newNumbersOrder(m_catalog, {QStringLiteral("NL")}, 1, 3, 0);
        const Result<QList<Document>> one = envelopeDocuments(signature, m_catalog);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().fileName, signature.reference + QStringLiteral("-contract.pdf"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
