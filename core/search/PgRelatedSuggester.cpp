#include "PgRelatedSuggester.h"

#include "MultilingualTokenizer.h"
#include "PgTextSearch.h"
#include "RelatedSuggester.h"
#include "store/PgArticleRows.h"
#include "store/PgConnection.h"
#include "store/SqlTime.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace newsroom {

namespace {

// The file archive's numbers (RelatedSuggester), so that both archives suggest alike.
constexpr int kQueryTerms = RelatedSuggester::kQueryTerms;
constexpr int kCandidateTerms = RelatedSuggester::kCandidateTerms;
constexpr int kCommonTerm = RelatedSuggester::kCommonTerm;
constexpr int kRankWindow = RelatedSuggester::kRankWindow;
constexpr qsizetype kFieldChars = RelatedSuggester::kFieldChars;

// Where a term stands says how much it tells: the headline and tags name the story.
constexpr double kHeadlineWeight = 3.0;
constexpr double kTagWeight = 3.0;
constexpr double kDekWeight = 2.0;
constexpr double kBodyWeight = 1.0;
// ts_rank's weights for D (body), C (tags), B (dek), A (headline): the file archive's
// order (headline, tags, dek, body), flatter than its BM25 weights (4, 3, 2, 1) because
// the terms were already chosen for where they stand. With normalization 32 (rank / (rank
// + 1)) a term's score saturates as BM25's term frequency does. Measured on
// tests/data/clusters: precision@3 0.96 with tags, 0.88 from the text alone (BM25's
// weights scaled to 0..1 and no saturation: 0.94 and 0.77).
constexpr const char *kWeights = "'{0.4, 0.8, 0.6, 1.0}'";
// A story a month old counts half again as much as an old one; a new one twice as much.
constexpr double kRecencyDays = 30.0;

using TermWeights = QHash<QByteArray, double>;

void addTerms(TermWeights &weights, const QString &text, double weight)
{
    qsizetype end = std::min(text.size(), kFieldChars);
    if (end < text.size() && text.at(end - 1).isHighSurrogate())
        --end;
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

QList<QByteArray> mostFrequent(const TermWeights &weights)
{
    QList<std::pair<double, QByteArray>> byWeight;
    byWeight.reserve(weights.size());
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        byWeight.append({it.value(), it.key()});
    const auto first = byWeight.begin() + std::min<qsizetype>(byWeight.size(), kCandidateTerms);
    std::partial_sort(byWeight.begin(), first, byWeight.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<QByteArray> terms;
    for (auto it = byWeight.begin(); it != first; ++it)
        terms.append(it->second);
    return terms;
}

} // namespace

// The terms not yet known, counted in one round trip, each up to kCommonTerm.
StoreStatus PgRelatedSuggester::countFrequencies(const QList<QByteArray> &terms)
{
    QList<QByteArray> unknown;
    QStringList quoted;
    for (const QByteArray &term : terms) {
        if (!m_frequencies.contains(term)) {
            unknown.append(term);
            quoted.append(pgtextsearch::quotedTerm(term));
        }
    }
    if (unknown.isEmpty())
        return {};
    auto rows = m_db.query("SELECT u.n, (SELECT count(*) FROM (SELECT 1 FROM article_search"
                           " WHERE terms @@ u.q::tsquery LIMIT " +
                               QByteArray::number(kCommonTerm) +
                               ") m) FROM unnest($1::text[]) WITH ORDINALITY AS u (q, n)",
                           PgParams().addArray(quoted));
    if (!rows)
        return std::unexpected(rows.error());
    if (m_frequencies.size() > 100'000)
        m_frequencies.clear(); // a long session must not grow without end
    for (int row = 0; row < rows->rows(); ++row) {
        const qint64 n = rows->int64(row, 0);
        if (n >= 1 && n <= unknown.size())
            m_frequencies.insert(unknown[n - 1], int(rows->int64(row, 1)));
    }
    return {};
}

StoreResult<QList<PgRelatedSuggester::Term>>
PgRelatedSuggester::distinctiveTerms(const Article &article)
{
    const TermWeights weights = weightedTerms(article);
    const QList<QByteArray> candidates = mostFrequent(weights);
    if (candidates.isEmpty())
        return QList<Term>{};
    if (auto counted = countFrequencies(candidates); !counted)
        return std::unexpected(counted.error());
    // The archive's size only scales the rarity scores; the highest id is a close, free
    // stand-in for a count of the live articles.
    auto highestId = m_db.query("SELECT coalesce(max(id), 0) FROM articles");
    if (!highestId)
        return std::unexpected(highestId.error());
    const double archiveSize = std::max<double>(double(highestId->int64(0, 0)), kCommonTerm);
    const int ownCount = article.isNew() ? 0 : 1; // a saved article holds its own terms

    QList<std::pair<double, Term>> scored;
    for (const QByteArray &term : candidates) {
        const int frequency = m_frequencies.value(term);
        const int others = frequency - ownCount;
        if (others <= 0 || frequency >= kCommonTerm)
            continue; // in no other article, or in too many to tell stories apart
        const double rarity = std::log(archiveSize / double(others));
        scored.append({(1.0 + std::log(weights[term])) * rarity, Term{term, rarity}});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.text < b.second.text;
    });
    QList<Term> terms;
    for (qsizetype i = 0; i < scored.size() && i < kQueryTerms; ++i)
        terms.append(scored[i].second);
    return terms;
}

StoreResult<QList<SearchHit>> PgRelatedSuggester::suggest(const Article &article, int limit)
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

StoreResult<QList<SearchHit>> PgRelatedSuggester::rank(const QList<Term> &terms,
                                                       const Article &article, int limit)
{
    QSet<qint64> excluded{article.id};
    for (const RelatedItem &item : article.related)
        excluded.insert(item.targetId);
    QStringList quoted;
    QStringList rarities;
    for (const Term &term : terms) {
        quoted.append(pgtextsearch::quotedTerm(term.text));
        rarities.append(QString::number(term.rarity, 'g', 17));
    }
    const QByteArray sql =
        QByteArray("WITH q AS (SELECT t::tsquery AS q, r FROM unnest($1::text[], $2::float8[])"
                   " AS u (t, r)), w AS MATERIALIZED (SELECT article_id, terms FROM article_search"
                   " WHERE terms @@ $3::tsquery ORDER BY article_id DESC LIMIT ") +
        QByteArray::number(kRankWindow) + ") SELECT " + pgrows::kSummaryColumns +
        ", (SELECT sum(q.r * ts_rank(" + kWeights +
        ", w.terms, q.q, 32)) FROM q) AS score,"
        " extract(epoch FROM coalesce(a.published_at, a.created_at))::bigint"
        " FROM w JOIN articles a ON a.id = w.article_id ORDER BY score DESC, a.id DESC LIMIT $4";
    auto rows = m_db.queryOnce(sql, PgParams()
                                        .addArray(quoted)
                                        .addArray(rarities)
                                        .add(quoted.join(QStringLiteral(" | ")))
                                        .add(qint64(limit + excluded.size()) * 3));
    if (!rows)
        return std::unexpected(rows.error());
    const qint64 now = sqltime::toSeconds(sqltime::now());
    QList<SearchHit> hits;
    for (int row = 0; row < rows->rows(); ++row) {
        if (excluded.contains(rows->int64(row, 0)))
            continue;
        SearchHit hit;
        hit.article = pgrows::readSummary(*rows, row);
        const double ageDays = std::max<double>(0, double(now - rows->int64(row, 8)) / 86400.0);
        hit.score = rows->real(row, 7) * (1.0 + 1.0 / (1.0 + ageDays / kRecencyDays));
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    hits.resize(std::min<qsizetype>(hits.size(), limit));
    return hits;
}

} // namespace newsroom
