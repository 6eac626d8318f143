#pragma once

#include "LatestAnswer.h"
#include "media/Picture.h"
#include "store/StoreError.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace newsroom {

class ArchiveGateway;
class PictureImporter;
class PictureListModel;
class PictureThumbnails;

// The archive's pictures, to use again: found by their caption, credit, alt text or file
// name as the editor types; shown as thumbnails, newest first; placed in the story or made
// its lead image (by button, double-click or drag); their library words (what a picture is
// given when it is next used) edited below the list.
class PictureLibraryPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 200; // the newest that match: a library is searched, not browsed

    PictureLibraryPanel(ArchiveGateway &gateway, PictureImporter &importer,
                        PictureThumbnails &thumbnails, QWidget *parent = nullptr);

    PictureListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QString status() const;
    // Asks the archive again (after an import, or changes elsewhere).
    void refresh();
    void addFiles();
    // The picture chosen in the list (null when none).
    Picture current() const;

Q_SIGNALS:
    void insertRequested(const newsroom::Picture &picture);
    void leadRequested(const newsroom::Picture &picture);
    void listed(); // the list shows the archive's answer
    void failed(const QString &message);
    void described(const newsroom::Picture &picture); // the library's words saved

private:
    void buildWidgets();
    void showPictures(const QList<Picture> &pictures);
    void showCurrent();
    void describeCurrent();

    ArchiveGateway &m_gateway;
    PictureImporter &m_importer;
    PictureThumbnails &m_thumbnails;
    PictureListModel *m_model;
    LatestAnswer<StoreResult<QList<Picture>>> m_listing;
    bool m_showing = false;
    QByteArray m_shown; // the picture whose words the fields show

    QLineEdit *m_search;
    QTimer *m_searchPause;
    QListView *m_list;
    QLabel *m_status;
    QPushButton *m_insert;
    QPushButton *m_lead;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_altText;
};

} // namespace newsroom
