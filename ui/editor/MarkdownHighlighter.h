#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace newsroom {

class SpellChecker;

// Colours the Markdown an editor types (headings, emphasis, links, quotes, lists, code)
// and underlines words the spell checker does not know. Formats come from the palette,
// so dark mode reads as well as light.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    MarkdownHighlighter(QTextDocument *document, const SpellChecker *spell);

    // What counts as a word when checking spelling.
    static QRegularExpression wordPattern();

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightSpelling(const QString &text);
    void applyPattern(const QString &text, const QRegularExpression &pattern,
                      const QTextCharFormat &format, int group = 0);

    const SpellChecker *m_spell;
};

} // namespace newsroom
