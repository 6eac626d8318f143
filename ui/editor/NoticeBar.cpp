#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace newsroom {

NoticeBar::NoticeBar(const QString &accessibleName, QWidget *parent)
    : QFrame(parent), m_label(new QLabel), m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(accessibleName);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_label, 1);
    hide();
}

QString NoticeBar::message() const
{
    return m_label->text();
}

void NoticeBar::setMessage(const QString &message)
{
    m_label->setText(message);
}

QPushButton *NoticeBar::addButton(const QString &text, const QString &toolTip)
{
    auto *button = new QPushButton(text);
    button->setToolTip(toolTip);
    m_layout->addWidget(button);
    return button;
}

} // namespace newsroom
