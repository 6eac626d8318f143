#include "ArchiveCheck.h"

#include "SqliteDatabase.h"
#include "SqlitePictures.h"
#include "media/Picture.h"
#include "media/PictureDecoder.h"
#include "media/PictureRefs.h"
#include "model/Article.h"

#include <QCryptographicHash>

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <climits>

namespace newsroom {

namespace {

// Damage met while checking is a finding, not a failure to check.
StoreResult<QStringList> damageAsFinding(StoreResult<QStringList> findings)
{
    if (!findings && findings.error().code == StoreError::Code::Corrupt)
        return QStringList{findings.error().message};
    return findings;
}

// Findings kept for a report: the first kMaxFindings, then how many more (a crafted file can
// hold millions of bad rows).
class BoundedFindings
{
public:
    static constexpr qsizetype kMaxFindings = 100;
    void add(const QString &finding)
    {
        if (m_list.size() < kMaxFindings)
            m_list.append(finding);
        else
            ++m_more;
    }
    QStringList list() const
    {
        if (m_more == 0)
            return m_list;
        return m_list + QStringList{ArchiveCheck::tr("%n more like these", nullptr,
                                                     int(std::min(m_more, qint64(INT_MAX))))};
    }

private:
    QStringList m_list;
    qint64 m_more = 0;
};

// "HASH (harbour-crane.jpg)": what a person can find the picture by.
QString pictureLabel(const QString &hash, const QString &fileName)
{
    return fileName.isEmpty() ? hash : hash + QStringLiteral(" (") + fileName + u')';
}

// The first few findings, for a sentence; the rest are in the problem's details (whose last
// line, when a check kept only its first kMaxFindings, says how many more there are).
QString sample(const QStringList &findings)
{
    constexpr int kShown = 3;
    QString text = findings.mid(0, kShown).join(QStringLiteral("; "));
    if (findings.size() > BoundedFindings::kMaxFindings)
        text += ArchiveCheck::tr(" (and more: see the details)");
    else if (findings.size() > kShown)
        text += ArchiveCheck::tr(" (and %n more)", nullptr, int(findings.size() - kShown));
    return text;
}

ArchiveProblem pagesProblem(const QStringList &findings)
{
    return {QStringLiteral("pages"),
            ArchiveCheck::tr(
                "The archive file is damaged: %1. Stop working in it, keep the file (with its "
                "-wal file) aside, and restore the latest backup; SQLite's .recover command can "
                "often rescue what a damaged file still holds.")
                .arg(sample(findings)),
            findings};
}

ArchiveProblem foreignKeysProblem(const QStringList &findings)
{
    return {QStringLiteral("foreign-keys"),
            ArchiveCheck::tr(
                "Rows belong to articles that do not exist: %1. Newsroom never writes such rows, "
                "so the file was changed by another program or damaged; if articles are missing, "
                "restore the latest backup.")
                .arg(sample(findings)),
            findings};
}

ArchiveProblem searchIndexProblem(const QStringList &findings)
{
    return {QStringLiteral("search-index"),
            ArchiveCheck::tr(
                "The search index is damaged: %1. Search may miss articles or fail; the articles "
                "themselves are not affected. Run \"newsroom-cli check-archive --repair-index\" "
                "to rebuild the index.")
                .arg(sample(findings)),
            findings};
}

ArchiveProblem picturesProblem(const QStringList &findings)
{
    return {QStringLiteral("pictures"),
            ArchiveCheck::tr(
                "Pictures in the archive are damaged: %1. Their bytes are no longer the picture "
                "they were stored as. Add the same picture files again (Pictures panel, Add "
                "Pictures…, or newsroom-cli pictures add FILE) to put their bytes back, or "
                "restore the latest backup.")
                .arg(sample(findings)),
            findings};
}

ArchiveProblem pictureCopiesProblem(const QStringList &findings)
{
    return {QStringLiteral("picture-copies"),
            ArchiveCheck::tr(
                "Pictures lack smaller copies that pages show: %1. Pages use the sizes that are "
                "left, or show no picture when none is. Add the same picture files again "
                "(Pictures panel, Add Pictures…, or newsroom-cli pictures add FILE) to put them "
                "right; nothing else changes.")
                .arg(sample(findings)),
            findings};
}

ArchiveProblem pictureUsesProblem(const QStringList &findings)
{
    return {QStringLiteral("picture-uses"),
            ArchiveCheck::tr(
                "Articles use pictures the archive does not have: %1. Their pages will show no "
                "picture there. Import the same picture file again (the same file gets the same "
                "name), or remove the picture from those articles.")
                .arg(sample(findings)),
            findings};
}

// count(*) and min(id) of the rows `sql` selects, as "N articles (the first #ID)": `what`
// is a plural message (QT_TRANSLATE_N_NOOP) with %n for the count and %1 for the id.
StoreResult<QString> countedIds(SqliteDatabase &db, const char *sql, const char *what)
{
    SqliteStatement statement = db.prepare(sql);
    if (!statement.next())
        return std::unexpected(statement.error());
    const qint64 count = statement.int64(0);
    if (count == 0)
        return QString();
    return ArchiveCheck::tr(what, nullptr, int(std::min(count, qint64(INT_MAX))))
        .arg(statement.int64(1));
}

} // namespace

StoreResult<QStringList> ArchiveCheck::pageDamage(SqliteDatabase &db, Depth depth, int limit)
{
    const QByteArray sql =
        (depth == Depth::Full ? "PRAGMA integrity_check(" : "PRAGMA quick_check(") +
        QByteArray::number(qMax(1, limit)) + ')';
    SqliteStatement statement = db.prepare(sql);
    QStringList findings;
    // One finding a line; the first row starts with a "*** in database main ***" banner.
    while (statement.next()) {
        const QStringList lines = statement.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1StringView("*** ")))
                findings.append(line);
        }
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    if (findings == QStringList{QStringLiteral("ok")})
        return QStringList();
    return findings;
}

