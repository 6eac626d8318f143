#include "Theme.h"

#include "PageRenderer.h"
#include "ThemeRules.h"
#include "importer/MarkdownArticle.h"
#include "io/FileDescriptor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <optional>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace newsroom {

namespace {

StoreError ioError(const QString &path, int error)
{
    return StoreError{
        StoreError::Code::Io,
        Theme::tr("Cannot read the theme file %1: %2.").arg(path, qt_error_string(error))};
}

// What a directory entry is when it is not a plain file, in words; empty for a plain file.
QString oddKind(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISLNK(mode))
        return Theme::tr("a symbolic link");
    if (S_ISFIFO(mode))
        return Theme::tr("a named pipe");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Theme::tr("a device");
    if (S_ISSOCK(mode))
        return Theme::tr("a socket");
    if (S_ISDIR(mode))
        return Theme::tr("a folder");
    return Theme::tr("not a plain file");
}

StoreError refused(const QString &path, const QString &kind)
{
    return StoreError{
        StoreError::Code::Invalid,
        Theme::tr("The theme file %1 is %2; a theme's files must be plain files inside "
                  "its folder, not links to elsewhere.")
            .arg(path, kind)};
}

StoreError tooLarge(const QString &path)
{
    return StoreError{
        StoreError::Code::Invalid,
        Theme::tr("The theme file %1 is larger than %2 KB, the most a theme file may be.")
            .arg(path, QString::number(themerules::kMaxFileBytes / 1024))};
}

