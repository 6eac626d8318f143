#pragma once

#include "Article.h"

#include <QList>

namespace newsroom {

// One field that differs between two versions of an article, with both values as text.
struct FieldChange
{
    QString field; // the JSON key: "headline", "tags", "related", ...
    QString before;
    QString after;
};

// What changed between two revisions: every editable field, the related list too.
// Bookkeeping (id, version, created and updated times) is left out.
QList<FieldChange> compareArticles(const Article &before, const Article &after);

} // namespace newsroom
