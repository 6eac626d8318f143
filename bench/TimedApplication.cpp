#include "TimedApplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QPaintEvent>
#include <algorithm>

namespace newsroom::bench {

TimedApplication::TimedApplication(int &argc, char **argv) : QApplication(argc, argv) {}

TimedApplication *TimedApplication::instance()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

namespace {
QString nameOf(const QObject *object)
{
    const QString name = QString::fromLatin1(object->metaObject()->className());
    return object->objectName().isEmpty() ? name : name + QLatin1Char('#') + object->objectName();
}
} // namespace

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_recording)
        return QApplication::notify(receiver, event);
    if (m_depth > 0)
        return event->type() == QEvent::Paint ? timePaint(receiver, event)
                                              : QApplication::notify(receiver, event);
    m_paints.clear();
    ++m_depth;
    QElapsedTimer timer;
    timer.start();
    const QEvent::Type type = event->type(); // the event may be gone afterwards
    const QString receiverName = nameOf(receiver);
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = timer.nsecsElapsed() / 1e6;
    if (ms >= m_slowerThanMs) {
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        m_slow.append({ms, QStringLiteral("%1 %2%3").arg(receiverName,
                                                         typeName ? QString::fromLatin1(typeName)
                                                                  : QString::number(type),
                                                         paintSummary())});
    }
    return handled;
}

// A widget's paint inside a top-level event: where an UpdateRequest's time goes.
bool TimedApplication::timePaint(QObject *receiver, QEvent *event)
{
    const QRect rect = static_cast<QPaintEvent *>(event)->rect();
    QElapsedTimer timer;
    timer.start();
    const bool handled = QApplication::notify(receiver, event);
    m_paints.append(
        {timer.nsecsElapsed() / 1e6, nameOf(receiver), qint64(rect.width()) * rect.height()});
    return handled;
}

QString TimedApplication::paintSummary() const
{
    if (m_paints.isEmpty())
        return QString();
    double total = 0;
    qint64 pixels = 0;
    for (const Paint &paint : m_paints) {
        total += paint.ms;
        pixels += paint.pixels;
    }
    QList<Paint> slowest = m_paints;
    std::ranges::sort(slowest, std::greater<>(), &Paint::ms);
    QStringList top;
    for (const Paint &paint : slowest.mid(0, 3))
        top << QStringLiteral("%1 %2 ms").arg(paint.widget).arg(paint.ms, 0, 'f', 1);
    return QStringLiteral(" (%1 paints, %2 ms, %3 kpx; %4)")
        .arg(m_paints.size())
        .arg(total, 0, 'f', 1)
        .arg(pixels / 1000)
        .arg(top.join(QStringLiteral(", ")));
}

void TimedApplication::startRecording(double slowerThanMs)
{
    m_slow.clear();
    m_slowerThanMs = slowerThanMs;
    m_recording = true;
}

QJsonArray TimedApplication::stopRecording(int keep)
{
    m_recording = false;
    std::ranges::sort(m_slow, std::greater<>(), &Slow::ms);
    QJsonArray out;
    for (const Slow &slow : m_slow.mid(0, keep))
        out.append(QStringLiteral("%1: %2 ms").arg(slow.what).arg(slow.ms, 0, 'f', 1));
    return out;
}

} // namespace newsroom::bench
