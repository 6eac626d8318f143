#pragma once

#include "Revision.h"
#include "model/Article.h"

#include <optional>

namespace newsroom {

// Why the newest version was kept and by whom; it moves into the history with the version.
// Both archives (the file's ArticleRows, the server's PgArticleRows) keep it alike.
struct VersionNote
{
    ArticleStatus status = ArticleStatus::Draft; // of the version itself
    RevisionKind kind = RevisionKind::Timed;
    QString author; // the file archive's; the server records its role itself
    std::optional<ArticleStatus> previousStatus;
    qint64 restoredFrom = 0;
};

// What the save of `article` over the version `replaced` describes makes of it: a restore
// (the article says so), a publication, a status change, or a save like any other.
inline VersionNote versionNoteFor(const Article &article,
                                  const std::optional<VersionNote> &replaced)
{
    VersionNote note;
    note.status = article.status;
    if (!replaced)
        return note;
    if (article.status != replaced->status)
        note.previousStatus = replaced->status;
    if (article.restoredFrom > 0 && article.restoredFrom <= article.version) {
        note.kind = RevisionKind::Restored;
        note.restoredFrom = article.restoredFrom;
    } else if (article.status == ArticleStatus::Published && note.previousStatus) {
        note.kind = RevisionKind::Published;
    } else if (note.previousStatus) {
        note.kind = RevisionKind::Status;
    }
    return note;
}

} // namespace newsroom
