#pragma once

#include <QLabel>

namespace newsroom {

class ArchiveGateway;

// The status bar's word while a server archive cannot be reached: typing goes on, every
// change is in this computer's recovery journal (the autosave keeps it until a save
// succeeds), and the autosave tries again. Shown when the gateway's listening connection is
// lost, gone once it listens again, when backOnline() asks for the waiting save at once.
class OfflineStatus : public QLabel
{
    Q_OBJECT
public:
    explicit OfflineStatus(ArchiveGateway &gateway, QWidget *parent = nullptr);
    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    void backOnline();

private:
    void wentOffline(const QString &message);
    void cameBack();

    bool m_offline = false;
};

} // namespace newsroom
