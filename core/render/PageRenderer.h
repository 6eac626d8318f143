#pragma once

#include "ListPage.h"
#include "PageContext.h"
#include "Theme.h"
#include "model/Article.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <memory>

namespace newsroom {

// Renders an article into a complete HTML page with a theme. The preview and every export
// go through here, so what the editor sees is what the reader gets. Values are escaped by
// ctemplate for where they stand (text, attribute, URL); the body is md4c's safe HTML and
// the JSON-LD is script-safe JSON, the only two values placed unescaped.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)
public:
    // Every page starts its <head> with these (PageRenderer puts them there, whatever the
    // theme): no script runs, nothing is framed, posted or loaded from elsewhere but
    // images (https and data), and no Referer tells other sites where a reader came from.
    static constexpr const char *kContentSecurityPolicy =
        "default-src 'none'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; base-uri 'none'; form-action 'none'";
    static constexpr const char *kReferrerPolicy = "no-referrer";

    // Fails when the theme breaks the rules in ThemeRules.h or its template does not parse;
    // the message names the problem.
    static StoreResult<std::unique_ptr<PageRenderer>> create(const Theme &theme);
    ~PageRenderer();

    StoreResult<QString> render(const Article &article, const PageContext &context) const;
    // The same page as UTF-8, as it goes to a file (no round trip through QString).
    StoreResult<QByteArray> renderUtf8(const Article &article, const PageContext &context) const;
    StoreResult<QString> renderList(const ListPage &page, const PageContext &context) const;
    const QString &css() const; // the theme's stylesheet, for a site's style.css

private:
    PageRenderer(const Theme &theme);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace newsroom
