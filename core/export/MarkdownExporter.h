#pragma once

#include "store/StoreError.h"

namespace newsroom {

class ArticleStore;

// Writes every live article as <slug>.md (YAML front matter + Markdown body) into a folder,
// ready for Hugo's content/ or Jekyll's _posts/, or for `newsroom-cli import` elsewhere.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(ArticleStore &store) : m_store(store) {}
    // Returns how many files were written.
    StoreResult<int> exportTo(const QString &folder);

private:
    ArticleStore &m_store;
};

} // namespace newsroom
