#include "PictureThumbnails.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"

#include <QBuffer>
#include <QImageReader>

namespace newsroom {

namespace {
constexpr int kKept = 400; // entries (about 60 KB each)
constexpr int kDecodeLimitMb = 64;

// The narrowest rendition, scaled to a thumbnail's width while it is read.
QImage scaledThumbnail(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(kDecodeLimitMb);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > PictureThumbnails::kWidth)
        reader.setScaledSize(
            size.scaled(PictureThumbnails::kWidth, size.height(), Qt::KeepAspectRatio));
    return reader.read();
}
} // namespace

PictureThumbnails::PictureThumbnails(ArchiveGateway &gateway, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_entries(kKept)
{}

const PictureThumbnails::Entry *PictureThumbnails::find(const QByteArray &hash)
{
    if (hash.isEmpty())
        return nullptr;
    const Entry *entry = m_entries.object(hash);
    if (!entry || !entry->complete)
        fetch(hash);
    return entry;
}

void PictureThumbnails::remember(const Picture &picture)
{
    Entry *entry = m_entries.object(picture.hash);
    if (entry) {
        entry->picture = picture;
        return;
    }
    m_entries.insert(picture.hash, new Entry{picture, {}, false, {}});
}

void PictureThumbnails::forgetProblems()
{
    const QList<QByteArray> hashes = m_entries.keys();
    for (const QByteArray &hash : hashes) {
        const Entry *entry = m_entries.object(hash);
        if (entry && entry->picture.isNull())
            m_entries.remove(hash);
    }
}

void PictureThumbnails::fetch(const QByteArray &hash)
{
    if (m_asking.contains(hash))
        return;
    m_asking.insert(hash);
    auto answer = m_gateway.run<Entry>(
        ArchiveGateway::Lane::Background, [hash](ArticleStore &store) -> StoreResult<Entry> {
            auto picture = store.picture(hash);
            if (!picture)
                return std::unexpected(picture.error());
            Entry entry{*picture, {}, true, {}};
            if (!picture->renditionWidths.isEmpty()) {
                auto bytes = store.pictureBytes(hash, picture->renditionWidths.first());
                if (!bytes)
                    return std::unexpected(bytes.error());
                entry.image = scaledThumbnail(*bytes);
            }
            return entry;
        });
    onAnswer(answer, this, [this, hash](const StoreResult<Entry> &entry) {
        m_asking.remove(hash);
        if (!entry) {
            // Remembered as missing (asked again only after forgetProblems()), so that
            // painting it does not ask on every frame.
            const bool notFound = entry.error().code == StoreError::Code::NotFound;
            m_entries.insert(hash,
                             new Entry{{}, {}, true, notFound ? QString() : entry.error().message});
            Q_EMIT missing(hash, entry.error().message);
            return;
        }
        m_entries.insert(hash, new Entry(*entry));
        Q_EMIT ready(hash);
    });
}

} // namespace newsroom
