#include "ArticleJson.h"

#include "media/Picture.h"
#include "media/PictureRefs.h"

#include <QJsonArray>
#include <algorithm>

namespace newsroom::json {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QJsonObject fromRelated(const RelatedItem &item)
{
    QJsonObject object{{QStringLiteral("title"), item.title},
                       {QStringLiteral("summary"), item.summary}};
    if (item.pointsToArchive())
        object.insert(QStringLiteral("article_id"), item.targetId);
    else
        object.insert(QStringLiteral("url"), item.url);
    return object;
}

// Always written, empty or not: a change to or from no lead image is a change of this key.
QJsonObject fromLead(const LeadImage &lead)
{
    return QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(lead.hash)},
                       {QStringLiteral("caption"), lead.caption},
                       {QStringLiteral("credit"), lead.credit},
                       {QStringLiteral("alt_text"), lead.altText}};
}

// A snapshot kept before the archive knew lead images has none; a hash that is no
// picture's name is dropped with the rest of the lead.
LeadImage toLead(const QJsonObject &object)
{
    const QString target =
        QString(picturerefs::kScheme) + object.value(QStringLiteral("hash")).toString();
    const QByteArray hash = picturerefs::hashOf(target);
    if (hash.isEmpty())
        return {};
    return LeadImage{
        hash, object.value(QStringLiteral("caption")).toString().left(Picture::kMaxCaption),
        object.value(QStringLiteral("credit")).toString().left(Picture::kMaxCredit),
        object.value(QStringLiteral("alt_text")).toString().left(Picture::kMaxAltText)};
}

RelatedItem toRelated(const QJsonObject &object)
{
    RelatedItem item;
    item.title = object.value(QStringLiteral("title")).toString();
    item.summary = object.value(QStringLiteral("summary")).toString();
    item.targetId = object.value(QStringLiteral("article_id")).toInteger();
    item.url = object.value(QStringLiteral("url")).toString();
    return item;
}
} // namespace

QString timeToText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject fromArticle(const Article &article)
{
    QJsonArray related;
    for (const RelatedItem &item : article.related)
        related.append(fromRelated(item));
    return QJsonObject{
        {QStringLiteral("id"), article.id},
        {QStringLiteral("version"), article.version},
        {QStringLiteral("slug"), article.slug},
        {QStringLiteral("headline"), article.headline},
        {QStringLiteral("dek"), article.dek},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("dateline"), article.dateline},
        {QStringLiteral("section"), article.section},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("tags"), toArray(article.tags)},
        {QStringLiteral("status"), statusName(article.status)},
        {QStringLiteral("published"), timeToText(article.publishedAt)},
        {QStringLiteral("ai_generated"), article.aiGenerated},
        {QStringLiteral("disclosure"), article.disclosure},
        {QStringLiteral("sources"), toArray(article.sources)},
        {QStringLiteral("body"), article.body},
        {QStringLiteral("lead_image"), fromLead(article.leadImage)},
        {QStringLiteral("related"), related},
        {QStringLiteral("word_target"), article.wordTarget},
        {QStringLiteral("assignee"), article.assignee},
        {QStringLiteral("created"), timeToText(article.createdAt)},
        {QStringLiteral("updated"), timeToText(article.updatedAt)},
    };
}

Article toArticle(const QJsonObject &object)
{
    Article article;
    article.id = object.value(QStringLiteral("id")).toInteger();
    article.version = object.value(QStringLiteral("version")).toInteger();
    article.slug = object.value(QStringLiteral("slug")).toString();
    article.headline = object.value(QStringLiteral("headline")).toString();
    article.dek = object.value(QStringLiteral("dek")).toString();
    article.byline = object.value(QStringLiteral("byline")).toString();
    article.dateline = object.value(QStringLiteral("dateline")).toString();
    article.section = object.value(QStringLiteral("section")).toString();
    article.language = object.value(QStringLiteral("language")).toString();
    article.tags = toStringList(object.value(QStringLiteral("tags")));
    article.status = statusFromName(object.value(QStringLiteral("status")).toString())
                         .value_or(ArticleStatus::Draft);
    article.publishedAt = timeFromText(object.value(QStringLiteral("published")).toString());
    article.aiGenerated = object.value(QStringLiteral("ai_generated")).toBool();
    article.disclosure = object.value(QStringLiteral("disclosure")).toString();
    article.sources = toStringList(object.value(QStringLiteral("sources")));
    article.body = object.value(QStringLiteral("body")).toString();
    article.leadImage = toLead(object.value(QStringLiteral("lead_image")).toObject());
    for (const QJsonValue &item : object.value(QStringLiteral("related")).toArray())
        article.related.append(toRelated(item.toObject()));
    article.wordTarget =
        std::clamp(object.value(QStringLiteral("word_target")).toInt(), 0, Article::kMaxWordTarget);
    // A snapshot kept before the archive knew assignees reads as assigned to nobody.
    article.assignee = object.value(QStringLiteral("assignee")).toString();
    article.createdAt = timeFromText(object.value(QStringLiteral("created")).toString());
    article.updatedAt = timeFromText(object.value(QStringLiteral("updated")).toString());
    return article;
}

} // namespace newsroom::json
