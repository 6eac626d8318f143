#include "DeskPresence.h"

#include "PresenceHeartbeat.h"
#include "PresenceWatch.h"
#include "browser/ArchiveListModel.h"
#include "editor/Autosaver.h"
#include "editor/EditorSession.h"
#include "editor/PresenceBar.h"

namespace newsroom {

DeskPresence::DeskPresence(ArchiveGateway &gateway, EditorSession &session, ArchiveListModel &list,
                           PresenceBar &bar, int interval, QObject *parent)
    : QObject(parent), m_session(session), m_list(list), m_bar(bar),
      m_heartbeat(new PresenceHeartbeat(gateway, interval, this)),
      m_watch(new PresenceWatch(gateway, interval, this))
{
    connect(m_watch, &PresenceWatch::changed, this, &DeskPresence::show);
    connect(&session, &EditorSession::opened, this, &DeskPresence::followOpenArticle);
    // A new article has an id (and can be someone's) from its first save on.
    connect(session.autosaver(), &Autosaver::saved, this, &DeskPresence::followOpenArticle);
    followOpenArticle();
}

DeskPresence::~DeskPresence()
{
    delete m_heartbeat; // now, while the gateway surely lives: it notes the article gone
}

void DeskPresence::refresh()
{
    m_watch->refresh();
}

void DeskPresence::followOpenArticle()
{
    const qint64 open = m_session.article().id;
    if (open == m_heartbeat->article())
        return;
    m_heartbeat->setArticle(open);
    show();
}

void DeskPresence::show()
{
    m_list.setPresence(m_watch->all());
    m_bar.showNames(m_heartbeat->article() > 0 ? m_watch->names(m_heartbeat->article())
                                               : QStringList());
}

} // namespace newsroom
