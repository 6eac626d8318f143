#pragma once

#include "media/Picture.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

namespace newsroom {

class ArchiveGateway;

// Small copies of the archive's pictures for the lead image and the library, with what the
// library says of each: read through the gateway's background lane once (from the narrowest
// rendition, never the original; opening an article never waits behind them), scaled there
// and kept (a few hundred at most). A picture not
// known yet answers nullptr and is asked for; ready() tells when it comes.
class PictureThumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWidth = 240; // pixels; the lead image's well and the library's tiles

    struct Entry
    {
        Picture picture;
        QImage image;          // null when its bytes could not be read
        bool complete = false; // read from the archive (not only remembered)
        QString problem;       // why it could not be read (the picture is null then)
    };

    explicit PictureThumbnails(ArchiveGateway &gateway, QObject *parent = nullptr);

    // nullptr while it is asked for; an entry with a null picture when the archive has none
    // of that hash, or could not say (its problem then says why; asked again after
    // forgetProblems()).
    const Entry *find(const QByteArray &hash);
    // A picture just stored: its words are known without asking (its thumbnail is not).
    void remember(const Picture &picture);
    // Pictures that could not be read are asked for again when next wanted (the archive is
    // back, or was changed elsewhere).
    void forgetProblems();

Q_SIGNALS:
    void ready(const QByteArray &hash);
    void missing(const QByteArray &hash, const QString &message);

private:
    void fetch(const QByteArray &hash);

    ArchiveGateway &m_gateway;
    QCache<QByteArray, Entry> m_entries;
    QSet<QByteArray> m_asking; // asked once at a time
};

} // namespace newsroom
