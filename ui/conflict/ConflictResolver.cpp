#include "ConflictResolver.h"

#include "ArchiveGateway.h"
#include "ConflictDialog.h"
#include "editor/Autosaver.h"
#include "editor/EditorSession.h"

#include <QWidget>

namespace newsroom {

ConflictResolver::ConflictResolver(ArchiveGateway &gateway, EditorSession &session, QWidget *window)
    : QObject(window), m_gateway(gateway), m_session(session), m_window(window)
{
    // Another article shown: the comparison is about the one before.
    connect(&m_session, &EditorSession::opened, this, [this] {
        m_reading.drop();
        if (m_dialog)
            m_dialog->reject();
    });
}

ConflictResolver::~ConflictResolver()
{
    m_reading.drop();
}

void ConflictResolver::compare()
{
    if (!m_session.autosaver()->isInConflict())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const Article mine = m_session.article();
    m_reading.ask(m_gateway.run<ConflictSnapshot>(
                      ArchiveGateway::Lane::Reads,
                      [mine](ArticleStore &store) { return ConflictSnapshot::take(store, mine); }),
                  this, [this](const StoreResult<ConflictSnapshot> &snapshot) {
                      if (!snapshot) {
                          Q_EMIT message(snapshot.error().message);
                          return;
                      }
                      show(*snapshot);
                  });
}

void ConflictResolver::show(const ConflictSnapshot &snapshot)
{
    if (m_session.article().id != snapshot.mine.id || !m_session.autosaver()->isInConflict())
        return; // settled or gone while the archive answered
    if (m_session.article() != snapshot.mine) {
        compare(); // typed on meanwhile: compare what the editor holds now
        return;
    }
    m_dialog = new ConflictDialog(snapshot, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConflictDialog::keepMineChosen, &m_session, &EditorSession::keepMine);
    connect(m_dialog, &ConflictDialog::takeTheirsChosen, &m_session,
            &EditorSession::loadTheirVersion);
    connect(m_dialog, &ConflictDialog::mergeChosen, &m_session, &EditorSession::takeMerged);
    m_dialog->open();
    Q_EMIT dialogShown();
}

} // namespace newsroom
