#pragma once

#include <QPlainTextEdit>

namespace newsroom {

class MarkdownHighlighter;
class SpellChecker;

// The Markdown body: plain text with highlighting, formatting commands, spelling
// suggestions in the context menu, and the index of the section the cursor is in (for
// the preview to follow). Its own undo is off: the article's undo stack covers it.
class BodyEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BodyEditor(SpellChecker *spell, QWidget *parent = nullptr);

    // Replaces the text by editing only the part that differs, so the cursor and the
    // scroll position stay where the editor left them.
    void setTextKeepingCursor(const QString &text);
    // Which "#" heading the cursor is under: 0 for the first; -1 above every heading.
    int currentHeadingIndex() const;

    void toggleBold();
    void toggleItalic();
    void insertLink();
    void setHeadingLevel(int level); // 0 makes the line plain text again

Q_SIGNALS:
    void currentHeadingChanged(int index);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Light or dark switched: the highlighting takes its colours from the palette again.
    void changeEvent(QEvent *event) override;

private:
    void wrapSelection(const QString &marker);
    void onCursorMoved();

    SpellChecker *m_spell;
    MarkdownHighlighter *m_highlighter;
    int m_heading = -1;
};

} // namespace newsroom
