#pragma once

#include "export/SiteExporter.h"
#include "model/Article.h"
#include "render/Theme.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace newsroom {

class ArchiveGateway;

// The Export menu: this article's page (HTML, styles inside), this article as Markdown,
// and the whole site. Everything is rendered and written through the gateway's export
// lane (the site behind a progress dialog with Cancel); each result can be opened at once.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(ArchiveGateway &gateway, QWidget *window);
    ~ExportController() override;

    // Asks where, then exports.
    void exportPage(const Article &article);
    void exportMarkdown(const Article &article);
    void exportSite();

    // The work itself, without dialogs: exported() or failed() says how it went.
    void writePage(const Article &article, const QString &path);
    void writeMarkdown(const Article &article, const QString &path);
    void startSiteExport(const QString &folder);
    bool isExportingSite() const { return m_siteRunning; }
    void cancelSiteExport() { m_cancel = true; }
    void setOpenResults(bool open) { m_openResults = open; } // tests keep the browser shut
    // What a site export uses: the preferred theme (else the built-in one, and failed() says
    // why) and the site's base URL.
    SiteExporter::Options siteOptions();

Q_SIGNALS:
    void exported(const QString &path, const QString &summary);
    void failed(const QString &message);
    void siteProgress(int done, int total);

private:
    Theme theme(); // the preferred theme, or the built-in one (and why) if it is unusable
    QString askForFile(const QString &title, const QString &suggestedName,
                       const QString &filter) const;
    void finishFile(const QString &path, const StoreResult<QString> &summary);
    void finishSite(const QString &folder, const StoreResult<QString> &summary);
    void offerToOpen(const QString &path, const QString &summary);

    ArchiveGateway &m_gateway;
    QWidget *m_window;
    QFuture<StoreResult<QString>> m_site;
    bool m_siteRunning = false;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel = false;
    bool m_openResults = true;
};

} // namespace newsroom
