// The service clients over ApiClient: paths, bodies and how answers are read.

#include "FakeNetwork.h"
#include "sync/AccountClient.h"
#include "sync/AddressClient.h"
#include "sync/NumberClient.h"
#include "sync/OrderingClient.h"
#include "sync/SignatureClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace od;
using namespace od::sync;
using od::test::FakeNetwork;
using od::test::RecordedRequest;
using od::test::ScriptedReply;

namespace {

template <typename F> void waitFor(F &&done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

struct Rig
{
    FakeNetwork net;
    ApiClient api{&net, Endpoints::forAll(QUrl(QStringLiteral("https://carrier.example.com"))),
                  nullptr};
    QObject context;
};

} // namespace

class TstClients : public QObject
{
    Q_OBJECT

private slots:
    void orderCreateSendsIdempotencyKey()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(
            201,
            R"({"id":"po-9","href":"/po/po-9","externalId":"OD-2026-1","state":"acknowledged","orderDate":"2026-12-04T10:00:00Z"})")});
        OrderingClient client(&rig.api);
        RemoteOrder got;
        bool done = false;
        ApiResponse resp;
        client.create(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("OD-2026-1")}},
                      &rig.context, [&](const ApiResponse &r, const RemoteOrder &o) {
                          resp = r;
                          got = o;
                          done = true;
                      });
        waitFor([&] { return done; });
        QVERIFY(resp.ok());
        QCOMPARE(got.id, QStringLiteral("po-9"));
        QCOMPARE(got.state, QStringLiteral("acknowledged"));
        QCOMPARE(got.orderDate, QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        const auto &rec = rig.net.requests.first();
        QCOMPARE(rec.url().path(),
                 QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder"));
        QCOMPARE(rec.header("Idempotency-Key"), QByteArray("OD-2026-1"));
    }

    void orderCreateWithoutIdIsMalformed()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(201, R"({"state":"acknowledged"})")});
        OrderingClient client(&rig.api);
        ApiResponse resp;
        bool done = false;
        client.create(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("X")}},
                      &rig.context, [&](const ApiResponse &r, const RemoteOrder &) {
                          resp = r;
                          done = true;
                      });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Malformed);
    }

    void orderGetAndFind()
    {
        Rig rig;
        rig.net.setHandler([](const od::test::RecordedRequest &r) {
            if (r.url().path().endsWith(QLatin1String("/productOrder/po%2F1")) ||
                r.url().path().endsWith(QLatin1String("/productOrder/po/1")))
                return ScriptedReply::json(404, R"({"code":"404","reason":"not found"})");
            if (r.url().path().endsWith(QLatin1String("/productOrder/po-1")))
                return ScriptedReply::json(
                    200,
                    R"({"id":"po-1","state":"completed","completionDate":"2026-12-10T08:00:00Z","expectedCompletionDate":"2026-12-10T00:00:00Z"})");
            return ScriptedReply::json(
                200, R"([{"id":"po-1","externalId":"OD-1"},{"id":"po-x","externalId":"OTHER"}])");
        });
        OrderingClient client(&rig.api);
        RemoteOrder got;
        bool done = false;
        client.get(QStringLiteral("po-1"), &rig.context,
                   [&](const ApiResponse &r, const RemoteOrder &o) {
                       QVERIFY(r.ok());
                       got = o;
                       done = true;
                   });
        waitFor([&] { return done; });
        QCOMPARE(got.state, QStringLiteral("completed"));
        QVERIFY(got.completionDate.isValid());

        QList<RemoteOrder> found;
        done = false;
        client.findByExternalId(QStringLiteral("OD-1"), &rig.context,
                                [&](const ApiResponse &r, const QList<RemoteOrder> &l) {
                                    QVERIFY(r.ok());
                                    found = l;
                                    done = true;
                                });
        waitFor([&] { return done; });
        // A server that ignores the filter cannot make another reference's order ours.
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("po-1"));
        QCOMPARE(
            QUrlQuery(rig.net.requests.last().url()).queryItemValue(QStringLiteral("externalId")),
            QStringLiteral("OD-1"));
    }

    void addressValidationSuccessAndPartial()
    {
        Rig rig;
        rig.net.script(
            {ScriptedReply::json(
                 201, R"({"id":"v1","validationResult":"success","provideAlternative":true,
            "validGeographicAddress":{"id":"addr-77","streetNr":"12","streetName":"Kaiserstraße","postcode":"60311","city":"Frankfurt am Main","country":"DE",
              "geographicLocation":{"@type":"GeoJsonPoint","geoJson":{"type":"Point","coordinates":[8.6821,50.1109]}}}})"),
             ScriptedReply::json(201,
                                 R"({"validationResult":"partial","alternateGeographicAddress":[
              {"streetNr":"12","streetName":"Kaiserstrasse","postcode":"60311","city":"Frankfurt","country":"DE"},
              {"streetNr":"12a","streetName":"Kaiserstraße","postcode":"60311","city":"Frankfurt","country":"DE"}]})")});
        AddressClient client(&rig.api);
        Address a;
        a.companyName = QStringLiteral("Contoso");
        a.houseNumber = QStringLiteral("12");
        a.street = QStringLiteral("Kaiserstr.");
        a.postalCode = QStringLiteral("60311");
        a.city = QStringLiteral("Frankfurt");
        a.country = QStringLiteral("DE");
        AddressValidationResult result;
        bool done = false;
        client.validate(a, &rig.context,
                        [&](const ApiResponse &r, const AddressValidationResult &v) {
                            QVERIFY(r.ok());
                            result = v;
                            done = true;
                        });
        waitFor([&] { return done; });
        QCOMPARE(result.outcome, AddressValidationResult::Outcome::Success);
        QCOMPARE(result.addressId, QStringLiteral("addr-77"));
        QVERIFY(result.geocode.has_value());
        QCOMPARE(result.geocode->latitude, 50.1109);
        QCOMPARE(result.geocode->longitude, 8.6821);
        QCOMPARE(result.validAddress.street, QStringLiteral("Kaiserstraße"));
        QCOMPARE(result.validAddress.companyName, QStringLiteral("Contoso"));
        QCOMPARE(
            rig.net.requests.first().url().path(),
            QStringLiteral("/tmf-api/geographicAddressManagement/v4/geographicAddressValidation"));
        QCOMPARE(QJsonDocument::fromJson(rig.net.requests.first().body).object(),
                 AddressClient::requestBody(a));

        done = false;
        client.validate(a, &rig.context,
                        [&](const ApiResponse &r, const AddressValidationResult &v) {
                            QVERIFY(r.ok());
                            result = v;
                            done = true;
                        });
        waitFor([&] { return done; });
        QCOMPARE(result.outcome, AddressValidationResult::Outcome::Partial);
        QCOMPARE(result.alternatives.size(), 2);
        QCOMPARE(result.alternatives.at(1).houseNumber, QStringLiteral("12a"));
    }

    void reservationReadsNumbersInOrder()
    {
        Rig rig;
        rig.net.script(
            {ScriptedReply::json(
                 201,
                 R"({"id":"res-1","reservationState":"completed","validFor":{"endDateTime":"2026-12-05T10:00:00Z"},
            "reservationItem":[{"quantity":2,"numbers":["+496912340000","+496912340001"]},{"quantity":1,"numbers":["+496912340002"]}]})"),
             ScriptedReply::json(
                 409,
                 R"({"code":"areaExhausted","reason":"Too few numbers free","message":"Only 3 numbers free in area code 69"})"),
             ScriptedReply::json(204, "")});
        NumberClient client(&rig.api);
        const ReservationRequest req{QStringLiteral("10023456"),
                                     QStringLiteral("addr-1"),
                                     QStringLiteral("DE"),
                                     QStringLiteral("69"),
                                     2,
                                     1};
        NumberReservation got;
        ApiResponse resp;
        bool done = false;
        client.reserve(req, &rig.context, [&](const ApiResponse &r, const NumberReservation &n) {
            resp = r;
            got = n;
            done = true;
        });
        waitFor([&] { return done; });
        QVERIFY(resp.ok());
        QCOMPARE(got.id, QStringLiteral("res-1"));
        QCOMPARE(got.numbers,
                 (QStringList{QStringLiteral("+496912340000"), QStringLiteral("+496912340001"),
                              QStringLiteral("+496912340002")}));
        QCOMPARE(got.validUntil, QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
        QCOMPARE(rig.net.requests.first().url().path(),
                 QStringLiteral("/tmf-api/resourcePoolManagement/v4/reservation"));

        done = false;
        client.reserve(req, &rig.context, [&](const ApiResponse &r, const NumberReservation &n) {
            resp = r;
            got = n;
            done = true;
        });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(resp.error.code, QStringLiteral("areaExhausted"));
        QVERIFY(got.numbers.isEmpty());

        done = false;
        client.release(QStringLiteral("res-1"), &rig.context, [&](const ApiResponse &r) {
            resp = r;
            done = true;
        });
        waitFor([&] { return done; });
        QVERIFY(resp.ok());
        QCOMPARE(rig.net.requests.last().verb, QByteArray("DELETE"));
        QCOMPARE(rig.net.requests.last().url().path(),
                 QStringLiteral("/tmf-api/resourcePoolManagement/v4/reservation/res-1"));
    }

    void reservationWithTooFewNumbersIsMalformed()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(
            201,
            R"({"id":"res-1","reservationItem":[{"quantity":2,"numbers":["+496912340000"]}]})")});
        NumberClient client(&rig.api);
        ApiResponse resp;
        bool done = false;
        client.reserve(ReservationRequest{QStringLiteral("1"), QStringLiteral("a"),
                                          QStringLiteral("DE"), QStringLiteral("69"), 2, 0},
                       &rig.context, [&](const ApiResponse &r, const NumberReservation &) {
                           resp = r;
                           done = true;
                       });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Malformed);
    }

    void accountsAndConsent()
    {
        Rig rig;
        rig.net.script(
            {ScriptedReply::json(
                 200,
                 R"([{"id":"BCN-DE","name":"Contoso DE","country":"DE","contactEmails":["IT@Contoso.example.com"]},
                                                     {"id":"BCN-FR","name":"Contoso FR","country":"FR","contactEmails":[]}])"),
             ScriptedReply::json(200, R"({"status":"pending"})")});
        AccountClient client(&rig.api);
        QList<BillingAccount> accounts;
        bool done = false;
        client.billingAccounts(QStringLiteral("10023456"), &rig.context,
                               [&](const ApiResponse &r, const QList<BillingAccount> &l) {
                                   QVERIFY(r.ok());
                                   accounts = l;
                                   done = true;
                               });
        waitFor([&] { return done; });
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.first().bcn, QStringLiteral("BCN-DE"));
        QCOMPARE(QUrlQuery(rig.net.requests.first().url())
                     .queryItemValue(QStringLiteral("relatedParty.id")),
                 QStringLiteral("10023456"));
        QCOMPARE(rig.net.requests.first().url().path(),
                 QStringLiteral("/tmf-api/accountManagement/v4/billingAccount"));
        QVERIFY(AccountClient::emailMatches(accounts, QStringLiteral("  it@contoso.EXAMPLE.com ")));
        QVERIFY(
            !AccountClient::emailMatches(accounts, QStringLiteral("other@contoso.example.com")));
        QVERIFY(!AccountClient::emailMatches(accounts, QString()));

        ConsentStatus status = ConsentStatus::None;
        done = false;
        client.consent(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"), &rig.context,
                       [&](const ApiResponse &r, ConsentStatus s) {
                           QVERIFY(r.ok());
                           status = s;
                           done = true;
                       });
        waitFor([&] { return done; });
        QCOMPARE(status, ConsentStatus::Pending);
        QCOMPARE(rig.net.requests.last().url().path(),
                 QStringLiteral("/tmf-api/accountManagement/v4/consent"));
        QCOMPARE(
            QUrlQuery(rig.net.requests.last().url()).queryItemValue(QStringLiteral("tenantId")),
            QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    }

    void envelopeCreateGetAndDocument()
    {
        Rig rig;
        rig.net.setHandler([](const od::test::RecordedRequest &r) {
            if (r.verb == "POST")
                return ScriptedReply::json(
                    201,
                    R"({"envelopeId":"env-1","status":"sent","statusDateTime":"2026-12-04T10:00:00Z","uri":"/envelopes/env-1"})");
            if (r.url().path().endsWith(QLatin1String("/documents/combined"))) {
                ScriptedReply s = ScriptedReply::json(200, "%PDF-1.7 signed");
                s.headers = {{"Content-Type", "application/pdf"}};
                return s;
            }
            return ScriptedReply::json(
                200,
                R"({"envelopeId":"env-1","status":"completed","statusChangedDateTime":"2026-12-05T09:00:00Z","completedDateTime":"2026-12-05T09:00:00Z"})");
        });
        rig.api.setEndpoints([] {
            Endpoints e = Endpoints::forAll(QUrl(QStringLiteral("https://carrier.example.com")));
            e.signatureAccountId = QStringLiteral("acc-7");
            return e;
        }());
        SignatureClient client(&rig.api);
        EnvelopeRequest req;
        req.emailSubject = QStringLiteral("Please sign");
        req.signerName = QStringLiteral("Kim Example");
        req.signerEmail = QStringLiteral("kim@contoso.example.com");
        req.orderReference = QStringLiteral("OD-1");
        req.documents = {EnvelopeDocument{QStringLiteral("Contract"), QByteArray("%PDF-1.7")}};
        Envelope env;
        bool done = false;
        client.create(req, &rig.context, [&](const ApiResponse &r, const Envelope &e) {
            QVERIFY(r.ok());
            env = e;
            done = true;
        });
        waitFor([&] { return done; });
        QCOMPARE(env.id, QStringLiteral("env-1"));
        QCOMPARE(env.status, QStringLiteral("sent"));
        QCOMPARE(rig.net.requests.first().url().path(),
                 QStringLiteral("/restapi/v2.1/accounts/acc-7/envelopes"));
        QCOMPARE(QJsonDocument::fromJson(rig.net.requests.first().body).object(),
                 SignatureClient::envelopeBody(req));

        done = false;
        client.get(QStringLiteral("env-1"), &rig.context,
                   [&](const ApiResponse &r, const Envelope &e) {
                       QVERIFY(r.ok());
                       env = e;
                       done = true;
                   });
        waitFor([&] { return done; });
        QCOMPARE(env.status, QStringLiteral("completed"));
        QVERIFY(env.completed.isValid());

        QByteArray pdf;
        done = false;
        client.combinedDocument(QStringLiteral("env-1"), &rig.context, [&](const ApiResponse &r) {
            QVERIFY(r.ok());
            pdf = r.body;
            done = true;
        });
        waitFor([&] { return done; });
        QCOMPARE(pdf, QByteArray("%PDF-1.7 signed"));
        QCOMPARE(rig.net.requests.last().header("Accept"), QByteArray("application/pdf"));
    }

    void envelopeBreakingTheRulesIsNotSent()
    {
        Rig rig;
        SignatureClient client(&rig.api);
        EnvelopeRequest req;
        req.emailSubject = QStringLiteral("Please sign");
        req.signerName = QStringLiteral("Kim Example");
        req.signerEmail = QString(101, QLatin1Char('k'));
        req.documents = {EnvelopeDocument{QStringLiteral("Contract"), QByteArray("%PDF-1.7")}};
        ApiResponse resp;
        bool done = false;
        client.create(req, &rig.context, [&](const ApiResponse &r, const Envelope &) {
            resp = r;
            done = true;
        });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(resp.error.field, QStringLiteral("signerEmail"));
        QVERIFY(resp.error.text().contains(QLatin1String("signerEmail")));
        QVERIFY(rig.net.requests.isEmpty());
    }

    void reservationSendsItsIdempotencyKey()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(
            201,
            R"({"id":"res-1","reservationItem":[{"quantity":1,"numbers":["+496912340000"]}]})")});
        NumberClient client(&rig.api);
        ReservationRequest req;
        req.addressId = QStringLiteral("a");
        req.country = QStringLiteral("DE");
        req.areaCode = QStringLiteral("69");
        req.userNumbers = 1;
        req.idempotencyKey = QStringLiteral("od-rsv-7-OD-2026-1-office-1");
        bool done = false;
        client.reserve(req, &rig.context,
                       [&](const ApiResponse &, const NumberReservation &) { done = true; });
        waitFor([&] { return done; });
        QCOMPARE(rig.net.requests.first().header("Idempotency-Key"),
                 QByteArray("od-rsv-7-OD-2026-1-office-1"));
        // The body is the same with or without a key.
        QVERIFY(!NumberClient::requestBody(req).contains(QLatin1String("idempotencyKey")));
    }

    void orderUpdateIsAPatchWithTheNote()
    {
        Rig rig;
        rig.net.script(
            {ScriptedReply::json(200, R"({"id":"po-1","externalId":"OD-1","state":"pending"})"),
             ScriptedReply::json(200, R"(["no","object"])")});
        OrderingClient client(&rig.api);
        const QJsonObject order{
            {QStringLiteral("externalId"), QStringLiteral("OD-1")},
            {QStringLiteral("productOrderItem"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                    {QStringLiteral("action"), QStringLiteral("add")}}}},
            {QStringLiteral("note"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("remarks")},
                                    {QStringLiteral("text"), QStringLiteral("Floor 3")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("signedPaperwork")},
                                    {QStringLiteral("text"), QStringLiteral("older")}}}}};
        const QDateTime date(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        const QJsonObject note = OrderingClient::signedPaperworkNote(QStringLiteral("env-7"), date);
        QCOMPARE(note.value(QLatin1String("id")).toString(), QStringLiteral("signedPaperwork"));
        QCOMPARE(note.value(QLatin1String("author")).toString(), QStringLiteral("Order Desk"));
        QCOMPARE(note.value(QLatin1String("date")).toString(),
                 QStringLiteral("2026-12-04T10:00:00Z"));
        QCOMPARE(note.value(QLatin1String("text")).toString(),
                 QStringLiteral("Signed porting paperwork: e-signature envelope env-7"));
        const QJsonObject body = OrderingClient::addNoteBody(order, note);
        // Exactly the items and the notes: the order's own, with this note once, last.
        QCOMPARE(body.keys(),
                 (QStringList{QStringLiteral("note"), QStringLiteral("productOrderItem")}));
        QCOMPARE(body.value(QLatin1String("productOrderItem")),
                 order.value(QLatin1String("productOrderItem")));
        const QJsonArray notes = body.value(QLatin1String("note")).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("remarks"));
        QCOMPARE(notes.at(1).toObject(), note);
        QCOMPARE(OrderingClient::addNoteBody(order, note), body); // the same body every time

        RemoteOrder got;
        ApiResponse resp;
        bool done = false;
        client.update(QStringLiteral("po/1"), body, &rig.context,
                      [&](const ApiResponse &r, const RemoteOrder &o) {
                          resp = r;
                          got = o;
                          done = true;
                      });
        waitFor([&] { return done; });
        QVERIFY(resp.ok());
        QCOMPARE(got.state, QStringLiteral("pending"));
        const RecordedRequest &rec = rig.net.requests.first();
        QCOMPARE(rec.verb, QByteArray("PATCH"));
        QCOMPARE(rec.url().path(QUrl::FullyEncoded),
                 QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/po%2F1"));
        // TMF622 v4 declares one content type for all its operations, PATCH included.
        QCOMPARE(rec.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QCOMPARE(QJsonDocument::fromJson(rec.body).object(), body);
        QVERIFY(rec.header("Idempotency-Key").isEmpty());

        done = false;
        client.update(QStringLiteral("po-1"), body, &rig.context,
                      [&](const ApiResponse &r, const RemoteOrder &) {
                          resp = r;
                          done = true;
                      });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Malformed);
    }

    void envelopeWithFormsAndACompanyStamp()
    {
        EnvelopeRequest req;
        req.emailSubject = QStringLiteral("Please sign");
        req.signerName = QStringLiteral("Kim Example");
        req.signerEmail = QStringLiteral("kim@contoso.example.com");
        req.orderReference = QStringLiteral("OD-1");
        req.documents = {EnvelopeDocument{QStringLiteral("Contract"), QByteArray("%PDF-1.7 c")},
                         EnvelopeDocument{QStringLiteral("Form DE 1"), QByteArray("%PDF-1.7 f")},
                         EnvelopeDocument{QStringLiteral("Form DE 2"), QByteArray("%PDF-1.7 g")}};
        QVERIFY(SignatureClient::check(req).isEmpty());
        QJsonObject body = SignatureClient::envelopeBody(req);
        const QJsonArray docs = body.value(QLatin1String("documents")).toArray();
        QCOMPARE(docs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject d = docs.at(i).toObject();
            QCOMPARE(d.value(QLatin1String("documentId")).toString(), QString::number(i + 1));
            QCOMPARE(d.value(QLatin1String("name")).toString(), req.documents.at(i).name);
            QCOMPARE(QByteArray::fromBase64(
                         d.value(QLatin1String("documentBase64")).toString().toLatin1()),
                     req.documents.at(i).pdf);
        }
        const auto signHere = [](const QJsonObject &b) {
            return b.value(QLatin1String("recipients"))
                .toObject()
                .value(QLatin1String("signers"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("tabs"))
                .toObject()
                .value(QLatin1String("signHereTabs"))
                .toArray();
        };
        QCOMPARE(signHere(body).size(), 1); // no stamp unless asked

        req.companyStamp = true;
        body = SignatureClient::envelopeBody(req);
        QCOMPARE(signHere(body).size(), 2);
        const QJsonObject signature = signHere(body).at(0).toObject();
        QCOMPARE(signature.value(QLatin1String("anchorString")).toString(),
                 QStringLiteral("/sn1/"));
        // Printed in every document: a missing signature anchor must fail the envelope.
        QVERIFY(signature.value(QLatin1String("anchorIgnoreIfNotPresent")).isUndefined());
        const QJsonObject stamp = signHere(body).at(1).toObject();
        QCOMPARE(stamp.value(QLatin1String("anchorString")).toString(), QStringLiteral("/st1/"));
        QCOMPARE(stamp.value(QLatin1String("stampType")).toString(), QStringLiteral("stamp"));
        QCOMPARE(stamp.value(QLatin1String("anchorIgnoreIfNotPresent")).toString(),
                 QStringLiteral("true"));

        req.stampAnchor.clear();
        QVERIFY(SignatureClient::check(req).startsWith(QLatin1String("stampAnchor:")));
        req.stampAnchor = req.signHereAnchor;
        QVERIFY(SignatureClient::check(req).startsWith(QLatin1String("stampAnchor:")));
    }

    void newestUsableIgnoresEarlierEnvelopes()
    {
        const auto envelope = [](const QString &id, const QString &status, int minute) {
            Envelope e;
            e.id = id;
            e.status = status;
            e.created = QDateTime(QDate(2026, 12, 4), QTime(10, minute), Qt::UTC);
            return e;
        };
        const QList<Envelope> list{envelope(QStringLiteral("env-1"), QStringLiteral("declined"), 0),
                                   envelope(QStringLiteral("env-2"), QStringLiteral("sent"), 30)};
        const QDateTime job(QDate(2026, 12, 4), QTime(10, 29), Qt::UTC);
        // The plain rule takes the newest not voided, declined or not.
        QCOMPARE(SignatureClient::newestUsable(list)->id, QStringLiteral("env-2"));
        QCOMPARE(SignatureClient::newestUsable(list, job, {})->id, QStringLiteral("env-2"));
        // Only the declined first envelope there: not the second one's.
        const QList<Envelope> first{list.first()};
        QCOMPARE(SignatureClient::newestUsable(first), &first.first());
        QCOMPARE(SignatureClient::newestUsable(first, job, {}), nullptr); // made before
        // Three minutes apart: within the margin for clocks that differ, so only knowing the
        // envelope from before tells it is not this job's.
        const QDateTime soon(QDate(2026, 12, 4), QTime(10, 3), Qt::UTC);
        QCOMPARE(SignatureClient::newestUsable(first, soon, {})->id, QStringLiteral("env-1"));
        QCOMPARE(SignatureClient::newestUsable(first, soon, {QStringLiteral("env-1")}), nullptr);
        // An envelope still out that looks older than the job is the job's all the same (the
        // rep's clock may be ahead): taking it costs nothing, leaving it out a second envelope.
        Envelope ahead = list.at(1);
        ahead.created = job.addSecs(-3600);
        QCOMPARE(SignatureClient::newestUsable({ahead}, job, {})->id, QStringLiteral("env-2"));
        // A server without creation times: only the ids tell.
        Envelope undated = list.first();
        undated.created = QDateTime();
        QCOMPARE(SignatureClient::newestUsable({undated}, job, {QStringLiteral("env-1")}), nullptr);
        QCOMPARE(SignatureClient::newestUsable({undated}, job, {})->id, QStringLiteral("env-1"));
    }

    void envelopesFoundByOrderReference()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(200,
                                            R"({"resultSetSize":"3","envelopes":[
            {"envelopeId":"env-1","status":"voided","createdDateTime":"2026-12-04T10:00:00.000Z",
             "customFields":{"textCustomFields":[{"name":"orderReference","value":"OD-2026-1"}]}},
            {"envelopeId":"env-2","status":"sent","createdDateTime":"2026-12-04T10:00:05.000Z",
             "customFields":{"textCustomFields":[{"name":"orderReference","value":"OD-2026-1"}]}},
            {"envelopeId":"env-3","status":"sent","createdDateTime":"2026-12-04T10:00:09.000Z",
             "customFields":{"textCustomFields":[{"name":"orderReference","value":"OD-2026-2"}]}}]})"),
                        ScriptedReply::json(200, R"({"resultSetSize":"0"})"),
                        ScriptedReply::json(200, R"(["not","an","object"])")});
        SignatureClient client(&rig.api);
        QList<Envelope> found;
        ApiResponse resp;
        bool done = false;
        const auto find = [&] {
            done = false;
            client.findByOrderReference(
                QStringLiteral("OD-2026-1"), QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC),
                &rig.context, [&](const ApiResponse &r, const QList<Envelope> &list) {
                    resp = r;
                    found = list;
                    done = true;
                });
            waitFor([&] { return done; });
        };
        find();
        QVERIFY(resp.ok());
        const RecordedRequest &rec = rig.net.requests.first();
        QCOMPARE(rec.verb, QByteArray("GET"));
        QCOMPARE(rec.url().path(), QStringLiteral("/restapi/v2.1/accounts/%1/envelopes")
                                       .arg(rig.api.endpoints().signatureAccountId));
        const QUrlQuery q(rec.url());
        QCOMPARE(q.queryItemValue(QStringLiteral("custom_field"), QUrl::FullyDecoded),
                 QStringLiteral("orderReference=OD-2026-1"));
        // A day's margin before the job was made, for clocks that differ.
        QCOMPARE(
            QDateTime::fromString(q.queryItemValue(QStringLiteral("from_date"), QUrl::FullyDecoded),
                                  Qt::ISODate),
            QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        QVERIFY(rec.body.isEmpty());
        // Another order's envelope is left out; the newest one not voided is the one.
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).created, QDateTime(QDate(2026, 12, 4), QTime(10, 0, 5), Qt::UTC));
        QCOMPARE(found.at(1).orderReference, QStringLiteral("OD-2026-1"));
        QCOMPARE(SignatureClient::newestUsable(found)->id, QStringLiteral("env-2"));
        QCOMPARE(SignatureClient::newestUsable({found.first()}), nullptr);

        find(); // nothing: DocuSign leaves "envelopes" out
        QVERIFY(resp.ok());
        QVERIFY(found.isEmpty());

        find();
        QCOMPARE(resp.error.kind, ApiError::Kind::Malformed);
        QVERIFY(found.isEmpty());
    }

    void docusignErrorIsRead()
    {
        Rig rig;
        rig.net.script({ScriptedReply::json(
            400,
            R"({"errorCode":"ENVELOPE_IS_INCOMPLETE","message":"The Envelope is not Complete. A Complete Envelope Requires Documents, Recipients, Tabs, and a Subject Line."})")});
        SignatureClient client(&rig.api);
        ApiResponse resp;
        bool done = false;
        client.get(QStringLiteral("env-1"), &rig.context,
                   [&](const ApiResponse &r, const Envelope &) {
                       resp = r;
                       done = true;
                   });
        waitFor([&] { return done; });
        QCOMPARE(resp.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(resp.error.code, QStringLiteral("ENVELOPE_IS_INCOMPLETE"));
        QVERIFY(resp.error.text().contains(QLatin1String("not Complete")));
    }
};

QTEST_GUILESS_MAIN(TstClients)
#include "tst_clients.moc"
