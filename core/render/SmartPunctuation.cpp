#include "SmartPunctuation.h"

#include "i18n/Languages.h"

#include <QByteArrayView>
#include <QLocale>

namespace newsroom {

namespace {

constexpr char kNarrowNoBreakSpace[] = "\u202F";
constexpr char kApostrophe[] = "\u2019";
constexpr char kEnDash[] = "\u2013";
constexpr char kEmDash[] = "\u2014";
constexpr char kEllipsis[] = "\u2026";

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isWord(char32_t c)
{
    return c < 0x80 ? isAsciiWord(char(c)) : QChar::isLetterOrNumber(c);
}

// After these a quotation mark opens: the start of a block, a space, an opening bracket, a
// dash or slash, or another opening mark.
bool opensQuote(char32_t c)
{
    if (c == 0 || (c < 0x80 && isAsciiSpace(char(c))))
        return true;
    switch (c) {
    case '(':
    case '[':
    case '{':
    case '-':
    case '/':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case 0x00AB: // «
    case 0x00A1: // ¡
    case 0x00BF: // ¿
    case 0x2013: // –
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x201A: // ‚
    case 0x201C: // “
    case 0x201E: // „
    case 0x2039: // ‹
    case 0x300C: // 「
    case 0x300E: // 『
        return true;
    default:
        return c >= 0x80 && QChar::isSpace(c);
    }
}

// The code point starting at `text` (UTF-8) and the bytes it takes; a broken sequence is
// one byte of U+FFFD.
std::pair<char32_t, qsizetype> decode(const char *text, const char *end)
{
    const auto lead = static_cast<unsigned char>(*text);
    if (lead < 0x80)
        return {lead, 1};
    const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length == 1 || end - text < length)
        return {0xFFFD, 1};
    char32_t cp = lead & (0x7F >> length);
    for (qsizetype i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[i]);
        if ((next & 0xC0) != 0x80)
            return {0xFFFD, 1};
        cp = (cp << 6) | (next & 0x3F);
    }
    return {cp, length};
}

// A word of an address: its quotes, dashes and dots are the address's own.
bool isAddress(QByteArrayView word)
{
    return word.contains("://") || word.contains("www.") || word.contains('@');
}

} // namespace

SmartPunctuation::Marks SmartPunctuation::marksFor(const QString &languageTag)
{
    const QString tag = languages::normalized(languageTag);
    const QString language = languages::primary(tag);
    const QString region = tag.section(QLatin1Char('-'), -1);
    const auto is = [&](const char *name) { return language == QLatin1StringView(name); };
    if (is("en") || is("ko") || is("nl") || (is("pt") && region != QLatin1StringView("PT")) ||
        (is("zh") && !tag.contains(QLatin1StringView("Hant")) &&
         region != QLatin1StringView("TW") && region != QLatin1StringView("HK")))
        return {"\u201C", "\u201D", "\u2018", "\u2019"}; // “…” ‘…’
    if (is("de") && (region == QLatin1StringView("CH") || region == QLatin1StringView("LI")))
        return {"\u00AB", "\u00BB", "\u2039", "\u203A"}; // «…» ‹…›
    if (is("de") || is("cs") || is("sk"))
        return {"\u201E", "\u201C", "\u201A", "\u2018"}; // „…“ ‚…‘
    if (is("fr"))
        return {"\u00AB\u202F", "\u202F\u00BB", "\u201C", "\u201D"}; // « … » “…”
    if (is("es") || is("it") || is("pt") || is("ar") || is("el"))
        return {"\u00AB", "\u00BB", "\u201C", "\u201D"}; // «…» “…”
    if (is("ru") || is("uk"))
        return {"\u00AB", "\u00BB", "\u201E", "\u201C"}; // «…» „…“
    if (is("ja") || is("zh"))
        return {"\u300C", "\u300D", "\u300E", "\u300F"}; // 「…」 『…』
    // Any other language Qt knows: its marks as CLDR has them; else English.
    const QLocale locale(tag);
    if (!tag.isEmpty() && locale.language() != QLocale::C) {
        const QString standard = locale.quoteString(u"", QLocale::StandardQuotation);
        const QString alternate = locale.quoteString(u"", QLocale::AlternateQuotation);
        if (standard.size() == 2 && alternate.size() == 2)
            return {QString(standard[0]).toUtf8(), QString(standard[1]).toUtf8(),
                    QString(alternate[0]).toUtf8(), QString(alternate[1]).toUtf8()};
    }
    return {"\u201C", "\u201D", "\u2018", "\u2019"};
}

SmartPunctuation::SmartPunctuation(const QString &languageTag)
    : m_marks(marksFor(languageTag)),
      m_spaced(languages::primary(languages::normalized(languageTag)) == QLatin1StringView("fr"))
{}

void SmartPunctuation::startBlock()
{
    m_last = 0;
    m_doubleOpen = m_singleOpen = 0;
    m_inTag = m_lessAtEnd = m_inAddress = false;
}

void SmartPunctuation::space()
{
    m_last = ' ';
    m_inAddress = false;
}

void SmartPunctuation::pass(const char *text, qsizetype size)
{
    remember(text, size);
    m_lessAtEnd = m_inAddress = false;
}

