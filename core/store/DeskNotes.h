#pragma once

#include "ArticleNote.h"
#include "Revision.h"
#include "StoreError.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace newsroom::desknotes {

// The rules both stores apply to a new note, so that they refuse alike. Control characters
// (a line break from a script's argument too) become spaces, and the ends are trimmed; then
// a blank note, or one over ArticleNote::kMaxLength characters, is refused with a message.
StoreResult<QString> checkedText(const QString &text);
// The refusal when article `id` holds ArticleNote::kMaxPerArticle notes already.
std::unexpected<StoreError> tooMany(qint64 id);
// The refusal for a note on a trashed article.
std::unexpected<StoreError> inTrash(qint64 id);
// `users` and `assigned` together, without blanks or repeats, sorted as people read names.
QStringList mergedUsers(QStringList users, const QStringList &assigned);
// Who last moved the status and when: the newest status or publication version of a
// history given newest first; none when the status never changed.
std::optional<Revision> lastStatusChange(const QList<Revision> &history);

} // namespace newsroom::desknotes
