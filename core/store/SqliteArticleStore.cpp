#include "SqliteArticleStore.h"

#include "ArchiveFile.h"
#include "ArticleRows.h"
#include "DeskNotes.h"
#include "FilterSql.h"
#include "SqlTime.h"
#include "SqliteDatabase.h"
#include "SqlitePictures.h"
#include "SummaryRow.h"
#include "io/UserName.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"
#include "search/ArchiveSearch.h"
#include "search/FtsQuery.h"
#include "search/RelatedSuggester.h"
#include "search/StoryLookup.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <sqlite3.h>
#include <sys/stat.h>

namespace newsroom {

namespace {
// The file at `path` must still be the one with this device and inode: not deleted,
// moved away or replaced (saves into a file nobody will open again are as good as lost).
StoreStatus checkFileIdentity(const QString &path, quint64 device, quint64 inode)
{
    struct stat file
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &file) != 0) {
        return storeFailure(
            StoreError::Code::Io,
            SqliteArticleStore::tr(
                "The archive file %1 was deleted or moved away while Newsroom had it "
                "open, so nothing more is saved into it. Your text is kept; put the "
                "file back, or quit and open the archive where it is now.")
                .arg(path));
    }
    if (quint64(file.st_dev) != device || quint64(file.st_ino) != inode) {
        return storeFailure(
            StoreError::Code::Io,
            SqliteArticleStore::tr(
                "The archive file %1 was replaced by another file while Newsroom had "
                "it open, so nothing more is saved into it. Your text is kept; quit "
                "and open the archive again.")
                .arg(path));
    }
    return {};
}

QByteArray orderBy(const ArticleFilter &filter)
{
    const QByteArray direction = filter.descending ? " DESC" : " ASC";
    switch (filter.order) {
    case ArticleOrder::Headline:
        return " ORDER BY a.headline COLLATE NOCASE" + direction + ", a.id" + direction;
    case ArticleOrder::Status:
        return " ORDER BY a.status" + direction + ", a.updated_at DESC, a.id DESC";
    case ArticleOrder::Section:
        return " ORDER BY a.section COLLATE NOCASE" + direction + ", a.updated_at DESC, a.id DESC";
    case ArticleOrder::Updated:
        break;
    }
    return " ORDER BY a.updated_at" + direction + ", a.id" + direction;
}

StoreResult<QStringList> column(SqliteDatabase &db, const char *sql)
{
    QStringList values;
    SqliteStatement statement = db.prepare(sql);
    while (statement.next())
        values.append(statement.text(0));
    if (statement.failed())
        return std::unexpected(statement.error());
    return values;
}

// Runs `work` in one write transaction: all of it is saved or none.
template <typename Work> StoreStatus inTransaction(SqliteDatabase &db, Work &&work)
{
    SqliteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (StoreStatus done = work(); !done)
        return done;
    return transaction.commit();
}
} // namespace

namespace {
// A damaged archive is opened again read-only: what it still holds can be read and
// exported, and nothing is written into it (writing spreads damage). The damage report is
// kept for the window and for every refused write.
StoreResult<OpenedArchive> openArchive(const QString &path, ArchiveFile::Creation creation)
{
    auto db = ArchiveFile::open(path, creation);
    if (db)
        return OpenedArchive{std::move(*db), QString()};
    if (db.error().code != StoreError::Code::Corrupt)
        return std::unexpected(db.error());
    auto readOnly =
        ArchiveFile::open(path, ArchiveFile::Creation::MustExist, ArchiveFile::DamageCheck::None,
                          ArchiveFile::Access::ReadOnly);
    if (!readOnly)
        return std::unexpected(db.error()); // the damage is what to report
    return OpenedArchive{std::move(*readOnly), db.error().message};
}
} // namespace

SqliteArticleStore::SqliteArticleStore(OpenedArchive opened)
{
    adopt(std::move(opened));
}

