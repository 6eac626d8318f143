#pragma once

#include "store/StoreError.h"

#include <QString>

namespace newsroom {

// A page theme: article.html and list.html (ctemplate templates in auto-escape mode) and
// style.css. The default theme is built in; a house style is a folder holding the same
// files (without list.html the default listing is used, with the house CSS).
struct Theme
{
    QString name;
    QString articleTemplate;
    QString css;
    QString listTemplate;

    static Theme builtIn();
    static StoreResult<Theme> fromFolder(const QString &folder);
};

} // namespace newsroom
