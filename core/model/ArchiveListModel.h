#pragma once

#include "store/ArticleFilter.h"
#include "store/ArticleSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace newsroom {

class ArticleStore;

// The archive's articles as a table, newest update first, fetched a page at a time as
// the view scrolls, so a 100k-article archive opens at once.
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
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;

    explicit ArchiveListModel(ArticleStore &store, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    void reload();
    qint64 articleId(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fail(const QString &message);

    ArticleStore &m_store;
    ArticleFilter m_filter;
    QList<ArticleSummary> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // no fetching while rows are being reset or inserted
    QString m_lastError;
};

} // namespace newsroom
