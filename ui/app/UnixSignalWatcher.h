#pragma once

#include <QObject>

class QSocketNotifier;

namespace newsroom {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (the handler only
// writes a byte to a socket pair), so the app can save and quit as when its window is
// closed. One per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace newsroom
