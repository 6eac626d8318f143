#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

namespace newsroom {

class ArchiveGateway;

// Gives the memory the app has freed back to the system once the editor pauses. The C
// library keeps freed blocks for the next allocation, so what a big list, an archive's
// page cache or a rendering freed stays counted against the app until it is trimmed (at
// 100,000 articles: 21 MB of 177). After `idle` without keyboard or mouse input (and once
// after start), every window's archive connections first give back their page caches
// (releaseOnIdle), then malloc_trim runs on a worker thread, never on the GUI thread.
// glibc only; elsewhere only the caches are given back. One for the app: instance().
class IdleHeapTrim : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kIdle{2000};

    explicit IdleHeapTrim(std::chrono::milliseconds idle = kIdle, QObject *parent = nullptr);
    ~IdleHeapTrim() override;
    static IdleHeapTrim *instance(); // the app's, while it lives; else null

    // The gateway's connections give back their caches before each trim, while it lives.
    void releaseOnIdle(ArchiveGateway *gateway);

Q_SIGNALS:
    void trimmed(); // a trim has finished (for tests)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void trim();

    QTimer m_idle;
    QFutureWatcher<void> m_running;
    QList<QPointer<ArchiveGateway>> m_gateways;
};

} // namespace newsroom
