// The sandbox upstream over real loopback HTTP: an in-process server on port 0, a real
// QNetworkAccessManager, and a hand-moved clock so that state changes need no waiting.

#include "SandboxServer.h"
#include "phone/PhoneNumbers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using od::sandbox::SandboxConfig;
using od::sandbox::SandboxServer;

namespace {

const QString kToken = QStringLiteral("test-token");
const QString kOrders = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");
const QString kAddress =
    QStringLiteral("/tmf-api/geographicAddressManagement/v4/geographicAddressValidation");
const QString kReservation = QStringLiteral("/tmf-api/resourcePoolManagement/v4/reservation");
const QString kEnvelopes = QStringLiteral("/restapi/v2.1/accounts/orderdesk/envelopes");

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
};

QJsonObject minimalOrder(const QString &externalId)
{
    return QJsonObject{
        {QStringLiteral("externalId"), externalId},
        {QStringLiteral("category"), QStringLiteral("enterprise")},
        {QStringLiteral("relatedParty"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("100200300")},
                                {QStringLiteral("@referredType"), QStringLiteral("Organization")},
                                {QStringLiteral("role"), QStringLiteral("customer")}}}},
        {QStringLiteral("productOrderItem"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("action"), QStringLiteral("add")},
             {QStringLiteral("productOffering"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("oc-de")}}},
             {QStringLiteral("product"),
              QJsonObject{
                  {QStringLiteral("productCharacteristic"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("numberSource")},
                                          {QStringLiteral("value"), QStringLiteral("new")}}}}}},
             {QStringLiteral("productOrderItem"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1.1")},
                                     {QStringLiteral("action"), QStringLiteral("add")}}}}}}}};
}

QJsonObject withSignatory(QJsonObject order)
{
    QJsonArray parties = order.value(QLatin1String("relatedParty")).toArray();
    parties.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("signatory-1")},
                               {QStringLiteral("@referredType"), QStringLiteral("Individual")},
                               {QStringLiteral("role"), QStringLiteral("signatory")}});
    order.insert(QStringLiteral("relatedParty"), parties);
    return order;
}

QJsonObject withPorting(QJsonObject order)
{
    QJsonArray items = order.value(QLatin1String("productOrderItem")).toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(QStringLiteral("product"),
                QJsonObject{{QStringLiteral("productCharacteristic"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("name"), QStringLiteral("numberSource")},
                                 {QStringLiteral("value"), QStringLiteral("port")}}}}});
    items.replace(0, item);
    order.insert(QStringLiteral("productOrderItem"), items);
    return order;
}

QJsonObject addressBody(const QString &street, const QString &postcode = QStringLiteral("60311"),
                        const QString &nr = QStringLiteral("12"))
{
    return QJsonObject{{QStringLiteral("provideAlternative"), true},
                       {QStringLiteral("submittedGeographicAddress"),
                        QJsonObject{{QStringLiteral("streetNr"), nr},
                                    {QStringLiteral("streetName"), street},
                                    {QStringLiteral("postcode"), postcode},
                                    {QStringLiteral("city"), QStringLiteral("Frankfurt am Main")},
                                    {QStringLiteral("country"), QStringLiteral("DE")}}}};
}

QJsonObject reservationBody(int quantity, const QString &country, const QString &area)
{
    return QJsonObject{
        {QStringLiteral("relatedParty"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("100200300")},
                                {QStringLiteral("@referredType"), QStringLiteral("Organization")},
                                {QStringLiteral("role"), QStringLiteral("customer")}}}},
        {QStringLiteral("reservationItem"),
         QJsonArray{QJsonObject{
             {QStringLiteral("quantity"), quantity},
             {QStringLiteral("place"), QJsonObject{{QStringLiteral("id"), QStringLiteral("ga-1")}}},
             {QStringLiteral("characteristic"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("country")},
                                     {QStringLiteral("value"), country}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("areaCode")},
                                     {QStringLiteral("value"), area}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("usage")},
                                     {QStringLiteral("value"), QStringLiteral("user")}}}}}}}};
}

const QByteArray kPdf = "%PDF-1.4\n%%EOF\n";

QJsonObject envelopeBody(const QString &email, const QString &reference,
                         const QString &subject = QStringLiteral("Contract OD-1"),
                         const QString &extension = QStringLiteral("pdf"))
{
    return QJsonObject{
        {QStringLiteral("emailSubject"), subject},
        {QStringLiteral("status"), QStringLiteral("sent")},
        {QStringLiteral("documents"),
         QJsonArray{
             QJsonObject{{QStringLiteral("documentBase64"), QString::fromLatin1(kPdf.toBase64())},
                         {QStringLiteral("documentId"), QStringLiteral("1")},
                         {QStringLiteral("name"), QStringLiteral("Contract")},
                         {QStringLiteral("fileExtension"), extension}}}},
        {QStringLiteral("recipients"),
         QJsonObject{
             {QStringLiteral("signers"),
              QJsonArray{QJsonObject{{QStringLiteral("email"), email},
                                     {QStringLiteral("name"), QStringLiteral("A Signer")},
                                     {QStringLiteral("recipientId"), QStringLiteral("1")},
                                     {QStringLiteral("routingOrder"), QStringLiteral("1")}}}}}},
        {QStringLiteral("customFields"),
         QJsonObject{
             {QStringLiteral("textCustomFields"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("orderReference")},
                                     {QStringLiteral("value"), reference}}}}}}};
}

} // namespace

class tst_Sandbox : public QObject
{
    Q_OBJECT

private:
    SandboxConfig m_config;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager *m_network = nullptr;
    QDateTime m_now;

    void startServer()
    {
        m_server = std::make_unique<SandboxServer>(m_config);
        m_server->setClock([this] { return m_now; });
        QVERIFY(m_server->start());
    }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

