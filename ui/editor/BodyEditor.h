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
    struct Heading
    {
        int line;  // block number
        int level; // 1 for "#", 2 for "##", …
        QString text;
    };
    QList<Heading> headings() const; // in order, as currentHeadingIndex counts them

    void toggleBold();
    void toggleItalic();
    void insertLink();
    void setHeadingLevel(int level); // 0 makes the line plain text again

    // Writing aids. Focus mode dims every paragraph but the one being written; typewriter
    // scrolling keeps the line being written in the middle of the view; the text column is
    // never wider than a readable line (in average characters; 0 for the whole width).
    void setFocusMode(bool on);
    bool focusMode() const { return m_focusMode; }
    void setTypewriterScrolling(bool on);
    bool typewriterScrolling() const { return m_typewriter; }
    void setReadableWidth(int characters);
    // How many lines of text the view shows at once (whole lines, at the editor's font).
    int visibleLineCount() const;
    // Puts the cursor at the start of the line and shows it (the outline, the checklist).
    void goToLine(int line);

Q_SIGNALS:
    void currentHeadingChanged(int index);
    // A picture was dropped or pasted at `position` (a file, an image, or one from the
    // picture library): BodyPictures places it; the text is left as it was. `data` lives only
    // during the call.
    void pictureOffered(const QMimeData *data, int position);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Light or dark switched: the highlighting takes its colours from the palette again.
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    // Without the margins around the text column: they grow with the width, and counting
    // them would keep the panels beside the story from ever getting that width back.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
private:
    void wrapSelection(const QString &marker);
    void onCursorMoved();
    void updateDimming();
    void fitTextColumn();

    SpellChecker *m_spell;
    MarkdownHighlighter *m_highlighter;
    int m_heading = -1;
    bool m_focusMode = false;
    bool m_typewriter = false;
    int m_readableWidth = 0;
};

} // namespace newsroom
