#pragma once

#include "model/Article.h"
#include "store/StoryText.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace newsroom {

// The terms one story is told with, as SameStoryMeasure compares them: the search index's
// terms (MultilingualTokenizer: folded, CJK as character pairs) without the words every story
// uses (CommonWords), each once, and each marked with what it is. Names (a capitalised word
// inside a sentence, an acronym such as "US" or "U.S.") and dates ("January 4", "4 janvier",
// "1월 4일", "2026-01-04", all the same date) tell one story from another on the same beat.
class StoryProfile
{
public:
    enum class Kind : quint8
    {
        Word,
        Name,     // a person, a place, an organisation: capitalised inside a sentence
        Number,   // 45, 215, 300
        Year,     // 1900 to 2099: many stories of a year share it
        Calendar, // a weekday or a month named alone
        Date,     // a day of a month; not in the search index
    };
    struct Term
    {
        QByteArray key;       // what is compared (Arabic: without ال and plural endings)
        QByteArray indexTerm; // as the search index spells it (empty for a Date)
        Kind kind = Kind::Word;
    };

    // Longer texts are read this far: a story is told in its opening.
    static constexpr qsizetype kMaxChars = 8000;

    static StoryProfile fromText(const QString &text);
    // Headline, dek and the opening of the body.
    static StoryProfile fromStory(const StoryText &story);
    static StoryProfile fromArticle(const Article &article);
    // A related item's own words: its title and blurb.
    static StoryProfile fromItem(const RelatedItem &item);

    const QList<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The terms to count in the archive (Dates are not indexed).
    QList<QByteArray> indexTerms() const;

private:
    void addLine(const QString &line);
    void add(const QByteArray &key, const QByteArray &indexTerm, Kind kind);

    QList<Term> m_terms;
    QHash<QByteArray, qsizetype> m_byKey;
};

} // namespace newsroom
