#pragma once

#include "store/ArticleStore.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

namespace newsroom {

// One worker thread with its own connection to the archive. Calls run one after another,
// in the order they were asked for; a call whose future was cancelled before it started
// never runs (QtConcurrent skips it), which is how stale searches are dropped. The
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
        return QtConcurrent::run(&m_pool, [this, call = std::move(call)]() -> StoreResult<T> {
            ArticleStore *store = connection();
            if (!store)
                return std::unexpected(m_openError);
            StoreResult<T> result = call(*store);
            if (!result)
                afterFailure(result.error());
            return result;
        });
    }
    // The next call opens a fresh connection (after a backup was restored, say).
    void reconnect();

private:
    ArticleStore *connection(); // on the lane's thread
    void afterFailure(const StoreError &error);

    QThreadPool m_pool;
    StoreOpener m_opener;
    std::unique_ptr<ArticleStore> m_store; // used on the lane's thread only
    StoreError m_openError;
};

} // namespace newsroom
