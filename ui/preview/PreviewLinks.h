#pragma once

#include "model/Article.h"
#include "render/PageContext.h"

#include <QHash>
#include <QObject>

namespace newsroom {

class ArchiveGateway;

// The links of the page the preview shows, without waiting for the archive: each related
// archive article's page is looked up once (through the gateway) and remembered, so a
// keystroke renders at once; an item not known yet shows without its link until the
// answer comes (linksChanged), and forget() starts over after changes elsewhere.
class PreviewLinks : public QObject
{
    Q_OBJECT
public:
    explicit PreviewLinks(ArchiveGateway &gateway, QObject *parent = nullptr);

    PageContext contextFor(const Article &article);
    void forget();

Q_SIGNALS:
    void linksChanged();

private:
    void lookUp(const QList<qint64> &ids);

    ArchiveGateway &m_gateway;
    QHash<qint64, QString> m_hrefs; // article id -> its page ("" when it is gone)
    quint64 m_generation = 0;       // answers from before forget() are dropped
    bool m_asking = false;
};

} // namespace newsroom
