#include "PreviewLinks.h"

#include "ArchiveGateway.h"
#include "render/PageLinks.h"

namespace newsroom {

PreviewLinks::PreviewLinks(ArchiveGateway &gateway, QObject *parent)
    : QObject(parent), m_gateway(gateway)
{}

PageContext PreviewLinks::contextFor(const Article &article)
{
    PageContext context;
    context.pagePath = pagelinks::pagePath(article.slug);
    QList<qint64> unknown;
    for (const RelatedItem &item : article.related) {
        if (!item.pointsToArchive()) {
            context.relatedHrefs.append(item.url);
        } else if (auto known = m_hrefs.constFind(item.targetId); known != m_hrefs.constEnd()) {
            context.relatedHrefs.append(*known);
        } else {
            context.relatedHrefs.append(QString());
            unknown.append(item.targetId);
        }
    }
    if (!unknown.isEmpty() && !m_asking)
        lookUp(unknown);
    return context;
}

void PreviewLinks::forget()
{
    m_hrefs.clear();
    m_asking = false;
    ++m_generation;
    Q_EMIT linksChanged();
}

void PreviewLinks::lookUp(const QList<qint64> &ids)
{
    using Hrefs = QHash<qint64, QString>;
    m_asking = true;
    const quint64 generation = m_generation;
    m_gateway
        .run<Hrefs>(ArchiveGateway::Lane::Reads,
                    [ids](ArticleStore &store) -> StoreResult<Hrefs> {
                        Hrefs hrefs;
                        for (qint64 id : ids) {
                            auto target = store.summary(id);
                            if (!target && target.error().code != StoreError::Code::NotFound)
                                return std::unexpected(target.error());
                            hrefs.insert(id,
                                         target ? pagelinks::pagePath(target->slug) : QString());
                        }
                        return hrefs;
                    })
        .then(this, [this, generation](const StoreResult<Hrefs> &hrefs) {
            if (generation != m_generation)
                return;
            m_asking = false;
            if (!hrefs)
                return; // the links stay out of the preview until the next change asks again
            m_hrefs.insert(*hrefs);
            // Queued: an answer ready before then() was attached comes at once, inside
            // contextFor(), whose caller would show its older context over this one.
            QMetaObject::invokeMethod(this, &PreviewLinks::linksChanged, Qt::QueuedConnection);
        });
}

} // namespace newsroom
