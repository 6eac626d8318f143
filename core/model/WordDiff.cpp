#include "WordDiff.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace newsroom {

namespace {

// One step of an edit script over two token sequences: `length` tokens at aStart in the
// first (Same, Removed) and at bStart in the second (Same, Added); a Removed step sits at
// bStart in the second, an Added one at aStart in the first.
struct Edit
{
    DiffOp op;
    qsizetype aStart;
    qsizetype bStart;
    qsizetype length;
};

// Myers' O(ND) difference algorithm in linear space: the middle snake splits each
// problem in two (Myers 1986, section 4b, as diff-match-patch does it), common prefixes
// and suffixes are taken off first. `left` is the budget still to spend; once it is gone
// every problem not yet solved is one removal and one addition (correct, not minimal).
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, qint64 &left)
        : m_a(a), m_b(b), m_left(left)
    {}

    QList<Edit> run()
    {
        diff(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()));
        return m_edits;
    }
    bool ranOut() const { return m_ranOut; }

private:
    void add(DiffOp op, qsizetype a, qsizetype b, qsizetype length)
    {
        if (length == 0)
            return;
        if (!m_edits.isEmpty() && m_edits.last().op == op) {
            Edit &last = m_edits.last();
            const bool follows = op == DiffOp::Added ? last.bStart + last.length == b
                                                     : last.aStart + last.length == a;
            if (follows) {
                last.length += length;
                return;
            }
        }
        m_edits.append(Edit{op, a, b, length});
    }

    void diff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        qsizetype prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
            ++prefix;
        add(DiffOp::Same, a0, b0, prefix);
        a0 += prefix;
        b0 += prefix;
        qsizetype suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;
        m_left -= prefix + suffix;

        qsizetype x = 0;
        qsizetype y = 0;
        if (a0 == a1) {
            add(DiffOp::Added, a0, b0, b1 - b0);
        } else if (b0 == b1) {
            add(DiffOp::Removed, a0, b0, a1 - a0);
        } else if (bisect(a0, a1, b0, b1, x, y)) {
            diff(a0, x, b0, y);
            diff(x, a1, y, b1);
        } else {
            add(DiffOp::Removed, a0, b0, a1 - a0);
            add(DiffOp::Added, a1, b0, b1 - b0);
        }
        add(DiffOp::Same, a1, b1, suffix);
    }

    // Finds where the shortest edit path crosses its middle: (x, y), absolute. False when
    // the budget ran out first.
    bool bisect(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, qsizetype &splitX,
                qsizetype &splitY)
    {
        if (m_left <= 0) {
            m_ranOut = true;
            return false;
        }
        const qsizetype n = a1 - a0;
        const qsizetype m = b1 - b0;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2; // one spare each side of the diagonals read
        m_forward.assign(size_t(length), -1);
        m_backward.assign(size_t(length), -1);
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        const bool front = delta % 2 != 0; // which direction can meet the other first
        const int *a = m_a.data() + a0;
        const int *b = m_b.data() + b0;
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (qsizetype d = 0; d < maxD; ++d) {
            if (m_left <= 0) {
                m_ranOut = true;
                return false;
            }
            qint64 spent = 0;
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1Offset = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && m_forward[size_t(k1Offset - 1)] <
                                                            m_forward[size_t(k1Offset + 1)]))
                                   ? m_forward[size_t(k1Offset + 1)]
                                   : m_forward[size_t(k1Offset - 1)] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype from = x1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                spent += 1 + (x1 - from);
                m_forward[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2; // off the right edge
                } else if (y1 > m) {
                    k1start += 2; // off the bottom edge
                } else if (front) {
                    const qsizetype k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && m_backward[size_t(k2Offset)] != -1) {
                        const qsizetype x2 = n - m_backward[size_t(k2Offset)];
                        if (x1 >= x2) {
                            m_left -= spent;
                            splitX = a0 + x1;
                            splitY = b0 + y1;
                            return true;
                        }
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2Offset = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && m_backward[size_t(k2Offset - 1)] <
                                                            m_backward[size_t(k2Offset + 1)]))
                                   ? m_backward[size_t(k2Offset + 1)]
                                   : m_backward[size_t(k2Offset - 1)] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype from = x2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                spent += 1 + (x2 - from);
                m_backward[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && m_forward[size_t(k1Offset)] != -1) {
                        const qsizetype x1 = m_forward[size_t(k1Offset)];
                        const qsizetype y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            m_left -= spent;
                            splitX = a0 + x1;
                            splitY = b0 + y1;
                            return true;
                        }
                    }
                }
            }
            m_left -= spent;
        }
        return false; // nothing in common
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    qint64 &m_left;
    bool m_ranOut = false;
    std::vector<qsizetype> m_forward;
    std::vector<qsizetype> m_backward;
    QList<Edit> m_edits;
};

