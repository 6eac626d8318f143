#pragma once

#include "model/Article.h"
#include "model/ArticleField.h"

#include <QSet>
#include <optional>

namespace newsroom {

// Merging by hand after a conflict: the editor's text with the fields they picked from
// theirs (and, if they wrote one, a merged body), on top of their version, so the next
// save is an ordinary save after theirs.
struct ConflictMerge
{
    // The field behind a key of compareArticles() ("headline", "word_target", ...).
    static std::optional<ArticleField> fieldOf(const QString &key);

    // Mine, with the fields named in `fromTheirs` (compareArticles() keys) taken from
    // theirs and the body replaced by `body` when given; id and version are theirs.
    static Article merged(const Article &mine, const Article &theirs,
                          const QSet<QString> &fromTheirs,
                          const std::optional<QString> &body = std::nullopt);
};

} // namespace newsroom
