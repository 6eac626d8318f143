#include "SpellChecker.h"

#include "ArticleDocument.h"
#include "i18n/LanguageGuess.h"
#include "i18n/Languages.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <hunspell.hxx>

Q_LOGGING_CATEGORY(lcSpell, "newsroom.spell", QtWarningMsg)

namespace newsroom {

namespace {

// Words are handed to Hunspell in its dictionary's encoding: UTF-8 (every dictionary Debian
// ships today) or Latin-1. One in any other encoding is not used.
bool isUtf8(const Hunspell &hunspell)
{
    const QByteArray encoding = QByteArray(hunspell.get_dict_encoding().c_str()).toUpper();
    return encoding == "UTF-8" || encoding == "UTF8";
}

bool isLatin1(const Hunspell &hunspell)
{
    const QByteArray encoding = QByteArray(hunspell.get_dict_encoding().c_str()).toUpper();
    return encoding == "ISO8859-1" || encoding == "ISO-8859-1" || encoding == "LATIN1";
}

std::string encoded(const Hunspell &hunspell, const QString &word)
{
    return isUtf8(hunspell) ? word.toStdString() : word.toLatin1().toStdString();
}

QString decoded(const Hunspell &hunspell, const std::string &word)
{
    return isUtf8(hunspell) ? QString::fromStdString(word)
                            : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

// The script a dictionary's words are written in: a word in another script (a name in
// Latin letters in a Korean story) is not the dictionary's to judge.
QChar::Script scriptOf(const QString &dictionary)
{
    const QString language = languages::primary(dictionary);
    if (language == QLatin1StringView("ko"))
        return QChar::Script_Hangul;
    if (language == QLatin1StringView("ar") || language == QLatin1StringView("fa"))
        return QChar::Script_Arabic;
    if (language == QLatin1StringView("he") || language == QLatin1StringView("yi"))
        return QChar::Script_Hebrew;
    if (language == QLatin1StringView("el"))
        return QChar::Script_Greek;
    if (language == QLatin1StringView("ru") || language == QLatin1StringView("uk") ||
        language == QLatin1StringView("bg") || language == QLatin1StringView("sr"))
        return QChar::Script_Cyrillic;
    return QChar::Script_Latin;
}

QChar::Script firstLetterScript(const QString &word)
{
    for (const uint cp : word.toUcs4()) {
        if (QChar::isLetter(cp))
            return QChar::script(cp);
    }
    return QChar::Script_Unknown;
}

} // namespace

SpellChecker::SpellChecker(QObject *parent) : QObject(parent)
{
    loadPersonalWords();
    m_guessTimer.setSingleShot(true);
    m_guessTimer.setInterval(kGuessDelay);
    connect(&m_guessTimer, &QTimer::timeout, this, &SpellChecker::followGuess);
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::dictionaryFolder()
{
    return QStringLiteral("/usr/share/hunspell");
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
    const QDir dir(dictionaryFolder());
    for (const QFileInfo &dic : dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files)) {
        if (dir.exists(dic.completeBaseName() + QStringLiteral(".aff")))
            languages.append(dic.completeBaseName());
    }
    return languages;
}

QString SpellChecker::dictionaryFor(const QString &languageTag, const QStringList &available)
{
    const QString tag = languages::normalized(languageTag);
    if (tag.isEmpty())
        return {};
    const QString language = languages::primary(tag);
    QStringList candidates;
    for (const QString &subtag : tag.split(QLatin1Char('-')).mid(1)) {
        if (subtag.size() == 2 && subtag.front().isLetter()) // a region
            candidates.append(language + QLatin1Char('_') + subtag);
    }
    candidates.append(language);
    // The region Qt thinks most likely for the language: en_US, ko_KR, de_DE, pt_BR.
    if (const QLocale likely(language); likely.language() != QLocale::C)
        candidates.append(language + QLatin1Char('_') +
                          likely.name().section(QLatin1Char('_'), 1, 1));
    for (const QString &candidate : std::as_const(candidates)) {
        if (available.contains(candidate))
            return candidate;
    }
    QStringList regions;
    for (const QString &name : available) {
        if (name.startsWith(language + QLatin1Char('_')))
            regions.append(name);
    }
    regions.sort();
    return regions.value(0);
}

QString SpellChecker::personalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/personal-dictionary.txt");
}

void SpellChecker::setUnderlining(bool on)
{
    m_underlining = on;
    choose();
}

void SpellChecker::setArticleLanguage(const QString &languageTag)
{
    m_articleTag = languageTag;
    choose();
}

void SpellChecker::follow(const ArticleDocument &document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = &document;
    // Queued: a new dictionary re-highlights the body, and the body editor must be showing
    // the new article by then (a re-highlight tells the editor its text changed).
    connect(&document, &ArticleDocument::loaded, this, &SpellChecker::followGuess,
            Qt::QueuedConnection);
    connect(&document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Language) // queued too: a restore sets the body after it
            QMetaObject::invokeMethod(this, &SpellChecker::followGuess, Qt::QueuedConnection);
        else if ((field == ArticleField::Headline || field == ArticleField::Dek ||
                  field == ArticleField::Body) &&
                 languages::normalized(m_document->article().language).isEmpty())
            m_guessTimer.start(); // the guess may change as the text does
    });
    followGuess();
}

