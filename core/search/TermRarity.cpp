#include "TermRarity.h"

#include <algorithm>
#include <cmath>

namespace newsroom {

TermRarity::TermRarity(qint64 articles, QHash<QByteArray, int> counts)
    : m_articles(std::max<qint64>(0, articles)), m_counts(std::move(counts))
{}

double TermRarity::of(const QByteArray &term) const
{
    if (m_articles <= 0)
        return 1.0;
    if (m_uncounted >= 0 && !m_counts.contains(term))
        return m_uncounted;
    const double n = double(m_articles);
    const double held = std::clamp<double>(m_counts.value(term), 0, n);
    // ln((N+1)/(df+1)) / ln(N+1): 1 when no article holds the term, 0 when all do.
    const double idf = std::log((n + 1) / (held + 1)) / std::log(n + 1);
    const double trust = n / (n + kHalfTrust);
    return std::max(kFloor, 1.0 - trust * (1.0 - idf));
}

double TermRarity::meanOf(const QList<QByteArray> &terms) const
{
    if (terms.isEmpty())
        return 1.0;
    double sum = 0;
    for (const QByteArray &term : terms)
        sum += of(term);
    return sum / double(terms.size());
}

} // namespace newsroom
