#include "SiteExporter.h"

#include "AtomFeed.h"
#include "ExportManifest.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QXmlStreamWriter>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace newsroom {

namespace {

constexpr int kFeedEntries = 50;
constexpr int kIndexPerSection = 10;
constexpr qsizetype kRenderChunk = 256;
const QString kStylesheet = QStringLiteral("style.css");

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

// Our temporary files: `.newsroom-<random>.part`, beside the page they will become.
const QString kTemporaryPrefix = QStringLiteral(".newsroom-");
const QString kTemporarySuffix = QStringLiteral(".part");

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Every page is written to a temporary file in its folder and renamed over the target, so
// a reader (a web server, or the next export after a kill) sees the old page or the new
// one, never part of one. The temporary name is random and opened with O_EXCL|O_NOFOLLOW:
// nothing already in the folder, a planted link included, is followed or written through.
// Unlike QSaveFile nothing is fsynced: a site can always be rebuilt from the archive, the
// copy that must survive. Plain POSIX calls: four system calls a page, which is most of an
// export's time.
StoreStatus writeFile(const QString &target, const QByteArray &bytes)
{
    const QString folder = target.left(target.lastIndexOf(QLatin1Char('/')) + 1);
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        const quint64 random = QRandomGenerator::global()->generate64();
        temporary = QFile::encodeName(folder + kTemporaryPrefix +
                                      QString::number(random, 36).rightJustified(13, u'0') +
                                      kTemporarySuffix);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    0644);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot write %1: %2.").arg(target, systemError(errno)));
    }
    qsizetype done = 0;
    errno = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    const int writeError = done == bytes.size() ? 0 : (errno != 0 ? errno : EIO);
    const int closeError = ::close(fd) == 0 ? 0 : errno;
    if (writeError != 0 || closeError != 0) {
        ::unlink(temporary.constData());
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot write %1: %2.")
                                .arg(target, systemError(writeError ? writeError : closeError)));
    }
    if (std::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot replace %1: %2.").arg(target, systemError(error)));
    }
    return {};
}

// Removes the temporary files an export killed half-way left in the folder tree: only
// ours (by name), only regular files, never through a link.
void removeLeftovers(const QString &root, const ArticleStore &store)
{
    QDirIterator files(root, {kTemporaryPrefix + QLatin1Char('*') + kTemporarySuffix},
                       QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories); // no FollowSymlinks: links are not entered
    while (files.hasNext()) {
        const QByteArray path = QFile::encodeName(files.next());
        struct stat info;
        if (::lstat(path.constData(), &info) != 0 || !S_ISREG(info.st_mode) ||
            store.isArchiveFile(QFile::decodeName(path)))
            continue;
        ::unlink(path.constData());
    }
}

} // namespace

// Writes files under one root folder, skipping unchanged ones, and refuses any path that
// would leave the folder. write() may be called from several threads at once.
class SiteWriter
{
public:
    SiteWriter(const QString &root, const ArticleStore &store, SiteExporter::Report &report)
        : m_root(QDir(root).absolutePath()), m_store(store), m_old(ExportManifest::load(root)),
          m_report(report)
    {}

    StoreStatus write(const QString &relativePath, const QByteArray &bytes)
    {
        const QString target = QDir::cleanPath(m_root + QLatin1Char('/') + relativePath);
        if (QDir::isAbsolutePath(relativePath) || !target.startsWith(m_root + QLatin1Char('/'))) {
            return storeFailure(
                StoreError::Code::Invalid,
                tr("Refused to write %1: it is outside the export folder.").arg(relativePath));
        }
        if (m_store.isArchiveFile(target)) {
            return storeFailure(
                StoreError::Code::Invalid,
                tr("Refused to write %1: it is the archive itself; export into another folder.")
                    .arg(target));
        }
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
        const QByteArray previous = m_old.hashOf(relativePath);
        const bool unchanged = !previous.isEmpty() && previous == hash && QFile::exists(target);
        if (!unchanged) {
            if (auto done = ensureFolder(QFileInfo(target).absolutePath()); !done)
                return done;
            if (auto done = writeFile(target, bytes); !done)
                return done;
        }
        const QMutexLocker lock(&m_mutex);
        m_new.record(relativePath, hash);
        ++(unchanged ? m_report.unchanged : m_report.written);
        return {};
    }

