#include "MultilingualTokenizer.h"

#include "Fts5Api.h"
#include "store/SqliteErrors.h"

#include <QChar>
#include <QList>
#include <QString>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace newsroom {

namespace {

// Longer runs (base64, hashes) are cut: nobody searches for their tail.
constexpr int kMaxTermChars = 64;

enum class CharKind
{
    Separator,
    Word,
    Cjk,
    Mark
};

bool cjk(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x2FDF) ||
           (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3040 && cp <= 0x318F) ||
           (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF66 && cp <= 0xFFDC) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

CharKind kindOf(char32_t cp)
{
    if (cp < 0x80) {
        const bool alnum =
            (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return alnum ? CharKind::Word : CharKind::Separator;
    }
    if (cjk(cp))
        return CharKind::Cjk;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return CharKind::Mark;
    case QChar::Mark_SpacingCombining:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharKind::Word;
    default:
        return CharKind::Separator;
    }
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Arabic spelling variants that readers treat as the same letter (Lucene's ArabicNormalizer).
char32_t arabicBase(char32_t cp)
{
    switch (cp) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627;
    case 0x0649: // ى
        return 0x064A;
    case 0x0629: // ة
        return 0x0647;
    default:
        return cp;
    }
}

void foldInto(std::string &out, char32_t cp);

void foldUncached(std::string &out, char32_t cp)
{
    if (cp == 0x0640) // tatweel only stretches a word
        return;
    if (cp == 0x00DF || cp == 0x1E9E) { // ß folds to "ss" (full case folding)
        out += "ss";
        return;
    }
    const char32_t arabic = arabicBase(cp);
    if (arabic != cp) {
        appendUtf8(out, arabic);
        return;
    }
    if (QChar::decompositionTag(cp) != QChar::NoDecomposition) {
        const QList<uint> parts = QChar::decomposition(cp).toUcs4();
        for (uint part : parts) {
            if (kindOf(part) != CharKind::Mark)
                foldInto(out, part);
        }
        return;
    }
    const char32_t folded = QChar::toCaseFolded(cp);
    if (folded != cp) {
        foldInto(out, folded);
        return;
    }
    appendUtf8(out, cp);
}

// Non-ASCII folding asks Qt's Unicode tables, so each thread remembers its answers.
void foldInto(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += (cp >= 'A' && cp <= 'Z') ? char(cp + 32) : char(cp);
        return;
    }
    thread_local std::unordered_map<char32_t, std::string> cache;
    auto it = cache.find(cp);
    if (it == cache.end()) {
        std::string folded;
        foldUncached(folded, cp);
        it = cache.emplace(cp, std::move(folded)).first;
    }
    out += it->second;
}

// Decodes one UTF-8 sequence at `i`; malformed bytes come back as U+FFFD, one byte long.
char32_t decodeAt(QByteArrayView text, qsizetype i, int *length)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    int n = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) {
        *length = 1;
        return 0xFFFD;
    }
    char32_t cp = n == 1 ? b0 : b0 & (0x7F >> n);
    for (int k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    *length = n;
    return cp;
}

struct CjkChar
{
    char32_t cp;
    int start;
    int end;
};

class TokenWriter
{
public:
    explicit TokenWriter(const MultilingualTokenizer::Sink &sink) : m_sink(sink) {}

    bool stopped() const { return m_stopped; }

    void addWordChar(char32_t cp, int start, int end, bool isMark)
    {
        if (m_term.empty() && m_chars == 0)
            m_start = start;
        m_end = end;
        if (!isMark && m_chars < kMaxTermChars) {
            foldInto(m_term, cp);
            ++m_chars;
        }
    }

    void addCjk(char32_t cp, int start, int end) { m_cjk.push_back({cp, start, end}); }

    void flush()
    {
        flushWord();
        flushCjk();
    }

    void flushWord()
    {
        if (m_chars > 0 && !m_term.empty())
            emit(m_term, m_start, m_end);
        m_term.clear();
        m_chars = 0;
    }

    void flushCjk()
    {
        if (m_cjk.size() == 1)
            emitCjk(0, 0);
        for (size_t i = 0; i + 1 < m_cjk.size(); ++i)
            emitCjk(i, i + 1);
        m_cjk.clear();
    }

private:
    void emitCjk(size_t first, size_t last)
    {
        std::string term;
        for (size_t i = first; i <= last; ++i)
            appendUtf8(term, m_cjk[i].cp);
        emit(term, m_cjk[first].start, m_cjk[last].end);
    }

    void emit(const std::string &term, int start, int end)
    {
        if (m_stopped)
            return;
        MultilingualTokenizer::Token token{QByteArrayView(term.data(), qsizetype(term.size())),
                                           start, end};
        m_stopped = !m_sink(token);
    }

    const MultilingualTokenizer::Sink &m_sink;
    std::string m_term;
    int m_chars = 0;
    int m_start = 0;
    int m_end = 0;
    std::vector<CjkChar> m_cjk;
    bool m_stopped = false;
};

// FTS5's C interface, forwarding to MultilingualTokenizer. The tokenizer keeps no state,
// so one static object serves every table.
int fts5Create(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void fts5Delete(Fts5Tokenizer *) {}

int fts5Tokenize(Fts5Tokenizer *, void *context, int, const char *text, int length,
                 int (*emit)(void *, int, const char *, int, int, int))
{
    int rc = SQLITE_OK;
    MultilingualTokenizer::tokenize(QByteArrayView(text, length), [&](const auto &token) {
        rc = emit(context, 0, token.term.data(), int(token.term.size()), token.start, token.end);
        return rc == SQLITE_OK;
    });
    return rc;
}

} // namespace

bool MultilingualTokenizer::isCjk(char32_t codePoint)
{
    return cjk(codePoint);
}

void MultilingualTokenizer::tokenize(QByteArrayView utf8, const Sink &sink)
{
    TokenWriter writer(sink);
    int length = 0;
    for (qsizetype i = 0; i < utf8.size() && !writer.stopped(); i += length) {
        const char32_t cp = decodeAt(utf8, i, &length);
        const int start = int(i);
        const int end = int(i + length);
        switch (kindOf(cp)) {
        case CharKind::Word:
            writer.flushCjk();
            writer.addWordChar(cp, start, end, false);
            break;
        case CharKind::Mark:
            writer.addWordChar(cp, start, end, true);
            break;
        case CharKind::Cjk:
            writer.flushWord();
            writer.addCjk(cp, start, end);
            break;
        case CharKind::Separator:
            writer.flush();
            break;
        }
    }
    writer.flush();
}

StoreStatus MultilingualTokenizer::registerWith(sqlite3 *db)
{
    const auto api = fts5::api(db);
    if (!api)
        return std::unexpected(api.error());
    static fts5_tokenizer tokenizer{fts5Create, fts5Delete, fts5Tokenize};
    if ((*api)->xCreateTokenizer(*api, "newsroom", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db));
    return {};
}

} // namespace newsroom
