#include "WordCount.h"

#include <QRegularExpression>

namespace newsroom::wordcount {

int count(const QString &markdown)
{
    static const QRegularExpression linkTarget(QStringLiteral(R"(\]\([^()\s]*\))"));
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString text = markdown;
    text.replace(linkTarget, QStringLiteral("]"));
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words;
}

int readingMinutes(int words)
{
    return words > 0 ? (words + kWordsPerMinute - 1) / kWordsPerMinute : 0;
}

} // namespace newsroom::wordcount
