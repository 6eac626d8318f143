#include "ArticleRows.h"

#include "SqlTime.h"
#include "SqliteDatabase.h"
#include "SqlitePictures.h"
#include "VersionNote.h"
#include "io/UserName.h"
#include "media/Picture.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace newsroom::articlerows {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct ArticleRows
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRows)
};

// Fast zlib: revisions are written on every save and read rarely.
constexpr int kSnapshotCompression = 1;

std::unexpected<StoreError> notFound(qint64 id)
{
    return storeFailure(StoreError::Code::NotFound,
                        ArticleRows::tr("There is no article #%1.").arg(id));
}

QStringList readList(SqliteDatabase &db, const char *sql, qint64 id)
{
    QStringList values;
    SqliteStatement statement = db.prepare(sql);
    statement.bind(1, id);
    while (statement.next())
        values.append(statement.text(0));
    return values;
}

// An item stored without a title follows its article's headline (see writeRelated).
QList<RelatedItem> readRelated(SqliteDatabase &db, qint64 id)
{
    QList<RelatedItem> items;
    SqliteStatement statement =
        db.prepare("SELECT coalesce(nullif(r.title, ''), t.headline, ''), r.summary,"
                   " coalesce(r.target_id, 0), coalesce(r.url, '') FROM related_items r"
                   " LEFT JOIN articles t ON t.id = r.target_id"
                   " WHERE r.article_id = ? ORDER BY r.position");
    statement.bind(1, id);
    while (statement.next()) {
        items.append(RelatedItem{statement.text(0), statement.text(1), statement.int64(2),
                                 statement.text(3)});
    }
    return items;
}

// A blank slug is made from the headline (numbered if taken); a slug the editor chose
// must be free.
StoreStatus assignSlug(SqliteDatabase &db, Article &article)
{
    const bool generated = article.slug.trimmed().isEmpty();
    const QString base = generated ? slug::fromHeadline(article.headline) : article.slug.trimmed();
    if (!slug::isValid(base)) {
        return storeFailure(
            StoreError::Code::Invalid,
            ArticleRows::tr("The slug \"%1\" may hold only lowercase letters, digits and "
                            "single hyphens, at most %n character(s).",
                            nullptr, int(slug::kMaxLength))
                .arg(base));
    }
    SqliteStatement owner = db.prepare("SELECT id FROM articles WHERE slug = ?");
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : slug::withSuffix(base, n);
        owner.reset();
        owner.bind(1, candidate);
        const qint64 ownerId = owner.next() ? owner.int64(0) : 0;
        if (owner.failed())
            return std::unexpected(owner.error());
        if (ownerId == 0 || ownerId == article.id) {
            article.slug = candidate;
            return {};
        }
        if (!generated) {
            return storeFailure(StoreError::Code::Invalid,
                                ArticleRows::tr("The slug \"%1\" is already used by article #%2.")
                                    .arg(candidate)
                                    .arg(ownerId));
        }
    }
}

void bindFields(SqliteStatement &statement, const Article &article)
{
    statement.bind(1, article.slug)
        .bind(2, article.headline)
        .bind(3, article.dek)
        .bind(4, article.byline)
        .bind(5, article.dateline)
        .bind(6, article.section)
        .bind(7, article.language)
        .bind(8, article.body)
        .bind(9, statusName(article.status))
        .bind(11, qint64(article.aiGenerated))
        .bind(12, article.disclosure)
        .bind(13, sqltime::toSeconds(article.updatedAt))
        .bind(20, qint64(article.wordTarget))
        .bind(21, article.assignee)
        .bind(22, QString::fromLatin1(article.leadImage.hash))
        .bind(23, article.leadImage.caption)
        .bind(24, article.leadImage.credit)
        .bind(25, article.leadImage.altText);
    if (article.publishedAt.isValid())
        statement.bind(10, sqltime::toSeconds(article.publishedAt));
    else
        statement.bindNull(10);
}

