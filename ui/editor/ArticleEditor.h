#pragma once

#include "checks/CheckLimits.h"
#include "model/ArticleField.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;

namespace newsroom {

class ArticleDocument;
class BodyEditor;
class FindBar;
class LanguageField;
class SpellChecker;
class TagLineEdit;

// A field for everything in the article: headline and dek with live counters against
// the house limits (over the limit shows, never blocks), byline, dateline, section,
// language, slug, status with its published time, tags with completion, the AI-generated switch
// with its disclosure, sources, and the Markdown body with its toolbar, find bar, word
// count and reading time. Every edit goes to the document as an undoable step.
class ArticleEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kWordsPerMinute = 250;
    static constexpr int kWordCountDelay = 250; // ms after the last keystroke

    ArticleEditor(ArticleDocument &document, SpellChecker *spell, QWidget *parent = nullptr);

    void setLimits(const CheckLimits &limits);
    void setCompletions(const QStringList &sections, const QStringList &tags);
    void setEditorFont(const QFont &font);

    BodyEditor *body() const { return m_body; }
    QLineEdit *headline() const { return m_headline; }
    FindBar *findBar() const { return m_findBar; }
    QList<QAction *> formatActions() const { return m_formatActions; }
    QString wordCountText(); // as shown, brought up to date first

    static int countWords(const QString &text);

Q_SIGNALS:
    // The editor picked Published: the window runs the checklist before it is set.
    void publishRequested();

private:
    void buildFields();
    void buildBody();
    void connectEdits();
    void showField(ArticleField field);
    void showAll();
    void updateCounters();
    void updateWordCount();
    void onStatusPicked(int index);
    void edit(ArticleField field, const QVariant &value);
    QWidget *withCounter(QWidget *field, QLabel *counter);

    ArticleDocument &m_document;
    SpellChecker *m_spell;
    CheckLimits m_limits;
    bool m_showing = false; // set while the document's values are being shown

    QLineEdit *m_headline;
    QLabel *m_headlineCount;
    QLineEdit *m_dek;
    QLabel *m_dekCount;
    QLineEdit *m_byline;
    QLineEdit *m_dateline;
    QComboBox *m_section;
    QLineEdit *m_slug;
    QComboBox *m_status;
    QDateTimeEdit *m_publishedAt;
    TagLineEdit *m_tags;
    LanguageField *m_language;
    QCheckBox *m_aiGenerated;
    QLineEdit *m_disclosure;
    QPlainTextEdit *m_sources;
    QToolBar *m_toolbar;
    BodyEditor *m_body;
    FindBar *m_findBar;
    QLabel *m_wordCount;
    QList<QAction *> m_formatActions;
    QTimer m_wordCountTimer;
    QObject *m_undoFilter = nullptr;
};

} // namespace newsroom
