#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace newsroom::bench {

// Builds a synthetic archive of `articles` articles in `folder` and measures the core
// archive: import rate, open time, search latency per query class, "more like this", the
// duplicate-story check, and the sqlite3 shell's plain FTS5 on the same articles beside it.
class ArchiveBenchmark
{
public:
    ArchiveBenchmark(QString folder, int articles, int repeats);
    QJsonObject run(bool withPeer = true);
    // Only "more like this", on the archive an earlier run left in the folder (built
    // first when there is none): to compare ranking changes on one archive.
    QJsonObject runSuggest();
    // Only open and search, on the archive an earlier run left (built first when missing).
    QJsonObject runSearch();
    // Only the site export beside Hugo (the archive built first when missing).
    QJsonObject runSite(bool withPeer);
    // Import `rounds` times beside the sqlite3 shell (medians), then search and the site
    // export beside their peers: what bench/compare.sh reports.
    QJsonObject runCompare(int rounds);
    static QString pathFor(const QString &folder, int articles);

private:
    bool build(QJsonObject &out);
    void measureOpen(QJsonObject &out);
    void measureSearch(QJsonObject &out);
    void measureSuggest(QJsonObject &out);
    void measureDuplicates(QJsonObject &out);
    void measurePeer(QJsonObject &out);
    void measureSite(QJsonObject &out, bool withPeer);
    std::optional<double> loadPeer();
    QJsonObject peerSearch() const;
    QString peerPath() const;
    QString archivePath() const;

    QString m_folder;
    int m_articles;
    int m_repeats;
};

} // namespace newsroom::bench
