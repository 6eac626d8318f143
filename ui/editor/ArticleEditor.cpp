#include "ArticleEditor.h"

#include "ArticleDocument.h"
#include "BodyEditor.h"
#include "FindBar.h"
#include "LanguageField.h"
#include "SpellChecker.h"
#include "TagLineEdit.h"
#include "UndoShortcutFilter.h"
#include "settings/PaletteColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QToolBar>
#include <QVBoxLayout>

namespace newsroom {

namespace {
// The AI disclosure offered when the switch is turned on and none is written yet.
QString defaultDisclosure()
{
    return ArticleEditor::tr(
        "Parts of this article were drafted with an AI tool and checked by our editors.");
}

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

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}
} // namespace

ArticleEditor::ArticleEditor(ArticleDocument &document, SpellChecker *spell, QWidget *parent)
    : QWidget(parent), m_document(document), m_spell(spell)
{
    buildFields();
    buildBody();
    connectEdits();
    m_wordCountTimer.setSingleShot(true);
    m_wordCountTimer.setInterval(kWordCountDelay);
    connect(&m_wordCountTimer, &QTimer::timeout, this, &ArticleEditor::updateWordCount);
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
    m_headline = new QLineEdit;
    m_headline->setPlaceholderText(tr("Headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headlineCount = new QLabel;
    m_headlineCount->setObjectName(QStringLiteral("headlineCount"));
    m_dek = new QLineEdit;
    m_dek->setPlaceholderText(tr("Dek: one sentence that sells the story"));
    m_dekCount = new QLabel;
    m_dekCount->setObjectName(QStringLiteral("dekCount"));
    m_byline = new QLineEdit;
    m_byline->setPlaceholderText(tr("Byline"));
    m_dateline = new QLineEdit;
    m_dateline->setPlaceholderText(tr("Dateline"));
    m_section = new QComboBox;
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->lineEdit()->setPlaceholderText(tr("Section"));
    m_slug = new QLineEdit;
    m_slug->setPlaceholderText(tr("made from the headline"));
    m_status = new QComboBox;
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Ready, ArticleStatus::Published})
        m_status->addItem(statusLabel(status), int(status));
    m_publishedAt = new QDateTimeEdit;
    m_publishedAt->setCalendarPopup(true);
    m_publishedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_tags = new TagLineEdit;
    m_language = new LanguageField(m_document);
    m_aiGenerated = new QCheckBox(tr("AI-generated"));
    m_disclosure = new QLineEdit;
    m_disclosure->setPlaceholderText(tr("Disclosure readers see"));
    m_sources = new QPlainTextEdit;
    m_sources->setPlaceholderText(tr("Sources: one URL a line"));
    m_sources->setTabChangesFocus(true);
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 3 + 12);
    m_sources->setUndoRedoEnabled(false);

    auto *byRow = new QHBoxLayout;
    byRow->addWidget(m_byline, 2);
    byRow->addWidget(m_dateline, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("published")));
    statusRow->addWidget(m_publishedAt);
    statusRow->addStretch();
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_section, 1);
    placeRow->addWidget(new QLabel(tr("Slug")));
    placeRow->addWidget(m_slug, 2);
    auto *aiRow = new QHBoxLayout;
    aiRow->addWidget(m_aiGenerated);
    aiRow->addWidget(m_disclosure, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Headline"), withCounter(m_headline, m_headlineCount));
    form->addRow(tr("&Dek"), withCounter(m_dek, m_dekCount));
    form->addRow(tr("By"), byRow);
    form->addRow(tr("Section"), placeRow);
    form->addRow(tr("La&nguage"), m_language);
    form->addRow(tr("Status"), statusRow);
    form->addRow(tr("T&ags"), m_tags);
    form->addRow(tr("AI"), aiRow);
    form->addRow(tr("Sou&rces"), m_sources);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(form);

    auto *undoFilter = new UndoShortcutFilter(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_headline, m_dek, m_byline, m_dateline,
                                                       m_section->lineEdit(), m_slug, m_tags,
                                                       m_disclosure, m_sources})
        w->installEventFilter(undoFilter);
    m_undoFilter = undoFilter;
}

void ArticleEditor::buildBody()
{
    m_body = new BodyEditor(m_spell);
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

    m_wordCount = new QLabel;
    m_wordCount->setContentsMargins(4, 2, 4, 4);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_toolbar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_wordCount);
}

void ArticleEditor::edit(ArticleField field, const QVariant &value)
{
    if (!m_showing)
        m_document.edit(field, value);
}

