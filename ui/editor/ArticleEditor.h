#pragma once

#include "checks/CheckLimits.h"
#include "model/ArticleField.h"

#include <QWidget>

class QLabel;
class QToolBar;

namespace newsroom {

class ArticleDocument;
class BodyEditor;
class FindBar;
class SpellChecker;
class WrappingLineEdit;

// The story itself, the main surface of the window: headline and dek, large and wrapping,
// with live counters against the house limits (over the limit shows, never blocks), and
// the Markdown body with its toolbar and find bar. Its length is LengthProgress', in the
// status bar; the other fields are ArticleDetails', in a panel beside it. Every edit goes to the
// document as an undoable step.
class ArticleEditor : public QWidget
{
    Q_OBJECT
public:
    ArticleEditor(ArticleDocument &document, SpellChecker *spell, QWidget *parent = nullptr);

    void setLimits(const CheckLimits &limits);
    void setEditorFont(const QFont &font);

    BodyEditor *body() const { return m_body; }
    WrappingLineEdit *headline() const { return m_headline; }
    WrappingLineEdit *dek() const { return m_dek; }
    FindBar *findBar() const { return m_findBar; }
    // The field's input, for the checklist to take the editor there (nullptr: not here).
    QWidget *inputFor(ArticleField field) const;
    QList<QAction *> formatActions() const { return m_formatActions; }

private:
    void buildFields();
    void buildBody();
    void connectEdits();
    void showField(ArticleField field);
    void showAll();
    void updateCounters();
    void edit(ArticleField field, const QVariant &value);
    QWidget *withCounter(QWidget *field, QLabel *counter);

    ArticleDocument &m_document;
    SpellChecker *m_spell;
    CheckLimits m_limits;
    bool m_showing = false; // set while the document's values are being shown

    WrappingLineEdit *m_headline;
    QLabel *m_headlineCount;
    WrappingLineEdit *m_dek;
    QLabel *m_dekCount;
    QToolBar *m_toolbar;
    BodyEditor *m_body;
    FindBar *m_findBar;
    QList<QAction *> m_formatActions;
    QObject *m_undoFilter = nullptr;
};

} // namespace newsroom
