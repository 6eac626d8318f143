#include "ConflictBar.h"

#include <QPushButton>

namespace newsroom {

ConflictBar::ConflictBar(QWidget *parent) : NoticeBar(tr("Changed elsewhere"), parent)
{
    auto *compare = addButton(tr("Compare\u2026"),
                              tr("Show your text and theirs side by side; keep yours, take "
                                 "theirs or pick field by field."));
    compare->setObjectName(QStringLiteral("compare"));
    connect(compare, &QPushButton::clicked, this, &ConflictBar::compareRequested);
    auto *reload = addButton(tr("Take Theirs"),
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
