#pragma once

#include "StoryProfile.h"
#include "search/TermRarity.h"

namespace newsroom {

// Whether two texts tell the same story, however differently worded and however long: the
// share of the shorter text's weight that the other text also holds (containment, not
// Jaccard: a two-line blurb is wholly "in" the article it sums up). A term weighs by how
// rare it is in the archive (TermRarity) and by what it is: names and dates weigh most, a
// year or a weekday little. Word forms meet ("capture", "captured"; "Venezuela",
// "Venezuelan"). Two stories on one beat share the beat's words but not its names, so a
// pair whose names mostly differ is not the same story, whatever else it shares.
class SameStoryMeasure
{
public:
    // The score from which two texts tell the same story. Measured on our labelled pairs
    // (tests/data/samestory): the same story told twice scored 0.28 to 0.91, two stories
    // on one beat at most 0.17.
    static constexpr double kSameStory = 0.3;
    // The score from which the archive's duplicate check speaks ("possible duplicate of"):
    // a story and its follow-up share names and reach 0.3 too, a story filed twice far more.
    static constexpr double kVeryLikely = 0.6;

    struct Comparison
    {
        double score = 0;     // 0 to 1: the smaller text's weight the other holds
        double nameScore = 0; // the same, of names and dates alone
        int sharedTerms = 0;  // terms (and names) both hold
        int sharedNames = 0;
        bool sameStory = false;
    };

    explicit SameStoryMeasure(const TermRarity &rarity) : m_rarity(rarity) {}

    Comparison compare(const StoryProfile &a, const StoryProfile &b) const;
    bool sameStory(const StoryProfile &a, const StoryProfile &b) const
    {
        return compare(a, b).sameStory;
    }
    double weight(const StoryProfile::Term &term) const;

private:
    const TermRarity &m_rarity;
};

} // namespace newsroom
