// The TMF622 mapping of an order, and every request body checked against the official specs.

#include "../common/Fixtures.h"
#include "../common/SpecValidator.h"
#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "sync/AddressClient.h"
#include "sync/NumberClient.h"
#include "sync/SignatureClient.h"
#include "sync/TmfMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace od;
using namespace od::sync;

namespace {

const QString kTmf622 = QStringLiteral("TMF622-ProductOrder-v4.0.0.swagger.json");
const QString kTmf673 = QStringLiteral("TMF673-GeographicAddress-v4.0.1.swagger.json");
const QString kDocuSign = QStringLiteral("esignature.rest.swagger-v2.1.2022-02-10.json");

QJsonArray items(const QJsonObject &po)
{
    return po.value(QLatin1String("productOrderItem")).toArray();
}

QJsonObject charOf(const QJsonObject &item, const QString &name)
{
    for (const QJsonValue &c : item.value(QLatin1String("product"))
                                   .toObject()
                                   .value(QLatin1String("productCharacteristic"))
                                   .toArray())
        if (c.toObject().value(QLatin1String("name")).toString() == name)
            return c.toObject();
    return {};
}

} // namespace

class TstTmfMapping : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    const QDate m_today{2026, 12, 3};

    /// Every country, 5 offices × 100 numbers where new numbers, porting in FR and GB (a
    /// migration in GB), every option somewhere, remarks, both contacts and a signatory.
    Order maximal() const
    {
        Order order = fixtures::maximalOrder(m_catalog);
        order.remarks = QStringLiteral("Call the IT lead before the port.\nSecond line.");
        for (CountryOrder &c : order.countries) {
            const CountryInfo &info = *m_catalog.country(c.country);
            if (c.country == QLatin1String("FR") || c.country == QLatin1String("GB")) {
                c.keepNumbers = true;
                c.offices.clear();
                PortingDetails &p = c.porting;
                p.kind = c.country == QLatin1String("GB") ? PortKind::Migrate : PortKind::Port;
                p.currentTeamsNumberType = TeamsNumberType::DirectRouting;
                p.losingCarrier = QStringLiteral("Example Telecom");
                p.accountHolderName = QStringLiteral("Contoso Ltd");
                p.accountHolderAddress = fixtures::siteAddress(*fixtures::siteFor(c.country),
                                                               QStringLiteral("Contoso Ltd"), 3);
                const fixtures::Site &site = *fixtures::siteFor(c.country);
                const QStringList block =
                    fixtures::numbersInArea(c.country, QString::fromUtf8(site.areaCode), 7, 100);
                p.numbers.append(NumberRange{block.first() + QStringLiteral("-") + block.last(),
                                             block.first(), block.last()});
                const QString single =
                    fixtures::numbersInArea(c.country, QString::fromUtf8(site.areaCode), 8, 1)
                        .first();
                p.numbers.append(NumberRange{single, single, QString()});
                p.mainBillingNumber = single;
                p.requestedDate = addWorkingDays(m_today, info.portingLeadTimeDays + 3, info);
                for (const PortingField &f : info.portingFields)
                    p.extras.insert(f.key, QStringLiteral("value-") + f.key);
            }
            c.options.callForwarding = true;
            c.options.callForwardingTarget = QStringLiteral("+4969123456789");
            if (info.allowsClipMode(ClipMode::PresentationNumber)) {
                c.options.clipMode = ClipMode::PresentationNumber;
                c.options.presentationNumber = QStringLiteral("+4969123456780");
            }
            c.options.autoAttendants = 2;
            c.options.callQueues = 3;
        }
        return order;
    }

    MappingOptions options() const
    {
        MappingOptions o;
        o.today = m_today;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Catalog::bundled().ok());
        // Never skipped: without the specs nothing here would be checked.
        for (const QString &spec : {kTmf622, kTmf673, kDocuSign})
            QVERIFY2(QFile::exists(test::specPath(spec)), qPrintable(test::specPath(spec)));
    }

    void maximalOrderValidatesAgainstTmf622()
    {
        const test::SpecValidator spec = test::SpecValidator::fromFile(test::specPath(kTmf622));
        QVERIFY(spec.isValid());
        const Order order = maximal();
        QCOMPARE(order.countries.size(), 14);
        const QJsonObject po = productOrderFromOrder(order, m_catalog, options());
        const QStringList problems = spec.validate(po, QStringLiteral("ProductOrder_Create"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The CONTRACTS rules beyond the schema: every party has id and @referredType, every
        // characteristic a name and a value, every place a role.
        QCOMPARE(items(po).size(), 14);
    }

    void validatorCatchesWhatTheSpecForbids()
    {
        const test::SpecValidator spec = test::SpecValidator::fromFile(test::specPath(kTmf622));
        QJsonObject po = productOrderFromOrder(maximal(), m_catalog, options());
        // An item without its action, a characteristic straight on the item (the spec puts it
        // on the product), a date that is not a date-time, an unknown action.
        QJsonArray list = items(po);
        QJsonObject first = list.at(0).toObject();
        first.remove(QStringLiteral("action"));
        first.insert(QStringLiteral("productCharacteristic"), QJsonArray());
        list.replace(0, first);
        QJsonObject second = list.at(1).toObject();
        second.insert(QStringLiteral("action"), QStringLiteral("create"));
        list.replace(1, second);
        po.insert(QStringLiteral("productOrderItem"), list);
        po.insert(QStringLiteral("requestedCompletionDate"), QStringLiteral("2026-12-10"));
        const QString all =
            spec.validate(po, QStringLiteral("ProductOrder_Create")).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("$.productOrderItem[0]: action is required")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("productCharacteristic is not a member")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("$.productOrderItem[1].action: create is not one")),
                 qPrintable(all));
        QVERIFY2(all.contains(
                     QLatin1String("requestedCompletionDate: \"2026-12-10\" is not a date-time")),
                 qPrintable(all));
        po.insert(QStringLiteral("productOrderItem"), QJsonArray());
        QVERIFY(spec.validate(po, QStringLiteral("ProductOrder_Create"))
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("fewer than 1")));
    }

    void deterministic()
    {
        const Order order = maximal();
        const QByteArray a =
            QJsonDocument(productOrderFromOrder(order, m_catalog, options())).toJson();
        const QByteArray b =
            QJsonDocument(productOrderFromOrder(order, m_catalog, options())).toJson();
        QCOMPARE(a, b);
        // The two-argument form is deterministic within a day, and counts from today.
        QCOMPARE(QJsonDocument(productOrderFromOrder(order, m_catalog)).toJson(),
                 QJsonDocument(productOrderFromOrder(order, m_catalog)).toJson());
    }

    void everyNumberIsInThePayload()
    {
        const Order order = maximal();
        const QByteArray json = QJsonDocument(productOrderFromOrder(order, m_catalog, options()))
                                    .toJson(QJsonDocument::Compact);
        int count = 0;
        for (const CountryOrder &c : order.countries) {
            for (const Office &o : c.offices)
                for (const QString &n : o.reservedNumbers) {
                    QVERIFY2(json.contains("\"" + n.toUtf8() + "\""), qPrintable(n));
                    ++count;
                }
            for (const NumberRange &r : c.porting.numbers) {
                QVERIFY2(json.contains("\"first\":\"" + r.first.toUtf8() + "\""),
                         qPrintable(r.first));
                if (r.isRange())
                    QVERIFY2(json.contains("\"last\":\"" + r.last.toUtf8() + "\""),
                             qPrintable(r.last));
            }
        }
        QCOMPARE(count, 12 * 5 * 100);
    }

    void mapsTheOrderAsContractsSays()
    {
        const Order order = maximal();
        const QJsonObject po = productOrderFromOrder(order, m_catalog, options());
        QCOMPARE(po.value(QLatin1String("externalId")).toString(), order.reference);
        QCOMPARE(po.value(QLatin1String("category")).toString(), QStringLiteral("enterprise"));
        const QJsonObject channel = po.value(QLatin1String("channel")).toArray().first().toObject();
        QCOMPARE(channel.value(QLatin1String("id")).toString(), QStringLiteral("desktop"));
        QCOMPARE(channel.value(QLatin1String("@referredType")).toString(),
                 QStringLiteral("SalesChannel"));
        QCOMPARE(po.value(QLatin1String("note"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 order.remarks);

        QMap<QString, QJsonObject> parties;
        for (const QJsonValue &p : po.value(QLatin1String("relatedParty")).toArray())
            parties.insert(p.toObject().value(QLatin1String("role")).toString(), p.toObject());
        QCOMPARE(parties.value(QStringLiteral("customer")).value(QLatin1String("id")).toString(),
                 order.customer.ocn);
        QCOMPARE(parties.value(QStringLiteral("customer"))
                     .value(QLatin1String("@referredType"))
                     .toString(),
                 QStringLiteral("Organization"));
        QVERIFY(parties.contains(QStringLiteral("seller")));
        // This order ports numbers: its forms are signed on paper, so no e-signatory (see
        // onlyASignedOrderHasASignatory()).
        QVERIFY(!parties.contains(QStringLiteral("signatory")));
        QVERIFY(parties.contains(QStringLiteral("orderContact")));
        QVERIFY(parties.contains(QStringLiteral("technicalContact")));

        const FeeSummary fees = computeFees(order, m_catalog);
        QDate latest;
        for (int i = 0; i < order.countries.size(); ++i) {
            const CountryOrder &c = order.countries.at(i);
            const CountryInfo &info = *m_catalog.country(c.country);
            const QJsonObject item = items(po).at(i).toObject();
            QCOMPARE(item.value(QLatin1String("action")).toString(), QStringLiteral("add"));
            QCOMPARE(item.value(QLatin1String("productOffering"))
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString(),
                     info.offeringId);
            QCOMPARE(item.value(QLatin1String("billingAccount"))
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString(),
                     c.bcn);
            QCOMPARE(
                charOf(item, QStringLiteral("tenantId")).value(QLatin1String("value")).toString(),
                order.tenantId);
            const QString source = charOf(item, QStringLiteral("numberSource"))
                                       .value(QLatin1String("value"))
                                       .toString();
            QCOMPARE(source, !c.keepNumbers                        ? QStringLiteral("new")
                             : c.porting.kind == PortKind::Migrate ? QStringLiteral("migrate")
                                                                   : QStringLiteral("port"));

            const QJsonArray children = item.value(QLatin1String("productOrderItem")).toArray();
            int plans = 0, offices = 0, optionItems = 0;
            for (const QJsonValue &v : children) {
                const QJsonObject child = v.toObject();
                const QString id = child.value(QLatin1String("id")).toString();
                if (id.contains(QLatin1String("-plan-"))) {
                    ++plans;
                    QCOMPARE(child.value(QLatin1String("quantity")).toInt(),
                             c.plans.first().quantity);
                    const QJsonObject price =
                        child.value(QLatin1String("itemPrice")).toArray().first().toObject();
                    QCOMPARE(price.value(QLatin1String("priceType")).toString(),
                             QStringLiteral("recurring"));
                    QCOMPARE(price.value(QLatin1String("recurringChargePeriod")).toString(),
                             QStringLiteral("month"));
                    const QJsonObject amount = price.value(QLatin1String("price"))
                                                   .toObject()
                                                   .value(QLatin1String("dutyFreeAmount"))
                                                   .toObject();
                    QCOMPARE(amount.value(QLatin1String("unit")).toString(), info.currency);
                    const qint64 minor =
                        qint64(c.plans.first().quantity) * info.plans.first().monthlyPricePerUser;
                    QCOMPARE(amount.value(QLatin1String("value")).toDouble(),
                             minorToDecimalString(minor, info.currency).toDouble());
                } else if (id.contains(QLatin1String("-office-"))) {
                    const Office &office = c.offices.at(offices++);
                    const QJsonObject place = child.value(QLatin1String("product"))
                                                  .toObject()
                                                  .value(QLatin1String("place"))
                                                  .toArray()
                                                  .first()
                                                  .toObject();
                    QCOMPARE(place.value(QLatin1String("role")).toString(),
                             QStringLiteral("emergencyAddress"));
                    QCOMPARE(place.value(QLatin1String("id")).toString(),
                             office.validatedAddressId);
                    QCOMPARE(charOf(child, QStringLiteral("areaCode"))
                                 .value(QLatin1String("value"))
                                 .toString(),
                             office.areaCode);
                    QCOMPARE(charOf(child, QStringLiteral("userNumbers"))
                                 .value(QLatin1String("value"))
                                 .toInt(),
                             office.userNumbers);
                    QCOMPARE(charOf(child, QStringLiteral("resourceAccountNumbers"))
                                 .value(QLatin1String("value"))
                                 .toInt(),
                             office.resourceAccountNumbers);
                    QCOMPARE(charOf(child, QStringLiteral("reservedNumbers"))
                                 .value(QLatin1String("value"))
                                 .toArray()
                                 .size(),
                             office.reservedNumbers.size());
                    QCOMPARE(charOf(child, QStringLiteral("reservationId"))
                                 .value(QLatin1String("value"))
                                 .toString(),
                             office.reservationId);
                } else if (id.contains(QLatin1String("-option-"))) {
                    ++optionItems;
                }
            }
            QCOMPARE(plans, c.plans.size());
            QCOMPARE(offices, c.keepNumbers ? 0 : c.offices.size());
            QCOMPARE(optionItems, 3 + (c.options.clipMode != ClipMode::Screening ? 1 : 0));
            if (c.keepNumbers) {
                QCOMPARE(charOf(item, QStringLiteral("losingCarrier"))
                             .value(QLatin1String("value"))
                             .toString(),
                         c.porting.losingCarrier);
                QCOMPARE(charOf(item, QStringLiteral("requestedPortDate"))
                             .value(QLatin1String("value"))
                             .toString(),
                         c.porting.requestedDate.toString(Qt::ISODate));
                for (auto it = c.porting.extras.cbegin(); it != c.porting.extras.cend(); ++it)
                    QCOMPARE(charOf(item, QStringLiteral("porting.") + it.key())
                                 .value(QLatin1String("value"))
                                 .toString(),
                             it.value());
            }
            const QDate d =
                c.keepNumbers ? c.porting.requestedDate : addWorkingDays(m_today, 5, info);
            if (!latest.isValid() || d > latest)
                latest = d;
        }
        QCOMPARE(po.value(QLatin1String("requestedCompletionDate")).toString(),
                 QDateTime(latest, QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
        // Totals per currency match the fee calculation.
        int totals = 0;
        for (const QJsonValue &v : po.value(QLatin1String("orderTotalPrice")).toArray()) {
            const QJsonObject p = v.toObject();
            const QJsonObject amount = p.value(QLatin1String("price"))
                                           .toObject()
                                           .value(QLatin1String("dutyFreeAmount"))
                                           .toObject();
            const QString cur = amount.value(QLatin1String("unit")).toString();
            const bool recurring =
                p.value(QLatin1String("priceType")).toString() == QLatin1String("recurring");
            const qint64 minor = recurring ? fees.monthly.value(cur) : fees.oneOff.value(cur);
            QCOMPARE(amount.value(QLatin1String("value")).toDouble(),
                     minorToDecimalString(minor, cur).toDouble());
            ++totals;
        }
        QCOMPARE(totals, fees.monthly.size() + fees.oneOff.size());
    }

    void prospectGetsAStableCustomerId()
    {
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 0);
        order.customer.kind = CustomerKind::Prospect;
        order.customer.ocn.clear();
        const QJsonObject po = productOrderFromOrder(order, m_catalog, options());
        const QJsonObject customer =
            po.value(QLatin1String("relatedParty")).toArray().first().toObject();
        QCOMPARE(customer.value(QLatin1String("id")).toString(),
                 QStringLiteral("prospect:") + order.reference);
        QCOMPARE(customer.value(QLatin1String("name")).toString(), order.customer.companyName);
        const test::SpecValidator spec = test::SpecValidator::fromFile(test::specPath(kTmf622));
        const QStringList problems = spec.validate(po, QStringLiteral("ProductOrder_Create"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void onlyASignedOrderHasASignatory()
    {
        // A porting order keeps what was typed in the signatory box before the rep chose to keep
        // the numbers; the carrier would wait for an e-signature that is never sent.
        auto signatories = [this](const Order &order) {
            int n = 0;
            const QJsonArray parties = productOrderFromOrder(order, m_catalog, options())
                                           .value(QLatin1String("relatedParty"))
                                           .toArray();
            for (const QJsonValue &p : parties)
                if (p.toObject().value(QLatin1String("role")).toString() ==
                    QLatin1String("signatory"))
                    ++n;
            return n;
        };
        const Order porting = fixtures::portingOrder(m_catalog, QDate(2026, 12, 3), 2);
        QVERIFY(!porting.signatory.email.isEmpty());
        QCOMPARE(porting.submissionPath(), SubmissionPath::Porting);
        QCOMPARE(signatories(porting), 0);
        const Order signing = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 0);
        QCOMPARE(signing.submissionPath(), SubmissionPath::Signature);
        QCOMPARE(signatories(signing), 1);
        const QJsonArray parties = productOrderFromOrder(signing, m_catalog, options())
                                       .value(QLatin1String("relatedParty"))
                                       .toArray();
        for (const QJsonValue &p : parties) {
            const QJsonObject party = p.toObject();
            if (party.value(QLatin1String("role")).toString() != QLatin1String("signatory"))
                continue;
            QCOMPARE(party.value(QLatin1String("name")).toString(), signing.signatory.name);
            QCOMPARE(party.value(QLatin1String("@referredType")).toString(),
                     QStringLiteral("Individual"));
        }
    }

    void addressValidationBodyValidatesAgainstTmf673()
    {
        const test::SpecValidator spec = test::SpecValidator::fromFile(test::specPath(kTmf673));
        QVERIFY(spec.isValid());
        Address a = fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("DE")),
                                          QStringLiteral("Contoso"), 12);
        a.houseNumberSuffix = QStringLiteral("a");
        a.stateOrProvince = QStringLiteral("Hessen");
        a.country = QStringLiteral("de");
        const QJsonObject body = AddressClient::requestBody(a);
        const QStringList problems =
            spec.validate(body, QStringLiteral("GeographicAddressValidation_Create"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(body.value(QLatin1String("provideAlternative")), QJsonValue(true));
        const QJsonObject s = body.value(QLatin1String("submittedGeographicAddress")).toObject();
        QCOMPARE(s.value(QLatin1String("streetNr")).toString(), QStringLiteral("12"));
        QCOMPARE(s.value(QLatin1String("streetNrSuffix")).toString(), QStringLiteral("a"));
        QCOMPARE(s.value(QLatin1String("streetName")).toString(), a.street);
        QCOMPARE(s.value(QLatin1String("postcode")).toString(), a.postalCode);
        QCOMPARE(s.value(QLatin1String("city")).toString(), a.city);
        QCOMPARE(s.value(QLatin1String("stateOrProvince")).toString(), QStringLiteral("Hessen"));
        QCOMPARE(s.value(QLatin1String("country")).toString(), QStringLiteral("DE"));
        QCOMPARE(s.value(QLatin1String("@type")).toString(), QStringLiteral("GeographicAddress"));
        // A misspelt member is caught.
        QJsonObject wrong = body;
        QJsonObject ws = s;
        ws.insert(QStringLiteral("postalCode"), a.postalCode);
        wrong.insert(QStringLiteral("submittedGeographicAddress"), ws);
        QVERIFY(
            !spec.validate(wrong, QStringLiteral("GeographicAddressValidation_Create")).isEmpty());
    }

    void envelopeValidatesAgainstDocuSign()
    {
        const test::SpecValidator spec = test::SpecValidator::fromFile(test::specPath(kDocuSign));
        QVERIFY(spec.isValid());
        EnvelopeRequest r;
        r.emailSubject = QString(150, QLatin1Char('S'));
        r.signerName = QStringLiteral("Kim Example");
        r.signerEmail = QStringLiteral("kim@contoso.example.com");
        r.orderReference = QStringLiteral("OD-2026-7F3A9C21");
        r.documents = {EnvelopeDocument{QStringLiteral("Contract OD-2026-7F3A9C21"),
                                        QByteArray("%PDF-1.7 one")},
                       EnvelopeDocument{QStringLiteral("Annex"), QByteArray("%PDF-1.7 two")}};
        QVERIFY(SignatureClient::check(r).isEmpty());
        const QJsonObject body = SignatureClient::envelopeBody(r);
        const QStringList problems = spec.validate(body, QStringLiteral("envelopeDefinition"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(body.value(QLatin1String("emailSubject")).toString().size(), 100);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("sent"));
        const QJsonArray docs = body.value(QLatin1String("documents")).toArray();
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs.at(1).toObject().value(QLatin1String("documentId")).toString(),
                 QStringLiteral("2"));
        QCOMPARE(docs.at(0).toObject().value(QLatin1String("fileExtension")).toString(),
                 QStringLiteral("pdf"));
        QCOMPARE(
            QByteArray::fromBase64(
                docs.at(0).toObject().value(QLatin1String("documentBase64")).toString().toLatin1()),
            QByteArray("%PDF-1.7 one"));
        const QJsonObject signer = body.value(QLatin1String("recipients"))
                                       .toObject()
                                       .value(QLatin1String("signers"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(signer.value(QLatin1String("recipientId")).toString(), QStringLiteral("1"));
        QCOMPARE(signer.value(QLatin1String("routingOrder")).toString(), QStringLiteral("1"));
        const QJsonObject tab = signer.value(QLatin1String("tabs"))
                                    .toObject()
                                    .value(QLatin1String("signHereTabs"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(tab.value(QLatin1String("anchorString")).toString(), r.signHereAnchor);
        QCOMPARE(tab.value(QLatin1String("anchorUnits")).toString(), QStringLiteral("pixels"));
        QVERIFY(tab.value(QLatin1String("anchorXOffset")).isString());
        const QJsonObject field = body.value(QLatin1String("customFields"))
                                      .toObject()
                                      .value(QLatin1String("textCustomFields"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(field.value(QLatin1String("name")).toString(), QStringLiteral("orderReference"));
        QCOMPARE(field.value(QLatin1String("value")).toString(), r.orderReference);
        QCOMPARE(field.value(QLatin1String("show")).toString(), QStringLiteral("false"));
        // DocuSign types recipientId as a string: a number is caught.
        QJsonObject wrong = body;
        QJsonObject recipients = wrong.value(QLatin1String("recipients")).toObject();
        QJsonArray signers = recipients.value(QLatin1String("signers")).toArray();
        QJsonObject s0 = signers.at(0).toObject();
        s0.insert(QStringLiteral("recipientId"), 1);
        signers.replace(0, s0);
        recipients.insert(QStringLiteral("signers"), signers);
        wrong.insert(QStringLiteral("recipients"), recipients);
        QVERIFY(spec.validate(wrong, QStringLiteral("envelopeDefinition"))
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("recipientId: expected string")));
    }

    void envelopeRulesNameTheField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << "name"
                                 << "signerName";
        QTest::newRow("long name") << "longName"
                                   << "signerName";
        QTest::newRow("bad email") << "email"
                                   << "signerEmail";
        QTest::newRow("long email") << "longEmail"
                                    << "signerEmail";
        QTest::newRow("no documents") << "docs"
                                      << "documents";
        QTest::newRow("not a pdf") << "pdf"
                                   << "documents[0]";
    }
    void envelopeRulesNameTheField()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        EnvelopeRequest r;
        r.emailSubject = QStringLiteral("Contract");
        r.signerName = QStringLiteral("Kim Example");
        r.signerEmail = QStringLiteral("kim@contoso.example.com");
        r.documents = {EnvelopeDocument{QStringLiteral("Contract"), QByteArray("%PDF-1.7")}};
        QVERIFY(SignatureClient::check(r).isEmpty());
        if (change == QLatin1String("name"))
            r.signerName = QStringLiteral("  ");
        if (change == QLatin1String("longName"))
            r.signerName = QString(101, QLatin1Char('n'));
        if (change == QLatin1String("email"))
            r.signerEmail = QStringLiteral("kim.example.com");
        if (change == QLatin1String("longEmail"))
            r.signerEmail = QString(95, QLatin1Char('k')) + QStringLiteral("@x.com");
        if (change == QLatin1String("docs"))
            r.documents.clear();
        if (change == QLatin1String("pdf"))
            r.documents.first().pdf = "<html>";
        const QString problem = SignatureClient::check(r);
        QVERIFY2(problem.startsWith(field + QLatin1Char(':')), qPrintable(problem));
    }

    void reservationBodyIsAsContractsSays()
    {
        ReservationRequest r{QStringLiteral("10023456"),
                             QStringLiteral("addr-1"),
                             QStringLiteral("DE"),
                             QStringLiteral("69"),
                             12,
                             0};
        const QJsonObject body = NumberClient::requestBody(r);
        const QJsonObject expected = QJsonDocument::fromJson(R"(
            {"relatedParty":[{"id":"10023456","@referredType":"Organization","role":"customer"}],
             "reservationItem":[{"quantity":12,"place":{"id":"addr-1"},
               "characteristic":[{"name":"country","value":"DE"},{"name":"areaCode","value":"69"},
                                 {"name":"usage","value":"user"}]}]})")
                                         .object();
        QCOMPARE(body, expected);
        r.resourceAccountNumbers = 3;
        const QJsonArray items2 =
            NumberClient::requestBody(r).value(QLatin1String("reservationItem")).toArray();
        QCOMPARE(items2.size(), 2);
        QCOMPARE(items2.at(1).toObject().value(QLatin1String("quantity")).toInt(), 3);
        QCOMPARE(items2.at(1)
                     .toObject()
                     .value(QLatin1String("characteristic"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("resourceAccount"));
        r.userNumbers = 0;
        QCOMPARE(
            NumberClient::requestBody(r).value(QLatin1String("reservationItem")).toArray().size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TstTmfMapping)
#include "tst_tmfmapping.moc"
