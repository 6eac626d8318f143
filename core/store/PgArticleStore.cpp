#include "PgArticleStore.h"

#include "ArchiveChange.h"
#include "DeskNotes.h"
#include "PgArticleRows.h"
#include "PgConnection.h"
#include "PgEditorAccess.h"
#include "PgFilterSql.h"
#include "PgPictures.h"
#include "SqlTime.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"
#include "search/FtsQuery.h"
#include "search/PgArchiveSearch.h"
#include "search/PgRelatedSuggester.h"
#include "search/PgStoryLookup.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPgStore, "newsroom.store.pg.changes", QtWarningMsg)

namespace newsroom {

namespace {
// Imports take this transaction-level advisory lock ('NWSI'), so that two clients importing
// the same files at once still save each article once (the file archive gets the same from
// its single writer).
constexpr qint64 kImportLock = 0x4E575349;

std::unexpected<StoreError> notFound(qint64 id)
{
    return storeFailure(StoreError::Code::NotFound,
                        PgArticleStore::tr("There is no article #%1.").arg(id));
}

StoreResult<QStringList> column(PgConnection &db, const char *sql)
{
    auto rows = db.query(sql);
    if (!rows)
        return std::unexpected(rows.error());
    QStringList values;
    for (int row = 0; row < rows->rows(); ++row)
        values.append(rows->text(row, 0));
    return values;
}
} // namespace

PgArticleStore::PgArticleStore(std::unique_ptr<PgConnection> db)
    : m_db(std::move(db)), m_suggester(std::make_unique<PgRelatedSuggester>(*m_db)),
      m_stories(std::make_unique<PgStoryLookup>(*m_db))
{}

PgArticleStore::~PgArticleStore() = default;

StoreResult<std::unique_ptr<PgArticleStore>> PgArticleStore::open(const QString &address,
                                                                  const QByteArray &password)
{
    // A save that meets a row another session holds (a colleague's long transaction, a
    // stalled client) gives up after a few seconds, says so, and the autosave tries again:
    // the window never waits without end, nor does quitting. The address may say otherwise.
    auto db = PgConnection::open(address, password, {{"options", "-c lock_timeout=5s"}});
    if (!db)
        return std::unexpected(db.error());
    if (auto upgraded = PgMigrations::upgrade(**db); !upgraded)
        return std::unexpected(upgraded.error());
    return std::unique_ptr<PgArticleStore>(new PgArticleStore(std::move(*db)));
}

StoreResult<PgMigrations::Report> PgArticleStore::create(const QString &address)
{
    auto db = PgConnection::open(address);
    if (!db)
        return std::unexpected(db.error());
    return PgMigrations::create(**db);
}

StoreOpener PgArticleStore::opener(const QString &address, const QByteArray &password)
{
    return [address, password]() -> StoreResult<std::unique_ptr<ArticleStore>> {
        auto opened = open(address, password);
        if (!opened)
            return std::unexpected(opened.error());
        return std::unique_ptr<ArticleStore>(std::move(*opened));
    };
}

QString PgArticleStore::signedInAs() const
{
    return m_db->role();
}

QString PgArticleStore::describe() const
{
    return m_db->describe();
}

StoreStatus PgArticleStore::writeTransaction(const std::function<StoreStatus()> &work,
                                             const std::function<QList<qint64>()> &changed)
{
    const StoreStatus done = m_db->transaction([&]() -> StoreStatus {
        if (StoreStatus worked = work(); !worked)
            return worked;
        // This connection's own row of the count (PgMigrations): a colleague saving at the
        // same moment counts in another, and neither waits for the other's commit.
        auto counted = m_db->query("UPDATE archive_changes SET counter = counter + 1"
                                   " WHERE shard = pg_backend_pid() % 64");
        return counted ? StoreStatus() : StoreStatus(std::unexpected(counted.error()));
    });
    if (done) {
        ++m_ownChanges;
        announce(changed());
    }
    return done;
}

// Colleagues' windows hear of each committed change (PgChangeListener). Sent after the
// commit as a statement of its own, not as a NOTIFY inside the write: at commit a NOTIFY
// takes the server's one global notify lock and holds it through the commit's fsync, which
// would queue every editor's commits behind each other (the hot spot the sharded change
// count removed). This statement's own commit is asynchronous (synchronous_commit off for
// it alone), so it holds that lock only for a moment. A crash between the two loses the
// notice; listeners catch up after any reconnect, and the notice is a hint, never the data.
// A failure here is logged, not reported: the change itself is safely committed.
void PgArticleStore::announce(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    auto sent =
        m_db->query("SELECT pg_notify($1, json_build_object('id', id, 'version', version, 'who',"
                    " current_user::text, 'origin', $3::text)::text),"
                    " set_config('synchronous_commit', 'off', true)"
                    " FROM articles WHERE id = ANY($2::bigint[])",
                    PgParams()
                        .add(QLatin1StringView(ArchiveChange::kChannel))
                        .addArray(ids)
                        .add(QLatin1StringView(m_origin)));
    qCDebug(lcPgStore) << "announced" << ids << (sent ? sent->rows() : -1);
    if (!sent)
        qCWarning(lcPgStore) << "colleagues were not told of a change:" << sent.error().message;
}

StoreResult<Article> PgArticleStore::article(qint64 id)
{
    return pgrows::read(*m_db, id);
}

StoreResult<ArticleSummary> PgArticleStore::summary(qint64 id)
{
    auto row = m_db->query(QByteArray("SELECT ") + pgrows::kSummaryColumns +
                               ", a.trashed_at IS NOT NULL FROM articles a WHERE a.id = $1",
                           PgParams().add(id));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return notFound(id);
    ArticleSummary summary = pgrows::readSummary(*row, 0);
    summary.trashed = row->boolean(0, 7);
    return summary;
}

StoreResult<Article> PgArticleStore::articleByRef(const QString &ref)
{
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber)
        return article(id);
    auto bySlug =
        m_db->query("SELECT id FROM articles WHERE slug = $1", PgParams().add(ref.trimmed()));
    if (!bySlug)
        return std::unexpected(bySlug.error());
    if (bySlug->rows() > 0)
        return article(bySlug->int64(0, 0));
    return storeFailure(StoreError::Code::NotFound,
                        tr("There is no article with the id or slug \"%1\".").arg(ref));
}

