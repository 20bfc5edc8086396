#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace od {

/// Runs `work` (returning T) on a thread of the global pool, then `done(const T &)` on
/// `context`'s thread; never when `context` is destroyed first. For slow pure work such as
/// laying out a large contract, so that the window keeps answering. `work` must own what it
/// reads (copies of the order and the catalog).
template <typename T, typename Work, typename Done>
void runInBackground(Work work, QObject *context, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    // The continuation runs on the context's thread, and is dropped with the context.
    promise->future().then(context,
                           [done = std::move(done)](const T &value) mutable { done(value); });
    // Qt 6 lays out and draws text outside the GUI thread on every platform (QTextDocument and
    // QPdfWriter are reentrant); each piece of work has its own objects.
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace od
