#include "SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <hunspell.hxx>

Q_LOGGING_CATEGORY(lcSpell, "newsroom.spell", QtWarningMsg)

namespace newsroom {

SpellChecker::SpellChecker(QObject *parent) : QObject(parent)
{
    loadPersonalWords();
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

QString SpellChecker::personalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/personal-dictionary.txt");
}

bool SpellChecker::setLanguage(const QString &language)
{
    m_cache.clear();
    m_hunspell.reset();
    m_language.clear();
    const QString base = dictionaryFolder() + QLatin1Char('/') + language;
    if (!language.isEmpty() && QFile::exists(base + QStringLiteral(".dic")) &&
        QFile::exists(base + QStringLiteral(".aff"))) {
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")),
                                                QFile::encodeName(base + QStringLiteral(".dic")));
        m_language = language;
        for (const QString &word : std::as_const(m_personal))
            m_hunspell->add(word.toStdString());
    } else if (!language.isEmpty()) {
        qCWarning(lcSpell) << "no Hunspell dictionary for" << language << "in"
                           << dictionaryFolder();
    }
    Q_EMIT dictionaryChanged();
    return isActive();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell)
        return true;
    auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return *cached;
    const bool correct = m_personal.contains(word) || m_hunspell->spell(word.toStdString());
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &s : m_hunspell->suggest(word.toStdString()))
        result.append(QString::fromStdString(s));
    return result;
}

void SpellChecker::addToPersonalDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return;
    m_personal.insert(word);
    if (m_hunspell)
        m_hunspell->add(word.toStdString());
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
