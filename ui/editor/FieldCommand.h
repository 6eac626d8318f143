#pragma once

#include "model/Article.h"
#include "model/ArticleField.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

namespace newsroom {

class ArticleDocument;

// Undoes one field's change. Typing merges: consecutive edits of the same text field
// become one step until the editor pauses. The lead image's words are typed too, but a
// change of its picture is a step of its own.
class FieldCommand : public QUndoCommand
{
public:
    FieldCommand(ArticleDocument *document, ArticleField field, QVariant before, QVariant after,
                 const QString &text);

    // Never merged with the edits before or after it.
    void keepApart() { m_apart = true; }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    // For the lead image: both steps only change the words of the picture it had.
    bool samePicture(const FieldCommand *next) const;

    ArticleDocument *m_document;
    ArticleField m_field;
    QVariant m_before;
    QVariant m_after;
    QElapsedTimer m_lastEdit;
    bool m_apart = false;
};

// Undoes a change of the whole content (a restored revision).
class ContentCommand : public QUndoCommand
{
public:
    ContentCommand(ArticleDocument *document, Article before, Article after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ArticleDocument *m_document;
    Article m_before;
    Article m_after;
};

} // namespace newsroom
