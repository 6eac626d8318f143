#include "SiteBenchmark.h"

#include "Stats.h"
#include "SyntheticArticles.h"
#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "importer/PlainTextArticleParser.h"
#include "media/PictureDecoder.h"
#include "render/PageRenderer.h"
#include "store/SqliteArticleStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <atomic>
#include <fcntl.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace newsroom::bench {

namespace {

constexpr int kRounds = 5;
constexpr int kPreviewPictures = 20;
constexpr qsizetype kSaveBatch = 500;

// A distinct 800x500 photo-like JPEG for article `n` (renditions at 480 and 800 pixels).
QByteArray leadPicture(int n)
{
    QImage image(800, 500, QImage::Format_RGB32);
    const int r = (n * 37) % 256;
    const int g = (n * 91) % 256;
    const int b = (n / 256 * 53) % 256; // with r and g: distinct for every n below 65,536
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((r + x / 4) % 256, (g + y / 2) % 256, (b + n + x + y) % 256);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// The files an export wrote (path under `site`, size), for the file system's floor.
QList<std::pair<QString, qint64>> filesOf(const QString &site)
{
    QList<std::pair<QString, qint64>> files;
    QDirIterator it(site, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append({QDir(site).relativeFilePath(it.filePath()), it.fileInfo().size()});
    }
    return files;
}

// The file system's floor for a site: the same files, names and sizes, created and written
// from memory by two threads (open, write, close; no rendering, no temporary names), then
// synced as the export syncs. Seconds, or -1 when a file could not be written.
double writeFloor(const QString &root, const QList<std::pair<QString, qint64>> &files)
{
    qint64 largest = 0;
    for (const auto &file : files)
        largest = std::max(largest, file.second);
    const QByteArray bytes(largest, 'x');
    QElapsedTimer timer;
    timer.start();
    for (const QString &sub :
         {QString(), QStringLiteral("media"), QStringLiteral("sections"), QStringLiteral("tags")})
        QDir().mkpath(root + QLatin1Char('/') + sub);
    std::atomic<bool> failed = false;
    const auto work = [&](qsizetype first) {
        for (qsizetype i = first; i < files.size(); i += 2) {
            const QByteArray path = QFile::encodeName(root + QLatin1Char('/') + files[i].first);
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            if (fd < 0 ||
                ::write(fd, bytes.constData(), size_t(files[i].second)) != files[i].second)
                failed = true;
            if (fd >= 0)
                ::close(fd);
        }
    };
    std::vector<std::thread> threads;
    for (qsizetype t = 0; t < 2; ++t)
        threads.emplace_back(work, t);
    for (std::thread &thread : threads)
        thread.join();
    const int folder = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::syncfs(folder);
        ::close(folder);
    }
    return failed ? -1 : timer.nsecsElapsed() / 1e9;
}

// Writes out what is waiting and, where allowed (root), drops the system's page cache, so that
// each side starts cold as a first build of the day would. True when the cache was dropped.
bool settle()
{
    ::sync();
    QFile dropCaches(QStringLiteral("/proc/sys/vm/drop_caches"));
    return dropCaches.open(QIODevice::WriteOnly) && dropCaches.write("3\n") == 2;
}

// Pictures as the preview gets them: a shelf of `count` described pictures.
PictureShelf previewShelf(int count)
{
    PictureShelf shelf;
    shelf.target = PictureShelf::Target::Preview;
    for (int i = 0; i < count; ++i) {
        Picture p;
        p.hash =
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        p.mimeType = QStringLiteral("image/jpeg");
        p.width = 2400;
        p.height = 1600;
        p.caption = QStringLiteral("Caption of picture %1, with its credit beside it").arg(i);
        p.credit = QStringLiteral("Photo: Agency");
        p.altText = QStringLiteral("What picture %1 shows").arg(i);
        p.renditionWidths = {480, 960, 1600, 2400};
        shelf.add(p);
    }
    return shelf;
}

// bench/hugo-site: the minimal layout, copied next to the exported Markdown.
bool writeHugoSite(const QString &root)
{
    const QString source = QStringLiteral(NEWSROOM_HUGO_SITE);
    for (const QString &path :
         {QStringLiteral("hugo.toml"), QStringLiteral("layouts/_default/single.html"),
          QStringLiteral("layouts/_default/list.html")}) {
        const QString target = root + QLatin1Char('/') + path;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source + QLatin1Char('/') + path, target))
            return false;
    }
    return true;
}

} // namespace

