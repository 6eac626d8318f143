#pragma once

#include "LatestAnswer.h"
#include "checks/CheckFinding.h"
#include "checks/CheckLimits.h"
#include "store/StoreError.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace newsroom {

class ArticleDocument;
class ArchiveGateway;

// The pre-publish checklist, kept up to date as the article changes: errors (which block
// publishing) first, then warnings, each in words an editor can act on. The archive runs
// the checks; the list shows its answer when it comes.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshDelay = 400; // ms after the last change

    ChecklistPanel(ArticleDocument &document, ArchiveGateway &gateway, QWidget *parent = nullptr);

    void setLimits(const CheckLimits &limits);
    // Asks the archive to run the checklist now; refreshed() brings what it found. A newer
    // refresh replaces one still running.
    void refresh();
    // What the last answer found (the archive's error as one finding), in the order shown.
    const QList<CheckFinding> &findings() const { return m_findings; }
    bool isChecking() const { return m_checking.isWaiting(); }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void refreshed(const QList<CheckFinding> &findings);
    void summaryChanged(const QString &summary); // "2 errors, 1 warning", for a tab title
    // The editor asked to be taken to what a finding is about (double-click, Return).
    void findingActivated(const CheckFinding &finding);
    // ... and when that is another article of the archive (a possible duplicate), to it.
    void articleRequested(qint64 id);

private:
    void showFindings(const StoreResult<QList<CheckFinding>> &result);

    ArticleDocument &m_document;
    ArchiveGateway &m_gateway;
    CheckLimits m_limits;
    QListWidget *m_list;
    QLabel *m_status;
    QTimer m_timer;
    LatestAnswer<StoreResult<QList<CheckFinding>>> m_checking;
    QList<CheckFinding> m_findings;
};

} // namespace newsroom
