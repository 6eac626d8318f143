#include "PgArticleRows.h"

#include "PgConnection.h"
#include "PgPictures.h"
#include "SqlTime.h"
#include "VersionNote.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"
#include "search/PgTextSearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace newsroom::pgrows {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct PgArticleRows
{
    Q_DECLARE_TR_FUNCTIONS(PgArticleRows)
};

std::unexpected<StoreError> notFound(qint64 id)
{
    return storeFailure(StoreError::Code::NotFound,
                        PgArticleRows::tr("There is no article #%1.").arg(id));
}

QJsonArray jsonArray(QByteArrayView text)
{
    return QJsonDocument::fromJson(text.toByteArray()).array();
}

QStringList stringList(QByteArrayView json)
{
    QStringList values;
    for (const QJsonValue &value : jsonArray(json))
        values.append(value.toString());
    return values;
}

QList<RelatedItem> relatedItems(QByteArrayView json)
{
    QList<RelatedItem> items;
    for (const QJsonValue &value : jsonArray(json)) {
        const QJsonArray item = value.toArray();
        items.append(RelatedItem{item.at(0).toString(), item.at(1).toString(),
                                 qint64(item.at(2).toDouble()), item.at(3).toString()});
    }
    return items;
}

// The newest version's note, with the row locked until the transaction ends: a colleague
// saving the same article at the same moment waits, then finds the version changed.
StoreResult<VersionNote> lockNote(PgConnection &db, const Article &article)
{
    auto row = db.query(
        "SELECT status, version_kind, version_previous_status, coalesce(version_restored_from, 0),"
        " version, trashed_at IS NOT NULL FROM articles WHERE id = $1 FOR UPDATE",
        PgParams().add(article.id));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return notFound(article.id);
    if (row->boolean(0, 5)) {
        return storeFailure(
            StoreError::Code::Conflict,
            PgArticleRows::tr("Article #%1 is in the trash; restore it before editing.")
                .arg(article.id));
    }
    if (row->int64(0, 4) != article.version) {
        return storeFailure(
            StoreError::Code::Conflict,
            PgArticleRows::tr("Article #%1 was changed elsewhere (now version %2, you edited "
                              "version %3). Nothing was overwritten; reload it and apply your "
                              "change again.")
                .arg(article.id)
                .arg(row->int64(0, 4))
                .arg(article.version));
    }
    VersionNote note;
    note.status = statusFromName(row->text(0, 0)).value_or(ArticleStatus::Draft);
    note.kind = revisionKindFromName(row->text(0, 1));
    note.previousStatus = statusFromName(row->text(0, 2));
    note.restoredFrom = row->int64(0, 3);
    return note;
}

// A blank slug is made from the headline (numbered if taken); a slug the editor chose
// must be free. The numbered candidates are looked up in growing batches (16, then 256...),
// so that the 500th "untitled" costs a few round trips to the server, not 500. Two clients
// taking the same slug at once: the unique key refuses the second, whose transaction then
// runs again and finds it taken.
StoreStatus assignSlug(PgConnection &db, Article &article)
{
    const bool generated = article.slug.trimmed().isEmpty();
    const QString base = generated ? slug::fromHeadline(article.headline) : article.slug.trimmed();
    if (!slug::isValid(base)) {
        return storeFailure(
            StoreError::Code::Invalid,
            PgArticleRows::tr("The slug \"%1\" may hold only lowercase letters, digits and "
                              "single hyphens, at most %n character(s).",
                              nullptr, int(slug::kMaxLength))
                .arg(base));
    }
    int first = 1;
    for (int batch = generated ? 16 : 1;; first += batch, batch *= 16) {
        QStringList candidates;
        for (int n = first; n < first + batch; ++n)
            candidates.append(n == 1 ? base : slug::withSuffix(base, n));
        auto taken = db.query("SELECT slug, id FROM articles WHERE slug = ANY($1::text[])",
                              PgParams().addArray(candidates));
        if (!taken)
            return std::unexpected(taken.error());
        QHash<QString, qint64> owners;
        for (int row = 0; row < taken->rows(); ++row)
            owners.insert(taken->text(row, 0), taken->int64(row, 1));
        for (const QString &candidate : std::as_const(candidates)) {
            const qint64 ownerId = owners.value(candidate);
            if (ownerId == 0 || ownerId == article.id) {
                article.slug = candidate;
                return {};
            }
            if (!generated) {
                return storeFailure(
                    StoreError::Code::Invalid,
                    PgArticleRows::tr("The slug \"%1\" is already used by article #%2.")
                        .arg(candidate)
                        .arg(ownerId));
            }
        }
    }
}