QJsonObject SiteBenchmark::measureRender(int repeats)
{
    SyntheticArticles generator;
    QString text = generator.next();
    while (text.count(QLatin1Char(' ')) < 5000)
        text += QLatin1Char('\n') + generator.next().section(QLatin1Char('\n'), 2);
    Article article = PlainTextArticleParser::parse(text);
    article.updatedAt = QDateTime::currentDateTimeUtc();
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return {{QStringLiteral("error"), renderer.error().message}};
    QList<double> samples;
    for (int i = 0; i < std::max(100, repeats * 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = (*renderer)->render(article, {});
        samples.append(timer.nsecsElapsed() / 1e6);
        if (!page)
            return {{QStringLiteral("error"), page.error().message}};
    }
    // The same article with 20 pictures spread through its body, as the preview patches it.
    PageContext preview;
    preview.pictures = previewShelf(kPreviewPictures);
    QStringList paragraphs = article.body.split(QStringLiteral("\n\n"));
    int placed = 0;
    for (auto it = preview.pictures.pictures.cbegin(); it != preview.pictures.pictures.cend();
         ++it, ++placed) {
        const qsizetype at = std::min<qsizetype>(
            paragraphs.size(), (placed + 1) * paragraphs.size() / (kPreviewPictures + 1));
        paragraphs.insert(at, QStringLiteral("![%1](media:%2 \"%3\")")
                                  .arg(it->altText, QString::fromLatin1(it->hash), it->caption));
    }
    Article illustrated = article;
    illustrated.body = paragraphs.join(QStringLiteral("\n\n"));
    illustrated.leadImage.hash = preview.pictures.pictures.cbegin().key();
    QList<double> patches;
    QList<double> plainPatches;
    for (int i = 0; i < std::max(100, repeats * 10); ++i) {
        for (auto [subject, into] :
             {std::pair{&illustrated, &patches}, std::pair{&article, &plainPatches}}) {
            QElapsedTimer timer;
            timer.start();
            auto patch = (*renderer)->renderPreviewPatch(*subject, preview);
            into->append(timer.nsecsElapsed() / 1e6);
            if (!patch ||
                (subject == &illustrated && patch->count("<figure") != kPreviewPictures + 1))
                return {
                    {QStringLiteral("error"), QStringLiteral("the preview patch lost a picture")}};
        }
    }
    return {{QStringLiteral("render_words"), int(article.body.count(QLatin1Char(' ')) + 1)},
            {QStringLiteral("render_p50_ms"), percentile(samples, 50)},
            {QStringLiteral("render_p95_ms"), percentile(samples, 95)},
            {QStringLiteral("preview_patch_p95_ms"), percentile(plainPatches, 95)},
            {QStringLiteral("preview_patch_pictures"), kPreviewPictures},
            {QStringLiteral("preview_patch_pictures_p95_ms"), percentile(patches, 95)}};
}

StoreResult<int> SiteBenchmark::addLeadImages(ArticleStore &store)
{
    auto ids = store.allIds();
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->isEmpty())
        return 0;
    if (auto first = store.article(ids->front()); first && !first->leadImage.isEmpty())
        return 0;
    int added = 0;
    for (qsizetype start = 0; start < ids->size(); start += kSaveBatch) {
        QList<Article> batch;
        for (qint64 id : ids->mid(start, kSaveBatch)) {
            auto article = store.article(id);
            if (!article)
                return std::unexpected(article.error());
            auto decoded =
                PictureDecoder::decode(leadPicture(int(id)), QStringLiteral("lead-%1.jpg").arg(id));
            if (!decoded)
                return storeFailure(StoreError::Code::Invalid, decoded.error());
            decoded->picture.credit = QStringLiteral("Photo: Bench Agency");
            auto picture =
                store.addPicture(decoded->picture, decoded->original, decoded->renditions);
            if (!picture)
                return std::unexpected(picture.error());
            ++added;
            article->leadImage = {picture->hash,
                                  QStringLiteral("The picture of article %1").arg(id),
                                  QStringLiteral("Photo: Bench Agency"),
                                  QStringLiteral("A gradient standing for article %1").arg(id)};
            batch.append(*article);
        }
        if (auto saved = store.saveAll(batch, SaveMode::KeepHistory); !saved)
            return std::unexpected(saved.error());
    }
    return added;
}

