#pragma once

#include "store/ArticleSummary.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace newsroom {

class ArchiveGateway;

// "Add from the archive": a search field whose drop-down lists matching articles
// (headline, date, section) as the editor types; picking one reports it.
class ArchivePicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kResults = 12;
    static constexpr int kTypingDelay = 150; // ms

    ArchivePicker(ArchiveGateway &gateway, QWidget *parent = nullptr);
    // Runs the search at once (the field normally waits for a pause in typing).
    void searchNow();
    QStandardItemModel *results() const { return m_results; }
    void pick(int row);

Q_SIGNALS:
    void articlePicked(const ArticleSummary &article);

private:
    ArchiveGateway &m_gateway;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    QTimer m_typing;
    QList<ArticleSummary> m_hits;
};

} // namespace newsroom