    Response call(const QByteArray &method, const QString &path, const QJsonValue &body = {},
                  const QString &token = kToken,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QByteArray &rawBody = {})
    {
        QNetworkRequest request(QUrl(m_server->baseUrl() + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QByteArray data = rawBody;
        if (body.isObject() || body.isArray()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json;charset=utf-8"));
            data = body.isObject() ? QJsonDocument(body.toObject()).toJson()
                                   : QJsonDocument(body.toArray()).toJson();
        }
        QNetworkReply *reply = m_network->sendCustomRequest(request, method, data);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body);
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return r;
    }
    Response post(const QString &path, const QJsonValue &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", path, body, kToken, headers);
    }
    Response get(const QString &path) { return call("GET", path); }
    QString envelopeStatus(const QString &id)
    {
        return get(kEnvelopes + QLatin1Char('/') + id)
            .object()
            .value(QLatin1String("status"))
            .toString();
    }
    QString orderState(const QString &id)
    {
        return get(kOrders + QLatin1Char('/') + id)
            .object()
            .value(QLatin1String("state"))
            .toString();
    }
    QJsonObject stats() { return call("GET", QStringLiteral("/admin/stats"), {}, {}).object(); }
    void setFaults(const QJsonObject &faults)
    {
        const Response r = call("POST", QStringLiteral("/admin/faults"), faults, {});
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        // The request log is for people running the sandbox, not for test output.
        QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.sandbox.info=false"));
    }
    void init()
    {
        m_config = SandboxConfig{};
        m_config.acceptTokens = {kToken};
        m_config.orderStepMs = 1000;
        m_config.envelopeStepMs = 1000;
        m_config.numbersPerArea = 20;
        m_config.tokenLifetimeS = 60;
        m_now = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        m_network = new QNetworkAccessManager(this);
        startServer();
    }
    void cleanup()
    {
        delete m_network;
        m_network = nullptr;
        m_server.reset();
    }

    void authIsRequired()
    {
        Response r = call("GET", kOrders, {}, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QLatin1String("code")).toString(), QStringLiteral("401"));
        QVERIFY(r.headers.value("content-type").startsWith("application/json;charset=utf-8"));
        r = call("GET", kOrders, {}, QStringLiteral("wrong"));
        QCOMPARE(r.status, 401);
        r = call("GET", kEnvelopes + QStringLiteral("/x"), {}, {});
        QCOMPARE(r.status, 401);
        QVERIFY(!r.object().value(QLatin1String("errorCode")).toString().isEmpty());
        // Admin needs none.
        QCOMPARE(call("GET", QStringLiteral("/admin/stats"), {}, {}).status, 200);
        QCOMPARE(stats().value(QLatin1String("unauthorised")).toInt(), 3);
    }

