#pragma once

#include <QByteArray>
#include <QString>

namespace newsroom {

// Typographic punctuation for text as the Markdown renderer writes it: straight quotes
// become the language's quotation marks ("…" is “…” in English and Korean, „…“ in German,
// « … » with narrow no-break spaces in French, «…» in Spanish and Arabic), an apostrophe
// between letters ’, -- an en dash, --- an em dash and ... an ellipsis. Text arrives in
// pieces (md4c calls back between a word and its emphasis), so what came before is
// remembered within a block. Left exactly as typed: anything given to pass() (code), words
// that are addresses (containing "://", "www." or an '@'), raw HTML tags
// written in the text ("<a title="x">", shown as text), and a mark escaped with a
// backslash. Works on UTF-8 and writes UTF-8, unescaped; it never writes '<', '>' or '&'.
class SmartPunctuation
{
public:
    // The quotation marks of a language, in UTF-8.
    struct Marks
    {
        QByteArray doubleOpen;
        QByteArray doubleClose;
        QByteArray singleOpen;
        QByteArray singleClose;
    };
    static Marks marksFor(const QString &languageTag);

    explicit SmartPunctuation(const QString &languageTag);

    // A new paragraph, heading, list item or cell: no quote is open.
    void startBlock();
    // Appends `text` to `out` with its punctuation made typographic. `escapedFirst`: the
    // first character was escaped with a backslash in the Markdown, and stays as it is.
    void convert(QByteArray &out, const char *text, qsizetype size, bool escapedFirst = false);
    // Text shown as written (code, entities), remembered only as what came before.
    void pass(const char *text, qsizetype size);
    // A line break inside a block.
    void space();

private:
    void remember(const char *text, qsizetype size);
    void quote(QByteArray &out, bool isDouble, const char *next, const char *end);

    Marks m_marks;
    bool m_spaced = false; // French: a narrow no-break space inside the guillemets
    char32_t m_last = 0;   // the last character of the block so far; 0 at its start
    int m_doubleOpen = 0;
    int m_singleOpen = 0;
    bool m_inTag = false;     // between "<tag" and ">"
    char32_t m_beforeTag = 0; // m_last before the tag
    bool m_lessAtEnd = false; // the last piece ended with '<'
    bool m_inAddress = false; // in a word that is an address, up to the next space
};

} // namespace newsroom
