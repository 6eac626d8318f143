#include "MenuShortcutFilter.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace newsroom {

namespace {
// A command of the window's (its menus') that this key would trigger.
bool isWindowCommand(const QWidget *field, const QKeyEvent *key)
{
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) || !field->window())
        return false; // plain typing is the field's
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : field->window()->findChildren<QAction *>()) {
        if (action->isEnabled() && action->shortcutContext() != Qt::WidgetShortcut &&
            action->shortcutContext() != Qt::WidgetWithChildrenShortcut &&
            action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}
} // namespace

bool MenuShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *field = qobject_cast<QWidget *>(watched);
        const bool undo = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
        if ((undo && m_undo == Undo::Article) ||
            (!undo && field && event->type() == QEvent::ShortcutOverride &&
             isWindowCommand(field, key))) {
            // Eaten but not accepted: the shortcut system hands it to the window's actions,
            // and the field never sees it.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace newsroom
