#include "RelatedListModel.h"

#include <QMimeData>

namespace newsroom {

RelatedListModel::RelatedListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RelatedListModel::setItems(const QList<RelatedItem> &items)
{
    if (items == m_items)
        return;
    beginResetModel();
    m_items = items;
    endResetModel();
}

void RelatedListModel::setTargetLabels(const QHash<qint64, QString> &labels)
{
    m_targetLabels = labels;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Target), index(int(m_items.size()) - 1, Target));
}

int RelatedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RelatedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RelatedItem &item = m_items[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return item.title;
    case Summary:
        return item.summary;
    case Target:
        if (!item.pointsToArchive())
            return item.url;
        return m_targetLabels.value(item.targetId, tr("Article #%1").arg(item.targetId));
    default:
        return {};
    }
}

bool RelatedListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == Target)
        return false;
    QList<RelatedItem> next = m_items;
    RelatedItem &item = next[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == Title) {
        if (text.isEmpty() || text == item.title)
            return false; // an item always keeps a title
        item.title = text;
    } else {
        if (text == item.summary)
            return false;
        item.summary = text;
    }
    Q_EMIT editRequested(next, index.column() == Title ? tr("Edit related title")
                                                       : tr("Edit related blurb"));
    return true;
}

QVariant RelatedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Summary:
        return tr("Blurb");
    case Target:
        return tr("Links to");
    default:
        return {};
    }
}

Qt::ItemFlags RelatedListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() != Target)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Qt::DropActions RelatedListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RelatedListModel::mimeTypes() const
{
    return {QString::fromLatin1(kRowMimeType)};
}

QMimeData *RelatedListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kRowMimeType), QByteArray::number(indexes.first().row()));
    return data;
}

// A drop is a move within the list, made as one edit; the view must not then remove the
// dragged row itself, so the drop reports that nothing was moved by it.
bool RelatedListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int /*column*/, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(kRowMimeType)))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kRowMimeType)).toInt(&ok);
    if (!ok || from < 0 || from >= m_items.size())
        return false;
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_items.size());
    const QList<RelatedItem> next = moved(m_items, from, to);
    if (next != m_items)
        Q_EMIT editRequested(next, tr("Reorder related articles"));
    return false;
}

QList<RelatedItem> RelatedListModel::moved(QList<RelatedItem> items, int from, int to)
{
    if (from < 0 || from >= items.size())
        return items;
    to = std::clamp(to, 0, int(items.size()));
    const RelatedItem item = items.takeAt(from);
    items.insert(to > from ? to - 1 : to, item);
    return items;
}

} // namespace newsroom
