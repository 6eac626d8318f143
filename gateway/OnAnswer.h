#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace newsroom {

// Calls `handler` with the future's result on `context`'s thread, from the event loop,
// and not at all once `context` is gone or the future was cancelled. Never inside the
// call that asked, even when the answer is already there: QFuture::then(context, …) runs
// its continuation on the spot when the future has finished, which would re-enter the
// caller half-way (a fast SQLite answer can finish before then() is reached).
// Not then(context, …) either: Qt 6.4 asserts there that the context still exists when the
// answer comes (found by the sanitizer build, which keeps Q_ASSERT), and a panel closed
// with a call in flight is normal. The answer is posted to the context instead, if it lives.
// Whoever may cancel `future` later must keep the returned future as long (see LatestAnswer).
template <typename T, typename Handler>
QFuture<void> onAnswer(QFuture<T> future, QObject *context, Handler handler)
{
    return future.then([context = QPointer<QObject>(context),
                        handler = std::move(handler)](const T &answer) mutable {
        if (QObject *alive = context.data()) {
            QMetaObject::invokeMethod(
                alive, [handler = std::move(handler), answer]() mutable { handler(answer); },
                Qt::QueuedConnection);
        }
    });
}

} // namespace newsroom
