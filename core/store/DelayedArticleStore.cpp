#include "DelayedArticleStore.h"

#include <QtGlobal>
#include <thread>

namespace newsroom {

DelayedArticleStore::DelayedArticleStore(std::unique_ptr<ArticleStore> inner,
                                         std::chrono::milliseconds delay)
    : m_inner(std::move(inner)), m_delay(delay)
{}

std::chrono::milliseconds DelayedArticleStore::delayFromEnvironment()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("NEWSROOM_STORE_DELAY_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 && ms <= 10000 ? ms : 0);
}

StoreOpener DelayedArticleStore::delayed(StoreOpener opener, std::chrono::milliseconds delay)
{
    if (delay.count() <= 0)
        return opener;
    return [opener = std::move(opener), delay]() -> StoreResult<std::unique_ptr<ArticleStore>> {
        auto opened = opener();
        if (!opened)
            return std::unexpected(opened.error());
        return std::make_unique<DelayedArticleStore>(std::move(*opened), delay);
    };
}

ArticleStore &DelayedArticleStore::wait() const
{
    std::this_thread::sleep_for(m_delay);
    return *m_inner;
}

StoreResult<Article> DelayedArticleStore::article(qint64 id)
{
    return wait().article(id);
}

StoreResult<ArticleSummary> DelayedArticleStore::summary(qint64 id)
{
    return wait().summary(id);
}

StoreResult<Article> DelayedArticleStore::articleByRef(const QString &ref)
{
    return wait().articleByRef(ref);
}

StoreResult<Article> DelayedArticleStore::save(const Article &article, SaveMode mode)
{
    return wait().save(article, mode);
}

StoreResult<QList<Article>> DelayedArticleStore::saveAll(const QList<Article> &articles,
                                                         SaveMode mode)
{
    return wait().saveAll(articles, mode);
}

StoreResult<QList<ImportedArticle>>
DelayedArticleStore::saveImported(const QList<Article> &articles,
                                  const QList<QByteArray> &sourceHashes)
{
    return wait().saveImported(articles, sourceHashes);
}

StoreStatus DelayedArticleStore::moveToTrash(qint64 id)
{
    return wait().moveToTrash(id);
}

StoreStatus DelayedArticleStore::restoreFromTrash(qint64 id)
{
    return wait().restoreFromTrash(id);
}

StoreResult<QList<ArticleSummary>> DelayedArticleStore::list(const ArticleFilter &filter, int limit,
                                                             int offset)
{
    return wait().list(filter, limit, offset);
}

StoreResult<qint64> DelayedArticleStore::count(const ArticleFilter &filter)
{
    return wait().count(filter);
}

StoreResult<QList<SearchHit>> DelayedArticleStore::search(const SearchQuery &query)
{
    return wait().search(query);
}

StoreResult<QList<Revision>> DelayedArticleStore::revisions(qint64 id)
{
    return wait().revisions(id);
}

StoreResult<Article> DelayedArticleStore::revision(qint64 id, qint64 version)
{
    return wait().revision(id, version);
}

StoreResult<Article> DelayedArticleStore::restoreRevision(qint64 id, qint64 version,
                                                          qint64 currentVersion)
{
    return wait().restoreRevision(id, version, currentVersion);
}

StoreResult<qint64> DelayedArticleStore::findByDek(const QString &dek)
{
    return wait().findByDek(dek);
}

StoreResult<QStringList> DelayedArticleStore::tags()
{
    return wait().tags();
}

StoreResult<QStringList> DelayedArticleStore::sections()
{
    return wait().sections();
}

StoreResult<QList<SearchHit>> DelayedArticleStore::suggestRelated(const Article &article, int limit)
{
    return wait().suggestRelated(article, limit);
}

StoreResult<TermCounts> DelayedArticleStore::termCounts(const QList<QByteArray> &terms, int cap)
{
    return wait().termCounts(terms, cap);
}

StoreResult<QList<StoryText>> DelayedArticleStore::storiesSharing(const QList<QByteArray> &terms,
                                                                  int limit)
{
    return wait().storiesSharing(terms, limit);
}

StoreResult<QList<StoryText>> DelayedArticleStore::stories(qint64 afterId, int limit)
{
    return wait().stories(afterId, limit);
}

StoreResult<QList<StoryText>> DelayedArticleStore::storiesOf(const QList<qint64> &ids)
{
    return wait().storiesOf(ids);
}

// What is known without asking the archive answers at once.
void DelayedArticleStore::releaseMemory()
{
    m_inner->releaseMemory();
}

bool DelayedArticleStore::isArchiveFile(const QString &path) const
{
    return m_inner->isArchiveFile(path);
}

QString DelayedArticleStore::signedInAs() const
{
    return m_inner->signedInAs();
}

bool DelayedArticleStore::isReadOnly() const
{
    return m_inner->isReadOnly();
}

QString DelayedArticleStore::damageFound() const
{
    return m_inner->damageFound();
}

StoreStatus DelayedArticleStore::reopen()
{
    return wait().reopen();
}

StoreResult<qint64> DelayedArticleStore::outsideChanges()
{
    return wait().outsideChanges();
}

StoreResult<qint64> DelayedArticleStore::version(qint64 id)
{
    return wait().version(id);
}

StoreResult<QList<qint64>> DelayedArticleStore::allIds()
{
    return wait().allIds();
}

StoreResult<qint64> DelayedArticleStore::highestId()
{
    return wait().highestId();
}

StoreStatus DelayedArticleStore::putRecord(const ArticleRecord &record, const QByteArray &key)
{
    return wait().putRecord(record, key);
}

StoreResult<qint64> DelayedArticleStore::articleWithKey(const QByteArray &key)
{
    return wait().articleWithKey(key);
}

QString DelayedArticleStore::currentUser() const
{
    return m_inner->currentUser();
}

StoreResult<QStringList> DelayedArticleStore::assignableUsers()
{
    return wait().assignableUsers();
}

StoreResult<DeskThread> DelayedArticleStore::deskThread(qint64 id)
{
    return wait().deskThread(id);
}

StoreResult<ArticleNote> DelayedArticleStore::addNote(qint64 id, const QString &text)
{
    return wait().addNote(id, text);
}

StoreResult<Picture>
DelayedArticleStore::addPicture(const Picture &picture, const QByteArray &original,
                                const QList<QPair<int, QByteArray>> &renditions)
{
    return wait().addPicture(picture, original, renditions);
}

StoreResult<Picture> DelayedArticleStore::picture(const QByteArray &hash)
{
    return wait().picture(hash);
}

StoreResult<QByteArray> DelayedArticleStore::pictureBytes(const QByteArray &hash, int width)
{
    return wait().pictureBytes(hash, width);
}

StoreResult<Picture> DelayedArticleStore::describePicture(const QByteArray &hash,
                                                          const QString &caption,
                                                          const QString &credit,
                                                          const QString &altText)
{
    return wait().describePicture(hash, caption, credit, altText);
}

StoreResult<QList<Picture>> DelayedArticleStore::pictures(const QString &words, int limit,
                                                          int offset)
{
    return wait().pictures(words, limit, offset);
}

StoreResult<QList<qint64>> DelayedArticleStore::pictureUsers(const QByteArray &hash)
{
    return wait().pictureUsers(hash);
}

StoreResult<QList<Picture>> DelayedArticleStore::unusedPictures()
{
    return wait().unusedPictures();
}

StoreResult<int> DelayedArticleStore::purgePictures(const QList<QByteArray> &hashes)
{
    return wait().purgePictures(hashes);
}

} // namespace newsroom
