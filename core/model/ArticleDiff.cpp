#include "ArticleDiff.h"

#include "ArticleJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace newsroom {

namespace {
const QStringList kIgnored{QStringLiteral("id"), QStringLiteral("version"),
                           QStringLiteral("created"), QStringLiteral("updated")};

QString relatedLine(const QJsonObject &item)
{
    const QString target =
        item.contains(QStringLiteral("article_id"))
            ? QStringLiteral("#%1").arg(item.value(QStringLiteral("article_id")).toInteger())
            : item.value(QStringLiteral("url")).toString();
    return QStringLiteral("%1 — %2 (%3)")
        .arg(item.value(QStringLiteral("title")).toString(),
             item.value(QStringLiteral("summary")).toString(), target);
}

// "hash — caption (credit) [alt text]", or nothing for no lead image.
QString leadLine(const QJsonObject &lead)
{
    const QString hash = lead.value(QStringLiteral("hash")).toString();
    if (hash.isEmpty())
        return {};
    return QStringLiteral("%1 — %2 (%3) [%4]")
        .arg(hash.left(12), lead.value(QStringLiteral("caption")).toString(),
             lead.value(QStringLiteral("credit")).toString(),
             lead.value(QStringLiteral("alt_text")).toString());
}

// Lists become one item a line so a line diff of them reads naturally.
QString asText(const QString &key, const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &item : value.toArray()) {
            lines.append(key == QLatin1StringView("related") ? relatedLine(item.toObject())
                                                             : item.toString());
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (key == QLatin1StringView("lead_image"))
        return leadLine(value.toObject());
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QList<FieldChange> compareArticles(const Article &before, const Article &after)
{
    const QJsonObject a = json::fromArticle(before);
    const QJsonObject b = json::fromArticle(after);
    QList<FieldChange> changes;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (kIgnored.contains(it.key()) || it.value() == b.value(it.key()))
            continue;
        changes.append(
            {it.key(), asText(it.key(), it.value()), asText(it.key(), b.value(it.key()))});
    }
    return changes;
}

} // namespace newsroom
