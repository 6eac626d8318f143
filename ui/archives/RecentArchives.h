#pragma once

#include <QStringList>

namespace newsroom {

// File → Open Recent's list: the archives opened last, files and servers, newest first, at
// most kMax, kept in the settings (appsettings). A server is kept as its URI without any
// password; an address that would still hold one after that is not kept at all.
class RecentArchives
{
public:
    static constexpr int kMax = 8;

    static QStringList list();
    // Puts `address` first (once: an earlier entry for it goes).
    static void remember(const QString &address);
    static void forget(const QString &address);
    static void clear();
    // How `address` is kept: a file's absolute path, a server's URI without its password;
    // empty when it cannot be kept.
    static QString entryFor(const QString &address);
};

} // namespace newsroom
