#pragma once

#include <QString>

namespace newsroom {

// What tells which story an archived article is: its headline, dek and the opening of its
// body (a story says what it is in its first paragraphs), with what a person needs to find
// the article again. The same-story measure reads it; a store serves it without the rest.
struct StoryText
{
    // How much of the body counts: about 200 words, the lede and what follows it.
    static constexpr qsizetype kOpeningChars = 1200;

    qint64 id = 0;
    QString slug;
    QString headline;
    QString dek;
    QString opening; // the body's first kOpeningChars characters (Markdown)
};

} // namespace newsroom
