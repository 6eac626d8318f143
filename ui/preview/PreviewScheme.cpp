#include "PreviewScheme.h"

#include <QWebEngineUrlScheme>

namespace newsroom::previewscheme {

void registerScheme()
{
    QWebEngineUrlScheme scheme(QByteArray(kName.data(), kName.size()));
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure and local to itself: no access to other schemes, files or the network.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace newsroom::previewscheme
