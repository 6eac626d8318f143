#include "BodyPictures.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "editor/ArticleDocument.h"
#include "editor/BodyEditor.h"
#include "media/PictureRefs.h"

#include <QMimeData>
#include <QTextCursor>

namespace newsroom {

namespace {
// A place in the body that moves with the text typed before it while a picture is read, and
// knows when the story it belongs to is no longer the one in the editor.
class BodyPlace : public QObject
{
public:
    BodyPlace(ArticleDocument &document, QTextDocument *text, int position, QObject *parent)
        : QObject(parent), m_cursor(text), m_articleId(document.article().id)
    {
        m_cursor.setPosition(std::clamp(position, 0, text->characterCount() - 1));
        // The same story loaded again (a colleague's version taken) keeps the place.
        connect(&document, &ArticleDocument::loaded, this, [this, &document] {
            m_gone = m_gone || document.article().id != m_articleId || m_articleId == 0;
        });
    }
    int position() const { return m_cursor.position(); }
    bool isGone() const { return m_gone; }

private:
    QTextCursor m_cursor;
    qint64 m_articleId;
    bool m_gone = false;
};

// A picture is a paragraph: dropped inside one, it goes after it.
qsizetype paragraphBoundary(const QString &body, qsizetype at)
{
    if (at <= 0 || at >= body.size() || body[at - 1] == u'\n' || body[at] == u'\n')
        return at;
    const qsizetype lineEnd = body.indexOf(u'\n', at);
    return lineEnd < 0 ? body.size() : lineEnd;
}

// The picture as a paragraph of its own at `at` of `body`; `end` gets where it ends.
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
    *end = before.size() + lead.size() + image.size();
    return before + lead + image + trail + after;
}
} // namespace

BodyPictures::BodyPictures(ArticleDocument &document, BodyEditor *body, ArchiveGateway &gateway,
                           PictureImporter &importer, QObject *parent)
    : QObject(parent), m_document(document), m_body(body), m_gateway(gateway), m_importer(importer)
{
    connect(m_body, &BodyEditor::pictureOffered, this, &BodyPictures::onOffered);
}

bool BodyPictures::canChange()
{
    if (m_body->isEnabled() && !m_body->isReadOnly())
        return true;
    Q_EMIT failed(tr("The story cannot be changed while it is in the trash; the picture is in "
                     "the library. Restore the article to place it."));
    return false;
}

void BodyPictures::insert(const Picture &picture)
{
    insertAt(picture, m_body->textCursor().position(), Caret::AfterPicture);
}

void BodyPictures::insertAt(const Picture &picture, int position, Caret caret)
{
    if (!canChange())
        return;
    const QString &body = m_document.article().body;
    const qsizetype at = paragraphBoundary(body, std::clamp<qsizetype>(position, 0, body.size()));
    qsizetype end = 0;
    const QString next = withPicture(
        body, at, picturerefs::markdownImage(picture.hash, picture.altText, picture.caption), &end);
    const QTextCursor typing = m_body->textCursor(); // follows the edit
    m_document.editApart(ArticleField::Body, next, tr("Insert picture"));
    QTextCursor cursor = typing;
    if (caret == Caret::AfterPicture)
        cursor.setPosition(int(std::min<qsizetype>(end, m_body->document()->characterCount() - 1)));
    m_body->setTextCursor(cursor);
}

void BodyPictures::chooseFiles()
{
    if (canChange())
        importAt(PictureSource::askForFiles(m_body, tr("Insert Pictures"), true),
                 m_body->textCursor().position());
}

void BodyPictures::importAt(const QList<PictureSource> &sources, int position)
{
    if (sources.isEmpty() || !canChange())
        return;
    auto *place = new BodyPlace(m_document, m_body->document(), position, this);
    struct Batch
    {
        qsizetype left;
        QStringList refused;
        QStringList unplaced;
    };
    auto batch = std::make_shared<Batch>(Batch{sources.size(), {}, {}});
    m_importer.import(sources, place, [this, place, batch](const PictureImporter::Result &result) {
        if (!result)
            batch->refused.append(result.error());
        else if (place->isGone())
            batch->unplaced.append(result->fileName);
        else
            insertAt(*result, place->position(), Caret::Stays);
        if (--batch->left > 0)
            return;
        place->deleteLater();
        if (batch->refused.size() == 1) {
            Q_EMIT failed(batch->refused.first());
        } else if (batch->refused.size() > 1) {
            Q_EMIT failed(tr("%n of the pictures were not added. The first: %1", "",
                             int(batch->refused.size()))
                              .arg(batch->refused.first()));
        }
        if (!batch->unplaced.isEmpty()) {
            Q_EMIT failed(tr("%1 is in the picture library; the story it was dropped into was "
                             "closed meanwhile. Place it from the Pictures panel.")
                              .arg(batch->unplaced.join(QStringLiteral(", "))));
        }
    });
}

void BodyPictures::insertHashAt(const QByteArray &hash, int position)
{
    auto *place = new BodyPlace(m_document, m_body->document(), position, this);
    auto answer = m_gateway.run<Picture>(
        ArchiveGateway::Lane::Reads,
        [hash](ArticleStore &store) -> StoreResult<Picture> { return store.picture(hash); });
    onAnswer(answer, place, [this, place](const StoreResult<Picture> &picture) {
        place->deleteLater();
        if (!picture)
            Q_EMIT failed(picture.error().message);
        else if (!place->isGone())
            insertAt(*picture, place->position(), Caret::AfterPicture);
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