// Equal tokens get equal numbers, so the search compares integers.
class Interner
{
public:
    std::vector<int> ids(const QList<QStringView> &tokens)
    {
        std::vector<int> result;
        result.reserve(size_t(tokens.size()));
        for (QStringView token : tokens) {
            auto found = m_ids.constFind(token);
            if (found == m_ids.constEnd())
                found = m_ids.insert(token, int(m_ids.size()));
            result.push_back(*found);
        }
        return result;
    }

private:
    QHash<QStringView, int> m_ids;
};

// Each line with its line end ("\n", or "\r\n" as part of it); the last may have none.
QList<QStringView> lines(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            result.append(text.sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        result.append(text.sliced(start));
    return result;
}

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return c == 0x200C || c == 0x200D; // zero-width (non-)joiners stay inside words
    }
}

// Scripts written without spaces between words: compared a character at a time.
bool isUnspaced(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

bool isWordPart(char32_t c)
{
    return (QChar::isLetterOrNumber(c) || isMark(c)) && !isUnspaced(c);
}

bool isLineEnd(char32_t c)
{
    return c == U'\n' || c == U'\r';
}

// Words, runs of spaces, line ends and single other characters (with their marks).
QList<QStringView> words(QStringView text)
{
    QList<QStringView> tokens;
    const qsizetype n = text.size();
    const auto at = [&](qsizetype i, qsizetype &length) -> char32_t {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            length = 2;
            return QChar::surrogateToUcs4(c, text[i + 1]);
        }
        length = 1;
        return c.unicode();
    };
    const auto extend = [&](qsizetype &i, auto &&belongs) {
        while (i < n) {
            qsizetype length = 0;
            if (!belongs(at(i, length)))
                break;
            i += length;
        }
    };
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        qsizetype length = 0;
        const char32_t c = at(i, length);
        i += length;
        if (c == U'\r' && i < n && text[i] == QLatin1Char('\n'))
            ++i; // CRLF is one line end
        else if (isLineEnd(c))
            ; // a line end of its own
        else if (QChar::isSpace(c))
            extend(i, [](char32_t next) { return QChar::isSpace(next) && !isLineEnd(next); });
        else if (isWordPart(c))
            extend(i, isWordPart);
        else
            extend(i, isMark);
        tokens.append(text.sliced(start, i - start));
    }
    return tokens;
}

qsizetype visibleLength(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
}

// Spaces and punctuation, on one line: what may join two changes around it.
bool isFiller(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c == QLatin1Char('\n') ||
               c == QLatin1Char('\r');
    });
}

} // namespace

class WordDiffBuilder
{
public:
    WordDiffBuilder(QStringView before, QStringView after, qint64 budget)
        : m_before(before), m_after(after), m_budget(budget), m_left(budget)
    {}

    WordDiff build()
    {
        if (m_before == m_after) {
            add(DiffOp::Same, m_before);
        } else {
            compareLines();
        }
        m_diff.m_steps = m_budget - m_left;
        return std::move(m_diff);
    }

private:
    // A run of tokens as one stretch of the text they came from.
    static QStringView span(const QList<QStringView> &tokens, qsizetype from, qsizetype count,
                            QStringView text, qsizetype position)
    {
        if (count == 0) {
            const qsizetype offset =
                position < tokens.size() ? tokens[position].data() - text.data() : text.size();
            return text.sliced(offset, 0);
        }
        const QChar *begin = tokens[from].data();
        const QChar *end = tokens[from + count - 1].data() + tokens[from + count - 1].size();
        return QStringView(begin, end - begin);
    }

