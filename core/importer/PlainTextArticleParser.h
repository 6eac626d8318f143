#pragma once

#include "model/Article.h"

#include <QCoreApplication>

namespace newsroom {

// Reads an article as it comes off a news site's page as plain text:
//   line 1 headline, line 2 dek, an optional "By ..." byline, then paragraphs;
//   short lines without closing punctuation are section headings (## in the body);
//   the standard "This content is AI-generated ..." paragraph sets ai_generated and
//   becomes the disclosure, not body text;
//   the lines after a "Related Articles" line are related items (blurbs).
// It never refuses a text: an empty one gives an untitled article. Every field comes
// back within ImportLimits; `notes`, if given, gets a line for each field that was cut.
class PlainTextArticleParser
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextArticleParser)
public:
    static Article parse(const QString &text, QStringList *notes = nullptr);

    // Exposed for the importer's tests and for the Markdown importer to share.
    static bool looksLikeHeading(const QString &line);
    static bool isAiDisclosure(const QString &paragraph);
    static bool isRelatedHeading(const QString &line);
    // A related item's title from its blurb: the first sentence, cut at a word.
    static QString titleFromBlurb(const QString &blurb);
};

} // namespace newsroom
