#pragma once

// What the tests of the desktop editor's saving and recovery share.

#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "recovery/EditJournal.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace newsroom::test {

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

// At the end of the body, as an editor clicking there would.
inline void typeInBody(MainWindow &window, const QString &text)
{
    BodyEditor *body = window.editor()->body();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, text);
}

} // namespace newsroom::test
