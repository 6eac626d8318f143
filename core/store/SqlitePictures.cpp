#include "SqlitePictures.h"

#include "PictureRules.h"
#include "SqlTime.h"
#include "SqliteDatabase.h"
#include "media/PictureRefs.h"

namespace newsroom::sqlitepictures {

namespace {

// A file from outside may hold anything in these rows: every text is cut to what the
// archive would have written, bytes larger than any picture are never read, and a size no
// picture can have reads as 0 (such a picture shows nowhere) rather than cut to an int.
constexpr const char *kColumns =
    "hash, substr(file_name, 1, 255), substr(mime_type, 1, 100),"
    " CASE WHEN typeof(width) = 'integer' AND width BETWEEN 1 AND 50000000 THEN width ELSE 0 END,"
    " CASE WHEN typeof(height) = 'integer' AND height BETWEEN 1 AND 50000000 THEN height"
    " ELSE 0 END, bytes, substr(caption, 1, 1000), substr(credit, 1, 200),"
    " substr(alt_text, 1, 500), added_at";
static_assert(picturerules::kMaxFileName == 255 && picturerules::kMaxMimeType == 100 &&
              Picture::kMaxCaption == 1000 && Picture::kMaxCredit == 200 &&
              Picture::kMaxAltText == 500 && Picture::kMaxPixels == 50'000'000);

QByteArray select(const QByteArray &rest)
{
    return QByteArray("SELECT ") + kColumns + " FROM pictures " + rest;
}

StoreResult<QList<Picture>> readAll(SqliteDatabase &db, SqliteStatement &rows)
{
    QList<Picture> pictures;
    while (rows.next()) {
        Picture p;
        p.hash = rows.text(0).left(64).toLatin1();
        p.fileName = rows.text(1);
        p.mimeType = rows.text(2);
        p.width = int(rows.int64(3));
        p.height = int(rows.int64(4));
        p.bytes = rows.int64(5);
        p.caption = rows.text(6);
        p.credit = rows.text(7);
        p.altText = rows.text(8);
        p.addedAt = sqltime::fromSeconds(rows.int64(9));
        pictures.append(p);
    }
    if (rows.failed())
        return std::unexpected(rows.error());
    for (Picture &p : pictures) {
        auto widths = renditionWidths(db, QString::fromLatin1(p.hash), p.width);
        if (!widths)
            return std::unexpected(widths.error());
        p.renditionWidths = std::move(*widths);
    }
    return pictures;
}

QString key(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toLower());
}

// The original (width 0) and the renditions. A file the picture already has is kept unless
// it is damaged: an original that is not these bytes (which hash to the name), or an empty
// copy.
StoreStatus insertData(SqliteDatabase &db, const QByteArray &hash, const QByteArray &original,
                       const QList<QPair<int, QByteArray>> &renditions)
{
    SqliteStatement insert =
        db.prepare("INSERT INTO picture_data (hash, width, data) VALUES (?, ?, ?)"
                   " ON CONFLICT (hash, width) DO UPDATE SET data = excluded.data WHERE"
                   " CASE WHEN excluded.width = 0 THEN picture_data.data IS NOT excluded.data"
                   " ELSE length(picture_data.data) = 0 END");
    QList<QPair<int, QByteArray>> files{{0, original}};
    files.append(renditions);
    for (const auto &[width, data] : std::as_const(files)) {
        insert.reset();
        if (auto done =
                insert.bind(1, QString::fromLatin1(hash)).bind(2, width).bindBlob(3, data).run();
            !done)
            return done;
    }
    return {};
}

} // namespace

