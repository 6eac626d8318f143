#include "SearchResultDelegate.h"

#include "ArchiveListModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace newsroom {

namespace {
constexpr int kPadding = 4;

// Draws `text` in at most `lines` lines of the area's width, the last one shown shortened
// with an ellipsis when there is more; returns the height used.
int drawWrapped(QPainter *painter, const QString &text, const QFont &font, const QRect &area,
                int lines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    qsizetype rest = -1; // where the text that does not fit starts
    while (layout.lineCount() < lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        line.setPosition(QPointF(0, layout.lineCount() - 1) * metrics.lineSpacing());
        if (layout.lineCount() == lines && line.textStart() + line.textLength() < text.size())
            rest = line.textStart();
    }
    layout.endLayout();
    painter->setFont(font);
    const int whole = rest < 0 ? layout.lineCount() : layout.lineCount() - 1;
    for (int i = 0; i < whole; ++i)
        layout.lineAt(i).draw(painter, area.topLeft());
    if (rest >= 0) {
        const QString shortened =
            metrics.elidedText(text.mid(rest).simplified(), Qt::ElideRight, area.width());
        painter->drawText(
            QPoint(area.left(), area.top() + whole * metrics.lineSpacing() + metrics.ascent()),
            shortened);
    }
    return layout.lineCount() * metrics.lineSpacing();
}
} // namespace

int SearchResultDelegate::rowHeight(const QFontMetrics &metrics)
{
    return (kHeadlineLines + kSnippetLines) * metrics.lineSpacing() + 3 * kPadding;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->save();
    painter->setClipRect(option.rect);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const int used = drawWrapped(painter, index.data().toString(), bold, area, kHeadlineLines);
    area.setTop(area.top() + used + kPadding);
    const QString snippet = index.siblingAtColumn(ArchiveListModel::Match).data().toString();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText
                                                         : QPalette::PlaceholderText));
    drawWrapped(painter, snippet, option.font, area, kSnippetLines);
    painter->restore();
}

} // namespace newsroom
