#include "RelatedRanker.h"

#include <algorithm>
#include <cmath>

namespace newsroom {

namespace {

// How much a use of a term in each field says about the article that uses it: the
// editor's tags and the headline name the story.
constexpr double kTagWeight = 3.0;
constexpr double kHeadlineWeight = 2.0;
constexpr double kDekWeight = 1.5;
constexpr double kBodyWeight = 1.0;
// A headline word the dek and body never use again is the headline's own craft.
constexpr double kHeadlineOnlyWeight = 0.5;
// Below this many terms of dek and body (a draft, a brief), the headline is all there is.
constexpr int kShortText = 25;
// Names (people, places, companies) tell one story from another better than other words.
constexpr double kNameWeight = 1.5;
// BM25's saturation and length normalisation, for the candidates.
constexpr double kSaturation = 1.2;
constexpr double kLengthNormalisation = 0.9;
constexpr double kRecencyDays = 30.0;

template <typename T, typename Key> void sortByKey(QList<T> &items, Key key)
{
    std::sort(items.begin(), items.end(), [&](const T &a, const T &b) {
        const auto ka = key(a);
        const auto kb = key(b);
        return ka.first != kb.first ? ka.first > kb.first : ka.second < kb.second;
    });
}

} // namespace

double RelatedRanker::localWeight(const ArticleTerms::Counts &counts) const
{
    const auto &in = counts.inField;
    const bool returnsTo = in[ArticleTerms::Dek] + in[ArticleTerms::Body] > 0;
    const bool shortText =
        m_article.length(ArticleTerms::Dek) + m_article.length(ArticleTerms::Body) < kShortText;
    const double headline = returnsTo || shortText ? kHeadlineWeight : kHeadlineOnlyWeight;
    return kTagWeight * in[ArticleTerms::Tags] + headline * in[ArticleTerms::Headline] +
           kDekWeight * in[ArticleTerms::Dek] + kBodyWeight * in[ArticleTerms::Body];
}

QList<QByteArray> RelatedRanker::termsToLookUp() const
{
    // Only the article's most used terms are looked up: a term used once in passing does
    // not make two stories alike, and each look-up costs the archive a query.
    QList<std::pair<double, QByteArray>> byWeight;
    byWeight.reserve(m_article.terms().size());
    for (auto it = m_article.terms().cbegin(); it != m_article.terms().cend(); ++it)
        byWeight.append({localWeight(it.value()), it.key()});
    const auto end = byWeight.begin() + std::min<qsizetype>(byWeight.size(), kLookupTerms);
    std::partial_sort(byWeight.begin(), end, byWeight.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<QByteArray> terms;
    for (auto it = byWeight.begin(); it != end; ++it)
        terms.append(it->second);
    return terms;
}

void RelatedRanker::weigh(const Statistics &statistics)
{
    const int own = statistics.articleIsArchived ? 1 : 0;
    // The articles in this article's language: as many as hold its most common word
    // (every text has a "the", a "que", a "에서"). At the cap, the language is most of
    // the archive.
    int mostCommon = 0;
    for (const int frequency : statistics.documentFrequency)
        mostCommon = std::max(mostCommon, frequency);
    const double language =
        (mostCommon >= statistics.commonCap ? statistics.archiveSize : double(mostCommon)) - own;

    m_scoreTerms.clear();
    for (auto it = statistics.documentFrequency.cbegin(); it != statistics.documentFrequency.cend();
         ++it) {
        const int others = it.value() - own;
        if (others <= 0 || it.value() >= statistics.commonCap)
            continue; // in no other article, or in too many to tell stories apart
        const auto counts = m_article.terms().constFind(it.key());
        if (counts == m_article.terms().cend())
            continue;
        const double local = localWeight(*counts);
        const double use = local >= 1 ? 1 + std::log(local) : local;
        const double rarity =
            std::log(1 + (std::max(language, double(others)) - others + 0.5) / (others + 0.5));
        const double name = counts->isName() ? kNameWeight : 1.0;
        m_scoreTerms.append({it.key(), use * rarity * name, it.value()});
    }
    sortByKey(m_scoreTerms, [](const WeightedTerm &t) { return std::pair(t.weight, t.term); });
    m_scoreTerms.resize(std::min<qsizetype>(m_scoreTerms.size(), kScoreTerms));
}

QList<RelatedRanker::Ranked> RelatedRanker::rank(const QList<Candidate> &candidates) const
{
    if (candidates.isEmpty() || m_scoreTerms.isEmpty())
        return {};
    QList<int> lengths;
    for (const Candidate &candidate : candidates)
        lengths.append(candidate.length);
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const double median = std::max(1, lengths[lengths.size() / 2]);

    double total = 0;
    for (const WeightedTerm &term : m_scoreTerms)
        total += term.weight;
    QList<Ranked> ranked;
    for (const Candidate &candidate : candidates) {
        const double norm = 1 - kLengthNormalisation +
                            kLengthNormalisation * std::max(1, candidate.length) / median;
        double shared = 0;
        for (qsizetype i = 0; i < m_scoreTerms.size() && i < candidate.counts.size(); ++i) {
            const auto &in = candidate.counts[i];
            const double uses =
                kHeadlineWeight * in[ArticleTerms::Headline] + kDekWeight * in[ArticleTerms::Dek] +
                kBodyWeight * in[ArticleTerms::Body] + kHeadlineWeight * in[ArticleTerms::Tags];
            shared += m_scoreTerms[i].weight * uses / (uses + kSaturation * norm);
        }
        if (shared > 0)
            ranked.append({candidate.id, shared / total});
    }
    sortByKey(ranked, [](const Ranked &r) { return std::pair(r.similarity, -r.id); });
    return ranked;
}

double RelatedRanker::recencyLifted(double similarity, double ageDays)
{
    return similarity * (1 + kRecencyLift / (1 + std::max(0.0, ageDays) / kRecencyDays));
}

RelatedRanker::Candidate RelatedRanker::countIn(qint64 id, const ArticleTerms &text) const
{
    Candidate candidate{id, 0, {}};
    for (int field = 0; field < ArticleTerms::FieldCount; ++field)
        candidate.length += text.length(ArticleTerms::Field(field));
    for (const WeightedTerm &term : m_scoreTerms)
        candidate.counts.append(text.terms().value(term.term).inField);
    return candidate;
}

} // namespace newsroom
