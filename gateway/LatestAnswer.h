#pragma once

#include "OnAnswer.h"

#include <QFuture>
#include <QObject>

namespace newsroom {

// Keeps only the newest of a series of requests (search as you type, suggestions for the
// article shown): asking again cancels the one before (it never runs if it has not
// started) and drops its answer if it comes anyway. Answers arrive on `context`'s thread
// and are dropped with it.
template <typename T> class LatestAnswer
{
public:
    template <typename Handler> void ask(QFuture<T> future, QObject *context, Handler handler)
    {
        drop();
        m_current = future;
        m_waiting = true;
        const quint64 generation = m_generation;
        m_answered = onAnswer(future, context,
                              [this, generation, handler = std::move(handler)](const T &answer) {
                                  if (generation != m_generation)
                                      return;
                                  m_waiting = false;
                                  handler(answer);
                              });
    }
    // Forgets the request in flight (switching articles, say).
    void drop()
    {
        if (!m_current.isFinished())
            m_current.cancel();
        ++m_generation;
        m_waiting = false;
    }
    bool isWaiting() const { return m_waiting; }

private:
    QFuture<T> m_current;
    // Kept while m_current may be cancelled: Qt 6.4's cancel() reaches the continuation's
    // state through a raw pointer, which dangles (a crash) once nothing holds that state.
    QFuture<void> m_answered;
    quint64 m_generation = 0;
    bool m_waiting = false;
};

} // namespace newsroom
