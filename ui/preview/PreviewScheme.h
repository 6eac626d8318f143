#pragma once

#include <QByteArray>

namespace newsroom::previewscheme {

// The preview's page is served from this scheme, not set with setHtml() (which fails above
// 2 MB) and never from a file: newsroom-preview://article/page.html.
inline constexpr QByteArrayView kName{"newsroom-preview"};

// Must run before the QApplication is created (Qt WebEngine's rule for custom schemes).
void registerScheme();

} // namespace newsroom::previewscheme