void SqliteArticleStore::adopt(OpenedArchive opened)
{
    m_suggester.reset();
    m_stories.reset();
    m_db = std::move(opened.db);
    m_damage = std::move(opened.damage);
    m_path = QString::fromUtf8(sqlite3_db_filename(m_db->handle(), "main"));
    m_suggester = std::make_unique<RelatedSuggester>(*m_db);
    m_stories = std::make_unique<StoryLookup>(*m_db);
    struct stat file
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &file) == 0) {
        m_device = file.st_dev;
        m_inode = file.st_ino;
    }
}

StoreStatus SqliteArticleStore::checkCanWrite() const
{
    if (!m_damage.isEmpty())
        return storeFailure(StoreError::Code::Corrupt, m_damage);
    return checkFileIdentity(m_path, m_device, m_inode);
}

QString SqliteArticleStore::damageFound() const
{
    return m_damage;
}

StoreStatus SqliteArticleStore::reopen()
{
    auto opened = openArchive(m_path, ArchiveFile::Creation::MustExist);
    if (!opened)
        return std::unexpected(opened.error());
    adopt(std::move(*opened));
    return {};
}

bool SqliteArticleStore::isReadOnly() const
{
    return sqlite3_db_readonly(m_db->handle(), "main") == 1;
}

StoreResult<qint64> SqliteArticleStore::version(qint64 id)
{
    SqliteStatement row = m_db->prepare("SELECT version FROM articles WHERE id = ?");
    row.bind(1, id);
    if (row.next())
        return row.int64(0);
    if (row.failed())
        return std::unexpected(row.error());
    return storeFailure(StoreError::Code::NotFound, tr("There is no article #%1.").arg(id));
}

StoreResult<qint64> SqliteArticleStore::outsideChanges()
{
    return m_db->queryInt("PRAGMA data_version");
}

void SqliteArticleStore::releaseMemory()
{
    sqlite3_db_release_memory(m_db->handle()); // the unused pages of this connection's cache
}

bool SqliteArticleStore::isArchiveFile(const QString &path) const
{
    return ArchiveFile::isPartOf(path, m_path);
}

SqliteArticleStore::~SqliteArticleStore() = default;

StoreResult<std::unique_ptr<SqliteArticleStore>> SqliteArticleStore::open(const QString &path)
{
    auto opened = openArchive(path, ArchiveFile::Creation::Allowed);
    if (!opened)
        return std::unexpected(opened.error());
    return std::unique_ptr<SqliteArticleStore>(new SqliteArticleStore(std::move(*opened)));
}

StoreOpener SqliteArticleStore::opener(const QString &path)
{
    // A worker opens the very file the window opened: never a new one where it was, nor
    // a stranger copied over it.
    struct stat file
    {
    };
    const bool known = ::stat(QFile::encodeName(path).constData(), &file) == 0;
    const quint64 device = file.st_dev;
    const quint64 inode = file.st_ino;
    return [path, known, device, inode]() -> StoreResult<std::unique_ptr<ArticleStore>> {
        if (known) {
            if (auto same = checkFileIdentity(path, device, inode); !same)
                return std::unexpected(same.error());
        }
        auto opened = openArchive(path, ArchiveFile::Creation::MustExist);
        if (!opened)
            return std::unexpected(opened.error());
        return std::unique_ptr<ArticleStore>(new SqliteArticleStore(std::move(*opened)));
    };
}

StoreResult<Article> SqliteArticleStore::article(qint64 id)
{
    return articlerows::read(*m_db, id);
}

StoreResult<ArticleSummary> SqliteArticleStore::summary(qint64 id)
{
    SqliteStatement row = m_db->prepare(
        "SELECT slug, headline, status, section, updated_at, coalesce(published_at, 0),"
        " trashed_at IS NOT NULL FROM articles WHERE id = ?");
    row.bind(1, id);
    if (row.next()) {
        return ArticleSummary{id,
                              row.text(0),
                              row.text(1),
                              statusFromName(row.text(2)).value_or(ArticleStatus::Draft),
                              row.text(3),
                              sqltime::fromSeconds(row.int64(4)),
                              sqltime::fromSeconds(row.int64(5)),
                              row.int64(6) != 0};
    }
    if (row.failed())
        return std::unexpected(row.error());
    return storeFailure(StoreError::Code::NotFound, tr("There is no article #%1.").arg(id));
}

