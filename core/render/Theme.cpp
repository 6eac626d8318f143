#include "Theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace newsroom {

namespace {
StoreResult<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return storeFailure(StoreError::Code::Io, QCoreApplication::translate(
                                                      "Theme", "Cannot read the theme file %1: %2.")
                                                      .arg(path, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}
} // namespace

Theme Theme::builtIn()
{
    auto theme = fromFolder(QStringLiteral(":/newsroom/themes/default"));
    Q_ASSERT(theme); // compiled in
    return theme ? *theme : Theme{};
}

StoreResult<Theme> Theme::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    auto html = readText(dir.filePath(QStringLiteral("article.html")));
    if (!html)
        return std::unexpected(html.error());
    auto css = readText(dir.filePath(QStringLiteral("style.css")));
    if (!css)
        return std::unexpected(css.error());
    const QString listPath = dir.filePath(QStringLiteral("list.html"));
    auto list = QFile::exists(listPath)
                    ? readText(listPath)
                    : readText(QStringLiteral(":/newsroom/themes/default/list.html"));
    if (!list)
        return std::unexpected(list.error());
    return Theme{dir.dirName(), *html, *css, *list};
}

} // namespace newsroom