StoreResult<Article> PgArticleStore::save(const Article &article, SaveMode mode)
{
    Article saved;
    const StoreStatus done = writeTransaction(
        [&] {
            saved = article; // from the start again if the transaction is run again
            return pgrows::write(*m_db, saved, mode);
        },
        [&] { return QList<qint64>{saved.id}; });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

StoreResult<QList<Article>> PgArticleStore::saveAll(const QList<Article> &articles, SaveMode mode)
{
    QList<Article> saved;
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            saved = articles;
            for (Article &article : saved) {
                if (auto written = pgrows::write(*m_db, article, mode); !written)
                    return written;
            }
            return {};
        },
        [&] {
            QList<qint64> ids;
            for (const Article &article : std::as_const(saved))
                ids.append(article.id);
            return ids;
        });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

StoreResult<QList<ImportedArticle>>
PgArticleStore::saveImported(const QList<Article> &articles, const QList<QByteArray> &sourceHashes)
{
    if (sourceHashes.size() != articles.size())
        return storeFailure(StoreError::Code::Invalid,
                            tr("An import gave %1 file hashes for %2 articles.")
                                .arg(sourceHashes.size())
                                .arg(articles.size()));
    QList<ImportedArticle> imported;
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            imported.clear();
            if (auto locked =
                    m_db->query("SELECT pg_advisory_xact_lock($1)", PgParams().add(kImportLock));
                !locked)
                return std::unexpected(locked.error());
            for (qsizetype i = 0; i < articles.size(); ++i) {
                const Article &article = articles[i];
                auto byHash = m_db->query("SELECT article_id FROM import_sources WHERE hash = $1",
                                          PgParams().addBytes(sourceHashes[i]));
                if (!byHash)
                    return std::unexpected(byHash.error());
                qint64 existing = byHash->rows() ? byHash->int64(0, 0) : 0;
                if (existing == 0 && article.isNew()) {
                    const QString slug = article.slug.trimmed().isEmpty()
                                             ? slug::fromHeadline(article.headline)
                                             : article.slug.trimmed();
                    auto sameText = m_db->query("SELECT id FROM articles WHERE slug = $1"
                                                " AND headline = $2 AND dek = $3 AND byline = $4"
                                                " AND body = $5",
                                                PgParams()
                                                    .add(slug)
                                                    .add(article.headline)
                                                    .add(article.dek)
                                                    .add(article.byline)
                                                    .add(article.body));
                    if (!sameText)
                        return std::unexpected(sameText.error());
                    existing = sameText->rows() ? sameText->int64(0, 0) : 0;
                }
                ImportedArticle entry{article, existing > 0};
                if (entry.alreadyImported) {
                    auto archived = pgrows::read(*m_db, existing);
                    if (!archived)
                        return std::unexpected(archived.error());
                    entry.article = *archived;
                } else if (auto written = pgrows::write(*m_db, entry.article); !written) {
                    return written;
                }
                auto recorded =
                    m_db->query("INSERT INTO import_sources (hash, article_id)"
                                " VALUES ($1, $2) ON CONFLICT DO NOTHING",
                                PgParams().addBytes(sourceHashes[i]).add(entry.article.id));
                if (!recorded)
                    return std::unexpected(recorded.error());
                imported.append(entry);
            }
            return {};
        },
        [&] {
            QList<qint64> ids;
            for (const ImportedArticle &entry : std::as_const(imported)) {
                if (!entry.alreadyImported)
                    ids.append(entry.article.id);
            }
            return ids;
        });
    if (!done)
        return std::unexpected(done.error());
    return imported;
}

