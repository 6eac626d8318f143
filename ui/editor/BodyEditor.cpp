#include "BodyEditor.h"

#include "MarkdownHighlighter.h"
#include "SpellChecker.h"
#include "pictures/PictureSource.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace newsroom {

namespace {
const QRegularExpression kHeadingLine(QStringLiteral(R"(^(#{1,6})\s)"));
} // namespace

BodyEditor::BodyEditor(SpellChecker *spell, QWidget *parent)
    : QPlainTextEdit(parent), m_spell(spell),
      m_highlighter(new MarkdownHighlighter(document(), spell))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // The margins around a narrow text column are the page too, not the window behind it.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    if (spell) {
        connect(spell, &SpellChecker::dictionaryChanged, m_highlighter,
                &QSyntaxHighlighter::rehighlight);
    }
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &BodyEditor::onCursorMoved);
}

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return PictureSource::offered(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    // A picture file dropped in is placed as a picture, never as its path or its bytes.
    if (PictureSource::offered(source))
        Q_EMIT pictureOffered(source, textCursor().position());
    else
        QPlainTextEdit::insertFromMimeData(source);
}

void BodyEditor::setFocusMode(bool on)
{
    m_focusMode = on;
    updateDimming();
}

void BodyEditor::setTypewriterScrolling(bool on)
{
    m_typewriter = on;
    setCenterOnScroll(on); // the last lines can come up to the middle too
    if (on)
        centerCursor();
}

void BodyEditor::setReadableWidth(int characters)
{
    m_readableWidth = characters;
    fitTextColumn();
}

int BodyEditor::visibleLineCount() const
{
    return viewport()->height() / fontMetrics().lineSpacing();
}

void BodyEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

QSize BodyEditor::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    return {20 * fontMetrics().averageCharWidth() + frame + verticalScrollBar()->sizeHint().width(),
            4 * fontMetrics().lineSpacing() + frame};
}

QSize BodyEditor::sizeHint() const
{
    return minimumSizeHint().expandedTo(
        {60 * fontMetrics().averageCharWidth(), 20 * fontMetrics().lineSpacing()});
}

void BodyEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitTextColumn();
}

// A line of 60-80 characters is what the eye reads best: on a wide window the text column
// keeps that width, centred, as a page would.
void BodyEditor::fitTextColumn()
{
    int side = 0;
    if (m_readableWidth > 0) {
        const int column = m_readableWidth * fontMetrics().averageCharWidth();
        const int room = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
        side = std::max(0, (room - column) / 2);
    }
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

// The paragraph being written (the lines around the cursor up to a blank one) keeps its
// colours; everything else takes the text colour faded towards the background.
void BodyEditor::updateDimming()
{
    QList<QTextEdit::ExtraSelection> dimmed;
    if (m_focusMode) {
        QTextBlock first = textCursor().block();
        while (first.previous().isValid() && !first.previous().text().trimmed().isEmpty() &&
               !first.text().trimmed().isEmpty())
            first = first.previous();
        QTextBlock last = textCursor().block();
        while (last.next().isValid() && !last.next().text().trimmed().isEmpty() &&
               !last.text().trimmed().isEmpty())
            last = last.next();
        QColor faded = palette().color(QPalette::Text);
        faded.setAlphaF(0.3f);
        QTextCharFormat format;
        format.setForeground(faded);
        auto range = [&](int from, int to) {
            if (to <= from)
                return;
            QTextEdit::ExtraSelection selection{QTextCursor(document()), format};
            selection.cursor.setPosition(from);
            selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
            dimmed.append(selection);
        };
        range(0, first.position());
        range(last.position() + last.length() - 1, document()->characterCount() - 1);
    }
    setExtraSelections(dimmed);
}

void BodyEditor::setTextKeepingCursor(const QString &text)
{
    const QString current = toPlainText();
    if (current == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(current.size(), text.size());
    while (prefix < shorter && current[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           current[current.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    setTextCursor(cursor); // the caret goes where the change was, as in any editor's undo
}

int BodyEditor::currentHeadingIndex() const
{
    int index = -1;
    const QTextBlock current = textCursor().block();
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (kHeadingLine.match(block.text()).hasMatch())
            ++index;
        if (block == current)
            break;
    }
    return index;
}

QList<BodyEditor::Heading> BodyEditor::headings() const
{
    QList<Heading> found;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const auto match = kHeadingLine.match(block.text());
        if (match.hasMatch()) {
            const int level = int(match.capturedLength(1));
            found.append({block.blockNumber(), level, block.text().mid(level).trimmed()});
        }
    }
    return found;
}

void BodyEditor::onCursorMoved()
{
    if (m_focusMode)
        updateDimming();
    if (m_typewriter)
        centerCursor();
    const int heading = currentHeadingIndex();
    if (heading != m_heading) {
        m_heading = heading;
        Q_EMIT currentHeadingChanged(heading);
    }
}

void BodyEditor::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    if (selected.size() >= 2 * marker.size() && selected.startsWith(marker) &&
        selected.endsWith(marker)) {
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
    } else if (selected.isEmpty()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
    } else {
        cursor.insertText(marker + selected + marker);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void BodyEditor::toggleBold()
{
    wrapSelection(QStringLiteral("**"));
}

void BodyEditor::toggleItalic()
{
    wrapSelection(QStringLiteral("*"));
}

void BodyEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString text = cursor.selectedText().isEmpty() ? tr("link text") : cursor.selectedText();
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("[%1](https://)").arg(text));
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::Left); // inside the parentheses, after "https://"
    setTextCursor(cursor);
}

void BodyEditor::setHeadingLevel(int level)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::StartOfBlock);
    const QString line = cursor.block().text();
    const auto match = kHeadingLine.match(line);
    if (match.hasMatch()) {
        cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor,
                            int(match.capturedLength()));
    }
    cursor.insertText(level > 0 ? QString(level, QLatin1Char('#')) + QLatin1Char(' ') : QString());
    cursor.endEditBlock();
}

void BodyEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->rehighlight();
        updateDimming();
    }
    if (event->type() == QEvent::FontChange)
        fitTextColumn();
}

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor cursor = cursorForPosition(event->pos());
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    if (m_spell && m_spell->isActive() && !word.isEmpty() && !m_spell->isCorrect(word)) {
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_spell->suggestions(word).mid(0, 6);
        for (const QString &suggestion : suggestions) {
            QAction *replace = new QAction(suggestion, menu.get());
            connect(replace, &QAction::triggered, this,
                    [this, cursor, suggestion]() mutable { cursor.insertText(suggestion); });
            menu->insertAction(first, replace);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        QAction *add = new QAction(tr("Add \u201c%1\u201d to Dictionary").arg(word), menu.get());
        connect(add, &QAction::triggered, m_spell,
                [spell = m_spell, word] { spell->addToPersonalDictionary(word); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

} // namespace newsroom