// $1..$13: the fields both the insert and the update write.
PgParams fieldParams(const Article &article)
{
    PgParams params;
    params.add(article.slug)
        .add(article.headline)
        .add(article.dek)
        .add(article.byline)
        .add(article.dateline)
        .add(article.section)
        .add(article.language)
        .add(article.body)
        .add(statusName(article.status))
        .addTime(article.publishedAt)
        .add(article.aiGenerated)
        .add(article.disclosure)
        .addTime(article.updatedAt);
    return params;
}

// The lead image's four columns, after whatever else a statement sends.
PgParams &addLead(PgParams &params, const Article &article)
{
    return params.add(QString::fromLatin1(article.leadImage.hash))
        .add(article.leadImage.caption)
        .add(article.leadImage.credit)
        .add(article.leadImage.altText);
}

StoreStatus insertRow(PgConnection &db, Article &article)
{
    PgParams params = fieldParams(article);
    params.addTime(article.createdAt).add(article.wordTarget).add(article.assignee);
    addLead(params, article);
    auto inserted = db.query(
        "INSERT INTO articles (slug, headline, dek, byline, dateline, section, language, body,"
        " status, published_at, ai_generated, disclosure, updated_at, created_at, version,"
        " version_author, word_target, assignee, lead_hash, lead_caption, lead_credit, lead_alt)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, to_timestamp($10), $11, $12,"
        " to_timestamp($13), to_timestamp($14), 1, current_user, $15, $16, $17, $18, $19, $20)"
        " RETURNING id",
        params);
    if (!inserted)
        return std::unexpected(inserted.error());
    article.id = inserted->int64(0, 0);
    article.version = 1;
    return {};
}

// The row is locked and its version checked (lockNote); the condition on the version
// stays, so that no path can overwrite a newer version.
StoreStatus updateRow(PgConnection &db, Article &article, const VersionNote &note)
{
    PgParams params = fieldParams(article);
    params.add(article.id)
        .add(article.version)
        .add(revisionKindName(note.kind))
        .add(note.previousStatus ? QString(statusName(*note.previousStatus)) : QString())
        .addIdOrNull(note.restoredFrom)
        .add(article.wordTarget)
        .add(article.assignee);
    addLead(params, article);
    auto updated = db.query(
        "UPDATE articles SET slug = $1, headline = $2, dek = $3, byline = $4, dateline = $5,"
        " section = $6, language = $7, body = $8, status = $9, published_at = to_timestamp($10),"
        " ai_generated = $11, disclosure = $12, updated_at = to_timestamp($13),"
        " version = version + 1, version_kind = $16, version_author = current_user,"
        " version_previous_status = nullif($17, ''), version_restored_from = $18,"
        " word_target = $19, assignee = $20, lead_hash = $21, lead_caption = $22,"
        " lead_credit = $23, lead_alt = $24"
        " WHERE id = $14 AND version = $15 AND trashed_at IS NULL",
        params);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->affected() != 1) {
        return storeFailure(StoreError::Code::Conflict,
                            PgArticleRows::tr("Article #%1 was changed elsewhere. Nothing was "
                                              "overwritten; reload it and apply your change "
                                              "again.")
                                .arg(article.id));
    }
    ++article.version;
    return {};
}

