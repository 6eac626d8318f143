#include "IdleHeapTrim.h"

#include "ArchiveGateway.h"

#include <QCoreApplication>
#include <QEvent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace newsroom {

namespace {
IdleHeapTrim *g_instance = nullptr;
}

IdleHeapTrim::IdleHeapTrim(std::chrono::milliseconds idle, QObject *parent) : QObject(parent)
{
    g_instance = this;
    m_idle.setSingleShot(true);
    m_idle.setInterval(idle);
    connect(&m_idle, &QTimer::timeout, this, &IdleHeapTrim::trim);
    connect(&m_running, &QFutureWatcher<void>::finished, this, &IdleHeapTrim::trimmed);
    QCoreApplication::instance()->installEventFilter(this);
    m_idle.start(); // the start's own garbage (the list, the first page) goes too
}

IdleHeapTrim::~IdleHeapTrim()
{
    if (g_instance == this)
        g_instance = nullptr;
    m_running.waitForFinished(); // the trim after the caches must not outlive the app
}

IdleHeapTrim *IdleHeapTrim::instance()
{
    return g_instance;
}

void IdleHeapTrim::releaseOnIdle(ArchiveGateway *gateway)
{
    m_gateways.removeAll(nullptr);
    m_gateways.append(gateway);
}

bool IdleHeapTrim::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_idle.start(); // typing allocates; trimming between keystrokes would be wasted
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleHeapTrim::trim()
{
    if (m_running.isRunning())
        return;
    QList<QFuture<void>> released;
    for (ArchiveGateway *gateway : std::as_const(m_gateways)) {
        if (gateway)
            released.append(gateway->releaseMemory());
    }
    // After the caches, whichever lane gives its back last; then on a worker of its own.
    m_running.setFuture(QtFuture::whenAll(released.begin(), released.end())
                            .then(QtFuture::Launch::Async, [](const QList<QFuture<void>> &) {
#ifdef __GLIBC__
                                malloc_trim(0);
#endif
                            }));
}

} // namespace newsroom
