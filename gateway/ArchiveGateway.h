#pragma once

#include "StoreLane.h"
#include "checks/CheckFinding.h"
#include "checks/CheckLimits.h"
#include "store/ArchiveChange.h"
#include "store/PresenceBook.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <memory>

namespace newsroom {

class PgChangeListener;

// The only way the window reaches the archive. Every request runs on a worker thread with
// its own connection and comes back as a QFuture; the GUI thread never waits for SQL (or,
// later, for a server). Four lanes, so that a slow call never queues a fast one:
// - reads: what the editor waits to see (lists, search, pickers, open, link summaries);
// - background: what can come a moment later (suggestions, the checklist, revisions);
// - writes: saves, trash and restore, in the order asked;
// - exports: a whole site, which takes seconds.
// A newer request does not cancel an older one by itself: callers that want only the
// newest answer use LatestAnswer (cancelled requests that have not started never run).
// On a server archive it also listens, on a thread of its own (PgChangeListener), for what
// colleagues commit, and says so (archiveChanged, catchUpDue); its own saves are left out.
// The file archive has nobody to listen to: its window polls outsideChanges().
class ArchiveGateway : public QObject
{
    Q_OBJECT
public:
    // `opened` is the connection main() opened (and checked) before the window showed; it
    // answers the questions about the archive itself. The lanes open their own with `opener`.
    ArchiveGateway(std::unique_ptr<ArticleStore> opened, StoreOpener opener,
                   QObject *parent = nullptr);
    ~ArchiveGateway() override; // lets every queued call finish first

    bool isReadOnly() const;
    QString damageFound() const;
    bool isArchiveFile(const QString &path) const;
    // The server role this window acts as (empty for a file): what the title bar names.
    QString signedInAs() const;
    // After a backup was restored into the archive: the window's connection opens again
    // (quickly, on the caller's thread) and every lane reconnects.
    StoreStatus reopen();
    // Every lane's connection gives back the memory it keeps only to be faster (the app
    // does this when the editor pauses, before trimming the heap). Finishes when all have.
    QFuture<void> releaseMemory();
    // How many requests are queued or running (tests and the bench wait for 0).
    int pendingRequests() const { return m_pending; }
    // True when archiveChanged and catchUpDue tell of others' changes (a server archive):
    // nothing needs to poll outsideChanges.
    bool hearsChanges() const { return m_listener != nullptr; }

    QFuture<StoreResult<Article>> article(qint64 id);
    QFuture<StoreResult<ArticleSummary>> summary(qint64 id);
    QFuture<StoreResult<QList<ArticleSummary>>> list(const ArticleFilter &filter, int limit,
                                                     int offset);
    QFuture<StoreResult<QList<SearchHit>>> search(const SearchQuery &query);
    QFuture<StoreResult<QList<SearchHit>>> suggestRelated(const Article &article, int limit);
    QFuture<StoreResult<QList<CheckFinding>>> checklist(const Article &article, CheckLimits limits);
    // Every section, then every tag, for completion.
    QFuture<StoreResult<std::pair<QStringList, QStringList>>> completions();
    QFuture<StoreResult<QList<Revision>>> revisions(qint64 id);
    QFuture<StoreResult<qint64>> outsideChanges();
    QFuture<StoreResult<qint64>> version(qint64 id);

    // Presence (PresenceBook), on the background lane: never queued before or after a save.
    // An archive that keeps none answers an empty list and notes nothing.
    QFuture<StoreStatus> notePresent(qint64 articleId);
    QFuture<StoreStatus> noteGone(qint64 articleId);
    QFuture<StoreResult<QList<ArticlePresence>>> presence();

    QFuture<StoreResult<Article>> save(const Article &article, SaveMode mode);
    QFuture<StoreStatus> moveToTrash(qint64 id);
    QFuture<StoreStatus> restoreFromTrash(qint64 id);

    // Anything else, on a lane of its own choosing (imports, exports, tests).
    enum class Lane
    {
        Reads,
        Background,
        Writes,
        Exports, // long runs (a whole site) that must not hold up saves
    };
    template <typename T>
    QFuture<StoreResult<T>> run(Lane lane, std::function<StoreResult<T>(ArticleStore &)> call)
    {
        return track(laneFor(lane).run<T>(std::move(call)));
    }

Q_SIGNALS:
    // Another client (a colleague, another window or process) committed a change.
    void archiveChanged(const newsroom::ArchiveChange &change);
    // Changes may have been missed (the connection that listens was lost and is back, or
    // has just started): whatever shows the archive reads it again.
    void catchUpDue();
    // The connection that listens is lost (once an outage); it is being opened again.
    void changesUnheard(const QString &message);
    // Another window opened or closed an article (a server archive; a file's windows see it
    // on their next look at the archive).
    void presenceChanged();

private:
    StoreLane &laneFor(Lane lane);
    void listenForChanges();
    // A watcher, not a continuation: a QFuture takes one continuation, and that one is
    // the caller's.
    template <typename T> QFuture<T> track(QFuture<T> future)
    {
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            --m_pending;
        });
        ++m_pending;
        watcher->setFuture(future);
        return future;
    }

    QByteArray m_origin; // names this gateway's stores in their change notices
    std::unique_ptr<ArticleStore> m_opened;
    StoreLane m_reads;
    StoreLane m_background;
    StoreLane m_writes;
    StoreLane m_exports;
    int m_pending = 0;
    QThread m_listening;
    PgChangeListener *m_listener = nullptr; // on m_listening; deleted when it finishes
};

} // namespace newsroom
