#include "PgPictures.h"

#include "PgConnection.h"
#include "PictureRules.h"
#include "SqlTime.h"
#include "media/PictureRefs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace newsroom::pgpictures {

namespace {

// A database filled by anything may hold anything in these rows: every text is cut to
// what the archive would have written, and bytes larger than any picture are never read.
// A size no picture can have reads as 0 (such a picture shows nowhere), and only copies that
// hold bytes, at the widths PictureDecoder makes for the picture, are offered to pages: width
// 0 is the original, which pages never show.
const QByteArray kColumns =
    "p.hash, left(p.file_name, 255), left(p.mime_type, 100),"
    " CASE WHEN p.width BETWEEN 1 AND 50000000 THEN p.width ELSE 0 END,"
    " CASE WHEN p.height BETWEEN 1 AND 50000000 THEN p.height ELSE 0 END, p.bytes,"
    " left(p.caption, 1000), left(p.credit, 200), left(p.alt_text, 500),"
    " extract(epoch FROM p.added_at)::bigint, (SELECT coalesce(json_agg(w.width ORDER BY"
    " w.width), '[]') FROM (SELECT d.width FROM picture_data d WHERE d.hash = p.hash AND"
    " p.width <= 50000000 AND " +
    picturerules::isRenditionWidthSql("d.width", "p.width", "least") +
    " AND length(d.data) > 0 ORDER BY d.width LIMIT 8) w)";
static_assert(picturerules::kMaxFileName == 255 && picturerules::kMaxMimeType == 100 &&
              picturerules::kMaxRenditions == 8 && Picture::kMaxCaption == 1000 &&
              Picture::kMaxCredit == 200 && Picture::kMaxAltText == 500 &&
              Picture::kMaxPixels == 50'000'000);

QByteArray select(const QByteArray &rest)
{
    return "SELECT " + kColumns + " FROM pictures p " + rest;
}

QList<Picture> readAll(const PgResult &rows)
{
    QList<Picture> pictures;
    for (int row = 0; row < rows.rows(); ++row) {
        Picture p;
        p.hash = rows.text(row, 0).left(64).toLatin1();
        p.fileName = rows.text(row, 1);
        p.mimeType = rows.text(row, 2);
        p.width = int(rows.int64(row, 3));
        p.height = int(rows.int64(row, 4));
        p.bytes = rows.int64(row, 5);
        p.caption = rows.text(row, 6);
        p.credit = rows.text(row, 7);
        p.altText = rows.text(row, 8);
        p.addedAt = sqltime::fromSeconds(rows.int64(row, 9));
        for (const QJsonValue &width :
             QJsonDocument::fromJson(rows.bytes(row, 10).toByteArray()).array())
            p.renditionWidths.append(width.toInt());
        pictures.append(p);
    }
    return pictures;
}

QString key(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toLower());
}

QStringList keys(const QList<QByteArray> &hashes)
{
    QStringList list;
    for (const QByteArray &hash : hashes)
        list.append(key(hash));
    return list;
}

} // namespace

