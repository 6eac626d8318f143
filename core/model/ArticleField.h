#pragma once

#include "Article.h"

#include <QVariant>

namespace newsroom {

// The fields an editor changes one at a time, so edits can be undone field by field.
// Values travel as QVariant: QString, QStringList, bool, int (the word target), QDateTime,
// ArticleStatus (as int), QList<RelatedItem> and LeadImage.
enum class ArticleField
{
    Headline,
    Dek,
    Byline,
    Dateline,
    Section,
    Language, // a BCP 47 tag; empty: guessed from the text
    Slug,
    Tags,
    Body,
    Status,
    PublishedAt,
    AiGenerated,
    Disclosure,
    Sources,
    Related,
    WordTarget, // int, 0 for none
    Assignee,   // QString, empty for nobody
    LeadImage,  // newsroom::LeadImage; an empty hash for none
};

namespace articlefield {
QVariant value(const Article &article, ArticleField field);
void setValue(Article &article, ArticleField field, const QVariant &value);
// Fields typed a character at a time, whose undo steps merge while typing goes on.
bool isTyped(ArticleField field);
} // namespace articlefield

} // namespace newsroom
