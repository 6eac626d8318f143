#include "RelatedSuggester.h"

#include "MultilingualTokenizer.h"
#include "store/SqlTime.h"
#include "store/SqliteDatabase.h"
#include "store/SummaryRow.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace newsroom {

namespace {

// Where a term stands says how much it tells: the headline and tags name the story.
constexpr double kHeadlineWeight = 3.0;
constexpr double kTagWeight = 3.0;
constexpr double kDekWeight = 2.0;
constexpr double kBodyWeight = 1.0;
// BM25 column weights for headline, dek, body, tags.
constexpr const char *kBm25 = "bm25(article_search, 4.0, 2.0, 1.0, 3.0)";
// A story a month old counts half again as much as an old one; a new one twice as much.
constexpr double kRecencyDays = 30.0;

using TermWeights = QHash<QByteArray, double>;

void addTerms(TermWeights &weights, const QString &text, double weight)
{
    qsizetype end = std::min(text.size(), RelatedSuggester::kFieldChars);
    if (end < text.size() && text.at(end - 1).isHighSurrogate())
        --end;
    // A word cut in two at the end is one term among thousands: no harm done.
    const QByteArray utf8 = QStringView(text).first(end).toUtf8();
    MultilingualTokenizer::tokenize(utf8, [&](const MultilingualTokenizer::Token &token) {
        const QByteArray term = token.term.toByteArray();
        const bool tooShort = term.size() < 3; // "a", "of", "42": never distinctive
        const bool number =
            std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!tooShort && !number)
            weights[term] += weight;
        return true;
    });
}

TermWeights weightedTerms(const Article &article)
{
    TermWeights weights;
    addTerms(weights, article.headline, kHeadlineWeight);
    addTerms(weights, article.tags.join(QLatin1Char(' ')), kTagWeight);
    addTerms(weights, article.dek, kDekWeight);
    addTerms(weights, article.body, kBodyWeight);
    return weights;
}

QString orQuery(const QList<QByteArray> &terms)
{
    QStringList quoted;
    for (const QByteArray &term : terms)
        quoted.append(QLatin1Char('"') + QString::fromUtf8(term) + QLatin1Char('"'));
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

StoreResult<QList<QByteArray>> RelatedSuggester::distinctiveTerms(const Article &article)
{
    const TermWeights weights = weightedTerms(article);
    // Only the most frequent terms of the article are looked up in the archive; a term
    // the article uses once in passing does not make two stories alike.
    QList<std::pair<double, QByteArray>> byWeight;
    byWeight.reserve(weights.size());
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        byWeight.append({it.value(), it.key()});
    const auto first = byWeight.begin() + std::min<qsizetype>(byWeight.size(), kCandidateTerms);
    std::partial_sort(byWeight.begin(), first, byWeight.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<QByteArray> candidates;
    for (auto it = byWeight.begin(); it != first; ++it)
        candidates.append(it->second);

    // The archive's size only scales the rarity scores; the highest id is a close, free
    // stand-in for a count of the live articles.
    auto highestId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM articles");
    if (!highestId)
        return std::unexpected(highestId.error());
    const double archiveSize = std::max<double>(double(*highestId), kCommonTerm);
    const int ownCount = article.isNew() ? 0 : 1; // a saved article holds its own terms

    QList<std::pair<double, QByteArray>> scored;
    for (const QByteArray &term : std::as_const(candidates)) {
        auto frequency = documentFrequency(term);
        if (!frequency)
            return std::unexpected(frequency.error());
        const int others = *frequency - ownCount;
        if (others <= 0 || *frequency >= kCommonTerm)
            continue; // in no other article, or in too many to tell stories apart
        const double rarity = std::log(archiveSize / double(others));
        scored.append({(1.0 + std::log(weights[term])) * rarity, term});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<QByteArray> terms;
    for (qsizetype i = 0; i < scored.size() && i < kQueryTerms; ++i)
        terms.append(scored[i].second);
    return terms;
}

StoreResult<QList<SearchHit>> RelatedSuggester::suggest(const Article &article, int limit)
{
    if (limit <= 0)
        return QList<SearchHit>{};
    auto terms = distinctiveTerms(article);
    if (!terms)
        return std::unexpected(terms.error());
    if (terms->isEmpty())
        return QList<SearchHit>{};
    return rank(*terms, article, limit);
}

// BM25 ranks the newest kRankWindow matches (as ArchiveSearch does, for the same reason);
// the recency weight then lifts this month's stories over old ones of equal likeness.
StoreResult<QList<SearchHit>> RelatedSuggester::rank(const QList<QByteArray> &terms,
                                                     const Article &article, int limit)
{
    QSet<qint64> excluded{article.id};
    for (const RelatedItem &item : article.related)
        excluded.insert(item.targetId);
    const QByteArray sql =
        QByteArray("WITH window AS (SELECT rowid AS id, ") + kBm25 +
        " AS rank FROM article_search WHERE article_search MATCH ?1 ORDER BY rowid DESC LIMIT " +
        QByteArray::number(kRankWindow) +
        ") SELECT a.id, a.slug, a.headline, a.status, a.section, a.updated_at,"
        " coalesce(a.published_at, 0), w.rank, coalesce(a.published_at, a.created_at)"
        " FROM window w JOIN articles a ON a.id = w.id ORDER BY w.rank LIMIT ?2";
    SqliteStatement statement = m_db.prepare(sql);
    statement.bind(1, orQuery(terms)).bind(2, qint64(limit + excluded.size()) * 3);
    const qint64 now = sqltime::toSeconds(sqltime::now());
    QList<SearchHit> hits;
    while (statement.next()) {
        if (excluded.contains(statement.int64(0)))
            continue;
        SearchHit hit;
        hit.article = readSummary(statement);
        const double ageDays = std::max<double>(0, double(now - statement.int64(8)) / 86400.0);
        hit.score = -statement.real(7) * (1.0 + 1.0 / (1.0 + ageDays / kRecencyDays));
        hits.append(hit);
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    hits.resize(std::min<qsizetype>(hits.size(), limit));
    return hits;
}

} // namespace newsroom
