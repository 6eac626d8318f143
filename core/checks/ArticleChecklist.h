#pragma once

#include "CheckFinding.h"
#include "CheckLimits.h"
#include "model/Article.h"
#include "store/StoreError.h"

namespace newsroom {

class ArticleStore;

// The pre-publish checklist: the article's own fields (ArticleChecks), its related list
// (RelatedChecks), whose links are looked up in the archive, its pictures (PictureChecks),
// looked up in the archive's picture library, and whether the archive already has its story
// (DuplicateChecks). The desktop app and
// `newsroom-cli check` both run exactly this.
class ArticleChecklist
{
public:
    ArticleChecklist(ArticleStore &store, CheckLimits limits) : m_store(store), m_limits(limits) {}
    StoreResult<QList<CheckFinding>> run(const Article &article) const;

private:
    ArticleStore &m_store;
    CheckLimits m_limits;
};

} // namespace newsroom
