#include "ArchiveListModel.h"

#include "store/ArticleStore.h"

#include <QLocale>

namespace newsroom {

ArchiveListModel::ArchiveListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void ArchiveListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

void ArchiveListModel::reload()
{
    auto total = m_store.count(m_filter);
    m_changing = true; // views may ask to fetch while a change is being announced
    beginResetModel();
    m_rows.clear();
    m_total = total ? *total : 0;
    endResetModel();
    m_changing = false;
    if (!total)
        fail(total.error().message);
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
        return statusName(row.status);
    case Section:
        return row.section;
    case Updated:
        return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
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
    auto page = m_store.list(m_filter, kPageSize, int(m_rows.size()));
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
