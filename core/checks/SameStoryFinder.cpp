#include "SameStoryFinder.h"

#include "SameStoryMeasure.h"
#include "StoryProfile.h"
#include "store/ArticleStore.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <vector>

namespace newsroom {

namespace {

// Stories are read from the archive this many at a time.
constexpr int kPage = 1000;
// Pairs are compared this many at a time (their stories read together).
constexpr qsizetype kPairChunk = 2000;

struct WeightedTerm
{
    double weight;
    QByteArray term;
};

// The profile's terms that could find another article, rarest (and names) first.
QList<QByteArray> rarestTerms(const StoryProfile &profile, const SameStoryMeasure &measure,
                              const TermRarity &rarity, int ownCount, int limit)
{
    QList<WeightedTerm> weighted;
    for (const StoryProfile::Term &term : profile.terms()) {
        if (term.indexTerm.isEmpty())
            continue;
        if (!rarity.knows(term.indexTerm))
            continue;
        const int held = rarity.count(term.indexTerm);
        if (held - ownCount <= 0 || held >= SameStoryFinder::kCountCap)
            continue; // in no other article, or in too many to tell stories apart
        weighted.append({measure.weight(term), term.indexTerm});
    }
    std::sort(weighted.begin(), weighted.end(), [](const auto &a, const auto &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    });
    QList<QByteArray> terms;
    for (qsizetype i = 0; i < weighted.size() && i < limit; ++i)
        terms.append(weighted[i].term);
    return terms;
}

// Groups of articles joined by same-story pairs (union-find over their indexes).
class StoryGroups
{
public:
    explicit StoryGroups(qsizetype size) : m_parent(size), m_best(size, 0.0)
    {
        std::iota(m_parent.begin(), m_parent.end(), qsizetype(0));
    }
    void join(qsizetype a, qsizetype b, double score)
    {
        m_parent[root(a)] = root(b);
        m_best[a] = std::max(m_best[a], score);
        m_best[b] = std::max(m_best[b], score);
    }
    qsizetype root(qsizetype a)
    {
        while (m_parent[a] != a)
            a = m_parent[a] = m_parent[m_parent[a]];
        return a;
    }
    double best(qsizetype a) const { return m_best[a]; }
    bool joined(qsizetype a) const { return m_best[a] > 0; }

private:
    std::vector<qsizetype> m_parent;
    std::vector<double> m_best;
};

} // namespace

StoreResult<QList<SameStoryMatch>> SameStoryFinder::matchesFor(const Article &article,
                                                               qint64 olderThan)
{
    const StoryProfile profile = StoryProfile::fromArticle(article);
    if (profile.isEmpty())
        return QList<SameStoryMatch>{};
    // The story's first terms (headline, dek, lede) are counted in the archive; the others,
    // and a candidate's terms the article does not share, weigh their mean: counting each
    // term costs a lookup in every segment of the index.
    const QList<QByteArray> counted = profile.indexTerms().mid(0, kCountedTerms);
    auto counts = m_store.termCounts(counted, kCountCap);
    if (!counts)
        return std::unexpected(counts.error());
    TermRarity rarity(counts->articles, counts->counts);
    rarity.setUncounted(rarity.meanOf(counted));
    const SameStoryMeasure measure(rarity);
    const int ownCount = article.isNew() ? 0 : 1; // a saved article holds its own terms
    const QList<QByteArray> query = rarestTerms(profile, measure, rarity, ownCount, kQueryTerms);
    if (query.isEmpty())
        return QList<SameStoryMatch>{};
    auto candidates = m_store.storiesSharing(query, kCandidates + ownCount);
    if (!candidates)
        return std::unexpected(candidates.error());

    QList<SameStoryMatch> matches;
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        const StoryText &story = candidates->at(i);
        if (story.id == article.id || (olderThan > 0 && story.id >= olderThan))
            continue;
        const auto comparison = measure.compare(profile, StoryProfile::fromStory(story));
        if (comparison.score >= SameStoryMeasure::kVeryLikely)
            matches.append({story.id, story.slug, story.headline, comparison.score});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const auto &a, const auto &b) { return a.score > b.score; });
    return matches;
}