StoreStatus recordUses(SqliteDatabase &db, qint64 articleId, const Article &version)
{
    // Written only when there is something to change: a write that could stop part-way
    // opens a savepoint, and at every savepoint FTS5 writes out the index it has pending —
    // in an import, one small segment an article to merge later (28 % of a 20k bench run).
    const auto current =
        db.prepare("SELECT 1 FROM picture_uses WHERE article_id = ? AND current = 1 LIMIT 1")
            .bind(1, articleId)
            .hasRow();
    if (!current)
        return std::unexpected(current.error());
    if (*current) {
        SqliteStatement stale =
            db.prepare("UPDATE picture_uses SET current = 0 WHERE article_id = ? AND current = 1");
        if (auto done = stale.bind(1, articleId).run(); !done)
            return done;
    }
    // Only pictures the archive has: a body may name one it does not (ArchiveCheck says so).
    SqliteStatement use = db.prepare(
        "INSERT INTO picture_uses (hash, article_id, current) SELECT hash, ?2, 1 FROM pictures"
        " WHERE hash = ?1 ON CONFLICT (hash, article_id) DO UPDATE SET current = 1");
    for (const QByteArray &hash : picturerefs::usedBy(version)) {
        use.reset();
        if (auto done = use.bind(1, key(hash)).bind(2, articleId).run(); !done)
            return done;
    }
    return {};
}

