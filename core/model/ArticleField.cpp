#include "ArticleField.h"

#include <algorithm>

namespace newsroom::articlefield {

QVariant value(const Article &a, ArticleField field)
{
    switch (field) {
    case ArticleField::Headline:
        return a.headline;
    case ArticleField::Dek:
        return a.dek;
    case ArticleField::Byline:
        return a.byline;
    case ArticleField::Dateline:
        return a.dateline;
    case ArticleField::Section:
        return a.section;
    case ArticleField::Language:
        return a.language;
    case ArticleField::Slug:
        return a.slug;
    case ArticleField::Tags:
        return a.tags;
    case ArticleField::Body:
        return a.body;
    case ArticleField::Status:
        return int(a.status);
    case ArticleField::PublishedAt:
        return a.publishedAt;
    case ArticleField::AiGenerated:
        return a.aiGenerated;
    case ArticleField::Disclosure:
        return a.disclosure;
    case ArticleField::Sources:
        return a.sources;
    case ArticleField::Related:
        return QVariant::fromValue(a.related);
    case ArticleField::WordTarget:
        return a.wordTarget;
    case ArticleField::Assignee:
        return a.assignee;
    case ArticleField::LeadImage:
        return QVariant::fromValue(a.leadImage);
    }
    return {};
}

void setValue(Article &a, ArticleField field, const QVariant &v)
{
    switch (field) {
    case ArticleField::Headline:
        a.headline = v.toString();
        break;
    case ArticleField::Dek:
        a.dek = v.toString();
        break;
    case ArticleField::Byline:
        a.byline = v.toString();
        break;
    case ArticleField::Dateline:
        a.dateline = v.toString();
        break;
    case ArticleField::Section:
        a.section = v.toString();
        break;
    case ArticleField::Language:
        a.language = v.toString();
        break;
    case ArticleField::Slug:
        a.slug = v.toString();
        break;
    case ArticleField::Tags:
        a.tags = v.toStringList();
        break;
    case ArticleField::Body:
        a.body = v.toString();
        break;
    case ArticleField::Status:
        a.status = ArticleStatus(v.toInt());
        break;
    case ArticleField::PublishedAt:
        a.publishedAt = v.toDateTime();
        break;
    case ArticleField::AiGenerated:
        a.aiGenerated = v.toBool();
        break;
    case ArticleField::Disclosure:
        a.disclosure = v.toString();
        break;
    case ArticleField::Sources:
        a.sources = v.toStringList();
        break;
    case ArticleField::Related:
        a.related = v.value<QList<RelatedItem>>();
        break;
    case ArticleField::WordTarget:
        a.wordTarget = std::clamp(v.toInt(), 0, Article::kMaxWordTarget);
        break;
    case ArticleField::Assignee:
        a.assignee = v.toString().trimmed().left(Article::kMaxAssignee);
        break;
    case ArticleField::LeadImage:
        a.leadImage = v.value<LeadImage>();
        break;
    }
}

bool isTyped(ArticleField field)
{
    switch (field) {
    case ArticleField::Headline:
    case ArticleField::Dek:
    case ArticleField::Byline:
    case ArticleField::Dateline:
    case ArticleField::Section:
    case ArticleField::Slug:
    case ArticleField::Body:
    case ArticleField::Disclosure:
    case ArticleField::Sources:
    case ArticleField::Tags:
    case ArticleField::WordTarget: // typed a digit at a time into its spin box
    case ArticleField::LeadImage:  // its caption, credit and alt text
        return true;
    default:
        return false;
    }
}

} // namespace newsroom::articlefield
