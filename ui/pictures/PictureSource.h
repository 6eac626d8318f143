#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

class QMimeData;

namespace newsroom {

// One picture offered by a drop, a paste or a file dialog, not yet read: a local file, or
// an image the clipboard or another application handed over. Nothing is decoded here; the
// PictureImporter does that off the GUI thread, as hostile input.
struct PictureSource
{
    // What the picture library puts in a drag: one archive picture's hash.
    static constexpr const char *kLibraryMimeType = "application/x-newsroom-picture";

    QString path;     // a local file, read by PictureDecoder::decodeFile
    QByteArray bytes; // an encoded picture handed over as data (image/png…)
    QImage image;     // pixels only (a screenshot on the clipboard)
    QString name;     // what a message calls it

    // What a drop or paste offers: its local files named as pictures, else its encoded
    // picture, else its image. Empty when it holds no picture (text, web links: those stay text).
    static QList<PictureSource> fromMimeData(const QMimeData *data);
    static PictureSource file(const QString &path);
    // The archive picture a drag from the library names (empty for none).
    static QByteArray libraryHash(const QMimeData *data);
    // A picture from outside or from the library.
    static bool offered(const QMimeData *data);
};

} // namespace newsroom
