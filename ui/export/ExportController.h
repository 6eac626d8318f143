#pragma once

#include "model/Article.h"
#include "render/Theme.h"
#include "store/ArticleStore.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace newsroom {

class ArticleStore;

// The Export menu: this article's page (HTML, styles inside), this article as Markdown,
// and the whole site. The site is written on a worker thread with its own connection to
// the archive, behind a progress dialog with Cancel; each result can be opened at once.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(ArticleStore &store, StoreOpener openWorkerStore, QWidget *window);
    ~ExportController() override;

    // Asks where, then exports.
    void exportPage(const Article &article);
    void exportMarkdown(const Article &article);
    void exportSite();

    // The work itself, without dialogs; false after reporting a problem via failed().
    bool writePage(const Article &article, const QString &path);
    bool writeMarkdown(const Article &article, const QString &path);
    void startSiteExport(const QString &folder);
    bool isExportingSite() const { return m_thread != nullptr; }
    void cancelSiteExport() { m_cancel = true; }
    void setOpenResults(bool open) { m_openResults = open; } // tests keep the browser shut

Q_SIGNALS:
    void exported(const QString &path, const QString &summary);
    void failed(const QString &message);
    void siteProgress(int done, int total);

private:
    Theme theme(); // the preferred theme, or the built-in one (and why) if it is unusable
    QString askForFile(const QString &title, const QString &suggestedName,
                       const QString &filter) const;
    void finishSite(const QString &folder, const QString &summary, const QString &error);
    void offerToOpen(const QString &path, const QString &summary);

    ArticleStore &m_store;
    StoreOpener m_openWorkerStore;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel = false;
    bool m_openResults = true;
};

} // namespace newsroom