// Reads `name` from the theme folder open as `folder`: the entry itself, never what a link
// points to; a plain file only (a named pipe would block, a device never end, /proc hand out
// the environment); at most kMaxFileBytes, however large it grows while being read. The
// entry is checked before it is opened (nothing but a plain file is ever opened) and again
// after, in case it was swapped in between. Without the file, nullopt when `optional`.
StoreResult<std::optional<QByteArray>> readThemeFile(int folder, const QString &path,
                                                     const char *name, bool optional)
{
    struct stat entry
    {
    };
    if (::fstatat(folder, name, &entry, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT && optional)
            return std::optional<QByteArray>();
        return std::unexpected(ioError(path, errno));
    }
    if (const QString kind = oddKind(entry.st_mode); !kind.isEmpty())
        return std::unexpected(refused(path, kind));
    if (entry.st_size > themerules::kMaxFileBytes)
        return std::unexpected(tooLarge(path));

    FileDescriptor file{
        ::openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (file.get() < 0)
        return std::unexpected(errno == ELOOP ? refused(path, Theme::tr("a symbolic link"))
                                              : ioError(path, errno));
    struct stat opened
    {
    };
    if (::fstat(file.get(), &opened) != 0)
        return std::unexpected(ioError(path, errno));
    if (!S_ISREG(opened.st_mode) || opened.st_dev != entry.st_dev || opened.st_ino != entry.st_ino)
        return std::unexpected(refused(path, Theme::tr("replaced while it was being read")));
    struct statfs system
    {
    };
    if (::fstatfs(file.get(), &system) == 0 &&
        (system.f_type == PROC_SUPER_MAGIC || system.f_type == SYSFS_MAGIC))
        return std::unexpected(refused(path, Theme::tr("a file of the system (/proc or /sys)")));

    QByteArray data(themerules::kMaxFileBytes + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < data.size()) {
        const ssize_t got = ::read(file.get(), data.data() + total, size_t(data.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(ioError(path, errno));
        if (got == 0)
            break;
        total += got;
    }
    if (total > themerules::kMaxFileBytes)
        return std::unexpected(tooLarge(path));
    data.truncate(total);
    return std::optional<QByteArray>(data);
}

QString builtInFile(const char *name)
{
    QFile file(QStringLiteral(":/newsroom/themes/default/") + QLatin1StringView(name));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // compiled in
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

// The sample a theme is tried with: a built-in article with a table, headings, sources and
// related items, and the parts it lacks switched on, so that every section of the page shows.
Article sampleArticle()
{
    QFile file(QStringLiteral(":/newsroom/samples/07-coral-survey.md"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // compiled in
    auto parsed = markdownarticle::read(opened ? QString::fromUtf8(file.readAll()) : QString());
    Article article = parsed ? parsed->article : Article{};
    article.aiGenerated = true;
    article.disclosure = QStringLiteral("Figures checked with the help of AI.");
    article.related.append(RelatedItem{QStringLiteral("Reef Survey Methods"),
                                       QStringLiteral("How the count works."), 0, QString()});
    return article;
}

PageContext sampleContext()
{
    PageContext context;
    context.siteName = QStringLiteral("Newsroom");
    context.baseUrl = QStringLiteral("https://news.example.org");
    context.pagePath = QStringLiteral("sample.html");
    context.relatedHrefs = {QStringLiteral("related.html")}; // the item added has no link
    return context;
}

ListPage sampleList(const Article &article)
{
    ListPage list;
    list.title = list.heading = article.section;
    list.description = article.dek;
    list.feedHref = QStringLiteral("feed.xml");
    list.groups = {
        {article.section,
         QStringLiteral("sections/science.html"),
         {{article.headline, article.dek, QStringLiteral("sample.html"), article.date()}}}};
    for (const QString &tag : article.tags)
        list.tags.append({tag, QStringLiteral("tags/%1.html").arg(tag)});
    return list;
}

} // namespace

StoreStatus Theme::check(const QString &folder) const
{
    if (auto rules = themerules::checkTheme(*this, folder); !rules)
        return std::unexpected(rules.error());
    auto renderer = PageRenderer::create(*this);
    if (!renderer)
        return std::unexpected(renderer.error());
    const Article article = sampleArticle();
    const PageContext context = sampleContext();
    PageContext linked = context; // as a site's page, with its stylesheet beside it
    linked.stylesheetHref = QStringLiteral("style.css");
    const PageRenderer &pages = **renderer;
    const auto list = pages.renderList(sampleList(article), linked);
    std::optional<StoreError> error = list ? std::nullopt : std::optional(list.error());
    for (const auto &page :
         {pages.renderUtf8(article, context), pages.renderUtf8(article, linked),
          pages.renderPreviewPage(article, context), pages.renderPreviewPatch(article, context)}) {
        if (!page && !error)
            error = page.error();
    }
    if (error) {
        return storeFailure(
            StoreError::Code::Invalid,
            tr("The theme \"%1\" cannot show the sample article: %2").arg(name, error->message));
    }
    return {};
}

Theme Theme::builtIn()
{
    Theme theme{QStringLiteral("default"), builtInFile("article.html"), builtInFile("style.css"),
                builtInFile("list.html")};
    Q_ASSERT(themerules::checkTheme(theme)); // the built-in theme keeps the rules too
    return theme;
}

StoreResult<Theme> Theme::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    // The folder may be reached through a link; its files may not.
    const QString real = QFileInfo(folder).canonicalFilePath();
    FileDescriptor opened{real.isEmpty() ? -1
                                         : ::open(QFile::encodeName(real).constData(),
                                                  O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (opened.get() < 0) {
        return storeFailure(
            StoreError::Code::Io,
            tr("Cannot open the theme folder %1: %2. A theme folder holds article.html and "
               "style.css, and list.html if it lists articles its own way.")
                .arg(folder, real.isEmpty() ? tr("it does not exist") : qt_error_string(errno)));
    }
    const auto read = [&](const char *name, bool optional) {
        return readThemeFile(opened.get(), dir.filePath(QLatin1StringView(name)), name, optional);
    };
    auto html = read("article.html", false);
    if (!html)
        return std::unexpected(html.error());
    auto css = read("style.css", false);
    if (!css)
        return std::unexpected(css.error());
    auto list = read("list.html", true); // without it, the built-in listing
    if (!list)
        return std::unexpected(list.error());
    Theme theme{dir.dirName(), QString::fromUtf8(**html), QString::fromUtf8(**css),
                *list ? QString::fromUtf8(**list) : builtInFile("list.html")};
    if (auto checked = theme.check(folder); !checked)
        return std::unexpected(checked.error());
    return theme;
}

} // namespace newsroom
