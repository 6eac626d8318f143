#include "FieldCommand.h"

#include "ArticleDocument.h"

namespace newsroom {

FieldCommand::FieldCommand(ArticleDocument *document, ArticleField field, QVariant before,
                           QVariant after, const QString &text)
    : QUndoCommand(text), m_document(document), m_field(field), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_lastEdit.start();
}

void FieldCommand::undo()
{
    m_document->apply(m_field, m_before);
}

void FieldCommand::redo()
{
    m_document->apply(m_field, m_after);
}

int FieldCommand::id() const
{
    return articlefield::isTyped(m_field) && !m_apart ? 1000 + int(m_field) : -1;
}

bool FieldCommand::samePicture(const FieldCommand *next) const
{
    if (m_field != ArticleField::LeadImage)
        return true;
    const QByteArray hash = m_before.value<LeadImage>().hash;
    return m_after.value<LeadImage>().hash == hash && next->m_after.value<LeadImage>().hash == hash;
}

bool FieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldCommand *>(other);
    if (next->m_document != m_document || next->m_field != m_field ||
        m_lastEdit.elapsed() > ArticleDocument::kTypingPause || !samePicture(next))
        return false;
    m_after = next->m_after;
    m_lastEdit.restart();
    return true;
}

ContentCommand::ContentCommand(ArticleDocument *document, Article before, Article after,
                               const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ContentCommand::undo()
{
    m_document->applyContent(m_before);
}

void ContentCommand::redo()
{
    m_document->applyContent(m_after);
}

} // namespace newsroom
