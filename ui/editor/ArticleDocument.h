#pragma once

#include "model/Article.h"
#include "model/ArticleField.h"

#include <QObject>

class QUndoStack;

namespace newsroom {

// The article being edited, with one undo history for all its fields. Widgets send
// their edits here (edit, replaceAll) and show what fieldChanged says; the autosave and
// the preview follow contentChanged. Typing in one field merges into one undo step
// until a pause (kTypingPause) or another field breaks it.
class ArticleDocument : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTypingPause = 1500; // ms

    explicit ArticleDocument(QObject *parent = nullptr);

    const Article &article() const { return m_article; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isEmpty() const; // a new article nobody has typed into yet

    // Shows another article: a fresh undo history.
    void load(const Article &article);
    // An undoable change of one field; nothing happens if the value is the same.
    void edit(ArticleField field, const QVariant &value, const QString &description = {});
    // The same, as an undo step of its own that typing never merges into (a picture placed,
    // a lead image chosen): undo takes exactly that back.
    void editApart(ArticleField field, const QVariant &value, const QString &description);
    // An undoable change of the whole content (restoring a revision). A version of this
    // article whose restoredFrom is set makes the next save a restore of that version.
    void replaceContent(const Article &content, const QString &description);
    // What the archive gave back after a save: the new version, times and slug. Not an
    // edit (nothing to undo), and the content typed meanwhile is kept.
    void adoptSaved(const Article &saved);
    // A linked article was renamed elsewhere: related items titled with its old headline
    // follow it (the archive stores them as following). Not an edit: nothing to undo or save.
    void followRenamedTarget(qint64 targetId, const QString &previous, const QString &current);

Q_SIGNALS:
    void loaded();
    void fieldChanged(ArticleField field); // by an edit, an undo or a redo
    void contentChanged();                 // after any change the archive should get

private:
    friend class FieldCommand;
    friend class ContentCommand;
    void push(ArticleField field, const QVariant &value, const QString &description, bool apart);
    void apply(ArticleField field, const QVariant &value);
    void applyContent(const Article &content);

    Article m_article;
    QUndoStack *m_undo = nullptr;
};

} // namespace newsroom
