#include "StoreLane.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGateway, "newsroom.gateway", QtWarningMsg)

namespace newsroom {

StoreLane::StoreLane(const QString &name, StoreOpener opener) : m_opener(std::move(opener))
{
    // One thread that never expires: a connection belongs to the thread that opened it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(name);
}

StoreLane::~StoreLane()
{
    m_pool.start([this] { m_store.reset(); });
    m_pool.waitForDone();
}

void StoreLane::reconnect()
{
    m_pool.start([this] { m_store.reset(); });
}

QFuture<void> StoreLane::releaseMemory()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    m_pool.start([this, promise] {
        if (m_store)
            m_store->releaseMemory();
        promise->finish();
    });
    return future;
}

ArticleStore *StoreLane::connection()
{
    if (m_store)
        return m_store.get();
    auto opened = m_opener();
    if (!opened) {
        qCWarning(lcGateway) << m_pool.objectName() << "cannot open:" << opened.error().message;
        m_openError = opened.error();
        return nullptr;
    }
    m_store = std::move(*opened);
    return m_store.get();
}

void StoreLane::afterFailure(const StoreError &error)
{
    switch (error.code) {
    case StoreError::Code::NotFound:
    case StoreError::Code::Conflict:
    case StoreError::Code::Invalid:
        return; // the request's fault: the connection is fine
    default:
        qCInfo(lcGateway) << m_pool.objectName() << "reconnects after:" << error.message;
        m_store.reset();
    }
}

} // namespace newsroom
