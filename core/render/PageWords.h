#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace newsroom {

// The words a page says itself ("Related Articles", "By …", the AI disclosure's label,
// dates), in the language of what it shows rather than the editor's: a Korean article's
// page says 관련 기사 on an English desktop. A table, not tr(): the app's catalogue is for
// the app's language. English, Korean, Arabic, German, French and Spanish have their
// words; any other language gets the English ones, with dates still in its own language.
class PageWords
{
public:
    explicit PageWords(const QString &languageTag);

    // The language whose words these are ("en" for one without a table), and the one the
    // dates are written in (the tag given, when Qt knows it).
    QString language() const { return m_language; }
    static bool hasWords(const QString &languageTag);

    QString relatedArticles() const;
    QString sources() const;
    QString byline(const QString &names) const; // "By Ana Ruiz", "김민수 기자"
    QString aiLabel() const;                    // the disclosure box's heading
    QString aiDefaultText() const;              // when the article has no disclosure text
    QString published() const;                  // stands before the date: "Published"
    QString updated() const;                    // "Updated"
    QString skipToStory() const;
    // Listing pages.
    QString tags() const;
    QString noArticles() const;
    QString latestNews() const;
    QString latestNewsDescription() const;
    QString moreNews() const;
    QString articlesIn(const QString &name) const; // a section's or tag's page

    // A date as readers of the language write it, long form ("Saturday, April 18, 2026",
    // "2026년 4월 18일 토요일").
    QString date(const QDateTime &time) const;

private:
    enum Word : int
    {
        RelatedArticles,
        Sources,
        Byline,
        AiLabel,
        AiDefaultText,
        Published,
        Updated,
        SkipToStory,
        Tags,
        NoArticles,
        LatestNews,
        LatestNewsDescription,
        MoreNews,
        ArticlesIn,
        WordCount
    };
    QString word(Word word) const;

    QString m_language;
    int m_table = 0;
    QLocale m_locale;
};

} // namespace newsroom