    StoreStatus ensureFolder(const QString &folder)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_folders.contains(folder))
            return {};
        if (!QDir().mkpath(folder))
            return storeFailure(StoreError::Code::Io,
                                tr("Cannot create the folder %1.").arg(folder));
        m_folders.insert(folder);
        return {};
    }

    // Removes what the last export wrote and this one did not, then records this export.
    StoreStatus finish()
    {
        for (const QString &path : m_old.paths()) {
            if (!m_new.hashOf(path).isEmpty())
                continue;
            const QString target = QDir::cleanPath(m_root + QLatin1Char('/') + path);
            if (target.startsWith(m_root + QLatin1Char('/')) && !m_store.isArchiveFile(target) &&
                QFile::remove(target))
                ++m_report.removed;
        }
        if (!m_new.save(m_root))
            return storeFailure(StoreError::Code::Io,
                                tr("Cannot write the export record in %1.").arg(m_root));
        return {};
    }

private:
    QString m_root;
    const ArticleStore &m_store; // only asked which files are the archive's
    ExportManifest m_old;
    ExportManifest m_new;
    QSet<QString> m_folders; // known to exist
    QMutex m_mutex;
    SiteExporter::Report &m_report;
};

namespace {

// Section and tag pages are named by the slug of their name, so "Climate" and "climate"
// share one page.
QString sectionPath(const QString &key)
{
    return QStringLiteral("sections/") + key + QStringLiteral(".html");
}

QString tagPath(const QString &key)
{
    return QStringLiteral("tags/") + key + QStringLiteral(".html");
}

ListPage::Entry entryFor(const Article &article, const QString &prefix)
{
    return {article.headline, article.dek, prefix + pagelinks::pagePath(article.slug),
            article.date()};
}

QByteArray sitemap(const QString &baseUrl, const QList<std::pair<QString, QDateTime>> &pages)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("urlset"));
    w.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    for (const auto &[path, modified] : pages) {
        w.writeStartElement(QStringLiteral("url"));
        w.writeTextElement(QStringLiteral("loc"), absoluteUrl(baseUrl, path));
        if (modified.isValid())
            w.writeTextElement(QStringLiteral("lastmod"), json::timeToText(modified));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// A section or tag: the name as first written, and its articles newest first.
struct NamedGroup
{
    QString name;
    QList<const Article *> articles;
};

// Sections and tags keyed by the slug of their name (their page's file name).
struct ArticleGroups
{
    QMap<QString, NamedGroup> sections;
    QMap<QString, NamedGroup> tags;
};

void addTo(QMap<QString, NamedGroup> &groups, const QString &name, const Article &article)
{
    NamedGroup &group = groups[slug::fromHeadline(name)];
    if (group.name.isEmpty())
        group.name = name;
    if (group.articles.isEmpty() || group.articles.back() != &article)
        group.articles.append(&article);
}

ArticleGroups groupArticles(const QList<Article> &articles) // `articles` newest first
{
    ArticleGroups groups;
    for (const Article &article : articles) {
        if (!article.section.isEmpty())
            addTo(groups.sections, article.section, article);
        for (const QString &tag : article.tags)
            addTo(groups.tags, tag, article);
    }
    return groups;
}

// The page of one section or tag, one folder below the site's root.
ListPage memberList(const QString &heading, const QList<const Article *> &members,
                    const QString &siteName)
{
    ListPage list;
    list.title = heading + (siteName.isEmpty() ? QString() : QStringLiteral(" · ") + siteName);
    list.heading = heading;
    list.description = tr("Articles in %1").arg(heading);
    list.homeHref = QStringLiteral("../index.html");
    list.feedHref = QStringLiteral("../feed.xml");
    ListPage::Group group;
    for (const Article *article : members)
        group.entries.append(entryFor(*article, QStringLiteral("../")));
    list.groups.append(group);
    return list;
}

// The front page: each section's newest articles, then those without a section, then tags.
ListPage indexList(const ArticleGroups &groups, const QList<Article> &articles,
                   const QString &siteName)
{
    ListPage index;
    index.title = siteName.isEmpty() ? tr("Newsroom") : siteName;
    index.heading = tr("Latest news");
    index.description = tr("The latest articles, by section.");
    index.feedHref = QStringLiteral("feed.xml");
    for (auto it = groups.sections.begin(); it != groups.sections.end(); ++it) {
        ListPage::Group group{it->name, sectionPath(it.key()), {}};
        for (const Article *article : it->articles.mid(0, kIndexPerSection))
            group.entries.append(entryFor(*article, QString()));
        index.groups.append(group);
    }
    ListPage::Group unfiled{groups.sections.isEmpty() ? QString() : tr("More news"), QString(), {}};
    for (const Article &article : articles) {
        if (article.section.isEmpty())
            unfiled.entries.append(entryFor(article, QString()));
    }
    if (!unfiled.entries.isEmpty())
        index.groups.append(unfiled);
    for (auto it = groups.tags.begin(); it != groups.tags.end(); ++it)
        index.tags.append({it->name, tagPath(it.key())});
    return index;
}

// Articles whose pages are being rendered and written.
struct PageBatch
{
    QList<Article> articles;
    QList<PageContext> contexts;
};

} // namespace