StoreResult<Article> SqliteArticleStore::articleByRef(const QString &ref)
{
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber)
        return article(id);
    SqliteStatement bySlug = m_db->prepare("SELECT id FROM articles WHERE slug = ?");
    bySlug.bind(1, ref.trimmed());
    if (bySlug.next())
        return article(bySlug.int64(0));
    if (bySlug.failed())
        return std::unexpected(bySlug.error());
    return storeFailure(StoreError::Code::NotFound,
                        tr("There is no article with the id or slug \"%1\".").arg(ref));
}

StoreResult<Article> SqliteArticleStore::save(const Article &article, SaveMode mode)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    Article saved = article;
    const StoreStatus done =
        inTransaction(*m_db, [&] { return articlerows::write(*m_db, saved, mode); });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

StoreResult<QList<Article>> SqliteArticleStore::saveAll(const QList<Article> &articles,
                                                        SaveMode mode)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    QList<Article> saved = articles;
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        for (Article &article : saved) {
            if (auto written = articlerows::write(*m_db, article, mode); !written)
                return written;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

// Inside the transaction, so that two processes importing the same files at once still
// save each article once.
StoreResult<QList<ImportedArticle>>
SqliteArticleStore::saveImported(const QList<Article> &articles,
                                 const QList<QByteArray> &sourceHashes)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    if (sourceHashes.size() != articles.size())
        return storeFailure(StoreError::Code::Invalid,
                            tr("An import gave %1 file hashes for %2 articles.")
                                .arg(sourceHashes.size())
                                .arg(articles.size()));
    QList<ImportedArticle> imported;
    imported.reserve(articles.size());
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        SqliteStatement byHash =
            m_db->prepare("SELECT article_id FROM import_sources WHERE hash = ?");
        SqliteStatement sameText =
            m_db->prepare("SELECT id FROM articles WHERE slug = ?1 AND headline = ?2 AND dek = ?3"
                          " AND byline = ?4 AND body = ?5");
        SqliteStatement record =
            m_db->prepare("INSERT OR IGNORE INTO import_sources (hash, article_id) VALUES (?, ?)");
        // The first column of the statement's first row (0 if none), then rewound.
        const auto firstId = [](SqliteStatement &statement) -> StoreResult<qint64> {
            const qint64 id = statement.next() ? statement.int64(0) : 0;
            const bool failed = statement.failed();
            const StoreError error = failed ? statement.error() : StoreError{};
            statement.reset();
            if (failed)
                return std::unexpected(error);
            return id;
        };
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Article &article = articles[i];
            byHash.bindBlob(1, sourceHashes[i]);
            auto existing = firstId(byHash);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing == 0 && article.isNew()) {
                const QString slug = article.slug.trimmed().isEmpty()
                                         ? slug::fromHeadline(article.headline)
                                         : article.slug.trimmed();
                sameText.bind(1, slug)
                    .bind(2, article.headline)
                    .bind(3, article.dek)
                    .bind(4, article.byline)
                    .bind(5, article.body);
                existing = firstId(sameText);
                if (!existing)
                    return std::unexpected(existing.error());
            }
            ImportedArticle entry{article, *existing > 0};
            if (entry.alreadyImported) {
                auto archived = articlerows::read(*m_db, *existing);
                if (!archived)
                    return std::unexpected(archived.error());
                entry.article = *archived;
            } else if (auto written = articlerows::write(*m_db, entry.article); !written) {
                return written;
            }
            record.reset();
            if (auto recorded = record.bindBlob(1, sourceHashes[i]).bind(2, entry.article.id).run();
                !recorded)
                return recorded;
            imported.append(entry);
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return imported;
}

