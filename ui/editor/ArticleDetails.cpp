#include "ArticleDetails.h"

#include "ArticleDocument.h"
#include "LanguageField.h"
#include "MenuShortcutFilter.h"
#include "TagLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace newsroom {

namespace {
// The AI disclosure offered when the switch is turned on and none is written yet.
QString defaultDisclosure()
{
    return ArticleDetails::tr(
        "Parts of this article were drafted with an AI tool and checked by our editors.");
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

ArticleDetails::ArticleDetails(ArticleDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    buildFields();
    connectEdits();
    connect(&m_document, &ArticleDocument::loaded, this, &ArticleDetails::showAll);
    connect(&m_document, &ArticleDocument::fieldChanged, this, &ArticleDetails::showField);
    showAll();
}

void ArticleDetails::buildFields()
{
    m_byline = new QLineEdit;
    m_dateline = new QLineEdit;
    m_dateline->setPlaceholderText(tr("City, as the story opens"));
    m_section = new QComboBox;
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->lineEdit()->setAccessibleName(tr("Section")); // a node of its own in AT-SPI
    m_slug = new QLineEdit;
    m_slug->setPlaceholderText(tr("made from the headline"));
    m_status = new QComboBox;
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Ready, ArticleStatus::Published})
        m_status->addItem(statusLabel(status), int(status));
    m_assignee = new QComboBox;
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->lineEdit()->setPlaceholderText(tr("Nobody"));
    m_assignee->lineEdit()->setMaxLength(Article::kMaxAssignee);
    m_assignee->lineEdit()->setAccessibleName(tr("Assigned to"));
    m_assignee->setToolTip(tr("Who on the desk has the story now; \"Assigned to me\" in the "
                              "archive list finds it"));
    m_publishedAt = new QDateTimeEdit;
    m_publishedAt->setCalendarPopup(true);
    m_publishedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_publishedAt->setToolTip(tr("A time still to come schedules the article: the site "
                                 "leaves it out until then"));
    m_scheduled = new QLabel;
    m_scheduled->setWordWrap(true);
    m_scheduled->hide();
    m_tags = new TagLineEdit;
    m_language = new LanguageField(m_document);
    m_language->lineEdit()->setAccessibleName(tr("Language"));
    m_tags->setPlaceholderText(tr("one, two, three"));
    m_aiGenerated = new QCheckBox(tr("A&I-generated"));
    m_disclosure = new QLineEdit;
    m_disclosure->setPlaceholderText(tr("Disclosure readers see"));
    m_sources = new QPlainTextEdit;
    m_sources->setPlaceholderText(tr("One URL a line"));
    m_sources->setTabChangesFocus(true);
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 4 + 12);
    m_sources->setUndoRedoEnabled(false);
    m_wordTarget = new QSpinBox;
    m_wordTarget->setRange(0, Article::kMaxWordTarget);
    m_wordTarget->setSingleStep(50);
    m_wordTarget->setSuffix(tr(" words"));
    m_wordTarget->setSpecialValueText(tr("None"));
    m_wordTarget->setToolTip(tr("The length the desk asked for: the status bar shows how "
                                "far along the story is"));

    // One field a row: the panel is narrow, and every label is its field's buddy (its
    // mnemonic goes there, a screen reader reads it as the field's name).
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("B&yline"), m_byline);
    form->addRow(tr("Date&line"), m_dateline);
    form->addRow(tr("Sec&tion"), m_section);
    form->addRow(tr("La&nguage"), m_language);
    form->addRow(tr("Sl&ug"), m_slug);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Assigned t&o"), m_assignee);
    form->addRow(tr("Pu&blished"), m_publishedAt);
    form->addRow(QString(), m_scheduled);
    form->addRow(tr("Ta&gs"), m_tags);
    form->addRow(QString(), m_aiGenerated);
    form->addRow(tr("Dis&closure"), m_disclosure);
    form->addRow(tr("Sou&rces"), m_sources);
    form->addRow(tr("&Word target"), m_wordTarget);

    // Scrolling the panel past a field must not change it (hand the story to someone else,
    // set it Ready): the wheel turns a choice only once the field has the focus.
    for (QWidget *w : std::initializer_list<QWidget *>{m_section, m_language, m_status, m_assignee,
                                                       m_publishedAt, m_wordTarget}) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(this);
    }

    auto *shortcuts = new MenuShortcutFilter(MenuShortcutFilter::Undo::Article, this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_byline, m_dateline, m_section->lineEdit(),
                                                       m_slug, m_assignee->lineEdit(), m_tags,
                                                       m_disclosure, m_sources, m_wordTarget})
        w->installEventFilter(shortcuts);
}

