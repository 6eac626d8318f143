#pragma once

#include "model/Article.h"
#include "render/PageContext.h"
#include "render/Theme.h"
#include "store/ArticleSummary.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <functional>

namespace newsroom {

class ArticleStore;
class PageRenderer;
class SiteWriter;

// Exports the archive as a static site that works from disk and from any web server:
//   <slug>.html for each article, index.html (by section, newest first), sections/*.html,
//   tags/*.html, style.css, feed.xml (Atom) and, with a base URL, sitemap.xml; and
//   media/<hash>-<width>.<ext>, the renditions of every picture a page shows (never an
//   original; SitePictures.h). The pictures' descriptions are read once per export; a media
//   file the last export recorded is kept without reading its picture again (its name is
//   its content: the original's hash and the width), one that is gone is written, and one no
//   page uses any more is removed, as pages are, only while it holds what was written.
// Only published articles unless `includeUnpublished`; an article published with a time
// still to come (scheduled) is left out until an export after that time. A re-export writes only
// files whose content changed and removes the files of articles since deleted or unpublished. Every
// file goes through ExportFolder: nothing is written or removed outside the chosen folder,
// nor through a link inside it, and only files that still hold what an export wrote are
// removed. An article whose slug cannot name a file is skipped and named in the report.
class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(SiteExporter)
public:
    struct Options
    {
        bool includeUnpublished = false;
        QString baseUrl;
        QString siteName;
        Theme theme = Theme::builtIn();
        QDateTime now; // what "still to come" is measured against; invalid: the clock
    };
    struct Report
    {
        int articles = 0;
        int written = 0;
        int unchanged = 0;
        int removed = 0;
        int pictureFilesWritten = 0; // media/ files (also counted in written/unchanged)
        int pictureFilesUnchanged = 0;
        QStringList notes;   // things worth telling the editor, e.g. no sitemap without a base URL
        QStringList skipped; // one line for each article left out, naming it and why
        int scheduled = 0;   // published articles whose time is still to come, left out
        QDateTime nextScheduled; // the earliest of their times (invalid: none)
    };
    // Called as article pages are written: return false to cancel (nothing is removed then).
    using Progress = std::function<bool(int done, int total)>;

    SiteExporter(ArticleStore &store, Options options);
    ~SiteExporter();
    StoreResult<Report> exportTo(const QString &folder, const Progress &progress = {});

private:
    StoreResult<qint64> readPictureFiles(SiteWriter &writer, const PageContext &site,
                                         const Article &article, QSet<QString> &seen,
                                         QList<std::pair<QString, QByteArray>> &into,
                                         Report &report);
    // What writing the article pages gathers for the rest of the site.
    struct ArticlePages
    {
        Report &report;                                    // picture files counted here
        QList<Article> articles;                           // as listed
        QList<std::pair<QString, QDateTime>> sitemapPages; // path and last change
        QHash<qint64, QString> languages;                  // by article id
    };
    StoreStatus writeArticlePages(const PageRenderer &renderer, SiteWriter &writer,
                                  const PageContext &site, const QList<ArticleSummary> &summaries,
                                  const Progress &progress, ArticlePages &pages);

    ArticleStore &m_store;
    Options m_options;
    QThreadPool m_pool; // the workers that render and write files
};

} // namespace newsroom
