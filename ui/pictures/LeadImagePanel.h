#pragma once

#include "PictureSource.h"
#include "media/Picture.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;
class PictureImporter;
class PictureThumbnails;

// The article's lead image, at the head of the details: the picture (pick it, drop one on it
// or paste one with Ctrl+V), and the caption, credit and alt text this article puts under it,
// which start as the library's. Choosing, replacing and removing the picture are undo steps of
// their own; typing its words merges as typing does.
class LeadImagePanel : public QWidget
{
    Q_OBJECT
public:
    LeadImagePanel(ArticleDocument &document, ArchiveGateway &gateway, PictureImporter &importer,
                   PictureThumbnails &thumbnails, QWidget *parent = nullptr);

    // Makes `picture` the lead image, with the library's words.
    void usePicture(const Picture &picture);
    // Imports the sources (the first picture that comes becomes the lead image).
    void importAndUse(const QList<PictureSource> &sources);
    void chooseFile();
    void paste();
    void remove();
    // The alt text's input, for the checklist to take the editor there.
    QWidget *altTextInput() const;
    QWidget *captionInput() const;
    QWidget *creditInput() const;
    // What the panel says under the picture (its file and size, or why it cannot show it).
    QString about() const;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildFields();
    void showLead();
    void showPicture();
    void editWords();
    void useHash(const QByteArray &hash);
    QObject *askingFor(qint64 articleId);

    ArticleDocument &m_document;
    ArchiveGateway &m_gateway;
    PictureImporter &m_importer;
    PictureThumbnails &m_thumbnails;
    bool m_showing = false;

    QToolButton *m_well; // the picture, or a place to drop one
    QLabel *m_about;
    QLabel *m_narrow; // said when it is too narrow for social cards
    QPushButton *m_remove;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_altText;
};

} // namespace newsroom
