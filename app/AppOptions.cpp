#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

namespace od {

AppOptions parseAppOptions(const QStringList &arguments)
{
    AppOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "Order Desk: fill Microsoft Teams Operator Connect orders."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringList{QStringLiteral("data-dir")},
        QCoreApplication::translate("AppOptions",
                                    "Keep drafts in <dir> (default: $ORDERDESK_DATA_DIR, else "
                                    "the user's application data folder)."),
        QCoreApplication::translate("AppOptions", "dir"));
    const QCommandLineOption catalog(
        QStringList{QStringLiteral("catalog")},
        QCoreApplication::translate(
            "AppOptions", "Use the product catalog in <file> instead of the bundled one."),
        QCoreApplication::translate("AppOptions", "file"));
    const QCommandLineOption language(
        QStringList{QStringLiteral("language")},
        QCoreApplication::translate("AppOptions",
                                    "Show the app in <lang> (en, de, ...) instead of the system "
                                    "language."),
        QCoreApplication::translate("AppOptions", "lang"));
    const QCommandLineOption upstream(
        QStringList{QStringLiteral("upstream")},
        QCoreApplication::translate(
            "AppOptions",
            "Send to the carrier's services and the e-signature service at <url> (all of them; "
            "HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings."),
        QCoreApplication::translate("AppOptions", "url"));
    parser.addOption(dataDir);
    parser.addOption(upstream);
    parser.addOption(catalog);
    parser.addOption(language);

    if (!parser.parse(arguments)) {
        options.action = AppOptions::Action::Error;
        options.message = parser.errorText() + QLatin1Char('\n') +
                          QCoreApplication::translate("AppOptions", "Try --help.");
        return options;
    }
    if (parser.isSet(help)) {
        options.action = AppOptions::Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = AppOptions::Action::ShowVersion;
        options.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                          QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = AppOptions::Action::Error;
        options.message =
            QCoreApplication::translate("AppOptions", "Unknown argument: %1. Try --help.")
                .arg(parser.positionalArguments().constFirst());
        return options;
    }

    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty())
        options.dataDir =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("ORDERDESK_DATA_DIR"));
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.catalogPath = parser.value(catalog);
    options.language = parser.value(language);
    options.upstream = parser.value(upstream);
    if (parser.isSet(upstream)) {
        const QUrl url(options.upstream, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            options.action = AppOptions::Action::Error;
            options.message =
                QCoreApplication::translate(
                    "AppOptions", "--upstream needs a web address such as https://carrier.example "
                                  "or http://127.0.0.1:8080, not \"%1\".")
                    .arg(options.upstream);
            return options;
        }
    }
    return options;
}

} // namespace od