StoreStatus PgArticleStore::moveToTrash(qint64 id)
{
    return writeTransaction([&] { return pgrows::setTrashed(*m_db, id, true); },
                            [id] { return QList<qint64>{id}; });
}

StoreStatus PgArticleStore::restoreFromTrash(qint64 id)
{
    return writeTransaction([&] { return pgrows::setTrashed(*m_db, id, false); },
                            [id] { return QList<qint64>{id}; });
}

StoreResult<QList<ArticleSummary>> PgArticleStore::list(const ArticleFilter &filter, int limit,
                                                        int offset)
{
    PgParams params;
    if (limit >= 0)
        params.add(qint64(limit));
    else
        params.addNull(); // LIMIT NULL: no limit
    params.add(qint64(std::max(offset, 0)));
    const PgFilterSql where(filter, params);
    auto rows =
        m_db->query(QByteArray("SELECT ") + pgrows::kSummaryColumns + " FROM articles a WHERE " +
                        where.condition() + PgFilterSql::orderBy(filter) + " LIMIT $1 OFFSET $2",
                    params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<ArticleSummary> summaries;
    summaries.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row)
        summaries.append(pgrows::readSummary(*rows, row));
    return summaries;
}

StoreResult<qint64> PgArticleStore::count(const ArticleFilter &filter)
{
    PgParams params;
    const PgFilterSql where(filter, params);
    auto rows = m_db->query("SELECT count(*) FROM articles a WHERE " + where.condition(), params);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->int64(0, 0);
}

StoreResult<QList<SearchHit>> PgArticleStore::search(const SearchQuery &query)
{
    return PgArchiveSearch(*m_db).run(query);
}

// The newest version's note is on the article row, every older one's on its revision row.
StoreResult<QList<Revision>> PgArticleStore::revisions(qint64 id)
{
    auto rows = m_db->query(
        "SELECT version, extract(epoch FROM updated_at)::bigint, headline, version_kind,"
        " version_author, status, version_previous_status, coalesce(version_restored_from, 0)"
        " FROM articles WHERE id = $1"
        " UNION ALL SELECT version, extract(epoch FROM saved_at)::bigint, headline, kind, author,"
        " coalesce(status, ''), previous_status, coalesce(restored_from, 0) FROM revisions"
        " WHERE article_id = $1 ORDER BY 1 DESC",
        PgParams().add(id));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return notFound(id);
    QList<Revision> revisions;
    for (int row = 0; row < rows->rows(); ++row) {
        Revision r;
        r.articleId = id;
        r.version = rows->int64(row, 0);
        r.savedAt = sqltime::fromSeconds(rows->int64(row, 1));
        r.headline = rows->text(row, 2);
        r.kind = revisionKindFromName(rows->text(row, 3));
        r.author = rows->text(row, 4);
        r.status = statusFromName(rows->text(row, 5)).value_or(ArticleStatus::Draft);
        r.previousStatus = statusFromName(rows->text(row, 6));
        r.restoredFrom = rows->int64(row, 7);
        revisions.append(r);
    }
    return revisions;
}

StoreResult<Article> PgArticleStore::revision(qint64 id, qint64 version)
{
    auto current = article(id);
    if (!current || current->version == version)
        return current;
    auto row = m_db->query("SELECT snapshot FROM revisions WHERE article_id = $1 AND version = $2",
                           PgParams().add(id).add(version));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return storeFailure(StoreError::Code::NotFound,
                            tr("Article #%1 has no version %2.").arg(id).arg(version));
    const QJsonDocument document = QJsonDocument::fromJson(row->bytes(0, 0).toByteArray());
    if (!document.isObject()) {
        return storeFailure(
            StoreError::Code::Corrupt,
            tr("Version %1 of article #%2 is damaged in the archive.").arg(version).arg(id));
    }
    return json::toArticle(document.object());
}

