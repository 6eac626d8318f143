#include "PictureLibraryPanel.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "PictureImporter.h"
#include "PictureListModel.h"
#include "PictureSource.h"
#include "PictureThumbnails.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace newsroom {

namespace {
constexpr int kSearchPause = 250; // ms of no typing before the archive is asked
// Two tiles side by side in a panel a fifth of a 1280-pixel window wide.
constexpr QSize kTile(88, 50);
} // namespace

PictureLibraryPanel::PictureLibraryPanel(ArchiveGateway &gateway, PictureImporter &importer,
                                         PictureThumbnails &thumbnails, QWidget *parent)
    : QWidget(parent), m_gateway(gateway), m_importer(importer), m_thumbnails(thumbnails),
      m_model(new PictureListModel(thumbnails, this))
{
    buildWidgets();
    connect(&m_importer, &PictureImporter::imported, this, &PictureLibraryPanel::refresh);
    refresh();
}

void PictureLibraryPanel::buildWidgets()
{
    m_search = new QLineEdit;
    m_search->setAccessibleName(tr("Find pictures"));
    m_search->setPlaceholderText(tr("Find pictures"));
    m_search->setToolTip(tr("Words of a picture's caption, credit, alt text or file name"));
    m_search->setClearButtonEnabled(true);
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPause);
    connect(m_search, &QLineEdit::textEdited, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &PictureLibraryPanel::refresh);

    m_list = new QListView;
    m_list->setAccessibleName(tr("Pictures in the archive"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kTile);
    m_list->setGridSize(kTile + QSize(12, fontMetrics().height() + 10));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setModel(m_model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PictureLibraryPanel::showCurrent);
    connect(m_list, &QListView::activated, this, [this] {
        if (!current().isNull())
            Q_EMIT insertRequested(current());
    });

    m_status = new QLabel;
    m_status->setWordWrap(true);
    // No Alt keys here: the panel shows beside the details, whose fields have them all.
    auto *add = new QPushButton(tr("Add Pictures…"));
    add->setToolTip(tr("Bring picture files into the archive's library"));
    m_insert = new QPushButton(tr("Insert in Story"));
    m_insert->setToolTip(tr("Place the picture in the story at the cursor"));
    m_lead = new QPushButton(tr("Use as Lead Image"));
    connect(add, &QPushButton::clicked, this, &PictureLibraryPanel::addFiles);
    connect(m_insert, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(current()); });
    connect(m_lead, &QPushButton::clicked, this, [this] { Q_EMIT leadRequested(current()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addWidget(m_lead);
    buttons->addStretch();

    m_caption = new QLineEdit;
    m_caption->setMaxLength(Picture::kMaxCaption);
    m_credit = new QLineEdit;
    m_credit->setMaxLength(Picture::kMaxCredit);
    m_altText = new QLineEdit;
    m_altText->setMaxLength(Picture::kMaxAltText);
    for (QLineEdit *line : {m_caption, m_credit, m_altText})
        connect(line, &QLineEdit::editingFinished, this, &PictureLibraryPanel::describeCurrent);
    auto *words = new QFormLayout;
    words->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    words->setRowWrapPolicy(QFormLayout::WrapLongRows);
    words->addRow(tr("Caption"), m_caption);
    words->addRow(tr("Photo credit"), m_credit);
    words->addRow(tr("Alt text"), m_altText);
    // The library's words, not a story's: say so where they are typed.
    m_caption->setPlaceholderText(tr("The library's caption"));
    m_credit->setPlaceholderText(tr("The library's credit"));
    m_altText->setPlaceholderText(tr("The library's alt text"));
    for (QLineEdit *line : {m_caption, m_credit, m_altText})
        line->setToolTip(tr("What a story that uses the picture next starts with; the stories "
                            "that use it now keep their own words"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addLayout(words);
}

QString PictureLibraryPanel::status() const
{
    return m_status->text();
}

Picture PictureLibraryPanel::current() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_model->picture(index.row()) : Picture();
}

void PictureLibraryPanel::refresh()
{
    const QString words = m_search->text().simplified();
    m_listing.ask(m_gateway.run<QList<Picture>>(
                      ArchiveGateway::Lane::Reads,
                      [words](ArticleStore &store) { return store.pictures(words, kShown); }),
                  this, [this, words](const StoreResult<QList<Picture>> &pictures) {
                      if (!pictures) {
                          m_status->setText(pictures.error().message);
                          return;
                      }
                      showPictures(*pictures);
                      if (pictures->isEmpty())
                          m_status->setText(
                              words.isEmpty()
                                  ? tr("No pictures yet: drop one on the story or "
                                       "add some.")
                                  : tr("No picture matches \u201c%1\u201d.").arg(words));
                      else
                          m_status->setText(tr("%n picture(s)", "", int(pictures->size())));
                      Q_EMIT listed();
                  });
}

void PictureLibraryPanel::showPictures(const QList<Picture> &pictures)
{
    // The words being typed for the chosen picture are sent first, and the fields keep them
    // (and the focus) when that picture is still in the list.
    describeCurrent();
    const QByteArray chosen = current().hash;
    {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_model->setPictures(pictures);
        if (const int row = m_model->rowOf(chosen); row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    }
    m_list->viewport()->update();
    showCurrent();
}

void PictureLibraryPanel::addFiles()
{
    const QList<PictureSource> sources =
        PictureSource::askForFiles(this, tr("Add Pictures to the Archive"), true);
    // imported() refreshes the list; a refusal is said.
    m_importer.import(sources, this, [this](const PictureImporter::Result &picture) {
        if (!picture)
            Q_EMIT failed(picture.error());
    });
}

void PictureLibraryPanel::showCurrent()
{
    const Picture picture = current();
    const QScopedValueRollback showing(m_showing, true);
    const bool typing =
        picture.hash == m_shown &&
        (m_caption->isModified() || m_credit->isModified() || m_altText->isModified());
    m_shown = picture.hash;
    if (!typing) {
        m_caption->setText(picture.caption);
        m_credit->setText(picture.credit);
        m_altText->setText(picture.altText);
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_caption, m_credit, m_altText, m_insert, m_lead})
        w->setEnabled(!picture.isNull());
}

void PictureLibraryPanel::describeCurrent()
{
    const Picture picture = current();
    if (m_showing || picture.isNull() ||
        (picture.caption == m_caption->text() && picture.credit == m_credit->text() &&
         picture.altText == m_altText->text()))
        return;
    const QByteArray hash = picture.hash;
    const QString caption = m_caption->text();
    const QString credit = m_credit->text();
    const QString altText = m_altText->text();
    Picture sent = picture; // shown at once: asked again meanwhile, the words are not resent
    sent.caption = caption;
    sent.credit = credit;
    sent.altText = altText;
    m_model->updatePicture(sent);
    auto answer = m_gateway.run<Picture>(
        ArchiveGateway::Lane::Writes, [hash, caption, credit, altText](ArticleStore &store) {
            return store.describePicture(hash, caption, credit, altText);
        });
    onAnswer(answer, this, [this](const StoreResult<Picture> &saved) {
        if (!saved) {
            Q_EMIT failed(saved.error().message);
            return;
        }
        m_thumbnails.remember(*saved);
        m_model->updatePicture(*saved);
        Q_EMIT described(*saved);
    });
}

} // namespace newsroom
