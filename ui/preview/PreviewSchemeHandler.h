#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

namespace newsroom {

class ArchiveGateway;

// Answers the preview scheme: page.html with the current page, and media/HASH-WIDTH with
// that rendition of an archive picture (issue 17), read through the gateway's reads lane
// without the GUI thread waiting. Only the widths a page may name (its renditions) are
// served, never the original (width 0), whose metadata may hold a source's position.
// Nothing else exists. Recent renditions are kept (up to kCacheBytes), so that a patch
// that puts a picture back into the page does not read it again.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr qsizetype kCacheBytes = 32 * 1024 * 1024;

    explicit PreviewSchemeHandler(QObject *parent = nullptr);
    ~PreviewSchemeHandler() override;

    void setPage(const QByteArray &html) { m_html = html; }
    // Where pictures come from; without an archive every picture request fails.
    void setArchive(ArchiveGateway *gateway);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // For tests and the bench: picture requests asked, and renditions read from the archive.
    int pictureRequests() const { return m_pictureRequests; }
    int archiveReads() const { return m_archiveReads; }

    struct Rendition
    {
        QByteArray bytes;
        QByteArray mimeType;
    };

private:
    void readRendition(const QByteArray &hash, int width);
    static void reply(QWebEngineUrlRequestJob *job, const Rendition &rendition);

    QByteArray m_html;
    QPointer<ArchiveGateway> m_gateway;
    QCache<QByteArray, Rendition> m_cache; // by "HASH-WIDTH", costing its bytes
    // The jobs waiting for a rendition being read, by "HASH-WIDTH": Chromium may cancel
    // (delete) any of them meanwhile.
    QHash<QByteArray, QList<QPointer<QWebEngineUrlRequestJob>>> m_waiting;
    int m_pictureRequests = 0;
    int m_archiveReads = 0;
};

} // namespace newsroom
