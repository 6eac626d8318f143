#include "FieldChangesTable.h"

#include "model/ArticleDiff.h"

#include <QHeaderView>

namespace newsroom {

FieldChangesTable::FieldChangesTable(const QString &beforeTitle, const QString &afterTitle,
                                     QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Field"), beforeTitle, afterTitle});
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
}

qsizetype FieldChangesTable::showChanges(const Article &before, const Article &after)
{
    const QList<FieldChange> changes = compareArticles(before, after);
    setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange &change = changes[row];
        setItem(row, 0, new QTableWidgetItem(change.field));
        setItem(row, 1, new QTableWidgetItem(change.before.left(2000)));
        setItem(row, 2, new QTableWidgetItem(change.after.left(2000)));
    }
    resizeRowsToContents();
    return changes.size();
}

} // namespace newsroom