StoreStatus writeLists(PgConnection &db, const Article &article, bool isNew)
{
    const PgParams id = PgParams().add(article.id);
    if (!isNew) {
        for (const char *sql : {"DELETE FROM article_tags WHERE article_id = $1",
                                "DELETE FROM article_sources WHERE article_id = $1",
                                "DELETE FROM related_items WHERE article_id = $1"}) {
            if (auto done = db.query(sql, id); !done)
                return std::unexpected(done.error());
        }
    }
    if (!article.tags.isEmpty()) {
        auto done = db.query("INSERT INTO article_tags (article_id, position, tag)"
                             " SELECT $1, n - 1, tag FROM unnest($2::text[])"
                             " WITH ORDINALITY AS u (tag, n)",
                             PgParams().add(article.id).addArray(article.tags));
        if (!done)
            return std::unexpected(done.error());
    }
    if (!article.sources.isEmpty()) {
        auto done = db.query("INSERT INTO article_sources (article_id, position, url)"
                             " SELECT $1, n - 1, url FROM unnest($2::text[])"
                             " WITH ORDINALITY AS u (url, n)",
                             PgParams().add(article.id).addArray(article.sources));
        if (!done)
            return std::unexpected(done.error());
    }
    if (article.related.isEmpty())
        return {};
    QStringList titles;
    QStringList summaries;
    QList<qint64> targets;
    QStringList urls;
    for (const RelatedItem &item : article.related) {
        titles.append(item.title);
        summaries.append(item.summary);
        targets.append(item.pointsToArchive() ? item.targetId : 0);
        urls.append(item.url);
    }
    // A title equal to the linked article's headline, now or in an earlier version, is not
    // the editor's own: it is stored empty, so the item shows whatever headline the article
    // has when it is read (an editor who opened the story before a rename saves the old one).
    auto done = db.query(
        "INSERT INTO related_items (article_id, position, title, summary, target_id, url)"
        " SELECT $1, n - 1, CASE WHEN target > 0 AND (EXISTS (SELECT 1 FROM articles"
        " WHERE id = target AND headline = title) OR EXISTS (SELECT 1 FROM revisions"
        " WHERE article_id = target AND headline = title)) THEN '' ELSE title END, summary,"
        " nullif(target, 0),"
        " CASE WHEN target > 0 THEN NULL ELSE url END"
        " FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[])"
        " WITH ORDINALITY AS u (title, summary, target, url, n)",
        PgParams()
            .add(article.id)
            .addArray(titles)
            .addArray(summaries)
            .addArray(targets)
            .addArray(urls));
    if (!done)
        return std::unexpected(done.error());
    return {};
}

// The terms are the app's own tokens (PgTextSearch); a save that changes no indexed text
// leaves the index entry as it is.
StoreStatus writeSearchTerms(PgConnection &db, const Article &article)
{
    auto done = db.query(
        "INSERT INTO article_search (article_id, terms) VALUES ($1, $2::tsvector)"
        " ON CONFLICT (article_id) DO UPDATE SET terms = excluded.terms"
        " WHERE article_search.terms IS DISTINCT FROM excluded.terms",
        PgParams().add(article.id).add(QString::fromUtf8(pgtextsearch::documentVector(article))));
    if (!done)
        return std::unexpected(done.error());
    return {};
}

// The version a save replaces goes into the history with its note, copied from its row
// before the row changes; its whole record as ArticleJson.
StoreStatus writeRevision(PgConnection &db, const Article &previous)
{
    const QByteArray json =
        QJsonDocument(json::fromArticle(previous)).toJson(QJsonDocument::Compact);
    auto done = db.query(
        "INSERT INTO revisions (article_id, version, saved_at, headline, snapshot, kind, author,"
        " status, previous_status, restored_from) SELECT id, version, updated_at, headline,"
        " $2::jsonb, version_kind, version_author, status, version_previous_status,"
        " version_restored_from FROM articles WHERE id = $1",
        PgParams().add(previous.id).add(QString::fromUtf8(json)));
    if (!done)
        return std::unexpected(done.error());
    return {};
}

