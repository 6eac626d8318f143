#include "SampleArticles.h"

#include "ArticleImporter.h"
#include "store/ArticleStore.h"

#include <QDir>

namespace newsroom {

StoreResult<int> SampleArticles::addIfEmpty(ArticleStore &store)
{
    ArticleFilter everything;
    auto live = store.count(everything);
    if (!live)
        return std::unexpected(live.error());
    everything.trashed = true;
    auto trashed = store.count(everything);
    if (!trashed)
        return std::unexpected(trashed.error());
    if (*live + *trashed > 0)
        return 0;

    const QDir samples(QStringLiteral(":/newsroom/samples"));
    QStringList paths;
    for (const QString &name : samples.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                                 QDir::Files, QDir::Name))
        paths.append(samples.filePath(name));
    int added = 0;
    for (const auto &outcome : ArticleImporter(store).importFiles(paths)) {
        if (!outcome.article)
            return storeFailure(StoreError::Code::Io, outcome.error);
        ++added;
    }
    return added;
}

} // namespace newsroom
