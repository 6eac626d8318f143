#include "PreviewGraphics.h"

#include <QQuickWindow>

namespace newsroom::previewgraphics {

namespace {
// `flags` with each of `more` whose switch (the part before "=") it does not name yet: what
// the user put there wins.
QByteArray withFlags(QByteArray flags, std::initializer_list<QByteArrayView> more)
{
    for (QByteArrayView flag : more) {
        const qsizetype equals = flag.indexOf('=');
        const QByteArrayView name = equals < 0 ? flag : flag.first(equals);
        if (flags.contains(name))
            continue;
        if (!flags.isEmpty())
            flags += ' ';
        flags += flag;
    }
    return flags;
}
} // namespace

bool softwareWanted(const QByteArray &quickBackend, const QByteArray &sceneDevice)
{
    return quickBackend.isEmpty() && sceneDevice.isEmpty();
}

QByteArray chromiumFlags(const QByteArray &userFlags)
{
    // No GPU process (the page is drawn in software anyway), and JavaScript only
    // interpreted: an article page runs none of its own, and the preview's patch script is
    // small. Measured at a 5,000-word article: the renderer's heap 80-95 MB -> 39 MB.
    return withFlags(userFlags, {"--disable-gpu", "--js-flags=--lite-mode"});
}

void chooseRenderer()
{
    if (!softwareWanted(qgetenv("QT_QUICK_BACKEND"), qgetenv("QMLSCENE_DEVICE")))
        return;
    QQuickWindow::setSceneGraphBackend(QStringLiteral("software"));
    // Nothing is drawn with OpenGL then: the app's own process need not load a GL driver
    // (llvmpipe brings 44 MB of libLLVM without a GPU).
    if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", chromiumFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
}

} // namespace newsroom::previewgraphics
