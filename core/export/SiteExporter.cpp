#include "SiteExporter.h"

#include "AtomFeed.h"
#include "ExportFolder.h"
#include "ExportManifest.h"
#include "SitePictures.h"
#include "media/PictureRefs.h"
#include "model/ArticleJson.h"
#include "model/Slug.h"
#include "render/ArticleLanguage.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"
#include "render/PageWords.h"
#include "render/PictureFigure.h"
#include "render/PictureUrls.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>
#include <vector>

Q_LOGGING_CATEGORY(lcExport, "newsroom.export", QtWarningMsg)

namespace newsroom {

namespace {

constexpr int kFeedEntries = 50;
constexpr int kIndexPerSection = 10;
constexpr qsizetype kRenderChunk = 256;
constexpr qint64 kBatchPictureBytes = 32 * 1024 * 1024;
constexpr qsizetype kPageWorkers = 8;
const QString kStylesheet = QStringLiteral("style.css");
const QString kSections = QStringLiteral("sections");
const QString kTags = QStringLiteral("tags");

} // namespace

// Writes the site's files into its folder, skipping unchanged ones, and removes what the
// last export wrote and this one did not. write() may be called from several threads at
// once.
class SiteWriter
{
public:
    SiteWriter(ExportFolder &folder, SiteExporter::Report &report)
        : m_folder(folder), m_report(report)
    {
        QString problem;
        m_old = ExportManifest::load(folder, &problem);
        if (!problem.isEmpty())
            report.notes.append(
                SiteExporter::tr("The record of the last export was not used, so the files "
                                 "it lists are left in place: %1")
                    .arg(problem));
    }

    // Thousands of files are not synced one by one (that took a third of an export), but
    // all at once in finish(); meanwhile a marker says so. A marker found here means the
    // last export stopped before its files were safe: what its record says they hold is
    // not trusted, and every file is written again.
    StoreStatus begin()
    {
        const QString marker = ExportManifest::kUnfinishedFileName;
        m_trusted = !m_folder.isReplaceableFile(marker);
        if (auto done = m_folder.writeFileAtomically(marker, markerBytes()); !done)
            return done;
        if (auto done = m_folder.syncAll(); !done)
            return done;
        m_folder.setSyncDeferred(true);
        return {};
    }

    StoreStatus write(const QString &relativePath, const QByteArray &bytes)
    {
        const QByteArray hash = ExportManifest::hash(bytes);
        const QByteArray previous = recorded(relativePath);
        const bool unchanged =
            !previous.isEmpty() && previous == hash && m_folder.isReplaceableFile(relativePath);
        if (!unchanged) {
            if (auto done = m_folder.writeFileAtomically(relativePath, bytes); !done)
                return done;
        }
        const QMutexLocker lock(&m_mutex);
        m_new.record(relativePath, hash);
        ++(unchanged ? m_report.unchanged : m_report.written);
        return {};
    }

    // A file whose name says what it holds (a picture's rendition) that the last export
    // recorded and that is still a plain file there: kept without its bytes being read.
    bool keepRecorded(const QString &relativePath)
    {
        const QByteArray previous = recorded(relativePath);
        if (previous.isEmpty() || !m_folder.isReplaceableFile(relativePath))
            return false;
        const QMutexLocker lock(&m_mutex);
        m_new.record(relativePath, previous);
        ++m_report.unchanged;
        return true;
    }

    // Removes what the last export wrote and this one did not, records this export, makes
    // it all safe on disk, and only then removes the marker.
    // Only names this exporter writes are candidates, and ExportFolder removes one only
    // while it holds what was recorded: a forged record cannot name CNAME or .git/config.
    StoreStatus finish()
    {
        for (const QString &path : m_old.paths()) {
            if (m_new.hashOf(path).isEmpty() && isSitePath(path) &&
                m_folder.removeIfOurs(path, m_old.hashOf(path)))
                ++m_report.removed;
        }
        QElapsedTimer timer;
        timer.start();
        if (auto done = m_new.save(m_folder); !done)
            return done;
        qCDebug(lcExport) << "record saved:" << timer.restart() << "ms";
        if (auto done = m_folder.syncAll(); !done)
            return done;
        qCDebug(lcExport) << "files synced:" << timer.restart() << "ms";
        m_folder.removeIfOurs(ExportManifest::kUnfinishedFileName,
                              ExportManifest::hash(markerBytes()));
        return {};
    }

private:
    static QByteArray markerBytes()
    {
        return QByteArrayLiteral("An export into this folder is under way, or stopped before "
                                 "its files were on disk.\n");
    }

