#include "ParagraphMerge.h"

#include <QList>
#include <QStringList>

namespace newsroom {

namespace {

const QString kBreak = QStringLiteral("\n\n");

// For each paragraph of `base`, the index of the paragraph of `side` it is kept as (by the
// longest common subsequence), or -1 where the side changed or removed it.
QList<qsizetype> keptAs(const QStringList &base, const QStringList &side)
{
    const qsizetype n = base.size();
    const qsizetype m = side.size();
    QList<int> lengths((n + 1) * (m + 1), 0); // suffix LCS lengths, row-major
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lengths[at(i, j)] = base[i] == side[j]
                                    ? lengths[at(i + 1, j + 1)] + 1
                                    : std::max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
        }
    }
    QList<qsizetype> kept(n, -1);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (base[i] == side[j]) {
            kept[i++] = j++;
        } else if (lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

QStringList slice(const QStringList &list, qsizetype from, qsizetype to)
{
    return list.mid(from, to - from);
}

} // namespace

ParagraphMerge ParagraphMerge::merge(const QString &base, const QString &mine,
                                     const QString &theirs)
{
    ParagraphMerge result;
    const QStringList b = base.split(kBreak);
    const QStringList m = mine.split(kBreak);
    const QStringList t = theirs.split(kBreak);
    if (qint64(b.size()) * std::max(m.size(), t.size()) > kMostCells)
        return result;
    const QList<qsizetype> inMine = keptAs(b, m);
    const QList<qsizetype> inTheirs = keptAs(b, t);

    QStringList out;
    qsizetype bFrom = 0;
    qsizetype mFrom = 0;
    qsizetype tFrom = 0;
    // Between paragraphs both sides kept, each stretch is taken from whichever side changed it.
    for (qsizetype i = 0; i <= b.size(); ++i) {
        const bool stable = i == b.size() || (inMine[i] >= 0 && inTheirs[i] >= 0);
        if (!stable)
            continue;
        const qsizetype mTo = i == b.size() ? m.size() : inMine[i];
        const qsizetype tTo = i == b.size() ? t.size() : inTheirs[i];
        const QStringList was = slice(b, bFrom, i);
        const QStringList ours = slice(m, mFrom, mTo);
        const QStringList their = slice(t, tFrom, tTo);
        if (ours == was) {
            out += their;
        } else if (their == was || their == ours) {
            out += ours;
        } else {
            out += ours;
            out += their;
            ++result.m_clashes;
        }
        if (i < b.size())
            out.append(b[i]);
        bFrom = i + 1;
        mFrom = mTo + 1;
        tFrom = tTo + 1;
    }
    result.m_text = out.join(kBreak);
    result.m_merged = true;
    return result;
}

} // namespace newsroom