StoreStatus SqliteArticleStore::moveToTrash(qint64 id)
{
    if (auto ok = checkCanWrite(); !ok)
        return ok;
    return inTransaction(*m_db, [&] { return articlerows::setTrashed(*m_db, id, true); });
}

StoreStatus SqliteArticleStore::restoreFromTrash(qint64 id)
{
    if (auto ok = checkCanWrite(); !ok)
        return ok;
    return inTransaction(*m_db, [&] { return articlerows::setTrashed(*m_db, id, false); });
}

StoreResult<QList<ArticleSummary>> SqliteArticleStore::list(const ArticleFilter &filter, int limit,
                                                            int offset)
{
    const FilterSql where(filter, 3);
    SqliteStatement statement =
        m_db->prepare("SELECT a.id, a.slug, a.headline, a.status, a.section, a.updated_at,"
                      " coalesce(a.published_at, 0) FROM articles a WHERE " +
                      where.condition() + orderBy(filter) + " LIMIT ?1 OFFSET ?2");
    statement.bind(1, qint64(limit)).bind(2, qint64(offset));
    where.bind(statement);
    QList<ArticleSummary> rows;
    while (statement.next())
        rows.append(readSummary(statement));
    if (statement.failed())
        return std::unexpected(statement.error());
    return rows;
}

StoreResult<qint64> SqliteArticleStore::count(const ArticleFilter &filter)
{
    const FilterSql where(filter, 1);
    SqliteStatement statement =
        m_db->prepare("SELECT count(*) FROM articles a WHERE " + where.condition());
    where.bind(statement);
    if (statement.next())
        return statement.int64(0);
    return std::unexpected(statement.error());
}

StoreResult<QList<SearchHit>> SqliteArticleStore::search(const SearchQuery &query)
{
    return ArchiveSearch(*m_db).run(query);
}

