#pragma once

#include "media/Picture.h"
#include "model/Article.h"
#include "render/PictureShelf.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace newsroom {

class ArchiveGateway;

// The pictures of the page the preview shows (issue 17), without waiting for the archive:
// each picture the article uses is looked up once (through the gateway) and remembered, so
// a keystroke renders at once; one not known yet shows as the renderer's placeholder until
// the answer comes (picturesChanged), and one the archive lacks stays a placeholder without
// being asked for again. forget() asks again after changes elsewhere (a picture added, its
// description changed), still showing what it knew until the new answer comes: no flicker.
class PreviewPictures : public QObject
{
    Q_OBJECT
public:
    explicit PreviewPictures(ArchiveGateway &gateway, QObject *parent = nullptr);

    // The shelf (target Preview) holding the article's pictures known so far.
    PictureShelf shelfFor(const Article &article);
    void forget();

Q_SIGNALS:
    void picturesChanged();

private:
    void lookUp(const QList<QByteArray> &hashes);

    ArchiveGateway &m_gateway;
    QHash<QByteArray, std::optional<Picture>> m_known; // by hash; nullopt: not in the archive
    QSet<QByteArray> m_current; // those of m_known answered since the last forget()
    quint64 m_generation = 0;   // answers from before forget() are dropped
    bool m_asking = false;
};

} // namespace newsroom
