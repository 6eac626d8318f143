#pragma once

#include "store/ArticleStore.h"

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace newsroom {

// One worker thread with its own connection to the archive. Calls run one after another,
// in the order they were asked for; a call whose future was cancelled before it started
// never runs, which is how stale searches are dropped. The
// connection is opened on the first call and opened again after a failure that may be the
// connection's (I/O, damage, busy), never after one that is the request's (not found,
// conflict, invalid).
class StoreLane
{
public:
    StoreLane(const QString &name, StoreOpener opener);
    ~StoreLane(); // closes the connection on its own thread, after the calls queued

    StoreLane(const StoreLane &) = delete;
    StoreLane &operator=(const StoreLane &) = delete;

    template <typename T>
    QFuture<StoreResult<T>> run(std::function<StoreResult<T>(ArticleStore &)> call)
    {
        // A promise, not QtConcurrent::run: a thread that waits on a QtConcurrent future
        // takes the queued task and runs it itself, and then the GUI thread would use the
        // lane's connection beside the lane's own thread. Nobody can take this task.
        auto promise = std::make_shared<QPromise<StoreResult<T>>>();
        QFuture<StoreResult<T>> future = promise->future();
        promise->start();
        m_pool.start([this, promise, call = std::move(call)] {
            if (!promise->isCanceled())
                promise->addResult(answer(call));
            promise->finish();
        });
        return future;
    }
    // The next call opens a fresh connection (after a backup was restored, say).
    void reconnect();
    // The connection gives back the memory it keeps only to be faster, after the calls
    // queued before (ArticleStore::releaseMemory).
    QFuture<void> releaseMemory();

private:
    template <typename T>
    StoreResult<T> answer(const std::function<StoreResult<T>(ArticleStore &)> &call)
    {
        ArticleStore *store = connection();
        if (!store)
            return std::unexpected(m_openError);
        StoreResult<T> result = call(*store);
        if (!result)
            afterFailure(result.error());
        return result;
    }
    ArticleStore *connection(); // on the lane's thread
    void afterFailure(const StoreError &error);

    QThreadPool m_pool;
    StoreOpener m_opener;
    std::unique_ptr<ArticleStore> m_store; // used on the lane's thread only
    StoreError m_openError;
};

} // namespace newsroom
