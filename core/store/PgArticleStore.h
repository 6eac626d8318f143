#pragma once

#include "ArticleStore.h"
#include "PgMigrations.h"
#include "PresenceBook.h"

#include <QCoreApplication>
#include <memory>

namespace newsroom {

class PgConnection;
class PgRelatedSuggester;
class PgStoryLookup;

// The archive of a whole newsroom on a PostgreSQL server, behind the same interface and
// with the same behaviour as the file archive (SqliteArticleStore): every save one
// transaction, optimistic versions, the whole history, search over the app's own tokens.
// libpq directly: values sent apart from the SQL, a lost connection opened again, SQLSTATE
// mapped to StoreError. The history names the PostgreSQL role that saved each version.
// One object per thread (one connection each).
class PgArticleStore final : public ArticleStore, public PresenceBook
{
    Q_DECLARE_TR_FUNCTIONS(PgArticleStore)
public:
    // Connects to `address` (a postgresql:// URI or libpq connection string) and upgrades
    // the archive's schema when this Newsroom is newer. A database without an archive is
    // refused: PgArticleStore::create (newsroom-cli init) makes one.
    // `password`: see PgConnection::open (kept apart from the address).
    static StoreResult<std::unique_ptr<PgArticleStore>> open(const QString &address,
                                                             const QByteArray &password = {});
    // Makes the archive in an empty database (or upgrades the one there) and says what it did.
    static StoreResult<PgMigrations::Report> create(const QString &address);
    // Connects again each time it is called, e.g. on a worker thread.
    static StoreOpener opener(const QString &address, const QByteArray &password = {});
    ~PgArticleStore() override;

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
    bool isArchiveFile(const QString &path) const override;
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
    StoreResult<TermCounts> termCounts(const QList<QByteArray> &terms, int cap) override;
    StoreResult<QList<StoryText>> storiesSharing(const QList<QByteArray> &terms,
                                                 int limit) override;
    StoreResult<QList<StoryText>> stories(qint64 afterId, int limit) override;
    StoreResult<QList<StoryText>> storiesOf(const QList<qint64> &ids) override;

    // Presence by the server's clock, under the role; a window coming or going is announced
    // on PresenceBook::kChannel (a heartbeat that only renews is not).
    StoreStatus notePresent(qint64 articleId) override;
    StoreStatus noteGone(qint64 articleId) override;
    StoreResult<QList<ArticlePresence>> present() override;

    QString signedInAs() const override;
    // "DATABASE on HOST:PORT as ROLE", for messages (never the password).
    QString describe() const;
    // Names this store in the notices of its changes (ArchiveChange::origin), so that the
    // gateway that owns it can skip its own; hex digits, up to ArchiveChange::kMaxOrigin.
    void setChangeOrigin(const QByteArray &origin) { m_origin = origin; }
    PgConnection &connection() { return *m_db; }

private:
    explicit PgArticleStore(std::unique_ptr<PgConnection> db);
    // One transaction that changes the archive: counted for other clients' outsideChanges,
    // and announced to them (announce) with the articles `changed` names once it committed.
    StoreStatus writeTransaction(const std::function<StoreStatus()> &work,
                                 const std::function<QList<qint64>()> &changed);
    void announce(const QList<qint64> &ids);

    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<PgRelatedSuggester> m_suggester; // keeps its term counts between calls
    std::unique_ptr<PgStoryLookup> m_stories;
    qint64 m_ownChanges = 0; // changes this connection committed (not "outside" ones)
    QByteArray m_origin;     // see setChangeOrigin
};

} // namespace newsroom