void bindOptionalStatus(SqliteStatement &statement, int index,
                        const std::optional<ArticleStatus> &status)
{
    if (status)
        statement.bind(index, statusName(*status));
    else
        statement.bindNull(index);
}

void bindOptionalVersion(SqliteStatement &statement, int index, qint64 version)
{
    if (version > 0)
        statement.bind(index, version);
    else
        statement.bindNull(index);
}

// The note of the article's newest version, as its row has it; nothing when there is no
// such article (the update then says why).
StoreResult<std::optional<VersionNote>> readNote(SqliteDatabase &db, qint64 id)
{
    SqliteStatement row =
        db.prepare("SELECT status, version_kind, version_author, version_previous_status,"
                   " coalesce(version_restored_from, 0) FROM articles WHERE id = ?");
    row.bind(1, id);
    if (!row.next()) {
        if (row.failed())
            return std::unexpected(row.error());
        return std::optional<VersionNote>();
    }
    VersionNote note;
    note.status = statusFromName(row.text(0)).value_or(ArticleStatus::Draft);
    note.kind = revisionKindFromName(row.text(1));
    note.author = row.text(2);
    note.previousStatus = statusFromName(row.text(3));
    note.restoredFrom = row.int64(4);
    return std::optional(note);
}

// The shared rule, and the saving account's name (the server records its role itself).
VersionNote noteFor(const Article &article, const std::optional<VersionNote> &replaced)
{
    VersionNote note = versionNoteFor(article, replaced);
    note.author = username::current();
    return note;
}

StoreStatus insertRow(SqliteDatabase &db, Article &article, const VersionNote &note)
{
    SqliteStatement insert = db.prepare(
        "INSERT INTO articles (slug, headline, dek, byline, dateline, section, language, body,"
        " status, published_at, ai_generated, disclosure, updated_at, created_at, version,"
        " version_author, word_target, assignee, lead_hash, lead_caption, lead_credit, lead_alt)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15, ?20, ?21,"
        " ?22, ?23, ?24, ?25)");
    bindFields(insert, article);
    insert.bind(14, sqltime::toSeconds(article.createdAt)).bind(15, note.author);
    if (auto done = insert.run(); !done)
        return done;
    article.id = db.lastInsertId();
    article.version = 1;
    return {};
}

// Updates only if nobody saved a newer version meanwhile; says why when it cannot.
StoreStatus updateRow(SqliteDatabase &db, Article &article, const VersionNote &note)
{
    SqliteStatement update = db.prepare(
        "UPDATE articles SET slug = ?1, headline = ?2, dek = ?3, byline = ?4, dateline = ?5,"
        " section = ?6, language = ?7, body = ?8, status = ?9, published_at = ?10,"
        " ai_generated = ?11, disclosure = ?12, updated_at = ?13, version = version + 1,"
        " version_kind = ?16, version_author = ?17, version_previous_status = ?18,"
        " version_restored_from = ?19, word_target = ?20, assignee = ?21, lead_hash = ?22,"
        " lead_caption = ?23, lead_credit = ?24, lead_alt = ?25"
        " WHERE id = ?14 AND version = ?15 AND trashed_at IS NULL");
    bindFields(update, article);
    update.bind(14, article.id)
        .bind(15, article.version)
        .bind(16, revisionKindName(note.kind))
        .bind(17, note.author);
    bindOptionalStatus(update, 18, note.previousStatus);
    bindOptionalVersion(update, 19, note.restoredFrom);
    if (auto done = update.run(); !done)
        return done;
    if (db.changes() == 1) {
        ++article.version;
        return {};
    }
    SqliteStatement current =
        db.prepare("SELECT version, trashed_at IS NOT NULL FROM articles WHERE id = ?");
    current.bind(1, article.id);
    if (!current.next())
        return current.failed() ? std::unexpected(current.error()) : notFound(article.id);
    if (current.int64(1)) {
        return storeFailure(
            StoreError::Code::Conflict,
            ArticleRows::tr("Article #%1 is in the trash; restore it before editing.")
                .arg(article.id));
    }
    return storeFailure(
        StoreError::Code::Conflict,
        ArticleRows::tr("Article #%1 was changed elsewhere (now version %2, you edited version "
                        "%3). Nothing was overwritten; reload it and apply your change again.")
            .arg(article.id)
            .arg(current.int64(0))
            .arg(article.version));
}

