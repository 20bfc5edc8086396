#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace od {

/// What the command line asked for. Parsing never exits the process itself: main() decides.
struct AppOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString dataDir;     ///< --data-dir, else ORDERDESK_DATA_DIR, else AppDataLocation
    QString catalogPath; ///< --catalog; empty: the bundled catalog
    QString language;    ///< --language (e.g. "de"); empty: the system locale
    QString upstream;    ///< --upstream: one base URL for every carrier service; empty: settings
    QString message;     ///< help/version text, or the error
};

AppOptions parseAppOptions(const QStringList &arguments);

} // namespace od
