#include "SnippetBuilder.h"

#include "FtsQuery.h"
#include "MultilingualTokenizer.h"
#include "SearchHit.h"
#include "model/MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace newsroom {

namespace {
const QString kEllipsis(QChar(0x2026));

struct Token
{
    int start;
    int end;
    bool matched;
};

// The part of `text` a snippet is made from, as UTF-8: the first kScanChars characters,
// ended at a space when one is near, so that no word is cut in two. `cut` says whether
// anything was left out.
QByteArray scannedPart(const QString &text, bool &cut)
{
    cut = text.size() > SnippetBuilder::kScanChars;
    if (!cut)
        return text.toUtf8();
    qsizetype end = SnippetBuilder::kScanChars;
    for (qsizetype i = end; i > SnippetBuilder::kScanChars - 256; --i) {
        if (text.at(i).isSpace()) {
            end = i;
            break;
        }
    }
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return QStringView(text).first(end).toUtf8();
}

} // namespace

SnippetBuilder::SnippetBuilder(const QString &userText)
{
    // The same terms the index was asked for, excluded ones aside.
    for (const QueryTerm &term : parseSearchText(userText)) {
        if (term.negated)
            continue;
        QList<QByteArray> tokens;
        MultilingualTokenizer::tokenize(term.text.toUtf8(), [&](const auto &token) {
            tokens.append(QByteArray(token.term.data(), token.term.size()));
            return true;
        });
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (term.searchedAsPrefix() && i == tokens.size() - 1)
                m_prefixes.append(tokens[i]);
            else
                m_terms.insert(tokens[i]);
        }
    }
}

bool SnippetBuilder::matches(QByteArrayView term) const
{
    if (m_terms.contains(QByteArray::fromRawData(term.data(), term.size())))
        return true;
    for (const QByteArray &prefix : m_prefixes) {
        if (term.startsWith(prefix))
            return true;
    }
    return false;
}

std::optional<QString> SnippetBuilder::build(const QString &text) const
{
    bool cut = false;
    const QByteArray utf8 = scannedPart(text, cut);
    QList<Token> tokens;
    MultilingualTokenizer::tokenize(utf8, [&](const auto &token) {
        tokens.append({token.start, token.end, matches(token.term)});
        return true;
    });

    // The window of kTokens tokens holding the most matches; the earliest wins a tie.
    qsizetype best = 0;
    int bestCount = 0;
    int count = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        count += tokens[i].matched;
        if (i >= kTokens)
            count -= tokens[i - kTokens].matched;
        if (count > bestCount) {
            bestCount = count;
            best = std::max<qsizetype>(0, i - kTokens + 1);
        }
    }
    if (bestCount == 0)
        return std::nullopt;
    // Give the first match some lead-in rather than leaving it at the window's edge.
    qsizetype first = best;
    while (!tokens[first].matched)
        ++first;
    best = std::clamp<qsizetype>(first - kTokens / 4, 0,
                                 std::max<qsizetype>(0, tokens.size() - kTokens));
    const qsizetype last = std::min<qsizetype>(tokens.size(), best + kTokens) - 1;

    // Matched byte ranges, merged where they overlap (CJK terms share characters).
    QList<std::pair<int, int>> marks;
    for (qsizetype i = best; i <= last; ++i) {
        if (!tokens[i].matched)
            continue;
        if (!marks.isEmpty() && tokens[i].start <= marks.back().second)
            marks.back().second = std::max(marks.back().second, tokens[i].end);
        else
            marks.append({tokens[i].start, tokens[i].end});
    }

    const int from = best == 0 ? 0 : tokens[best].start;
    const int to = last == tokens.size() - 1 ? int(utf8.size()) : tokens[last].end;
    QString out = best == 0 ? QString() : kEllipsis;
    int position = from;
    for (const auto &[start, end] : marks) {
        out += QString::fromUtf8(utf8.mid(position, start - position));
        out += SearchHit::kMarkStart + QString::fromUtf8(utf8.mid(start, end - start)) +
               SearchHit::kMarkEnd;
        position = end;
    }
    out += QString::fromUtf8(utf8.mid(position, to - position));
    if (to < utf8.size() || cut)
        out += kEllipsis;
    return markdowntext::withoutMarks(out).simplified();
}

QString SnippetBuilder::opening(const QString &text)
{
    bool cut = false;
    const QByteArray utf8 = scannedPart(text, cut);
    int end = int(utf8.size());
    int seen = 0;
    MultilingualTokenizer::tokenize(utf8, [&](const auto &token) {
        if (++seen < kTokens)
            return true;
        end = token.end;
        return false;
    });
    const QString head = markdowntext::withoutMarks(QString::fromUtf8(utf8.left(end))).simplified();
    return end < utf8.size() || cut ? head + kEllipsis : head;
}

} // namespace newsroom
