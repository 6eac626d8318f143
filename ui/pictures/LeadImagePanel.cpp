#include "LeadImagePanel.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "PictureImporter.h"
#include "PictureThumbnails.h"
#include "editor/ArticleDocument.h"
#include "editor/MenuShortcutFilter.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace newsroom {

namespace {
const QSize kWellSize(PictureThumbnails::kWidth, PictureThumbnails::kWidth * 9 / 16);
} // namespace

LeadImagePanel::LeadImagePanel(ArticleDocument &document, ArchiveGateway &gateway,
                               PictureImporter &importer, PictureThumbnails &thumbnails,
                               QWidget *parent)
    : QWidget(parent), m_document(document), m_gateway(gateway), m_importer(importer),
      m_thumbnails(thumbnails)
{
    setAcceptDrops(true);
    buildFields();
    connect(&m_document, &ArticleDocument::loaded, this, &LeadImagePanel::showLead);
    connect(&m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::LeadImage)
            showLead();
    });
    auto showIfLead = [this](const QByteArray &hash) {
        if (hash == m_document.article().leadImage.hash)
            showPicture();
    };
    connect(&m_thumbnails, &PictureThumbnails::ready, this, showIfLead);
    connect(&m_thumbnails, &PictureThumbnails::missing, this, showIfLead);
    showLead();
}

void LeadImagePanel::buildFields()
{
    m_well = new QToolButton;
    m_well->setObjectName(QStringLiteral("leadImageWell"));
    m_well->setAccessibleName(tr("Lead image"));
    m_well->setIconSize(kWellSize);
    m_well->setMinimumSize(kWellSize + QSize(8, 8));
    m_well->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_well->setToolTip(
        tr("Click to choose the lead image; drop a picture here or paste one "
           "with %1")
            .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    connect(m_well, &QToolButton::clicked, this, &LeadImagePanel::chooseFile);
    auto *pasteKey = new QShortcut(QKeySequence::Paste, m_well, this, &LeadImagePanel::paste,
                                   Qt::WidgetShortcut);
    Q_UNUSED(pasteKey)

    m_about = new QLabel;
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_narrow = new QLabel(tr("Narrower than %L1 pixels: social cards show it small or not at "
                             "all.")
                              .arg(Picture::kSocialCardWidth));
    m_narrow->setWordWrap(true);
    m_narrow->setForegroundRole(QPalette::PlaceholderText);
    m_narrow->hide();

    auto *choose = new QPushButton(tr("Pic&k File…"));
    choose->setToolTip(tr("Pick a picture file for the lead image"));
    auto *paste = new QPushButton(tr("Paste"));
    paste->setToolTip(tr("Use the picture on the clipboard"));
    m_remove = new QPushButton(tr("Re&move"));
    m_remove->setToolTip(tr("No lead image (the picture stays in the library)"));
    connect(choose, &QPushButton::clicked, this, &LeadImagePanel::chooseFile);
    connect(paste, &QPushButton::clicked, this, &LeadImagePanel::paste);
    connect(m_remove, &QPushButton::clicked, this, &LeadImagePanel::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(paste);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_caption = new QLineEdit;
    m_caption->setMaxLength(Picture::kMaxCaption);
    m_caption->setPlaceholderText(tr("What the picture shows, for this story"));
    m_credit = new QLineEdit;
    m_credit->setMaxLength(Picture::kMaxCredit);
    m_credit->setPlaceholderText(tr("Photo: name / agency"));
    m_altText = new QLineEdit;
    m_altText->setMaxLength(Picture::kMaxAltText);
    m_altText->setPlaceholderText(tr("What a reader who cannot see it needs"));
    for (QLineEdit *line : {m_caption, m_credit, m_altText})
        connect(line, &QLineEdit::textEdited, this, &LeadImagePanel::editWords);

    auto *title = new QLabel(tr("Lead image"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_well, 0, Qt::AlignLeft);
    layout->addWidget(m_about);
    layout->addWidget(m_narrow);
    layout->addLayout(buttons);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Ca&ption"), m_caption);
    form->addRow(tr("P&hoto credit"), m_credit);
    form->addRow(tr("Alt te&xt"), m_altText);
    layout->addLayout(form);

    auto *shortcuts = new MenuShortcutFilter(MenuShortcutFilter::Undo::Article, this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_caption, m_credit, m_altText})
        w->installEventFilter(shortcuts);
}

QWidget *LeadImagePanel::altTextInput() const
{
    return m_altText;
}

QWidget *LeadImagePanel::captionInput() const
{
    return m_caption;
}

QWidget *LeadImagePanel::creditInput() const
{
    return m_credit;
}

QString LeadImagePanel::about() const
{
    return m_about->text();
}

void LeadImagePanel::usePicture(const Picture &picture)
{
    if (!isEnabled()) {
        Q_EMIT failed(tr("An article in the trash keeps its lead image; restore the article to "
                         "change it."));
        return;
    }
    m_thumbnails.remember(picture);
    const bool replacing = !m_document.article().leadImage.isEmpty();
    const LeadImage lead{picture.hash, picture.caption, picture.credit, picture.altText};
    m_document.editApart(ArticleField::LeadImage, QVariant::fromValue(lead),
                         replacing ? tr("Replace the lead image") : tr("Set the lead image"));
}

void LeadImagePanel::importAndUse(const QList<PictureSource> &sources)
{
    if (sources.isEmpty())
        return;
    // Only for the story that asked: another one opened meanwhile keeps its own.
    auto *asking = askingFor(m_document.article().id);
    m_importer.import({sources.first()}, asking,
                      [this, asking](const PictureImporter::Result &picture) {
                          asking->deleteLater();
                          if (!picture)
                              Q_EMIT failed(picture.error());
                          else
                              usePicture(*picture);
                      });
}

void LeadImagePanel::chooseFile()
{
    importAndUse(PictureSource::askForFiles(this, tr("Choose the Lead Image"), false));
}

void LeadImagePanel::paste()
{
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    if (const QByteArray hash = PictureSource::libraryHash(clipboard); !hash.isEmpty()) {
        useHash(hash);
        return;
    }
    const QList<PictureSource> sources = PictureSource::fromMimeData(clipboard);
    if (sources.isEmpty())
        Q_EMIT failed(tr("The clipboard holds no picture. Copy one, or pick a file."));
    else
        importAndUse(sources);
}

void LeadImagePanel::remove()
{
    m_document.editApart(ArticleField::LeadImage, QVariant::fromValue(LeadImage{}),
                         tr("Remove the lead image"));
}

QObject *LeadImagePanel::askingFor(qint64 articleId)
{
    // Gone (and its answer dropped) once another story is in the editor; the same story
    // loaded again (a colleague's version taken) keeps it.
    auto *asking = new QObject(this);
    connect(&m_document, &ArticleDocument::loaded, asking, [this, asking, articleId] {
        if (articleId == 0 || m_document.article().id != articleId)
            asking->deleteLater();
    });
    return asking;
}

void LeadImagePanel::useHash(const QByteArray &hash)
{
    auto answer = m_gateway.run<Picture>(
        ArchiveGateway::Lane::Reads,
        [hash](ArticleStore &store) -> StoreResult<Picture> { return store.picture(hash); });
    auto *asking = askingFor(m_document.article().id);
    onAnswer(answer, asking, [this, asking](const StoreResult<Picture> &picture) {
        asking->deleteLater();
        if (picture)
            usePicture(*picture);
        else
            Q_EMIT failed(picture.error().message);
    });
}

void LeadImagePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (PictureSource::offered(event->mimeData()))
        event->acceptProposedAction();
}

void LeadImagePanel::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (const QByteArray hash = PictureSource::libraryHash(data); !hash.isEmpty())
        useHash(hash);
    else
        importAndUse(PictureSource::fromMimeData(data));
    event->acceptProposedAction();
}

