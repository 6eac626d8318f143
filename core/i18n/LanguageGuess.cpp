#include "LanguageGuess.h"

#include "model/MarkdownText.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <array>

namespace newsroom::languageguess {

namespace {

// The languages of the word vote, in the order a tie is settled.
constexpr std::array kVoters{"en", "de", "fr", "es", "it", "pt", "nl"};

// The most frequent short words of each language, the ones a news text cannot avoid. A word
// several languages share ("de", "la", "en") votes for each of them.
const QHash<QString, quint8> &commonWords()
{
    static const QHash<QString, quint8> words = [] {
        const std::array<const char *, kVoters.size()> lists{
            // English
            "the and of to is that it was for on are with as his her they be at this have "
            "from by not but had which were their has will said been would its who after "
            "more than an or we she can about there when what",
            // German
            "der die und das ist nicht sich mit den dem des ein eine einen einem einer auf "
            "für von zu im auch sie es wird wurde werden bei nach aus sind hat dass oder "
            "aber noch wie über vor zum zur nur kann haben",
            // French
            "le la les des du une un et est que qui dans pour pas sur au aux avec ce cette "
            "il elle sont ont été par plus mais ou leur ses son nous vous de l d qu selon "
            "était entre aussi",
            // Spanish
            "el la los las del y que en un una es por con para se no su sus al lo como más "
            "pero fue ha este esta entre también sobre ya muy desde hasta son han según de "
            "le era",
            // Italian
            "il lo la gli le di del della dei delle degli che e è un una per con non si sono "
            "ha anche nel nella alla al come più ma da dal questo questa essere stato sul tra "
            "dell nell sull",
            // Portuguese
            "o os a as do da dos das de e que em um uma no na nos nas para com não por se "
            "mais foi são ao pelo pela também seu sua mas como está ele ela já",
            // Dutch
            "de het een en van is dat op te in zijn met voor niet die aan er ook als bij door "
            "maar om worden werd wordt naar uit nog heeft hebben deze dan over kan zal"};
        QHash<QString, quint8> table;
        for (size_t language = 0; language < lists.size(); ++language) {
            const QStringList list = QString::fromUtf8(lists[language]).split(QLatin1Char(' '));
            for (const QString &word : list)
                table[word] |= quint8(1u << language);
        }
        return table;
    }();
    return words;
}

QString fromScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Hangul:
        return QStringLiteral("ko");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QStringLiteral("ja");
    case QChar::Script_Han:
        return QStringLiteral("zh");
    case QChar::Script_Arabic:
        return QStringLiteral("ar");
    case QChar::Script_Hebrew:
        return QStringLiteral("he");
    case QChar::Script_Cyrillic:
        return QStringLiteral("ru");
    case QChar::Script_Greek:
        return QStringLiteral("el");
    case QChar::Script_Thai:
        return QStringLiteral("th");
    case QChar::Script_Devanagari:
        return QStringLiteral("hi");
    case QChar::Script_Armenian:
        return QStringLiteral("hy");
    case QChar::Script_Georgian:
        return QStringLiteral("ka");
    case QChar::Script_Bengali:
        return QStringLiteral("bn");
    case QChar::Script_Tamil:
        return QStringLiteral("ta");
    default:
        return {};
    }
}

// A syllable of Hangul or a Han character says as much as two or three Latin letters: a
// Korean story full of English names and acronyms is still Korean.
int weight(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Hangul:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return 2;
    default:
        return 1;
    }
}

constexpr qsizetype kLongestCommonWord = 8;

class Tally
{
public:
    void letter(char32_t cp)
    {
        // Letters past the longest common word are not kept: such a word votes for nobody.
        const bool keep = m_word.size() <= kLongestCommonWord;
        if (cp < 0x80) { // the common case, without a table lookup
            ++m_letters[QChar::Script_Latin];
            if (keep)
                m_word += QChar(char16_t(cp | 0x20)); // ASCII letters: lower case
            return;
        }
        const QChar::Script script = QChar::script(cp);
        m_letters[script] += weight(script);
        if (script != QChar::Script_Latin)
            endWord();
        else if (keep)
            m_word += QString::fromUcs4(&cp, 1).toLower();
    }

    void endWord()
    {
        if (m_word.isEmpty())
            return;
        if (m_word.size() <= kLongestCommonWord) {
            const quint8 languages = commonWords().value(m_word);
            for (size_t i = 0; i < kVoters.size(); ++i) {
                if (languages & (1u << i))
                    ++m_votes[i];
            }
        }
        m_word.resize(0); // keeps its buffer for the next word
    }

    QString verdict() const
    {
        const auto best = std::max_element(m_letters.begin(), m_letters.end());
        if (*best == 0)
            return {};
        const auto script = QChar::Script(best - m_letters.begin());
        if (script == QChar::Script_Latin) {
            const auto vote = std::max_element(m_votes.begin(), m_votes.end());
            return QString::fromLatin1(*vote > 0 ? kVoters[size_t(vote - m_votes.begin())] : "en");
        }
        // Japanese writes Han with Kana among it (a third or more of a story); Chinese
        // has none but in a quoted Japanese title. A tenth decides.
        const int kana = m_letters[QChar::Script_Hiragana] + m_letters[QChar::Script_Katakana];
        if (script == QChar::Script_Han && kana * 10 >= kana + m_letters[QChar::Script_Han])
            return QStringLiteral("ja");
        return fromScript(script);
    }

private:
    std::array<int, QChar::ScriptCount> m_letters{};
    std::array<int, kVoters.size()> m_votes{};
    QString m_word;
};

} // namespace

QString fromText(QStringView text)
{
    text = text.first(std::min(text.size(), kMaxSample));
    Tally tally;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
            (cp >= 0x80 && QChar::isLetter(cp)))
            tally.letter(cp);
        else if (cp < 0x80 || !QChar::isMark(cp)) // accents written apart stay in the word
            tally.endWord();
    }
    tally.endWord();
    return tally.verdict();
}

QString fromArticle(const Article &article)
{
    // QString::left() of a negative count is the whole string.
    const auto rest = [](const QString &sample) {
        return std::max<qsizetype>(0, kMaxSample - sample.size());
    };
    QString sample = article.headline.left(kMaxSample);
    sample += QLatin1Char('\n') + article.dek.left(rest(sample));
    // The body as it reads: a picture's media:HASH or a link's address is no language (the
    // letters of 20 pictures' hashes read as Portuguese).
    sample += QLatin1Char('\n') +
              markdowntext::withoutMarks(article.body.left(4 * kMaxSample)).left(rest(sample));
    return fromText(sample);
}

} // namespace newsroom::languageguess
