#include "RelatedSuggester.h"

#include "TermCountsFunction.h"
#include "store/SqlTime.h"
#include "store/SqliteDatabase.h"
#include "store/SummaryRow.h"

#include <algorithm>

namespace newsroom {

namespace {

// Candidates whose closeness, lifted, could still reach the last place shown are dated.
constexpr int kMostDated = 200;

ArticleTerms termsOf(const Article &article)
{
    return ArticleTerms(article.headline, article.dek, article.body, article.tags);
}

QString phrases(const QList<RelatedRanker::WeightedTerm> &terms)
{
    QStringList quoted;
    for (const auto &term : terms)
        quoted.append(QLatin1Char('"') + QString::fromUtf8(term.term) + QLatin1Char('"'));
    return quoted.join(QStringLiteral(" OR "));
}

} // namespace

StoreResult<int> RelatedSuggester::documentFrequency(const QByteArray &term)
{
    if (auto known = m_frequencies.constFind(term); known != m_frequencies.cend())
        return *known;
    SqliteStatement statement = m_db.prepare(
        "SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH ?"
        " ORDER BY rowid DESC LIMIT " +
        QByteArray::number(kCommonTerm) + ")");
    statement.bind(1, QLatin1Char('"') + QString::fromUtf8(term) + QLatin1Char('"'));
    if (!statement.next())
        return std::unexpected(statement.error());
    if (m_frequencies.size() > 100'000)
        m_frequencies.clear(); // a long session must not grow without end
    const int frequency = int(statement.int64(0));
    m_frequencies.insert(term, frequency);
    return frequency;
}

StoreStatus RelatedSuggester::weigh(RelatedRanker &ranker, const Article &article)
{
    // The archive's size only scales the rarity scores; the highest id is a close, free
    // stand-in for a count of the live articles.
    auto highestId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM articles");
    if (!highestId)
        return std::unexpected(highestId.error());
    RelatedRanker::Statistics statistics;
    statistics.archiveSize = double(*highestId);
    statistics.commonCap = kCommonTerm;
    statistics.articleIsArchived = !article.isNew();
    for (const QByteArray &term : ranker.termsToLookUp()) {
        auto frequency = documentFrequency(term);
        if (!frequency)
            return std::unexpected(frequency.error());
        statistics.documentFrequency.insert(term, *frequency);
    }
    ranker.weigh(statistics);
    return {};
}

StoreResult<QList<QByteArray>> RelatedSuggester::distinctiveTerms(const Article &article)
{
    const ArticleTerms terms = termsOf(article);
    RelatedRanker ranker(terms);
    if (auto ok = weigh(ranker, article); !ok)
        return std::unexpected(ok.error());
    QList<QByteArray> out;
    for (const auto &term : ranker.scoreTerms())
        out.append(term.term);
    return out;
}

StoreResult<QList<SearchHit>> RelatedSuggester::suggest(const Article &article, int limit)
{
    if (limit <= 0)
        return QList<SearchHit>{};
    const ArticleTerms terms = termsOf(article);
    RelatedRanker ranker(terms);
    if (auto ok = weigh(ranker, article); !ok)
        return std::unexpected(ok.error());
    if (ranker.scoreTerms().isEmpty())
        return QList<SearchHit>{};
    QSet<qint64> excluded{article.id};
    for (const RelatedItem &item : article.related)
        excluded.insert(item.targetId);
    auto found = candidates(ranker, excluded);
    if (!found)
        return std::unexpected(found.error());
    return hits(ranker.rank(*found), limit);
}

// The candidates are the articles holding the rarest of the score terms, as many of them
// as together fill the window (so an old article that shares the story's rarest words is
// found, not pushed out by newer ones that share only a common word); the other score
// terms are in the query only to be counted.
StoreResult<QList<RelatedRanker::Candidate>>
RelatedSuggester::candidates(const RelatedRanker &ranker, const QSet<qint64> &excluded)
{
    if (!m_functionRegistered) {
        if (auto ok = TermCountsFunction::registerWith(m_db.handle()); !ok)
            return std::unexpected(ok.error());
        m_functionRegistered = true;
    }
    QList<RelatedRanker::WeightedTerm> rarest = ranker.scoreTerms();
    std::stable_sort(rarest.begin(), rarest.end(), [](const auto &a, const auto &b) {
        return a.documentFrequency < b.documentFrequency;
    });
    qsizetype finding = 0;
    for (qint64 matches = 0; finding < rarest.size(); ++finding) {
        matches += rarest[finding].documentFrequency;
        if (finding > 0 && matches > kRankWindow)
            break;
    }
    rarest.resize(finding);
    const bool all = finding == ranker.scoreTerms().size();
    const QString query =
        all ? phrases(ranker.scoreTerms())
            : QStringLiteral("(%1) AND (%2)").arg(phrases(rarest), phrases(ranker.scoreTerms()));

    SqliteStatement statement =
        m_db.prepare(QByteArray("SELECT rowid, ") + TermCountsFunction::kName +
                     "(article_search, ?2) FROM article_search WHERE article_search MATCH ?1"
                     " ORDER BY rowid DESC LIMIT " +
                     QByteArray::number(kRankWindow));
    statement.bind(1, query).bind(2, all ? 0 : int(finding));
    QList<RelatedRanker::Candidate> found;
    while (statement.next()) {
        const qint64 id = statement.int64(0);
        if (excluded.contains(id))
            continue;
        auto row = TermCountsFunction::decode(statement.blob(1));
        found.append({id, row.length, std::move(row.phraseCounts)});
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    return found;
}

StoreResult<QList<SearchHit>> RelatedSuggester::hits(const QList<RelatedRanker::Ranked> &ranked,
                                                     int limit)
{
    const double reach =
        ranked.size() > limit ? RelatedRanker::cannotOvertake(ranked[limit - 1].similarity) : 0;
    const qint64 now = sqltime::toSeconds(sqltime::now());
    QList<SearchHit> hits;
    for (const RelatedRanker::Ranked &candidate : ranked) {
        if (hits.size() >= std::max(limit, kMostDated) ||
            (hits.size() >= limit && candidate.similarity < reach))
            break;
        SqliteStatement statement =
            m_db.prepare("SELECT id, slug, headline, status, section, updated_at,"
                         " coalesce(published_at, 0), coalesce(published_at, created_at)"
                         " FROM articles WHERE id = ?1");
        statement.bind(1, candidate.id);
        if (!statement.next()) {
            if (statement.failed())
                return std::unexpected(statement.error());
            continue; // removed since the index was read
        }
        SearchHit hit;
        hit.article = readSummary(statement);
        const double ageDays = double(now - statement.int64(7)) / 86400.0;
        hit.score = RelatedRanker::recencyLifted(candidate.similarity, ageDays);
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    hits.resize(std::min<qsizetype>(hits.size(), limit));
    return hits;
}

} // namespace newsroom
