#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace newsroom {

// A page theme: article.html and list.html (ctemplate templates in auto-escape mode) and
// style.css. The default theme is built in; a house style is a folder holding the same
// files (without list.html the default listing is used, with the house CSS). A theme is
// data: its files are plain files inside the folder, at most 1 MB each, and the templates
// keep the rules in ThemeRules.h; fromFolder refuses anything else, naming the file, the
// line and why.
struct Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    QString name;
    QString articleTemplate;
    QString css;
    QString listTemplate;

    static Theme builtIn();
    static StoreResult<Theme> fromFolder(const QString &folder);
};

} // namespace newsroom