void SpellChecker::followGuess()
{
    m_guessTimer.stop();
    if (!m_document)
        return;
    const Article &article = m_document->article();
    const QString tag = languages::normalized(article.language);
    setArticleLanguage(tag.isEmpty() ? languageguess::fromArticle(article) : tag);
}

bool SpellChecker::setLanguage(const QString &language)
{
    m_underlining = !language.isEmpty();
    m_fixed = language == QLatin1StringView(kFollowArticle) ? QString() : language;
    if (!m_fixed.isEmpty() && !availableLanguages().contains(m_fixed))
        qCWarning(lcSpell) << "no Hunspell dictionary" << m_fixed << "in" << dictionaryFolder();
    choose();
    return !m_wanted.isEmpty();
}

QString SpellChecker::language() const
{
    if (!m_underlining)
        return {};
    return m_fixed.isEmpty() ? QString::fromLatin1(kFollowArticle) : m_fixed;
}

void SpellChecker::choose()
{
    QString wanted;
    if (m_underlining && !m_fixed.isEmpty())
        wanted = availableLanguages().contains(m_fixed) ? m_fixed : QString();
    else if (m_underlining)
        wanted = dictionaryFor(m_articleTag);
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    if (wanted.isEmpty()) {
        use({}, nullptr);
        return;
    }
    for (qsizetype i = 0; i < m_loaded.size(); ++i) {
        if (m_loaded[i].name == wanted) {
            m_loaded.move(i, 0);
            use(wanted, m_loaded.front().hunspell);
            return;
        }
    }
    // Another language's dictionary would underline every word meanwhile.
    use({}, nullptr);
    load(wanted);
}

void SpellChecker::use(const QString &name, std::shared_ptr<Hunspell> hunspell)
{
    if (m_active == name && m_hunspell == hunspell)
        return;
    m_active = name;
    m_hunspell = std::move(hunspell);
    m_cache.clear();
    Q_EMIT dictionaryChanged();
}

// One dictionary loads at a time; when it is in, the one wanted by then loads next.
void SpellChecker::load(const QString &name)
{
    if (!m_loading.isEmpty())
        return;
    m_loading = name;
    const QString base = dictionaryFolder() + QLatin1Char('/') + name;
    const QSet<QString> personal = m_personal;
    QtConcurrent::run([base, personal]() -> std::shared_ptr<Hunspell> {
        auto hunspell =
            std::make_shared<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")),
                                       QFile::encodeName(base + QStringLiteral(".dic")));
        if (!isUtf8(*hunspell) && !isLatin1(*hunspell))
            return nullptr;
        for (const QString &word : personal)
            hunspell->add(encoded(*hunspell, word));
        return hunspell;
    }).then(this, [this, name](std::shared_ptr<Hunspell> hunspell) {
        m_loading.clear();
        if (!hunspell) {
            qCWarning(lcSpell) << "the Hunspell dictionary" << name
                               << "is in an encoding Newsroom cannot read";
        } else {
            m_loaded.prepend({name, hunspell});
            while (m_loaded.size() > kKeptDictionaries)
                m_loaded.removeLast();
            if (name == m_wanted)
                use(name, hunspell);
        }
        if (!m_wanted.isEmpty() && m_active != m_wanted &&
            std::none_of(m_loaded.cbegin(), m_loaded.cend(),
                         [this](const Loaded &loaded) { return loaded.name == m_wanted; }))
            load(m_wanted);
    });
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell)
        return true;
    auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return *cached;
    const bool correct = m_personal.contains(word) ||
                         firstLetterScript(word) != scriptOf(m_active) ||
                         m_hunspell->spell(encoded(*m_hunspell, word));
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &s : m_hunspell->suggest(encoded(*m_hunspell, word)))
        result.append(decoded(*m_hunspell, s));
    return result;
}

void SpellChecker::addToPersonalDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return;
    m_personal.insert(word);
    for (const Loaded &loaded : std::as_const(m_loaded))
        loaded.hunspell->add(encoded(*loaded.hunspell, word));
    m_cache.insert(word, true);
    const QString path = personalDictionaryPath();
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(word.toUtf8() + '\n');
    else
        qCWarning(lcSpell) << "cannot write the personal dictionary" << path << file.errorString();
    Q_EMIT dictionaryChanged();
}

void SpellChecker::loadPersonalWords()
{
    QFile file(personalDictionaryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty())
            m_personal.insert(word);
    }
}

} // namespace newsroom
