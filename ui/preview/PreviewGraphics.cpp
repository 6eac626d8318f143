#include "PreviewGraphics.h"

#include <QQuickWindow>

namespace newsroom::previewgraphics {

bool softwareWanted(const QByteArray &quickBackend, const QByteArray &sceneDevice)
{
    return quickBackend.isEmpty() && sceneDevice.isEmpty();
}

void chooseRenderer()
{
    if (softwareWanted(qgetenv("QT_QUICK_BACKEND"), qgetenv("QMLSCENE_DEVICE")))
        QQuickWindow::setSceneGraphBackend(QStringLiteral("software"));
}

} // namespace newsroom::previewgraphics