    void requestIdIsEchoed()
    {
        const Response r = call("GET", kOrders, {}, kToken, {{"X-Request-ID", "req-42"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-request-id"), QByteArray("req-42"));
    }

    void oauthWithPkceAndRefresh()
    {
        const QByteArray verifier = "a-verifier-of-sufficient-length-0123456789abcdefghij";
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto authorize = [&] {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
            q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("orderdesk-desktop"));
            q.addQueryItem(QStringLiteral("redirect_uri"),
                           QStringLiteral("http://127.0.0.1:5555/cb"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
            q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            const Response r =
                call("GET", QStringLiteral("/oauth/authorize?") + q.toString(), {}, {});
            [&] {
                QCOMPARE(r.status, 302);
            }();
            const QUrl location(QString::fromLatin1(r.headers.value("location")));
            const QUrlQuery lq(location);
            [&] {
                QCOMPARE(lq.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
            }();
            [&] {
                QCOMPARE(location.port(), 5555);
            }();
            return lq.queryItemValue(QStringLiteral("code"));
        };
        const auto token = [&](const QString &form) {
            return call("POST", QStringLiteral("/oauth/token"), {}, {},
                        {{"Content-Type", "application/x-www-form-urlencoded"}}, form.toLatin1());
        };
        QString code = authorize();
        QVERIFY(!code.isEmpty());
        Response r = token(
            QStringLiteral("grant_type=authorization_code&code=%1&code_verifier=wrong").arg(code));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));

        code = authorize();
        r = token(QStringLiteral("grant_type=authorization_code&code=") + code +
                  QStringLiteral("&code_verifier=") + QString::fromLatin1(verifier) +
                  QStringLiteral("&redirect_uri=http%253A%252F%252F127.0.0.1%253A5555%252Fcb"));
        QCOMPARE(r.status, 200);
        const QString access = r.object().value(QLatin1String("access_token")).toString();
        const QString refresh = r.object().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(r.object().value(QLatin1String("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(r.object().value(QLatin1String("expires_in")).toInt(), 60);
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        // The code is used up.
        QCOMPARE(token(QStringLiteral("grant_type=authorization_code&code=%1&code_verifier=%2")
                           .arg(code, QString::fromLatin1(verifier)))
                     .status,
                 400);

        QCOMPARE(call("GET", kOrders, {}, access).status, 200);
        advance(61 * 1000);
        QCOMPARE(call("GET", kOrders, {}, access).status, 401); // expired

        r = token(QStringLiteral("grant_type=refresh_token&refresh_token=%1").arg(refresh));
        QCOMPARE(r.status, 200);
        const QString fresh = r.object().value(QLatin1String("access_token")).toString();
        QVERIFY(fresh != access);
        QCOMPARE(call("GET", kOrders, {}, fresh).status, 200);
        QCOMPARE(token(QStringLiteral("grant_type=refresh_token&refresh_token=nope")).status, 400);

        // Another redirect_uri than the authorize request's, or no verifier: refused.
        code = authorize();
        QCOMPARE(token(QStringLiteral("grant_type=authorization_code&code=") + code +
                       QStringLiteral("&code_verifier=") + QString::fromLatin1(verifier) +
                       QStringLiteral("&redirect_uri=http%3A%2F%2F127.0.0.1%3A6666%2Fcb"))
                     .status,
                 400);
        code = authorize();
        QCOMPARE(token(QStringLiteral("grant_type=authorization_code&code=") + code).status, 400);
        QCOMPARE(token(QStringLiteral("grant_type=password"))
                     .object()
                     .value(QLatin1String("error"))
                     .toString(),
                 QStringLiteral("unsupported_grant_type"));
    }

    void orderCreateGetAndFind()
    {
        Response r =
            post(kOrders, minimalOrder(QStringLiteral("OD-1")), {{"Idempotency-Key", "OD-1"}});
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.object();
        const QString id = o.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(o.value(QLatin1String("href")).toString().endsWith(id));
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(o.value(QLatin1String("orderDate")).toString(),
                 QStringLiteral("2026-12-04T10:00:00.000Z"));
        QVERIFY(o.contains(QLatin1String("expectedCompletionDate")));
        QVERIFY(!o.contains(QLatin1String("completionDate")));
        const QJsonObject item =
            o.value(QLatin1String("productOrderItem")).toArray().at(0).toObject();
        QCOMPARE(item.value(QLatin1String("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(item.value(QLatin1String("productOrderItem"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("acknowledged"));

        r = get(kOrders + QLatin1Char('/') + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("externalId")).toString(), QStringLiteral("OD-1"));
        QCOMPARE(get(kOrders + QStringLiteral("/PO-999999")).status, 404);

        r = get(kOrders + QStringLiteral("?externalId=OD-1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(QLatin1String("id")).toString(), id);
        r = get(kOrders + QStringLiteral("?externalId=OD-none"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray());
        QCOMPARE(r.array().size(), 0);
    }

    void orderValidation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("no items") << "noItems"
                                  << "productOrderItem";
        QTest::newRow("bad action") << "action"
                                    << "productOrderItem[0].action";
        QTest::newRow("child without id") << "childId"
                                          << "productOrderItem[0].productOrderItem[0].id";
        QTest::newRow("party type") << "party"
                                    << "relatedParty[0].@referredType";
        QTest::newRow("offering id") << "offering"
                                     << "productOrderItem[0].productOffering.id";
        QTest::newRow("characteristic value")
            << "value"
            << "productOrderItem[0].product.productCharacteristic[0].value";
        QTest::newRow("note text") << "note"
                                   << "note[0].text";
        QTest::newRow("place role") << "place"
                                    << "productOrderItem[0].product.place[0].role";
    }
    void orderValidation()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QJsonObject o = minimalOrder(QStringLiteral("OD-V"));
        QJsonArray items = o.value(QLatin1String("productOrderItem")).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonObject product = item.value(QLatin1String("product")).toObject();
        if (what == QLatin1String("noItems"))
            items = {};
        else if (what == QLatin1String("action"))
            item.insert(QStringLiteral("action"), QStringLiteral("create"));
        else if (what == QLatin1String("childId"))
            item.insert(QStringLiteral("productOrderItem"),
                        QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("add")}}});
        else if (what == QLatin1String("party"))
            o.insert(QStringLiteral("relatedParty"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}});
        else if (what == QLatin1String("offering"))
            item.insert(QStringLiteral("productOffering"), QJsonObject{});
        else if (what == QLatin1String("value"))
            product.insert(QStringLiteral("productCharacteristic"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}});
        else if (what == QLatin1String("note"))
            o.insert(QStringLiteral("note"), QJsonArray{QJsonObject{}});
        else if (what == QLatin1String("place"))
            product.insert(QStringLiteral("place"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}}});
        if (!items.isEmpty()) {
            item.insert(QStringLiteral("product"), product);
            items.replace(0, item);
        }
        o.insert(QStringLiteral("productOrderItem"), items);
        const Response r = post(kOrders, o);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("field")).toString(), field);
        QVERIFY(r.object().value(QLatin1String("message")).toString().contains(field));
        QVERIFY(!r.object().value(QLatin1String("code")).toString().isEmpty());
        QVERIFY(!r.object().value(QLatin1String("reason")).toString().isEmpty());
        QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("400"));
        QCOMPARE(stats().value(QLatin1String("orders")).toInt(), 0);
    }

    void idempotency()
    {
        const Response a =
            post(kOrders, minimalOrder(QStringLiteral("OD-2")), {{"Idempotency-Key", "OD-2"}});
        const Response b =
            post(kOrders, minimalOrder(QStringLiteral("OD-2")), {{"Idempotency-Key", "OD-2"}});
        QCOMPARE(a.status, 201);
        QVERIFY(b.status == 201 || b.status == 200);
        QCOMPARE(b.object().value(QLatin1String("id")), a.object().value(QLatin1String("id")));
        // Without the header, the external id alone still prevents a second order.
        const Response c = post(kOrders, minimalOrder(QStringLiteral("OD-2")));
        QCOMPARE(c.object().value(QLatin1String("id")), a.object().value(QLatin1String("id")));
        const QJsonObject s = stats();
        QCOMPARE(s.value(QLatin1String("orders")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("orderPostsByExternalId"))
                     .toObject()
                     .value(QLatin1String("OD-2"))
                     .toInt(),
                 3);
        QCOMPARE(get(kOrders + QStringLiteral("?externalId=OD-2")).array().size(), 1);
    }

    void statesAdvance()
    {
        const QString plain = post(kOrders, minimalOrder(QStringLiteral("OD-P")))
                                  .object()
                                  .value(QLatin1String("id"))
                                  .toString();
        const QString porting = post(kOrders, withPorting(minimalOrder(QStringLiteral("OD-Q"))))
                                    .object()
                                    .value(QLatin1String("id"))
                                    .toString();
        QCOMPARE(orderState(plain), QStringLiteral("acknowledged"));
        QCOMPARE(orderState(porting), QStringLiteral("acknowledged"));
        advance(1000);
        QCOMPARE(orderState(plain), QStringLiteral("inProgress"));
        QCOMPARE(orderState(porting), QStringLiteral("pending"));
        advance(1000);
        const QJsonObject done = get(kOrders + QLatin1Char('/') + plain).object();
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("completionDate")).toString(),
                 QStringLiteral("2026-12-04T10:00:02.000Z"));
        QCOMPARE(done.value(QLatin1String("productOrderItem"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("completed"));
        // A porting order waits for its signed paperwork: it never finishes on its own.
        advance(10000);
        QCOMPARE(orderState(porting), QStringLiteral("pending"));
    }

    void paperworkGatesAPortingOrder()
    {
        const QString ref = QStringLiteral("OD-2026-PAPER001");
        const QString id = post(kOrders, withPorting(minimalOrder(ref)))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        const QString path = kOrders + QLatin1Char('/') + id;
        const QJsonObject paperwork{
            {QStringLiteral("productOrderItem"),
             withPorting(minimalOrder(ref)).value(QLatin1String("productOrderItem"))},
            {QStringLiteral("note"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("signedPaperwork")},
                 {QStringLiteral("author"), QStringLiteral("Order Desk")},
                 {QStringLiteral("text"), QStringLiteral("Signed porting paperwork: envelope")}}}}};
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("pending"));
        // Before the paperwork is signed, the note is refused and changes nothing.
        Response r = call("PATCH", path, paperwork);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value(QLatin1String("code")).toString(),
                 QStringLiteral("paperworkNotSigned"));
        QCOMPARE(r.object().value(QLatin1String("field")).toString(), QStringLiteral("note"));
        QVERIFY(get(path).object().value(QLatin1String("note")).isUndefined());
        // A declined paperwork envelope: still refused, the order waits (pending, not held).
        const QString declined =
            post(kEnvelopes, envelopeBody(QStringLiteral("a@example.com"), ref))
                .object()
                .value(QLatin1String("envelopeId"))
                .toString();
        QCOMPARE(call("POST", QStringLiteral("/admin/envelopes/") + declined,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("declined")}}, {})
                     .status,
                 200);
        QCOMPARE(call("PATCH", path, paperwork).status, 409);
        QCOMPARE(orderState(id), QStringLiteral("pending"));
        // Sent again and signed: the latest envelope counts.
        const QString signedOne =
            post(kEnvelopes, envelopeBody(QStringLiteral("b@example.com"), ref))
                .object()
                .value(QLatin1String("envelopeId"))
                .toString();
        advance(2000);
        QCOMPARE(envelopeStatus(signedOne), QStringLiteral("completed"));
        QCOMPARE(orderState(id), QStringLiteral("pending")); // signed is not received
        r = call("PATCH", path, paperwork);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("id")).toString(), id);
        QCOMPARE(r.object().value(QLatin1String("note")).toArray().size(), 1);
        QCOMPARE(r.object().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        // One step S to check it, then inProgress for S, then completed.
        advance(999);
        QCOMPARE(orderState(id), QStringLiteral("pending"));
        advance(1);
        QCOMPARE(orderState(id), QStringLiteral("inProgress"));
        // The same PATCH again is harmless: it does not restart the clock.
        QCOMPARE(call("PATCH", path, paperwork).status, 200);
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("completed"));
        const QJsonObject s = stats();
        QCOMPARE(s.value(QLatin1String("orderPatchesByExternalId")).toObject().value(ref).toInt(),
                 2);
        QCOMPARE(s.value(QLatin1String("paperworkReceived")).toArray(), QJsonArray{ref});
        QCOMPARE(s.value(QLatin1String("requests"))
                     .toObject()
                     .value(QStringLiteral("PATCH ") + kOrders + QStringLiteral("/{id}"))
                     .toInt(),
                 4);
    }

    void patchOrder_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonObject note{{QStringLiteral("id"), QStringLiteral("n1")},
                               {QStringLiteral("text"), QStringLiteral("call before noon")}};
        QTest::newRow("note") << QJsonObject{{QStringLiteral("note"), QJsonArray{note}}} << 200
                              << QString();
        QTest::newRow("description")
            << QJsonObject{{QStringLiteral("description"), QStringLiteral("updated")}} << 200
            << QString();
        QTest::newRow("note without text")
            << QJsonObject{{QStringLiteral("note"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n")}}}}}
            << 400 << QStringLiteral("note[0].text");
        QTest::newRow("empty items")
            << QJsonObject{{QStringLiteral("productOrderItem"), QJsonArray{}}} << 400
            << QStringLiteral("productOrderItem");
        QTest::newRow("item without action")
            << QJsonObject{{QStringLiteral("productOrderItem"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}}}
            << 400 << QStringLiteral("productOrderItem[0].action");
        QTest::newRow("state") << QJsonObject{{QStringLiteral("state"),
                                               QStringLiteral("completed")}}
                               << 400 << QStringLiteral("state");
        QTest::newRow("id") << QJsonObject{{QStringLiteral("id"), QStringLiteral("PO-9")}} << 400
                            << QStringLiteral("id");
        QTest::newRow("unknown member")
            << QJsonObject{{QStringLiteral("colour"), QStringLiteral("blue")}} << 400
            << QStringLiteral("colour");
        QTest::newRow("other externalId")
            << QJsonObject{{QStringLiteral("externalId"), QStringLiteral("OD-OTHER")}} << 400
            << QStringLiteral("externalId");
        QTest::newRow("same externalId")
            << QJsonObject{{QStringLiteral("externalId"), QStringLiteral("OD-PATCH")}} << 200
            << QString();
    }
    void patchOrder()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QString id = post(kOrders, minimalOrder(QStringLiteral("OD-PATCH")))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        const QString path = kOrders + QLatin1Char('/') + id;
        const QJsonObject before = get(path).object();
        const Response r = call("PATCH", path, body);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(r.object().value(QLatin1String("field")).toString(), field);
            QVERIFY(!r.object().value(QLatin1String("message")).toString().isEmpty());
            QCOMPARE(get(path).object(), before); // nothing changed
            return;
        }
        const QJsonObject after = get(path).object();
        for (auto it = body.begin(); it != body.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        // The rest of the order stays as it was.
        QCOMPARE(after.value(QLatin1String("relatedParty")),
                 before.value(QLatin1String("relatedParty")));
        QCOMPARE(after.value(QLatin1String("productOrderItem")),
                 before.value(QLatin1String("productOrderItem")));
    }

    void patchUnknownOrNotJson()
    {
        Response r = call("PATCH", kOrders + QStringLiteral("/PO-404"),
                          QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}});
        QCOMPARE(r.status, 404);
        const QString id = post(kOrders, minimalOrder(QStringLiteral("OD-NJ")))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        r = call("PATCH", kOrders + QLatin1Char('/') + id, {}, kToken, {}, "not json");
        QCOMPARE(r.status, 400);
        // A merge patch's null removes the member.
        r = call("PATCH", kOrders + QLatin1Char('/') + id,
                 QJsonObject{{QStringLiteral("category"), QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QLatin1String("category")).isUndefined());
        QCOMPARE(call("PATCH", kOrders + QLatin1Char('/') + id, QJsonObject{}, QString()).status,
                 401);
    }

    void realClockAdvances()
    {
        m_server.reset();
        m_config.orderStepMs = 60;
        m_server = std::make_unique<SandboxServer>(m_config);
        QVERIFY(m_server->start());
        const QString id = post(kOrders, minimalOrder(QStringLiteral("OD-R")))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        QTRY_COMPARE_WITH_TIMEOUT(orderState(id), QStringLiteral("completed"), 2000);
    }

    void signatureGatesTheOrder()
    {
        const QString id = post(kOrders, withSignatory(minimalOrder(QStringLiteral("OD-S"))))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        const QString held = post(kOrders, withSignatory(minimalOrder(QStringLiteral("OD-H"))))
                                 .object()
                                 .value(QLatin1String("id"))
                                 .toString();
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("pending")); // no envelope yet
        Response r = post(
            kEnvelopes, envelopeBody(QStringLiteral("signer@example.com"), QStringLiteral("OD-S")));
        QCOMPARE(r.status, 201);
        r = post(kEnvelopes, envelopeBody(QStringLiteral("please.decline@example.com"),
                                          QStringLiteral("OD-H")));
        QCOMPARE(r.status, 201);
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("pending")); // delivered, not signed
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("inProgress")); // signed now
        QCOMPARE(orderState(held), QStringLiteral("held"));     // declined
        advance(1000);
        QCOMPARE(orderState(id), QStringLiteral("completed"));
        QCOMPARE(orderState(held), QStringLiteral("held"));
        // Sent again after the decline: the newer envelope, once signed, releases the order.
        r = post(kEnvelopes,
                 envelopeBody(QStringLiteral("signer@example.com"), QStringLiteral("OD-H")));
        QCOMPARE(r.status, 201);
        QCOMPARE(orderState(held), QStringLiteral("pending"));
        advance(2000);
        QCOMPARE(orderState(held), QStringLiteral("inProgress"));
    }

    void addressRules()
    {
        Response r = post(kAddress, addressBody(QStringLiteral("Kaiserstrasse")));
        QCOMPARE(r.status, 201);
        QJsonObject o = r.object();
        QCOMPARE(o.value(QLatin1String("validationResult")).toString(), QStringLiteral("success"));
        const QJsonObject valid = o.value(QLatin1String("validGeographicAddress")).toObject();
        const QString id = valid.value(QLatin1String("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("ga-")));
        const QJsonObject loc = valid.value(QLatin1String("geographicLocation")).toObject();
        const double lat = loc.value(QLatin1String("latitude")).toDouble();
        const double lon = loc.value(QLatin1String("longitude")).toDouble();
        QVERIFY2(lat > 47 && lat < 55 && lon > 5.8 && lon < 15, "inside Germany");
        QCOMPARE(loc.value(QLatin1String("coordinates")).toArray().at(1).toDouble(), lat);
        // The same address, typed slightly differently, gets the same id.
        QJsonObject again = addressBody(QStringLiteral(" kaiserstrasse "));
        r = post(kAddress, again);
        QCOMPARE(r.object()
                     .value(QLatin1String("validGeographicAddress"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 id);
        QVERIFY(post(kAddress, addressBody(QStringLiteral("Zeil")))
                    .object()
                    .value(QLatin1String("validGeographicAddress"))
                    .toObject()
                    .value(QLatin1String("id"))
                    .toString() != id);

        r = post(kAddress, addressBody(QStringLiteral("Partial Kaiserstrasse")));
        o = r.object();
        QCOMPARE(o.value(QLatin1String("validationResult")).toString(), QStringLiteral("partial"));
        const QJsonArray alt = o.value(QLatin1String("alternateGeographicAddress")).toArray();
        QCOMPARE(alt.size(), 2);
        QCOMPARE(alt.at(0).toObject().value(QLatin1String("streetName")).toString(),
                 QStringLiteral("Kaiserstrasse"));
        QCOMPARE(alt.at(1).toObject().value(QLatin1String("streetNrSuffix")).toString(),
                 QStringLiteral("B"));
        QVERIFY(!o.contains(QLatin1String("validGeographicAddress")));

        for (const QJsonObject &body :
             {addressBody(QStringLiteral("Nowhere Lane")),
              addressBody(QStringLiteral("Zeil"), QStringLiteral("00000"))}) {
            o = post(kAddress, body).object();
            QCOMPARE(o.value(QLatin1String("validationResult")).toString(),
                     QStringLiteral("fails"));
            QCOMPARE(o.value(QLatin1String("alternateGeographicAddress")).toArray().size(), 0);
        }

        QJsonObject missing = addressBody(QStringLiteral("Zeil"));
        QJsonObject sub = missing.value(QLatin1String("submittedGeographicAddress")).toObject();
        sub.remove(QStringLiteral("postcode"));
        missing.insert(QStringLiteral("submittedGeographicAddress"), sub);
        r = post(kAddress, missing);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("field")).toString(),
                 QStringLiteral("submittedGeographicAddress.postcode"));
        missing = addressBody(QStringLiteral("Zeil"));
        missing.remove(QStringLiteral("provideAlternative"));
        QCOMPARE(post(kAddress, missing).status, 400);
    }

    void reservationsAreWellFormedAndUnique_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("area");
        QTest::newRow("DE 69") << "DE"
                               << "69";
        QTest::newRow("GB 20") << "GB"
                               << "20";
        QTest::newRow("FR 1") << "FR"
                              << "1";
        QTest::newRow("IT 06") << "IT"
                               << "06";
        QTest::newRow("NL 20") << "NL"
                               << "20";
        QTest::newRow("AT 1") << "AT"
                              << "1";
    }
    void reservationsAreWellFormedAndUnique()
    {
        QFETCH(QString, country);
        QFETCH(QString, area);
        QSet<QString> seen;
        for (int round = 0; round < 2; ++round) {
            const Response r = post(kReservation, reservationBody(6, country, area));
            QCOMPARE(r.status, 201);
            const QJsonObject o = r.object();
            QVERIFY(!o.value(QLatin1String("id")).toString().isEmpty());
            QCOMPARE(o.value(QLatin1String("reservationState")).toString(),
                     QStringLiteral("completed"));
            QVERIFY(QDateTime::fromString(o.value(QLatin1String("validFor"))
                                              .toObject()
                                              .value(QLatin1String("endDateTime"))
                                              .toString(),
                                          Qt::ISODateWithMs) > m_now);
            const QJsonArray numbers = o.value(QLatin1String("reservationItem"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QLatin1String("numbers"))
                                           .toArray();
            QCOMPARE(numbers.size(), 6);
            for (const QJsonValue &v : numbers) {
                const QString n = v.toString();
                const auto parsed = od::PhoneNumbers::parseForRegion(n, country);
                QVERIFY2(parsed.ok, qPrintable(n));
                QCOMPARE(parsed.e164, n);
                QVERIFY2(od::PhoneNumbers::startsWithAreaCode(n, country, area), qPrintable(n));
                QVERIFY2(!seen.contains(n), qPrintable(n));
                seen.insert(n);
            }
        }
    }

    void reservationExhaustionAndRelease()
    {
        Response r =
            post(kReservation, reservationBody(15, QStringLiteral("DE"), QStringLiteral("30")));
        QCOMPARE(r.status, 201);
        const QString id = r.object().value(QLatin1String("id")).toString();
        QSet<QString> first;
        for (const QJsonValue &v : r.object()
                                       .value(QLatin1String("reservationItem"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("numbers"))
                                       .toArray())
            first.insert(v.toString());
        r = post(kReservation, reservationBody(6, QStringLiteral("DE"), QStringLiteral("30")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value(QLatin1String("code")).toString(),
                 QStringLiteral("areaExhausted"));
        // The same area typed with its trunk prefix is the same pool.
        QCOMPARE(post(kReservation, reservationBody(6, QStringLiteral("DE"), QStringLiteral("030")))
                     .status,
                 409);
        // Another area is not affected.
        QCOMPARE(post(kReservation, reservationBody(6, QStringLiteral("DE"), QStringLiteral("89")))
                     .status,
                 201);
        QCOMPARE(call("DELETE", kReservation + QLatin1Char('/') + id).status, 204);
        QCOMPARE(call("DELETE", kReservation + QStringLiteral("/RSV-none")).status, 404);
        r = post(kReservation, reservationBody(5, QStringLiteral("DE"), QStringLiteral("30")));
        QCOMPARE(r.status, 201);
        for (const QJsonValue &v : r.object()
                                       .value(QLatin1String("reservationItem"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("numbers"))
                                       .toArray())
            QVERIFY(!first.contains(v.toString())); // released numbers are not handed out again
        r = post(kReservation, reservationBody(2, QStringLiteral("DE"), QStringLiteral("6")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("field")).toString(),
                 QStringLiteral("reservationItem[0].characteristic.areaCode"));
    }

    void accountsAndConsent()
    {
        Response r = get(QStringLiteral(
            "/tmf-api/accountManagement/v4/billingAccount?relatedParty.id=100200300"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 4);
        const QJsonObject a = r.array().at(0).toObject();
        QCOMPARE(a.value(QLatin1String("id")).toString(), QStringLiteral("7000100201"));
        QCOMPARE(a.value(QLatin1String("country")).toString(), QStringLiteral("DE"));
        QVERIFY(a.value(QLatin1String("contactEmails"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("it@contoso.example"))));
        QVERIFY(!a.value(QLatin1String("name")).toString().isEmpty());
        r = get(
            QStringLiteral("/tmf-api/accountManagement/v4/billingAccount?relatedParty.id=999999"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(get(QStringLiteral("/tmf-api/accountManagement/v4/billingAccount")).status, 400);

        const auto consent = [this](const QString &tenant) {
            return get(QStringLiteral("/tmf-api/accountManagement/v4/consent?tenantId=") + tenant)
                .object()
                .value(QLatin1String("status"))
                .toString();
        };
        QCOMPARE(consent(QStringLiteral("11111111-2222-4333-8444-555555555555")),
                 QStringLiteral("active"));
        QCOMPARE(consent(QStringLiteral("33333333-4444-4555-8666-777777777777")),
                 QStringLiteral("pending"));
        QCOMPARE(consent(QStringLiteral("44444444-5555-4666-8777-888888888888")),
                 QStringLiteral("declined"));
        QCOMPARE(consent(QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555")),
                 QStringLiteral("none"));
    }

    void envelopes()
    {
        Response r = post(
            kEnvelopes, envelopeBody(QStringLiteral("signer@example.com"), QStringLiteral("OD-E")));
        QCOMPARE(r.status, 201);
        const QString id = r.object().value(QLatin1String("envelopeId")).toString();
        QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("sent"));
        QVERIFY(r.object().contains(QLatin1String("statusDateTime")));
        QVERIFY(r.object().value(QLatin1String("uri")).toString().endsWith(id));
        QCOMPARE(envelopeStatus(id), QStringLiteral("sent"));
        advance(1000);
        QCOMPARE(envelopeStatus(id), QStringLiteral("delivered"));
        advance(1000);
        const QJsonObject done = get(kEnvelopes + QLatin1Char('/') + id).object();
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("completedDateTime")).toString(),
                 QStringLiteral("2026-12-04T10:00:02.000Z"));
        QCOMPARE(done.value(QLatin1String("sentDateTime")).toString(),
                 QStringLiteral("2026-12-04T10:00:00.000Z"));
        QVERIFY(done.contains(QLatin1String("deliveredDateTime")));
        QCOMPARE(done.value(QLatin1String("statusChangedDateTime")).toString(),
                 done.value(QLatin1String("completedDateTime")).toString());

        r = call("GET", kEnvelopes + QLatin1Char('/') + id + QStringLiteral("/documents/combined"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/pdf"));
        QVERIFY(r.body.startsWith("%PDF"));
        QCOMPARE(get(kEnvelopes + QStringLiteral("/no-such")).status, 404);

        // Declined by the e-mail switch, after delivery.
        r = post(kEnvelopes,
                 envelopeBody(QStringLiteral("decline@example.com"), QStringLiteral("OD-F")));
        const QString declined = r.object().value(QLatin1String("envelopeId")).toString();
        advance(2000);
        const QJsonObject d = get(kEnvelopes + QLatin1Char('/') + declined).object();
        QCOMPARE(d.value(QLatin1String("status")).toString(), QStringLiteral("declined"));
        QVERIFY(d.contains(QLatin1String("declinedDateTime")));

        // Declined or voided on request.
        const QString byAdmin =
            post(kEnvelopes, envelopeBody(QStringLiteral("x@example.com"), QStringLiteral("OD-G")))
                .object()
                .value(QLatin1String("envelopeId"))
                .toString();
        r = call("POST", QStringLiteral("/admin/envelopes/") + byAdmin,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("declined")}}, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(envelopeStatus(byAdmin), QStringLiteral("declined"));
        advance(5000);
        QCOMPARE(envelopeStatus(byAdmin), QStringLiteral("declined"));
        const QString voided =
            post(kEnvelopes, envelopeBody(QStringLiteral("y@example.com"), QStringLiteral("OD-V")))
                .object()
                .value(QLatin1String("envelopeId"))
                .toString();
        r = call("PUT", kEnvelopes + QLatin1Char('/') + voided,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("voided")},
                             {QStringLiteral("voidedReason"), QStringLiteral("changed")}});
        QCOMPARE(r.status, 200);
        const QJsonObject v = get(kEnvelopes + QLatin1Char('/') + voided).object();
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("voided"));
        QVERIFY(v.contains(QLatin1String("voidedDateTime")));
    }

    void envelopesListedByOrderReference()
    {
        const auto list = [this](const QString &query) {
            return get(kEnvelopes + QLatin1Char('?') + query);
        };
        const auto idOf = [](const Response &r) {
            return r.object().value(QLatin1String("envelopeId")).toString();
        };
        const QString first =
            idOf(post(kEnvelopes, envelopeBody(QStringLiteral("a@example.com"),
                                               QStringLiteral("OD-2026-AAAA0001"))));
        advance(1000);
        const QString second =
            idOf(post(kEnvelopes, envelopeBody(QStringLiteral("a@example.com"),
                                               QStringLiteral("OD-2026-AAAA0001"))));
        post(kEnvelopes,
             envelopeBody(QStringLiteral("b@example.com"), QStringLiteral("OD-2026-BBBB0002")));

        // from_date is required (no envelope_ids or transaction_ids here).
        Response r = list(QStringLiteral("custom_field=orderReference%3DOD-2026-AAAA0001"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("errorCode")).toString(),
                 QStringLiteral("INVALID_REQUEST_PARAMETER"));

        r = list(QStringLiteral("from_date=2026-12-04T00:00:00Z&custom_field=orderReference%3D"
                                "OD-2026-AAAA0001"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("resultSetSize")).toString(), QStringLiteral("2"));
        const QJsonArray found = r.object().value(QLatin1String("envelopes")).toArray();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).toObject().value(QLatin1String("envelopeId")).toString(), first);
        QCOMPARE(found.at(1).toObject().value(QLatin1String("envelopeId")).toString(), second);
        QCOMPARE(found.at(1).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(found.at(1).toObject().value(QLatin1String("createdDateTime")).toString(),
                 QStringLiteral("2026-12-04T10:00:01.000Z"));
        QVERIFY(found.at(0).toObject().contains(QLatin1String("customFields")));

        // Another reference, or none: nothing ("envelopes" left out, as DocuSign does).
        r = list(QStringLiteral("from_date=2026-12-04T00:00:00Z&custom_field=orderReference%3D"
                                "OD-2026-CCCC0003"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("resultSetSize")).toString(), QStringLiteral("0"));
        QVERIFY(!r.object().contains(QLatin1String("envelopes")));
        // Without a custom field: every envelope changed since from_date.
        QCOMPARE(list(QStringLiteral("from_date=2026-12-04T00:00:00Z"))
                     .object()
                     .value(QLatin1String("envelopes"))
                     .toArray()
                     .size(),
                 3);
        // from_date is honoured: nothing changed after it.
        r = list(QStringLiteral("from_date=2026-12-04T11:00:00Z&custom_field=orderReference%3D"
                                "OD-2026-AAAA0001"));
        QVERIFY(!r.object().contains(QLatin1String("envelopes")));
        // An envelope made after from_date is listed.
        advance(3600 * 1000);
        const QString third =
            idOf(post(kEnvelopes, envelopeBody(QStringLiteral("a@example.com"),
                                               QStringLiteral("OD-2026-AAAA0001"))));
        r = list(QStringLiteral("from_date=2026-12-04T11:00:00Z&custom_field=orderReference%3D"
                                "OD-2026-AAAA0001"));
        QCOMPARE(r.object().value(QLatin1String("envelopes")).toArray().size(), 1);
        QCOMPARE(r.object()
                     .value(QLatin1String("envelopes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("envelopeId"))
                     .toString(),
                 third);
    }

    void envelopeRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString email = QStringLiteral("s@example.com");
        const QString ref = QStringLiteral("OD-X");
        QTest::newRow("subject too long")
            << envelopeBody(email, ref, QString(101, QLatin1Char('s'))) << "emailSubject";
        QTest::newRow("not pdf") << envelopeBody(email, ref, QStringLiteral("S"),
                                                 QStringLiteral("docx"))
                                 << "documents[0].fileExtension";
        QTest::newRow("email too long")
            << envelopeBody(QString(95, QLatin1Char('a')) + QStringLiteral("@example.com"), ref)
            << "recipients.signers[0].email";
        QJsonObject noStatus = envelopeBody(email, ref);
        noStatus.insert(QStringLiteral("status"), QStringLiteral("completed"));
        QTest::newRow("status") << noStatus << "status";
        QJsonObject noSigners = envelopeBody(email, ref);
        noSigners.remove(QStringLiteral("recipients"));
        QTest::newRow("no signer") << noSigners << "recipients.signers";
        const auto withTab = [&](const QJsonObject &tab) {
            QJsonObject body = envelopeBody(email, ref);
            QJsonObject recipients = body.value(QLatin1String("recipients")).toObject();
            QJsonArray signers = recipients.value(QLatin1String("signers")).toArray();
            QJsonObject signer = signers.at(0).toObject();
            signer.insert(QStringLiteral("tabs"),
                          QJsonObject{{QStringLiteral("signHereTabs"), QJsonArray{tab}}});
            signers.replace(0, signer);
            recipients.insert(QStringLiteral("signers"), signers);
            body.insert(QStringLiteral("recipients"), recipients);
            return body;
        };
        QTest::newRow("stamp type")
            << withTab({{QStringLiteral("anchorString"), QStringLiteral("/st1/")},
                        {QStringLiteral("stampType"), QStringLiteral("seal")}})
            << "recipients.signers[0].tabs.signHereTabs[0].stampType";
        QTest::newRow("ignore flag not a string")
            << withTab({{QStringLiteral("anchorString"), QStringLiteral("/st1/")},
                        {QStringLiteral("stampType"), QStringLiteral("stamp")},
                        {QStringLiteral("anchorIgnoreIfNotPresent"), true}})
            << "recipients.signers[0].tabs.signHereTabs[0].anchorIgnoreIfNotPresent";
        QTest::newRow("tab without anchor")
            << withTab({{QStringLiteral("stampType"), QStringLiteral("stamp")}})
            << "recipients.signers[0].tabs.signHereTabs[0].anchorString";
    }

    void stampTabIsAccepted()
    {
        QJsonObject body = envelopeBody(QStringLiteral("s@example.com"), QStringLiteral("OD-T"));
        QJsonObject recipients = body.value(QLatin1String("recipients")).toObject();
        QJsonArray signers = recipients.value(QLatin1String("signers")).toArray();
        QJsonObject signer = signers.at(0).toObject();
        signer.insert(
            QStringLiteral("tabs"),
            QJsonObject{
                {QStringLiteral("signHereTabs"),
                 QJsonArray{QJsonObject{{QStringLiteral("anchorString"), QStringLiteral("/sn1/")}},
                            QJsonObject{{QStringLiteral("anchorString"), QStringLiteral("/st1/")},
                                        {QStringLiteral("stampType"), QStringLiteral("stamp")},
                                        {QStringLiteral("anchorIgnoreIfNotPresent"),
                                         QStringLiteral("true")}}}}});
        signers.replace(0, signer);
        recipients.insert(QStringLiteral("signers"), signers);
        body.insert(QStringLiteral("recipients"), recipients);
        QCOMPARE(post(kEnvelopes, body).status, 201);
    }
    void envelopeRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Response r = post(kEnvelopes, body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.object().value(QLatin1String("errorCode")).toString().isEmpty());
        QVERIFY(r.object().value(QLatin1String("message")).toString().contains(field));
        QCOMPARE(r.object().value(QLatin1String("field")).toString(), field);
    }

    void faultFailNext()
    {
        setFaults({{QStringLiteral("failNext"), 2},
                   {QStringLiteral("failStatus"), 503},
                   {QStringLiteral("retryAfterS"), 1}});
        Response r = post(kOrders, minimalOrder(QStringLiteral("OD-F1")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
        QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("503"));
        QCOMPARE(get(kOrders).status, 503);
        QCOMPARE(call("GET", QStringLiteral("/admin/faults"), {}, {})
                     .object()
                     .value(QLatin1String("failNext"))
                     .toInt(),
                 0);
        QCOMPARE(stats().value(QLatin1String("orders")).toInt(), 0); // nothing was done
        QCOMPARE(post(kOrders, minimalOrder(QStringLiteral("OD-F1"))).status, 201);
    }

    void faultFailEvery()
    {
        setFaults({{QStringLiteral("failEvery"), 3}, {QStringLiteral("failStatus"), 500}});
        QList<int> statuses;
        for (int i = 0; i < 6; ++i)
            statuses << get(kOrders).status;
        QCOMPARE(statuses, (QList<int>{200, 200, 500, 200, 200, 500}));
    }

    void faultPathPrefix()
    {
        setFaults({{QStringLiteral("failNext"), 1},
                   {QStringLiteral("pathPrefix"), QStringLiteral("/restapi/")}});
        QCOMPARE(get(kOrders).status, 200);
        const Response r = get(kEnvelopes + QStringLiteral("/x"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.object().value(QLatin1String("errorCode")).toString(),
                 QStringLiteral("SANDBOX_FAULT"));
        QCOMPARE(call("POST", QStringLiteral("/admin/faults"),
                      QJsonObject{{QStringLiteral("bogus"), 1}}, {})
                     .status,
                 400);
    }

    void faultDelay()
    {
        setFaults({{QStringLiteral("delayMs"), 300}});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(kOrders).status, 200);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
        // Admin is never delayed.
        timer.restart();
        stats();
        QVERIFY(timer.elapsed() < 250);
        // A delay holds no other request up: four at once take one delay, not four.
        timer.restart();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(QUrl(m_server->baseUrl() + kOrders));
            request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
            replies << m_network->get(request);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 3000);
        QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete r;
        }
    }

    void faultDropAfterCommit()
    {
        // QNetworkAccessManager sends a request once more when the connection closes before any
        // reply: two drops make sure this client sees the loss.
        setFaults({{QStringLiteral("dropNext"), 2}});
        QCOMPARE(get(kOrders).status, 200); // GET is not a change: not dropped
        const Response lost =
            post(kOrders, minimalOrder(QStringLiteral("OD-D")), {{"Idempotency-Key", "OD-D"}});
        QCOMPARE(lost.status, 0);
        QCOMPARE(lost.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(stats().value(QLatin1String("dropped")).toInt(), 2);
        // The order exists although the client heard nothing.
        const Response found = get(kOrders + QStringLiteral("?externalId=OD-D"));
        QCOMPARE(found.array().size(), 1);
        // The resend is answered with that order, not a second one.
        const Response again =
            post(kOrders, minimalOrder(QStringLiteral("OD-D")), {{"Idempotency-Key", "OD-D"}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.object().value(QLatin1String("id")),
                 found.array().at(0).toObject().value(QLatin1String("id")));
        QCOMPARE(stats().value(QLatin1String("orders")).toInt(), 1);
        QCOMPARE(stats().value(QLatin1String("dropped")).toInt(), 2);
    }

    void reservationIdempotency()
    {
        const QJsonObject body = reservationBody(4, QStringLiteral("DE"), QStringLiteral("69"));
        const Response a = post(kReservation, body, {{"Idempotency-Key", "od-rsv-1-OD-R-o1"}});
        QCOMPARE(a.status, 201);
        QVERIFY(!a.headers.contains("idempotent-replayed"));
        const Response b = post(kReservation, body, {{"Idempotency-Key", "od-rsv-1-OD-R-o1"}});
        QCOMPARE(b.status, 201);
        QCOMPARE(b.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(b.object(), a.object());
        QJsonObject s = stats();
        QCOMPARE(s.value(QLatin1String("reservations")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("activeReservations")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("numbersIssued")).toInt(), 4);
        // The same key with another request is refused; another key is a new reservation.
        const Response c =
            post(kReservation, reservationBody(2, QStringLiteral("DE"), QStringLiteral("69")),
                 {{"Idempotency-Key", "od-rsv-1-OD-R-o1"}});
        QCOMPARE(c.status, 422);
        QCOMPARE(c.object().value(QLatin1String("field")).toString(),
                 QStringLiteral("Idempotency-Key"));
        QCOMPARE(post(kReservation, body, {{"Idempotency-Key", "od-rsv-2-OD-R-o1"}}).status, 201);
        QCOMPARE(post(kReservation, body).status, 201); // no key: a new one each time
        s = stats();
        QCOMPARE(s.value(QLatin1String("reservations")).toInt(), 3);
        QCOMPARE(s.value(QLatin1String("numbersIssued")).toInt(), 12);
    }

    void reservationLostReplyIsReplayed()
    {
        // Two drops: QNetworkAccessManager's own resend is lost too, so this client sees it.
        setFaults({{QStringLiteral("dropNext"), 2}, {QStringLiteral("pathPrefix"), kReservation}});
        const QJsonObject body = reservationBody(4, QStringLiteral("DE"), QStringLiteral("69"));
        const Response lost = post(kReservation, body, {{"Idempotency-Key", "k-lost"}});
        QCOMPARE(lost.status, 0);
        QCOMPARE(stats().value(QLatin1String("dropped")).toInt(), 2);
        const Response again = post(kReservation, body, {{"Idempotency-Key", "k-lost"}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        const QJsonObject s = stats();
        QCOMPARE(s.value(QLatin1String("reservations")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("activeReservations")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("numbersIssued")).toInt(), 4);
    }

    void faultMalformed()
    {
        QCOMPARE(post(kOrders, minimalOrder(QStringLiteral("OD-M"))).status, 201);
        setFaults({{QStringLiteral("malformedNext"), 1}});
        Response r = get(kOrders);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // Only the next one.
        r = get(kOrders);
        QVERIFY(r.json.isArray());
        QCOMPARE(r.array().size(), 1);
    }

    void adminStatsAndReset()
    {
        for (int i = 0; i < 20; ++i) {
            const QString ref = QStringLiteral("OD-%1").arg(i);
            QCOMPARE(post(kOrders, minimalOrder(ref), {{"Idempotency-Key", ref.toLatin1()}}).status,
                     201);
            if (i % 4 == 0) // a resend
                QCOMPARE(
                    post(kOrders, minimalOrder(ref), {{"Idempotency-Key", ref.toLatin1()}}).status,
                    201);
        }
        QJsonObject s = stats();
        QCOMPARE(s.value(QLatin1String("orders")).toInt(), 20);
        QCOMPARE(s.value(QLatin1String("ordersByExternalId")).toObject().size(), 20);
        QCOMPARE(s.value(QLatin1String("duplicateExternalIds")).toArray().size(), 0);
        QCOMPARE(s.value(QLatin1String("orderPostsByExternalId"))
                     .toObject()
                     .value(QLatin1String("OD-4"))
                     .toInt(),
                 2);
        QCOMPARE(call("POST", QStringLiteral("/admin/reset"), QJsonObject{}, {}).status, 200);
        s = stats();
        QCOMPARE(s.value(QLatin1String("orders")).toInt(), 0);
        QCOMPARE(get(kOrders).array().size(), 0);
    }

    void statePersists()
    {
        QTemporaryDir dir;
        m_server.reset();
        m_config.statePath = dir.filePath(QStringLiteral("state.json"));
        startServer();
        QCOMPARE(post(kOrders, minimalOrder(QStringLiteral("OD-K"))).status, 201);
        QCOMPARE(post(kReservation, reservationBody(3, QStringLiteral("DE"), QStringLiteral("69")),
                      {{"Idempotency-Key", "k-persist"}})
                     .status,
                 201);
        m_server.reset();
        startServer();
        QCOMPARE(get(kOrders + QStringLiteral("?externalId=OD-K")).array().size(), 1);
        QCOMPARE(stats().value(QLatin1String("numbersIssued")).toInt(), 3);
        const Response replay =
            post(kReservation, reservationBody(3, QStringLiteral("DE"), QStringLiteral("69")),
                 {{"Idempotency-Key", "k-persist"}});
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(stats().value(QLatin1String("numbersIssued")).toInt(), 3);

        // The signed paperwork of a porting order is remembered too.
        const QString ref = QStringLiteral("OD-KP");
        const QString id = post(kOrders, withPorting(minimalOrder(ref)))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        const QString envelope =
            post(kEnvelopes, envelopeBody(QStringLiteral("s@example.com"), ref))
                .object()
                .value(QLatin1String("envelopeId"))
                .toString();
        QCOMPARE(call("POST", QStringLiteral("/admin/envelopes/") + envelope,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}}, {})
                     .status,
                 200);
        QCOMPARE(call("PATCH", kOrders + QLatin1Char('/') + id,
                      QJsonObject{{QStringLiteral("note"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("id"), QStringLiteral("signedPaperwork")},
                                       {QStringLiteral("text"), QStringLiteral("signed")}}}}})
                     .status,
                 200);
        m_server.reset();
        startServer();
        advance(3000);
        QCOMPARE(orderState(id), QStringLiteral("completed"));
    }

    void executablePrintsItsUrl()
    {
        QProcess process;
        process.start(QStringLiteral(ORDERDESK_SANDBOX_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--accept-token"), QStringLiteral("T")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression re(
            QStringLiteral("^orderdesk-sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))$"));
        const auto match = re.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(2).toInt() > 0);

        QNetworkRequest request(QUrl(match.captured(1) + kOrders));
        request.setRawHeader("Authorization", "Bearer T");
        QNetworkReply *reply = m_network->get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        process.terminate(); // SIGTERM: a clean exit
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        // The seed, for reps and testers.
        QProcess seed;
        seed.start(QStringLiteral(ORDERDESK_SANDBOX_EXE), {QStringLiteral("--list-seed")});
        QVERIFY(seed.waitForFinished(5000));
        const QString text = QString::fromUtf8(seed.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("100200300")));
        QVERIFY(text.contains(QLatin1String("it@contoso.example")));
        QVERIFY(text.contains(QLatin1String("11111111-2222-4333-8444-555555555555")));
    }
};

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