StoreResult<QStringList> ArchiveCheck::orphanRows(SqliteDatabase &db)
{
    SqliteStatement statement = db.prepare("PRAGMA foreign_key_check");
    QMap<QString, int> byTable;
    while (statement.next())
        ++byTable[statement.text(0)];
    if (statement.failed())
        return std::unexpected(statement.error());
    QStringList findings;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it)
        findings.append(tr("%n row(s) of %1", nullptr, it.value()).arg(it.key()));
    return findings;
}

StoreResult<QStringList> ArchiveCheck::searchIndexDamage(SqliteDatabase &db)
{
    QStringList findings;
    // FTS5 checks that its index is consistent in itself (with this SQLite, not against the
    // articles: the index leaves out the trash, which that comparison would count as damage).
    if (auto done =
            db.exec("INSERT INTO article_search (article_search) VALUES ('integrity-check')");
        !done) {
        if (done.error().code != StoreError::Code::Corrupt)
            return std::unexpected(done.error());
        findings.append(done.error().message);
    }
    // Which articles it holds: one docsize row per indexed article.
    auto missing = countedIds(
        db,
        "SELECT count(*), min(a.id) FROM articles a WHERE a.trashed_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM article_search_docsize d"
        " WHERE d.id = a.id)",
        QT_TRANSLATE_N_NOOP("ArchiveCheck", "%n article(s) are not in it (the first is #%1), so "
                                            "search cannot find them"));
    if (!missing)
        return std::unexpected(missing.error());
    auto extra =
        countedIds(db,
                   "SELECT count(*), min(d.id) FROM article_search_docsize d WHERE NOT"
                   " EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id"
                   " AND a.trashed_at IS NULL)",
                   QT_TRANSLATE_N_NOOP("ArchiveCheck", "%n entries belong to articles in the trash "
                                                       "or gone (the first is #%1)"));
    if (!extra)
        return std::unexpected(extra.error());
    for (const QString &finding : {*missing, *extra}) {
        if (!finding.isEmpty())
            findings.append(finding);
    }
    return findings;
}

StoreResult<QStringList> ArchiveCheck::pictureDamage(SqliteDatabase &db)
{
    // One picture's bytes at a time, never more than the largest the archive takes.
    SqliteStatement originals =
        db.prepare("SELECT p.hash, CASE WHEN length(d.data) <= ?1 THEN d.data END,"
                   " d.hash IS NULL, substr(p.file_name, 1, 255) FROM pictures p"
                   " LEFT JOIN picture_data d ON d.hash = p.hash AND d.width = 0 ORDER BY p.hash");
    originals.bind(1, Picture::kMaxFileBytes);
    BoundedFindings findings;
    while (originals.next()) {
        const QString hash = originals.text(0).left(64);
        const QString label = pictureLabel(hash, originals.text(3));
        if (originals.int64(2)) {
            findings.add(tr("picture %1 has no data").arg(label));
            continue;
        }
        const QByteArray data = originals.blob(1);
        if (QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != hash.toLatin1())
            findings.add(tr("picture %1 does not match its name").arg(label));
    }
    if (originals.failed())
        return std::unexpected(originals.error());
    return findings.list();
}

