#pragma once

#include "LatestAnswer.h"
#include "model/RelatedItem.h"
#include "search/SearchHit.h"
#include "store/StoreError.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTableView;

namespace newsroom {

class ArchivePicker;
class ArticleDocument;
class ArchiveGateway;
class RelatedListModel;

// The article's Related Articles list: add from an archive search or as an outside link,
// edit titles and blurbs in place, drag (or Alt+Up/Down) to reorder, remove, open the
// linked article; below it, suggestions from the archive, one click to add. Every change
// is one undoable step of the article. Nothing here waits for the archive: link labels,
// additions from the archive and suggestions arrive when the gateway answers.
class RelatedPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSuggestions = 8;
    static constexpr int kSuggestDelay = 800; // ms after the last change

    RelatedPanel(ArticleDocument &document, ArchiveGateway &gateway, QWidget *parent = nullptr);

    RelatedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ArchivePicker *picker() const { return m_picker; }
    QListWidget *suggestions() const { return m_suggestions; }

    // Fetches the article, then adds it (one undoable step); dropped if another article is
    // loaded meanwhile.
    void addArchived(qint64 id);
    void addOutside(const RelatedItem &item);
    void removeRow(int row);
    void moveRow(int from, int to);
    void addSuggestion(int row);
    void refreshSuggestions();
    // Another window or a colleague changed the archive: the Links-to column asks again
    // (a linked article's new slug or status, or its move to the trash).
    void refreshFromArchive() { askForTargetLabels(); }
    bool isLookingForSuggestions() const { return m_suggesting.isWaiting(); }

Q_SIGNALS:
    void openArticleRequested(qint64 id);
    void suggestionsShown(); // the archive's answer (or its error) is in the list

private:
    // What the archive says of each linked article; one it does not know is gone.
    using TargetSummaries = QHash<qint64, ArticleSummary>;

    void showItems();
    void askForTargetLabels();
    void followRenamedTargets(const TargetSummaries &targets);
    void addFetched(qint64 id, bool thenSuggest);
    void showSuggestions(const StoreResult<QList<SearchHit>> &hits);
    void showSuggestionNote(const QString &text);
    void setItems(const QList<RelatedItem> &items, const QString &description);
    void askForOutsideLink();
    void openSelected();
    int selectedRow() const;

    ArticleDocument &m_document;
    ArchiveGateway &m_gateway;
    RelatedListModel *m_model;
    QTableView *m_view;
    ArchivePicker *m_picker;
    QListWidget *m_suggestions;
    QTimer m_suggestTimer;
    QList<SearchHit> m_suggested;
    QHash<qint64, QString> m_targetLabels;    // the last answer, shown until the next
    QHash<qint64, QString> m_targetHeadlines; // each linked article's headline, as last asked
    LatestAnswer<StoreResult<TargetSummaries>> m_labelling;
    LatestAnswer<StoreResult<QList<SearchHit>>> m_suggesting;
    quint64 m_loads = 0; // counts article switches: an addition asked before one is dropped
};

} // namespace newsroom
