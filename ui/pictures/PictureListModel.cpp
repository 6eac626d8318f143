#include "PictureListModel.h"

#include "PictureSource.h"
#include "PictureThumbnails.h"
#include "media/PictureRefs.h"

#include <QIcon>
#include <QMimeData>
#include <QPixmap>

namespace newsroom {

PictureListModel::PictureListModel(PictureThumbnails &thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_thumbnails(thumbnails)
{
    connect(&m_thumbnails, &PictureThumbnails::ready, this, &PictureListModel::onThumbnailReady);
}

void PictureListModel::setPictures(const QList<Picture> &pictures)
{
    if (pictures == m_pictures)
        return; // asked again with nothing new: the view keeps its place and selection
    beginResetModel();
    m_pictures = pictures;
    m_rows.clear();
    for (int row = 0; row < m_pictures.size(); ++row)
        m_rows.insert(m_pictures[row].hash, row);
    endResetModel();
}

void PictureListModel::updatePicture(const Picture &picture)
{
    const int row = rowOf(picture.hash);
    if (row < 0)
        return;
    m_pictures[row] = picture;
    Q_EMIT dataChanged(index(row), index(row));
}

int PictureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pictures.size());
}

QVariant PictureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Picture &picture = m_pictures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return picture.caption.isEmpty() ? picture.fileName : picture.caption;
    case Qt::DecorationRole: {
        const PictureThumbnails::Entry *entry = m_thumbnails.find(picture.hash);
        // An icon, which the view scales to its tiles (a pixmap is drawn as large as it is).
        return entry && !entry->image.isNull() ? QVariant(QIcon(QPixmap::fromImage(entry->image)))
                                               : QVariant();
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines{tr("%1, %L2 × %L3 pixels")
                              .arg(picture.fileName)
                              .arg(picture.width)
                              .arg(picture.height)};
        if (!picture.credit.isEmpty())
            lines << picture.credit;
        if (picture.altText.isEmpty())
            lines << tr("No alt text yet");
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

Qt::ItemFlags PictureListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList PictureListModel::mimeTypes() const
{
    return {QString::fromLatin1(PictureSource::kLibraryMimeType), QStringLiteral("text/plain")};
}

QMimeData *PictureListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const Picture &picture = m_pictures.at(indexes.first().row());
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(PictureSource::kLibraryMimeType), picture.hash);
    data->setText(picturerefs::markdownImage(picture.hash, picture.altText, picture.caption));
    return data;
}

void PictureListModel::onThumbnailReady(const QByteArray &hash)
{
    const int row = rowOf(hash);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

} // namespace newsroom
