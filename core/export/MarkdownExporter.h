#pragma once

#include "store/StoreError.h"

#include <QStringList>

namespace newsroom {

class ArticleStore;

// Writes every live article as <slug>.md (YAML front matter + Markdown body) into a folder,
// ready for Hugo's content/ or Jekyll's _posts/, or for `newsroom-cli import` elsewhere.
// Files go through ExportFolder (never through a link, never outside the folder); an
// article whose slug cannot name a file is skipped and named in the report.
class MarkdownExporter
{
public:
    struct Report
    {
        int written = 0;
        QStringList skipped; // one line for each article left out, naming it and why
    };

    explicit MarkdownExporter(ArticleStore &store) : m_store(store) {}
    StoreResult<Report> exportTo(const QString &folder);

private:
    ArticleStore &m_store;
};

} // namespace newsroom
