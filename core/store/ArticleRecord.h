#pragma once

#include "ArticleNote.h"
#include "Revision.h"
#include "model/Article.h"

#include <QList>

namespace newsroom {

// One article with everything its archive keeps of it: the newest version with the note
// of why it was kept, whether it is in the trash, every older version with its note, and
// the desk's notes.
// What newsroom-cli copy-to moves from one archive to another, ids, versions, times and
// authors as they are.
struct ArticleRecord
{
    struct Version
    {
        Revision note;
        Article content;
    };

    Article article; // the newest version
    Revision note;   // why the newest version was kept, and by whom
    bool trashed = false;
    QList<Version> history;   // the older versions, oldest first
    QList<ArticleNote> notes; // the desk's notes, oldest first, authors and times as they are
};

} // namespace newsroom
