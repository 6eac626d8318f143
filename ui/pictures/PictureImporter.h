#pragma once

#include "PictureSource.h"
#include "media/Picture.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace newsroom {

class ArchiveGateway;

// Brings pictures into the archive without the window waiting: each is decoded and its
// renditions made on a thread of its own (one at a time: a 50-megapixel picture takes
// hundreds of megabytes while it is decoded), then stored on the gateway's write lane.
// A refusal (not a picture, too large, damaged) is said by failed() in words a person can
// act on; nothing else changes.
class PictureImporter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Picture &)>;

    explicit PictureImporter(ArchiveGateway &gateway, QObject *parent = nullptr);
    ~PictureImporter() override; // waits for a decode under way (it holds no archive)

    // Imports each source in turn; `done` runs on `context`'s thread once for each source,
    // never once `context` is gone: with the picture the archive then has (the same
    // picture again gives the one it had), or a null one when it was refused.
    void import(const QList<PictureSource> &sources, QObject *context, Done done);
    // Pictures asked for and not yet stored or refused.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void imported(const newsroom::Picture &picture);
    void failed(const QString &message);
    void pendingChanged(int pending);

private:
    void importOne(const PictureSource &source, QObject *context, Done done);
    void finishOne();

    ArchiveGateway &m_gateway;
    QThreadPool m_decoding;
    int m_pending = 0;
};

} // namespace newsroom
