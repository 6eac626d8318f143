#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace newsroom {

class SqliteDatabase;

// One kind of damage a check found: which check (`pages`, `foreign-keys`, `search-index`),
// what is wrong and what to do about it in words a person can act on, and each finding
// as SQLite put it.
struct ArchiveProblem
{
    QString check;
    QString message;
    QStringList details;
};

struct ArchiveCheckReport
{
    QStringList checked; // the checks that ran, in order
    QList<ArchiveProblem> problems;
    bool indexRebuilt = false;

    bool ok() const { return problems.isEmpty(); }
};

// Checks an open archive for damage: SQLite's page and index structure (quick_check, or
// integrity_check), then, if the pages are sound, rows whose article is gone
// (foreign_key_check) and the search index (FTS5's own integrity-check, and that it holds
// exactly the live articles), and the pictures (each one's bytes hash to its name, each has
// its renditions, every picture an article uses is there). Damage is the report's answer; a
// StoreError means the check itself could not run.
class ArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)
public:
    enum class Depth
    {
        Quick, // PRAGMA quick_check: every page read, structure and row formats checked
        Full,  // PRAGMA integrity_check: also that every index matches its table
    };
    struct Options
    {
        Depth depth = Depth::Quick;
        bool repairIndex = false; // rebuild the search index (only when the pages are sound)
    };

    static StoreResult<ArchiveCheckReport> run(SqliteDatabase &db, const Options &options);

    // What quick_check or integrity_check found, at most `limit` findings in SQLite's words;
    // empty when the file is sound. Reads every page of the file.
    static StoreResult<QStringList> pageDamage(SqliteDatabase &db, Depth depth, int limit = 100);
    // Rows of tags, sources, related items and revisions whose article does not exist.
    static StoreResult<QStringList> orphanRows(SqliteDatabase &db);
    // FTS5's integrity-check, then live articles missing from the index and indexed
    // articles that are in the trash or gone.
    static StoreResult<QStringList> searchIndexDamage(SqliteDatabase &db);
    // Pictures whose stored bytes do not hash to their name (changed or damaged).
    static StoreResult<QStringList> pictureDamage(SqliteDatabase &db);
    // Pictures without every rendition the decoder makes for their width (a row deleted,
    // emptied or lost), or whose own width no picture can have: their pages silently use
    // fewer sizes, or none.
    static StoreResult<QStringList> missingRenditions(SqliteDatabase &db);
    // Articles whose newest version uses a picture the archive does not have.
    static StoreResult<QStringList> missingPictures(SqliteDatabase &db);
    // Empties the search index and indexes every live article again, in one transaction.
    static StoreStatus rebuildSearchIndex(SqliteDatabase &db);
};

} // namespace newsroom
