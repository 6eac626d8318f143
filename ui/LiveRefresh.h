#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace newsroom {

struct ArchiveChange;
class ArchiveGateway;
class ArchiveListModel;

// The window's view of a server archive kept current as colleagues save, in place of the
// file archive's poll: the gateway's notices (archiveChanged, catchUpDue) are gathered for
// a moment, so that a burst (an import) makes one refresh, then the search results shown
// are updated in place and refreshDue() has the window do the rest (the list, the related
// panel's links, the open article: shown anew, or the conflict bar when something of the
// editor's is unsaved). While the editor's own save is on its way (`busy`), it waits: the
// window would take the archive's newest version for a colleague's.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr int kGather = 30;    // ms
    static constexpr int kBusyRetry = 50; // ms
    static constexpr int kMostIds = 200;  // changed ids kept for one refresh

    LiveRefresh(ArchiveGateway &gateway, ArchiveListModel &list, std::function<bool()> busy,
                QObject *parent = nullptr);

Q_SIGNALS:
    // `changed`: the articles changed since the last refresh; empty when any may have (a
    // catch-up, a burst).
    void refreshDue(const QList<qint64> &changed);

private:
    void noteChange(const ArchiveChange &change);
    void noteCatchUp();
    void refresh();

    ArchiveListModel &m_list;
    std::function<bool()> m_busy;
    QTimer m_gather;
    QList<qint64> m_changed;   // since the last refresh
    bool m_everything = false; // a catch-up: every row shown may have changed
};

} // namespace newsroom
