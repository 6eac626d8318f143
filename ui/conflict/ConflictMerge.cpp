#include "ConflictMerge.h"

#include <QHash>

namespace newsroom {

std::optional<ArticleField> ConflictMerge::fieldOf(const QString &key)
{
    static const QHash<QString, ArticleField> fields{
        {QStringLiteral("headline"), ArticleField::Headline},
        {QStringLiteral("dek"), ArticleField::Dek},
        {QStringLiteral("byline"), ArticleField::Byline},
        {QStringLiteral("dateline"), ArticleField::Dateline},
        {QStringLiteral("section"), ArticleField::Section},
        {QStringLiteral("language"), ArticleField::Language},
        {QStringLiteral("slug"), ArticleField::Slug},
        {QStringLiteral("tags"), ArticleField::Tags},
        {QStringLiteral("body"), ArticleField::Body},
        {QStringLiteral("status"), ArticleField::Status},
        {QStringLiteral("published"), ArticleField::PublishedAt},
        {QStringLiteral("ai_generated"), ArticleField::AiGenerated},
        {QStringLiteral("disclosure"), ArticleField::Disclosure},
        {QStringLiteral("sources"), ArticleField::Sources},
        {QStringLiteral("related"), ArticleField::Related},
        {QStringLiteral("word_target"), ArticleField::WordTarget},
        {QStringLiteral("lead_image"), ArticleField::LeadImage},
    };
    const auto found = fields.constFind(key);
    if (found == fields.constEnd())
        return std::nullopt;
    return *found;
}

Article ConflictMerge::merged(const Article &mine, const Article &theirs,
                              const QSet<QString> &fromTheirs, const std::optional<QString> &body)
{
    Article result = mine;
    for (const QString &key : fromTheirs) {
        if (const auto field = fieldOf(key))
            articlefield::setValue(result, *field, articlefield::value(theirs, *field));
    }
    if (body)
        result.body = *body;
    result.id = theirs.id;
    result.version = theirs.version;
    return result;
}

} // namespace newsroom
