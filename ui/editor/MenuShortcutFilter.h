#pragma once

#include <QObject>

namespace newsroom {

// Text fields answer some keys themselves: Ctrl+Z with their own little history, and on
// X11 Ctrl+E, Ctrl+K and friends as line-editing commands. Installed on a field, this lets
// every key a window menu command uses through to that command, so every menu shortcut
// works from any field; on the article's fields, undo and redo too, so that one history
// covers every field of the article.
class MenuShortcutFilter : public QObject
{
    Q_OBJECT
public:
    enum class Undo
    {
        Article, // Ctrl+Z is the article's Undo (the field's own history is off)
        Field,   // the field keeps its own (the archive search, say)
    };

    explicit MenuShortcutFilter(Undo undo, QObject *parent = nullptr)
        : QObject(parent), m_undo(undo)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Undo m_undo;
};

} // namespace newsroom
