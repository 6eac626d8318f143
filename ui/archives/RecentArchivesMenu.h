#pragma once

#include <QMenu>

namespace newsroom {

// File → Open Recent: the archives of RecentArchives, newest first (a file by its name, a
// server as "database on host"), and Clear Recent. Built again each time it opens, so that
// every window shows what any of them opened last.
class RecentArchivesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentArchivesMenu(QWidget *parent = nullptr);

    // An archive that did not open: says why, and when it is on the list offers to take it
    // off.
    void offerToForget(const QString &address, const QString &why);

Q_SIGNALS:
    void openRequested(const QString &address);

private:
    void rebuild();
};

} // namespace newsroom
