#pragma once

#include "NoticeBar.h"

class QPushButton;

namespace newsroom {

// Shown above the editor while the archive refuses saves (disk full, read-only, locked,
// the file deleted or replaced) or the journal cannot be written: what happened and what to
// do. Typing goes on; the autosave keeps trying and the bar goes once a save succeeds.
class SaveProblemBar : public NoticeBar
{
    Q_OBJECT
public:
    explicit SaveProblemBar(QWidget *parent = nullptr);

    // An empty message clears that problem; the bar shows while either is set.
    void setArchiveProblem(const QString &message);
    void setJournalProblem(const QString &message);
    // A damaged archive: the way out is a backup, so the bar offers one.
    void offerRestore(bool offer);

Q_SIGNALS:
    void retryRequested();
    void restoreRequested();

private:
    void showProblems();

    QString m_archiveProblem;
    QString m_journalProblem;
    QPushButton *m_restore;
};

} // namespace newsroom