StoreStatus recordUses(PgConnection &db, qint64 articleId, const Article &version)
{
    auto stale = db.query("UPDATE picture_uses SET current = false WHERE article_id = $1"
                          " AND current",
                          PgParams().add(articleId));
    if (!stale)
        return std::unexpected(stale.error());
    const QList<QByteArray> used = picturerefs::usedBy(version);
    if (used.isEmpty())
        return {};
    // Only pictures the archive has, each locked against a purge until this commits (see
    // the header); one a purge removed meanwhile is skipped, as an unknown one is.
    auto recorded = db.query(
        "INSERT INTO picture_uses (hash, article_id, current) SELECT k.hash, $1, true FROM"
        " (SELECT hash FROM pictures WHERE hash = ANY($2::text[]) ORDER BY hash FOR KEY SHARE) k"
        " ON CONFLICT (hash, article_id) DO UPDATE SET current = true",
        PgParams().add(articleId).addArray(keys(used)));
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

StoreStatus addData(PgConnection &db, const QByteArray &hash, int width, const QByteArray &bytes)
{
    auto added = db.query("INSERT INTO picture_data (hash, width, data) VALUES ($1, $2, $3)"
                          " ON CONFLICT (hash, width) DO NOTHING",
                          PgParams().add(QString::fromLatin1(hash)).add(width).addBytes(bytes));
    return added ? StoreStatus() : StoreStatus(std::unexpected(added.error()));
}

// A picture stored already: the files a damaged archive spoilt (an original that no longer
// hashes to its name, an empty copy) are removed — an editor may remove a picture's bytes but
// never change them under its name — and those it lacks sent again; sound ones are kept and
// not sent. A width its row gives no picture is put right.
StoreStatus repairStored(PgConnection &db, const Picture &picture,
                         const QList<QPair<int, QByteArray>> &files)
{
    const QString hash = QString::fromLatin1(picture.hash);
    QList<qint64> widths;
    for (const auto &file : files)
        widths.append(file.first);
    auto removed = db.query(
        "DELETE FROM picture_data WHERE hash = $1 AND width = ANY($2::bigint[]) AND NOT CASE"
        " WHEN width = 0 THEN encode(sha256(data), 'hex') = $1 ELSE length(data) > 0 END",
        PgParams().add(hash).addArray(widths));
    if (!removed)
        return std::unexpected(removed.error());
    auto present = db.query("SELECT width FROM picture_data WHERE hash = $1 AND"
                            " width = ANY($2::bigint[])",
                            PgParams().add(hash).addArray(widths));
    if (!present)
        return std::unexpected(present.error());
    QSet<qint64> sound;
    for (int row = 0; row < present->rows(); ++row)
        sound.insert(present->int64(row, 0));
    for (const auto &[width, bytes] : files) {
        if (sound.contains(width))
            continue;
        if (auto added = addData(db, picture.hash, width, bytes); !added)
            return added;
    }
    auto sized = db.query("UPDATE pictures SET width = $2, height = $3 WHERE hash = $1 AND NOT"
                          " (width BETWEEN 1 AND 50000000 AND height BETWEEN 1 AND 50000000)",
                          PgParams().add(hash).add(picture.width).add(picture.height));
    return sized ? StoreStatus() : StoreStatus(std::unexpected(sized.error()));
}

StoreResult<Picture> add(PgConnection &db, const Picture &picture, const QByteArray &original,
                         const QList<QPair<int, QByteArray>> &renditions)
{
    auto checked = picturerules::checkedForAdding(picture, original, renditions);
    if (!checked)
        return checked;
    // Two editors adding the same picture at once: the second waits, then finds it.
    auto inserted = db.query(
        "INSERT INTO pictures (hash, file_name, mime_type, width, height, bytes, caption, credit,"
        " alt_text, added_at, search_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
        " coalesce(to_timestamp($10), now()), $11) ON CONFLICT (hash) DO NOTHING RETURNING hash",
        PgParams()
            .add(QString::fromLatin1(checked->hash))
            .add(checked->fileName)
            .add(checked->mimeType)
            .add(checked->width)
            .add(checked->height)
            .add(checked->bytes)
            .add(checked->caption)
            .add(checked->credit)
            .add(checked->altText)
            .addTime(checked->addedAt)
            .add(picturerules::searchText(*checked)));
    if (!inserted)
        return std::unexpected(inserted.error());
    QList<QPair<int, QByteArray>> data{{0, original}};
    data.append(renditions);
    if (inserted->rows() == 0) {
        if (auto repaired = repairStored(db, *checked, data); !repaired)
            return std::unexpected(repaired.error());
    } else {
        for (const auto &[width, blob] : std::as_const(data)) {
            if (auto added = addData(db, checked->hash, width, blob); !added)
                return std::unexpected(added.error());
        }
    }
    return read(db, checked->hash);
}

StoreResult<Picture> read(PgConnection &db, const QByteArray &hash)
{
    auto rows = db.query(select("WHERE p.hash = $1"), PgParams().add(key(hash)));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return picturerules::notFound(hash);
    return readAll(*rows).front();
}

StoreResult<QByteArray> bytes(PgConnection &db, const QByteArray &hash, int width)
{
    auto row = db.query("SELECT CASE WHEN octet_length(data) <= $3 THEN encode(data, 'hex') END,"
                        " octet_length(data) FROM picture_data WHERE hash = $1 AND width = $2",
                        PgParams().add(key(hash)).add(width).add(Picture::kMaxFileBytes));
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0) {
        if (width != 0) {
            if (auto exists = read(db, hash); !exists)
                return std::unexpected(exists.error());
        }
        return picturerules::notFound(hash, width);
    }
    if (row->int64(0, 1) > Picture::kMaxFileBytes)
        return picturerules::tooLarge(hash);
    return QByteArray::fromHex(row->bytes(0, 0).toByteArray());
}