StoreResult<Article> PgArticleStore::restoreRevision(qint64 id, qint64 version,
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

StoreResult<qint64> PgArticleStore::findByDek(const QString &dek)
{
    if (buildFtsQuery(dek).isEmpty())
        return 0; // nothing searchable, so nothing can match
    // The conditions of the hash index of live deks, repeated so that it is used.
    auto row = m_db->query("SELECT id FROM articles WHERE dek = $1 AND trashed_at IS NULL"
                           " AND dek <> '' ORDER BY id LIMIT 1",
                           PgParams().add(dek));
    if (!row)
        return std::unexpected(row.error());
    return row->rows() ? row->int64(0, 0) : 0;
}

// One spelling of each tag a live article uses, case aside, sorted case-insensitively.
StoreResult<QStringList> PgArticleStore::tags()
{
    return column(*m_db, "SELECT min(t.tag) FROM article_tags t JOIN articles a"
                         " ON a.id = t.article_id WHERE a.trashed_at IS NULL"
                         " GROUP BY lower(t.tag) ORDER BY lower(t.tag)");
}

StoreResult<QStringList> PgArticleStore::sections()
{
    return column(*m_db, "SELECT section FROM articles WHERE trashed_at IS NULL"
                         " AND section <> '' GROUP BY section ORDER BY lower(section), section");
}

StoreResult<QList<SearchHit>> PgArticleStore::suggestRelated(const Article &article, int limit)
{
    return m_suggester->suggest(article, limit);
}

bool PgArticleStore::isArchiveFile(const QString &) const
{
    return false; // the archive lives on the server: no file here is part of it
}

bool PgArticleStore::isReadOnly() const
{
    return false;
}

QString PgArticleStore::damageFound() const
{
    return {};
}

StoreStatus PgArticleStore::reopen()
{
    return m_db->reconnect();
}

// Every committed change adds one to the archive's counter; this connection's own are
// taken off, as SQLite's data_version leaves out the connection's own commits.
StoreResult<qint64> PgArticleStore::outsideChanges()
{
    auto row = m_db->query("SELECT sum(counter)::bigint FROM archive_changes");
    if (!row)
        return std::unexpected(row.error());
    return row->int64(0, 0) - m_ownChanges;
}

StoreResult<qint64> PgArticleStore::version(qint64 id)
{
    auto row = m_db->query("SELECT version FROM articles WHERE id = $1", PgParams().add(id));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return notFound(id);
    return row->int64(0, 0);
}

StoreResult<QList<qint64>> PgArticleStore::allIds()
{
    auto rows = m_db->query("SELECT id FROM articles ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> ids;
    ids.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row)
        ids.append(rows->int64(row, 0));
    return ids;
}

// The identity never gives an id again, even one whose article is gone: the highest it gave
// counts too.
StoreResult<qint64> PgArticleStore::highestId()
{
    auto row = m_db->query(
        "SELECT greatest(coalesce((SELECT max(id) FROM articles), 0), coalesce("
        "pg_sequence_last_value(pg_get_serial_sequence('articles', 'id')::regclass), 0))");
    if (!row)
        return std::unexpected(row.error());
    return row->int64(0, 0);
}

StoreStatus PgArticleStore::putRecord(const ArticleRecord &record, const QByteArray &key)
{
    return writeTransaction([&] { return pgrows::put(*m_db, record, key); },
                            [&] { return QList<qint64>{record.article.id}; });
}

StoreResult<qint64> PgArticleStore::articleWithKey(const QByteArray &key)
{
    auto row = m_db->query("SELECT article_id FROM import_sources WHERE hash = $1",
                           PgParams().addBytes(key));
    if (!row)
        return std::unexpected(row.error());
    return row->rows() ? row->int64(0, 0) : 0;
}

StoreResult<TermCounts> PgArticleStore::termCounts(const QList<QByteArray> &terms, int cap)
{
    return m_stories->termCounts(terms, cap);
}

StoreResult<QList<StoryText>> PgArticleStore::storiesSharing(const QList<QByteArray> &terms,
                                                             int limit)
{
    return m_stories->storiesSharing(terms, limit);
}

StoreResult<QList<StoryText>> PgArticleStore::stories(qint64 afterId, int limit)
{
    return m_stories->stories(afterId, limit);
}

StoreResult<QList<StoryText>> PgArticleStore::storiesOf(const QList<qint64> &ids)
{
    return m_stories->storiesOf(ids);
}

QString PgArticleStore::currentUser() const
{
    return m_db->role();
}

// The roles that sign in as members of the editors' group (PgEditorAccess), this role, and
// whoever is assigned already (a colleague who has left keeps their stories until reassigned).
StoreResult<QStringList> PgArticleStore::assignableUsers()
{
    auto rows = m_db->query(
        "SELECT m.rolname::text FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
        " JOIN pg_roles m ON m.oid = am.member WHERE g.rolname = $1 AND m.rolcanlogin"
        " UNION SELECT current_user::text"
        " UNION SELECT DISTINCT assignee FROM articles WHERE assignee <> ''",
        PgParams().add(QLatin1StringView(PgEditorAccess::kDefaultGroup)));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList users;
    for (int row = 0; row < rows->rows(); ++row)
        users.append(rows->text(row, 0));
    return desknotes::mergedUsers(users, {});
}

StoreResult<DeskThread> PgArticleStore::deskThread(qint64 id)
{
    // Never more than a thread holds, whatever was written by hand (see ArticleNote).
    auto rows = m_db->query("SELECT id, extract(epoch FROM written_at)::bigint, author, text"
                            " FROM article_notes WHERE article_id = $1 ORDER BY id LIMIT $2",
                            PgParams().add(id).add(qint64(ArticleNote::kMaxPerArticle)));
    if (!rows)
        return std::unexpected(rows.error());
    DeskThread thread;
    for (int row = 0; row < rows->rows(); ++row) {
        thread.notes.append(ArticleNote{rows->int64(row, 0), id, rows->text(row, 2),
                                        sqltime::fromSeconds(rows->int64(row, 1)),
                                        rows->text(row, 3)});
    }
    auto history = revisions(id); // NotFound when there is no such article
    if (!history)
        return std::unexpected(history.error());
    thread.lastStatusChange = desknotes::lastStatusChange(*history);
    return thread;
}

// The article's row is locked while its notes are counted, so that two colleagues adding
// the last note at once cannot both get in. The server names the author (current_user) and
// the time.
StoreResult<ArticleNote> PgArticleStore::addNote(qint64 id, const QString &text)
{
    auto checked = desknotes::checkedText(text);
    if (!checked)
        return std::unexpected(checked.error());
    ArticleNote note;
    // Counted and announced as a change, so that colleagues' windows show the note at once.
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            auto article = m_db->query("SELECT trashed_at IS NOT NULL, (SELECT count(*) FROM"
                                       " article_notes WHERE article_id = $1) FROM articles"
                                       " WHERE id = $1 FOR NO KEY UPDATE",
                                       PgParams().add(id));
            if (!article)
                return std::unexpected(article.error());
            if (article->rows() == 0)
                return notFound(id);
            if (article->boolean(0, 0))
                return desknotes::inTrash(id);
            if (article->int64(0, 1) >= ArticleNote::kMaxPerArticle)
                return desknotes::tooMany(id);
            auto inserted = m_db->query(
                "INSERT INTO article_notes (article_id, written_at, author, text) VALUES ($1,"
                " date_trunc('second', now()), current_user, $2)"
                " RETURNING id, extract(epoch FROM written_at)::bigint, author",
                PgParams().add(id).add(*checked));
            if (!inserted)
                return std::unexpected(inserted.error());
            note = ArticleNote{inserted->int64(0, 0), id, inserted->text(0, 2),
                               sqltime::fromSeconds(inserted->int64(0, 1)), *checked};
            return {};
        },
        [&] { return QList<qint64>{id}; });
    if (!done)
        return std::unexpected(done.error());
    return note;
}

