#include "IdleHeapTrim.h"

#include <QCoreApplication>
#include <QEvent>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace newsroom {

IdleHeapTrim::IdleHeapTrim(std::chrono::milliseconds idle, QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idle);
    connect(&m_idle, &QTimer::timeout, this, &IdleHeapTrim::trim);
    connect(&m_running, &QFutureWatcher<void>::finished, this, &IdleHeapTrim::trimmed);
    QCoreApplication::instance()->installEventFilter(this);
    m_idle.start(); // the start's own garbage (the list, the first page) goes too
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
    m_running.setFuture(QtConcurrent::run([] {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }));
}

} // namespace newsroom
