#pragma once

#include <utility>

#include <QString>
#include <QStringList>
#include <random>

namespace newsroom::bench {

// Deterministic plain-text articles in the shape of a scraped news page, with words
// whose document frequency is known, so every run measures the same archive:
//   kCommonWord in half of the articles, kPhrase in a tenth, mid words in about 2%,
//   rare words in about 0.1%; the rest of the vocabulary follows Zipf's law.
class SyntheticArticles
{
public:
    static constexpr const char *kCommonWord = "council";
    static constexpr const char *kPhrase = "harbor authority";

    explicit SyntheticArticles(quint32 seed = 20261129);

    QString next(); // the next article's text
    // The first `count` articles as the importer takes them: (file name, text).
    static QList<std::pair<QString, QString>> files(int count);
    QStringList midWords() const { return m_mid; }
    QStringList rareWords() const { return m_rare; }
    QStringList prefixes() const;

private:
    QString sentence(int words);
    QString word();

    std::mt19937 m_random;
    QStringList m_vocabulary;
    QStringList m_mid;
    QStringList m_rare;
    std::discrete_distribution<int> m_zipf;
    int m_count = 0;
};

} // namespace newsroom::bench