// Article pages are a pipeline: this thread reads a batch from the archive (one SQLite
// connection) while two workers render and write the batch before it.
StoreStatus SiteExporter::writeArticlePages(const PageRenderer &renderer, SiteWriter &writer,
                                            const PageContext &site,
                                            const QList<ArticleSummary> &summaries,
                                            const Progress &progress, QList<Article> &articles,
                                            QList<std::pair<QString, QDateTime>> &sitemapPages)
{
    const auto renderRange = [&](const PageBatch *batch, qsizetype from,
                                 qsizetype to) -> StoreStatus {
        for (qsizetype i = from; i < to; ++i) {
            const auto page = renderer.renderUtf8(batch->articles[i], batch->contexts[i]);
            if (!page)
                return std::unexpected(page.error());
            if (auto done = writer.write(batch->contexts[i].pagePath, *page); !done)
                return done;
        }
        return {};
    };
    QSet<qint64> exported;
    for (const ArticleSummary &summary : summaries)
        exported.insert(summary.id);
    const auto hasPage = [&exported](qint64 id) { return exported.contains(id); };
    std::unique_ptr<PageBatch> running;
    std::future<StoreStatus> firstHalf;
    std::future<StoreStatus> secondHalf;
    const auto finishRunning = [&]() -> StoreStatus {
        if (!running)
            return {};
        const StoreStatus first = firstHalf.get();
        const StoreStatus second = secondHalf.get();
        if (!first || !second)
            return !first ? first : second;
        for (qsizetype i = 0; i < running->articles.size(); ++i)
            sitemapPages.append({running->contexts[i].pagePath, running->articles[i].updatedAt});
        articles.append(running->articles);
        running.reset();
        if (progress && !progress(int(articles.size()), int(summaries.size())))
            return storeFailure(StoreError::Code::Invalid,
                                tr("Export cancelled; the folder keeps what was written."));
        return {};
    };

    for (qsizetype start = 0; start < summaries.size(); start += kRenderChunk) {
        auto batch = std::make_unique<PageBatch>();
        for (const ArticleSummary &summary : summaries.mid(start, kRenderChunk)) {
            auto article = m_store.article(summary.id);
            if (!article) {
                finishRunning(); // let the workers stop before their batch goes away
                return std::unexpected(article.error());
            }
            batch->contexts.append(pagelinks::contextFor(m_store, *article, site, hasPage));
            batch->articles.append(*article);
        }
        if (auto done = finishRunning(); !done)
            return done;
        running = std::move(batch);
        const qsizetype middle = running->articles.size() / 2;
        firstHalf = std::async(std::launch::async, renderRange, running.get(), 0, middle);
        secondHalf = std::async(std::launch::async, renderRange, running.get(), middle,
                                running->articles.size());
    }
    return finishRunning();
}

