#pragma once

#include "EditorSession.h"
#include "NoticeBar.h"
#include "recovery/EditJournal.h"

#include <optional>

namespace newsroom {

// Shown above the editor when a journal holds text the archive never got (the app was
// killed, crashed, or its saves failed), or when the editor's own text was kept aside as
// they loaded another version in a conflict: Restore brings it back into the editor as one
// undoable step (the autosave then keeps it), Compare shows what differs from the archive,
// Discard deletes the journal. One journal at a time.
class RecoveryBar : public NoticeBar
{
    Q_OBJECT
public:
    explicit RecoveryBar(QWidget *parent = nullptr);

    // inArchive: the article as the archive holds it now, if it is there at all.
    void offer(const EditJournal::Entry &entry, const std::optional<Article> &inArchive,
               EditorSession::Recovered kind);
    const EditJournal::Entry &entry() const { return m_entry; }
    EditorSession::Recovered kind() const { return m_kind; }

Q_SIGNALS:
    void restoreRequested();
    void discardRequested();

private:
    void compare();

    EditJournal::Entry m_entry;
    std::optional<Article> m_inArchive;
    EditorSession::Recovered m_kind = EditorSession::Recovered::LeftBehind;
};

} // namespace newsroom
