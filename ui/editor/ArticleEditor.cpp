#include "ArticleEditor.h"

#include "ArticleDocument.h"
#include "BodyEditor.h"
#include "FindBar.h"
#include "MenuShortcutFilter.h"
#include "SpellChecker.h"
#include "WrappingLineEdit.h"
#include "settings/PaletteColors.h"

#include <QLabel>
#include <QScopedValueRollback>
#include <QToolBar>
#include <QVBoxLayout>

namespace newsroom {

namespace {
void showCount(QLabel *label, qsizetype length, int limit)
{
    label->setText(QStringLiteral("%1/%2").arg(length).arg(limit));
    const bool over = limit > 0 && length > limit;
    palettecolors::setNegative(label, over);
    QFont weight; // only the weight is set: the rest follows the window's font
    if (over)
        weight.setBold(true);
    label->setFont(weight);
    label->setToolTip(over ? ArticleEditor::tr("Over the house limit by %n character(s)", nullptr,
                                               int(length - limit))
                           : QString());
}

} // namespace

ArticleEditor::ArticleEditor(ArticleDocument &document, SpellChecker *spell, QWidget *parent)
    : QWidget(parent), m_document(document), m_spell(spell)
{
    buildFields();
    buildBody();
    connectEdits();
    connect(&m_document, &ArticleDocument::loaded, this, &ArticleEditor::showAll);
    connect(&m_document, &ArticleDocument::fieldChanged, this, &ArticleEditor::showField);
    showAll();
    if (m_spell) // spelling in the article's language, given or guessed
        m_spell->follow(m_document);
}

QWidget *ArticleEditor::withCounter(QWidget *field, QLabel *counter)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(counter);
    counter->setMinimumWidth(counter->fontMetrics().horizontalAdvance(QStringLiteral("000/000")));
    counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return row;
}

void ArticleEditor::buildFields()
{
    m_headline = new WrappingLineEdit;
    m_headline->setPlaceholderText(tr("Headline"));
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setFrameShape(QFrame::NoFrame);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headlineCount = new QLabel;
    m_headlineCount->setObjectName(QStringLiteral("headlineCount"));
    m_dek = new WrappingLineEdit;
    m_dek->setPlaceholderText(tr("Dek: one sentence that sells the story"));
    m_dek->setAccessibleName(tr("Dek"));
    m_dek->setFrameShape(QFrame::NoFrame);
    QFont dekFont = m_dek->font();
    dekFont.setPointSizeF(dekFont.pointSizeF() * 1.2);
    m_dek->setFont(dekFont);
    m_dekCount = new QLabel;
    m_dekCount->setObjectName(QStringLiteral("dekCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(2);
    layout->addWidget(withCounter(m_headline, m_headlineCount));
    layout->addWidget(withCounter(m_dek, m_dekCount));

    auto *shortcuts = new MenuShortcutFilter(MenuShortcutFilter::Undo::Article, this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_headline, m_dek})
        w->installEventFilter(shortcuts);
    m_undoFilter = shortcuts;
}

void ArticleEditor::buildBody()
{
    m_body = new BodyEditor(m_spell);
    m_body->setAccessibleName(tr("Story"));
    m_body->setAccessibleDescription(tr("The article's text, in Markdown"));
    m_body->setPlaceholderText(tr("Write the story in Markdown: ## for a section heading, "
                                  "**bold**, *italic*, [link](https://…)."));
    m_body->installEventFilter(m_undoFilter); // its own undo is off; the article's takes Ctrl+Z
    m_findBar = new FindBar(m_body);
    m_toolbar = new QToolBar;
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Each button's tip names its keys as this desktop writes them.
    auto addFormat = [this](const QString &text, const QString &tip, const QKeySequence &keys,
                            auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setToolTip(tr("%1 (%2)", "a tool's tip: what it does (its keys)")
                               .arg(tip, keys.toString(QKeySequence::NativeText)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_body, slot);
        m_toolbar->addAction(action);
        m_formatActions.append(action);
        QWidget::addAction(action);
        return action;
    };
    addFormat(tr("Bold"), tr("Bold"), QKeySequence::Bold, &BodyEditor::toggleBold);
    addFormat(tr("Italic"), tr("Italic"), QKeySequence::Italic, &BodyEditor::toggleItalic);
    addFormat(tr("Link"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &BodyEditor::insertLink);
    m_toolbar->addSeparator();
    for (int level = 2; level <= 4; ++level) {
        addFormat(tr("H%1").arg(level), tr("Heading level %1").arg(level),
                  QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)),
                  [this, level] { m_body->setHeadingLevel(level); });
    }
    addFormat(tr("Text"), tr("Plain paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0),
              [this] { m_body->setHeadingLevel(0); });

    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_toolbar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);
}

QWidget *ArticleEditor::inputFor(ArticleField field) const
{
    switch (field) {
    case ArticleField::Headline:
        return m_headline;
    case ArticleField::Dek:
        return m_dek;
    case ArticleField::Body:
        return m_body;
    default:
        return nullptr;
    }
}

void ArticleEditor::edit(ArticleField field, const QVariant &value)
{
    if (!m_showing)
        m_document.edit(field, value);
}

void ArticleEditor::connectEdits()
{
    connect(m_headline, &WrappingLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Headline, text); });
    connect(m_dek, &WrappingLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Dek, text); });
    connect(m_body, &QPlainTextEdit::textChanged, this,
            [this] { edit(ArticleField::Body, m_body->toPlainText()); });
}

void ArticleEditor::showAll()
{
    for (ArticleField field : {ArticleField::Headline, ArticleField::Dek, ArticleField::Body})
        showField(field);
    m_body->moveCursor(QTextCursor::Start);
    for (WrappingLineEdit *line : {m_headline, m_dek})
        line->home(false);
}

void ArticleEditor::showField(ArticleField field)
{
    const Article &a = m_document.article();
    const QScopedValueRollback showing(m_showing, true);
    auto setLine = [](WrappingLineEdit *line, const QString &text) {
        if (line->text() != text)
            line->setText(text);
    };
    switch (field) {
    case ArticleField::Headline:
        setLine(m_headline, a.headline);
        break;
    case ArticleField::Dek:
        setLine(m_dek, a.dek);
        break;
    case ArticleField::Body:
        m_body->setTextKeepingCursor(a.body);
        break;
    default:
        return; // ArticleDetails shows the rest
    }
    updateCounters();
}

void ArticleEditor::setLimits(const CheckLimits &limits)
{
    m_limits = limits;
    updateCounters();
}

void ArticleEditor::updateCounters()
{
    const Article &a = m_document.article();
    showCount(m_headlineCount, a.headline.size(), m_limits.headline);
    showCount(m_dekCount, a.dek.size(), m_limits.dek);
}

void ArticleEditor::setEditorFont(const QFont &font)
{
    m_body->setFont(font);
}

} // namespace newsroom
