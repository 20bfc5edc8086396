// The bodies the sync clients send, checked against the official specs in specs/ by
// tools that are not ours: Stoplight Prism in proxy mode in front of the sandbox for TMF622 and
// TMF673 (an invalid request is answered 422 with the violations and is not forwarded), and ajv
// for the DocuSign envelope and the number reservation of CONTRACTS.md (check-body.js).
//
// The spec copies Prism loads are made here: paths with the basePath (the clients send full
// paths), response schemas left out (requests are what is checked; the sandbox's answers are
// its own business), and every definition that takes no part in allOf closed with
// additionalProperties: false, so that a member the spec does not declare (a server ignores it,
// the order loses it) is a violation too, and so is an empty string for a required member.

#include "../common/Fixtures.h"
#include "../common/SpecValidator.h"
#include "order/Rules.h"
#include "sync/AddressClient.h"
#include "sync/Authenticator.h"
#include "sync/NumberClient.h"
#include "sync/OrderingClient.h"
#include "sync/SignatureClient.h"
#include "sync/TmfMapping.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/prctl.h>

using namespace od;
using namespace od::sync;

namespace {

const QString kToken = QStringLiteral("contract-test-token");
const QString kTmf622 = QStringLiteral("TMF622-ProductOrder-v4.0.0.swagger.json");
const QString kTmf673 = QStringLiteral("TMF673-GeographicAddress-v4.0.1.swagger.json");
const QString kDocuSign = QStringLiteral("esignature.rest.swagger-v2.1.2022-02-10.json");
constexpr int kStartMs = 60000; // Prism loads its spec in a few seconds; CI machines are busy
constexpr int kCallMs = 30000;

template <typename F> bool waitFor(F &&done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

/// The spec as Prism should check the clients' requests against it (see the top of the file).
QJsonObject requestSpec(const QJsonObject &original)
{
    QJsonObject spec = original;
    QString base = spec.take(QStringLiteral("basePath")).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QJsonObject paths;
    const QJsonObject originalPaths = spec.value(QLatin1String("paths")).toObject();
    for (auto p = originalPaths.begin(); p != originalPaths.end(); ++p) {
        QJsonObject operations = p.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            QJsonObject operation = op.value().toObject();
            QJsonObject responses = operation.value(QLatin1String("responses")).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                QJsonObject response = r.value().toObject();
                response.remove(QStringLiteral("schema"));
                *r = response;
            }
            if (!responses.isEmpty())
                operation.insert(QStringLiteral("responses"), responses);
            *op = operation;
        }
        paths.insert(base + p.key(), operations);
    }
    spec.insert(QStringLiteral("paths"), paths);

    QJsonObject definitions = spec.value(QLatin1String("definitions")).toObject();
    QSet<QString> inAllOf;
    for (const QJsonValue &d : std::as_const(definitions))
        for (const QJsonValue &part : d.toObject().value(QLatin1String("allOf")).toArray())
            inAllOf.insert(part.toObject()
                               .value(QLatin1String("$ref"))
                               .toString()
                               .section(QLatin1Char('/'), -1));
    for (auto d = definitions.begin(); d != definitions.end(); ++d) {
        QJsonObject def = d.value().toObject();
        // A member the spec requires is no answer when it is an empty string: the sandbox and
        // CONTRACTS.md read "required" that way too.
        QJsonObject properties = def.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &name : def.value(QLatin1String("required")).toArray()) {
            QJsonObject property = properties.value(name.toString()).toObject();
            if (property.value(QLatin1String("type")) == QLatin1String("string") &&
                !property.contains(QLatin1String("minLength"))) {
                property.insert(QStringLiteral("minLength"), 1);
                properties.insert(name.toString(), property);
            }
        }
        if (!properties.isEmpty())
            def.insert(QStringLiteral("properties"), properties);
        *d = def;
        if (def.value(QLatin1String("properties")).toObject().isEmpty() ||
            def.contains(QLatin1String("allOf")) || def.contains(QLatin1String("discriminator")) ||
            def.contains(QLatin1String("additionalProperties")) || inAllOf.contains(d.key()))
            continue;
        def.insert(QStringLiteral("additionalProperties"), false);
        *d = def;
    }
    spec.insert(QStringLiteral("definitions"), definitions);
    return spec;
}

/// The child ends with this process, even when a test times out and is killed.
void diesWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

/// What went wrong with a call, for a failure message: Prism's violations one per line, else
/// the status and the error. Only the fake fixtures' data can appear.
QString problems(const ApiResponse &r)
{
    QStringList lines{QStringLiteral("HTTP %1: %2").arg(r.httpStatus).arg(r.error.text())};
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QJsonArray validation = body.value(QLatin1String("validation")).toArray();
    for (const QJsonValue &v : validation) {
        const QJsonObject o = v.toObject();
        QStringList location;
        for (const QJsonValue &l : o.value(QLatin1String("location")).toArray())
            location << (l.isDouble() ? QString::number(l.toInt()) : l.toString());
        lines << QStringLiteral("  %1 [%2]: %3")
                     .arg(location.join(QLatin1Char('.')),
                          o.value(QLatin1String("code")).toString(),
                          o.value(QLatin1String("message")).toString());
    }
    if (validation.isEmpty() && !r.body.isEmpty())
        lines << QString::fromUtf8(r.body.left(2000));
    return lines.join(QLatin1Char('\n'));
}

