#pragma once

#include "export/SiteExporter.h"
#include "model/Article.h"

#include <QObject>
#include <QTimer>

namespace newsroom {

class ArchiveGateway;
class ExportController;

// "Published" means on the site: with a publish folder chosen in Preferences, the site in it
// is brought up to date (an incremental export) shortly after a published article is saved,
// and again when the next scheduled article's time comes, for as long as the app runs.
class SitePublisher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleDelay = 2000; // ms after the last save of a published article

    SitePublisher(ArchiveGateway &gateway, ExportController &exporter, QObject *parent = nullptr);

    // A save went through: a published article's brings the site up to date soon.
    void articleSaved(const Article &article);
    // Brings the site in the publish folder up to date now (nothing without a folder).
    void publishNow();
    bool isPublishing() const { return m_running; }
    // When the next scheduled article goes live on the site (invalid: none known).
    QDateTime nextScheduled() const { return m_nextScheduled; }

Q_SIGNALS:
    void published(const QString &summary);
    void failed(const QString &message);

private:
    void finish(const StoreResult<SiteExporter::Report> &report, const QString &folder);

    ArchiveGateway &m_gateway;
    ExportController &m_exporter;
    QTimer m_settle;
    QTimer m_scheduled;
    bool m_running = false;
    bool m_again = false; // asked while one ran: run once more after it
    QDateTime m_nextScheduled;
};

} // namespace newsroom
