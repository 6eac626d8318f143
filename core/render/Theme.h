#pragma once

#include "store/StoreError.h"

#include <QString>

namespace newsroom {

// A page theme: article.html (a ctemplate template in auto-escape mode) and style.css.
// The default theme is built in; a house style is a folder holding the same two files.
struct Theme
{
    QString name;
    QString articleTemplate;
    QString css;

    static Theme builtIn();
    static StoreResult<Theme> fromFolder(const QString &folder);
};

} // namespace newsroom
