#include "BodyPictures.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "PictureImporter.h"
#include "editor/ArticleDocument.h"
#include "editor/BodyEditor.h"
#include "media/PictureRefs.h"

#include <QFileDialog>
#include <QMimeData>
#include <QStandardPaths>
#include <QTextCursor>

namespace newsroom {

namespace {
// A place in the body that moves with the text typed before it while a picture is read.
class BodyPlace : public QObject
{
public:
    BodyPlace(QTextDocument *text, int position, QObject *parent) : QObject(parent), m_cursor(text)
    {
        m_cursor.setPosition(std::clamp(position, 0, text->characterCount() - 1));
    }
    int position() const { return m_cursor.position(); }

private:
    QTextCursor m_cursor;
};

// Follows `position` until the picture comes. Another article in the editor meanwhile: the
// place is gone, and so is the picture's answer (it stays in the library).
BodyPlace *placeFor(ArticleDocument &document, BodyEditor *body, int position, QObject *parent)
{
    auto *place = new BodyPlace(body->document(), position, parent);
    QObject::connect(&document, &ArticleDocument::loaded, place, &QObject::deleteLater);
    return place;
}

// The picture as a paragraph of its own at `at` of `body`.
QString withPicture(const QString &body, qsizetype at, const QString &image, qsizetype *end)
{
    const QString before = body.left(at);
    const QString after = body.mid(at);
    QString lead;
    if (!before.isEmpty() && !before.endsWith(QLatin1String("\n\n")))
        lead = before.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n");
    QString trail;
    if (!after.isEmpty() && !after.startsWith(QLatin1String("\n\n")))
        trail = after.startsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n");
    *end = before.size() + lead.size() + image.size() + trail.size();
    return before + lead + image + trail + after;
}
} // namespace

BodyPictures::BodyPictures(ArticleDocument &document, BodyEditor *body, ArchiveGateway &gateway,
                           PictureImporter &importer, QObject *parent)
    : QObject(parent), m_document(document), m_body(body), m_gateway(gateway), m_importer(importer)
{
    connect(m_body, &BodyEditor::pictureOffered, this, &BodyPictures::onOffered);
}

void BodyPictures::insert(const Picture &picture)
{
    insertAt(picture, m_body->textCursor().position());
}

void BodyPictures::insertAt(const Picture &picture, int position)
{
    if (!m_body->isEnabled() || m_body->isReadOnly()) {
        Q_EMIT failed(tr("The story cannot be changed while it is in the trash; the picture is "
                         "in the library. Restore the article to place it."));
        return;
    }
    const QString &body = m_document.article().body;
    qsizetype end = 0;
    const QString next = withPicture(
        body, std::clamp<qsizetype>(position, 0, body.size()),
        picturerefs::markdownImage(picture.hash, picture.altText, picture.caption), &end);
    m_document.editApart(ArticleField::Body, next, tr("Insert picture"));
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(int(std::min<qsizetype>(end, m_body->document()->characterCount() - 1)));
    m_body->setTextCursor(cursor);
}

void BodyPictures::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_body, tr("Insert Pictures"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"));
    QList<PictureSource> sources;
    for (const QString &path : paths)
        sources.append(PictureSource::file(path));
    importAt(sources, m_body->textCursor().position());
}

void BodyPictures::importAt(const QList<PictureSource> &sources, int position)
{
    if (sources.isEmpty())
        return;
    auto *place = placeFor(m_document, m_body, position, this);
    auto left = std::make_shared<qsizetype>(sources.size());
    m_importer.import(sources, place, [this, place, left](const Picture &picture) {
        if (!picture.isNull()) // a refusal was said by the importer
            insertAt(picture, place->position());
        if (--*left == 0)
            place->deleteLater(); // every picture placed or refused
    });
}

void BodyPictures::insertHashAt(const QByteArray &hash, int position)
{
    auto *place = placeFor(m_document, m_body, position, this);
    auto answer = m_gateway.run<Picture>(
        ArchiveGateway::Lane::Reads,
        [hash](ArticleStore &store) -> StoreResult<Picture> { return store.picture(hash); });
    onAnswer(answer, place, [this, place](const StoreResult<Picture> &picture) {
        if (picture)
            insertAt(*picture, place->position());
        else
            Q_EMIT failed(picture.error().message);
        place->deleteLater();
    });
}

void BodyPictures::onOffered(const QMimeData *data, int position)
{
    if (const QByteArray hash = PictureSource::libraryHash(data); !hash.isEmpty())
        insertHashAt(hash, position);
    else
        importAt(PictureSource::fromMimeData(data), position);
}

} // namespace newsroom
