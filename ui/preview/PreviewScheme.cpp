#include "PreviewScheme.h"

#include <QWebEngineUrlScheme>

namespace newsroom::previewscheme {

void registerScheme()
{
    QWebEngineUrlScheme scheme(QByteArray(kName.data(), kName.size()));
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, and not local: Chromium then lets its page load nothing from file:// (nor any
    // local scheme), while the page may load its own pictures from it (a LocalScheme page
    // may not, short of LocalAccessAllowed, which would open file:// to it). The preview's
    // profile has no network content that could ask for it (PreviewRequestGuard).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace newsroom::previewscheme
