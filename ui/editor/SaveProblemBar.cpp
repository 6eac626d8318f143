#include "SaveProblemBar.h"

#include <QPushButton>

namespace newsroom {

SaveProblemBar::SaveProblemBar(QWidget *parent) : NoticeBar(tr("Saving problem"), parent)
{
    auto *retry = addButton(tr("&Try Again"), tr("Save now instead of waiting for the next try."));
    connect(retry, &QPushButton::clicked, this, &SaveProblemBar::retryRequested);
    m_restore = addButton(tr("Restore from &Backup\u2026"),
                          tr("Choose a backup to bring back; the archive as it is now is kept "
                             "aside."));
    m_restore->hide();
    connect(m_restore, &QPushButton::clicked, this, &SaveProblemBar::restoreRequested);
}

void SaveProblemBar::offerRestore(bool offer)
{
    m_restore->setVisible(offer);
}

void SaveProblemBar::setArchiveProblem(const QString &message)
{
    m_archiveProblem = message;
    showProblems();
}

void SaveProblemBar::setJournalProblem(const QString &message)
{
    m_journalProblem = message;
    showProblems();
}

void SaveProblemBar::showProblems()
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
    setMessage(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

} // namespace newsroom
