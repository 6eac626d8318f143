#include "JsonLd.h"

#include "PictureFigure.h"
#include "UrlPolicy.h"
#include "model/ArticleJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace newsroom::jsonld {

QByteArray newsArticle(const Article &article, const PageContext &context, const QString &language)
{
    QJsonObject object{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), article.headline},
        {QStringLiteral("description"), article.dek},
        {QStringLiteral("inLanguage"), language},
    };
    if (article.updatedAt.isValid())
        object.insert(QStringLiteral("dateModified"), json::timeToText(article.updatedAt));
    if (article.publishedAt.isValid())
        object.insert(QStringLiteral("datePublished"), json::timeToText(article.publishedAt));
    if (!article.byline.isEmpty()) {
        object.insert(QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                  {QStringLiteral("name"), article.byline}});
    }
    if (!article.section.isEmpty())
        object.insert(QStringLiteral("articleSection"), article.section);
    if (!article.tags.isEmpty())
        object.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(article.tags));
    QJsonArray sources;
    for (const QString &url : article.sources) {
        if (const QString target = urlpolicy::forPage(url); !target.isEmpty())
            sources.append(target);
    }
    if (!sources.isEmpty())
        object.insert(QStringLiteral("isBasedOn"), sources);
    if (const QString url = context.canonicalUrl(); !url.isEmpty()) {
        object.insert(QStringLiteral("mainEntityOfPage"), url);
        object.insert(QStringLiteral("url"), url);
    }
    if (article.aiGenerated)
        object.insert(QStringLiteral("digitalSourceType"), QString::fromLatin1(kAiSourceType));
    if (const auto lead = PictureFigure::lead(article.leadImage, context.pictures); lead.picture) {
        // Only with an absolute address (a site with a base URL), as og:image.
        if (const auto image = PictureFigure::socialImage(*lead.picture, context);
            !image.url.isEmpty()) {
            QJsonObject picture{{QStringLiteral("@type"), QStringLiteral("ImageObject")},
                                {QStringLiteral("url"), image.url},
                                {QStringLiteral("width"), image.width},
                                {QStringLiteral("height"), image.height}};
            if (!lead.caption.trimmed().isEmpty())
                picture.insert(QStringLiteral("caption"), lead.caption);
            if (!lead.credit.trimmed().isEmpty())
                picture.insert(QStringLiteral("creditText"), lead.credit);
            object.insert(QStringLiteral("image"), picture);
        }
    }

    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    json.replace("\xE2\x80\xA8", "\\u2028").replace("\xE2\x80\xA9", "\\u2029");
    return json;
}

} // namespace newsroom::jsonld
