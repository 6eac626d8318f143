#pragma once

#include "PictureSource.h"
#include "media/Picture.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QThreadPool>
#include <expected>
#include <functional>

namespace newsroom {

class ArchiveGateway;

// Brings pictures into the archive without the window waiting: each is decoded and its
// renditions made on a thread of its own, then stored on the gateway's write lane, one
// picture at a time (a 50-megapixel picture takes hundreds of megabytes while it is decoded,
// and a decoded one holds its original until it is stored). A refusal (not a picture, too
// large, damaged) is a sentence a person can act on; nothing else changes.
class PictureImporter : public QObject
{
    Q_OBJECT
public:
    using Result = std::expected<Picture, QString>;
    using Done = std::function<void(const Result &)>;

    explicit PictureImporter(ArchiveGateway &gateway, QObject *parent = nullptr);
    ~PictureImporter() override; // waits for a decode under way (it holds no archive)

    // Imports each source in turn; `done` runs on `context`'s thread once for each source,
    // never once `context` is gone: with the picture the archive then has (the same picture
    // again gives the one it had), or why it was refused.
    void import(const QList<PictureSource> &sources, QObject *context, Done done);
    // Pictures asked for and not yet stored or refused.
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

Q_SIGNALS:
    void imported(const newsroom::Picture &picture);
    void pendingChanged(int pending);

private:
    struct Request
    {
        PictureSource source;
        QPointer<QObject> context;
        Done done;
    };
    void startNext();
    void finish(const Request &request, const Result &result);

    ArchiveGateway &m_gateway;
    QThreadPool m_decoding;
    QQueue<Request> m_queue;
    bool m_busy = false;
};

} // namespace newsroom
