#pragma once

#include <QString>

namespace newsroom::urlpolicy {

// A link or image target reaches a page only with an http, https or mailto scheme, or as
// a relative URL. Control characters and spaces are ignored the way browsers ignore them,
// so "java\tscript:" is recognised for what it is.
bool isAllowed(const QString &url);

// The URL as a page may carry it: empty when isAllowed() refuses it; a mailto: address
// keeps only its subject and body ("?attach=/etc/passwd", cc=, bcc=, to= are dropped: a
// mail client takes them as they come); any other URL is returned as it is.
QString forPage(const QString &url);

// A complete http or https address with a host, as an outside related link or a site's
// base URL must be ("example.org/a" and "javascript:..." are not).
bool isWebAddress(const QString &url);

} // namespace newsroom::urlpolicy