QJsonObject SiteBenchmark::measureExport(const QString &archivePath, const QString &folder,
                                         bool withPeer)
{
    auto store = SqliteArticleStore::open(archivePath);
    if (!store)
        return {{QStringLiteral("error"), store.error().message}};
    const qint64 articles = *(*store)->count({});
    QElapsedTimer setup;
    setup.start();
    const auto pictures = addLeadImages(**store);
    if (!pictures)
        return {{QStringLiteral("error"), pictures.error().message}};
    const double setupSeconds = setup.nsecsElapsed() / 1e9;
    // Fresh folders, removed only after timing: ext4 creates files slowly right after many
    // were deleted, which would tilt the comparison against whoever goes first. Each side
    // runs kRounds times, alternating, after a sync and (as root) with the page cache
    // dropped; medians are reported.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString runFolder = folder + QStringLiteral("/site-bench-") + stamp;
    const auto cleanUp = qScopeGuard([&] { QDir(runFolder).removeRecursively(); });
    const QString hugoRoot = runFolder + QStringLiteral("/hugo");
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    const bool withHugo =
        withPeer && !hugo.isEmpty() && writeHugoSite(hugoRoot) &&
        MarkdownExporter(**store).exportTo(hugoRoot + QStringLiteral("/content/news"));

    SiteExporter::Options options;
    options.includeUnpublished = true;
    options.baseUrl = QStringLiteral("https://news.example.org");
    QList<double> ours;
    QList<double> theirs;
    QList<double> floor;
    bool cacheDropped = true;
    QList<std::pair<QString, qint64>> siteFiles;
    QString lastSite;
    int pictureFiles = 0;
    for (int round = 0; round < kRounds; ++round) {
        lastSite = runFolder + QStringLiteral("/site-%1").arg(round);
        cacheDropped = settle() && cacheDropped;
        QElapsedTimer timer;
        timer.start();
        auto report = SiteExporter(**store, options).exportTo(lastSite);
        ours.append(timer.nsecsElapsed() / 1e9);
        if (!report)
            return {{QStringLiteral("error"), report.error().message}};
        pictureFiles = report->pictureFilesWritten;
        if (siteFiles.isEmpty())
            siteFiles = filesOf(lastSite);
        ::sync(); // the floor writes from memory: nothing of ours left to write out is enough
        if (const double s =
                writeFloor(runFolder + QStringLiteral("/floor-%1").arg(round), siteFiles);
            s >= 0)
            floor.append(s);
        if (!withHugo)
            continue;
        cacheDropped = settle() && cacheDropped;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        timer.restart();
        process.start(hugo, {QStringLiteral("--quiet"), QStringLiteral("--buildDrafts"),
                             QStringLiteral("--source"), hugoRoot, QStringLiteral("--destination"),
                             runFolder + QStringLiteral("/public-%1").arg(round)});
        process.waitForFinished(600000);
        theirs.append(timer.nsecsElapsed() / 1e9);
        if (process.exitCode() != 0)
            return {{QStringLiteral("hugo"), QString::fromUtf8(process.readAll()).left(400)}};
    }
    QElapsedTimer timer;
    timer.start();
    auto again = SiteExporter(**store, options).exportTo(lastSite);
    const double reSeconds = timer.nsecsElapsed() / 1e9;
    if (!again)
        return {{QStringLiteral("error"), again.error().message}};

    const double seconds = percentile(ours, 50);
    QJsonObject out{{QStringLiteral("export_articles"), int(articles)},
                    {QStringLiteral("export_lead_images"), true},
                    {QStringLiteral("lead_images_added"), *pictures},
                    {QStringLiteral("lead_images_added_s"), setupSeconds},
                    {QStringLiteral("export_s"), seconds},
                    {QStringLiteral("export_per_s"), qRound(articles / seconds)},
                    {QStringLiteral("export_picture_files"), pictureFiles},
                    {QStringLiteral("reexport_unchanged_s"), reSeconds},
                    {QStringLiteral("reexport_picture_files_written"), again->pictureFilesWritten},
                    {QStringLiteral("export_files"), int(siteFiles.size())},
                    {QStringLiteral("export_rounds"), kRounds},
                    {QStringLiteral("export_page_cache_dropped"), cacheDropped}};
    if (!floor.isEmpty()) { // else no round could write the floor's files: no floor to compare
        out.insert(QStringLiteral("export_floor_s"), percentile(floor, 50));
        out.insert(QStringLiteral("export_vs_floor"), seconds / percentile(floor, 50));
    }
    if (!withHugo) {
        out.insert(QStringLiteral("hugo"), QStringLiteral("hugo not installed"));
        return out;
    }
    const double hugoSeconds = percentile(theirs, 50);
    out.insert(QStringLiteral("hugo_s"), hugoSeconds);
    out.insert(QStringLiteral("hugo_per_s"), qRound(articles / hugoSeconds));
    out.insert(QStringLiteral("export_vs_hugo"), seconds / hugoSeconds);
    return out;
}

} // namespace newsroom::bench
