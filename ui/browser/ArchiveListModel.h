#pragma once

#include "LatestAnswer.h"
#include "store/ArticleFilter.h"
#include "store/ArticleSummary.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace newsroom {

class ArchiveGateway;

// The archive's articles as a table, fetched a page at a time as the view scrolls, so a
// 100k-article archive opens at once. With search text it shows the best matches
// instead (kSearchLimit of them), each with its snippet in the Match column.
//
// Nothing here waits for the archive: every question goes through the gateway and its
// answer is shown when it comes. Until then the rows shown stay as they were (no flash
// of an empty list); a newer query replaces an older one, whose answer is dropped.
class ArchiveListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Headline,
        Status,
        Section,
        Updated,
        Match, // the search snippet; empty while not searching
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 200;

    explicit ArchiveListModel(ArchiveGateway &gateway, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    void setSearchText(const QString &text);
    // Both at once, with one reload (the browser changes them together).
    void setQuery(const ArticleFilter &filter, const QString &searchText);
    // The newest query is a search (its answer may still be on its way).
    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }
    // Asks for the count and the first page (or the search's hits) in one request; the
    // rows shown stay until the answer replaces them. A page on its way is dropped.
    void reload();
    // A reload or a page is on its way; loadingChanged says when that changes.
    bool isLoading() const { return m_load.isWaiting() || m_page.isWaiting(); }
    qint64 articleId(int row) const;
    int rowOf(qint64 id) const;                   // among the rows fetched so far; -1 if not there
    qint64 totalCount() const { return m_total; } // rows the view can fetch in all
    // Shows a saved article's new headline, status... in its row, if it has one, without
    // reloading (the view keeps its scroll position while the editor types).
    void updateRow(const ArticleSummary &article);
    // Another connection changed the archive: asks for the rows shown again. When the
    // answer comes, rows whose contents changed are updated in place (the view keeps its
    // scroll position); if articles came, went or moved, the list reloads itself. `ownId`,
    // the article this window edits, is left out: the editor keeps its row up to date
    // itself. Ranked search results are not refreshed under the reader's eyes.
    void refreshRows(qint64 ownId);
    // Search results whose articles changed (`ids`; every row when empty) show their new
    // headline, status... in place: the ranking stays, so nothing moves under the reader.
    void refreshSearchRows(const QList<qint64> &ids);
    QString lastError() const { return m_lastError; }
    // Who else has which article open (PresenceWatch::all): a mark beside the headline,
    // "Ana Ruiz is editing" in its tooltip and its accessible description.
    void setPresence(const QHash<qint64, QStringList> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // False while a page or a reload is on its way: one fetch at a time.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void loadingChanged(bool loading);
    // A reload's or a page's answer is shown (or its error reported).
    void loaded();

private:
    // What a reload (or a refresh) brings: the first rows and how many there are in all.
    struct Rows
    {
        QList<ArticleSummary> rows;
        QStringList snippets; // parallel to rows for a search
        qint64 total = 0;
    };

    void applyReload(const StoreResult<Rows> &answer);
    void applyPage(const StoreResult<QList<ArticleSummary>> &page);
    void applyRefresh(qint64 ownId, qsizetype asked, const StoreResult<Rows> &fresh);
    void loadingMayHaveChanged();
    void fail(const QString &message);

    ArchiveGateway &m_gateway;
    ArticleFilter m_filter;
    QString m_searchText;
    QList<ArticleSummary> m_rows;
    QStringList m_snippets;                // parallel to m_rows while searching
    QHash<qint64, QStringList> m_presence; // article id -> the others in it
    qint64 m_total = 0;
    bool m_changing = false; // no fetching while rows are being reset or inserted
    bool m_wasLoading = false;
    QString m_lastError;
    LatestAnswer<StoreResult<Rows>> m_load;
    LatestAnswer<StoreResult<QList<ArticleSummary>>> m_page;
    LatestAnswer<StoreResult<Rows>> m_refresh;
    LatestAnswer<StoreResult<QList<ArticleSummary>>> m_searchRefresh;
};

} // namespace newsroom