StoreResult<QList<QList<SameStoryMatch>>> SameStoryFinder::clusters(const Progress &progress)
{
    const auto report = [&progress](int step, qint64 done, qint64 total) {
        if (progress)
            progress(step, done, total);
    };
    const auto eachStory = [this](const auto &visit) -> StoreStatus {
        for (qint64 after = 0;;) {
            auto page = m_store.stories(after, kPage);
            if (!page)
                return std::unexpected(page.error());
            if (page->isEmpty())
                return {};
            for (const StoryText &story : std::as_const(*page))
                visit(story);
            after = page->last().id;
        }
    };

    // 1. How many articles hold each term.
    QHash<QByteArray, int> counts;
    QHash<qint64, qsizetype> indexOf;
    QList<qint64> ids;
    auto counted = eachStory([&](const StoryText &story) {
        indexOf.insert(story.id, ids.size());
        ids.append(story.id);
        for (const QByteArray &term : StoryProfile::fromStory(story).indexTerms())
            ++counts[term];
        if (ids.size() % kPage == 0)
            report(1, ids.size(), -1);
    });
    if (!counted)
        return std::unexpected(counted.error());
    report(1, ids.size(), ids.size());
    const TermRarity rarity(ids.size(), std::move(counts));
    const SameStoryMeasure measure(rarity);

    // 2. Each article's rarest terms, and every article that holds them.
    QHash<QByteArray, QList<qint32>> holders;
    std::vector<QList<QByteArray>> rarest(size_t(ids.size()));
    qint64 read = 0;
    auto indexed = eachStory([&](const StoryText &story) {
        const auto at = indexOf.constFind(story.id);
        if (at == indexOf.cend())
            return; // archived since step 1
        const StoryProfile profile = StoryProfile::fromStory(story);
        for (const QByteArray &term : profile.indexTerms()) {
            const int held = rarity.count(term);
            if (held >= 2 && held < kCountCap)
                holders[term].append(qint32(*at));
        }
        rarest[size_t(*at)] = rarestTerms(profile, measure, rarity, 1, kQueryTerms);
        if (++read % kPage == 0)
            report(2, read, ids.size());
    });
    if (!indexed)
        return std::unexpected(indexed.error());

    // Pairs sharing kSharedRareTerms of one side's rarest terms.
    std::vector<quint16> shared(size_t(ids.size()), 0);
    std::vector<qint32> touched;
    QList<std::pair<qint32, qint32>> pairs;
    for (qint32 i = 0; i < qint32(ids.size()); ++i) {
        touched.clear();
        for (const QByteArray &term : rarest[size_t(i)]) {
            for (qint32 j : holders.value(term)) {
                if (j != i && shared[size_t(j)]++ == 0)
                    touched.push_back(j);
            }
        }
        for (qint32 j : touched) {
            if (shared[size_t(j)] >= kSharedRareTerms)
                pairs.append({std::min(i, j), std::max(i, j)});
            shared[size_t(j)] = 0;
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    holders.clear();

    // 3. Each pair judged, a chunk of pairs at a time.
    StoryGroups groups(ids.size());
    QHash<qsizetype, StoryText> stories;
    for (qsizetype first = 0; first < pairs.size(); first += kPairChunk) {
        const auto chunk = pairs.mid(first, kPairChunk);
        QList<qint64> wanted;
        for (const auto &[a, b] : chunk)
            wanted << ids[a] << ids[b];
        auto found = m_store.storiesOf(wanted);
        if (!found)
            return std::unexpected(found.error());
        QHash<qsizetype, StoryProfile> profiles;
        for (const StoryText &story : std::as_const(*found)) {
            const qsizetype at = indexOf.value(story.id);
            profiles.insert(at, StoryProfile::fromStory(story));
            stories.insert(at, story);
        }
        for (const auto &[a, b] : chunk) {
            if (!profiles.contains(a) || !profiles.contains(b))
                continue; // trashed meanwhile
            const auto comparison = measure.compare(profiles[a], profiles[b]);
            if (comparison.score >= SameStoryMeasure::kVeryLikely)
                groups.join(a, b, comparison.score);
        }
        report(3, std::min(first + kPairChunk, pairs.size()), pairs.size());
        // Only the joined articles' stories are kept, for the answer.
        for (auto it = stories.begin(); it != stories.end();)
            it = groups.joined(it.key()) ? std::next(it) : stories.erase(it);
    }

    QHash<qsizetype, QList<SameStoryMatch>> byRoot;
    for (auto it = stories.cbegin(); it != stories.cend(); ++it) {
        const StoryText &story = it.value();
        byRoot[groups.root(it.key())].append(
            {story.id, story.slug, story.headline, groups.best(it.key())});
    }
    QList<QList<SameStoryMatch>> clusters;
    for (QList<SameStoryMatch> &cluster : byRoot) {
        std::sort(cluster.begin(), cluster.end(), [](const auto &a, const auto &b) {
            return a.score != b.score ? a.score > b.score : a.id < b.id;
        });
        clusters.append(cluster);
    }
    std::sort(clusters.begin(), clusters.end(), [](const auto &a, const auto &b) {
        return a.front().score != b.front().score ? a.front().score > b.front().score
                                                  : a.front().id < b.front().id;
    });
    return clusters;
}

} // namespace newsroom
