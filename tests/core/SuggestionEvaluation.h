#pragma once

// How well "more like this" stays on topic, measured on our own labelled articles
// (tests/data/clusters): a file named <cluster>-<n>.md belongs to <cluster>; none-*.md are
// distractors that belong to no cluster (never asked about, never a right answer).
// Each clustered article asks for five suggestions, text only (its tags are cleared first),
// and the answers are scored against the other members of its cluster in the archive:
// precision@3 (the share of the first three that are on topic) and nDCG@5 (binary gains,
// so a right answer counts more the higher it stands).

#include "importer/ArticleImporter.h"
#include "store/ArticleStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>
#include <cmath>

namespace newsroom::test {

class SuggestionEvaluation
{
public:
    struct Scores
    {
        double precisionAt3 = 0;
        double ndcgAt5 = 0;
        int queries = 0;
        QStringList misses; // one line per off-topic suggestion in a top three
    };

    static QString folder() { return QStringLiteral(NEWSROOM_TEST_DATA "/clusters"); }

    static QStringList allFiles()
    {
        const QDir dir(folder());
        QStringList paths;
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
            paths.append(dir.filePath(name));
        return paths;
    }

    // The 30 articles named in small-archive.txt.
    static QStringList smallArchiveFiles()
    {
        QFile list(folder() + QStringLiteral("/small-archive.txt"));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(list.fileName()));
        QStringList paths;
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QString name = QString::fromUtf8(line.trimmed());
            if (!name.isEmpty() && !name.startsWith(QLatin1Char('#')))
                paths.append(folder() + QLatin1Char('/') + name);
        }
        return paths;
    }

    // "port-3.md" -> "port", "ko-chips-1.md" -> "ko-chips", "none-dog.md" -> "" (none).
    static QString clusterOf(const QString &path)
    {
        const QString name = QFileInfo(path).completeBaseName();
        if (name.startsWith(QStringLiteral("none-")))
            return {};
        return name.section(QLatin1Char('-'), 0, -2);
    }

    // Imports the files and remembers each article's cluster.
    void importFiles(ArticleStore &store, const QStringList &paths)
    {
        const auto outcomes = ArticleImporter(store).importFiles(paths);
        for (const auto &outcome : outcomes) {
            if (!outcome.article)
                qFatal("import of %s failed: %s", qPrintable(outcome.path),
                       qPrintable(outcome.error));
            m_cluster.insert(outcome.article->id, clusterOf(outcome.path));
            m_name.insert(outcome.article->id, QFileInfo(outcome.path).completeBaseName());
        }
    }

    void clearTags(ArticleStore &store) const
    {
        for (auto it = m_cluster.cbegin(); it != m_cluster.cend(); ++it) {
            Article article = *store.article(it.key());
            article.tags.clear();
            if (!store.save(article))
                qFatal("saving article %lld failed", it.key());
        }
    }

    QString clusterOf(qint64 id) const { return m_cluster.value(id); }
    qint64 idOf(const QString &name) const { return m_name.key(name); }

    Scores evaluate(ArticleStore &store) const
    {
        QHash<QString, int> sizes;
        for (const QString &cluster : m_cluster)
            ++sizes[cluster];
        Scores scores;
        double precision = 0;
        double ndcg = 0;
        for (auto it = m_cluster.cbegin(); it != m_cluster.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            auto article = store.article(it.key());
            auto hits = store.suggestRelated(*article, 5);
            if (!hits)
                qFatal("suggest failed: %s", qPrintable(hits.error().message));
            int onTopic = 0;
            double gain = 0;
            for (qsizetype rank = 0; rank < hits->size(); ++rank) {
                const qint64 id = hits->at(rank).article.id;
                const bool relevant = m_cluster.value(id) == it.value();
                if (relevant)
                    gain += 1.0 / std::log2(rank + 2.0);
                if (rank < 3 && relevant)
                    ++onTopic;
                if (rank < 3 && !relevant)
                    scores.misses.append(QStringLiteral("%1 -> #%2 %3")
                                             .arg(m_name.value(it.key()))
                                             .arg(rank + 1)
                                             .arg(m_name.value(id, QStringLiteral("synthetic"))));
            }
            double ideal = 0;
            for (int rank = 0; rank < std::min(5, sizes.value(it.value()) - 1); ++rank)
                ideal += 1.0 / std::log2(rank + 2.0);
            precision += onTopic / 3.0;
            ndcg += ideal > 0 ? gain / ideal : 0;
            ++scores.queries;
        }
        if (scores.queries > 0) {
            scores.precisionAt3 = precision / scores.queries;
            scores.ndcgAt5 = ndcg / scores.queries;
        }
        return scores;
    }

    static void print(const char *label, const Scores &scores)
    {
        qInfo("%s: precision@3 %.3f, nDCG@5 %.3f over %d articles", label, scores.precisionAt3,
              scores.ndcgAt5, scores.queries);
        for (const QString &miss : scores.misses)
            qInfo("  off topic: %s", qPrintable(miss));
    }

private:
    QHash<qint64, QString> m_cluster; // article id -> cluster ("" for a distractor)
    QHash<qint64, QString> m_name;    // article id -> file name without ".md"
};

} // namespace newsroom::test