QWidget *ArticleDetails::inputFor(ArticleField field) const
{
    switch (field) {
    case ArticleField::Byline:
        return m_byline;
    case ArticleField::Dateline:
        return m_dateline;
    case ArticleField::Section:
        return m_section;
    case ArticleField::Slug:
        return m_slug;
    case ArticleField::Status:
        return m_status;
    case ArticleField::PublishedAt:
        return m_publishedAt;
    case ArticleField::Tags:
        return m_tags;
    case ArticleField::Language:
        return m_language;
    case ArticleField::AiGenerated:
        return m_aiGenerated;
    case ArticleField::Disclosure:
        return m_disclosure;
    case ArticleField::Sources:
        return m_sources;
    case ArticleField::WordTarget:
        return m_wordTarget;
    case ArticleField::Assignee:
        return m_assignee;
    default:
        return nullptr;
    }
}

void ArticleDetails::edit(ArticleField field, const QVariant &value)
{
    if (!m_showing)
        m_document.edit(field, value);
}

void ArticleDetails::connectEdits()
{
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
    connect(m_status, &QComboBox::activated, this, &ArticleDetails::onStatusPicked);
    // A name is taken when picked or when typing ends, not a letter at a time: each letter
    // would be a save of someone else's name.
    connect(m_assignee, &QComboBox::activated, this, &ArticleDetails::onAssigneeEdited);
    connect(m_assignee->lineEdit(), &QLineEdit::editingFinished, this,
            &ArticleDetails::onAssigneeEdited);
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
    connect(m_wordTarget, &QSpinBox::valueChanged, this,
            [this](int words) { edit(ArticleField::WordTarget, words); });
}

void ArticleDetails::onStatusPicked(int index)
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

bool ArticleDetails::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && field && !field->hasFocus()) {
        event->ignore(); // on to the scroll area around the panel
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleDetails::onAssigneeEdited()
{
    const QString assignee = m_assignee->currentText().trimmed();
    if (m_showing || assignee == m_document.article().assignee)
        return;
    m_document.edit(ArticleField::Assignee, assignee,
                    assignee.isEmpty() ? tr("Assign to nobody") : tr("Assign to %1").arg(assignee));
}

void ArticleDetails::showAll()
{
    for (ArticleField field :
         {ArticleField::Byline, ArticleField::Dateline, ArticleField::Section, ArticleField::Slug,
          ArticleField::Tags, ArticleField::Status, ArticleField::PublishedAt,
          ArticleField::AiGenerated, ArticleField::Disclosure, ArticleField::Sources,
          ArticleField::WordTarget, ArticleField::Assignee})
        showField(field);
    for (QLineEdit *line : {m_slug, m_disclosure})
        line->home(false); // the start of a long line, not its end
}

void ArticleDetails::showField(ArticleField field)
{
    const Article &a = m_document.article();
    const QScopedValueRollback showing(m_showing, true);
    auto setLine = [](QLineEdit *line, const QString &text) {
        if (line->text() != text)
            line->setText(text);
    };
    switch (field) {
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
    case ArticleField::Status:
    case ArticleField::PublishedAt:
        m_status->setCurrentIndex(m_status->findData(int(a.status)));
        m_publishedAt->setEnabled(a.status == ArticleStatus::Published && a.publishedAt.isValid());
        m_publishedAt->setDateTime(a.publishedAt.isValid() ? a.publishedAt.toLocalTime()
                                                           : QDateTime::currentDateTime());
        m_scheduled->setVisible(isScheduled(a.status, a.publishedAt));
        m_scheduled->setText(
            tr("Scheduled: on the site from %1.")
                .arg(QLocale().toString(a.publishedAt.toLocalTime(), QLocale::ShortFormat)));
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
    case ArticleField::WordTarget:
        m_wordTarget->setValue(a.wordTarget);
        break;
    case ArticleField::Assignee:
        if (m_assignee->currentText() != a.assignee)
            m_assignee->setCurrentText(a.assignee);
        break;
    default:
        break;
    }
}

void ArticleDetails::setCompletions(const QStringList &sections, const QStringList &tags)
{
    const QScopedValueRollback showing(m_showing, true);
    const QString current = m_section->currentText();
    m_section->clear();
    m_section->addItems(sections);
    m_section->setCurrentText(current);
    m_tags->setKnownTags(tags);
}

void ArticleDetails::setAssignableUsers(const QStringList &users)
{
    const QScopedValueRollback showing(m_showing, true);
    const QString current = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItems(users);
    m_assignee->setCurrentText(current);
}

} // namespace newsroom
