#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <memory>

class Hunspell;

namespace newsroom {

class ArticleDocument;

// Spelling by Hunspell with the dictionaries Debian installs (/usr/share/hunspell), in the
// article's language: the one set on it, else the one guessed from its text. A language
// without an installed dictionary is not checked at all (nothing underlined), never checked
// against another language's words. Dictionaries load on a worker thread (Korean's takes
// about a second) and the last few stay loaded, so going back and forth between articles
// is immediate; until one has loaded, nothing is underlined. Plus the editor's personal
// dictionary (a word a line, in the app's data folder), which holds for every language.
// Answers are cached: the highlighter asks about every word of the body on each change.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKeptDictionaries = 3;
    static constexpr int kGuessDelay = 500; // ms after the text last changed
    // What setLanguage() takes to follow the article (see there).
    static constexpr const char *kFollowArticle = "article";

    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    static QString dictionaryFolder();
    static QStringList availableLanguages(); // "en_US", ...
    // The installed dictionary for a BCP 47 tag: the tag's own region ("de-AT": de_AT), then
    // the language alone ("ar": ar), then its usual region ("en": en_US, "ko": ko_KR), then
    // any region of it; empty when there is none.
    static QString dictionaryFor(const QString &languageTag,
                                 const QStringList &available = availableLanguages());

    // Underlining on or off (Preferences). Off at first: the window turns it on once it
    // shows, so that no dictionary loads before.
    void setUnderlining(bool on);
    bool underlining() const { return m_underlining; }
    // The language to check: follow() sets it from the article.
    void setArticleLanguage(const QString &languageTag);
    // Follows the document: its language, or the guess from its text while it has none.
    void follow(const ArticleDocument &document);

    // For the window's preference (appsettings::spellLanguage()): empty turns underlining
    // off, kFollowArticle turns it on in the article's language, and a dictionary name
    // ("en_US") turns it on with that dictionary whatever the article's language. Returns
    // whether a dictionary for it is installed (it loads on a worker thread).
    bool setLanguage(const QString &language);
    // What setLanguage() was given last ("" while underlining is off).
    QString language() const;

    // The dictionary in use ("ko_KR"), empty while there is none or it is loading.
    QString dictionary() const { return m_active; }
    bool isActive() const { return m_hunspell != nullptr; }
    bool isLoading() const { return !m_loading.isEmpty(); }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    void addToPersonalDictionary(const QString &word);
    static QString personalDictionaryPath();

Q_SIGNALS:
    // The dictionary in use changed (or was added to): check again.
    void dictionaryChanged();

private:
    struct Loaded
    {
        QString name;
        std::shared_ptr<Hunspell> hunspell;
    };

    void loadPersonalWords();
    void choose();
    void use(const QString &name, std::shared_ptr<Hunspell> hunspell);
    void load(const QString &name);
    void followGuess();

    bool m_underlining = false;
    QString m_fixed;      // a dictionary named by setLanguage(), else empty
    QString m_articleTag; // the article's language, given or guessed
    QString m_wanted;     // the dictionary that should be in use
    QString m_active;     // the one in use
    QString m_loading;    // the one loading, if any
    std::shared_ptr<Hunspell> m_hunspell;
    QList<Loaded> m_loaded; // newest first, at most kKeptDictionaries
    QSet<QString> m_personal;
    mutable QHash<QString, bool> m_cache;
    QPointer<const ArticleDocument> m_document;
    QTimer m_guessTimer;
};

} // namespace newsroom