    void add(DiffOp op, QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!m_diff.m_pieces.isEmpty() && m_diff.m_pieces.last().op == op)
            m_diff.m_pieces.last().text += text;
        else
            m_diff.m_pieces.append(DiffPiece{op, text.toString()});
    }

    void compareLines()
    {
        const QList<QStringView> a = lines(m_before);
        const QList<QStringView> b = lines(m_after);
        Interner interner;
        const std::vector<int> aIds = interner.ids(a);
        const std::vector<int> bIds = interner.ids(b);
        Myers myers(aIds, bIds, m_left);
        const QList<Edit> edits = myers.run();
        m_diff.m_coarse = myers.ranOut();
        // Each run of changed lines (removed, added or both) is compared word by word.
        qsizetype aFrom = -1, aTo = 0, bFrom = -1, bTo = 0;
        const auto flush = [&] {
            if (aFrom < 0 && bFrom < 0)
                return;
            compareRegion(aFrom < 0 ? QStringView() : span(a, aFrom, aTo - aFrom, m_before, 0),
                          bFrom < 0 ? QStringView() : span(b, bFrom, bTo - bFrom, m_after, 0));
            aFrom = bFrom = -1;
        };
        for (const Edit &edit : edits) {
            if (edit.op == DiffOp::Same) {
                flush();
                add(DiffOp::Same, span(a, edit.aStart, edit.length, m_before, 0));
            } else if (edit.op == DiffOp::Removed) {
                if (aFrom < 0)
                    aFrom = edit.aStart;
                aTo = edit.aStart + edit.length;
            } else {
                if (bFrom < 0)
                    bFrom = edit.bStart;
                bTo = edit.bStart + edit.length;
            }
        }
        flush();
    }

    void wholeLines(QStringView before, QStringView after)
    {
        add(DiffOp::Removed, before);
        add(DiffOp::Added, after);
    }

    // A stretch of removed lines against the added lines that took its place.
    void compareRegion(QStringView before, QStringView after)
    {
        if (before.isEmpty() || after.isEmpty() || m_left <= 0) {
            m_diff.m_coarse =
                m_diff.m_coarse || (m_left <= 0 && !before.isEmpty() && !after.isEmpty());
            wholeLines(before, after);
            return;
        }
        const QList<QStringView> a = words(before);
        const QList<QStringView> b = words(after);
        Interner interner;
        const std::vector<int> aIds = interner.ids(a);
        const std::vector<int> bIds = interner.ids(b);
        Myers myers(aIds, bIds, m_left);
        const QList<Edit> edits = myers.run();
        if (myers.ranOut()) {
            m_diff.m_coarse = true;
            wholeLines(before, after);
            return;
        }

        struct Segment
        {
            DiffOp op;
            QStringView a; // the tokens' text in `before` (empty for Added: where it goes)
            QStringView b; // in `after` (empty for Removed)
            bool absorbed = false;
        };
        QList<Segment> segments;
        qsizetype sameVisible = 0;
        for (const Edit &edit : edits) {
            const qsizetype aCount = edit.op == DiffOp::Added ? 0 : edit.length;
            const qsizetype bCount = edit.op == DiffOp::Removed ? 0 : edit.length;
            Segment segment{edit.op, span(a, edit.aStart, aCount, before, edit.aStart),
                            span(b, edit.bStart, bCount, after, edit.bStart)};
            if (edit.op == DiffOp::Same)
                sameVisible += visibleLength(segment.a);
            segments.append(segment);
        }
        // Rewritten rather than edited (a few small words in common): whole lines read better
        // than a scatter of kept "the" and "of".
        if (sameVisible * 4 < std::min(visibleLength(before), visibleLength(after))) {
            wholeLines(before, after);
            return;
        }
        // Spaces or punctuation between two changes, no longer than either, join them: "quick
        // brown" -> "slow red" reads as one change, not two around a kept space. A kept word
        // or line end always shows.
        struct Run
        {
            qsizetype removed = 0;
            qsizetype added = 0;
            qsizetype longer() const { return std::max(removed, added); }
        };
        Run left; // the change run to the left, with what it absorbed
        for (qsizetype i = 0; i < segments.size(); ++i) {
            Segment &segment = segments[i];
            if (segment.op != DiffOp::Same) {
                left.removed += segment.a.size();
                left.added += segment.b.size();
                continue;
            }
            Run right;
            for (qsizetype j = i + 1; j < segments.size() && segments[j].op != DiffOp::Same; ++j) {
                right.removed += segments[j].a.size();
                right.added += segments[j].b.size();
            }
            const qsizetype length = segment.a.size();
            if (left.longer() > 0 && right.longer() > 0 && length <= left.longer() &&
                length <= right.longer() && isFiller(segment.a)) {
                segment.absorbed = true;
                left.removed += length;
                left.added += length;
            } else {
                left = Run();
            }
        }
        // Each run of changes as what it removed, then what it added.
        for (qsizetype i = 0; i < segments.size();) {
            if (segments[i].op == DiffOp::Same && !segments[i].absorbed) {
                add(DiffOp::Same, segments[i].a);
                ++i;
                continue;
            }
            const QChar *aBegin = segments[i].a.data();
            const QChar *bBegin = segments[i].b.data();
            const QChar *aEnd = aBegin;
            const QChar *bEnd = bBegin;
            for (; i < segments.size() && (segments[i].op != DiffOp::Same || segments[i].absorbed);
                 ++i) {
                aEnd = segments[i].a.data() + segments[i].a.size();
                bEnd = segments[i].b.data() + segments[i].b.size();
            }
            wholeLines(QStringView(aBegin, aEnd - aBegin), QStringView(bBegin, bEnd - bBegin));
        }
    }

    QStringView m_before;
    QStringView m_after;
    qint64 m_budget;
    qint64 m_left;
    WordDiff m_diff;
};

WordDiff WordDiff::compare(const QString &before, const QString &after, qint64 budget)
{
    return WordDiffBuilder(before, after, budget).build();
}

bool WordDiff::hasChanges() const
{
    return std::any_of(m_pieces.begin(), m_pieces.end(),
                       [](const DiffPiece &piece) { return piece.op != DiffOp::Same; });
}

QString WordDiff::before() const
{
    QString text;
    for (const DiffPiece &piece : m_pieces) {
        if (piece.op != DiffOp::Added)
            text += piece.text;
    }
    return text;
}

QString WordDiff::after() const
{
    QString text;
    for (const DiffPiece &piece : m_pieces) {
        if (piece.op != DiffOp::Removed)
            text += piece.text;
    }
    return text;
}

} // namespace newsroom
