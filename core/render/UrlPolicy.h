#pragma once

#include <QString>

namespace newsroom::urlpolicy {

// A link or image target reaches a page only with an http, https or mailto scheme, or as
// a relative URL. Control characters and spaces are ignored the way browsers ignore them,
// so "java\tscript:" is recognised for what it is.
bool isAllowed(const QString &url);

// A complete http or https address with a host, as an outside related link or a site's
// base URL must be ("example.org/a" and "javascript:..." are not).
bool isWebAddress(const QString &url);

} // namespace newsroom::urlpolicy
