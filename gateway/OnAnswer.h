#pragma once

#include <QFuture>
#include <QObject>

namespace newsroom {

// Calls `handler` with the future's result on `context`'s thread, from the event loop,
// and not at all once `context` is gone or the future was cancelled. Never inside the
// call that asked, even when the answer is already there: QFuture::then(context, …) runs
// its continuation on the spot when the future has finished, which would re-enter the
// caller half-way (a fast SQLite answer can finish before then() is reached).
// Whoever may cancel `future` later must keep the returned future as long (see LatestAnswer).
template <typename T, typename Handler>
QFuture<void> onAnswer(QFuture<T> future, QObject *context, Handler handler)
{
    return future.then(context, [context, handler = std::move(handler)](const T &answer) mutable {
        QMetaObject::invokeMethod(
            context, [handler = std::move(handler), answer]() mutable { handler(answer); },
            Qt::QueuedConnection);
    });
}

} // namespace newsroom
