#pragma once

#include "RelatedItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace newsroom {

// An article's related list as a table (title, blurb, where it leads) for the related
// panel. It never changes the list itself: an edit in the view (a title typed in place,
// a row dragged) comes out as editRequested with the whole new list, so that the editor
// can make it one undoable step; setItems then shows the result.
class RelatedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Summary,
        Target,
        ColumnCount
    };
    static constexpr const char *kRowMimeType = "application/x-newsroom-related-row";

    explicit RelatedListModel(QObject *parent = nullptr);

    void setItems(const QList<RelatedItem> &items);
    const QList<RelatedItem> &items() const { return m_items; }
    // How an archive target is named in the Target column ("#42 city-budget", flagged
    // when gone); set by the panel, which can ask the archive.
    void setTargetLabels(const QHash<qint64, QString> &labels);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The list with item `from` moved to stand before position `to` (0..size).
    static QList<RelatedItem> moved(QList<RelatedItem> items, int from, int to);

Q_SIGNALS:
    void editRequested(const QList<RelatedItem> &items, const QString &description);

private:
    QList<RelatedItem> m_items;
    QHash<qint64, QString> m_targetLabels;
};

} // namespace newsroom