    // What the last export's record says a file holds; nothing when it is not trusted.
    QByteArray recorded(const QString &relativePath) const
    {
        return m_trusted ? m_old.hashOf(relativePath) : QByteArray();
    }

    // index.html, style.css, feed.xml, sitemap.xml, <slug>.html, sections/<name>.html,
    // tags/<name>.html and media/<hash>-<width>.<ext>.
    static bool isSitePath(const QString &path)
    {
        if (sitepictures::isMediaPath(path))
            return true;
        const QStringList parts = path.split(QLatin1Char('/'));
        if (parts.size() == 1)
            return parts[0].endsWith(QLatin1String(".html")) || parts[0] == kStylesheet ||
                   parts[0] == QLatin1String("feed.xml") ||
                   parts[0] == QLatin1String("sitemap.xml");
        return parts.size() == 2 &&
               (parts[0] == QLatin1String("sections") || parts[0] == QLatin1String("tags")) &&
               parts[1].endsWith(QLatin1String(".html"));
    }

    ExportFolder &m_folder;
    ExportManifest m_old;
    ExportManifest m_new;
    bool m_trusted = true;
    QMutex m_mutex;
    SiteExporter::Report &m_report;
};

namespace {

// Section and tag pages are named by the slug of their name, so "Climate" and "climate"
// share one page.
QString sectionPath(const QString &key)
{
    return kSections + QLatin1Char('/') + key + QStringLiteral(".html");
}

QString tagPath(const QString &key)
{
    return kTags + QLatin1Char('/') + key + QStringLiteral(".html");
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

// Each article's language by id, set or guessed, worked out once for its page and the lists.
using Languages = QHash<qint64, QString>;

// A listing page speaks the language most of its articles are in (its words, dates and
// direction); on a tie, the newest article's.
QString mostCommonLanguage(const QList<const Article *> &articles, const Languages &languages)
{
    QHash<QString, int> counts;
    QString best = QStringLiteral("en");
    int bestCount = 0;
    for (const Article *article : articles) {
        const QString &language = languages.value(article->id);
        if (const int count = ++counts[language]; count > bestCount) {
            best = language;
            bestCount = count;
        }
    }
    return best;
}

// The page of one section or tag, one folder below the site's root.
ListPage memberList(const QString &heading, const QList<const Article *> &members,
                    const QString &siteName, const Languages &languages)
{
    ListPage list;
    list.language = mostCommonLanguage(members, languages);
    const PageWords words(list.language);
    list.title = heading + (siteName.isEmpty() ? QString() : QStringLiteral(" · ") + siteName);
    list.heading = heading;
    list.description = words.articlesIn(heading);
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
                   const QString &siteName, const Languages &languages)
{
    ListPage index;
    QList<const Article *> all;
    for (const Article &article : articles)
        all.append(&article);
    index.language = mostCommonLanguage(all, languages);
    const PageWords words(index.language);
    index.title = siteName.isEmpty() ? SiteExporter::tr("Newsroom") : siteName;
    index.heading = words.latestNews();
    index.description = words.latestNewsDescription();
    index.feedHref = QStringLiteral("feed.xml");
    for (auto it = groups.sections.begin(); it != groups.sections.end(); ++it) {
        ListPage::Group group{it->name, sectionPath(it.key()), {}};
        for (const Article *article : it->articles.mid(0, kIndexPerSection))
            group.entries.append(entryFor(*article, QString()));
        index.groups.append(group);
    }
    ListPage::Group unfiled{
        groups.sections.isEmpty() ? QString() : words.moreNews(), QString(), {}};
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

// Pages are written by more workers than there are cores: a worker creating a file in a
// folder of thousands waits for the file system, and another renders meanwhile. Their
// threads come from the export's pool, made once for the hundreds of batches.
using Workers = std::vector<QFuture<StoreStatus>>;

// Starts work(from, to) for kPageWorkers slices of [0, count).
Workers startWorkers(QThreadPool &pool, qsizetype count,
                     const std::function<StoreStatus(qsizetype, qsizetype)> &work)
{
    Workers workers;
    for (qsizetype w = 0; w < kPageWorkers; ++w) {
        const qsizetype from = count * w / kPageWorkers;
        const qsizetype to = count * (w + 1) / kPageWorkers;
        if (from < to)
            workers.push_back(QtConcurrent::run(&pool, work, from, to));
    }
    return workers;
}

// Waits for every worker (none may outlive what it works on); the first failure wins.
StoreStatus waitFor(Workers &workers)
{
    StoreStatus outcome;
    for (QFuture<StoreStatus> &worker : workers) {
        if (StoreStatus done = worker.result(); !done && outcome)
            outcome = std::move(done);
    }
    workers.clear();
    return outcome;
}

// Articles whose pages are being rendered and written, with the picture files they are the
// first to name.
struct PageBatch
{
    QList<Article> articles;
    QList<PageContext> contexts;
    QList<std::pair<QString, QByteArray>> pictureFiles; // path, bytes
};

} // namespace

// Article pages and their pictures are one pipeline: this thread reads a batch from the
// archive (one SQLite connection: the articles, then the renditions they name) while
// workers render and write the batch before it.
StoreStatus SiteExporter::writeArticlePages(const PageRenderer &renderer, SiteWriter &writer,
                                            const PageContext &site,
                                            const QList<ArticleSummary> &summaries,
                                            const Progress &progress, ArticlePages &pages)
{
    const auto workOn = [&](PageBatch *batch, qsizetype from, qsizetype to) -> StoreStatus {
        const qsizetype pageCount = batch->articles.size();
        for (qsizetype i = from; i < to; ++i) {
            if (i >= pageCount) {
                const auto &[path, bytes] = batch->pictureFiles.at(i - pageCount);
                if (auto done = writer.write(path, bytes); !done)
                    return done;
                continue;
            }
            batch->contexts[i].language = language::of(batch->articles[i]);
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
    Workers workers;
    const auto finishRunning = [&]() -> StoreStatus {
        if (!running)
            return {};
        if (auto done = waitFor(workers); !done)
            return done;
        for (qsizetype i = 0; i < running->articles.size(); ++i) {
            const Article &article = running->articles[i];
            pages.sitemapPages.append({running->contexts[i].pagePath, article.updatedAt});
            pages.languages.insert(article.id, running->contexts[i].language);
        }
        pages.articles.append(running->articles);
        running.reset();
        if (progress && !progress(int(pages.articles.size()), int(summaries.size())))
            return storeFailure(StoreError::Code::Invalid,
                                tr("Export cancelled; the folder keeps what was written."));
        return {};
    };

    // A batch ends at kRenderChunk articles, or once its picture files hold
    // kBatchPictureBytes: two batches are in memory at once, and a page may name many large
    // pictures.
    QSet<QString> pictureFilesSeen;
    qsizetype next = 0;
    const auto readBatch = [&](PageBatch &batch) -> StoreStatus {
        qint64 pictureBytes = 0;
        while (next < summaries.size() && batch.articles.size() < kRenderChunk &&
               pictureBytes < kBatchPictureBytes) {
            auto article = m_store.article(summaries[next++].id);
            if (!article)
                return std::unexpected(article.error());
            batch.contexts.append(pagelinks::contextFor(m_store, *article, site, hasPage));
            batch.articles.append(*article);
            const auto read = readPictureFiles(writer, site, *article, pictureFilesSeen,
                                               batch.pictureFiles, pages.report);
            if (!read)
                return std::unexpected(read.error());
            pictureBytes += *read;
        }
        return {};
    };
    while (next < summaries.size()) {
        auto batch = std::make_unique<PageBatch>();
        if (auto read = readBatch(*batch); !read) {
            finishRunning(); // let the workers stop before their batch goes away
            return read;
        }
        if (auto done = finishRunning(); !done)
            return done;
        running = std::move(batch);
        workers = startWorkers(m_pool, running->articles.size() + running->pictureFiles.size(),
                               [&workOn, batch = running.get()](qsizetype from, qsizetype to) {
                                   return workOn(batch, from, to);
                               });
    }
    return finishRunning();
}

// The renditions `article` names that no earlier article named (`seen`) and the last export
// did not already write, read from the archive; how many bytes they hold.
StoreResult<qint64> SiteExporter::readPictureFiles(SiteWriter &writer, const PageContext &site,
                                                   const Article &article, QSet<QString> &seen,
                                                   QList<std::pair<QString, QByteArray>> &into,
                                                   Report &report)
{
    qint64 read = 0;
    for (const sitepictures::MediaFile &file : sitepictures::filesFor({article}, site.pictures)) {
        if (seen.contains(file.path))
            continue;
        seen.insert(file.path);
        if (writer.keepRecorded(file.path)) {
            ++report.pictureFilesUnchanged;
            continue;
        }
        auto bytes = sitepictures::bytesOf(m_store, *site.pictures.find(file.hash), file.width);
        if (!bytes)
            return std::unexpected(bytes.error());
        read += bytes->size();
        into.append({file.path, std::move(*bytes)});
        ++report.pictureFilesWritten;
    }
    return read;
}

SiteExporter::SiteExporter(ArticleStore &store, Options options)
    : m_store(store), m_options(std::move(options))
{
    m_pool.setMaxThreadCount(int(kPageWorkers));
}

SiteExporter::~SiteExporter() = default;

StoreResult<SiteExporter::Report> SiteExporter::exportTo(const QString &folder,
                                                         const Progress &progress)
{
    ExportFolder target;
    target.setProtected([this](const QString &path) { return m_store.isArchiveFile(path); });
    if (auto opened = target.open(folder); !opened)
        return std::unexpected(opened.error());
    if (auto locked = target.lockForExport(); !locked)
        return std::unexpected(locked.error());
    auto renderer = PageRenderer::create(m_options.theme);
    if (!renderer)
        return std::unexpected(renderer.error());

    ArticleFilter filter;
    if (!m_options.includeUnpublished)
        filter.status = ArticleStatus::Published;
    auto listed = m_store.list(filter);
    if (!listed)
        return std::unexpected(listed.error());
    // An article whose slug cannot name a file (only a crafted archive has one) is left out
    // and named; the rest of the site is exported.
    Report report;
    QList<ArticleSummary> summaries;
    summaries.reserve(listed->size());
    const QDateTime now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    for (const ArticleSummary &summary : std::as_const(*listed)) {
        if (!m_options.includeUnpublished &&
            isScheduled(summary.status, summary.publishedAt, now)) {
            ++report.scheduled;
            if (!report.nextScheduled.isValid() || summary.publishedAt < report.nextScheduled)
                report.nextScheduled = summary.publishedAt;
            continue;
        }
        const QString skipped = ExportFolder::whyArticleIsSkipped(
            summary.id, pagelinks::pagePath(summary.slug), {QStringLiteral("index.html")});
        if (skipped.isEmpty())
            summaries.append(summary);
        else
            report.skipped.append(skipped);
    }

    for (const QString &sub : {QString(), kSections, kTags, QString(pictureurls::kMediaFolder)})
        target.removeLeftovers(sub);
    SiteWriter writer(target, report);
    if (auto begun = writer.begin(); !begun)
        return std::unexpected(begun.error());
    PageContext site;
    site.siteName = m_options.siteName;
    site.baseUrl = m_options.baseUrl;
    site.stylesheetHref = kStylesheet; // one shared file instead of the CSS in every page
    if (auto done = writer.write(kStylesheet, (*renderer)->css().toUtf8()); !done)
        return std::unexpected(done.error());
    auto shelf = sitepictures::loadShelf(m_store);
    if (shelf)
        site.pictures = std::move(*shelf);

    // Where an export's time goes: QT_LOGGING_RULES=newsroom.export.debug=true.
    QElapsedTimer phase;
    phase.start();
    // The archive is read in id order, the order its rows and pictures were mostly written
    // in: from a cold disk the system then reads ahead, instead of one page at a time
    // backwards (the list comes newest first).
    QHash<qint64, qsizetype> listPosition;
    for (qsizetype i = 0; i < summaries.size(); ++i)
        listPosition.insert(summaries[i].id, i);
    std::sort(summaries.begin(), summaries.end(),
              [](const ArticleSummary &a, const ArticleSummary &b) { return a.id < b.id; });
    ArticlePages pages{report};
    if (auto done = writeArticlePages(**renderer, writer, site, summaries, progress, pages); !done)
        return std::unexpected(done.error());
    qCDebug(lcExport) << "article pages and their pictures:" << phase.restart() << "ms";
    QList<Article> &articles = pages.articles;
    // Newest first; among articles of one date, as listed.
    std::sort(articles.begin(), articles.end(),
              [&listPosition](const Article &a, const Article &b) {
                  const QDateTime aDate = a.date();
                  const QDateTime bDate = b.date();
                  return aDate != bDate ? aDate > bDate
                                        : listPosition.value(a.id) < listPosition.value(b.id);
              });
    report.articles = int(articles.size());
    if (!shelf && std::any_of(articles.cbegin(), articles.cend(), [](const Article &article) {
            return !picturerefs::usedBy(article).isEmpty();
        })) {
        report.notes.append(tr("The pages show no pictures: the archive's pictures could not be "
                               "read (%1).")
                                .arg(shelf.error().message));
    }

    // Section, tag and front pages, rendered and written by workers as article pages are.
    const ArticleGroups groups = groupArticles(articles);
    struct ListJob
    {
        QString path;
        ListPage list;
        QDateTime modified;
    };
    QList<ListJob> lists;
    for (const auto &[pathOf, members] :
         {std::pair{&sectionPath, &groups.sections}, std::pair{&tagPath, &groups.tags}}) {
        for (auto it = members->begin(); it != members->end(); ++it)
            lists.append({pathOf(it.key()),
                          memberList(it->name, it->articles, site.siteName, pages.languages),
                          it->articles.front()->updatedAt});
    }
    lists.append({QStringLiteral("index.html"),
                  indexList(groups, articles, site.siteName, pages.languages),
                  articles.isEmpty() ? QDateTime() : articles.front().updatedAt});
    const ListPage &index = lists.back().list;
    const auto writeLists = [&, &jobs = std::as_const(lists)](qsizetype from,
                                                              qsizetype to) -> StoreStatus {
        for (qsizetype i = from; i < to; ++i) {
            PageContext context = site;
            context.pagePath = jobs[i].path;
            if (jobs[i].path.contains(QLatin1Char('/')))
                context.stylesheetHref = QStringLiteral("../") + kStylesheet;
            auto page = (*renderer)->renderList(jobs[i].list, context);
            if (!page)
                return std::unexpected(page.error());
            if (auto done = writer.write(jobs[i].path, page->toUtf8()); !done)
                return done;
        }
        return {};
    };
    auto listWorkers = startWorkers(m_pool, lists.size(), writeLists);
    if (auto done = waitFor(listWorkers); !done)
        return std::unexpected(done.error());
    for (const ListJob &job : std::as_const(lists))
        pages.sitemapPages.append({job.path, job.modified});

    const QList<Article> newest = articles.mid(0, kFeedEntries);
    QHash<QString, qint64> leadFileBytes; // the enclosures' lengths
    for (const Article &article : newest) {
        const Picture *lead = site.pictures.find(article.leadImage.hash);
        if (!lead)
            continue;
        const QString path = pictureurls::sitePath(*lead, PictureFigure::widestWidth(*lead));
        if (qint64 size = -1; target.isReplaceableFile(path, &size))
            leadFileBytes.insert(path, size);
    }
    const QByteArray feed =
        atomFeed(newest, index.title, site.baseUrl, site.pictures, leadFileBytes);
    if (auto done = writer.write(QStringLiteral("feed.xml"), feed); !done)
        return std::unexpected(done.error());
    if (!site.baseUrl.isEmpty()) {
        if (auto done = writer.write(QStringLiteral("sitemap.xml"),
                                     sitemap(site.baseUrl, pages.sitemapPages));
            !done)
            return std::unexpected(done.error());
    } else {
        report.notes.append(tr("No sitemap.xml: a sitemap needs the site's address (--base-url)."));
    }
    if (report.scheduled > 0) {
        report.notes.append(
            tr("%n scheduled article(s) left out until their time; the first is due %1.", nullptr,
               report.scheduled)
                .arg(report.nextScheduled.toUTC().toString(Qt::ISODate)));
    }
    qCDebug(lcExport) << "lists, feed and sitemap:" << phase.restart() << "ms";
    if (auto done = writer.finish(); !done)
        return std::unexpected(done.error());
    return report;
}

} // namespace newsroom