void SmartPunctuation::remember(const char *text, qsizetype size)
{
    if (size <= 0)
        return;
    // The last code point: back up over continuation bytes.
    qsizetype start = size - 1;
    while (start > 0 && size - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    m_last = decode(text + start, text + size).first;
}

void SmartPunctuation::quote(QByteArray &out, bool isDouble, const char *next, const char *end)
{
    const bool afterOpening = opensQuote(m_last);
    const bool afterWord = isWord(m_last);
    const bool beforeSpace = next < end && isAsciiSpace(*next);
    const bool beforeWord = next < end && (isAsciiWord(*next) || (*next & 0x80));
    int &open = isDouble ? m_doubleOpen : m_singleOpen;

    bool opening = false;
    if (!isDouble && afterWord && beforeWord) { // it's, l'homme
        out += kApostrophe;
        m_last = 0x2019;
        return;
    }
    if (afterOpening) {
        // '90s: an apostrophe, not a quote.
        if (!isDouble && end - next >= 2 && next[0] >= '0' && next[0] <= '9' && next[1] >= '0' &&
            next[1] <= '9') {
            out += kApostrophe;
            m_last = 0x2019;
            return;
        }
        // " mot " typed for « mot »: a quote standing between spaces closes one that is open.
        opening = !(beforeSpace && open > 0);
    } else if (!isDouble && open == 0) {
        out += kApostrophe; // the dogs' bowls
        m_last = 0x2019;
        return;
    }

    if (opening) {
        const QByteArray &mark = isDouble ? m_marks.doubleOpen : m_marks.singleOpen;
        out += mark;
        ++open;
        m_last = isDouble ? 0x201C : 0x2018; // an opening mark, whatever it looks like
        return;
    }
    const QByteArray &mark = isDouble ? m_marks.doubleClose : m_marks.singleClose;
    if (m_spaced && isDouble && out.endsWith(' ')) // the space typed inside is the narrow one
        out.chop(1);
    out += mark;
    open = std::max(0, open - 1);
    m_last = 0x201D;
}

void SmartPunctuation::convert(QByteArray &out, const char *text, qsizetype size, bool escapedFirst)
{
    const char *end = text + size;
    const char *p = text;
    if (m_lessAtEnd && p < end && (isAsciiWord(*p) || *p == '/' || *p == '!' || *p == '?'))
        m_inTag = true;
    m_lessAtEnd = false;
    if (escapedFirst && p < end) {
        const auto [cp, length] = decode(p, end);
        out.append(p, length);
        m_last = cp;
        p += length;
    }
    // Addresses are looked for at the start of each word and of each piece (a link's text
    // is a piece of its own), so every byte is looked at twice at most.
    bool carried = m_inAddress; // the piece goes on with an address
    bool wordStart = !carried;
    const char *addressFrom = nullptr;
    const char *addressTo = nullptr;
    while (p < end) {
        const char c = *p;
        if (m_inTag) {
            out += c;
            m_inTag = c != '>';
            // Quotes around a tag read as if it were not there: A <b>"word"</b>.
            m_last = m_inTag ? static_cast<unsigned char>(c) : m_beforeTag;
            ++p;
            continue;
        }
        if (isAsciiSpace(c)) {
            out += c;
            m_last = ' ';
            m_inAddress = carried = false;
            wordStart = true;
            ++p;
            continue;
        }
        if (wordStart) {
            wordStart = false;
            const char *wordEnd = p;
            while (wordEnd < end && !isAsciiSpace(*wordEnd))
                ++wordEnd;
            // Quotes, brackets and a full stop around an address are prose: "www.a.org".
            const char *from = p;
            while (from < wordEnd && QByteArrayView("\"'([{").contains(*from))
                ++from;
            const char *to = wordEnd;
            while (to > from && QByteArrayView("\"')]}.,;:!?").contains(to[-1]))
                --to;
            if (isAddress(QByteArrayView(from, to - from))) {
                addressFrom = from;
                addressTo = to;
                m_inAddress = to == end; // it goes on in the next piece
            }
        }
        if (carried || (p >= addressFrom && p < addressTo) ||
            static_cast<unsigned char>(c) >= 0x80) {
            const auto [cp, length] = decode(p, end);
            out.append(p, length);
            m_last = cp;
            p += length;
            continue;
        }
        switch (c) {
        case '<':
            out += c;
            m_beforeTag = m_last;
            if (p + 1 == end)
                m_lessAtEnd = true;
            else if (isAsciiWord(p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?')
                m_inTag = true;
            m_last = '<';
            ++p;
            break;
        case '"':
        case '\'':
            quote(out, c == '"', p + 1, end);
            ++p;
            if (m_spaced && c == '"' && m_last == 0x201C && p < end && *p == ' ')
                ++p; // the space typed inside is the narrow one
            break;
        case '-':
        case '.': {
            const char *run = p;
            while (run < end && *run == c)
                ++run;
            const qsizetype count = run - p;
            const char *mark = c == '.' ? (count == 3 ? kEllipsis : nullptr)
                                        : (count == 2   ? kEnDash
                                           : count == 3 ? kEmDash
                                                        : nullptr);
            if (mark) {
                out += mark;
                m_last = decode(mark, mark + 3).first;
            } else {
                out.append(p, count); // "-", "..", "----": as typed
                m_last = char32_t(c);
            }
            p = run;
            break;
        }
        default:
            out += c;
            m_last = static_cast<unsigned char>(c);
            ++p;
            break;
        }
    }
}

} // namespace newsroom
