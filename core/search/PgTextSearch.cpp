#include "PgTextSearch.h"

#include "FtsQuery.h"
#include "MultilingualTokenizer.h"

#include <QHash>
#include <QStringList>

namespace newsroom::pgtextsearch {

namespace {
// The server's limits: a position above 16383 is stored as 16383, and a term keeps at
// most 256 positions.
constexpr int kMaxPosition = 16383;
constexpr int kMaxPositions = 256;
constexpr qsizetype kPositionBytes = 2;

QByteArray quotedBytes(QByteArrayView term)
{
    QByteArray quoted;
    quoted.reserve(term.size() + 2);
    quoted += '\'';
    for (char c : term) {
        if (c == '\'' || c == '\\')
            quoted += c;
        quoted += c;
    }
    quoted += '\'';
    return quoted;
}

struct Posting
{
    QByteArray positions; // "1A,7D"
    int count = 0;
};

class VectorBuilder
{
public:
    void addField(const QString &text, char weight)
    {
        const QByteArray utf8 = text.toUtf8();
        MultilingualTokenizer::tokenize(utf8, [&](const MultilingualTokenizer::Token &token) {
            add(token.term, weight);
            return true;
        });
        m_position += 2; // a gap: no phrase reaches from one field into the next
    }

    QByteArray text() const
    {
        QByteArray out;
        for (const QByteArray &term : m_order) {
            if (!out.isEmpty())
                out += ' ';
            out += quotedBytes(term) + ':' + m_postings.value(term).positions;
        }
        return out;
    }

private:
    void add(QByteArrayView term, char weight)
    {
        const int position = std::min(++m_position, kMaxPosition);
        const QByteArray key = term.toByteArray();
        auto found = m_postings.find(key);
        if (found == m_postings.end()) {
            // The server counts a term's bytes, its alignment and its count of positions.
            const qsizetype cost = key.size() + 1 + 2 + kPositionBytes;
            if (m_bytes + cost > kMaxVectorBytes)
                return;
            m_bytes += cost - kPositionBytes;
            m_order.append(key);
            found = m_postings.insert(key, Posting{});
        }
        Posting &posting = *found;
        if (posting.count >= kMaxPositions || m_bytes + kPositionBytes > kMaxVectorBytes)
            return;
        m_bytes += kPositionBytes;
        if (posting.count > 0)
            posting.positions += ',';
        posting.positions += QByteArray::number(position) + weight;
        ++posting.count;
    }

    QHash<QByteArray, Posting> m_postings;
    QList<QByteArray> m_order;
    qsizetype m_bytes = 0; // as the server counts them against kMaxVectorBytes
    int m_position = 0;
};

enum class Form
{
    Exact,
    Candidates
};

// A typed term's tokens, quoted; the last one marked as a prefix when it is searched so.
QStringList quotedTokens(const QueryTerm &term)
{
    QStringList tokens;
    MultilingualTokenizer::tokenize(term.text.toUtf8(), [&](const MultilingualTokenizer::Token &t) {
        tokens.append(quotedTerm(t.term));
        return true;
    });
    if (!tokens.isEmpty() && term.searchedAsPrefix())
        tokens.last() += QStringLiteral(":*");
    return tokens;
}

// A single token, or a phrase of tokens in order (as candidates: all of them, anywhere).
QString expression(const QStringList &tokens, Form form)
{
    if (tokens.size() == 1)
        return tokens.front();
    const QString joint = form == Form::Exact ? QStringLiteral(" <-> ") : QStringLiteral(" & ");
    return QLatin1Char('(') + tokens.join(joint) + QLatin1Char(')');
}

QString queryIn(Form form, const QString &userText)
{
    QStringList groups; // AND-ed; each group is one or more OR-ed terms
    QStringList excluded;
    QStringList current;
    const auto closeGroup = [&] {
        if (!current.isEmpty())
            groups.append(current.size() == 1
                              ? current.front()
                              : QLatin1Char('(') + current.join(QStringLiteral(" | ")) +
                                    QLatin1Char(')'));
        current.clear();
    };
    for (const QueryTerm &term : parseSearchText(userText)) {
        const QStringList tokens = quotedTokens(term);
        if (tokens.isEmpty())
            continue;
        if (term.negated) {
            // Excluding a phrase's words anywhere would exclude more than the phrase.
            if (form == Form::Exact || tokens.size() == 1)
                excluded.append(expression(tokens, form));
            continue;
        }
        if (!term.orWithPrevious)
            closeGroup();
        current.append(expression(tokens, form));
    }
    closeGroup();
    if (groups.isEmpty())
        return {};
    QString query = groups.join(QStringLiteral(" & "));
    if (!excluded.isEmpty())
        query = QLatin1Char('(') + query + QStringLiteral(") & !(") +
                excluded.join(QStringLiteral(" | ")) + QLatin1Char(')');
    return query;
}
} // namespace

QString quotedTerm(QByteArrayView term)
{
    return QString::fromUtf8(quotedBytes(term));
}

QByteArray documentVector(const Article &article)
{
    VectorBuilder builder;
    builder.addField(article.headline, 'A');
    builder.addField(article.dek, 'B');
    builder.addField(article.tags.join(QLatin1Char(' ')), 'C');
    builder.addField(article.body, 'D');
    return builder.text();
}

QString queryFor(const QString &userText)
{
    return queryIn(Form::Exact, userText);
}

QString candidatesFor(const QString &userText)
{
    return queryIn(Form::Candidates, userText);
}

} // namespace newsroom::pgtextsearch
