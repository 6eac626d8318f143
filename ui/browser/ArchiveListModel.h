#pragma once

#include "store/ArticleFilter.h"
#include "store/ArticleSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace newsroom {

class ArchiveGateway;

// The archive's articles as a table, fetched a page at a time as the view scrolls, so a
// 100k-article archive opens at once. With search text it shows the best matches
// instead (kSearchLimit of them), each with its snippet in the Match column.
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
    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }
    void reload();
    qint64 articleId(int row) const;
    int rowOf(qint64 id) const;                   // among the rows fetched so far; -1 if not there
    qint64 totalCount() const { return m_total; } // rows the view can fetch in all
    // Shows a saved article's new headline, status... in its row, if it has one, without
    // reloading (the view keeps its scroll position while the editor types).
    void updateRow(const ArticleSummary &article);
    // Another connection changed the archive: rows whose contents changed are updated in
    // place (the view keeps its scroll position). Returns false when articles came, went
    // or moved, so only a reload shows them. `ownId`, the article this window edits, is
    // left out: the editor keeps its row up to date itself.
    bool refreshRows(qint64 ownId);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fail(const QString &message);

    ArchiveGateway &m_gateway;
    ArticleFilter m_filter;
    void loadSearch();

    QString m_searchText;
    QList<ArticleSummary> m_rows;
    QStringList m_snippets; // parallel to m_rows while searching
    qint64 m_total = 0;
    bool m_changing = false; // no fetching while rows are being reset or inserted
    QString m_lastError;
};

} // namespace newsroom
