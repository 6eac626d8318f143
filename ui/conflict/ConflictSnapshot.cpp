#include "ConflictSnapshot.h"

#include "store/ArticleStore.h"
#include "store/Revision.h"

namespace newsroom {

StoreResult<ConflictSnapshot> ConflictSnapshot::take(ArticleStore &store, const Article &mine)
{
    ConflictSnapshot snapshot;
    snapshot.mine = mine;
    auto theirs = store.article(mine.id);
    if (!theirs)
        return std::unexpected(theirs.error());
    snapshot.theirs = *theirs;
    snapshot.savedAt = theirs->updatedAt;
    // Who saved it is a nicety: the comparison shows without it.
    if (const auto history = store.revisions(mine.id)) {
        for (const Revision &revision : *history) {
            if (revision.version == theirs->version) {
                snapshot.author = revision.author;
                snapshot.savedAt = revision.savedAt;
                break;
            }
        }
    }
    if (mine.version > 0 && mine.version < theirs->version) {
        if (auto base = store.revision(mine.id, mine.version))
            snapshot.base = *base;
    }
    snapshot.compare();
    return snapshot;
}

void ConflictSnapshot::compare()
{
    diffs = FieldChangesView::compare(mine, theirs);
    bodyMerge.reset();
    if (base && mine.body != theirs.body) {
        ParagraphMerge merged = ParagraphMerge::merge(base->body, mine.body, theirs.body);
        if (merged.isMerged())
            bodyMerge = merged;
    }
}

} // namespace newsroom
