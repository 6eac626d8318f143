#pragma once

// A gateway on a real archive file, as main() makes one.

#include "ArchiveGateway.h"
#include "store/SqliteArticleStore.h"

#include <QTest>
#include <memory>

namespace newsroom::test {

inline std::unique_ptr<ArchiveGateway> openGateway(const QString &path, StoreOpener opener = {})
{
    auto opened = SqliteArticleStore::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    return std::make_unique<ArchiveGateway>(std::move(*opened),
                                            opener ? opener : SqliteArticleStore::opener(path));
}

// Waits (running the event loop) for a gateway answer.
template <typename T> T answer(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("the gateway did not answer in 20 s");
    return future.result();
}

// Waits until the gateway has answered everything and the answers have been handled (they
// come queued, see OnAnswer.h).
[[nodiscard]] inline bool settled(ArchiveGateway &gateway, int timeoutMs = 20000)
{
    const bool idle = QTest::qWaitFor([&] { return gateway.pendingRequests() == 0; }, timeoutMs);
    QCoreApplication::processEvents();
    return idle;
}

} // namespace newsroom::test
