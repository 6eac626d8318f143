#pragma once

#include "ConflictDialog.h"
#include "LatestAnswer.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace newsroom {

class ArchiveGateway;
class EditorSession;

// The conflict bar's Compare…: reads the archive's newest version off the GUI thread,
// shows it beside the editor's unsaved text (ConflictDialog) and carries the editor's
// choice to the session: keep mine, take theirs, or the fields picked, on their version.
class ConflictResolver : public QObject
{
    Q_OBJECT
public:
    ConflictResolver(ArchiveGateway &gateway, EditorSession &session, QWidget *window);
    ~ConflictResolver() override;

    void compare();
    ConflictDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void message(const QString &text);
    void dialogShown(); // tests wait for it

private:
    void show(const ConflictSnapshot &snapshot);

    ArchiveGateway &m_gateway;
    EditorSession &m_session;
    QWidget *m_window;
    QPointer<ConflictDialog> m_dialog;
    LatestAnswer<StoreResult<ConflictSnapshot>> m_reading;
};

} // namespace newsroom
