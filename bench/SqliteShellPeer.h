#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace newsroom::bench {

// The sqlite3 shell doing the plain thing on the same articles: an FTS5 table with the
// stock unicode61 tokenizer, loaded with .import, queried with ORDER BY rank. It is the
// yardstick for what our archive adds (bounded ranking, CJK terms, revisions).
class SqliteShellPeer
{
public:
    static bool available();
    // Loads `csvPath` (rowid,headline,dek,body) into a new database; returns seconds.
    static std::optional<double> load(const QString &dbPath, const QString &csvPath);
    // Runs each query `repeat` times; returns the shell's own timings in milliseconds.
    static QList<double> queryTimes(const QString &dbPath, const QStringList &ftsQueries,
                                    int repeat);
};

} // namespace newsroom::bench
