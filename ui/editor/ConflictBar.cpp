#include "ConflictBar.h"

#include <QPushButton>

namespace newsroom {

ConflictBar::ConflictBar(QWidget *parent) : NoticeBar(tr("Changed elsewhere"), parent)
{
    auto *reload = addButton(tr("Load Their Version"),
                             tr("Show the archive's newest version; your text is kept in a "
                                "recovery file first."));
    auto *keep = addButton(tr("Keep Mine"),
                           tr("Save your text as the newest version; theirs stays in Revisions."));
    connect(reload, &QPushButton::clicked, this, &ConflictBar::reloadRequested);
    connect(keep, &QPushButton::clicked, this, &ConflictBar::keepMineRequested);
}

void ConflictBar::showConflict(const QString &message)
{
    setMessage(message);
    show();
}

} // namespace newsroom