// The newest version's note is on the article row, every older one's on its revision row.
StoreResult<QList<Revision>> SqliteArticleStore::revisions(qint64 id)
{
    SqliteStatement statement = m_db->prepare(
        "SELECT version, updated_at, headline, version_kind, version_author, status,"
        " version_previous_status, coalesce(version_restored_from, 0) FROM articles WHERE id = ?1"
        " UNION ALL SELECT version, saved_at, headline, kind, author, coalesce(status, ''),"
        " previous_status, coalesce(restored_from, 0) FROM revisions WHERE article_id = ?1"
        " ORDER BY 1 DESC");
    statement.bind(1, id);
    QList<Revision> rows;
    QList<qsizetype> unknownStatus; // kept before the archive noted it
    while (statement.next()) {
        Revision row;
        row.articleId = id;
        row.version = statement.int64(0);
        row.savedAt = sqltime::fromSeconds(statement.int64(1));
        row.headline = statement.text(2);
        row.kind = revisionKindFromName(statement.text(3));
        row.author = statement.text(4);
        const QString status = statement.text(5);
        if (status.isEmpty())
            unknownStatus.append(rows.size());
        row.status = statusFromName(status).value_or(ArticleStatus::Draft);
        row.previousStatus = statusFromName(statement.text(6));
        row.restoredFrom = statement.int64(7);
        rows.append(row);
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    if (rows.isEmpty())
        return storeFailure(StoreError::Code::NotFound, tr("There is no article #%1.").arg(id));
    for (qsizetype index : std::as_const(unknownStatus)) {
        auto kept = revision(id, rows[index].version);
        if (!kept)
            return std::unexpected(kept.error());
        rows[index].status = kept->status;
    }
    return rows;
}

StoreResult<Article> SqliteArticleStore::revision(qint64 id, qint64 version)
{
    auto current = article(id);
    if (!current || current->version == version)
        return current;
    SqliteStatement statement =
        m_db->prepare("SELECT snapshot FROM revisions WHERE article_id = ? AND version = ?");
    statement.bind(1, id).bind(2, version);
    if (statement.next()) {
        const QByteArray snapshot = qUncompress(statement.blob(0));
        const QJsonDocument document = QJsonDocument::fromJson(snapshot);
        if (!document.isObject()) {
            return storeFailure(
                StoreError::Code::Corrupt,
                tr("Version %1 of article #%2 is damaged in the archive.").arg(version).arg(id));
        }
        return json::toArticle(document.object());
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    return storeFailure(StoreError::Code::NotFound,
                        tr("Article #%1 has no version %2.").arg(id).arg(version));
}

StoreResult<Article> SqliteArticleStore::restoreRevision(qint64 id, qint64 version,
                                                         qint64 currentVersion)
{
    auto old = revision(id, version);
    if (!old)
        return old;
    Article restored = *old;
    restored.id = id;
    restored.version = currentVersion;
    restored.restoredFrom = version;
    return save(restored);
}

StoreResult<qint64> SqliteArticleStore::findByDek(const QString &dek)
{
    if (buildFtsQuery(dek).isEmpty())
        return 0; // nothing searchable, so nothing can match
    // One lookup in the index of live deks (its conditions repeated so that it is used).
    SqliteStatement statement =
        m_db->prepare("SELECT id FROM articles WHERE dek = ?1 AND trashed_at IS NULL"
                      " AND dek <> '' ORDER BY id LIMIT 1");
    statement.bind(1, dek);
    if (statement.next())
        return statement.int64(0);
    if (statement.failed())
        return std::unexpected(statement.error());
    return 0;
}

// Each distinct tag (read from the tag index) is kept if one live article uses it; the
// check stops at the first, so the cost follows the number of tags, not of tagged rows.
StoreResult<QStringList> SqliteArticleStore::tags()
{
    return column(*m_db, "SELECT d.tag FROM (SELECT DISTINCT tag COLLATE NOCASE AS tag"
                         " FROM article_tags) d WHERE EXISTS (SELECT 1 FROM article_tags t"
                         " JOIN articles a ON a.id = t.article_id WHERE t.tag = d.tag"
                         " COLLATE NOCASE AND a.trashed_at IS NULL) ORDER BY d.tag");
}

StoreResult<QStringList> SqliteArticleStore::sections()
{
    return column(*m_db, "SELECT DISTINCT section FROM articles WHERE trashed_at IS NULL"
                         " AND section <> '' ORDER BY section COLLATE NOCASE");
}

StoreResult<QList<SearchHit>> SqliteArticleStore::suggestRelated(const Article &article, int limit)
{
    return m_suggester->suggest(article, limit);
}

StoreResult<QList<qint64>> SqliteArticleStore::allIds()
{
    SqliteStatement rows = m_db->prepare("SELECT id FROM articles ORDER BY id");
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.int64(0));
    if (rows.failed())
        return std::unexpected(rows.error());
    return ids;
}

// AUTOINCREMENT never gives an id again, even one whose article is gone: the highest it
// gave counts too.
StoreResult<qint64> SqliteArticleStore::highestId()
{
    return m_db->queryInt(
        "SELECT max(coalesce((SELECT max(id) FROM articles), 0),"
        " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'articles'), 0))");
}

StoreStatus SqliteArticleStore::putRecord(const ArticleRecord &record, const QByteArray &key)
{
    if (auto ok = checkCanWrite(); !ok)
        return ok;
    return inTransaction(*m_db, [&] { return articlerows::put(*m_db, record, key); });
}

StoreResult<qint64> SqliteArticleStore::articleWithKey(const QByteArray &key)
{
    SqliteStatement row = m_db->prepare("SELECT article_id FROM import_sources WHERE hash = ?");
    row.bindBlob(1, key);
    if (row.next())
        return row.int64(0);
    if (row.failed())
        return std::unexpected(row.error());
    return 0;
}

StoreResult<TermCounts> SqliteArticleStore::termCounts(const QList<QByteArray> &terms, int cap)
{
    return m_stories->termCounts(terms, cap);
}

StoreResult<QList<StoryText>> SqliteArticleStore::storiesSharing(const QList<QByteArray> &terms,
                                                                 int limit)
{
    return m_stories->storiesSharing(terms, limit);
}

StoreResult<QList<StoryText>> SqliteArticleStore::stories(qint64 afterId, int limit)
{
    return m_stories->stories(afterId, limit);
}

StoreResult<QList<StoryText>> SqliteArticleStore::storiesOf(const QList<qint64> &ids)
{
    return m_stories->storiesOf(ids);
}

QString SqliteArticleStore::currentUser() const
{
    return username::current();
}

StoreResult<QStringList> SqliteArticleStore::assignableUsers()
{
    auto assigned = column(*m_db, "SELECT DISTINCT assignee FROM articles WHERE assignee <> ''");
    if (!assigned)
        return std::unexpected(assigned.error());
    return desknotes::mergedUsers({currentUser()}, *assigned);
}

StoreResult<DeskThread> SqliteArticleStore::deskThread(qint64 id)
{
    DeskThread thread;
    // Never more than a thread holds, even from an archive made elsewhere (see ArticleNote).
    SqliteStatement notes = m_db->prepare("SELECT id, written_at, author, text FROM article_notes"
                                          " WHERE article_id = ?1 ORDER BY id LIMIT ?2");
    notes.bind(1, id).bind(2, qint64(ArticleNote::kMaxPerArticle));
    while (notes.next()) {
        thread.notes.append(ArticleNote{notes.int64(0), id, notes.text(2),
                                        sqltime::fromSeconds(notes.int64(1)), notes.text(3)});
    }
    if (notes.failed())
        return std::unexpected(notes.error());
    auto history = revisions(id); // NotFound when there is no such article
    if (!history)
        return std::unexpected(history.error());
    thread.lastStatusChange = desknotes::lastStatusChange(*history);
    return thread;
}

StoreResult<ArticleNote> SqliteArticleStore::addNote(qint64 id, const QString &text)
{
    auto checked = desknotes::checkedText(text);
    if (!checked)
        return std::unexpected(checked.error());
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    ArticleNote note{0, id, currentUser(), sqltime::now(), *checked};
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        SqliteStatement article =
            m_db->prepare("SELECT trashed_at IS NOT NULL, (SELECT count(*) FROM article_notes"
                          " WHERE article_id = ?1) FROM articles WHERE id = ?1");
        article.bind(1, id);
        if (!article.next()) {
            if (article.failed())
                return std::unexpected(article.error());
            return storeFailure(StoreError::Code::NotFound, tr("There is no article #%1.").arg(id));
        }
        if (article.int64(0))
            return desknotes::inTrash(id);
        if (article.int64(1) >= ArticleNote::kMaxPerArticle)
            return desknotes::tooMany(id);
        auto inserted = articlerows::insertNote(*m_db, id, note);
        if (inserted)
            note.id = m_db->lastInsertId();
        return inserted;
    });
    if (!done)
        return std::unexpected(done.error());
    return note;
}

