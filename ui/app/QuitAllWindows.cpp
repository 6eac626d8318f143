#include "QuitAllWindows.h"

#include "MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QThread>
#include <QTimer>

namespace newsroom {

namespace {
// Rejects every dialog shown and closes every menu; says whether there was any.
bool closeDialogsAndMenus()
{
    bool closed = false;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible()) {
            dialog->reject();
            closed = true;
        }
    }
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        closed = true;
    }
    return closed;
}
} // namespace

void quitAllWindows()
{
    // Inside a nested loop (a dialog's or a menu's exec(), also where no main loop runs, as in
    // a test): once they have returned.
    if (closeDialogsAndMenus() || QThread::currentThread()->loopLevel() > 1) {
        QTimer::singleShot(0, qApp, quitAllWindows);
        return;
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *open = qobject_cast<MainWindow *>(top); open && open->isVisible())
            open->quitWithoutAsking();
    }
}

} // namespace newsroom
