#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class Hunspell;

namespace newsroom {

// Spelling by Hunspell with the dictionaries Debian installs (/usr/share/hunspell), plus
// the editor's personal dictionary (a word a line, in the app's data folder). Answers
// are cached: the highlighter asks about every word of the body on each change.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    static QString dictionaryFolder();
    static QStringList availableLanguages(); // "en_US", ...
    // Loads a language; an empty or missing one turns checking off.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    bool isActive() const { return m_hunspell != nullptr; }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    void addToPersonalDictionary(const QString &word);
    static QString personalDictionaryPath();

Q_SIGNALS:
    void dictionaryChanged(); // language switched or a word added: check again

private:
    void loadPersonalWords();

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QSet<QString> m_personal;
    mutable QHash<QString, bool> m_cache;
};

} // namespace newsroom
