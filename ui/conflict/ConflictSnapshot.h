#pragma once

#include "ParagraphMerge.h"
#include "model/Article.h"
#include "revisions/FieldChangesView.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <optional>

namespace newsroom {

class ArticleStore;

// Everything the conflict view shows, read in one go on a worker thread: the editor's
// unsaved text, the archive's newest version, who saved it and when, the version the
// editor's text started from (when the history still has it, to tell who changed what),
// and the fields that differ, word by word, from mine to theirs.
struct ConflictSnapshot
{
    Article mine;
    Article theirs;
    std::optional<Article> base;
    QString author; // who saved theirs; empty when the archive did not record it
    QDateTime savedAt;
    QList<FieldDiff> diffs;
    // Both bodies merged by paragraph from the base, when there is one and the bodies differ.
    std::optional<ParagraphMerge> bodyMerge;

    // Fills diffs and bodyMerge from mine, theirs and base (a moment for long bodies).
    void compare();

    // Reads only its arguments and the store, so it runs on a gateway lane.
    static StoreResult<ConflictSnapshot> take(ArticleStore &store, const Article &mine);
};

} // namespace newsroom
