#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace newsroom {

// A page theme: article.html and list.html (ctemplate templates in auto-escape mode) and
// style.css. The default theme is built in; a house style is a folder holding the same
// files (without list.html the default listing is used, with the house CSS). A theme is
// data: its files are plain files inside the folder, at most 1 MB each, and the templates
// keep the rules in ThemeRules.h and render the sample article; fromFolder refuses anything
// else, naming the file, the line and why.
struct Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    QString name;
    QString articleTemplate;
    QString css;
    QString listTemplate;

    static Theme builtIn();
    // Reads the folder and refuses what check() refuses.
    static StoreResult<Theme> fromFolder(const QString &folder);

    // Whether the theme can show articles: the rules in ThemeRules.h (the story anchor
    // included), then the built-in sample article rendered with every part of the page shown,
    // for export, for the preview and in a listing, which finds what only ctemplate sees.
    // The message names the problem, and the file and line where known (files under
    // `folder` when given, else by the theme's name).
    StoreStatus check(const QString &folder = {}) const;
};

} // namespace newsroom
