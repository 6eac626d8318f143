#include "FtsQuery.h"

#include "MultilingualTokenizer.h"

#include <QStringList>

namespace newsroom {

namespace {

bool hasSearchableText(const QString &text)
{
    bool found = false;
    MultilingualTokenizer::tokenize(text.toUtf8(), [&](const auto &) {
        found = true;
        return false;
    });
    return found;
}

bool isSingleCjk(const QString &text)
{
    const QList<uint> ucs = text.toUcs4();
    return ucs.size() == 1 && MultilingualTokenizer::isCjk(ucs.front());
}

// Shorter prefixes ("a*", "go*") would match a good part of the archive's vocabulary
// and have no prefix index; they are searched as words.
constexpr int kMinPrefixChars = 3;

QString quoted(const QueryTerm &term)
{
    QString text = term.text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') +
           (term.searchedAsPrefix() ? QStringLiteral("*") : QString());
}

} // namespace

bool QueryTerm::searchedAsPrefix() const
{
    return (!phrase && isSingleCjk(text)) || (prefix && text.size() >= kMinPrefixChars);
}

QList<QueryTerm> parseSearchText(const QString &userText)
{
    // FTS5 reads its query as a C string, so a NUL inside a quoted term would end the query
    // there ("unterminated string"). The tokenizer never makes it part of a word: it
    // separates terms as a space does.
    QString input = userText;
    input.replace(QChar(0), QLatin1Char(' '));
    QList<QueryTerm> terms;
    bool pendingOr = false;
    qsizetype i = 0;
    while (i < input.size()) {
        if (input[i].isSpace()) {
            ++i;
            continue;
        }
        QueryTerm term;
        if (input[i] == QLatin1Char('-') && i + 1 < input.size() && !input[i + 1].isSpace()) {
            term.negated = true;
            ++i;
        }
        if (input[i] == QLatin1Char('"')) {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? input.size() : close;
            term.text = input.mid(i + 1, end - i - 1);
            term.phrase = true;
            i = end + 1;
            if (i < input.size() && input[i] == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < input.size() && !input[end].isSpace() && input[end] != QLatin1Char('"'))
                ++end;
            term.text = input.mid(i, end - i);
            i = end;
            if (term.text == QLatin1StringView("OR") && !term.negated) {
                pendingOr = !terms.isEmpty();
                continue;
            }
            while (term.text.endsWith(QLatin1Char('*'))) {
                term.text.chop(1);
                term.prefix = true;
            }
        }
        if (!hasSearchableText(term.text))
            continue;
        term.orWithPrevious =
            pendingOr && !term.negated && !terms.isEmpty() && !terms.back().negated;
        pendingOr = false;
        terms.append(term);
    }
    return terms;
}

QString buildFtsQuery(const QString &userText)
{
    QStringList groups; // AND-ed; each group is one or more OR-ed terms
    QStringList excluded;
    QStringList current;
    const auto closeGroup = [&] {
        if (!current.isEmpty())
            groups.append(current.size() == 1
                              ? current.front()
                              : QLatin1Char('(') + current.join(QStringLiteral(" OR ")) +
                                    QLatin1Char(')'));
        current.clear();
    };
    for (const QueryTerm &term : parseSearchText(userText)) {
        if (term.negated) {
            excluded.append(quoted(term));
            continue;
        }
        if (!term.orWithPrevious)
            closeGroup();
        current.append(quoted(term));
    }
    closeGroup();
    if (groups.isEmpty())
        return {};
    QString query = groups.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        query = QLatin1Char('(') + query + QStringLiteral(") NOT (") +
                excluded.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return query;
}

} // namespace newsroom
