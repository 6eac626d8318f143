#pragma once

#include <QStyledItemDelegate>

namespace newsroom {

// Blurbs are a sentence or two: they are edited in a box of a few wrapped lines over the
// row, not a one-line field that scrolls. Return keeps the edit (Shift+Return too: a blurb
// is one paragraph), Escape drops it.
class BlurbDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace newsroom
