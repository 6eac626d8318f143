#include "AtomFeed.h"

#include "model/ArticleJson.h"
#include "render/PageContext.h"
#include "render/PageLinks.h"

#include <QXmlStreamWriter>

namespace newsroom {

namespace {} // namespace

QByteArray atomFeed(const QList<Article> &newestFirst, const QString &siteName,
                    const QString &baseUrl)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("feed"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
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
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace newsroom
