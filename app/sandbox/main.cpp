// orderdesk-sandbox: the upstream services of CONTRACTS.md on loopback, for tests and the demo.
// The first line on stdout is "orderdesk-sandbox listening on http://HOST:PORT".

#include "SandboxData.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

const char *kDescription =
    R"(The carrier's services and the e-signature service of CONTRACTS.md on one
loopback HTTP server, with deterministic answers and fault switches. Fake data only.

Every /tmf-api/... and /restapi/... call needs "Authorization: Bearer <token>" (401 otherwise):
get one with GET /oauth/authorize (approves at once, 302 to redirect_uri with code and state;
PKCE S256 or plain) and POST /oauth/token (authorization_code with code_verifier, or
refresh_token), or start with --accept-token T.

Orders (TMF622): acknowledged; after one order step pending while waiting for the customer
(porting: until a PATCH productOrder/{id} adds the note with id "signedPaperwork" while the
order's latest envelope is completed, then one more step; a signatory party: until the envelope
whose customField orderReference equals the order's externalId is completed; declined/voided
envelope: held); then inProgress for one step, then completed. Idempotency-Key and externalId
are honoured: a repeat answers the first order (201, header Idempotent-Replayed: true).
PATCH productOrder/{id} merges ProductOrder_Update members (arrays replaced); 400 with field.

Address validation (TMF673), deterministic on input:
  fails    streetName or city contains "Nowhere", or postcode "00000"
  partial  streetName contains "Partial", or streetNr "0": two alternatives (suffix A and B)
  success  otherwise; id "ga-<hash of the normalised address>", a point inside the country

Numbers: every area code has --numbers-per-area numbers; 409 areaExhausted beyond. A number
is never handed out twice, not even after release. A reservation's Idempotency-Key is
honoured: a repeat answers the first reservation (Idempotent-Replayed: true), no new numbers.

Envelopes: sent, delivered after one envelope step, completed after two; declined instead
when a signer's e-mail contains "decline" (unless --no-decline-switch). POST
/admin/envelopes/{id} {"status":"declined"|"voided"|"completed"} decides at once.
GET envelopes?from_date=...&custom_field=orderReference%3D<ref> lists them (listStatusChanges).

Admin (no token, no faults): GET/POST /admin/faults, POST /admin/reset, GET /admin/stats.
Faults JSON: failNext, failStatus, failEvery, delayMs, dropNext, malformedNext, retryAfterS,
pathPrefix (faults then apply only to paths starting with it). A dropped request is done,
then its connection closed without a reply; QNetworkAccessManager sends a request once more when
that happens, so use dropNext 2 for a Qt client to see the loss.

Seeded customers (OCN with its contact e-mails) and tenant consents: see --list-seed.)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&parser](const char *name, const char *help, const char *value = nullptr,
                               const char *def = nullptr) {
        QString text = QString::fromLatin1(help);
        if (def)
            text += QStringLiteral(" Default: %1.").arg(QString::fromLatin1(def));
        QCommandLineOption o(QString::fromLatin1(name), text);
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto host = opt("host", "Address to listen on.", "address", "127.0.0.1");
    const auto port = opt("port", "Port; 0 takes any free port.", "port", "0");
    const auto orderStep = opt("order-step-ms", "Duration of one order state step.", "ms", "3000");
    const auto envelopeStep =
        opt("envelope-step-ms", "Duration of one envelope status step.", "ms", "3000");
    const auto tokenLifetime = opt("token-lifetime-s", "Access token lifetime.", "s", "3600");
    const auto perArea = opt("numbers-per-area", "Numbers available per area code.", "n", "500");
    const auto reservationLifetime =
        opt("reservation-lifetime-s", "How long a reservation is valid.", "s", "86400");
    const auto acceptToken =
        opt("accept-token", "Also accept this bearer token, never expiring (repeatable).", "token");
    const auto state =
        opt("state", "Keep the state in this JSON file (load, save on change).", "file");
    const auto noDecline =
        opt("no-decline-switch", "Do not decline envelopes whose signer e-mail has \"decline\".");
    const auto failNext = opt("fail-next", "Fail the next N API requests.", "n", "0");
    const auto failStatus = opt("fail-status", "Status of failed requests.", "status", "503");
    const auto failEvery = opt("fail-every", "Fail every Nth API request.", "n", "0");
    const auto delay = opt("delay-ms", "Delay every API reply.", "ms", "0");
    const auto dropNext = opt(
        "drop-next", "Do the next N mutating API requests, then drop the connection.", "n", "0");
    const auto malformedNext =
        opt("malformed-next", "Truncate the JSON body of the next N API replies.", "n", "0");
    const auto retryAfter = opt("retry-after-s", "Retry-After on failed replies.", "s", "-1");
    const auto faultPath =
        opt("fault-path", "Faults apply only to paths with this prefix.", "prefix");
    const auto listSeed = opt("list-seed", "Print the seeded accounts and consents, then exit.");
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(listSeed)) {
        out << od::sandbox::seedDescription();
        return 0;
    }
    const auto integer = [&parser](const QCommandLineOption &o, int min) {
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < min) {
            QTextStream(stderr) << "orderdesk-sandbox: --" << o.names().constFirst()
                                << " needs a whole number >= " << min << '\n';
            ::exit(2);
        }
        return v;
    };

    od::sandbox::SandboxConfig config;
    config.host = QHostAddress(parser.value(host));
    if (config.host.isNull()) {
        QTextStream(stderr) << "orderdesk-sandbox: --host needs an IP address\n";
        return 2;
    }
    config.port = static_cast<quint16>(qBound(0, integer(port, 0), 65535));
    config.orderStepMs = integer(orderStep, 0);
    config.envelopeStepMs = integer(envelopeStep, 0);
    config.tokenLifetimeS = integer(tokenLifetime, 1);
    config.numbersPerArea = integer(perArea, 0);
    config.reservationLifetimeS = integer(reservationLifetime, 1);
    config.acceptTokens = parser.values(acceptToken);
    config.statePath = parser.value(state);
    config.declineSwitch = !parser.isSet(noDecline);
    config.faults.failNext = integer(failNext, 0);
    config.faults.failStatus = qBound(400, integer(failStatus, 400), 599);
    config.faults.failEvery = integer(failEvery, 0);
    config.faults.delayMs = integer(delay, 0);
    config.faults.dropNext = integer(dropNext, 0);
    config.faults.malformedNext = integer(malformedNext, 0);
    config.faults.retryAfterS = integer(retryAfter, -1);
    config.faults.pathPrefix = parser.value(faultPath);

    od::sandbox::SandboxServer server(config);
    if (!server.start()) {
        QTextStream(stderr) << "orderdesk-sandbox: " << server.error() << '\n';
        return 1;
    }

    // SIGTERM/SIGINT end the event loop, so the state is saved and sockets close cleanly.
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGINT, &sa, nullptr);
    }

    out << "orderdesk-sandbox listening on " << server.baseUrl() << Qt::endl;
    const int rc = QCoreApplication::exec();
    server.saveState();
    return rc;
}
