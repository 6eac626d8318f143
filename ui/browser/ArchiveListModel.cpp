#include "ArchiveListModel.h"

#include "ArchiveGateway.h"

#include <QHash>

#include <QLocale>

namespace newsroom {

ArchiveListModel::ArchiveListModel(ArchiveGateway &gateway, QObject *parent)
    : QAbstractTableModel(parent), m_gateway(gateway)
{
    reload();
}

void ArchiveListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

void ArchiveListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    reload();
}

void ArchiveListModel::setQuery(const ArticleFilter &filter, const QString &searchText)
{
    m_filter = filter;
    m_searchText = searchText;
    reload();
}

void ArchiveListModel::reload()
{
    if (isSearching()) {
        loadSearch();
        return;
    }
    m_snippets.clear();
    auto total = m_gateway.count(m_filter).result();
    m_changing = true; // views may ask to fetch while a change is being announced
    beginResetModel();
    m_rows.clear();
    m_total = total ? *total : 0;
    endResetModel();
    m_changing = false;
    if (!total)
        fail(total.error().message);
}

// Search results come ranked, all at once; the list order does not apply to them.
void ArchiveListModel::loadSearch()
{
    auto hits = m_gateway.search(SearchQuery{m_searchText, m_filter, kSearchLimit}).result();
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_snippets.clear();
    if (hits) {
        for (const SearchHit &hit : *hits) {
            m_rows.append(hit.article);
            QString snippet = hit.snippet.simplified();
            snippet.remove(SearchHit::kMarkStart).remove(SearchHit::kMarkEnd);
            m_snippets.append(snippet);
        }
    }
    m_total = m_rows.size();
    endResetModel();
    m_changing = false;
    if (!hits)
        fail(hits.error().message);
}

void ArchiveListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ArticleOrder> orders{{Headline, ArticleOrder::Headline},
                                                 {Status, ArticleOrder::Status},
                                                 {Section, ArticleOrder::Section},
                                                 {Updated, ArticleOrder::Updated}};
    if (!orders.contains(column))
        return;
    const ArticleOrder next = orders.value(column);
    const bool descending = order == Qt::DescendingOrder;
    if (next == m_filter.order && descending == m_filter.descending)
        return;
    m_filter.order = next;
    m_filter.descending = descending;
    reload();
}

int ArchiveListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

void ArchiveListModel::updateRow(const ArticleSummary &article)
{
    const int row = rowOf(article.id);
    if (row < 0)
        return;
    m_rows[row] = article;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ArchiveListModel::refreshRows(qint64 ownId)
{
    if (isSearching())
        return true; // ranked results are not refreshed under the reader's eyes
    auto total = m_gateway.count(m_filter).result();
    auto fresh = m_gateway.list(m_filter, int(m_rows.size()), 0).result();
    if (!total || !fresh)
        return true; // the next change tries again
    if (*total != m_total)
        return false;
    const auto others = [ownId](const QList<ArticleSummary> &rows) {
        QList<qint64> ids;
        for (const ArticleSummary &row : rows) {
            if (row.id != ownId)
                ids.append(row.id);
        }
        return ids;
    };
    if (others(*fresh) != others(m_rows))
        return false;
    for (const ArticleSummary &row : std::as_const(*fresh)) {
        const int at = rowOf(row.id);
        if (row.id == ownId || at < 0)
            continue;
        const ArticleSummary &old = m_rows.at(at);
        if (old.headline != row.headline || old.status != row.status ||
            old.section != row.section || old.updatedAt != row.updatedAt ||
            old.publishedAt != row.publishedAt)
            updateRow(row);
    }
    return true;
}

void ArchiveListModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

qint64 ArchiveListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ArchiveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Headline:
        return row.headline;
    case Status:
        return statusLabel(row.status);
    case Section:
        return row.section;
    case Updated: {
        // Today's changes by the clock, older ones by the day.
        const QDateTime local = row.updatedAt.toLocalTime();
        return local.date() == QDate::currentDate()
                   ? QLocale().toString(local.time(), QLocale::ShortFormat)
                   : QLocale().toString(local.date(), QLocale::ShortFormat);
    }
    case Match:
        return m_snippets.value(index.row());
    default:
        return {};
    }
}

QVariant ArchiveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline:
        return tr("Headline");
    case Status:
        return tr("Status");
    case Section:
        return tr("Section");
    case Updated:
        return tr("Updated");
    case Match:
        return tr("Match");
    default:
        return {};
    }
}

bool ArchiveListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ArchiveListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_gateway.list(m_filter, kPageSize, int(m_rows.size())).result();
    if (!page) {
        m_total = m_rows.size(); // stop asking; the error says why
        fail(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_changing = false;
}

} // namespace newsroom
