#include "AtomFeed.h"

#include "model/ArticleJson.h"
#include "render/PageContext.h"
#include "render/PageLinks.h"
#include "render/PictureFigure.h"
#include "render/PictureUrls.h"

#include <QXmlStreamWriter>

namespace newsroom {

namespace {

const QString kMediaRss = QStringLiteral("http://search.yahoo.com/mrss/");

void writeLeadImage(QXmlStreamWriter &w, const Article &article, const QString &baseUrl,
                    const PictureShelf &pictures, const QHash<QString, qint64> &fileBytes)
{
    const PictureFigure::Lead lead = PictureFigure::lead(article.leadImage, pictures);
    const int width = lead.picture ? PictureFigure::widestWidth(*lead.picture) : 0;
    if (width <= 0)
        return;
    const QString path = pictureurls::sitePath(*lead.picture, width);
    const QString href = absoluteUrl(baseUrl, path);
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("enclosure"));
    const QString type = pictureurls::renditionMimeType(lead.picture->mimeType);
    w.writeAttribute(QStringLiteral("type"), type);
    if (const qint64 bytes = fileBytes.value(path, -1); bytes >= 0)
        w.writeAttribute(QStringLiteral("length"), QString::number(bytes));
    w.writeAttribute(QStringLiteral("href"), href);
    w.writeStartElement(kMediaRss, QStringLiteral("content"));
    w.writeAttribute(QStringLiteral("url"), href);
    w.writeAttribute(QStringLiteral("medium"), QStringLiteral("image"));
    w.writeAttribute(QStringLiteral("type"), type);
    const int height = width == lead.picture->width
                           ? lead.picture->height
                           : qRound(double(lead.picture->height) * width / lead.picture->width);
    w.writeAttribute(QStringLiteral("width"), QString::number(width));
    w.writeAttribute(QStringLiteral("height"), QString::number(height));
    if (!lead.caption.trimmed().isEmpty()) {
        w.writeStartElement(kMediaRss, QStringLiteral("description"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("plain"));
        w.writeCharacters(lead.caption);
        w.writeEndElement();
    }
    if (!lead.credit.trimmed().isEmpty())
        w.writeTextElement(kMediaRss, QStringLiteral("credit"), lead.credit);
    w.writeEndElement();
}

} // namespace

QByteArray atomFeed(const QList<Article> &newestFirst, const QString &siteName,
                    const QString &baseUrl, const PictureShelf &pictures,
                    const QHash<QString, qint64> &fileBytes)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("feed"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    w.writeNamespace(kMediaRss, QStringLiteral("media"));
    w.writeTextElement(QStringLiteral("title"), siteName);
    w.writeTextElement(QStringLiteral("id"), baseUrl.isEmpty() ? QStringLiteral("urn:newsroom:site")
                                                               : absoluteUrl(baseUrl, QString()));
    QDateTime updated;
    for (const Article &article : newestFirst)
        updated = std::max(updated, article.updatedAt);
    w.writeTextElement(
        QStringLiteral("updated"),
        json::timeToText(updated.isValid() ? updated : QDateTime::currentDateTimeUtc()));
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    w.writeAttribute(QStringLiteral("href"), absoluteUrl(baseUrl, QStringLiteral("feed.xml")));
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("href"), absoluteUrl(baseUrl, QStringLiteral("index.html")));
    for (const Article &article : newestFirst) {
        const QString url = absoluteUrl(baseUrl, pagelinks::pagePath(article.slug));
        w.writeStartElement(QStringLiteral("entry"));
        w.writeTextElement(QStringLiteral("title"), article.headline);
        w.writeTextElement(
            QStringLiteral("id"),
            baseUrl.isEmpty() ? QStringLiteral("urn:newsroom:article:%1").arg(article.id) : url);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), url);
        w.writeTextElement(QStringLiteral("updated"), json::timeToText(article.updatedAt));
        w.writeTextElement(QStringLiteral("published"), json::timeToText(article.date()));
        w.writeStartElement(QStringLiteral("author"));
        w.writeTextElement(QStringLiteral("name"),
                           article.byline.isEmpty() ? siteName : article.byline);
        w.writeEndElement();
        if (!article.dek.isEmpty())
            w.writeTextElement(QStringLiteral("summary"), article.dek);
        for (const QString &tag : article.tags) {
            w.writeEmptyElement(QStringLiteral("category"));
            w.writeAttribute(QStringLiteral("term"), tag);
        }
        writeLeadImage(w, article, baseUrl, pictures, fileBytes);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace newsroom
