#pragma once

#include "ArticleNote.h"
#include "Revision.h"

#include <QList>
#include <optional>

namespace newsroom {

// What the desk has said about an article beside its text: the notes, and who last moved
// its status and when (the history's newest status or publication version).
struct DeskThread
{
    QList<ArticleNote> notes; // oldest first
    // Its author, time (savedAt), status and previous status; none when the status was
    // never changed since the article was made.
    std::optional<Revision> lastStatusChange;
};

} // namespace newsroom
