#include "ArticleTerms.h"

#include "MultilingualTokenizer.h"

#include <QChar>
#include <algorithm>

namespace newsroom {

namespace {

// The code point that starts at `at` (a lead byte); U+FFFD when the bytes are malformed.
char32_t codePointAt(QByteArrayView utf8, qsizetype at)
{
    const auto lead = static_cast<unsigned char>(utf8[at]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    if (at + length > utf8.size())
        return 0xFFFD;
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(utf8[at + i]) & 0x3F);
    return cp;
}

// Whether the word at `start` opens a sentence (or the text), where every word is
// capitalized and case says nothing about names. Looks back past spaces, quotes,
// brackets and Markdown marks to the previous letter or full stop.
bool opensSentence(QByteArrayView utf8, qsizetype start)
{
    qsizetype at = start;
    for (int steps = 0; steps < 8; ++steps) {
        if (at == 0)
            return true;
        --at;
        while (at > 0 && (static_cast<unsigned char>(utf8[at]) & 0xC0) == 0x80)
            --at;
        const char32_t cp = codePointAt(utf8, at);
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == 0x3002)
            return true;
        if (QChar::isLetterOrNumber(cp))
            return false;
    }
    return false;
}

QByteArray opening(const QString &text)
{
    qsizetype end = std::min(text.size(), ArticleTerms::kFieldChars);
    if (end < text.size() && end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    // A word cut in two at the end is one term among thousands: no harm done.
    return QStringView(text).first(end).toUtf8();
}

} // namespace

ArticleTerms::ArticleTerms(const QString &headline, const QString &dek, const QString &body,
                           const QStringList &tags)
{
    add(headline, Headline);
    add(tags.join(QLatin1Char(' ')), Tags);
    add(dek, Dek);
    add(body, Body);
}

bool ArticleTerms::isUseful(QByteArrayView term)
{
    // "a", "of", "42", "2026": never what a story is about.
    return term.size() >= 3 &&
           !std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void ArticleTerms::add(const QString &text, Field field)
{
    const QByteArray utf8 = opening(text);
    const bool prose = field == Dek || field == Body;
    MultilingualTokenizer::tokenize(utf8, [&](const MultilingualTokenizer::Token &token) {
        ++m_length[field];
        if (!isUseful(token.term))
            return true;
        Counts &counts = m_terms[token.term.toByteArray()];
        ++counts.inField[field];
        if (prose) {
            const char32_t first = codePointAt(utf8, token.start);
            if (QChar::isLower(first))
                ++counts.lowercase;
            else if (QChar::isUpper(first) && !opensSentence(utf8, token.start))
                ++counts.capitalizedInSentence;
        }
        return true;
    });
}

} // namespace newsroom
