#include "ArchiveSchema.h"

#include "Migrations.h"
#include "SqliteDatabase.h"
#include "search/MultilingualTokenizer.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QStringList>

namespace newsroom::archiveschema {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct ArchiveSchema
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSchema)
};

struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString name;
    QString sql; // as SQLite keeps it; empty for the indexes SQLite makes itself
};

// By "type name", so that a report names what is wrong the same way every time.
using Schema = QMap<QString, SchemaObject>;

// FTS5 makes these for the search index itself; their definitions are FTS5's, and may
// differ between SQLite versions, so only their names are compared.
constexpr QLatin1StringView kSearchIndexShadow("article_search_");
// ANALYZE's statistics: SQLite's own, harmless, made by "PRAGMA optimize" in other tools.
constexpr QLatin1StringView kStatistics("sqlite_stat");

StoreResult<Schema> read(SqliteDatabase &db)
{
    SqliteStatement rows = db.prepare("SELECT type, name, sql FROM sqlite_schema");
    Schema schema;
    while (rows.next()) {
        SchemaObject object{rows.text(0), rows.text(1), rows.text(2)};
        if (object.name.startsWith(kStatistics) && object.type == QLatin1StringView("table"))
            continue;
        if (object.name.startsWith(kSearchIndexShadow) && object.type == QLatin1StringView("table"))
            object.sql.clear();
        schema.insert(object.type + QLatin1Char(' ') + object.name, object);
    }
    if (rows.failed())
        return std::unexpected(rows.error());
    return schema;
}

// What the migrations make at `version`, on a scratch database in memory; once per
// version and process.
StoreResult<Schema> expected(int version)
{
    static QMutex mutex;
    static QMap<int, Schema> known;
    const QMutexLocker lock(&mutex);
    if (const auto found = known.constFind(version); found != known.constEnd())
        return *found;
    auto scratch = SqliteDatabase::open(QStringLiteral(":memory:"), true);
    if (!scratch)
        return std::unexpected(scratch.error());
    if (auto ok = MultilingualTokenizer::registerWith((*scratch)->handle()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = migrations::migrate(**scratch, version); !ok)
        return std::unexpected(ok.error());
    auto schema = read(**scratch);
    if (schema)
        known.insert(version, *schema);
    return schema;
}

QString describe(const SchemaObject &object)
{
    return QStringLiteral("%1 \"%2\"").arg(object.type, object.name);
}

} // namespace

StoreStatus verify(SqliteDatabase &db, int version, const QString &path)
{
    if (version == 0)
        return {};
    auto want = expected(version);
    if (!want)
        return std::unexpected(want.error());
    auto have = read(db);
    if (!have)
        return std::unexpected(have.error());
    QStringList extra, altered, missing;
    for (const SchemaObject &object : std::as_const(*have)) {
        const auto same = want->constFind(object.type + QLatin1Char(' ') + object.name);
        if (same == want->constEnd())
            extra.append(describe(object));
        else if (same->sql != object.sql)
            altered.append(describe(object));
    }
    for (const SchemaObject &object : std::as_const(*want)) {
        if (!have->contains(object.type + QLatin1Char(' ') + object.name))
            missing.append(describe(object));
    }
    if (extra.isEmpty() && altered.isEmpty() && missing.isEmpty())
        return {};
    QStringList findings;
    if (!extra.isEmpty())
        findings.append(ArchiveSchema::tr("it has what no Newsroom archive has: %1")
                            .arg(extra.join(QStringLiteral(", "))));
    if (!altered.isEmpty())
        findings.append(
            ArchiveSchema::tr("it has altered %1").arg(altered.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        findings.append(ArchiveSchema::tr("it lacks %1").arg(missing.join(QStringLiteral(", "))));
    return storeFailure(
        StoreError::Code::NotAnArchive,
        ArchiveSchema::tr("%1 is not a Newsroom archive as this Newsroom writes them (%2). It "
                          "may have been made to attack Newsroom, so nothing in it was read "
                          "and it was left untouched: open a backup, or ask whoever sent it "
                          "for an export instead.")
            .arg(path, findings.join(QStringLiteral("; "))));
}

} // namespace newsroom::archiveschema
