#include "ConflictBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace newsroom {

ConflictBar::ConflictBar(QWidget *parent) : QFrame(parent), m_label(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("newsroom--ConflictBar { background: #fff3cd; }"
                                 " QLabel { color: #5c4400; }"));
    m_label->setWordWrap(true);
    auto *reload = new QPushButton(tr("Load Their Version"));
    reload->setToolTip(tr("Show the archive's newest version; your text is kept in a "
                          "recovery file first."));
    auto *keep = new QPushButton(tr("Keep Mine"));
    keep->setToolTip(tr("Save your text as the newest version; theirs stays in Revisions."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(reload);
    layout->addWidget(keep);
    connect(reload, &QPushButton::clicked, this, &ConflictBar::reloadRequested);
    connect(keep, &QPushButton::clicked, this, &ConflictBar::keepMineRequested);
    hide();
}

void ConflictBar::showConflict(const QString &message)
{
    m_label->setText(message);
    show();
}

QString ConflictBar::message() const
{
    return m_label->text();
}

} // namespace newsroom