SiteExporter::SiteExporter(ArticleStore &store, Options options)
    : m_store(store), m_options(std::move(options))
{}

StoreResult<SiteExporter::Report> SiteExporter::exportTo(const QString &folder,
                                                         const Progress &progress)
{
    if (!QDir().mkpath(folder))
        return storeFailure(StoreError::Code::Io, tr("Cannot create the folder %1.").arg(folder));
    auto renderer = PageRenderer::create(m_options.theme);
    if (!renderer)
        return std::unexpected(renderer.error());

    ArticleFilter filter;
    if (!m_options.includeUnpublished)
        filter.status = ArticleStatus::Published;
    auto summaries = m_store.list(filter);
    if (!summaries)
        return std::unexpected(summaries.error());

    removeLeftovers(QDir(folder).absolutePath(), m_store);
    Report report;
    SiteWriter writer(folder, m_store, report);
    PageContext site;
    site.siteName = m_options.siteName;
    site.baseUrl = m_options.baseUrl;
    site.stylesheetHref = kStylesheet; // one shared file instead of the CSS in every page
    if (auto done = writer.write(kStylesheet, (*renderer)->css().toUtf8()); !done)
        return std::unexpected(done.error());

    QList<Article> articles;
    QList<std::pair<QString, QDateTime>> sitemapPages;
    if (auto done = writeArticlePages(**renderer, writer, site, *summaries, progress, articles,
                                      sitemapPages);
        !done)
        return std::unexpected(done.error());
    std::stable_sort(articles.begin(), articles.end(),
                     [](const Article &a, const Article &b) { return a.date() > b.date(); });
    report.articles = int(articles.size());

    const ArticleGroups groups = groupArticles(articles);
    const auto writeList = [&](const QString &path, const ListPage &list,
                               const QDateTime &modified) -> StoreStatus {
        PageContext context = site;
        context.pagePath = path;
        if (path.contains(QLatin1Char('/')))
            context.stylesheetHref = QStringLiteral("../") + kStylesheet;
        auto page = (*renderer)->renderList(list, context);
        if (!page)
            return std::unexpected(page.error());
        sitemapPages.append({path, modified});
        return writer.write(path, page->toUtf8());
    };
    for (const auto &[pathOf, members] :
         {std::pair{&sectionPath, &groups.sections}, std::pair{&tagPath, &groups.tags}}) {
        for (auto it = members->begin(); it != members->end(); ++it) {
            const ListPage list = memberList(it->name, it->articles, site.siteName);
            if (auto done = writeList(pathOf(it.key()), list, it->articles.front()->updatedAt);
                !done)
                return std::unexpected(done.error());
        }
    }
    const ListPage index = indexList(groups, articles, site.siteName);
    const QDateTime newest = articles.isEmpty() ? QDateTime() : articles.front().updatedAt;
    if (auto done = writeList(QStringLiteral("index.html"), index, newest); !done)
        return std::unexpected(done.error());

    const QByteArray feed = atomFeed(articles.mid(0, kFeedEntries), index.title, site.baseUrl);
    if (auto done = writer.write(QStringLiteral("feed.xml"), feed); !done)
        return std::unexpected(done.error());
    if (!site.baseUrl.isEmpty()) {
        if (auto done =
                writer.write(QStringLiteral("sitemap.xml"), sitemap(site.baseUrl, sitemapPages));
            !done)
            return std::unexpected(done.error());
    } else {
        report.notes.append(tr("No sitemap.xml: a sitemap needs the site's address (--base-url)."));
    }
    if (auto done = writer.finish(); !done)
        return std::unexpected(done.error());
    return report;
}

} // namespace newsroom
