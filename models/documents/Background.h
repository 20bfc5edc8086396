#pragma once

#include "documents/Documents.h"

#include <QObject>

#include <functional>

namespace od::documents {

using Built = Result<QList<Document>>;

/// Builds documents on a worker thread, then calls `done` on `context`'s thread; never when
/// `context` is destroyed first. A large contract takes a second or more to lay out: the window
/// keeps answering meanwhile. `build` must own what it reads (copies of the order and catalog).
void buildInBackground(std::function<Built()> build, QObject *context,
                       std::function<void(const Built &)> done);

} // namespace od::documents
