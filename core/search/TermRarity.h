#pragma once

#include <QByteArray>
#include <QHash>

namespace newsroom {

// How much a term tells one story from another, from how many of the archive's articles
// hold it: 1 for a term no article holds, falling towards 0 for one every article holds
// (inverse document frequency, scaled to the archive's size). A small archive says little
// about which terms are common (in 20 articles "court" and "Maryland" may both be rare), so
// its counts are trusted in proportion to its size: with no archive every term weighs 1.
class TermRarity
{
public:
    // Articles at which the counts are trusted half.
    static constexpr double kHalfTrust = 200.0;
    // The floor: a term in every article still says a little.
    static constexpr double kFloor = 0.05;

    TermRarity() = default;
    // `articles`: about how many live articles there are; `counts`: for each term, how
    // many of them hold it (terms not given: none).
    TermRarity(qint64 articles, QHash<QByteArray, int> counts);

    double of(const QByteArray &term) const;
    // What a term the counts do not cover weighs (by default: a term no article holds).
    // Comparing an article with many candidates, their own terms may be given the mean
    // rarity of the article's rather than each be counted.
    void setUncounted(double rarity) { m_uncounted = rarity; }
    // The mean of `terms`' rarities.
    double meanOf(const QList<QByteArray> &terms) const;
    bool knows(const QByteArray &term) const { return m_counts.contains(term); }
    int count(const QByteArray &term) const { return m_counts.value(term); }
    qint64 articles() const { return m_articles; }

private:
    qint64 m_articles = 0;
    QHash<QByteArray, int> m_counts;
    double m_uncounted = -1; // < 0: as a term no article holds
};

} // namespace newsroom
