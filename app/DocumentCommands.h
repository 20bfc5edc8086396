#pragma once

#include "AppOptions.h"

namespace od {

/// Runs `orderdesk contract DRAFT.json -o FILE` or `orderdesk porting-forms DRAFT.json -o FOLDER`
/// without a window: reads the exported draft, writes the PDFs atomically, prints the paths
/// written to stdout and any problem to stderr. Returns the exit code: 0 done, 1 when the draft,
/// the catalog or the output is the problem. Needs a QGuiApplication (fonts).
int runDocumentCommand(const AppOptions &options);

} // namespace od
