#include "WrappingLineEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextLayout>

namespace newsroom {

namespace {
QString oneLine(QString text)
{
    static const QRegularExpression breaks(QStringLiteral(R"([\r\n\x{2028}\x{2029}]+)"));
    return text.replace(breaks, QStringLiteral(" "));
}
} // namespace

WrappingLineEdit::WrappingLineEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_setting)
            Q_EMIT textEdited(text());
    });
    fitHeight();
}

QString WrappingLineEdit::text() const
{
    return toPlainText();
}

void WrappingLineEdit::setText(const QString &text)
{
    const QScopedValueRollback setting(m_setting, true);
    setPlainText(oneLine(text));
}

void WrappingLineEdit::home(bool select)
{
    moveCursor(QTextCursor::Start, select ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
}

void WrappingLineEdit::end(bool select)
{
    moveCursor(QTextCursor::End, select ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
}

void WrappingLineEdit::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    fitHeight();
}

void WrappingLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        focusNextChild(); // a headline has no second paragraph
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void WrappingLineEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        insertPlainText(oneLine(source->text()));
}

void WrappingLineEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight(); // narrower wraps into more lines
}

// QPlainTextEdit scrolls as soon as its text reaches within a document margin and a pixel
// of the viewport's bottom: room for that, so nothing ever scrolls out of sight.
int WrappingLineEdit::heightFor(int lines) const
{
    const int margins = 2 * frameWidth() + int(4 * document()->documentMargin()) + 2;
    return lines * fontMetrics().lineSpacing() + margins + contentsMargins().top() +
           contentsMargins().bottom();
}

// QPlainTextEdit counts its document in lines once laid out: the block's line count is
// how many rows the wrapped text takes at this width.
void WrappingLineEdit::fitHeight()
{
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        document()->documentLayout()->blockBoundingRect(block); // lays the block out if due
        lines += std::max(1, block.layout()->lineCount());
    }
    const int wanted = heightFor(std::clamp(lines, 1, m_maximumLines));
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
    setVerticalScrollBarPolicy(lines > m_maximumLines ? Qt::ScrollBarAsNeeded
                                                      : Qt::ScrollBarAlwaysOff);
}

QSize WrappingLineEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightFor(1)};
}

QSize WrappingLineEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, heightFor(1)};
}

} // namespace newsroom
