#pragma once

#include <QObject>

namespace newsroom {

// Line edits answer Ctrl+Z themselves with their own little history. Installed on them,
// this lets the shortcut through to the window's Undo and Redo, so one history covers
// every field of the article.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace newsroom
