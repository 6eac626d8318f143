#include "ArchiveListModel.h"

#include "ArchiveGateway.h"
#include "PresenceWords.h"

#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

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
    m_page.drop();    // a page of the old query must not join the new rows
    m_refresh.drop(); // the reload brings everything the refresh would
    QFuture<StoreResult<Rows>> answer;
    if (isSearching()) {
        // Search results come ranked, all at once; the list order does not apply to them.
        const SearchQuery query{m_searchText, m_filter, kSearchLimit};
        answer = m_gateway.run<Rows>(
            ArchiveGateway::Lane::Reads, [query](ArticleStore &store) -> StoreResult<Rows> {
                auto hits = store.search(query);
                if (!hits)
                    return std::unexpected(hits.error());
                Rows found;
                for (const SearchHit &hit : std::as_const(*hits)) {
                    found.rows.append(hit.article);
                    QString snippet = hit.snippet.simplified();
                    snippet.remove(SearchHit::kMarkStart).remove(SearchHit::kMarkEnd);
                    found.snippets.append(snippet);
                }
                found.total = found.rows.size();
                return found;
            });
    } else {
        // The count and the first page together, so the view fills without a fetchMore.
        answer = m_gateway.run<Rows>(
            ArchiveGateway::Lane::Reads,
            [filter = m_filter](ArticleStore &store) -> StoreResult<Rows> {
                auto count = store.count(filter);
                if (!count)
                    return std::unexpected(count.error());
                auto first = store.list(filter, kPageSize, 0);
                if (!first)
                    return std::unexpected(first.error());
                // Two statements, so a writer may come between: a short page is all there is.
                const qint64 listed = first->size();
                return Rows{*first, {}, listed < kPageSize ? listed : std::max(*count, listed)};
            });
    }
    m_load.ask(answer, this, [this](const StoreResult<Rows> &rows) { applyReload(rows); });
    loadingMayHaveChanged();
}

