#include "RecentArchives.h"

#include "settings/AppSettings.h"
#include "store/ArchiveAddress.h"
#include "store/ServerAddress.h"

#include <QDir>
#include <QFileInfo>

namespace newsroom {

QString RecentArchives::entryFor(const QString &address)
{
    if (address.trimmed().isEmpty())
        return {};
    if (!ArchiveAddress::isServer(address))
        return QDir::cleanPath(QFileInfo(address).absoluteFilePath());
    const QString shown = ArchiveAddress::forDisplay(address);
    // forDisplay knows the usual spellings; libpq's parser has the last word.
    return ServerAddress::holdsPassword(shown) ? QString() : shown;
}

// What the settings file says, checked again: it may be old, or edited by hand.
QStringList RecentArchives::list()
{
    QStringList entries;
    for (const QString &stored : appsettings::recentArchives()) {
        const QString entry = entryFor(stored);
        if (!entry.isEmpty() && !entries.contains(entry))
            entries.append(entry);
        if (entries.size() == kMax)
            break;
    }
    return entries;
}

void RecentArchives::remember(const QString &address)
{
    const QString entry = entryFor(address);
    if (entry.isEmpty())
        return;
    QStringList entries = list();
    entries.removeAll(entry);
    entries.prepend(entry);
    appsettings::setRecentArchives(entries.mid(0, kMax));
}

void RecentArchives::forget(const QString &address)
{
    QStringList entries = list();
    entries.removeAll(entryFor(address));
    appsettings::setRecentArchives(entries);
}

void RecentArchives::clear()
{
    appsettings::setRecentArchives({});
}

} // namespace newsroom
