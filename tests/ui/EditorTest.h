#pragma once

// What the tests of the desktop editor's saving and recovery share.

#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "editor/WrappingLineEdit.h"
#include "recovery/EditJournal.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace newsroom::test {

// A window on the archive file, shown, as main() opens one.
inline std::unique_ptr<MainWindow> openWindowOn(const TestArchive &archive)
{
    auto window = std::make_unique<MainWindow>(openGateway(archive.path()), archive.path());
    window->show();
    return window;
}

// The text of every journal file in the app's journal folder, live ones included.
inline QString journalText()
{
    QString text;
    const QDir dir(EditJournal::defaultFolder());
    for (const QString &name : dir.entryList({QStringLiteral("*.journal")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

// Opens the article and waits until the editor shows it.
inline bool openAndWait(MainWindow &window, qint64 id)
{
    window.openArticle(id);
    return QTest::qWaitFor([&] { return window.document()->article().id == id; }, 10000);
}

// At the end of the body, as an editor clicking there would.
inline void typeInBody(MainWindow &window, const QString &text)
{
    BodyEditor *body = window.editor()->body();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, text);
}

} // namespace newsroom::test