// Each presence statement commits on its own, asynchronously (synchronous_commit off for it
// alone: a lost heartbeat is renewed in 30 s), outside every save's transaction, and
// announces only a change others would see: a window that came (inserted, not renewed) or
// went. Expired rows go with the next heartbeat anyone sends.
StoreStatus PgArticleStore::notePresent(qint64 articleId)
{
    auto noted = m_db->query(
        "WITH stale AS (DELETE FROM presence WHERE seen_at < now() - make_interval(secs => $4)),"
        " noted AS (INSERT INTO presence (article_id, origin, who, seen_at)"
        "  SELECT id, $2, current_user, now() FROM articles WHERE id = $1"
        "  ON CONFLICT (article_id, origin) DO UPDATE SET seen_at = now(), who = current_user"
        "  RETURNING article_id, xmax = 0 AS came)"
        " SELECT set_config('synchronous_commit', 'off', true),"
        " (SELECT pg_notify($3, json_build_object('id', article_id, 'origin', $2::text)::text)"
        "  FROM noted WHERE came)",
        PgParams()
            .add(articleId)
            .add(QLatin1StringView(m_origin))
            .add(QLatin1StringView(PresenceBook::kChannel))
            .add(kExpiry));
    return noted ? StoreStatus() : StoreStatus(std::unexpected(noted.error()));
}

