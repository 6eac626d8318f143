#pragma once

#include "model/Article.h"
#include "model/WordDiff.h"

#include <QTextBrowser>

namespace newsroom {

// One field that differs between two versions, word by word.
struct FieldDiff
{
    QString field; // the JSON key: "headline", "tags", "related", ...
    WordDiff diff;
};

// Field by field, what differs between two versions of an article (the related list too,
// one item a line): one text a field, removed words struck through on a red ground, added
// words on a green one (from the palette, light or dark), the rest as it was. Nothing is
// cut, however long. The revisions dialog and the recovery of unsaved text show it.
class FieldChangesView : public QTextBrowser
{
    Q_OBJECT
public:
    FieldChangesView(const QString &beforeTitle, const QString &afterTitle,
                     QWidget *parent = nullptr);

    // Every field that differs, in the order of the editor's form. Reads only its arguments,
    // so it may run on a worker thread (two long bodies take a moment to compare).
    static QList<FieldDiff> compare(const Article &before, const Article &after);
    // The field's name as the editor's form shows it.
    static QString fieldLabel(const QString &field);

    // Shows the differences and returns how many fields differ.
    qsizetype showChanges(const Article &before, const Article &after);
    void showDiffs(const QList<FieldDiff> &diffs);
    void clearChanges();
    const QList<FieldDiff> &diffs() const { return m_diffs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(); // again when the palette changes (light or dark)

    QString m_beforeTitle;
    QString m_afterTitle;
    QList<FieldDiff> m_diffs;
};

} // namespace newsroom
