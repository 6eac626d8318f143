#include "SitePublisher.h"

#include "ArchiveGateway.h"
#include "ExportController.h"
#include "OnAnswer.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QLocale>

namespace newsroom {

namespace {
// A QTimer counts in int milliseconds: a time further off is looked at again in 20 days.
constexpr qint64 kLongestWait = 20LL * 24 * 3600 * 1000;
} // namespace

SitePublisher::SitePublisher(ArchiveGateway &gateway, ExportController &exporter, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_exporter(exporter)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleDelay);
    connect(&m_settle, &QTimer::timeout, this, &SitePublisher::publishNow);
    m_scheduled.setSingleShot(true);
    connect(&m_scheduled, &QTimer::timeout, this, &SitePublisher::publishNow);
}

void SitePublisher::articleSaved(const Article &article)
{
    if (article.status == ArticleStatus::Published && !appsettings::publishFolder().isEmpty())
        m_settle.start();
}

void SitePublisher::publishNow()
{
    m_settle.stop();
    const QString folder = appsettings::publishFolder();
    if (folder.isEmpty())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const SiteExporter::Options options = m_exporter.siteOptions();
    auto report = m_gateway.run<SiteExporter::Report>(
        ArchiveGateway::Lane::Exports, [folder, options](ArticleStore &store) {
            return SiteExporter(store, options).exportTo(folder);
        });
    onAnswer(report, this, [this, folder](const StoreResult<SiteExporter::Report> &done) {
        finish(done, folder);
    });
}

void SitePublisher::finish(const StoreResult<SiteExporter::Report> &report, const QString &folder)
{
    m_running = false;
    if (!report) {
        Q_EMIT failed(tr("The site in %1 could not be brought up to date: %2")
                          .arg(QDir::toNativeSeparators(folder), report.error().message));
    } else {
        QString summary =
            tr("The site in %1 is up to date: %n page(s) written.", nullptr, report->written)
                .arg(QDir::toNativeSeparators(folder));
        m_nextScheduled = report->nextScheduled;
        if (m_nextScheduled.isValid()) {
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_nextScheduled) + 1000;
            m_scheduled.start(int(std::clamp<qint64>(wait, 0, kLongestWait)));
            summary += QLatin1Char(' ') + tr("Next scheduled article goes live %1.")
                                              .arg(QLocale().toString(m_nextScheduled.toLocalTime(),
                                                                      QLocale::ShortFormat));
        } else {
            m_scheduled.stop();
        }
        Q_EMIT published(summary);
    }
    if (std::exchange(m_again, false))
        publishNow();
}

} // namespace newsroom
