#include "documents/Background.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace od::documents {

void buildInBackground(std::function<Built()> build, QObject *context,
                       std::function<void(const Built &)> done)
{
    auto promise = std::make_shared<QPromise<Built>>();
    QFuture<Built> future = promise->future();
    // The continuation runs on the context's thread, and is dropped with the context.
    future.then(context, [done = std::move(done)](const Built &built) { done(built); });
    auto work = [promise, build = std::move(build)] {
        promise->start();
        promise->addResult(build());
        promise->finish();
    };
    // Qt 6 lays out and draws text outside the GUI thread on every platform (QTextDocument and
    // QPdfWriter are reentrant); each build has its own document and writer.
    QThreadPool::globalInstance()->start(std::move(work));
}

} // namespace od::documents
