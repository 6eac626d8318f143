#pragma once

#include "ArticleTerms.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace newsroom {

// Ranks archived articles by how much of one article's distinctive content they share.
// It knows no store. A store that uses it provides:
// - how many live articles hold each of termsToLookUp() (exact, or counted up to a cap) and
//   about how many articles the archive holds (Statistics);
// - candidates: live articles holding any of scoreTerms(), preferably those holding the
//   rarest of them first, each with its length in terms and how often each score term occurs
//   in each field, read from its full-text index or counted in its text with countIn();
// - each best candidate's age, for recencyLifted(), and its summary to show.
//
// 1. termsToLookUp(): the article's most used terms; the store counts them and calls weigh().
// 2. weigh() gives each term its importance in THIS article: how often the article uses it
//    (a headline word counts extra only when the dek or body returns to it: "Says", "New",
//    "Record" make headlines, not topics), times its rarity, times 1.5 for a name. Rarity
//    is measured among the articles written in the article's language, estimated as the
//    number holding its most common word: among 10,000 English articles, "que" in all ten
//    Spanish ones says "Spanish", not "same story".
// 3. rank() scores each candidate by the weighted share of the score terms it holds, every
//    count damped (BM25's saturation) and divided by the candidate's length against the
//    candidates' median, so a long article that mentions everything once does not match
//    everything.
// The article's terms must outlive the ranker.
class RelatedRanker
{
public:
    static constexpr int kLookupTerms = 60;
    static constexpr int kScoreTerms = 20;

    struct Statistics
    {
        double archiveSize = 0; // articles in the archive (a close estimate will do)
        int commonCap = 0;      // counts stop here: a term this common tells stories apart no more
        QHash<QByteArray, int> documentFrequency; // articles holding each looked-up term
        bool articleIsArchived = false;           // so its own terms are in those counts
    };

    struct WeightedTerm
    {
        QByteArray term;
        double weight = 0;
        int documentFrequency = 0;
    };

    using FieldCounts = std::array<int, ArticleTerms::FieldCount>;
    // One archived article as the store's index sees it.
    struct Candidate
    {
        qint64 id = 0;
        int length = 0;            // terms in all its fields, counted as the index does
        QList<FieldCounts> counts; // for each of scoreTerms(), in that order
    };

    struct Ranked
    {
        qint64 id = 0;
        double similarity = 0; // 0..1: the weighted share of the score terms it holds
    };

    explicit RelatedRanker(const ArticleTerms &article) : m_article(article) {}

    QList<QByteArray> termsToLookUp() const;
    void weigh(const Statistics &statistics);
    // The kScoreTerms most distinctive terms, most important first.
    const QList<WeightedTerm> &scoreTerms() const { return m_scoreTerms; }
    // Best first; candidates holding none of the terms are left out.
    QList<Ranked> rank(const QList<Candidate> &candidates) const;
    // For a store whose index cannot count terms per field: counts them in the text.
    Candidate countIn(qint64 id, const ArticleTerms &text) const;

    // A story from this week is lifted by up to kRecencyLift over an equally close old one,
    // a month-old one by half that: closeness decides, recency breaks near-ties.
    static constexpr double kRecencyLift = 0.1;
    static double recencyLifted(double similarity, double ageDays);
    // Below this closeness even the newest story cannot overtake one of `similarity`.
    static double cannotOvertake(double similarity) { return similarity / (1 + kRecencyLift); }

private:
    double localWeight(const ArticleTerms::Counts &counts) const;

    const ArticleTerms &m_article;
    QList<WeightedTerm> m_scoreTerms;
};

} // namespace newsroom