// Says which article already holds the record's id or slug; nothing when neither is taken.
StoreStatus checkFree(PgConnection &db, const Article &article)
{
    auto taken = db.query("SELECT id, headline FROM articles WHERE id = $1 OR slug = $2 LIMIT 1",
                          PgParams().add(article.id).add(article.slug));
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->rows() == 0)
        return {};
    if (taken->int64(0, 0) == article.id) {
        return storeFailure(
            StoreError::Code::Conflict,
            PgArticleRows::tr("Article #%1 (\"%2\") cannot keep its id: this archive's #%1 is "
                              "\"%3\".")
                .arg(article.id)
                .arg(article.headline, taken->text(0, 1)));
    }
    return storeFailure(
        StoreError::Code::Conflict,
        PgArticleRows::tr("\"%1\" was not copied: this archive's article #%2 (\"%3\") has its "
                          "slug, %4. Change one of the two slugs and copy again.")
            .arg(article.headline)
            .arg(taken->int64(0, 0))
            .arg(taken->text(0, 1), article.slug));
}

StoreStatus insertRecordRow(PgConnection &db, const ArticleRecord &record)
{
    const Article &article = record.article;
    PgParams params = fieldParams(article);
    params.addTime(article.createdAt)
        .add(article.version)
        .add(revisionKindName(record.note.kind))
        .add(record.note.author)
        .add(record.note.previousStatus ? QString(statusName(*record.note.previousStatus))
                                        : QString())
        .addIdOrNull(record.note.restoredFrom)
        .add(article.wordTarget)
        .add(article.id)
        .add(record.trashed)
        .add(article.assignee);
    addLead(params, article);
    // The trash keeps no time of its own elsewhere: the last change will do.
    auto done = db.query(
        "INSERT INTO articles (slug, headline, dek, byline, dateline, section, language, body,"
        " status, published_at, ai_generated, disclosure, updated_at, created_at, version,"
        " version_kind, version_author, version_previous_status, version_restored_from,"
        " word_target, id, trashed_at, assignee, lead_hash, lead_caption, lead_credit, lead_alt)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, to_timestamp($10), $11, $12,"
        " to_timestamp($13), to_timestamp($14), $15, $16, $17, nullif($18, ''), $19, $20, $21,"
        " CASE WHEN $22 THEN to_timestamp($13) END, $23, $24, $25, $26, $27)",
        params);
    if (!done)
        return std::unexpected(done.error());
    // Ids given here are never given again by the identity's sequence.
    done = db.query("SELECT setval(s, $1) FROM (SELECT pg_get_serial_sequence('articles', 'id')"
                    "::regclass AS s) q WHERE $1 > coalesce(pg_sequence_last_value(s), 0)",
                    PgParams().add(article.id));
    return done ? StoreStatus() : StoreStatus(std::unexpected(done.error()));
}

StoreStatus insertVersion(PgConnection &db, qint64 id, const ArticleRecord::Version &version)
{
    const QByteArray json =
        QJsonDocument(json::fromArticle(version.content)).toJson(QJsonDocument::Compact);
    const Revision &note = version.note;
    auto done = db.query(
        "INSERT INTO revisions (article_id, version, saved_at, headline, snapshot, kind, author,"
        " status, previous_status, restored_from) VALUES ($1, $2, to_timestamp($3), $4,"
        " $5::jsonb, $6, $7, $8, nullif($9, ''), $10)",
        PgParams()
            .add(id)
            .add(note.version)
            .addTime(note.savedAt)
            .add(version.content.headline)
            .add(QString::fromUtf8(json))
            .add(revisionKindName(note.kind))
            .add(note.author)
            .add(statusName(version.content.status))
            .add(note.previousStatus ? QString(statusName(*note.previousStatus)) : QString())
            .addIdOrNull(note.restoredFrom));
    return done ? StoreStatus() : StoreStatus(std::unexpected(done.error()));
}

} // namespace

