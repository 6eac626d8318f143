#pragma once

#include <QObject>

namespace newsroom {

class ArchiveGateway;
class ArchiveListModel;
class EditorSession;
class PresenceBar;
class PresenceHeartbeat;
class PresenceWatch;

// Presence in the window (issue 16, "presence, not locks"): the article open in the editor
// is noted for the others (PresenceHeartbeat), and who else is on which article
// (PresenceWatch) is shown in the archive list and, for the open article, in the bar above
// the editor, as it changes. Nothing here touches saving. Delete it before the gateway (the
// open article is noted gone through it).
class DeskPresence : public QObject
{
    Q_OBJECT
public:
    // `interval` in ms for the heartbeat and the watch's poll (PresenceBook::kHeartbeat by
    // default).
    DeskPresence(ArchiveGateway &gateway, EditorSession &session, ArchiveListModel &list,
                 PresenceBar &bar, int interval = -1, QObject *parent = nullptr);
    ~DeskPresence() override;

    // The archive changed (a live refresh, or another window's write to the file): who is
    // where is read again.
    void refresh();
    PresenceWatch &watch() { return *m_watch; }

private:
    void followOpenArticle();
    void show();

    EditorSession &m_session;
    ArchiveListModel &m_list;
    PresenceBar &m_bar;
    PresenceHeartbeat *m_heartbeat;
    PresenceWatch *m_watch;
};

} // namespace newsroom
