#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

class QMimeData;
class QWidget;

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

    // Whether `data` offers a picture, from its formats and file names alone (a drag asks
    // at every move; another program's bytes are fetched only on the drop): local files
    // named as pictures, an encoded picture or an image, or the library's picture. Text
    // wins over an image beside it (cells copied from a spreadsheet come with a picture of
    // themselves): that stays a paste of text.
    static bool offered(const QMimeData *data);
    // What a drop or paste offers (read now): its local files named as pictures, else its
    // encoded picture, else its image.
    static QList<PictureSource> fromMimeData(const QMimeData *data);
    // The archive picture a drag from the library names (empty for none).
    static QByteArray libraryHash(const QMimeData *data);
    static PictureSource file(const QString &path);
    // Asks for picture files (one, or `several`), from the user's pictures folder.
    static QList<PictureSource> askForFiles(QWidget *parent, const QString &title, bool several);
};

} // namespace newsroom
