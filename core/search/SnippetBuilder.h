#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace newsroom {

// Cuts a short passage around the best cluster of query terms out of an article's text
// and marks every matched term (SearchHit::kMarkStart/kMarkEnd). It uses the archive's
// own tokenizer, so what it marks is exactly what the index matched, in any script, and
// it needs no second trip through the full-text index. Only the first kScanChars of a
// text are read: a hit in a 16 MB body must not cost a scan of 16 MB per search; a match
// that lies further on gives the dek's or the opening's passage instead.
class SnippetBuilder
{
public:
    static constexpr int kTokens = 24;
    static constexpr qsizetype kScanChars = 64 * 1024;

    // `userText` is what the person typed (see buildFtsQuery for the syntax).
    explicit SnippetBuilder(const QString &userText);

    // The passage, or nothing when no query term occurs in `text`.
    std::optional<QString> build(const QString &text) const;
    // The opening of `text`, for a hit whose match lies elsewhere (in its tags, say).
    static QString opening(const QString &text);

private:
    bool matches(QByteArrayView term) const;

    QSet<QByteArray> m_terms;
    QList<QByteArray> m_prefixes;
};

} // namespace newsroom
