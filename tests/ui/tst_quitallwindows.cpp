// SIGTERM's quit (quitAllWindows, as app/newsroom connects it) while a dialog runs its own
// event loop: the dialog is rejected, then the window saves what was typed and closes (it is
// deleted) once the main loop runs; nothing returns into a deleted window. This aborted with
// a double free before.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "app/QuitAllWindows.h"
#include "archives/ServerDialog.h"

#include <QAction>
#include <QPointer>
#include <QTimer>

using namespace newsroom;
using namespace newsroom::test;

class TestQuitAllWindows : public QObject
{
    Q_OBJECT

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quitsWhileADialogIsOpen()
    {
        TestArchive archive;
        const Article story = archive.saved(
            makeArticle(QStringLiteral("Tram depot expands"), QStringLiteral("First words.")));
        QPointer<MainWindow> window = new MainWindow(openGateway(archive.path()), archive.path());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(openAndWait(*window, story.id));
        typeInBody(*window, QStringLiteral(" Typed just before the logout."));

        QAction *openServer = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text().startsWith(QStringLiteral("Open Newsroom &Server")))
                openServer = action;
        }
        QVERIFY(openServer);
        QPointer<ServerDialog> dialog;
        // Once the dialog's own loop runs, SIGTERM arrives.
        QTimer::singleShot(100, qApp, [&] {
            dialog = window->findChild<ServerDialog *>();
            quitAllWindows();
        });
        openServer->trigger(); // returns when the dialog is done
        QVERIFY(dialog.isNull() || !dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
        QCOMPARE(archive.store().article(story.id)->body,
                 QStringLiteral("First words. Typed just before the logout."));
    }
};

QTEST_MAIN(TestQuitAllWindows)
#include "tst_quitallwindows.moc"