StoreResult<Picture> describe(PgConnection &db, const QByteArray &hash, const QString &caption,
                              const QString &credit, const QString &altText)
{
    auto current = read(db, hash);
    if (!current)
        return current;
    const Picture described = picturerules::withWords(*current, caption, credit, altText);
    auto updated = db.query("UPDATE pictures SET caption = $1, credit = $2, alt_text = $3,"
                            " search_text = $4 WHERE hash = $5",
                            PgParams()
                                .add(described.caption)
                                .add(described.credit)
                                .add(described.altText)
                                .add(picturerules::searchText(described))
                                .add(QString::fromLatin1(described.hash)));
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->affected() == 0)
        return picturerules::notFound(hash); // purged meanwhile
    return described;
}

StoreResult<QList<Picture>> find(PgConnection &db, const QString &words, int limit, int offset)
{
    QStringList terms;
    for (const QString &word : picturerules::searchWords(words))
        terms.append(QLatin1Char(' ') + word);
    auto rows = db.query(
        select("WHERE NOT EXISTS (SELECT 1 FROM unnest($3::text[]) w (word)"
               " WHERE strpos(p.search_text, w.word) = 0)"
               " ORDER BY p.added_at DESC, p.hash LIMIT $1 OFFSET $2"),
        PgParams()
            .add(qBound(0, limit < 0 ? picturerules::kMaxListed : limit, picturerules::kMaxListed))
            .add(qMax(0, offset))
            .addArray(terms));
    if (!rows)
        return std::unexpected(rows.error());
    return readAll(*rows);
}

StoreResult<QList<qint64>> users(PgConnection &db, const QByteArray &hash)
{
    if (auto exists = read(db, hash); !exists)
        return std::unexpected(exists.error());
    auto rows = db.query("SELECT article_id FROM picture_uses WHERE hash = $1 AND current"
                         " ORDER BY article_id LIMIT 100000",
                         PgParams().add(key(hash)));
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> ids;
    for (int row = 0; row < rows->rows(); ++row)
        ids.append(rows->int64(row, 0));
    return ids;
}

StoreResult<QList<Picture>> unused(PgConnection &db)
{
    auto rows = db.query(select("WHERE NOT EXISTS (SELECT 1 FROM picture_uses u"
                                " WHERE u.hash = p.hash) ORDER BY p.added_at, p.hash LIMIT $1"),
                         PgParams().add(picturerules::kMaxListed));
    if (!rows)
        return std::unexpected(rows.error());
    return readAll(*rows);
}

StoreResult<int> purge(PgConnection &db, const QList<QByteArray> &hashes)
{
    const QStringList wanted = keys(hashes);
    // First the locks (a save recording a use holds its own until it commits)...
    auto locked = db.query("SELECT hash FROM pictures WHERE hash = ANY($1::text[])"
                           " ORDER BY hash FOR UPDATE",
                           PgParams().addArray(wanted));
    if (!locked)
        return std::unexpected(locked.error());
    // ...then the check, in a statement that sees every use committed before them.
    auto removed = db.query("DELETE FROM pictures p WHERE p.hash = ANY($1::text[])"
                            " AND NOT EXISTS (SELECT 1 FROM picture_uses u WHERE u.hash = p.hash)",
                            PgParams().addArray(wanted));
    if (!removed)
        return std::unexpected(removed.error());
    return int(removed->affected());
}

} // namespace newsroom::pgpictures
