#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace newsroom::bench {

// The bench's QApplication: it times every event the GUI thread delivers from the top of
// the event loop, so that a stall the StallMeter sees can be put down to what caused it
// (a receiver's class and the event's type). Only while recording.
class TimedApplication : public QApplication
{
public:
    TimedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    void startRecording(double slowerThanMs);
    // The slowest events since startRecording, slowest first: "ClassName event N: M ms".
    QJsonArray stopRecording(int keep);

    static TimedApplication *instance();

private:
    struct Paint
    {
        double ms;
        QString widget;
        qint64 pixels;
    };
    bool timePaint(QObject *receiver, QEvent *event);
    QString paintSummary() const;

    struct Slow
    {
        double ms;
        QString what;
    };

    bool m_recording = false;
    double m_slowerThanMs = 0;
    int m_depth = 0;
    QList<Slow> m_slow;
    QList<Paint> m_paints; // inside the current top-level event
};

} // namespace newsroom::bench
