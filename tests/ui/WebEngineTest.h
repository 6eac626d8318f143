#pragma once

// What every test of the real Qt WebEngine preview shares.

#include "preview/PreviewGraphics.h"
#include "preview/PreviewScheme.h"

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <unistd.h>

namespace newsroom::test {

// Before QApplication: Chromium refuses its sandbox as root (the app itself keeps it),
// the preview's URL scheme must be known, and the renderer is the app's.
inline void prepareWebEngine()
{
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    previewscheme::registerScheme();
    previewgraphics::chooseRenderer(); // as the app does
}

// Reads the page through the app's isolated world, as the preview's own code does.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace newsroom::test
