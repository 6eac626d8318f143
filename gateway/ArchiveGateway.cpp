#include "ArchiveGateway.h"

#include "checks/ArticleChecklist.h"
#include "store/PgArticleStore.h"
#include "store/PgChangeListener.h"
#include "store/PgConnection.h"
#include "store/SqliteArticleStore.h"

#include <QRandomGenerator>

namespace newsroom {

namespace {
QByteArray newOrigin()
{
    return QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

// A server store names its gateway in the notices of its changes (ArchiveChange::origin),
// and both kinds in their presence rows.
void markOrigin(ArticleStore *store, const QByteArray &origin)
{
    if (auto *server = dynamic_cast<PgArticleStore *>(store))
        server->setChangeOrigin(origin);
    else if (auto *file = dynamic_cast<SqliteArticleStore *>(store))
        file->setChangeOrigin(origin);
}

StoreOpener marked(StoreOpener opener, const QByteArray &origin)
{
    return [opener = std::move(opener), origin]() {
        auto opened = opener();
        if (opened)
            markOrigin(opened->get(), origin);
        return opened;
    };
}
} // namespace

ArchiveGateway::ArchiveGateway(std::unique_ptr<ArticleStore> opened, StoreOpener opener,
                               QObject *parent)
    : QObject(parent), m_origin(newOrigin()), m_opened(std::move(opened)),
      m_reads(QStringLiteral("archive reads"), marked(opener, m_origin)),
      m_background(QStringLiteral("archive background"), marked(opener, m_origin)),
      m_writes(QStringLiteral("archive writes"), marked(opener, m_origin)),
      m_exports(QStringLiteral("archive exports"), marked(opener, m_origin))
{
    markOrigin(m_opened.get(), m_origin);
    listenForChanges();
}

ArchiveGateway::~ArchiveGateway()
{
    m_listening.quit(); // the listener goes with its thread (deleteLater on finished)
    m_listening.wait();
}

void ArchiveGateway::listenForChanges()
{
    auto *server = dynamic_cast<PgArticleStore *>(m_opened.get());
    if (!server)
        return;
    m_listener = new PgChangeListener(server->connection().address(),
                                      server->connection().password(), m_origin);
    m_listener->moveToThread(&m_listening);
    m_listening.setObjectName(QStringLiteral("archive changes"));
    connect(&m_listening, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &PgChangeListener::changed, this, &ArchiveGateway::archiveChanged);
    connect(m_listener, &PgChangeListener::caughtUp, this, &ArchiveGateway::catchUpDue);
    connect(m_listener, &PgChangeListener::lost, this, &ArchiveGateway::changesUnheard);
    connect(m_listener, &PgChangeListener::presenceChanged, this, &ArchiveGateway::presenceChanged);
    m_listening.start();
    QMetaObject::invokeMethod(m_listener, &PgChangeListener::start, Qt::QueuedConnection);
}

bool ArchiveGateway::isReadOnly() const
{
    return m_opened->isReadOnly();
}

QString ArchiveGateway::damageFound() const
{
    return m_opened->damageFound();
}

bool ArchiveGateway::isArchiveFile(const QString &path) const
{
    return m_opened->isArchiveFile(path);
}

QString ArchiveGateway::signedInAs() const
{
    return m_opened->signedInAs();
}

StoreStatus ArchiveGateway::reopen()
{
    if (auto reopened = m_opened->reopen(); !reopened)
        return reopened;
    for (StoreLane *lane : {&m_reads, &m_background, &m_writes, &m_exports})
        lane->reconnect();
    return {};
}

QFuture<void> ArchiveGateway::releaseMemory()
{
    m_opened->releaseMemory(); // used on this thread only; it holds little
    QList<QFuture<void>> lanes;
    for (StoreLane *lane : {&m_reads, &m_background, &m_writes, &m_exports})
        lanes.append(lane->releaseMemory());
    return QtFuture::whenAll(lanes.begin(), lanes.end()).then([](const QList<QFuture<void>> &) {});
}

StoreLane &ArchiveGateway::laneFor(Lane lane)
{
    switch (lane) {
    case Lane::Reads:
        return m_reads;
    case Lane::Background:
        return m_background;
    case Lane::Exports:
        return m_exports;
    case Lane::Writes:
        break;
    }
    return m_writes;
}

QFuture<StoreResult<Article>> ArchiveGateway::article(qint64 id)
{
    return run<Article>(Lane::Reads, [id](ArticleStore &store) { return store.article(id); });
}

QFuture<StoreResult<ArticleSummary>> ArchiveGateway::summary(qint64 id)
{
    return run<ArticleSummary>(Lane::Reads,
                               [id](ArticleStore &store) { return store.summary(id); });
}

QFuture<StoreResult<QList<ArticleSummary>>> ArchiveGateway::list(const ArticleFilter &filter,
                                                                 int limit, int offset)
{
    return run<QList<ArticleSummary>>(
        Lane::Reads, [=](ArticleStore &store) { return store.list(filter, limit, offset); });
}

QFuture<StoreResult<QList<SearchHit>>> ArchiveGateway::search(const SearchQuery &query)
{
    return run<QList<SearchHit>>(Lane::Reads,
                                 [query](ArticleStore &store) { return store.search(query); });
}

QFuture<StoreResult<QList<SearchHit>>> ArchiveGateway::suggestRelated(const Article &article,
                                                                      int limit)
{
    return run<QList<SearchHit>>(Lane::Background, [article, limit](ArticleStore &store) {
        return store.suggestRelated(article, limit);
    });
}

QFuture<StoreResult<QList<CheckFinding>>> ArchiveGateway::checklist(const Article &article,
                                                                    CheckLimits limits)
{
    return run<QList<CheckFinding>>(Lane::Background, [article, limits](ArticleStore &store) {
        return ArticleChecklist(store, limits).run(article);
    });
}

QFuture<StoreResult<std::pair<QStringList, QStringList>>> ArchiveGateway::completions()
{
    using Lists = std::pair<QStringList, QStringList>;
    return run<Lists>(Lane::Background, [](ArticleStore &store) -> StoreResult<Lists> {
        auto sections = store.sections();
        if (!sections)
            return std::unexpected(sections.error());
        auto tags = store.tags();
        if (!tags)
            return std::unexpected(tags.error());
        return Lists{*sections, *tags};
    });
}

QFuture<StoreResult<QList<Revision>>> ArchiveGateway::revisions(qint64 id)
{
    return run<QList<Revision>>(Lane::Background,
                                [id](ArticleStore &store) { return store.revisions(id); });
}

QFuture<StoreResult<qint64>> ArchiveGateway::outsideChanges()
{
    return run<qint64>(Lane::Reads, [](ArticleStore &store) { return store.outsideChanges(); });
}

QFuture<StoreResult<qint64>> ArchiveGateway::version(qint64 id)
{
    return run<qint64>(Lane::Reads, [id](ArticleStore &store) { return store.version(id); });
}

QFuture<StoreStatus> ArchiveGateway::notePresent(qint64 articleId)
{
    return run<void>(Lane::Background, [articleId](ArticleStore &store) -> StoreStatus {
        auto *book = dynamic_cast<PresenceBook *>(&store);
        return book ? book->notePresent(articleId) : StoreStatus();
    });
}

QFuture<StoreStatus> ArchiveGateway::noteGone(qint64 articleId)
{
    return run<void>(Lane::Background, [articleId](ArticleStore &store) -> StoreStatus {
        auto *book = dynamic_cast<PresenceBook *>(&store);
        return book ? book->noteGone(articleId) : StoreStatus();
    });
}

QFuture<StoreResult<QList<ArticlePresence>>> ArchiveGateway::presence()
{
    return run<QList<ArticlePresence>>(
        Lane::Background, [](ArticleStore &store) -> StoreResult<QList<ArticlePresence>> {
            auto *book = dynamic_cast<PresenceBook *>(&store);
            return book ? book->present() : QList<ArticlePresence>();
        });
}

QFuture<StoreResult<Article>> ArchiveGateway::save(const Article &article, SaveMode mode)
{
    return run<Article>(Lane::Writes,
                        [article, mode](ArticleStore &store) { return store.save(article, mode); });
}

QFuture<StoreStatus> ArchiveGateway::moveToTrash(qint64 id)
{
    return run<void>(Lane::Writes, [id](ArticleStore &store) { return store.moveToTrash(id); });
}

QFuture<StoreStatus> ArchiveGateway::restoreFromTrash(qint64 id)
{
    return run<void>(Lane::Writes,
                     [id](ArticleStore &store) { return store.restoreFromTrash(id); });
}

} // namespace newsroom
