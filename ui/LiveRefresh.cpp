#include "LiveRefresh.h"

#include "ArchiveGateway.h"
#include "browser/ArchiveListModel.h"

namespace newsroom {

LiveRefresh::LiveRefresh(ArchiveGateway &gateway, ArchiveListModel &list,
                         std::function<bool()> busy, QObject *parent)
    : QObject(parent), m_list(list), m_busy(std::move(busy))
{
    m_gather.setSingleShot(true);
    connect(&m_gather, &QTimer::timeout, this, &LiveRefresh::refresh);
    connect(&gateway, &ArchiveGateway::archiveChanged, this, &LiveRefresh::noteChange);
    connect(&gateway, &ArchiveGateway::catchUpDue, this, &LiveRefresh::noteCatchUp);
}

void LiveRefresh::noteChange(const ArchiveChange &change)
{
    // A burst larger than a page of rows (an import) is as good as "everything".
    if (m_changed.size() >= kMostIds)
        m_everything = true;
    else if (!m_changed.contains(change.id))
        m_changed.append(change.id);
    if (!m_gather.isActive())
        m_gather.start(kGather);
}

void LiveRefresh::noteCatchUp()
{
    m_everything = true;
    if (!m_gather.isActive())
        m_gather.start(kGather);
}

void LiveRefresh::refresh()
{
    if (m_busy && m_busy()) {
        m_gather.start(kBusyRetry);
        return;
    }
    const QList<qint64> changed = m_everything ? QList<qint64>() : m_changed;
    m_changed.clear();
    m_everything = false;
    m_list.refreshSearchRows(changed);
    Q_EMIT refreshDue(changed);
}

} // namespace newsroom
