#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace od {

/// What the command line asked for. Parsing never exits the process itself: main() decides.
struct AppOptions
{
    /// Run: the window. WriteContract, WritePortingForms: the headless commands
    /// `orderdesk contract DRAFT.json -o FILE` and `orderdesk porting-forms DRAFT.json -o FOLDER`.
    enum class Action { Run, ShowHelp, ShowVersion, Error, WriteContract, WritePortingForms };
    Action action = Action::Run;
    QString dataDir;     ///< --data-dir, else ORDERDESK_DATA_DIR, else AppDataLocation
    QString catalogPath; ///< --catalog; empty: the bundled catalog
    QString language;    ///< --language (e.g. "de"); empty: the system locale
    QString upstream;    ///< --upstream: one base URL for every carrier service; empty: settings
    QString draftPath;   ///< the commands: the exported draft (DraftStore::exportDraft)
    QString outputPath;  ///< the commands: -o, the PDF (contract) or the folder (porting-forms)
    QString message;     ///< help/version text, or the error
};

AppOptions parseAppOptions(const QStringList &arguments);

} // namespace od
