#pragma once

#include <QByteArray>

namespace newsroom::previewgraphics {

// Qt WebEngine's view is drawn through Qt Quick. With Quick's default (RHI over OpenGL)
// every repaint of the whole window is composited through OpenGL, and without a GPU
// (virtual machines, remote desktops, Xvfb: llvmpipe) that costs 20-25 ms a frame while
// the editor types. Quick's software backend draws the page into the window's own raster
// backing store instead: a frame is about 1 ms, and no GPU driver can take the window down.
// An article page needs nothing a GPU adds.

// True unless the user chose a backend (QT_QUICK_BACKEND or QMLSCENE_DEVICE, e.g. "rhi").
bool softwareWanted(const QByteArray &quickBackend, const QByteArray &sceneDevice);

// Chromium's flags under software drawing: the user's, and those that keep memory down
// (each left out when the user's name it already).
QByteArray chromiumFlags(const QByteArray &userFlags);

// Must run before the QApplication is created. Under software drawing it also keeps GL out
// of the app's process (QT_XCB_GL_INTEGRATION=none unless set) and sets chromiumFlags().
void chooseRenderer();

} // namespace newsroom::previewgraphics