StoreStatus PgArticleStore::noteGone(qint64 articleId)
{
    auto gone = m_db->query(
        "WITH gone AS (DELETE FROM presence WHERE article_id = $1 AND origin = $2"
        "  RETURNING article_id)"
        " SELECT set_config('synchronous_commit', 'off', true),"
        " (SELECT pg_notify($3, json_build_object('id', article_id, 'origin', $2::text)::text)"
        "  FROM gone)",
        PgParams()
            .add(articleId)
            .add(QLatin1StringView(m_origin))
            .add(QLatin1StringView(PresenceBook::kChannel)));
    return gone ? StoreStatus() : StoreStatus(std::unexpected(gone.error()));
}

StoreResult<QList<ArticlePresence>> PgArticleStore::present()
{
    // Any editor may write the table by hand: names and rows are bounded (kMaxWho, kMaxRows).
    auto rows = m_db->query(
        "SELECT article_id, left(who, $3), origin FROM presence"
        " WHERE seen_at >= now() - make_interval(secs => $1) AND origin <> $2"
        " ORDER BY article_id, who, origin LIMIT $4",
        PgParams().add(kExpiry).add(QLatin1StringView(m_origin)).add(int(kMaxWho)).add(kMaxRows));
    if (!rows)
        return std::unexpected(rows.error());
    QList<ArticlePresence> present;
    for (int row = 0; row < rows->rows(); ++row)
        present.append({rows->int64(row, 0), rows->text(row, 1), rows->text(row, 2).toLatin1()});
    return present;
}

// Pictures. Each write is one transaction; run again from the start when the server asks.
StoreResult<Picture> PgArticleStore::addPicture(const Picture &picture, const QByteArray &original,
                                                const QList<QPair<int, QByteArray>> &renditions)
{
    StoreResult<Picture> added;
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            added = pgpictures::add(*m_db, picture, original, renditions);
            return added ? StoreStatus() : StoreStatus(std::unexpected(added.error()));
        },
        [] { return QList<qint64>(); });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

StoreResult<Picture> PgArticleStore::picture(const QByteArray &hash)
{
    return pgpictures::read(*m_db, hash);
}

StoreResult<QByteArray> PgArticleStore::pictureBytes(const QByteArray &hash, int width)
{
    return pgpictures::bytes(*m_db, hash, width);
}

StoreResult<Picture> PgArticleStore::describePicture(const QByteArray &hash, const QString &caption,
                                                     const QString &credit, const QString &altText)
{
    StoreResult<Picture> described;
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            described = pgpictures::describe(*m_db, hash, caption, credit, altText);
            return described ? StoreStatus() : StoreStatus(std::unexpected(described.error()));
        },
        [] { return QList<qint64>(); });
    if (!done)
        return std::unexpected(done.error());
    return described;
}

StoreResult<QList<Picture>> PgArticleStore::pictures(const QString &words, int limit, int offset)
{
    return pgpictures::find(*m_db, words, limit, offset);
}

StoreResult<QList<qint64>> PgArticleStore::pictureUsers(const QByteArray &hash)
{
    return pgpictures::users(*m_db, hash);
}

StoreResult<QList<Picture>> PgArticleStore::unusedPictures()
{
    return pgpictures::unused(*m_db);
}

StoreResult<int> PgArticleStore::purgePictures(const QList<QByteArray> &hashes)
{
    int purged = 0;
    const StoreStatus done = writeTransaction(
        [&]() -> StoreStatus {
            auto removed = pgpictures::purge(*m_db, hashes);
            if (!removed)
                return std::unexpected(removed.error());
            purged = *removed;
            return {};
        },
        [] { return QList<qint64>(); });
    if (!done)
        return std::unexpected(done.error());
    return purged;
}

} // namespace newsroom
