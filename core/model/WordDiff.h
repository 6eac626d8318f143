#pragma once

#include <QList>
#include <QString>

namespace newsroom {

// What became of one stretch of text between two versions.
enum class DiffOp
{
    Same,
    Removed,
    Added,
};

struct DiffPiece
{
    DiffOp op = DiffOp::Same;
    QString text;
    friend bool operator==(const DiffPiece &, const DiffPiece &) = default;
};

// What changed between two texts, word by word, for a person to read: the pieces in
// order, each kept, removed or added, together holding both texts whole (the Same and
// Removed pieces are the first text, the Same and Added pieces the second; nothing is
// cut). Myers' O(ND) algorithm in linear space, first over lines, then over the words
// of each run of changed lines. A word is a run of letters, digits and marks (Korean,
// Arabic with its harakat); Chinese, Japanese and Thai compare character by character;
// spaces, line ends (CRLF as one) and punctuation are pieces of their own.
//
// Every step of the search counts against a budget, so two unrelated 1 MB bodies answer
// in a fraction of a second: past it, what is left to compare is shown as whole changed
// lines, still exact, only coarser (isCoarse()).
class WordDiff
{
public:
    // Steps of the search (diagonals tried, tokens matched): about 0.1 s on this
    // project's build machine.
    static constexpr qint64 kDefaultBudget = 30'000'000;

    static WordDiff compare(const QString &before, const QString &after,
                            qint64 budget = kDefaultBudget);

    const QList<DiffPiece> &pieces() const { return m_pieces; }
    bool hasChanges() const;
    // The budget ran out: some changed lines are shown whole rather than word by word.
    bool isCoarse() const { return m_coarse; }
    qint64 steps() const { return m_steps; }
    // The texts again, from the pieces.
    QString before() const;
    QString after() const;

private:
    friend class WordDiffBuilder;
    QList<DiffPiece> m_pieces;
    bool m_coarse = false;
    qint64 m_steps = 0;
};

} // namespace newsroom