void ArticleEditor::connectEdits()
{
    connect(m_headline, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Headline, text); });
    connect(m_dek, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Dek, text); });
    connect(m_byline, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Byline, text); });
    connect(m_dateline, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Dateline, text); });
    connect(m_section, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { edit(ArticleField::Section, text.trimmed()); });
    connect(m_slug, &QLineEdit::editingFinished, this,
            [this] { edit(ArticleField::Slug, m_slug->text().trimmed()); });
    connect(m_tags, &QLineEdit::textEdited, this,
            [this] { edit(ArticleField::Tags, m_tags->tags()); });
    connect(m_status, &QComboBox::activated, this, &ArticleEditor::onStatusPicked);
    connect(m_publishedAt, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &time) {
        if (m_publishedAt->isEnabled())
            edit(ArticleField::PublishedAt, time.toUTC());
    });
    connect(m_aiGenerated, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing)
            return;
        m_document.edit(ArticleField::AiGenerated, on);
        if (on && m_document.article().disclosure.isEmpty())
            m_document.edit(ArticleField::Disclosure, defaultDisclosure());
    });
    connect(m_disclosure, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ArticleField::Disclosure, text); });
    connect(m_sources, &QPlainTextEdit::textChanged, this,
            [this] { edit(ArticleField::Sources, lines(m_sources->toPlainText())); });
    connect(m_body, &QPlainTextEdit::textChanged, this,
            [this] { edit(ArticleField::Body, m_body->toPlainText()); });
}

void ArticleEditor::onStatusPicked(int index)
{
    const auto status = ArticleStatus(m_status->itemData(index).toInt());
    if (status == m_document.article().status)
        return;
    if (status == ArticleStatus::Published) {
        // Shown again as it is until the checklist lets it through.
        m_status->setCurrentIndex(m_status->findData(int(m_document.article().status)));
        Q_EMIT publishRequested();
        return;
    }
    m_document.edit(ArticleField::Status, int(status),
                    tr("Set status to %1").arg(statusLabel(status)));
}

void ArticleEditor::showAll()
{
    for (ArticleField field :
         {ArticleField::Headline, ArticleField::Dek, ArticleField::Byline, ArticleField::Dateline,
          ArticleField::Section, ArticleField::Slug, ArticleField::Tags, ArticleField::Body,
          ArticleField::Status, ArticleField::PublishedAt, ArticleField::AiGenerated,
          ArticleField::Disclosure, ArticleField::Sources})
        showField(field);
    m_body->moveCursor(QTextCursor::Start);
    for (QLineEdit *line : {m_headline, m_dek, m_slug, m_disclosure})
        line->home(false); // the start of a long line, not its end
    updateWordCount();
}

void ArticleEditor::showField(ArticleField field)
{
    const Article &a = m_document.article();
    const QScopedValueRollback showing(m_showing, true);
    auto setLine = [](QLineEdit *line, const QString &text) {
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
    case ArticleField::Byline:
        setLine(m_byline, a.byline);
        break;
    case ArticleField::Dateline:
        setLine(m_dateline, a.dateline);
        break;
    case ArticleField::Section:
        if (m_section->currentText() != a.section)
            m_section->setCurrentText(a.section);
        break;
    case ArticleField::Slug:
        setLine(m_slug, a.slug);
        break;
    case ArticleField::Tags:
        m_tags->setTags(a.tags);
        break;
    case ArticleField::Body:
        m_body->setTextKeepingCursor(a.body);
        break;
    case ArticleField::Status:
    case ArticleField::PublishedAt:
        m_status->setCurrentIndex(m_status->findData(int(a.status)));
        m_publishedAt->setEnabled(a.status == ArticleStatus::Published && a.publishedAt.isValid());
        m_publishedAt->setDateTime(a.publishedAt.isValid() ? a.publishedAt.toLocalTime()
                                                           : QDateTime::currentDateTime());
        break;
    case ArticleField::AiGenerated:
    case ArticleField::Disclosure:
        m_aiGenerated->setChecked(a.aiGenerated);
        setLine(m_disclosure, a.disclosure);
        m_disclosure->setEnabled(a.aiGenerated);
        break;
    case ArticleField::Sources:
        if (lines(m_sources->toPlainText()) != a.sources)
            m_sources->setPlainText(a.sources.join(QLatin1Char('\n')));
        break;
    case ArticleField::Language: // the language field follows the document itself
    case ArticleField::Related:
        break;
    }
    updateCounters();
    if (field == ArticleField::Body)
        m_wordCountTimer.start(); // counting 5,000 words on every keystroke would be felt
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

int ArticleEditor::countWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString ArticleEditor::wordCountText()
{
    if (m_wordCountTimer.isActive())
        updateWordCount();
    return m_wordCount->text();
}

void ArticleEditor::updateWordCount()
{
    m_wordCountTimer.stop();
    const int words = countWords(m_document.article().body);
    const int minutes = std::max(1, (words + kWordsPerMinute - 1) / kWordsPerMinute);
    m_wordCount->setText(
        tr("Words: %L1 · Reading time: %2 min").arg(words).arg(words ? minutes : 0));
}

void ArticleEditor::setCompletions(const QStringList &sections, const QStringList &tags)
{
    const QScopedValueRollback showing(m_showing, true);
    const QString current = m_section->currentText();
    m_section->clear();
    m_section->addItems(sections);
    m_section->setCurrentText(current);
    m_tags->setKnownTags(tags);
}

void ArticleEditor::setEditorFont(const QFont &font)
{
    m_body->setFont(font);
}

} // namespace newsroom
