#include "RecentArchivesMenu.h"

#include "RecentArchives.h"
#include "store/ArchiveAddress.h"

#include <QMessageBox>
#include <QPushButton>

namespace newsroom {

RecentArchivesMenu::RecentArchivesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentArchivesMenu::rebuild);
    rebuild();
}

void RecentArchivesMenu::rebuild()
{
    clear();
    const QStringList entries = RecentArchives::list();
    int number = 0;
    for (const QString &address : entries) {
        // &1 … &8: each entry has a key of its own.
        const QString label = QStringLiteral("&%1 %2").arg(++number).arg(
            ArchiveAddress::shortName(address).replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *entry = addAction(label, this, [this, address] { Q_EMIT openRequested(address); });
        entry->setToolTip(address); // a server's URI never holds a password (RecentArchives)
        entry->setStatusTip(address);
    }
    if (entries.isEmpty())
        addAction(tr("No Archives Opened Yet"))->setEnabled(false);
    addSeparator();
    QAction *clearAll = addAction(tr("&Clear Recent"), this, [] { RecentArchives::clear(); });
    clearAll->setEnabled(!entries.isEmpty());
    setToolTipsVisible(true);
}

void RecentArchivesMenu::offerToForget(const QString &address, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open the Archive"),
                    tr("%1 did not open.").arg(ArchiveAddress::shortName(address)), QMessageBox::Ok,
                    parentWidget());
    box.setInformativeText(why);
    if (!RecentArchives::list().contains(RecentArchives::entryFor(address))) {
        box.exec(); // not on the list (a server just typed in): nothing to offer
        return;
    }
    box.setStandardButtons(QMessageBox::NoButton);
    QPushButton *forget = box.addButton(tr("&Remove from Open Recent"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep It"), QMessageBox::RejectRole);
    box.setDefaultButton(forget);
    box.exec();
    if (box.clickedButton() == forget)
        RecentArchives::forget(address);
}

} // namespace newsroom
