#pragma once

#include "ArticleTerms.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace newsroom {

// Ranks archived articles by how much of one article's distinctive content they share.
// It knows no store: any archive that can count articles holding a term and report, for a
// candidate, how often each chosen term occurs in each field can use it.
//
// 1. termsToLookUp(): the article's most used terms; the store counts, for each, how many
//    articles hold it (up to a cap) and calls weigh().
// 2. weigh() gives each term its importance in THIS article: how often the article uses it
//    (a headline word counts extra only when the dek or body returns to it: "Says", "New",
//    "Record" make headlines, not topics), times its rarity, times 1.5 for a name. Rarity
//    is measured among the articles written in the article's language, estimated as the
//    number holding its most common word: among 10,000 English articles, "que" in all ten
//    Spanish ones says "Spanish", not "same story".
// 3. The store finds candidates holding any of scoreTerms() and reports their counts;
//    rank() scores each by the weighted share of those terms it holds, every count damped
//    (BM25's saturation) and divided by the candidate's length against the candidates'
//    median, so a long article that mentions everything once does not match everything.
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

private:
    double localWeight(const ArticleTerms::Counts &counts) const;

    const ArticleTerms &m_article;
    QList<WeightedTerm> m_scoreTerms;
};

} // namespace newsroom