void LeadImagePanel::editWords()
{
    if (m_showing)
        return;
    LeadImage lead = m_document.article().leadImage;
    if (lead.isEmpty())
        return;
    lead.caption = m_caption->text();
    lead.credit = m_credit->text();
    lead.altText = m_altText->text();
    m_document.edit(ArticleField::LeadImage, QVariant::fromValue(lead));
}

void LeadImagePanel::showLead()
{
    const LeadImage &lead = m_document.article().leadImage;
    const QScopedValueRollback showing(m_showing, true);
    const std::pair<QLineEdit *, const QString *> fields[] = {
        {m_caption, &lead.caption}, {m_credit, &lead.credit}, {m_altText, &lead.altText}};
    for (const auto &[line, text] : fields) {
        if (line->text() != *text) {
            line->setText(*text);
            line->home(false); // the start of a long caption, not its end
        }
        line->setEnabled(!lead.isEmpty());
    }
    m_remove->setEnabled(!lead.isEmpty());
    showPicture();
}

void LeadImagePanel::showPicture()
{
    const QByteArray hash = m_document.article().leadImage.hash;
    m_narrow->hide();
    if (hash.isEmpty()) {
        m_well->setIcon({});
        m_well->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_well->setText(tr("No lead image.\nDrop a picture here or choose one."));
        m_about->clear();
        m_about->hide();
        return;
    }
    m_about->show();
    const PictureThumbnails::Entry *entry = m_thumbnails.find(hash);
    if (!entry) {
        m_well->setIcon({});
        m_well->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_well->setText(tr("Loading the picture…"));
        m_about->clear();
        return;
    }
    if (entry->picture.isNull()) {
        m_well->setIcon({});
        m_well->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_well->setText(entry->problem.isEmpty() ? tr("Picture missing") : tr("Picture not read"));
        m_about->setText(!entry->problem.isEmpty()
                             ? entry->problem
                             : tr("The archive has no picture %1…: choose another lead image, "
                                  "or remove this one.")
                                   .arg(QString::fromLatin1(hash.left(12))));
        return;
    }
    const Picture &picture = entry->picture;
    m_well->setIcon(QPixmap::fromImage(entry->image));
    m_well->setToolButtonStyle(entry->image.isNull() ? Qt::ToolButtonTextOnly
                                                     : Qt::ToolButtonIconOnly);
    m_well->setText(picture.fileName);
    m_about->setText(
        tr("%1 · %L2 × %L3 pixels").arg(picture.fileName).arg(picture.width).arg(picture.height));
    m_well->setAccessibleDescription(m_about->text());
    m_narrow->setVisible(picture.width < Picture::kSocialCardWidth);
}

} // namespace newsroom
