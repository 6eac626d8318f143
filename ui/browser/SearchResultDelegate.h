#pragma once

#include <QStyledItemDelegate>

namespace newsroom {

// A search result as a reader scans one: the whole headline (wrapped, never cut), and
// beneath it the passage that matched, in the muted text colour. Used on the headline
// column while the list shows search results; rows are as tall as lines() says.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kHeadlineLines = 2;
    static constexpr int kSnippetLines = 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    // The row height that holds a result at this font.
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace newsroom