StoreStatus put(PgConnection &db, const ArticleRecord &record, const QByteArray &key)
{
    const Article &article = record.article;
    StoreStatus done = checkFree(db, article);
    if (done)
        done = insertRecordRow(db, record);
    if (done)
        done = writeLists(db, article, true);
    if (done) {
        // Links already here whose title is this headline follow it from now on, as if they
        // had been saved after it (a copy writes linked articles in any order).
        auto followed =
            db.query("UPDATE related_items SET title = '' WHERE target_id = $1 AND title = $2",
                     PgParams().add(article.id).add(article.headline));
        if (!followed)
            done = std::unexpected(followed.error());
    }
    if (done && !record.trashed)
        done = writeSearchTerms(db, article);
    for (const ArticleRecord::Version &version : record.history) {
        if (done)
            done = insertVersion(db, article.id, version);
    }
    if (done && !record.notes.isEmpty()) {
        // The notes as they are, authors and times kept; their ids are this archive's own.
        QList<qint64> times;
        QStringList authors;
        QStringList texts;
        for (const ArticleNote &note : record.notes) {
            times.append(sqltime::toSeconds(note.writtenAt));
            authors.append(note.author);
            texts.append(note.text);
        }
        auto copied =
            db.query("INSERT INTO article_notes (article_id, written_at, author, text)"
                     " SELECT $1, to_timestamp(t), a, x FROM unnest($2::bigint[],"
                     " $3::text[], $4::text[]) WITH ORDINALITY AS u (t, a, x, n)"
                     " ORDER BY n",
                     PgParams().add(article.id).addArray(times).addArray(authors).addArray(texts));
        if (!copied)
            done = std::unexpected(copied.error());
    }
    // Every version's pictures, the newest last (it marks the current ones).
    for (const ArticleRecord::Version &version : record.history) {
        if (done)
            done = pgpictures::recordUses(db, article.id, version.content);
    }
    if (done)
        done = pgpictures::recordUses(db, article.id, article);
    if (done) {
        auto noted = db.query("INSERT INTO import_sources (hash, article_id) VALUES ($1, $2)",
                              PgParams().addBytes(key).add(article.id));
        if (!noted)
            done = std::unexpected(noted.error());
    }
    return done;
}

ArticleSummary readSummary(const PgResult &result, int row, int first)
{
    ArticleSummary a;
    a.id = result.int64(row, first);
    a.slug = result.text(row, first + 1);
    a.headline = result.text(row, first + 2);
    a.status = statusFromName(result.text(row, first + 3)).value_or(ArticleStatus::Draft);
    a.section = result.text(row, first + 4);
    a.updatedAt = sqltime::fromSeconds(result.int64(row, first + 5));
    a.publishedAt = sqltime::fromSeconds(result.int64(row, first + 6));
    return a;
}