// Each picture's copies against the ones the decoder makes for its width: missing or empty
// ones (pages quietly offer fewer sizes), read as pages read them
// (sqlitepictures::renditionWidths): rows at other widths are never copies, so not asked about.
StoreResult<QStringList> ArchiveCheck::missingRenditions(SqliteDatabase &db)
{
    SqliteStatement pictures = db.prepare("SELECT hash, substr(file_name, 1, 255),"
                                          " CASE WHEN typeof(width) = 'integer' THEN width END"
                                          " FROM pictures ORDER BY hash");
    BoundedFindings findings;
    while (pictures.next()) {
        const QString hash = pictures.text(0).left(64);
        const QString label = pictureLabel(hash, pictures.text(1));
        const qint64 width = pictures.int64(2);
        if (width < 1 || width > Picture::kMaxPixels) {
            findings.add(tr("picture %1 gives no usable width, so no page shows it").arg(label));
            continue;
        }
        auto stored = sqlitepictures::renditionWidths(db, hash, width);
        if (!stored)
            return std::unexpected(stored.error());
        QStringList lacking;
        for (int copyWidth : PictureDecoder::renditionWidthsFor(int(width))) {
            if (!stored->contains(copyWidth))
                lacking.append(QString::number(copyWidth));
        }
        if (!lacking.isEmpty())
            findings.add(tr("picture %1 lacks %n of its copies (%2 pixels wide)", nullptr,
                            int(lacking.size()))
                             .arg(label, lacking.join(QStringLiteral(", "))));
    }
    if (pictures.failed())
        return std::unexpected(pictures.error());
    return findings.list();
}

StoreResult<QStringList> ArchiveCheck::missingPictures(SqliteDatabase &db)
{
    SqliteStatement articles =
        db.prepare("SELECT id, lead_hash, body FROM articles WHERE lead_hash <> ''"
                   " OR instr(lower(body), 'media:') > 0 ORDER BY id");
    SqliteStatement known = db.prepare("SELECT 1 FROM pictures WHERE hash = ?");
    BoundedFindings findings;
    while (articles.next()) {
        Article article;
        article.leadImage.hash = articles.text(1).toLatin1();
        article.body = articles.text(2);
        for (const QByteArray &hash : picturerefs::usedBy(article)) {
            known.reset();
            known.bind(1, QString::fromLatin1(hash));
            if (known.next())
                continue;
            if (known.failed())
                return std::unexpected(known.error());
            findings.add(tr("article #%1 uses picture %2")
                             .arg(articles.int64(0))
                             .arg(QString::fromLatin1(hash.left(64))));
        }
    }
    if (articles.failed())
        return std::unexpected(articles.error());
    return findings.list();
}

StoreStatus ArchiveCheck::rebuildSearchIndex(SqliteDatabase &db)
{
    // Not FTS5's 'rebuild': that would index every row of the view, the trash included,
    // and restoring an article from the trash would then index it twice.
    SqliteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = db.exec("INSERT INTO article_search (article_search) VALUES ('delete-all');"
                            "INSERT INTO article_search (rowid, headline, dek, body, tags)"
                            " SELECT id, headline, dek, body, tags FROM article_search_source"
                            " WHERE trashed_at IS NULL;");
        !done)
        return done;
    return transaction.commit();
}

StoreResult<ArchiveCheckReport> ArchiveCheck::run(SqliteDatabase &db, const Options &options)
{
    ArchiveCheckReport report;
    report.checked.append(QStringLiteral("pages"));
    auto pages = damageAsFinding(pageDamage(db, options.depth));
    if (!pages)
        return std::unexpected(pages.error());
    // What the other checks would find in a damaged file is mostly that damage again, and
    // writing into it (the index repair) can spread it: they wait for a sound file.
    if (!pages->isEmpty()) {
        report.problems.append(pagesProblem(*pages));
        return report;
    }

    if (options.repairIndex) {
        if (auto rebuilt = rebuildSearchIndex(db); !rebuilt)
            return std::unexpected(rebuilt.error());
        report.indexRebuilt = true;
    }

    report.checked.append(QStringLiteral("foreign-keys"));
    auto orphans = damageAsFinding(orphanRows(db));
    if (!orphans)
        return std::unexpected(orphans.error());
    if (!orphans->isEmpty())
        report.problems.append(foreignKeysProblem(*orphans));

    report.checked.append(QStringLiteral("search-index"));
    auto index = damageAsFinding(searchIndexDamage(db));
    if (!index)
        return std::unexpected(index.error());
    if (!index->isEmpty())
        report.problems.append(searchIndexProblem(*index));

    report.checked.append(QStringLiteral("pictures"));
    auto pictures = damageAsFinding(pictureDamage(db));
    if (!pictures)
        return std::unexpected(pictures.error());
    if (!pictures->isEmpty())
        report.problems.append(picturesProblem(*pictures));

    report.checked.append(QStringLiteral("picture-copies"));
    auto copies = damageAsFinding(missingRenditions(db));
    if (!copies)
        return std::unexpected(copies.error());
    if (!copies->isEmpty())
        report.problems.append(pictureCopiesProblem(*copies));

    report.checked.append(QStringLiteral("picture-uses"));
    auto uses = damageAsFinding(missingPictures(db));
    if (!uses)
        return std::unexpected(uses.error());
    if (!uses->isEmpty())
        report.problems.append(pictureUsesProblem(*uses));
    return report;
}

} // namespace newsroom
