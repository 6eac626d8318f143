#pragma once

#include "ArticleStore.h"

#include <chrono>

namespace newsroom {

// A testing aid: another store, with a fixed delay before every call that reaches the
// archive, as a server a network away would have. `NEWSROOM_STORE_DELAY_MS=50` makes the
// desktop app use it, so that anyone can see whether the window ever waits for the archive.
class DelayedArticleStore final : public ArticleStore
{
public:
    DelayedArticleStore(std::unique_ptr<ArticleStore> inner, std::chrono::milliseconds delay);

    // The delay NEWSROOM_STORE_DELAY_MS asks for (0 when unset or not a number from 0 to 10000).
    static std::chrono::milliseconds delayFromEnvironment();
    // Every store `opener` opens, delayed (or `opener` itself when `delay` is 0).
    static StoreOpener delayed(StoreOpener opener, std::chrono::milliseconds delay);

    StoreResult<Article> article(qint64 id) override;
    StoreResult<ArticleSummary> summary(qint64 id) override;
    StoreResult<Article> articleByRef(const QString &ref) override;
    StoreResult<Article> save(const Article &article, SaveMode mode) override;
    StoreResult<QList<Article>> saveAll(const QList<Article> &articles, SaveMode mode) override;
    StoreResult<QList<ImportedArticle>>
    saveImported(const QList<Article> &articles, const QList<QByteArray> &sourceHashes) override;
    StoreStatus moveToTrash(qint64 id) override;
    StoreStatus restoreFromTrash(qint64 id) override;
    StoreResult<QList<ArticleSummary>> list(const ArticleFilter &filter, int limit,
                                            int offset) override;
    StoreResult<qint64> count(const ArticleFilter &filter) override;
    StoreResult<QList<SearchHit>> search(const SearchQuery &query) override;
    StoreResult<QList<Revision>> revisions(qint64 id) override;
    StoreResult<Article> revision(qint64 id, qint64 version) override;
    StoreResult<Article> restoreRevision(qint64 id, qint64 version, qint64 currentVersion) override;
    StoreResult<qint64> findByDek(const QString &dek) override;
    StoreResult<QStringList> tags() override;
    StoreResult<QStringList> sections() override;
    StoreResult<QList<SearchHit>> suggestRelated(const Article &article, int limit) override;
    StoreResult<TermCounts> termCounts(const QList<QByteArray> &terms, int cap) override;
    StoreResult<QList<StoryText>> storiesSharing(const QList<QByteArray> &terms,
                                                 int limit) override;
    StoreResult<QList<StoryText>> stories(qint64 afterId, int limit) override;
    StoreResult<QList<StoryText>> storiesOf(const QList<qint64> &ids) override;
    bool isArchiveFile(const QString &path) const override;
    void releaseMemory() override;
    bool isReadOnly() const override;
    QString signedInAs() const override;
    QString damageFound() const override;
    StoreStatus reopen() override;
    StoreResult<qint64> outsideChanges() override;
    StoreResult<qint64> version(qint64 id) override;
    StoreResult<QList<qint64>> allIds() override;
    StoreResult<qint64> highestId() override;
    StoreStatus putRecord(const ArticleRecord &record, const QByteArray &key) override;
    StoreResult<qint64> articleWithKey(const QByteArray &key) override;
    QString currentUser() const override;
    StoreResult<QStringList> assignableUsers() override;
    StoreResult<DeskThread> deskThread(qint64 id) override;
    StoreResult<ArticleNote> addNote(qint64 id, const QString &text) override;

    // PictureLibrary
    StoreResult<Picture> addPicture(const Picture &picture, const QByteArray &original,
                                    const QList<QPair<int, QByteArray>> &renditions) override;
    StoreResult<Picture> picture(const QByteArray &hash) override;
    StoreResult<QByteArray> pictureBytes(const QByteArray &hash, int width = 0) override;
    StoreResult<Picture> describePicture(const QByteArray &hash, const QString &caption,
                                         const QString &credit, const QString &altText) override;
    StoreResult<QList<Picture>> pictures(const QString &words, int limit, int offset = 0) override;
    StoreResult<QList<qint64>> pictureUsers(const QByteArray &hash) override;
    StoreResult<QList<Picture>> unusedPictures() override;
    StoreResult<int> purgePictures(const QList<QByteArray> &hashes) override;

private:
    ArticleStore &wait() const; // sleeps for the delay, then gives the real store

    std::unique_ptr<ArticleStore> m_inner;
    std::chrono::milliseconds m_delay;
};

} // namespace newsroom
