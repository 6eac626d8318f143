#include "OfflineStatus.h"

#include "ArchiveGateway.h"

namespace newsroom {

OfflineStatus::OfflineStatus(ArchiveGateway &gateway, QWidget *parent) : QLabel(parent)
{
    setText(tr("Offline \u2014 changes kept on this computer"));
    setAccessibleName(text());
    hide();
    connect(&gateway, &ArchiveGateway::changesUnheard, this, &OfflineStatus::wentOffline);
    connect(&gateway, &ArchiveGateway::catchUpDue, this, &OfflineStatus::cameBack);
}

void OfflineStatus::wentOffline(const QString &message)
{
    m_offline = true;
    setToolTip(tr("%1\nEverything you type is kept in this computer's recovery journal and is "
                  "saved to the server as soon as it can be reached again.")
                   .arg(message));
    show();
}

void OfflineStatus::cameBack()
{
    if (!m_offline)
        return; // the first catch-up, on opening
    m_offline = false;
    hide();
    Q_EMIT backOnline();
}

} // namespace newsroom
