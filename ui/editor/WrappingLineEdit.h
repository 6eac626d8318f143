#pragma once

#include <QPlainTextEdit>

namespace newsroom {

// A one-paragraph field that wraps instead of scrolling sideways, so a long headline or
// dek is seen whole: it grows to fit its text (up to a few lines), Return moves on to the
// next field, and a pasted line break becomes a space. Its own undo is off: the article's
// undo stack covers it, as it does every field.
class WrappingLineEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit WrappingLineEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // emits no textEdited
    void home(bool select);
    void end(bool select);
    void setMaximumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void textEdited(const QString &text); // by the editor, not by setText()

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    int heightFor(int lines) const;

    bool m_setting = false;
    int m_maximumLines = 4;
};

} // namespace newsroom
