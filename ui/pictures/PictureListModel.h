#pragma once

#include "media/Picture.h"

#include <QAbstractListModel>
#include <QHash>

namespace newsroom {

class PictureThumbnails;

// The pictures the library panel shows, with their thumbnails as they come. A row drags as
// the picture itself (PictureSource::kLibraryMimeType) and, for other programs, as the
// body's Markdown for it.
class PictureListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PictureListModel(PictureThumbnails &thumbnails, QObject *parent = nullptr);

    void setPictures(const QList<Picture> &pictures);
    // The row's picture with new words (after describePicture).
    void updatePicture(const Picture &picture);
    const Picture &picture(int row) const { return m_pictures.at(row); }
    int rowOf(const QByteArray &hash) const { return m_rows.value(hash, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    void onThumbnailReady(const QByteArray &hash);

    PictureThumbnails &m_thumbnails;
    QList<Picture> m_pictures;
    QHash<QByteArray, int> m_rows;
};

} // namespace newsroom
