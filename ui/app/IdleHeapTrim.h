#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace newsroom {

// Gives the memory the app has freed back to the system once the editor pauses. The C
// library keeps freed blocks for the next allocation, so what a big list, an archive's
// page cache or a rendering freed stays counted against the app until it is trimmed (at
// 100,000 articles: 21 MB of 177). After `idle` without keyboard or mouse input (and once
// after start), malloc_trim runs on a worker thread, never on the GUI thread. glibc only;
// elsewhere nothing happens.
class IdleHeapTrim : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kIdle{2000};

    explicit IdleHeapTrim(std::chrono::milliseconds idle = kIdle, QObject *parent = nullptr);

Q_SIGNALS:
    void trimmed(); // a trim has finished (for tests)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void trim();

    QTimer m_idle;
    QFutureWatcher<void> m_running;
};

} // namespace newsroom
