#include "BlurbDelegate.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace newsroom {

namespace {
constexpr int kEditorLines = 4;
}

QWidget *BlurbDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setAccessibleName(tr("Blurb"));
    return editor;
}

void BlurbDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *text = static_cast<QPlainTextEdit *>(editor);
    text->setPlainText(index.data(Qt::EditRole).toString());
    text->moveCursor(QTextCursor::End);
}

void BlurbDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText();
    model->setData(index, text.simplified(), Qt::EditRole); // one paragraph
}

void BlurbDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    // Over the row and the ones below it: room for a few lines at the cell's width.
    QRect area = option.rect;
    area.setHeight(
        std::max(area.height(), editor->fontMetrics().lineSpacing() * kEditorLines + 10));
    if (QWidget *view = editor->parentWidget(); view && area.bottom() > view->height())
        area.moveBottom(view->height() - 1);
    editor->setGeometry(area);
}

bool BlurbDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace newsroom
