#include "JournalWriter.h"

#include "recovery/EditJournal.h"

#include <QThread>

namespace newsroom {

JournalWriter::JournalWriter(const QString &folder, const QString &archivePath, QObject *parent)
    : QObject(parent), m_folder(folder), m_archivePath(archivePath), m_thread(new QThread(this)),
      m_worker(new QObject)
{
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

JournalWriter::~JournalWriter()
{
    waitUntilDone();
    m_thread->quit();
    m_thread->wait();
}

void JournalWriter::startSession()
{
    enqueue(StartSession{});
}

void JournalWriter::write(const Article &article, qint64 baseVersion)
{
    enqueue(Write{article, baseVersion});
}

void JournalWriter::clear()
{
    enqueue(Clear{});
}

void JournalWriter::enqueue(Request request)
{
    QMutexLocker lock(&m_mutex);
    if (std::holds_alternative<Write>(request) && !m_queue.isEmpty() &&
        std::holds_alternative<Write>(m_queue.last())) {
        m_queue.last() = std::move(request); // only the newest text is worth writing
        return;
    }
    m_queue.append(std::move(request));
    if (!m_draining) {
        m_draining = true;
        QMetaObject::invokeMethod(m_worker, [this] { drain(); });
    }
}

void JournalWriter::drain()
{
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                m_draining = false;
                m_idle.wakeAll();
                return;
            }
            request = m_queue.takeFirst();
        }
        if (std::holds_alternative<StartSession>(request) || !m_journal)
            m_journal = std::make_unique<EditJournal>(m_folder, m_archivePath);
        if (std::holds_alternative<Clear>(request)) {
            m_journal->clear();
        } else if (const auto *write = std::get_if<Write>(&request)) {
            const StoreStatus written = m_journal->write(write->article, write->baseVersion);
            if (!written)
                Q_EMIT failed(written.error().message);
            else if (m_failing)
                Q_EMIT recovered();
            m_failing = !written;
        }
    }
}

void JournalWriter::waitUntilDone()
{
    QMutexLocker lock(&m_mutex);
    while (m_draining)
        m_idle.wait(&m_mutex);
}

} // namespace newsroom
