#include "PreviewPictures.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "media/PictureRefs.h"

namespace newsroom {

PreviewPictures::PreviewPictures(ArchiveGateway &gateway, QObject *parent)
    : QObject(parent), m_gateway(gateway)
{}

PictureShelf PreviewPictures::shelfFor(const Article &article)
{
    PictureShelf shelf;
    shelf.target = PictureShelf::Target::Preview;
    QList<QByteArray> unknown;
    for (const QByteArray &hash : picturerefs::usedBy(article)) {
        if (const auto known = m_known.constFind(hash); known != m_known.cend() && *known)
            shelf.add(**known);
        if (!m_current.contains(hash))
            unknown.append(hash);
    }
    if (!unknown.isEmpty() && !m_asking)
        lookUp(unknown);
    return shelf;
}

void PreviewPictures::forget()
{
    // What was known stays on the shelf until the new answer: the page does not blink.
    m_current.clear();
    m_asking = false;
    ++m_generation;
    Q_EMIT picturesChanged();
}

void PreviewPictures::lookUp(const QList<QByteArray> &hashes)
{
    using Found = QHash<QByteArray, std::optional<Picture>>;
    m_asking = true;
    const quint64 generation = m_generation;
    auto answer = m_gateway.run<Found>(
        ArchiveGateway::Lane::Reads, [hashes](ArticleStore &store) -> StoreResult<Found> {
            Found found;
            for (const QByteArray &hash : hashes) {
                auto picture = store.picture(hash);
                if (!picture && picture.error().code != StoreError::Code::NotFound)
                    return std::unexpected(picture.error());
                found.insert(hash, picture ? std::optional<Picture>(*picture) : std::nullopt);
            }
            return found;
        });
    onAnswer(answer, this, [this, generation](const StoreResult<Found> &found) {
        if (generation != m_generation)
            return;
        m_asking = false;
        if (!found)
            return; // the next change asks again
        for (auto it = found->cbegin(); it != found->cend(); ++it) {
            m_known.insert(it.key(), it.value());
            m_current.insert(it.key());
        }
        Q_EMIT picturesChanged();
    });
}

} // namespace newsroom
