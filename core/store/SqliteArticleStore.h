#pragma once

#include "ArticleStore.h"
#include "PresenceBook.h"

#include <QCoreApplication>
#include <memory>

namespace newsroom {

class RelatedSuggester;
class SqliteDatabase;
class StoryLookup;

struct OpenedArchive
{
    std::unique_ptr<SqliteDatabase> db;
    QString damage; // what the check on open found; the connection is then read-only
};

// The archive in one SQLite file (WAL, foreign keys, versioned schema). Several
// processes may open the same file; each save is one transaction, queued on SQLite's
// busy timeout. One object per thread.
class SqliteArticleStore final : public ArticleStore, public PresenceBook
{
    Q_DECLARE_TR_FUNCTIONS(SqliteArticleStore)
public:
    // Opens or creates the archive at `path`; see ArchiveFile for what is refused. A
    // damaged archive opens read-only (see damageFound).
    static StoreResult<std::unique_ptr<SqliteArticleStore>> open(const QString &path);
    // Opens `path` again each time it is called, e.g. on a worker thread.
    static StoreOpener opener(const QString &path);
    ~SqliteArticleStore() override;

    StoreResult<Article> article(qint64 id) override;
    StoreResult<ArticleSummary> summary(qint64 id) override;
    StoreResult<Article> articleByRef(const QString &ref) override;
    StoreResult<Article> save(const Article &article,
                              SaveMode mode = SaveMode::KeepHistory) override;
    StoreResult<QList<Article>> saveAll(const QList<Article> &articles,
                                        SaveMode mode = SaveMode::KeepHistory) override;
    StoreResult<QList<ImportedArticle>>
    saveImported(const QList<Article> &articles, const QList<QByteArray> &sourceHashes) override;
    StoreStatus moveToTrash(qint64 id) override;
    StoreStatus restoreFromTrash(qint64 id) override;
    StoreResult<QList<ArticleSummary>> list(const ArticleFilter &filter, int limit = -1,
                                            int offset = 0) override;
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

    // Presence between windows and processes on the same file, under the account's name.
    StoreStatus notePresent(qint64 articleId) override;
    StoreStatus noteGone(qint64 articleId) override;
    StoreResult<QList<ArticlePresence>> present() override;
    // Names this store's window in its presence rows (ArchiveGateway's origin).
    void setChangeOrigin(const QByteArray &origin) { m_origin = origin; }

    SqliteDatabase &database() { return *m_db; }

private:
    explicit SqliteArticleStore(OpenedArchive opened);
    void adopt(OpenedArchive opened);

    std::unique_ptr<SqliteDatabase> m_db;
    // Refuses to write into a damaged archive, and when the file at the archive's path is
    // no longer the one opened (deleted, moved away, replaced): the saves would go to a
    // file nobody will open again.
    StoreStatus checkCanWrite() const;

    QString m_path;   // as SQLite opened it
    QString m_damage; // found on open: every write is refused with it
    quint64 m_device = 0;
    quint64 m_inode = 0;
    std::unique_ptr<RelatedSuggester> m_suggester; // keeps its term counts between calls
    std::unique_ptr<StoryLookup> m_stories;        // keeps its term counts too
    QByteArray m_origin;                           // see setChangeOrigin
};

} // namespace newsroom