StoreStatus writeList(SqliteDatabase &db, const char *removeSql, const char *insertSql, qint64 id,
                      const QStringList &values, bool isNew)
{
    if (!isNew) {
        if (auto done = db.prepare(removeSql).bind(1, id).run(); !done)
            return done;
    }
    SqliteStatement insert = db.prepare(insertSql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        insert.reset();
        if (auto done = insert.bind(1, id).bind(2, qint64(i)).bind(3, values[i]).run(); !done)
            return done;
    }
    return {};
}

// A title equal to the linked article's headline, now or in an earlier version, is not the
// editor's own: it is stored empty, so the item shows whatever headline the article has when
// it is read. (An editor who opened the story before its target was renamed saves the old
// headline; it must go on following.)
QString storedTitle(SqliteDatabase &db, const RelatedItem &item)
{
    if (!item.pointsToArchive())
        return item.title;
    SqliteStatement headline =
        db.prepare("SELECT 1 FROM articles WHERE id = ?1 AND headline = ?2 UNION ALL"
                   " SELECT 1 FROM revisions WHERE article_id = ?1 AND headline = ?2 LIMIT 1");
    headline.bind(1, item.targetId).bind(2, item.title);
    return headline.next() ? QString() : item.title;
}

StoreStatus writeRelated(SqliteDatabase &db, const Article &article, bool isNew)
{
    if (!isNew) {
        SqliteStatement remove = db.prepare("DELETE FROM related_items WHERE article_id = ?");
        if (auto done = remove.bind(1, article.id).run(); !done)
            return done;
    }
    for (qsizetype i = 0; i < article.related.size(); ++i) {
        const RelatedItem &item = article.related[i];
        const QString title = storedTitle(db, item);
        SqliteStatement insert = db.prepare("INSERT INTO related_items (article_id, position,"
                                            " title, summary, target_id, url)"
                                            " VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, article.id).bind(2, qint64(i)).bind(3, title).bind(4, item.summary);
        if (item.pointsToArchive())
            insert.bind(5, item.targetId).bindNull(6);
        else
            insert.bindNull(5).bind(6, item.url);
        if (auto done = insert.run(); !done)
            return done;
    }
    return {};
}

// The index holds no text of its own, so removing an article from it replays the text
// it indexed, read through the same view, before the article row changes.
StoreStatus removeFromIndex(SqliteDatabase &db, qint64 id)
{
    return db
        .prepare("INSERT INTO article_search (article_search, rowid, headline, dek, body, tags)"
                 " SELECT 'delete', id, headline, dek, body, tags FROM article_search_source"
                 " WHERE id = ? AND trashed_at IS NULL")
        .bind(1, id)
        .run();
}

// True when the index already holds exactly this text for the live article `id`
// (headline, dek, body and tags, read through the view the index reads): saving only
// other fields (status, related items...) then leaves the index alone.
bool indexedAsIs(SqliteDatabase &db, const Article &article)
{
    SqliteStatement indexed = db.prepare("SELECT headline, dek, body, coalesce(tags, '')"
                                         " FROM article_search_source"
                                         " WHERE id = ? AND trashed_at IS NULL");
    indexed.bind(1, article.id);
    return indexed.next() && indexed.text(0) == article.headline &&
           indexed.text(1) == article.dek && indexed.text(2) == article.body &&
           indexed.text(3) == article.tags.join(QLatin1Char(' '));
}

// Binds the text directly (reading it back through the view costs more than the
// indexing itself). The tags are joined exactly as the view joins them, so that a later
// removal replays the same terms.
StoreStatus addToIndex(SqliteDatabase &db, const Article &article)
{
    return db
        .prepare("INSERT INTO article_search (rowid, headline, dek, body, tags)"
                 " VALUES (?, ?, ?, ?, ?)")
        .bind(1, article.id)
        .bind(2, article.headline)
        .bind(3, article.dek)
        .bind(4, article.body)
        .bindOptional(5, article.tags.join(QLatin1Char(' ')))
        .run();
}

// History keeps the versions a save supersedes, each with its note; the newest version is
// the article row.
StoreStatus writeRevision(SqliteDatabase &db, const Article &article, const VersionNote &note)
{
    const QByteArray json =
        QJsonDocument(json::fromArticle(article)).toJson(QJsonDocument::Compact);
    SqliteStatement insert = db.prepare(
        "INSERT INTO revisions (article_id, version, saved_at, headline, snapshot, kind, author,"
        " status, previous_status, restored_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, article.id)
        .bind(2, article.version)
        .bind(3, sqltime::toSeconds(article.updatedAt))
        .bind(4, article.headline)
        .bindBlob(5, qCompress(json, kSnapshotCompression))
        .bind(6, revisionKindName(note.kind))
        .bind(7, note.author)
        .bind(8, statusName(article.status));
    bindOptionalStatus(insert, 9, note.previousStatus);
    bindOptionalVersion(insert, 10, note.restoredFrom);
    return insert.run();
}

VersionNote noteOf(const Revision &revision)
{
    return VersionNote{revision.status, revision.kind, revision.author, revision.previousStatus,
                       revision.restoredFrom};
}

// Says which article already holds the record's id or slug; nothing when neither is taken.
StoreStatus checkFree(SqliteDatabase &db, const Article &article)
{
    SqliteStatement taken =
        db.prepare("SELECT id, headline FROM articles WHERE id = ?1 OR slug = ?2 LIMIT 1");
    taken.bind(1, article.id).bind(2, article.slug);
    if (!taken.next())
        return taken.failed() ? std::unexpected(taken.error()) : StoreStatus();
    if (taken.int64(0) == article.id) {
        return storeFailure(
            StoreError::Code::Conflict,
            ArticleRows::tr("Article #%1 (\"%2\") cannot keep its id: this archive's #%1 is "
                            "\"%3\".")
                .arg(article.id)
                .arg(article.headline, taken.text(1)));
    }
    return storeFailure(
        StoreError::Code::Conflict,
        ArticleRows::tr("\"%1\" was not copied: this archive's article #%2 (\"%3\") "
                        "has its slug, %4. Change one of the two slugs and "
                        "copy again.")
            .arg(article.headline)
            .arg(taken.int64(0))
            .arg(taken.text(1), article.slug));
}

StoreStatus insertRecordRow(SqliteDatabase &db, const ArticleRecord &record)
{
    const Article &article = record.article;
    SqliteStatement insert = db.prepare(
        "INSERT INTO articles (slug, headline, dek, byline, dateline, section, language, body,"
        " status, published_at, ai_generated, disclosure, updated_at, created_at, version,"
        " version_kind, version_author, version_previous_status, version_restored_from,"
        " word_target, assignee, lead_hash, lead_caption, lead_credit, lead_alt, id, trashed_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)");
    bindFields(insert, article);
    insert.bind(14, sqltime::toSeconds(article.createdAt))
        .bind(15, article.version)
        .bind(16, revisionKindName(record.note.kind))
        .bind(17, record.note.author)
        .bind(26, article.id);
    bindOptionalStatus(insert, 18, record.note.previousStatus);
    bindOptionalVersion(insert, 19, record.note.restoredFrom);
    if (record.trashed) // the trash keeps no time of its own elsewhere: the last change will do
        insert.bind(27, sqltime::toSeconds(article.updatedAt));
    else
        insert.bindNull(27);
    return insert.run();
}

// Links already in the archive whose title is this article's headline follow it from now
// on, as if they had been saved after it (a copy writes linked articles in any order).
StoreStatus followHeadline(SqliteDatabase &db, const Article &article)
{
    return db.prepare("UPDATE related_items SET title = '' WHERE target_id = ?1 AND title = ?2")
        .bind(1, article.id)
        .bind(2, article.headline)
        .run();
}

} // namespace

StoreStatus put(SqliteDatabase &db, const ArticleRecord &record, const QByteArray &key)
{
    const Article &article = record.article;
    StoreStatus done = checkFree(db, article);
    if (done)
        done = insertRecordRow(db, record);
    if (done) {
        done = writeList(db, nullptr,
                         "INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)",
                         article.id, article.tags, true);
    }
    if (done) {
        done = writeList(db, nullptr,
                         "INSERT INTO article_sources (article_id, position, url) VALUES (?, ?, ?)",
                         article.id, article.sources, true);
    }
    if (done)
        done = writeRelated(db, article, true);
    if (done)
        done = followHeadline(db, article);
    if (done && !record.trashed)
        done = addToIndex(db, article);
    for (const ArticleRecord::Version &version : record.history) {
        if (done)
            done = writeRevision(db, version.content, noteOf(version.note));
    }
    for (const ArticleNote &note : record.notes) {
        if (done)
            done = insertNote(db, article.id, note);
    }
    // Every version's pictures, the newest last (it marks the current ones).
    for (const ArticleRecord::Version &version : record.history) {
        if (done)
            done = sqlitepictures::recordUses(db, article.id, version.content);
    }
    if (done)
        done = sqlitepictures::recordUses(db, article.id, article);
    if (done) {
        done = db.prepare("INSERT INTO import_sources (hash, article_id) VALUES (?, ?)")
                   .bindBlob(1, key)
                   .bind(2, article.id)
                   .run();
    }
    return done;
}

StoreResult<Article> read(SqliteDatabase &db, qint64 id)
{
    SqliteStatement row = db.prepare(
        "SELECT version, slug, headline, dek, byline, dateline, section, language, body, status,"
        " coalesce(published_at, 0), ai_generated, disclosure, created_at, updated_at,"
        " word_target, assignee, substr(lead_hash, 1, 64), substr(lead_caption, 1, ?2),"
        " substr(lead_credit, 1, ?3), substr(lead_alt, 1, ?4) FROM articles WHERE id = ?1");
    row.bind(1, id)
        .bind(2, Picture::kMaxCaption)
        .bind(3, Picture::kMaxCredit)
        .bind(4, Picture::kMaxAltText);
    if (!row.next())
        return row.failed() ? std::unexpected(row.error()) : notFound(id);
    Article a;
    a.id = id;
    a.version = row.int64(0);
    a.slug = row.text(1);
    a.headline = row.text(2);
    a.dek = row.text(3);
    a.byline = row.text(4);
    a.dateline = row.text(5);
    a.section = row.text(6);
    a.language = row.text(7);
    a.body = row.text(8);
    a.status = statusFromName(row.text(9)).value_or(ArticleStatus::Draft);
    a.publishedAt = sqltime::fromSeconds(row.int64(10));
    a.aiGenerated = row.int64(11) != 0;
    a.disclosure = row.text(12);
    a.createdAt = sqltime::fromSeconds(row.int64(13));
    a.updatedAt = sqltime::fromSeconds(row.int64(14));
    a.wordTarget = int(row.int64(15));
    a.assignee = row.text(16);
    a.leadImage = LeadImage{row.text(17).toLatin1(), row.text(18), row.text(19), row.text(20)};
    a.tags =
        readList(db, "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position", id);
    a.sources =
        readList(db, "SELECT url FROM article_sources WHERE article_id = ? ORDER BY position", id);
    a.related = readRelated(db, id);
    return a;
}

StoreStatus write(SqliteDatabase &db, Article &article, SaveMode mode)
{
    const QDateTime now = sqltime::now();
    article.updatedAt = now;
    if (!article.createdAt.isValid())
        article.createdAt = now;
    if (article.status == ArticleStatus::Published && !article.publishedAt.isValid())
        article.publishedAt = now;
    article.tags.removeDuplicates();
    article.tags.removeAll(QString());

    const bool isNew = article.isNew();
    StoreResult<std::optional<VersionNote>> replaced =
        isNew ? std::optional<VersionNote>() : readNote(db, article.id);
    if (!replaced)
        return std::unexpected(replaced.error());
    const VersionNote note = noteFor(article, *replaced);
    // The replaced version is read only to keep it. An autosave's own draft is not kept,
    // unless this save or the one it replaces is more than a timed one: a version that
    // changed the status, published or restored stays whatever the timed interval says, and
    // so does the one before it (what the desk saw just before).
    const bool keepPrevious =
        *replaced && (mode == SaveMode::KeepHistory || note.kind != RevisionKind::Timed ||
                      (*replaced)->kind != RevisionKind::Timed);
    StoreResult<Article> previous = keepPrevious ? read(db, article.id) : StoreResult<Article>();
    if (!previous)
        return std::unexpected(previous.error());
    StoreStatus done = assignSlug(db, article);
    // Re-indexing costs more than the rest of a save: it is skipped when the text is the same.
    const bool reindex = isNew || !indexedAsIs(db, article);
    if (done && reindex && !isNew)
        done = removeFromIndex(db, article.id);
    if (done)
        done = isNew ? insertRow(db, article, note) : updateRow(db, article, note);
    if (done) {
        done = writeList(db, "DELETE FROM article_tags WHERE article_id = ?",
                         "INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)",
                         article.id, article.tags, isNew);
    }
    if (done) {
        done = writeList(db, "DELETE FROM article_sources WHERE article_id = ?",
                         "INSERT INTO article_sources (article_id, position, url) VALUES (?, ?, ?)",
                         article.id, article.sources, isNew);
    }
    if (done)
        done = writeRelated(db, article, isNew);
    if (done && reindex)
        done = addToIndex(db, article);
    if (done && keepPrevious)
        done = writeRevision(db, *previous, **replaced);
    if (done)
        done = sqlitepictures::recordUses(db, article.id, article);
    if (done)
        article.restoredFrom = note.restoredFrom;
    return done;
}

StoreStatus setTrashed(SqliteDatabase &db, qint64 id, bool trashed)
{
    SqliteStatement update = db.prepare(
        trashed ? "UPDATE articles SET trashed_at = ?2 WHERE id = ?1 AND trashed_at IS NULL"
                : "UPDATE articles SET trashed_at = NULL WHERE id = ?1 AND trashed_at IS NOT NULL");
    update.bind(1, id);
    if (trashed) {
        update.bind(2, sqltime::toSeconds(sqltime::now()));
        if (auto done = removeFromIndex(db, id); !done) // while it is still indexed
            return done;
    }
    if (auto done = update.run(); !done)
        return done;
    if (db.changes() == 0) {
        auto existing = read(db, id);
        if (!existing)
            return std::unexpected(existing.error());
        return {}; // already where it was asked to be
    }
    if (trashed)
        return {};
    auto article = read(db, id);
    return article ? addToIndex(db, *article) : StoreStatus(std::unexpected(article.error()));
}

// A note as it is, its author and time kept (a copy); its id is this archive's own
// (a copy keeps the note's author and time; a new note has them from its writer).
StoreStatus insertNote(SqliteDatabase &db, qint64 articleId, const ArticleNote &note)
{
    return db
        .prepare("INSERT INTO article_notes (article_id, written_at, author, text)"
                 " VALUES (?, ?, ?, ?)")
        .bind(1, articleId)
        .bind(2, sqltime::toSeconds(note.writtenAt))
        .bind(3, note.author)
        .bind(4, note.text)
        .run();
}

} // namespace newsroom::articlerows
