#include "LanguageField.h"

#include "ArticleDocument.h"
#include "MenuShortcutFilter.h"
#include "i18n/LanguageGuess.h"
#include "i18n/Languages.h"

#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScopedValueRollback>

namespace newsroom {

LanguageField::LanguageField(ArticleDocument &document, QWidget *parent)
    : QComboBox(parent), m_document(document)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    // Rows of one height, measured on the first: measuring every row would load the
    // Korean, Japanese and Chinese fonts (4 MB) for a list nobody has opened yet.
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setUniformItemSizes(true);
    addItem(tr("Guess from the text"), QString());
    for (const languages::Known &language : languages::known()) {
        addItem(QStringLiteral("%1 (%2)").arg(language.nativeName, language.tag), language.tag);
        setItemData(count() - 1, languages::englishName(language.tag), Qt::ToolTipRole);
    }
    completer()->setFilterMode(Qt::MatchContains); // "ko" finds "한국어 (ko)"
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->installEventFilter(new MenuShortcutFilter(MenuShortcutFilter::Undo::Article, this));
    setToolTip(tr("The article's language, for its spelling and its page. Pick one, type a "
                  "language tag such as pt-BR, or leave it empty to guess it from the text."));

    m_guessTimer.setSingleShot(true);
    m_guessTimer.setInterval(kGuessDelay);
    connect(&m_guessTimer, &QTimer::timeout, this, &LanguageField::updateGuess);
    connect(this, &QComboBox::activated, this, &LanguageField::onPicked);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(lineEdit()->text()); });
    connect(&m_document, &ArticleDocument::loaded, this, [this] {
        updateGuess();
        showLanguage();
    });
    connect(&m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Language)
            showLanguage();
        else if (field == ArticleField::Headline || field == ArticleField::Dek ||
                 field == ArticleField::Body)
            m_guessTimer.start(); // guessing on every keystroke would be felt in a long body
    });
    updateGuess();
    showLanguage();
}

QString LanguageField::guess()
{
    if (m_guessTimer.isActive())
        updateGuess();
    return m_guess;
}

QString LanguageField::tagFor(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty() || typed == tr("Guess from the text"))
        return QStringLiteral(""); // empty, not null: guess
    // "한국어 (ko)", as listed
    static const QRegularExpression listed(QStringLiteral("\\(([^()]+)\\)$"));
    if (const auto match = listed.match(typed); match.hasMatch())
        return languages::normalized(match.captured(1));
    for (const languages::Known &language : languages::known()) {
        if (typed.compare(language.nativeName, Qt::CaseInsensitive) == 0 ||
            typed.compare(languages::englishName(language.tag), Qt::CaseInsensitive) == 0)
            return language.tag;
    }
    return languages::normalized(typed);
}

void LanguageField::commit(const QString &text)
{
    if (m_showing)
        return;
    const QString tag = tagFor(text);
    if (tag.isNull() || tag == m_document.article().language) {
        showLanguage(); // no tag, or no change: the article's language again, as listed
        return;
    }
    m_document.edit(ArticleField::Language, tag,
                    tag.isEmpty() ? tr("Guess the language")
                                  : tr("Set the language to %1").arg(languages::englishName(tag)));
}

void LanguageField::onPicked(int index)
{
    if (index >= 0)
        commit(itemData(index).toString().isEmpty() ? QString() : itemText(index));
}

void LanguageField::updateGuess()
{
    m_guessTimer.stop();
    m_guess = languageguess::fromArticle(m_document.article());
    lineEdit()->setPlaceholderText(m_guess.isEmpty()
                                       ? tr("Guessed from the text")
                                       : tr("Guessed: %1").arg(languages::englishName(m_guess)));
}

void LanguageField::showLanguage()
{
    const QScopedValueRollback showing(m_showing, true);
    const QString tag = languages::normalized(m_document.article().language);
    const int listed = tag.isEmpty() ? -1 : findData(tag);
    if (listed > 0) {
        setCurrentIndex(listed);
    } else {
        setCurrentIndex(-1);
        // Not listed: as written (an empty one shows the guess).
        setEditText(tag.isEmpty() ? m_document.article().language.trimmed() : tag);
    }
}

} // namespace newsroom
