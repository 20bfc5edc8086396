#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

namespace od {

AppOptions parseAppOptions(const QStringList &arguments)
{
    AppOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions",
                                    "Order Desk: fill Microsoft Teams Operator Connect orders.") +
        QStringLiteral("\n\n") +
        QCoreApplication::translate(
            "AppOptions",
            "Commands (no window; DRAFT.json is a draft exported from Order Desk):\n"
            "  contract DRAFT.json -o FILE.pdf      Write the order's contract as a PDF.\n"
            "  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of\n"
            "                                       authorisation) as PDFs into FOLDER.\n"
            "They exit with 0 when done, 1 when the draft or the output is the problem,\n"
            "and 2 when the command line is."));
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
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("AppOptions",
                                    "The commands: write to <path> (contract: the PDF file; "
                                    "porting-forms: the folder, created when missing)."),
        QCoreApplication::translate("AppOptions", "path"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("AppOptions", "contract or porting-forms (see above)."),
        QStringLiteral("[command DRAFT.json -o path]"));
    parser.addOption(output);
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
        // Parsed before any QCoreApplication exists, the parser cannot name the executable.
        options.message = parser.helpText().replace(
            QLatin1String("<executable_name>"),
            QFileInfo(arguments.value(0, QStringLiteral("orderdesk"))).fileName());
        return options;
    }
    if (parser.isSet(version)) {
        options.action = AppOptions::Action::ShowVersion;
        options.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                          QCoreApplication::applicationVersion();
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const auto usageError = [&options](const QString &message) {
        options.action = AppOptions::Action::Error;
        options.message = message;
        return options;
    };
    if (command == QLatin1String("contract") || command == QLatin1String("porting-forms")) {
        const bool isContract = command == QLatin1String("contract");
        const QString usage = isContract ? QStringLiteral("orderdesk contract DRAFT.json -o "
                                                          "contract.pdf")
                                         : QStringLiteral("orderdesk porting-forms DRAFT.json "
                                                          "-o FOLDER");
        if (positional.size() < 2)
            return usageError(
                QCoreApplication::translate("AppOptions", "%1 needs the exported draft to read: %2")
                    .arg(command, usage));
        if (positional.size() > 2)
            return usageError(
                QCoreApplication::translate("AppOptions", "Unknown argument: %1. Usage: %2")
                    .arg(positional.at(2), usage));
        if (!parser.isSet(output) || parser.value(output).isEmpty())
            return usageError(
                QCoreApplication::translate("AppOptions", "%1 needs -o, where to write %2: %3")
                    .arg(command,
                         isContract
                             ? QCoreApplication::translate("AppOptions", "the PDF")
                             : QCoreApplication::translate("AppOptions", "the forms (a folder)"),
                         usage));
        options.action =
            isContract ? AppOptions::Action::WriteContract : AppOptions::Action::WritePortingForms;
        options.draftPath = positional.at(1);
        options.outputPath = parser.value(output);
        options.catalogPath = parser.value(catalog);
        options.language = parser.value(language);
        return options;
    }
    if (!positional.isEmpty())
        return usageError(
            QCoreApplication::translate("AppOptions", "Unknown argument: %1. Try --help.")
                .arg(command));
    if (parser.isSet(output))
        return usageError(QCoreApplication::translate(
            "AppOptions", "-o belongs to the contract and porting-forms commands. Try --help."));

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
