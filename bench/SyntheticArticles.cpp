#include "SyntheticArticles.h"

namespace newsroom::bench {

namespace {
constexpr int kVocabulary = 30000;
constexpr int kMidWords = 40;
constexpr int kRareWords = 40;
constexpr int kParagraphs = 8;
constexpr int kWordsPerSentence = 14;

const char *const kSyllables[] = {"ka", "lo", "men", "tri", "sa", "vor", "ul",  "den",
                                  "pa", "ri", "gon", "te",  "mi", "sha", "bel", "no",
                                  "ar", "qu", "zen", "fo",  "li", "dra", "ko",  "ves"};

// Word n of the vocabulary, spelled from syllables: distinct words for distinct n.
QString spell(int n)
{
    constexpr int base = std::size(kSyllables);
    QString word;
    do {
        word += QLatin1StringView(kSyllables[n % base]);
        n /= base;
    } while (n > 0);
    return word + QLatin1StringView(kSyllables[word.size() % base]);
}
} // namespace

SyntheticArticles::SyntheticArticles(quint32 seed) : m_random(seed)
{
    std::vector<double> weights;
    for (int i = 0; i < kVocabulary; ++i) {
        m_vocabulary.append(spell(i));
        weights.push_back(1.0 / (i + 1));
    }
    m_zipf = std::discrete_distribution<int>(weights.begin(), weights.end());
    for (int i = 0; i < kMidWords; ++i)
        m_mid.append(QStringLiteral("mid") + spell(i + 7));
    for (int i = 0; i < kRareWords; ++i)
        m_rare.append(QStringLiteral("rare") + spell(i + 11));
}

QStringList SyntheticArticles::prefixes() const
{
    // Three to seven characters; "kal*" and "kalo*" cover some of the most frequent words.
    return {QStringLiteral("cou*"),   QStringLiteral("coun*"),   QStringLiteral("harb*"),
            QStringLiteral("midka*"), QStringLiteral("rarelo*"), QStringLiteral("kal*"),
            QStringLiteral("kalo*")};
}

QString SyntheticArticles::word()
{
    return m_vocabulary[m_zipf(m_random)];
}

QString SyntheticArticles::sentence(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(word());
    parts.front()[0] = parts.front()[0].toUpper();
    return parts.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString SyntheticArticles::next()
{
    ++m_count;
    std::bernoulli_distribution half(0.5), tenth(0.1), mid(0.02), rare(0.001);
    QStringList lines;
    lines.append(QStringLiteral("%1 %2 %3 report %4").arg(word(), word(), word()).arg(m_count));
    lines.append(sentence(22));
    for (int p = 0; p < kParagraphs; ++p) {
        if (p == kParagraphs / 2)
            lines.append(QStringLiteral("What %1 %2 means").arg(word(), word()));
        QString paragraph = sentence(kWordsPerSentence) + QLatin1Char(' ') +
                            sentence(kWordsPerSentence) + QLatin1Char(' ') +
                            sentence(kWordsPerSentence);
        if (p == 0 && half(m_random))
            paragraph += QStringLiteral(" The %1 met again.").arg(QLatin1StringView(kCommonWord));
        if (p == 1 && tenth(m_random))
            paragraph += QStringLiteral(" The %1 agreed.").arg(QLatin1StringView(kPhrase));
        if (p == 3) {
            for (const QString &w : std::as_const(m_mid)) {
                if (mid(m_random))
                    paragraph += QLatin1Char(' ') + w + QLatin1Char('.');
            }
        }
        if (p == 2) {
            for (const QString &w : std::as_const(m_rare)) {
                if (rare(m_random))
                    paragraph += QLatin1Char(' ') + w + QLatin1Char('.');
            }
        }
        lines.append(paragraph);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<std::pair<QString, QString>> SyntheticArticles::files(int count)
{
    SyntheticArticles generator;
    QList<std::pair<QString, QString>> texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i)
        texts.append({QStringLiteral("synthetic-%1.txt").arg(i), generator.next()});
    return texts;
}

} // namespace newsroom::bench
