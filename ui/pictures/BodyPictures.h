#pragma once

#include "PictureImporter.h"
#include "PictureSource.h"
#include "media/Picture.h"

#include <QObject>

class QMimeData;

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;
class BodyEditor;

// Places pictures in the story's body: dropped or pasted files and images (imported first,
// off the GUI thread), pictures dragged from the library, and Format → Insert Picture.
// Each is a paragraph of its own, ![alt](media:HASH "caption") with the library's words,
// after the paragraph it was dropped on (the text typed meanwhile moves that place along),
// and one undo step. A picture that comes while the editor types elsewhere leaves the
// caret where it is.
class BodyPictures : public QObject
{
    Q_OBJECT
public:
    BodyPictures(ArticleDocument &document, BodyEditor *body, ArchiveGateway &gateway,
                 PictureImporter &importer, QObject *parent = nullptr);

    // At the cursor, which goes after the picture.
    void insert(const Picture &picture);
    void chooseFiles();
    void importAt(const QList<PictureSource> &sources, int position);

Q_SIGNALS:
    void failed(const QString &message);

private:
    enum class Caret
    {
        Stays, // where the editor is typing
        AfterPicture,
    };
    void insertAt(const Picture &picture, int position, Caret caret);
    void onOffered(const QMimeData *data, int position);
    void insertHashAt(const QByteArray &hash, int position);
    bool canChange();

    ArticleDocument &m_document;
    BodyEditor *m_body;
    ArchiveGateway &m_gateway;
    PictureImporter &m_importer;
};

} // namespace newsroom
