#pragma once

#include <QString>

namespace newsroom::textsimilarity {

// How alike two short texts are, from 0 (no term in common) to 1 (the same terms), as
// the Jaccard index of their search terms: case, accents and word order do not count,
// and CJK text compares by its bigrams. Enough to catch "the same story twice" in two
// related items' titles or blurbs.
double termOverlap(const QString &a, const QString &b);

} // namespace newsroom::textsimilarity