StoreResult<Article> read(PgConnection &db, qint64 id)
{
    auto row = db.query(
        "SELECT a.version, a.slug, a.headline, a.dek, a.byline, a.dateline, a.section,"
        " a.language, a.body, a.status, extract(epoch FROM a.published_at)::bigint,"
        " a.ai_generated, a.disclosure, extract(epoch FROM a.created_at)::bigint,"
        " extract(epoch FROM a.updated_at)::bigint,"
        " (SELECT coalesce(json_agg(t.tag ORDER BY t.position), '[]') FROM article_tags t"
        " WHERE t.article_id = a.id),"
        " (SELECT coalesce(json_agg(s.url ORDER BY s.position), '[]') FROM article_sources s"
        " WHERE s.article_id = a.id),"
        " (SELECT coalesce(json_agg(json_build_array(coalesce(nullif(r.title, ''), g.headline,"
        " ''), r.summary, coalesce(r.target_id, 0), coalesce(r.url, '')) ORDER BY r.position),"
        " '[]') FROM related_items r LEFT JOIN articles g ON g.id = r.target_id"
        " WHERE r.article_id = a.id), a.word_target, a.assignee, left(a.lead_hash, 64),"
        " left(a.lead_caption, $2), left(a.lead_credit, $3), left(a.lead_alt, $4)"
        " FROM articles a WHERE a.id = $1",
        PgParams()
            .add(id)
            .add(Picture::kMaxCaption)
            .add(Picture::kMaxCredit)
            .add(Picture::kMaxAltText));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return notFound(id);
    Article a;
    a.id = id;
    a.version = row->int64(0, 0);
    a.slug = row->text(0, 1);
    a.headline = row->text(0, 2);
    a.dek = row->text(0, 3);
    a.byline = row->text(0, 4);
    a.dateline = row->text(0, 5);
    a.section = row->text(0, 6);
    a.language = row->text(0, 7);
    a.body = row->text(0, 8);
    a.status = statusFromName(row->text(0, 9)).value_or(ArticleStatus::Draft);
    a.publishedAt = sqltime::fromSeconds(row->int64(0, 10));
    a.aiGenerated = row->boolean(0, 11);
    a.disclosure = row->text(0, 12);
    a.createdAt = sqltime::fromSeconds(row->int64(0, 13));
    a.updatedAt = sqltime::fromSeconds(row->int64(0, 14));
    a.tags = stringList(row->bytes(0, 15));
    a.sources = stringList(row->bytes(0, 16));
    a.related = relatedItems(row->bytes(0, 17));
    a.wordTarget = int(row->int64(0, 18));
    a.assignee = row->text(0, 19);
    a.leadImage = LeadImage{row->text(0, 20).toLatin1(), row->text(0, 21), row->text(0, 22),
                            row->text(0, 23)};
    return a;
}

StoreStatus write(PgConnection &db, Article &article, SaveMode mode)
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
    std::optional<VersionNote> replaced;
    if (!isNew) {
        auto locked = lockNote(db, article);
        if (!locked)
            return std::unexpected(locked.error());
        replaced = *locked;
    }
    const VersionNote note = versionNoteFor(article, replaced);
    // As ArticleRows: an autosave's own draft is not kept, unless this save or the one it
    // replaces is more than a timed one.
    const bool keepPrevious =
        replaced && (mode == SaveMode::KeepHistory || note.kind != RevisionKind::Timed ||
                     replaced->kind != RevisionKind::Timed);
    if (keepPrevious) {
        auto previous = read(db, article.id);
        if (!previous)
            return std::unexpected(previous.error());
        if (auto kept = writeRevision(db, *previous); !kept)
            return kept;
    }
    StoreStatus done = assignSlug(db, article);
    if (done)
        done = isNew ? insertRow(db, article) : updateRow(db, article, note);
    if (done)
        done = writeLists(db, article, isNew);
    if (done)
        done = writeSearchTerms(db, article);
    if (done)
        done = pgpictures::recordUses(db, article.id, article);
    if (done)
        article.restoredFrom = note.restoredFrom;
    return done;
}

StoreStatus setTrashed(PgConnection &db, qint64 id, bool trashed)
{
    auto updated = trashed
                       ? db.query("UPDATE articles SET trashed_at = to_timestamp($2) WHERE id = $1"
                                  " AND trashed_at IS NULL",
                                  PgParams().add(id).addTime(sqltime::now()))
                       : db.query("UPDATE articles SET trashed_at = NULL WHERE id = $1"
                                  " AND trashed_at IS NOT NULL",
                                  PgParams().add(id));
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->affected() == 0) {
        auto exists = db.query("SELECT 1 FROM articles WHERE id = $1", PgParams().add(id));
        if (!exists)
            return std::unexpected(exists.error());
        return exists->rows() ? StoreStatus() : StoreStatus(notFound(id)); // already there
    }
    if (trashed) {
        auto removed =
            db.query("DELETE FROM article_search WHERE article_id = $1", PgParams().add(id));
        return removed ? StoreStatus() : StoreStatus(std::unexpected(removed.error()));
    }
    auto article = read(db, id);
    return article ? writeSearchTerms(db, *article) : StoreStatus(std::unexpected(article.error()));
}

} // namespace newsroom::pgrows