// Presence rows are small and written every 30 s by each window: each write is its own
// short transaction (never one of the saves'), and a refused one (a read-only or damaged
// archive) only means nobody sees this window. The clock is the computer's: every window
// on a file runs on the one machine, or on machines that share its disk and its time.
StoreStatus SqliteArticleStore::notePresent(qint64 articleId)
{
    if (auto ok = checkCanWrite(); !ok)
        return ok;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return inTransaction(*m_db, [&]() -> StoreStatus {
        SqliteStatement stale = m_db->prepare("DELETE FROM presence WHERE seen_at < ?");
        stale.bind(1, now - kExpiry);
        if (auto done = stale.run(); !done)
            return done;
        SqliteStatement note = m_db->prepare(
            "INSERT INTO presence (article_id, origin, who, seen_at)"
            " SELECT id, ?2, ?3, ?4 FROM articles WHERE id = ?1"
            " ON CONFLICT (article_id, origin) DO UPDATE SET seen_at = excluded.seen_at,"
            " who = excluded.who");
        note.bind(1, articleId)
            .bind(2, QString::fromLatin1(m_origin))
            .bind(3, username::current())
            .bind(4, now);
        return note.run();
    });
}

StoreStatus SqliteArticleStore::noteGone(qint64 articleId)
{
    if (auto ok = checkCanWrite(); !ok)
        return ok;
    SqliteStatement gone =
        m_db->prepare("DELETE FROM presence WHERE article_id = ? AND origin = ?");
    gone.bind(1, articleId).bind(2, QString::fromLatin1(m_origin));
    return gone.run();
}

