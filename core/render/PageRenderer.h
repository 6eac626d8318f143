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

    // The story anchor, what the preview relies on and the theme rules make every article
    // template keep: exactly one element with id="story", the part of the page that changes
    // with the article, with {{BODY:none}} inside it. In the preview's forms of a page, the
    // body stands between the comments <!--newsroom-body--> and <!--/newsroom-body-->, so
    // that the preview finds the body's headings whatever the theme calls its elements.
    static constexpr const char *kStoryId = "story";
    static constexpr const char *kBodyStartComment = "newsroom-body";
    static constexpr const char *kBodyEndComment = "/newsroom-body";

    // Fails when the theme breaks the rules in ThemeRules.h or its template does not parse;
    // the message names the problem.
    static StoreResult<std::unique_ptr<PageRenderer>> create(const Theme &theme);
    ~PageRenderer();

    StoreResult<QString> render(const Article &article, const PageContext &context) const;
    // The same page as UTF-8, as it goes to a file (no round trip through QString).
    StoreResult<QByteArray> renderUtf8(const Article &article, const PageContext &context) const;
    // The page for the preview to load: the exported page with the body marked (see kStoryId).
    StoreResult<QByteArray> renderPreviewPage(const Article &article,
                                              const PageContext &context) const;
    // What the preview patches into a loaded page: the same page without the theme's
    // stylesheet (the loaded page has it, and Chromium need not parse it on every keystroke).
    // The preview takes the element with id="story", the title and <html lang dir> from it.
    StoreResult<QByteArray> renderPreviewPatch(const Article &article,
                                               const PageContext &context) const;
    StoreResult<QString> renderList(const ListPage &page, const PageContext &context) const;
    const QString &css() const; // the theme's stylesheet, for a site's style.css

private:
    enum class Form
    {
        Export,       // as a reader gets it
        PreviewPage,  // the body marked
        PreviewPatch, // the body marked, no stylesheet
    };

    PageRenderer(const Theme &theme);
    StoreResult<QByteArray> renderArticle(const Article &article, const PageContext &context,
                                          Form form) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace newsroom
