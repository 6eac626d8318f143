#include "ExportController.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "export/PageExporter.h"
#include "export/SiteExporter.h"
#include "importer/MarkdownArticle.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace newsroom {

namespace {
Theme chosenTheme(QString &problem)
{
    const QString folder = appsettings::themeFolder();
    if (folder.isEmpty())
        return Theme::builtIn();
    auto theme = Theme::fromFolder(folder);
    if (theme)
        return *theme;
    problem = theme.error().message;
    return Theme::builtIn();
}

QString archiveItself(const QString &path)
{
    return ExportController::tr("%1 is the archive itself; choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

bool writeFile(const ArticleStore &store, const QString &path, const QByteArray &bytes,
               QString &problem)
{
    if (store.isArchiveFile(path)) { // replacing it would lose every story in it
        problem = archiveItself(path);
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    problem = ExportController::tr("Could not write %1: %2")
                  .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

// Articles the export left out (a slug no file can be named by), the first few by name.
QString skippedLines(const QStringList &skipped)
{
    constexpr qsizetype kShown = 3;
    if (skipped.isEmpty())
        return {};
    QString lines = QStringLiteral("\n\n") + skipped.mid(0, kShown).join(QLatin1Char('\n'));
    if (skipped.size() > kShown)
        lines += QLatin1Char('\n') +
                 ExportController::tr("…and %n more.", nullptr, int(skipped.size() - kShown));
    return lines;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

ExportController::ExportController(ArchiveGateway &gateway, QWidget *window)
    : QObject(window), m_gateway(gateway), m_window(window)
{}

ExportController::~ExportController()
{
    if (m_siteRunning) {
        m_cancel = true; // the exporter stops at the next page
        m_site.waitForFinished();
    }
}

Theme ExportController::theme()
{
    QString problem;
    Theme theme = chosenTheme(problem);
    if (!problem.isEmpty())
        Q_EMIT failed(tr("%1 The built-in theme was used instead.").arg(problem));
    return theme;
}

SiteExporter::Options ExportController::siteOptions()
{
    SiteExporter::Options options;
    options.theme = theme();
    options.baseUrl = appsettings::siteBaseUrl();
    return options;
}

void ExportController::writePage(const Article &article, const QString &path)
{
    PageContext base;
    base.baseUrl = appsettings::siteBaseUrl();
    auto written = m_gateway.run<QString>(
        ArchiveGateway::Lane::Exports,
        [article, path, base, theme = theme()](ArticleStore &store) -> StoreResult<QString> {
            auto renderer = PageRenderer::create(theme);
            if (!renderer)
                return std::unexpected(renderer.error());
            if (store.isArchiveFile(path)) // replacing it would lose every story in it
                return storeFailure(StoreError::Code::Io, archiveItself(path));
            // The page with its pictures' renditions in media/ beside it.
            auto report = PageExporter(store, **renderer)
                              .exportTo(article, pagelinks::contextFor(store, article, base), path);
            if (!report)
                return std::unexpected(report.error());
            const QString shown = QDir::toNativeSeparators(path);
            if (report->pictures == 0)
                return tr("Page written to %1").arg(shown);
            return tr("Page written to %1 with %n picture(s)", nullptr, report->pictures)
                .arg(shown);
        });
    onAnswer(written, this,
             [this, path](const StoreResult<QString> &summary) { finishFile(path, summary); });
}

void ExportController::writeMarkdown(const Article &article, const QString &path)
{
    auto written = m_gateway.run<QString>(
        ArchiveGateway::Lane::Exports,
        [article, path](ArticleStore &store) -> StoreResult<QString> {
            const QString text = markdownarticle::write(article, [&store](qint64 id) {
                auto target = store.summary(id);
                return target && !target->trashed ? target->slug : QString();
            });
            QString problem;
            if (!writeFile(store, path, text.toUtf8(), problem))
                return storeFailure(StoreError::Code::Io, problem);
            return tr("Markdown written to %1").arg(QDir::toNativeSeparators(path));
        });
    onAnswer(written, this,
             [this, path](const StoreResult<QString> &summary) { finishFile(path, summary); });
}

QString ExportController::askForFile(const QString &title, const QString &suggestedName,
                                     const QString &filter) const
{
    return QFileDialog::getSaveFileName(
        m_window, title, documentsFolder() + QLatin1Char('/') + suggestedName, filter);
}

void ExportController::exportPage(const Article &article)
{
    const QString path = askForFile(tr("Export Page"), article.slug + QStringLiteral(".html"),
                                    tr("Web page (*.html)"));
    if (!path.isEmpty())
        writePage(article, path);
}

void ExportController::exportMarkdown(const Article &article)
{
    const QString path = askForFile(tr("Export Markdown"), article.slug + QStringLiteral(".md"),
                                    tr("Markdown with front matter (*.md)"));
    if (!path.isEmpty())
        writeMarkdown(article, path);
}

void ExportController::exportSite()
{
    if (m_siteRunning)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Export Site To"), documentsFolder());
    if (folder.isEmpty())
        return;
    m_progress = new QProgressDialog(tr("Exporting the site…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancelSiteExport);
    connect(this, &ExportController::siteProgress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    startSiteExport(folder);
}

void ExportController::startSiteExport(const QString &folder)
{
    if (m_siteRunning)
        return;
    m_cancel = false;
    m_siteRunning = true;
    const SiteExporter::Options options = siteOptions();
    // `this` outlives the run: the destructor cancels it and waits.
    m_site = m_gateway.run<QString>(
        ArchiveGateway::Lane::Exports,
        [this, folder, options](ArticleStore &store) -> StoreResult<QString> {
            auto report =
                SiteExporter(store, options).exportTo(folder, [this](int done, int total) {
                    Q_EMIT siteProgress(done, total);
                    return !m_cancel.load();
                });
            if (!report)
                return std::unexpected(report.error());
            if (m_cancel)
                return storeFailure(
                    StoreError::Code::Io,
                    tr("The export was cancelled; the pages written so far are kept."));
            return tr("%n page(s) written", nullptr, report->written) + QStringLiteral(", ") +
                   tr("%n unchanged", nullptr, report->unchanged) + QStringLiteral(", ") +
                   tr("%n removed", nullptr, report->removed) + skippedLines(report->skipped);
        });
    onAnswer(m_site, this,
             [this, folder](const StoreResult<QString> &summary) { finishSite(folder, summary); });
}

void ExportController::finishFile(const QString &path, const StoreResult<QString> &summary)
{
    if (summary)
        offerToOpen(path, *summary);
    else
        Q_EMIT failed(summary.error().message);
}

void ExportController::finishSite(const QString &folder, const StoreResult<QString> &summary)
{
    m_siteRunning = false;
    if (m_progress)
        m_progress->close();
    if (!summary) {
        Q_EMIT failed(summary.error().message);
        return;
    }
    offerToOpen(QDir(folder).filePath(QStringLiteral("index.html")), *summary);
}

void ExportController::offerToOpen(const QString &path, const QString &summary)
{
    Q_EMIT exported(path, summary);
    if (!m_openResults)
        return;
    const auto answer = QMessageBox::information(
        m_window, tr("Export Finished"), summary + QStringLiteral("\n\n") + tr("Open it now?"),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace newsroom
