#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace newsroom {

// How long the thread's event loop went without running: a precise timer ticks every
// kTick ms and the gaps between its ticks are kept. A gap well above kTick is a stall the
// editor would feel (a frozen window while the archive answers). For tests and the bench.
class StallMeter : public QObject
{
public:
    static constexpr int kTick = 5; // ms

    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTick);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }

    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double maxMs() const { return m_gaps.isEmpty() ? 0 : *std::ranges::max_element(m_gaps); }
    // Nearest-rank percentile of the gaps.
    double percentileMs(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::ranges::sort(sorted);
        const auto rank = qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5);
        return sorted[std::clamp<qsizetype>(rank, 0, sorted.size() - 1)];
    }
    qsizetype ticks() const { return m_gaps.size(); }

private:
    void tick()
    {
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        m_gaps.append(now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    QList<double> m_gaps;
};

} // namespace newsroom