void ArchiveListModel::applyReload(const StoreResult<Rows> &answer)
{
    m_changing = true; // views may ask to fetch while a change is being announced
    beginResetModel();
    m_rows = answer ? answer->rows : QList<ArticleSummary>();
    m_snippets = answer ? answer->snippets : QStringList();
    m_total = answer ? answer->total : 0;
    endResetModel();
    m_changing = false;
    if (!answer)
        fail(answer.error().message);
    loadingMayHaveChanged();
    Q_EMIT loaded();
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

void ArchiveListModel::refreshRows(qint64 ownId)
{
    if (isSearching())
        return; // ranked results are not refreshed under the reader's eyes
    if (m_load.isWaiting()) {
        // The answer on its way may have been read before the change: ask again.
        reload();
        return;
    }
    const qsizetype asked = m_rows.size();
    m_refresh.ask(
        m_gateway.run<Rows>(ArchiveGateway::Lane::Reads,
                            [filter = m_filter, asked](ArticleStore &store) -> StoreResult<Rows> {
                                auto total = store.count(filter);
                                if (!total)
                                    return std::unexpected(total.error());
                                if (asked == 0)
                                    return Rows{{}, {}, *total};
                                auto rows = store.list(filter, int(asked), 0);
                                if (!rows)
                                    return std::unexpected(rows.error());
                                return Rows{*rows, {}, *total};
                            }),
        this, [this, ownId, asked](const StoreResult<Rows> &fresh) {
            applyRefresh(ownId, asked, fresh);
        });
}

void ArchiveListModel::refreshSearchRows(const QList<qint64> &ids)
{
    QList<qint64> shown;
    for (const ArticleSummary &row : std::as_const(m_rows)) {
        if (ids.isEmpty() || ids.contains(row.id))
            shown.append(row.id);
    }
    if (!isSearching() || shown.isEmpty())
        return;
    m_searchRefresh.ask(m_gateway.run<QList<ArticleSummary>>(
                            ArchiveGateway::Lane::Reads,
                            [shown](ArticleStore &store) -> StoreResult<QList<ArticleSummary>> {
                                QList<ArticleSummary> fresh;
                                for (qint64 id : shown) {
                                    auto summary = store.summary(id);
                                    if (summary)
                                        fresh.append(*summary);
                                    else if (summary.error().code != StoreError::Code::NotFound)
                                        return std::unexpected(summary.error());
                                }
                                return fresh;
                            }),
                        this, [this](const StoreResult<QList<ArticleSummary>> &fresh) {
                            if (!fresh || !isSearching())
                                return; // the next change tries again
                            for (const ArticleSummary &row : *fresh)
                                updateRow(row);
                        });
}

void ArchiveListModel::applyRefresh(qint64 ownId, qsizetype asked, const StoreResult<Rows> &fresh)
{
    if (!fresh)
        return; // the next change tries again
    // A page may have come meanwhile: the refresh covers the rows there were when it asked.
    if (fresh->total != m_total || fresh->rows.size() != asked || m_rows.size() < asked) {
        reload();
        return;
    }
    const auto others = [ownId](const QList<ArticleSummary> &rows) {
        QList<qint64> ids;
        for (const ArticleSummary &row : rows) {
            if (row.id != ownId)
                ids.append(row.id);
        }
        return ids;
    };
    if (others(fresh->rows) != others(m_rows.first(asked))) {
        reload();
        return;
    }
    for (const ArticleSummary &row : std::as_const(fresh->rows)) {
        const int at = rowOf(row.id);
        if (row.id == ownId || at < 0)
            continue;
        const ArticleSummary &old = m_rows.at(at);
        if (old.headline != row.headline || old.status != row.status ||
            old.section != row.section || old.updatedAt != row.updatedAt ||
            old.publishedAt != row.publishedAt)
            updateRow(row);
    }
}

void ArchiveListModel::loadingMayHaveChanged()
{
    const bool loading = isLoading();
    if (loading == m_wasLoading)
        return;
    m_wasLoading = loading;
    Q_EMIT loadingChanged(loading);
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

namespace {
QPixmap presenceDot(const QColor &fill, const QColor &ring)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ring, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return pixmap;
}

// The mark beside a headline someone else has open: a dot in the palette's highlight, and
// in its highlighted text on a selected row (where the highlight is the row's ground).
QIcon presenceMark()
{
    const QPalette palette = QGuiApplication::palette();
    static qint64 paletteKey = -1;
    static QIcon mark;
    if (paletteKey != palette.cacheKey()) {
        paletteKey = palette.cacheKey();
        mark = QIcon();
        mark.addPixmap(
            presenceDot(palette.color(QPalette::Highlight), palette.color(QPalette::Base)),
            QIcon::Normal);
        mark.addPixmap(presenceDot(palette.color(QPalette::HighlightedText),
                                   palette.color(QPalette::Highlight)),
                       QIcon::Selected);
    }
    return mark;
}
} // namespace

void ArchiveListModel::setPresence(const QHash<qint64, QStringList> &names)
{
    if (names == m_presence)
        return;
    m_presence = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Headline), index(int(m_rows.size()) - 1, Headline),
                           {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

QVariant ArchiveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (index.column() == Headline) {
        const QStringList present = m_presence.value(row.id);
        if (role == Qt::DecorationRole)
            return present.isEmpty() ? QVariant() : QVariant(presenceMark());
        if (role == Qt::AccessibleDescriptionRole)
            return present.isEmpty() ? QVariant() : QVariant(PresenceWords::editing(present));
        if (role == Qt::ToolTipRole && !present.isEmpty())
            return QString(row.headline + QLatin1Char('\n') + PresenceWords::editing(present));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Headline:
        return row.headline;
    case Status:
        if (isScheduled(row.status, row.publishedAt)) {
            return role == Qt::ToolTipRole
                       ? tr("Published, going live %1")
                             .arg(QLocale().toString(row.publishedAt.toLocalTime(),
                                                     QLocale::ShortFormat))
                       : scheduledLabel();
        }
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
    return !parent.isValid() && !m_changing && !isLoading() && m_rows.size() < m_total;
}

void ArchiveListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_page.ask(m_gateway.list(m_filter, kPageSize, int(m_rows.size())), this,
               [this](const StoreResult<QList<ArticleSummary>> &page) { applyPage(page); });
    loadingMayHaveChanged();
}

void ArchiveListModel::applyPage(const StoreResult<QList<ArticleSummary>> &page)
{
    if (!page) {
        m_total = m_rows.size(); // stop asking; the error says why
        fail(page.error().message);
    } else if (!page->isEmpty()) {
        m_changing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
        m_changing = false;
    }
    if (page && page->size() < kPageSize)
        m_total = m_rows.size(); // the end of the list (it may have shrunk meanwhile)
    loadingMayHaveChanged();
    Q_EMIT loaded();
}

} // namespace newsroom
