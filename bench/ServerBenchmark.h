#pragma once

#include "model/Article.h"
#include "store/StoreError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace newsroom {
class ArticleStore;
}

namespace newsroom::bench {

// The team archive on a PostgreSQL server, measured as the file archive is (the same
// synthetic articles and queries): import rate, open, search p95 per query class, suggest
// p95, save p95; then the load test (ServerLoadTest). On the benchmark's own throw-away
// cluster (ThrowAwayCluster), fsync on.
class ServerBenchmark
{
public:
    // With `reuse`, an archive of `articles` already there is measured as it is.
    ServerBenchmark(QString address, int articles, int repeats, bool reuse = false);
    QJsonObject run();

private:
    bool build(QJsonObject &out);
    void measureOpen(QJsonObject &out);
    void measureSearch(QJsonObject &out);
    void measureSuggest(QJsonObject &out);
    void measureSave(QJsonObject &out);
    void measureDuplicateCheck(QJsonObject &out);
    QList<double>
    timedOnArticles(int probes, QJsonObject &out,
                    const std::function<StoreStatus(ArticleStore &, const Article &)> &work);

    QString m_address;
    int m_articles;
    int m_repeats;
    bool m_reuse;
};

} // namespace newsroom::bench
