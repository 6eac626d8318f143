#include "ArticleDocument.h"

#include "FieldCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace newsroom {

namespace {
constexpr std::array kContentFields{
    ArticleField::Headline,   ArticleField::Dek,         ArticleField::Byline,
    ArticleField::Dateline,   ArticleField::Section,     ArticleField::Language,
    ArticleField::Slug,       ArticleField::Tags,        ArticleField::Body,
    ArticleField::Status,     ArticleField::PublishedAt, ArticleField::AiGenerated,
    ArticleField::Disclosure, ArticleField::Sources,     ArticleField::Related,
    ArticleField::WordTarget, ArticleField::Assignee,    ArticleField::LeadImage,
};

QString fieldLabel(ArticleField field)
{
    switch (field) {
    case ArticleField::Headline:
        return ArticleDocument::tr("Typing in the headline");
    case ArticleField::Body:
        return ArticleDocument::tr("Typing in the body");
    case ArticleField::Related:
        return ArticleDocument::tr("Change related articles");
    case ArticleField::WordTarget:
        return ArticleDocument::tr("Change the length target");
    case ArticleField::Assignee:
        return ArticleDocument::tr("Assign");
    case ArticleField::LeadImage:
        return ArticleDocument::tr("Edit the lead image's words");
    default:
        return ArticleDocument::tr("Edit");
    }
}
} // namespace

ArticleDocument::ArticleDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

bool ArticleDocument::isEmpty() const
{
    return m_article.isNew() && m_article.headline.trimmed().isEmpty() &&
           m_article.body.trimmed().isEmpty() && m_article.dek.trimmed().isEmpty();
}

void ArticleDocument::load(const Article &article)
{
    m_undo->clear();
    m_article = article;
    Q_EMIT loaded();
}

void ArticleDocument::edit(ArticleField field, const QVariant &value, const QString &description)
{
    push(field, value, description.isEmpty() ? fieldLabel(field) : description, false);
}

void ArticleDocument::editApart(ArticleField field, const QVariant &value,
                                const QString &description)
{
    push(field, value, description, true);
}

void ArticleDocument::push(ArticleField field, const QVariant &value, const QString &description,
                           bool apart)
{
    Article next = m_article;
    articlefield::setValue(next, field, value);
    if (next == m_article)
        return;
    auto *command =
        new FieldCommand(this, field, articlefield::value(m_article, field), value, description);
    if (apart)
        command->keepApart();
    m_undo->push(command);
}

void ArticleDocument::replaceContent(const Article &content, const QString &description)
{
    Article next = m_article;
    for (ArticleField field : kContentFields)
        articlefield::setValue(next, field, articlefield::value(content, field));
    if (next == m_article)
        return;
    // A restored version says so to the save that keeps it (and undoing it takes that back).
    next.restoredFrom = content.id == m_article.id ? content.restoredFrom : 0;
    m_undo->push(new ContentCommand(this, m_article, next, description));
}

void ArticleDocument::adoptSaved(const Article &saved)
{
    const bool slugWasBlank = m_article.slug.isEmpty();
    m_article.id = saved.id;
    m_article.version = saved.version;
    m_article.createdAt = saved.createdAt;
    m_article.updatedAt = saved.updatedAt;
    if (saved.restoredFrom != 0 && saved.restoredFrom == m_article.restoredFrom)
        m_article.restoredFrom = 0; // the archive has noted the restore: what follows is edits
    if (slugWasBlank && m_article.slug != saved.slug) {
        m_article.slug = saved.slug;
        Q_EMIT fieldChanged(ArticleField::Slug);
    }
    if (!m_article.publishedAt.isValid() && saved.publishedAt.isValid() &&
        m_article.status == ArticleStatus::Published) {
        m_article.publishedAt = saved.publishedAt;
        Q_EMIT fieldChanged(ArticleField::PublishedAt);
    }
}

void ArticleDocument::followRenamedTarget(qint64 targetId, const QString &previous,
                                          const QString &current)
{
    bool followed = false;
    for (RelatedItem &item : m_article.related) {
        if (item.targetId == targetId && item.title == previous && previous != current) {
            item.title = current;
            followed = true;
        }
    }
    if (followed)
        Q_EMIT fieldChanged(ArticleField::Related);
}

void ArticleDocument::apply(ArticleField field, const QVariant &value)
{
    articlefield::setValue(m_article, field, value);
    Q_EMIT fieldChanged(field);
    Q_EMIT contentChanged();
}

void ArticleDocument::applyContent(const Article &content)
{
    const Article before = m_article;
    for (ArticleField field : kContentFields)
        articlefield::setValue(m_article, field, articlefield::value(content, field));
    m_article.restoredFrom = content.restoredFrom;
    for (ArticleField field : kContentFields) {
        if (articlefield::value(before, field) != articlefield::value(m_article, field))
            Q_EMIT fieldChanged(field);
    }
    Q_EMIT contentChanged();
}

} // namespace newsroom
