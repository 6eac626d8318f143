#pragma once

#include "LatestAnswer.h"
#include "search/SearchHit.h"
#include "store/ArticleSummary.h"
#include "store/StoreError.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace newsroom {

class ArchiveGateway;

// "Add from the archive": a search field whose drop-down lists matching articles
// (headline, date, section) as the editor types; picking one reports it. The field never
// waits for the archive: the matches shown stay until the newest search answers (an
// older answer is dropped), and a tooltip says "Searching…" when that takes a while.
class ArchivePicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kResults = 12;
    static constexpr int kTypingDelay = 150; // ms
    static constexpr int kBusyDelay = 100;   // ms: quicker answers show no busy state

    ArchivePicker(ArchiveGateway &gateway, QWidget *parent = nullptr);
    // Asks at once (the field normally waits for a pause in typing); the matches come
    // into results() when the archive answers.
    void searchNow();
    bool isSearching() const { return m_search.isWaiting(); }
    QStandardItemModel *results() const { return m_results; }
    void pick(int row);

Q_SIGNALS:
    void articlePicked(const ArticleSummary &article);

private:
    void showHits(const StoreResult<QList<SearchHit>> &hits);
    void showBusy();
    void stopBusy();

    ArchiveGateway &m_gateway;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    QTimer m_typing;
    QTimer m_busy; // shows "Searching…" once an answer takes a while
    QList<ArticleSummary> m_hits;
    LatestAnswer<StoreResult<QList<SearchHit>>> m_search;
};

} // namespace newsroom
