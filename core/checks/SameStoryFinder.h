#pragma once

#include "model/Article.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <functional>

namespace newsroom {

class ArticleStore;

// An archived article that tells the same story as another, and how alike the two are
// (SameStoryMeasure's score, 0 to 1).
struct SameStoryMatch
{
    qint64 id = 0;
    QString slug;
    QString headline;
    double score = 0;

    friend bool operator==(const SameStoryMatch &, const SameStoryMatch &) = default;
};

// Finds the same story told twice in the archive: the same wire story arriving again, a
// rewrite filed beside the original (SameStoryMeasure at kVeryLikely). For one article, the
// archive's search index names the few articles sharing its rarest terms, and SameStoryMeasure
// judges each; the whole archive is read twice, once to count its terms and once to pair articles
// sharing several of their rarest ones. Both speak only to ArticleStore, so every store behaves
// alike.
class SameStoryFinder
{
public:
    // Terms in more articles than this are common: not counted further, never queried.
    static constexpr int kCountCap = 1000;
    // The story's terms counted in the archive, from its start.
    static constexpr int kCountedTerms = 32;
    // The article's rarest terms asked of the index, and how many articles it may answer.
    static constexpr int kQueryTerms = 12;
    static constexpr int kCandidates = 8;
    // Over the whole archive: two articles are compared when they share this many of the
    // rarest kQueryTerms terms of one of them.
    static constexpr int kSharedRareTerms = 3;

    // Where a long scan is: `step` 1 counts terms, 2 pairs articles, 3 compares pairs.
    using Progress = std::function<void(int step, qint64 done, qint64 total)>;

    explicit SameStoryFinder(ArticleStore &store) : m_store(store) {}

    // The live articles that very likely tell the story `article` tells, most alike first;
    // never the article itself. With `olderThan`, only articles with smaller ids (for an
    // import: those archived before it).
    StoreResult<QList<SameStoryMatch>> matchesFor(const Article &article, qint64 olderThan = 0);

    // Every group of live articles that tell one story, the group with the most alike pair
    // first; in a group, each article's score is its highest with another of the group.
    StoreResult<QList<QList<SameStoryMatch>>> clusters(const Progress &progress = {});

private:
    ArticleStore &m_store;
};

} // namespace newsroom