/// The errors the app's rules find in an order: the orders sent here are ones it would send.
QString ruleErrors(const Order &order, const Catalog &catalog)
{
    QStringList out;
    for (const Problem &p : Rules(catalog).checkOrder(order))
        if (p.isError())
            out << p.field + QStringLiteral(": ") + p.message;
    return out.join(QLatin1Char('\n'));
}

bool accepted(const ApiResponse &r)
{
    return r.ok() && r.httpStatus >= 200 && r.httpStatus < 300;
}

QString violationText(const ApiResponse &r)
{
    QStringList out;
    const QJsonArray validation =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("validation")).toArray();
    for (const QJsonValue &v : validation)
        out << v.toObject().value(QLatin1String("message")).toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_node;
    QString m_modules = QStringLiteral(ORDERDESK_CONTRACT_NODE_MODULES);
    QProcess m_sandbox;
    QProcess m_prism622;
    QProcess m_prism673;
    QUrl m_sandboxUrl;
    QUrl m_orderingUrl;
    QUrl m_addressUrl;
    QNetworkAccessManager m_network;
    Authenticator *m_auth = nullptr;
    ApiClient *m_api = nullptr;
    QObject m_context;
    Catalog m_catalog;
    /// Per country: the validated address of the first office and its reservation.
    QMap<QString, AddressValidationResult> m_validated;
    QMap<QString, NumberReservation> m_reserved;
    int m_bodies = 0; ///< body files written for check-body.js

    // ---- processes ---------------------------------------------------------------------------

    void startPrism(QProcess &prism, const QString &name, const QString &specFile)
    {
        QFile in(test::specPath(specFile));
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("cannot read %1: the official specs belong in "
                                           "specs/ of the source tree (or set "
                                           "ORDERDESK_SPECS_DIR)")
                                .arg(in.fileName())));
        const QString spec = m_dir.filePath(name + QStringLiteral(".json"));
        QVERIFY(writeJson(spec, requestSpec(QJsonDocument::fromJson(in.readAll()).object())));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        prism.setProcessEnvironment(env);
        prism.setProgram(m_node);
        prism.setArguments({m_modules + QStringLiteral("/@stoplight/prism-cli/dist/index.js"),
                            QStringLiteral("proxy"), spec, m_sandboxUrl.toString(),
                            QStringLiteral("--errors"), QStringLiteral("--host"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QStringLiteral("0")});
        // Files, not pipes: Prism logs every request and must never block on a full pipe.
        prism.setStandardOutputFile(m_dir.filePath(name + QStringLiteral(".log")));
        prism.setStandardErrorFile(m_dir.filePath(name + QStringLiteral(".err")));
        diesWithParent(prism);
        prism.start();
        QVERIFY2(prism.waitForStarted(10000), qPrintable(prism.errorString()));
    }

    void waitForPrism(QProcess &prism, const QString &name, QUrl *url)
    {
        static const QRegularExpression listening(
            QStringLiteral(R"(Prism is listening on (http://127\.0\.0\.1:\d+))"));
        const QString log = m_dir.filePath(name + QStringLiteral(".log"));
        QRegularExpressionMatch m;
        waitFor(
            [&] {
                m = listening.match(QString::fromUtf8(readAll(log)));
                return m.hasMatch() || prism.state() == QProcess::NotRunning;
            },
            kStartMs);
        QVERIFY2(
            m.hasMatch(),
            qPrintable(
                QStringLiteral("prism (%1) did not start:\n%2\n%3")
                    .arg(name, QString::fromUtf8(readAll(log).right(3000)),
                         QString::fromUtf8(
                             readAll(m_dir.filePath(name + QStringLiteral(".err"))).right(3000)))));
        *url = QUrl(m.captured(1));
    }

    /// Runs check-body.js; empty when every body keeps the rules, else what it printed.
    QString checkBodies(const QString &kind, const QList<QJsonObject> &bodies, int *exitCode)
    {
        QStringList args{QStringLiteral(ORDERDESK_CONTRACT_DIR "/check-body.js"), kind};
        if (kind == QLatin1String("envelope"))
            args << test::specPath(kDocuSign);
        for (int i = 0; i < bodies.size(); ++i) {
            const QString file =
                m_dir.filePath(QStringLiteral("%1-%2.json").arg(kind).arg(++m_bodies));
            if (!writeJson(file, bodies.at(i)))
                return QStringLiteral("cannot write %1").arg(file);
            args << file;
        }
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), m_modules);
        node.setProcessEnvironment(env);
        node.setProcessChannelMode(QProcess::MergedChannels);
        diesWithParent(node);
        node.start(m_node, args);
        if (!node.waitForFinished(60000)) {
            node.kill();
            node.waitForFinished(2000);
            *exitCode = -1;
            return QStringLiteral("check-body.js did not finish");
        }
        *exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
        return QString::fromUtf8(node.readAll()).trimmed();
    }

    // ---- calls -------------------------------------------------------------------------------

    ApiResponse createOrder(const QJsonObject &body, RemoteOrder *created = nullptr)
    {
        OrderingClient client(m_api);
        ApiResponse resp;
        bool done = false;
        client.create(body, &m_context, [&](const ApiResponse &r, const RemoteOrder &o) {
            resp = r;
            if (created)
                *created = o;
            done = true;
        });
        if (!waitFor([&] { return done; }, kCallMs))
            resp.error.message = QStringLiteral("no answer in time");
        return resp;
    }

    ApiResponse updateOrder(const QString &id, const QJsonObject &body)
    {
        OrderingClient client(m_api);
        ApiResponse resp;
        bool done = false;
        client.update(id, body, &m_context, [&](const ApiResponse &r, const RemoteOrder &) {
            resp = r;
            done = true;
        });
        if (!waitFor([&] { return done; }, kCallMs))
            resp.error.message = QStringLiteral("no answer in time");
        return resp;
    }

    ApiResponse validate(const Address &a, AddressValidationResult *result)
    {
        AddressClient client(m_api);
        ApiResponse resp;
        bool done = false;
        client.validate(a, &m_context, [&](const ApiResponse &r, const AddressValidationResult &v) {
            resp = r;
            *result = v;
            done = true;
        });
        if (!waitFor([&] { return done; }, kCallMs))
            resp.error.message = QStringLiteral("no answer in time");
        return resp;
    }

    ApiResponse reserve(const ReservationRequest &request, NumberReservation *reservation)
    {
        NumberClient client(m_api);
        ApiResponse resp;
        bool done = false;
        client.reserve(request, &m_context, [&](const ApiResponse &r, const NumberReservation &n) {
            resp = r;
            *reservation = n;
            done = true;
        });
        if (!waitFor([&] { return done; }, kCallMs))
            resp.error.message = QStringLiteral("no answer in time");
        return resp;
    }

    ApiResponse post(Service service, const QString &path, const QJsonObject &body)
    {
        ApiRequest r;
        r.service = service;
        r.method = "POST";
        r.path = path;
        r.body = QJsonDocument(body);
        ApiResponse resp;
        bool done = false;
        m_api->send(r, &m_context, [&](const ApiResponse &response) {
            resp = response;
            done = true;
        });
        if (!waitFor([&] { return done; }, kCallMs))
            resp.error.message = QStringLiteral("no answer in time");
        return resp;
    }

    // ---- orders ------------------------------------------------------------------------------

    /// Every catalog country with five offices, all options, remarks, contacts and signatory;
    /// the first office of each country with the address service's id and a real reservation.
    Order maximalOrder() const
    {
        Order order = fixtures::maximalOrder(m_catalog);
        order.remarks = QStringLiteral("Please call the order contact before porting.\nFloor 3.");
        for (CountryOrder &c : order.countries) {
            c.options.callForwarding = true;
            c.options.callForwardingTarget =
                fixtures::numbersInArea(c.country, c.offices.first().areaCode, 98, 1).value(0);
            // The widest CLIP mode the country offers.
            const CountryInfo &info = *m_catalog.country(c.country);
            if (info.allowsClipMode(ClipMode::PresentationNumber)) {
                c.options.clipMode = ClipMode::PresentationNumber;
                c.options.presentationNumber = c.offices.first().reservedNumbers.value(0);
            } else if (info.allowsClipMode(ClipMode::NoScreening)) {
                c.options.clipMode = ClipMode::NoScreening;
            }
            c.options.autoAttendants = 2;
            c.options.callQueues = 3;
            Office &first = c.offices.first();
            first.address.houseNumberSuffix = QStringLiteral("b");
            first.address.stateOrProvince = QStringLiteral("Region");
            const AddressValidationResult v = m_validated.value(c.country);
            if (!v.addressId.isEmpty()) {
                first.validatedAddressId = v.addressId;
                first.geocode = v.geocode;
            }
            const NumberReservation n = m_reserved.value(c.country);
            if (!n.id.isEmpty()) {
                first.reservationId = n.id;
                first.reservedNumbers = n.numbers;
            }
        }
        return order;
    }

    /// Germany ported (20 DDI ranges and a single number, the country's extra fields) and
    /// Great Britain migrated from Direct Routing with a main billing number.
    Order portingOrder() const
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        Order order = fixtures::portingOrder(m_catalog, today);
        CountryOrder gb = order.countries.first();
        gb.country = QStringLiteral("GB");
        gb.bcn = QStringLiteral("BCN-GB");
        gb.plans = {PlanLine{m_catalog.country(gb.country)->plans.first().id, 25}};
        const CountryInfo &info = *m_catalog.country(gb.country);
        PortingDetails &p = gb.porting;
        p.kind = PortKind::Migrate;
        p.currentTeamsNumberType = TeamsNumberType::DirectRouting;
        p.accountHolderAddress = fixtures::siteAddress(*fixtures::siteFor(gb.country), {}, 5);
        const QStringList block = fixtures::numbersInArea(gb.country, QStringLiteral("20"), 1, 25);
        p.numbers = {NumberRange{block.first() + QStringLiteral(" - ") + block.last(),
                                 block.first(), block.last()}};
        p.mainBillingNumber = block.first();
        p.requestedDate = addWorkingDays(today, info.portingLeadTimeDays, info);
        p.extras.clear();
        for (const PortingField &f : info.portingFields)
            p.extras.insert(f.key, QStringLiteral("x"));
        p.extras.insert(QStringLiteral("sitePostcode"), QStringLiteral("SW1A 1AA"));
        order.countries.append(gb);
        order.remarks = QStringLiteral("Port all ranges on the same day.");
        return order;
    }

    /// A company that is not a customer yet: no customer number of its own.
    Order prospectOrder() const
    {
        Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("FR"), QStringLiteral("BE")}, 2, 8, 2);
        order.customer.kind = CustomerKind::Prospect;
        order.customer.ocn.clear();
        order.customer.accountEmail.clear();
        order.customer.verified = false;
        order.customer.companyName = QStringLiteral("Prospect Example SARL");
        order.customer.prospectAddress = fixtures::siteAddress(
            *fixtures::siteFor(QStringLiteral("FR")), order.customer.companyName, 3);
        order.customer.prospectContact = fixtures::contact(
            QStringLiteral("Dominique Example"), QStringLiteral("dominique@prospect.example.com"));
        return order;
    }

    EnvelopeRequest envelope(const Order &order) const
    {
        EnvelopeRequest r;
        r.emailSubject = QStringLiteral("Operator Connect contract %1 for signature: %2")
                             .arg(order.reference, order.customer.companyName);
        r.signerName = order.signatory.name;
        r.signerEmail = order.signatory.email;
        r.orderReference = order.reference;
        r.documents = {EnvelopeDocument{QStringLiteral("Contract %1").arg(order.reference),
                                        QByteArray("%PDF-1.7\n/sn1/ /ds1/\n%%EOF\n")},
                       EnvelopeDocument{QStringLiteral("Annex: numbers and offices"),
                                        QByteArray("%PDF-1.7\nannex\n%%EOF\n")}};
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto catalog = Catalog::bundled();
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();

        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(), "node is not installed: the contract test needs Node.js "
                                    "(scripts/deps.sh installs it)");
        QVERIFY2(QFile::exists(m_modules + QStringLiteral("/@stoplight/prism-cli/dist/index.js")) &&
                     QFile::exists(m_modules + QStringLiteral("/ajv/package.json")),
                 qPrintable(QStringLiteral("the contract test's node modules are not in %1: CTest "
                                           "installs them first (test contract_node_modules), or "
                                           "run tests/contract/install-node-modules.sh %2")
                                .arg(m_modules, m_modules.section(QLatin1Char('/'), 0, -2))));
        for (const QString &spec : {kTmf622, kTmf673, kDocuSign})
            QVERIFY2(QFile::exists(test::specPath(spec)),
                     qPrintable(QStringLiteral("%1 is missing: the official specs belong in "
                                               "specs/ of the source tree (or set "
                                               "ORDERDESK_SPECS_DIR)")
                                    .arg(test::specPath(spec))));

        m_sandbox.setProgram(QStringLiteral(ORDERDESK_SANDBOX));
        m_sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--accept-token"), kToken,
                                QStringLiteral("--numbers-per-area"), QStringLiteral("1000")});
        m_sandbox.setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.err")));
        diesWithParent(m_sandbox);
        m_sandbox.start();
        QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
        QVERIFY(waitFor([this] { return m_sandbox.canReadLine(); }, 10000));
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        m_sandboxUrl = QUrl(line.section(QLatin1Char(' '), -1));
        QVERIFY2(m_sandboxUrl.isValid() && m_sandboxUrl.port() > 0, qPrintable(line));

        // Both at once: each takes a few seconds to load its spec.
        startPrism(m_prism622, QStringLiteral("tmf622"), kTmf622);
        startPrism(m_prism673, QStringLiteral("tmf673"), kTmf673);
        waitForPrism(m_prism622, QStringLiteral("tmf622"), &m_orderingUrl);
        waitForPrism(m_prism673, QStringLiteral("tmf673"), &m_addressUrl);

        // As the app configures itself: every service at the sandbox, ordering and address
        // validation through Prism.
        QProcessEnvironment env;
        env.insert(QStringLiteral("ORDERDESK_UPSTREAM"), m_sandboxUrl.toString());
        env.insert(QStringLiteral("ORDERDESK_ORDERING_URL"), m_orderingUrl.toString());
        env.insert(QStringLiteral("ORDERDESK_ADDRESS_URL"), m_addressUrl.toString());
        const Endpoints endpoints = Endpoints::load(nullptr, env, QString());
        QCOMPARE(endpoints.base.value(Service::Ordering), m_orderingUrl);
        QCOMPARE(endpoints.base.value(Service::Address), m_addressUrl);
        m_auth = new Authenticator(&m_network, endpoints, makeMemoryTokenStore(), this);
        m_auth->setAccessTokenForTesting(kToken);
        m_api = new ApiClient(&m_network, endpoints, m_auth, this);
    }

    void cleanupTestCase()
    {
        stop(m_prism622);
        stop(m_prism673);
        stop(m_sandbox);
    }

    // First: Prism does reject what the specs forbid, so that an accepted body means something.
    void prismRejectsBodiesTheSpecsForbid()
    {
        Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 1);
        const QJsonObject good = productOrderFromOrder(order, m_catalog);
        QJsonArray items = good.value(QLatin1String("productOrderItem")).toArray();
        QJsonObject item = items.first().toObject();
        item.remove(QStringLiteral("action"));
        // TMF622 v4.0.0 has characteristics on the item's product, not on the item.
        item.insert(QStringLiteral("productCharacteristic"), QJsonArray());
        items.replace(0, item);
        QJsonObject broken = good;
        broken.insert(QStringLiteral("productOrderItem"), items);
        broken.insert(QStringLiteral("requestedCompletionDate"), QStringLiteral("tomorrow"));
        QJsonArray parties = broken.value(QLatin1String("relatedParty")).toArray();
        QJsonObject customer = parties.first().toObject();
        customer.insert(QStringLiteral("id"), QString());
        parties.replace(0, customer);
        broken.insert(QStringLiteral("relatedParty"), parties);
        ApiResponse r = createOrder(broken);
        QVERIFY2(r.httpStatus == 422, qPrintable(problems(r)));
        const QString v = violationText(r);
        QVERIFY2(v.contains(QLatin1String("'action'")), qPrintable(v));
        QVERIFY2(v.contains(QLatin1String("'productCharacteristic'")), qPrintable(v));
        QVERIFY2(v.contains(QLatin1String("date-time")), qPrintable(v));
        QVERIFY2(v.contains(QLatin1String("relatedParty.0.id must NOT have fewer than 1")),
                 qPrintable(v));
        QCOMPARE(r.error.kind, ApiError::Kind::Rejected);

        QJsonObject noItems = good;
        noItems.remove(QStringLiteral("productOrderItem"));
        r = createOrder(noItems);
        QVERIFY2(r.httpStatus == 422, qPrintable(problems(r)));
        QVERIFY2(violationText(r).contains(QLatin1String("'productOrderItem'")),
                 qPrintable(problems(r)));

        QJsonObject address =
            AddressClient::requestBody(order.countries.first().offices.first().address);
        address.remove(QStringLiteral("provideAlternative"));
        r = post(
            Service::Address,
            QStringLiteral("/tmf-api/geographicAddressManagement/v4/geographicAddressValidation"),
            address);
        QVERIFY2(r.httpStatus == 422, qPrintable(problems(r)));
        QVERIFY2(violationText(r).contains(QLatin1String("'provideAlternative'")),
                 qPrintable(problems(r)));
    }

    void addressValidationsAreValid()
    {
        for (const fixtures::Site &site : fixtures::kSites) {
            Address a = fixtures::siteAddress(site, QStringLiteral("Contoso Ltd"), 10);
            a.houseNumberSuffix = QStringLiteral("b");
            a.stateOrProvince = QStringLiteral("Region");
            AddressValidationResult v;
            const ApiResponse r = validate(a, &v);
            QVERIFY2(accepted(r),
                     qPrintable(QLatin1String(site.country) + QLatin1Char(' ') + problems(r)));
            QCOMPARE(v.outcome, AddressValidationResult::Outcome::Success);
            m_validated.insert(QLatin1String(site.country), v);
        }
        // The sandbox's partial and failing rules: the request is just as valid.
        Address partial =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("NL")), QString(), 0);
        partial.street = QStringLiteral("Partial Damrak");
        AddressValidationResult v;
        ApiResponse r = validate(partial, &v);
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(v.outcome, AddressValidationResult::Outcome::Partial);
        Address nowhere =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("IT")), QString(), 1);
        nowhere.city = QStringLiteral("Nowhere");
        r = validate(nowhere, &v);
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(v.outcome, AddressValidationResult::Outcome::Fails);
    }

    void numberReservationsHaveTheContractsShape()
    {
        QVERIFY2(m_validated.size() == 14, "addressValidationsAreValid must run first");
        QList<QJsonObject> bodies;
        for (const fixtures::Site &site : fixtures::kSites) {
            const QString country = QLatin1String(site.country);
            const ReservationRequest request{QStringLiteral("100200300"),
                                             m_validated.value(country).addressId,
                                             country,
                                             QLatin1String(site.areaCode),
                                             90,
                                             10};
            bodies << NumberClient::requestBody(request);
            NumberReservation n;
            const ApiResponse r = reserve(request, &n);
            QVERIFY2(accepted(r), qPrintable(country + QLatin1Char(' ') + problems(r)));
            m_reserved.insert(country, n);
        }
        // A prospect has no OCN; resource accounts only.
        bodies << NumberClient::requestBody(
            ReservationRequest{QString(), m_validated.value(QStringLiteral("DK")).addressId,
                               QStringLiteral("DK"), QString(), 0, 4});
        int exitCode = 0;
        QString out = checkBodies(QStringLiteral("reservation"), bodies, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));

        // The check can fail.
        QJsonObject broken = bodies.first();
        QJsonArray items = broken.value(QLatin1String("reservationItem")).toArray();
        QJsonObject item = items.first().toObject();
        item.insert(QStringLiteral("numbers"), 5);
        item.remove(QStringLiteral("place"));
        items.replace(0, item);
        broken.insert(QStringLiteral("reservationItem"), items);
        out = checkBodies(QStringLiteral("reservation"), {broken}, &exitCode);
        QVERIFY2(exitCode == 1, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("(numbers)")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("'place'")), qPrintable(out));
    }

    void maximalOrderIsValid()
    {
        const Order order = maximalOrder();
        QCOMPARE(order.countries.size(), 14);
        QVERIFY2(ruleErrors(order, m_catalog).isEmpty(), qPrintable(ruleErrors(order, m_catalog)));
        RemoteOrder created;
        const ApiResponse r = createOrder(productOrderFromOrder(order, m_catalog), &created);
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(created.externalId, order.reference);
    }

    void portingOrderIsValid()
    {
        const Order order = portingOrder();
        QVERIFY(order.anyPorting());
        QVERIFY2(ruleErrors(order, m_catalog).isEmpty(), qPrintable(ruleErrors(order, m_catalog)));
        const ApiResponse r = createOrder(productOrderFromOrder(order, m_catalog));
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(r.httpStatus, 201);
    }

    void prospectOrderIsValid()
    {
        const Order order = prospectOrder();
        QVERIFY2(ruleErrors(order, m_catalog).isEmpty(), qPrintable(ruleErrors(order, m_catalog)));
        const ApiResponse r = createOrder(productOrderFromOrder(order, m_catalog));
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(r.httpStatus, 201);
    }

    /// What a draft can look like on its way there: nothing validated or reserved yet, no
    /// options, single numbers, empty optional fields, text from anywhere.
    void orderVariantsAreValid_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("online account, nothing validated or reserved") << 0;
        QTest::newRow("migration from a calling plan, single numbers, no extras") << 1;
        QTest::newRow("no remarks, contacts, signatory or options") << 2;
        QTest::newRow("text from anywhere") << 3;
    }

    void orderVariantsAreValid()
    {
        QFETCH(int, variant);
        Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("IE")}, 2, 4, 1);
        switch (variant) {
        case 0:
            order.customer.kind = CustomerKind::OnlineAccount;
            order.customer.onlineAccountId = QStringLiteral("contoso-online-77");
            for (CountryOrder &c : order.countries)
                for (Office &o : c.offices) {
                    o.validation = AddressValidation::NotValidated;
                    o.validatedAddressId.clear();
                    o.geocode.reset();
                    o.reservationRequested = false;
                    o.reservationId.clear();
                    o.reservedNumbers.clear();
                }
            break;
        case 1: {
            CountryOrder &de = order.countries.first();
            de.keepNumbers = true;
            de.offices.clear();
            PortingDetails &p = de.porting;
            p.kind = PortKind::Migrate;
            p.currentTeamsNumberType = TeamsNumberType::CallingPlan;
            p.losingCarrier = QStringLiteral("Microsoft");
            p.accountHolderName = order.customer.companyName;
            const QStringList n = fixtures::numbersInArea(de.country, QStringLiteral("69"), 7, 3);
            p.numbers = {NumberRange{n.at(0), n.at(0), QString()},
                         NumberRange{n.at(1), QString(), QString()},
                         NumberRange{n.at(2) + QLatin1Char('-') + n.at(2), n.at(2), n.at(2)}};
            break;
        }
        case 2:
            order.remarks.clear();
            order.orderContact = {};
            order.technicalContact = {};
            order.signatory = {};
            for (CountryOrder &c : order.countries) {
                c.options = {};
                c.plans.append(PlanLine{c.plans.first().planId, 0});
            }
            break;
        case 3:
            order.customer.companyName = QStringLiteral("\u00c6r\u00f8 & S\u00f8n \u2014 "
                                                        "\"Caf\u00e9\" <Ltd> \U0001F600");
            order.remarks = QStringLiteral("Line 1\nLine 2\t\"quoted\" \\ \u20ac 12,50 "
                                           "\u65e5\u672c \U0001F4DE");
            for (CountryOrder &c : order.countries)
                for (Office &o : c.offices) {
                    o.address.street = QStringLiteral("Stra\u00dfe des 17. Juni");
                    o.address.houseNumberSuffix = QStringLiteral("\u00bd");
                }
            break;
        }
        const ApiResponse r = createOrder(productOrderFromOrder(order, m_catalog));
        QVERIFY2(accepted(r), qPrintable(problems(r)));
    }

    void envelopeIsValid()
    {
        const Order order = maximalOrder();
        const EnvelopeRequest request = envelope(order);
        QVERIFY(SignatureClient::check(request).isEmpty());
        const QJsonObject body = SignatureClient::envelopeBody(request);
        QCOMPARE(body.value(QLatin1String("documents")).toArray().size(), 2);
        int exitCode = 0;
        QString out = checkBodies(QStringLiteral("envelope"), {body}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));

        // The check can fail: a member DocuSign does not know, a status it does not take, a
        // number where it wants a string, a subject that is too long.
        QJsonObject broken = body;
        broken.insert(QStringLiteral("emailSubjekt"), QStringLiteral("typo"));
        broken.insert(QStringLiteral("status"), QStringLiteral("queued"));
        broken.insert(QStringLiteral("emailSubject"), QString(101, QLatin1Char('S')));
        QJsonArray docs = broken.value(QLatin1String("documents")).toArray();
        QJsonObject doc = docs.first().toObject();
        doc.insert(QStringLiteral("documentId"), 1);
        docs.replace(0, doc);
        broken.insert(QStringLiteral("documents"), docs);
        out = checkBodies(QStringLiteral("envelope"), {broken}, &exitCode);
        QVERIFY2(exitCode == 1, qPrintable(out));
        for (const char *expected :
             {"$.emailSubjekt: not a member", "$.status: must be", "$.emailSubject: longer than",
              "$.documents[0].documentId: must be string"})
            QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(out));

        // And the sandbox takes the envelope.
        SignatureClient client(m_api);
        ApiResponse resp;
        Envelope created;
        bool done = false;
        client.create(request, &m_context, [&](const ApiResponse &r, const Envelope &e) {
            resp = r;
            created = e;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }, kCallMs));
        QVERIFY2(accepted(resp), qPrintable(problems(resp)));
        QVERIFY(!created.id.isEmpty());
    }
    /// "Send the signed paperwork to the carrier": TMF622 PATCH productOrder/{id}
    /// (ProductOrder_Update, which requires productOrderItem) through Prism, with the order's
    /// items and notes and the signedPaperwork note; broken bodies are refused.
    void paperworkPatchIsValid()
    {
        const Order order = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 5, 1);
        const QJsonObject productOrder = productOrderFromOrder(order, m_catalog);
        RemoteOrder created;
        ApiResponse r = createOrder(productOrder, &created);
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        const QJsonObject body = OrderingClient::addNoteBody(
            productOrder, OrderingClient::signedPaperworkNote(
                              QStringLiteral("0b9e4c1d-5f8a-4f2e-9c3b-2a1d7e6f8a90"),
                              QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)));
        QVERIFY(!body.value(QLatin1String("productOrderItem")).toArray().isEmpty());
        // The order's own notes come along (a merge patch replaces the array).
        const int notes = int(productOrder.value(QLatin1String("note")).toArray().size());
        QVERIFY(notes > 0);
        QCOMPARE(body.value(QLatin1String("note")).toArray().size(), notes + 1);
        r = updateOrder(created.id, body);
        QVERIFY2(accepted(r), qPrintable(problems(r)));
        QCOMPARE(r.httpStatus, 200);
        // The same body again is harmless.
        r = updateOrder(created.id, body);
        QVERIFY2(accepted(r), qPrintable(problems(r)));

        // The check can fail: no productOrderItem (required by ProductOrder_Update), a note
        // without text, a state that is not one, a member the update does not declare.
        QJsonObject broken = body;
        broken.remove(QStringLiteral("productOrderItem"));
        QJsonArray brokenNotes = broken.value(QLatin1String("note")).toArray();
        QJsonObject note = brokenNotes.last().toObject();
        note.remove(QStringLiteral("text"));
        brokenNotes.replace(brokenNotes.size() - 1, note);
        broken.insert(QStringLiteral("note"), brokenNotes);
        broken.insert(QStringLiteral("state"), QStringLiteral("signed"));
        broken.insert(QStringLiteral("orderDate"), QStringLiteral("2026-12-04T10:00:00Z"));
        r = updateOrder(created.id, broken);
        QVERIFY2(r.httpStatus == 422, qPrintable(problems(r)));
        const QString v = violationText(r);
        for (const char *expected : {"'productOrderItem'", "'text'", "orderDate"})
            QVERIFY2(v.contains(QLatin1String(expected)), qPrintable(v));
        QVERIFY2(v.contains(QLatin1String("state")), qPrintable(v));
    }

    /// The paperwork envelope: the contract and several forms, with the company-stamp tab.
    void paperworkEnvelopeIsValid()
    {
        const Order order = portingOrder();
        EnvelopeRequest request = envelope(order);
        request.signerName = QStringLiteral("Sam Signer");
        request.signerEmail = QStringLiteral("signer@contoso.example.com");
        request.emailSubject =
            QStringLiteral("Please sign: porting paperwork of Operator Connect order %1")
                .arg(order.reference);
        request.documents = {EnvelopeDocument{QStringLiteral("Contract %1").arg(order.reference),
                                              QByteArray("%PDF-1.7\n/sn1/ /ds1/\n%%EOF\n")}};
        for (int i = 1; i <= 3; ++i)
            request.documents.append(
                EnvelopeDocument{QStringLiteral("Porting form DE %1 of 3").arg(i),
                                 QByteArray("%PDF-1.7\n/sn1/ /ds1/ /st1/\n%%EOF\n")});
        request.companyStamp = true;
        QVERIFY2(SignatureClient::check(request).isEmpty(),
                 qPrintable(SignatureClient::check(request)));
        const QJsonObject body = SignatureClient::envelopeBody(request);
        const QJsonArray docs = body.value(QLatin1String("documents")).toArray();
        QCOMPARE(docs.size(), 4);
        for (int i = 0; i < docs.size(); ++i)
            QCOMPARE(docs.at(i).toObject().value(QLatin1String("documentId")).toString(),
                     QString::number(i + 1));
        int exitCode = 0;
        QString out = checkBodies(QStringLiteral("envelope"), {body}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));

        // The check can fail: a stamp tab that would fail the envelope where its anchor is
        // missing, a stamp type DocuSign does not have, a flag that is not a string, two
        // documents with the same id.
        QJsonObject broken = body;
        QJsonObject recipients = broken.value(QLatin1String("recipients")).toObject();
        QJsonArray signers = recipients.value(QLatin1String("signers")).toArray();
        QJsonObject signer = signers.first().toObject();
        QJsonObject tabs = signer.value(QLatin1String("tabs")).toObject();
        QJsonArray signHere = tabs.value(QLatin1String("signHereTabs")).toArray();
        QJsonObject stamp = signHere.at(1).toObject();
        stamp.remove(QStringLiteral("anchorIgnoreIfNotPresent"));
        QJsonObject seal = stamp;
        seal.insert(QStringLiteral("stampType"), QStringLiteral("seal"));
        seal.insert(QStringLiteral("anchorIgnoreIfNotPresent"), true);
        signHere = {signHere.at(0), stamp, seal};
        tabs.insert(QStringLiteral("signHereTabs"), signHere);
        signer.insert(QStringLiteral("tabs"), tabs);
        signers.replace(0, signer);
        recipients.insert(QStringLiteral("signers"), signers);
        broken.insert(QStringLiteral("recipients"), recipients);
        QJsonArray brokenDocs = docs;
        QJsonObject second = brokenDocs.at(1).toObject();
        second.insert(QStringLiteral("documentId"), QStringLiteral("1"));
        brokenDocs.replace(1, second);
        broken.insert(QStringLiteral("documents"), brokenDocs);
        out = checkBodies(QStringLiteral("envelope"), {broken}, &exitCode);
        QVERIFY2(exitCode == 1, qPrintable(out));
        const QString tabPath = QStringLiteral("$.recipients.signers[0].tabs.signHereTabs");
        for (const QString &expected :
             {tabPath + QStringLiteral("[1].anchorIgnoreIfNotPresent: a stamp"),
              tabPath + QStringLiteral("[2].stampType: must be"),
              tabPath + QStringLiteral("[2].anchorIgnoreIfNotPresent: must be string"),
              QStringLiteral("$.documents[1].documentId: not unique")})
            QVERIFY2(out.contains(expected), qPrintable(out));

        // And the sandbox takes the envelope.
        SignatureClient client(m_api);
        ApiResponse resp;
        bool done = false;
        client.create(request, &m_context, [&](const ApiResponse &r, const Envelope &) {
            resp = r;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }, kCallMs));
        QVERIFY2(accepted(resp), qPrintable(problems(resp)));
    }
};

QTEST_GUILESS_MAIN(TstContract)
#include "tst_contract.moc"
