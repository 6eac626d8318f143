#include "SameStoryMeasure.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace newsroom {

namespace {

using Kind = StoryProfile::Kind;

// Word forms meet when they begin alike for kStemChars and at most kEndingChars of the
// longer differ ("court"/"courts", "venezuela"/"venezuelan", "library"/"libraries",
// "vaccinated"/"vaccination"): shorter words are too often different words.
constexpr qsizetype kStemChars = 5;
constexpr qsizetype kEndingChars = 4;

// What a term is says how much it tells: a name three times a word.
double priorOf(Kind kind)
{
    switch (kind) {
    case Kind::Name:
    case Kind::Date:
        return 3.0;
    case Kind::Word:
    case Kind::Number:
        return 1.0;
    case Kind::Year:
        return 0.5;
    case Kind::Calendar:
        return 0.3;
    }
    return 1.0;
}

bool isNameLike(Kind kind)
{
    return kind == Kind::Name || kind == Kind::Date;
}

bool isLatinWord(const QByteArray &key)
{
    return key.size() >= kStemChars &&
           std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

qsizetype commonPrefix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// Arabic writes "and", "by", "to", "for", "like" as one letter in front of the word
// ("لمترو", "to the metro"); StoryProfile took off only the longer prefixes, which are
// never part of a word.
QByteArray withoutArabicLetterPrefix(const QByteArray &key)
{
    static const QList<QByteArray> letters = {"و", "ب", "ل", "ف", "ك"};
    for (const QByteArray &letter : letters) {
        if (key.startsWith(letter) && QString::fromUtf8(key).size() >= 4)
            return key.mid(letter.size());
    }
    return {};
}

// Finds, for each term of one profile, the term of another that is the same word.
class TermIndex
{
public:
    explicit TermIndex(const StoryProfile &profile) : m_terms(profile.terms())
    {
        for (qsizetype i = 0; i < m_terms.size(); ++i) {
            const QByteArray &key = m_terms[i].key;
            m_exact.insert(key, i);
            if (isLatinWord(key))
                m_byStem.insert(key.left(kStemChars), i);
        }
        // A bare form never hides a term that is that word exactly ("فX" and "X" in one
        // text): each term must find itself first.
        for (qsizetype i = 0; i < m_terms.size(); ++i) {
            if (const QByteArray bare = withoutArabicLetterPrefix(m_terms[i].key);
                !bare.isEmpty() && !m_exact.contains(bare))
                m_exact.insert(bare, i);
        }
    }

    // The index of `key`'s word in the profile, or -1.
    qsizetype find(const QByteArray &key) const
    {
        if (auto it = m_exact.constFind(key); it != m_exact.cend())
            return *it;
        if (const QByteArray bare = withoutArabicLetterPrefix(key); !bare.isEmpty()) {
            if (auto it = m_exact.constFind(bare); it != m_exact.cend())
                return *it;
        }
        if (!isLatinWord(key))
            return -1;
        for (auto it = m_byStem.constFind(key.left(kStemChars));
             it != m_byStem.cend() && it.key() == key.left(kStemChars); ++it) {
            const QByteArray &other = m_terms[*it].key;
            const qsizetype longer = std::max(key.size(), other.size());
            if (commonPrefix(key, other) >= longer - kEndingChars)
                return *it;
        }
        return -1;
    }

private:
    const QList<StoryProfile::Term> &m_terms;
    QHash<QByteArray, qsizetype> m_exact;
    QMultiHash<QByteArray, qsizetype> m_byStem; // the first kStemChars -> the terms
};

} // namespace

double SameStoryMeasure::weight(const StoryProfile::Term &term) const
{
    const double rarity = term.indexTerm.isEmpty() ? 1.0 : m_rarity.of(term.indexTerm);
    return priorOf(term.kind) * rarity;
}

SameStoryMeasure::Comparison SameStoryMeasure::compare(const StoryProfile &a,
                                                       const StoryProfile &b) const
{
    Comparison result;
    const auto &termsA = a.terms();
    const auto &termsB = b.terms();
    if (termsA.isEmpty() || termsB.isEmpty())
        return result;

    // Which term of B each term of A is (each of B's at most once).
    const TermIndex indexB(b);
    QList<qsizetype> partner(termsA.size(), -1);
    QList<qsizetype> partnerOfB(termsB.size(), -1);
    for (qsizetype i = 0; i < termsA.size(); ++i) {
        const qsizetype j = indexB.find(termsA[i].key);
        if (j >= 0 && partnerOfB[j] < 0) {
            partner[i] = j;
            partnerOfB[j] = i;
        }
    }
    // A name is a name on both sides: "Venezuela's president", opening a sentence, is the
    // Venezuela the other text names inside one.
    const auto kindOf = [&](const StoryProfile::Term &term, qsizetype other,
                            const QList<StoryProfile::Term> &otherTerms) {
        return other >= 0 && isNameLike(otherTerms[other].kind) && term.kind == Kind::Word
                   ? Kind::Name
                   : term.kind;
    };
    const auto weigh = [this](const StoryProfile::Term &term, Kind kind) {
        const double rarity = term.indexTerm.isEmpty() ? 1.0 : m_rarity.of(term.indexTerm);
        return priorOf(kind) * rarity;
    };

    double totalA = 0, totalB = 0, namesA = 0, namesB = 0, shared = 0, sharedNames = 0;
    QList<double> weightsB(termsB.size());
    for (qsizetype j = 0; j < termsB.size(); ++j) {
        const Kind kind = kindOf(termsB[j], partnerOfB[j], termsA);
        weightsB[j] = weigh(termsB[j], kind);
        totalB += weightsB[j];
        namesB += isNameLike(kind) ? weightsB[j] : 0;
    }
    for (qsizetype i = 0; i < termsA.size(); ++i) {
        const Kind kind = kindOf(termsA[i], partner[i], termsB);
        const double w = weigh(termsA[i], kind);
        totalA += w;
        namesA += isNameLike(kind) ? w : 0;
        const qsizetype j = partner[i];
        if (j < 0)
            continue;
        const double common = std::min(w, weightsB[j]);
        shared += common;
        ++result.sharedTerms;
        if (isNameLike(kind)) {
            sharedNames += common;
            ++result.sharedNames;
        }
    }
    result.score = shared / std::min(totalA, totalB);
    const double fewerNames = std::min(namesA, namesB);
    result.nameScore = fewerNames > 0 ? sharedNames / fewerNames : 0;

    result.sameStory = result.score >= kSameStory;
    return result;
}

} // namespace newsroom
