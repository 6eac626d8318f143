#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <array>

namespace newsroom {

// The search terms of one article's text, counted per field, as "more like this" reads
// them: the same terms the archive's full-text index holds (MultilingualTokenizer), less
// those too short or numeric to say what a story is about, each marked when the text
// writes it as a name. Each field is read up to kFieldChars: a story says what it is about
// in its opening, and a 16 MB body must not cost a scan of 16 MB.
class ArticleTerms
{
public:
    enum Field
    {
        Headline,
        Dek,
        Body,
        Tags,
        FieldCount
    };
    static constexpr qsizetype kFieldChars = 64 * 1024;

    struct Counts
    {
        std::array<int, FieldCount> inField{};
        int capitalizedInSentence = 0; // "the Millbrook Bridge", "met Hale on Tuesday"
        int lowercase = 0;             // in the dek and body
        // A name (person, place, company, acronym): written capitalized inside sentences
        // more often than not. Headlines are left out: they capitalize every word.
        bool isName() const { return capitalizedInSentence > lowercase; }
    };

    ArticleTerms(const QString &headline, const QString &dek, const QString &body,
                 const QStringList &tags);

    const QHash<QByteArray, Counts> &terms() const { return m_terms; }
    // Every term the index holds for the field, weighed or not (as FTS5 counts a column).
    int length(Field field) const { return m_length[field]; }

    // True when the term is one the tokenizer produced and suggestions weigh.
    static bool isUseful(QByteArrayView term);

private:
    void add(const QString &text, Field field);

    QHash<QByteArray, Counts> m_terms;
    std::array<int, FieldCount> m_length{};
};

} // namespace newsroom
