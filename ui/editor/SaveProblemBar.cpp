#include "SaveProblemBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace newsroom {

SaveProblemBar::SaveProblemBar(QWidget *parent) : QFrame(parent), m_label(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("&Try Again"));
    retry->setToolTip(tr("Save now instead of waiting for the next try."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, &SaveProblemBar::retryRequested);
    setAccessibleName(tr("Saving problem"));
    hide();
}

void SaveProblemBar::setArchiveProblem(const QString &message)
{
    m_archiveProblem = message;
    update();
}

void SaveProblemBar::setJournalProblem(const QString &message)
{
    m_journalProblem = message;
    update();
}

QString SaveProblemBar::message() const
{
    return m_label->text();
}

void SaveProblemBar::update()
{
    QStringList lines;
    if (!m_archiveProblem.isEmpty()) {
        lines << tr("Not saved to the archive. %1").arg(m_archiveProblem)
              << (m_journalProblem.isEmpty()
                      ? tr("Keep typing: your text is kept on this computer and saved as soon "
                           "as the archive takes it.")
                      : QString());
    }
    if (!m_journalProblem.isEmpty())
        lines << m_journalProblem;
    lines.removeAll(QString());
    m_label->setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

} // namespace newsroom
