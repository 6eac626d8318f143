#pragma once

#include <QString>

namespace newsroom {

// A three-way merge of two bodies by paragraph (blocks between blank lines), from the
// version both started from: a paragraph only one side changed, added or removed is taken
// from that side; where both changed the same stretch differently, both are kept, yours
// first, for the editor to choose in the text. Bounded: past kMostCells of comparison, or
// with no base, it does not guess (merged() says nothing was merged).
class ParagraphMerge
{
public:
    static constexpr qint64 kMostCells = 4'000'000; // paragraphs of base × of one side

    static ParagraphMerge merge(const QString &base, const QString &mine, const QString &theirs);

    bool isMerged() const { return m_merged; }
    const QString &text() const { return m_text; }
    // Stretches both changed, kept twice in text().
    int clashes() const { return m_clashes; }

private:
    QString m_text;
    int m_clashes = 0;
    bool m_merged = false;
};

} // namespace newsroom
