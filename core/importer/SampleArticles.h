#pragma once

#include "store/StoreError.h"

namespace newsroom {

class ArticleStore;

// The sample articles shipped in resources/samples, for a first run's empty archive.
class SampleArticles
{
public:
    // Imports them if the archive has no articles yet; returns how many were added.
    static StoreResult<int> addIfEmpty(ArticleStore &store);
};

} // namespace newsroom
