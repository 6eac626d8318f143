#pragma once

#include "PictureSource.h"
#include "media/Picture.h"

#include <QObject>

class QMimeData;

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;
class BodyEditor;
class PictureImporter;

// Places pictures in the story's body: dropped or pasted files and images (imported first,
// off the GUI thread), pictures dragged from the library, and Format → Insert Picture.
// Each is a paragraph of its own, ![alt](media:HASH "caption") with the library's words,
// where it was dropped (the text typed meanwhile moves it along), and one undo step.
class BodyPictures : public QObject
{
    Q_OBJECT
public:
    BodyPictures(ArticleDocument &document, BodyEditor *body, ArchiveGateway &gateway,
                 PictureImporter &importer, QObject *parent = nullptr);

    // At the cursor.
    void insert(const Picture &picture);
    void chooseFiles();
    // At `position` of the body as it is now.
    void insertAt(const Picture &picture, int position);
    void importAt(const QList<PictureSource> &sources, int position);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onOffered(const QMimeData *data, int position);
    void insertHashAt(const QByteArray &hash, int position);

    ArticleDocument &m_document;
    BodyEditor *m_body;
    ArchiveGateway &m_gateway;
    PictureImporter &m_importer;
};

} // namespace newsroom
