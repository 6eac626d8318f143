#pragma once

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
        QFuture<void> continuation =
            future.then(context, [this, generation, handler = std::move(handler)](const T &answer) {
                if (generation != m_generation)
                    return;
                m_waiting = false;
                handler(answer);
            });
        // An answer ready before then() comes at once, inside it; if its handler asked again,
        // the newer request's continuation is the one to keep.
        if (generation == m_generation)
            m_continuation = continuation;
    }
    // Forgets the request in flight (switching articles, say).
    void drop()
    {
        m_current.cancel();
        ++m_generation;
        m_waiting = false;
    }
    bool isWaiting() const { return m_waiting; }

private:
    QFuture<T> m_current;
    // Kept for as long as m_current: Qt 6.4's cancel() walks a raw pointer to the
    // continuation's state, which is freed once the continuation ran and nothing holds its
    // future (a use-after-free, seen by valgrind and as crashes on the second ask).
    QFuture<void> m_continuation;
    quint64 m_generation = 0;
    bool m_waiting = false;
};

} // namespace newsroom
