#pragma once

#include <QList>
#include <algorithm>

namespace newsroom::bench {

// Percentile of samples (milliseconds), nearest-rank.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(p / 100.0 * double(samples.size() - 1) + 0.5);
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

} // namespace newsroom::bench