StoreResult<QList<ArticlePresence>> SqliteArticleStore::present()
{
    // A file from outside may hold anything here: names and rows are bounded.
    SqliteStatement rows =
        m_db->prepare("SELECT article_id, substr(who, 1, ?3), substr(origin, 1, 64)"
                      " FROM presence WHERE seen_at >= ?1 AND origin <> ?2"
                      " ORDER BY article_id, who, origin LIMIT ?4");
    rows.bind(1, QDateTime::currentSecsSinceEpoch() - kExpiry)
        .bind(2, QString::fromLatin1(m_origin))
        .bind(3, int(kMaxWho))
        .bind(4, kMaxRows);
    QList<ArticlePresence> present;
    while (rows.next())
        present.append({rows.int64(0), rows.text(1), rows.text(2).toLatin1()});
    if (rows.failed())
        return std::unexpected(rows.error());
    return present;
}

// Pictures: each write is one transaction of its own.
StoreResult<Picture> SqliteArticleStore::addPicture(const Picture &picture,
                                                    const QByteArray &original,
                                                    const QList<QPair<int, QByteArray>> &renditions)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    StoreResult<Picture> added;
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        added = sqlitepictures::add(*m_db, picture, original, renditions);
        return added ? StoreStatus() : StoreStatus(std::unexpected(added.error()));
    });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

StoreResult<Picture> SqliteArticleStore::picture(const QByteArray &hash)
{
    return sqlitepictures::read(*m_db, hash);
}

StoreResult<QByteArray> SqliteArticleStore::pictureBytes(const QByteArray &hash, int width)
{
    return sqlitepictures::bytes(*m_db, hash, width);
}

StoreResult<Picture> SqliteArticleStore::describePicture(const QByteArray &hash,
                                                         const QString &caption,
                                                         const QString &credit,
                                                         const QString &altText)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    StoreResult<Picture> described;
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        described = sqlitepictures::describe(*m_db, hash, caption, credit, altText);
        return described ? StoreStatus() : StoreStatus(std::unexpected(described.error()));
    });
    if (!done)
        return std::unexpected(done.error());
    return described;
}

StoreResult<QList<Picture>> SqliteArticleStore::pictures(const QString &words, int limit,
                                                         int offset)
{
    return sqlitepictures::find(*m_db, words, limit, offset);
}

StoreResult<QList<qint64>> SqliteArticleStore::pictureUsers(const QByteArray &hash)
{
    return sqlitepictures::users(*m_db, hash);
}

StoreResult<QList<Picture>> SqliteArticleStore::unusedPictures()
{
    return sqlitepictures::unused(*m_db);
}

StoreResult<int> SqliteArticleStore::purgePictures(const QList<QByteArray> &hashes)
{
    if (auto ok = checkCanWrite(); !ok)
        return std::unexpected(ok.error());
    int purged = 0;
    const StoreStatus done = inTransaction(*m_db, [&]() -> StoreStatus {
        auto removed = sqlitepictures::purge(*m_db, hashes);
        if (!removed)
            return std::unexpected(removed.error());
        purged = *removed;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return purged;
}

} // namespace newsroom
