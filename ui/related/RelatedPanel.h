#pragma once

#include "model/RelatedItem.h"
#include "search/SearchHit.h"

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
// is one undoable step of the article.
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

    void addArchived(qint64 id);
    void addOutside(const RelatedItem &item);
    void removeRow(int row);
    void moveRow(int from, int to);
    void addSuggestion(int row);
    void refreshSuggestions();

Q_SIGNALS:
    void openArticleRequested(qint64 id);

private:
    void showItems();
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
};

} // namespace newsroom
