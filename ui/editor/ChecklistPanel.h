#pragma once

#include "checks/CheckFinding.h"
#include "checks/CheckLimits.h"

#include <QTimer>
#include <QWidget>

class QListWidget;

namespace newsroom {

class ArticleDocument;
class ArchiveGateway;

// The pre-publish checklist, kept up to date as the article changes: errors (which block
// publishing) first, then warnings, each in words an editor can act on.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshDelay = 400; // ms after the last change

    ChecklistPanel(ArticleDocument &document, ArchiveGateway &gateway, QWidget *parent = nullptr);

    void setLimits(const CheckLimits &limits);
    // Runs the checklist now; what it found (or the archive's error as one finding).
    QList<CheckFinding> refresh();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void summaryChanged(const QString &summary); // "2 errors, 1 warning", for a tab title

private:
    ArticleDocument &m_document;
    ArchiveGateway &m_gateway;
    CheckLimits m_limits;
    QListWidget *m_list;
    QTimer m_timer;
};

} // namespace newsroom
