#pragma once

#include "store/ArticleSummary.h"

namespace newsroom {

// One search result. The snippet is plain text in which each matched term sits between
// kMarkStart and kMarkEnd (control characters no article contains); callers turn them
// into <mark>, bold or brackets as their output needs.
struct SearchHit
{
    static constexpr QChar kMarkStart = QChar(0x2);
    static constexpr QChar kMarkEnd = QChar(0x3);

    ArticleSummary article;
    QString snippet;
    double score = 0; // higher is better
};

} // namespace newsroom