StoreResult<Picture> add(SqliteDatabase &db, const Picture &picture, const QByteArray &original,
                         const QList<QPair<int, QByteArray>> &renditions)
{
    auto checked = picturerules::checkedForAdding(picture, original, renditions);
    if (!checked)
        return checked;
    // Stored already: only files a damaged archive lost or spoilt are put back (the same
    // bytes make the same files; ArchiveCheck tells the desk to add the picture again).
    if (auto existing = read(db, checked->hash); existing) {
        if (auto done = insertData(db, checked->hash, original, renditions); !done)
            return std::unexpected(done.error());
        if (existing->width <= 0 || existing->height <= 0) { // a row no picture can have
            SqliteStatement sized =
                db.prepare("UPDATE pictures SET width = ?, height = ? WHERE hash = ?");
            sized.bind(1, checked->width).bind(2, checked->height).bind(3, key(checked->hash));
            if (auto done = sized.run(); !done)
                return std::unexpected(done.error());
        }
        return read(db, checked->hash);
    } else if (existing.error().code != StoreError::Code::NotFound) {
        return existing;
    }
    const QDateTime addedAt = checked->addedAt.isValid() ? checked->addedAt : sqltime::now();
    SqliteStatement insert = db.prepare(
        "INSERT INTO pictures (hash, file_name, mime_type, width, height, bytes, caption, credit,"
        " alt_text, added_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, QString::fromLatin1(checked->hash))
        .bind(2, checked->fileName)
        .bind(3, checked->mimeType)
        .bind(4, checked->width)
        .bind(5, checked->height)
        .bind(6, checked->bytes)
        .bind(7, checked->caption)
        .bind(8, checked->credit)
        .bind(9, checked->altText)
        .bind(10, sqltime::toSeconds(addedAt))
        .bind(11, picturerules::searchText(*checked));
    if (auto done = insert.run(); !done)
        return std::unexpected(done.error());
    if (auto done = insertData(db, checked->hash, original, renditions); !done)
        return std::unexpected(done.error());
    return read(db, checked->hash);
}

// Only copies that hold bytes, at the widths PictureDecoder makes for the picture: a row at
// any other width, written by something else, is never offered to a page (width 0 is the
// original, which pages never show: its metadata may say where a source was).
StoreResult<QList<int>> renditionWidths(SqliteDatabase &db, const QString &hash, qint64 width)
{
    static const QByteArray sql =
        "SELECT width FROM picture_data WHERE hash = ?1 AND typeof(width) = 'integer' AND " +
        picturerules::isRenditionWidthSql("width", "?2", "min") +
        " AND length(data) > 0 ORDER BY width LIMIT ?3";
    SqliteStatement rows = db.prepare(sql);
    rows.bind(1, hash).bind(2, width).bind(3, picturerules::kMaxRenditions);
    QList<int> widths;
    while (rows.next())
        widths.append(int(rows.int64(0)));
    if (rows.failed())
        return std::unexpected(rows.error());
    return widths;
}

StoreResult<Picture> read(SqliteDatabase &db, const QByteArray &hash)
{
    SqliteStatement row = db.prepare(select("WHERE hash = ?"));
    row.bind(1, key(hash));
    auto found = readAll(db, row);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return picturerules::notFound(hash);
    return found->front();
}

StoreResult<QByteArray> bytes(SqliteDatabase &db, const QByteArray &hash, int width)
{
    SqliteStatement row = db.prepare("SELECT CASE WHEN length(data) <= ?3 THEN data END,"
                                     " length(data) FROM picture_data WHERE hash = ?1"
                                     " AND width = ?2");
    row.bind(1, key(hash)).bind(2, width).bind(3, Picture::kMaxFileBytes);
    if (row.next()) {
        if (row.int64(1) > Picture::kMaxFileBytes)
            return picturerules::tooLarge(hash);
        return row.blob(0);
    }
    if (row.failed())
        return std::unexpected(row.error());
    if (width != 0) {
        if (auto exists = read(db, hash); !exists)
            return std::unexpected(exists.error());
    }
    return picturerules::notFound(hash, width);
}

StoreResult<Picture> describe(SqliteDatabase &db, const QByteArray &hash, const QString &caption,
                              const QString &credit, const QString &altText)
{
    auto current = read(db, hash);
    if (!current)
        return current;
    const Picture described = picturerules::withWords(*current, caption, credit, altText);
    SqliteStatement update = db.prepare("UPDATE pictures SET caption = ?, credit = ?,"
                                        " alt_text = ?, search_text = ? WHERE hash = ?");
    update.bind(1, described.caption)
        .bind(2, described.credit)
        .bind(3, described.altText)
        .bind(4, picturerules::searchText(described))
        .bind(5, QString::fromLatin1(described.hash));
    if (auto done = update.run(); !done)
        return std::unexpected(done.error());
    return described;
}

StoreResult<QList<Picture>> find(SqliteDatabase &db, const QString &words, int limit, int offset)
{
    const QStringList terms = picturerules::searchWords(words);
    QByteArray where = "WHERE 1";
    for (qsizetype i = 0; i < terms.size(); ++i)
        where += " AND instr(search_text, ?" + QByteArray::number(i + 3) + ") > 0";
    SqliteStatement rows =
        db.prepare(select(where + " ORDER BY added_at DESC, hash LIMIT ?1 OFFSET ?2"));
    rows.bind(1, qBound(0, limit < 0 ? picturerules::kMaxListed : limit, picturerules::kMaxListed))
        .bind(2, qMax(0, offset));
    for (qsizetype i = 0; i < terms.size(); ++i)
        rows.bind(int(i + 3), QLatin1Char(' ') + terms[i]);
    return readAll(db, rows);
}

StoreResult<QList<qint64>> users(SqliteDatabase &db, const QByteArray &hash)
{
    if (auto exists = read(db, hash); !exists)
        return std::unexpected(exists.error());
    SqliteStatement rows = db.prepare("SELECT article_id FROM picture_uses WHERE hash = ?"
                                      " AND current = 1 ORDER BY article_id LIMIT 100000");
    rows.bind(1, key(hash));
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.int64(0));
    if (rows.failed())
        return std::unexpected(rows.error());
    return ids;
}

StoreResult<QList<Picture>> unused(SqliteDatabase &db)
{
    SqliteStatement rows =
        db.prepare(select("p WHERE NOT EXISTS (SELECT 1 FROM picture_uses u WHERE u.hash = p.hash)"
                          " ORDER BY added_at, hash LIMIT ?"));
    rows.bind(1, picturerules::kMaxListed);
    return readAll(db, rows);
}

StoreResult<int> purge(SqliteDatabase &db, const QList<QByteArray> &hashes)
{
    SqliteStatement remove = db.prepare(
        "DELETE FROM pictures WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM picture_uses u"
        " WHERE u.hash = pictures.hash)");
    int purged = 0;
    for (const QByteArray &hash : hashes) {
        remove.reset();
        if (auto done = remove.bind(1, key(hash)).run(); !done)
            return std::unexpected(done.error());
        purged += db.changes();
    }
    return purged;
}

} // namespace newsroom::sqlitepictures
