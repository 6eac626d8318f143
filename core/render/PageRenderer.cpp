#include "PageRenderer.h"

#include "ArticleLanguage.h"
#include "JsonLd.h"
#include "MarkdownRenderer.h"
#include "PageWords.h"
#include "PictureFigure.h"
#include "ThemeRules.h"
#include "UrlPolicy.h"
#include "model/ArticleJson.h"
#include "model/MarkdownText.h"

#include <QCoreApplication>
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

namespace newsroom {

namespace {

constexpr const char *kTemplateKey = "article.html";
constexpr const char *kListKey = "list.html";
// A description longer than this is cut: search engines show about this much.
constexpr int kMaxDescription = 200;

std::string s(const QString &text)
{
    return text.toStdString();
}

// The template with the page's security policy first in its <head>: a theme can neither
// leave it out nor put anything before it.
std::string withSecurityPolicy(QString text, qsizetype headContent)
{
    text.insert(headContent,
                QStringLiteral("\n<meta http-equiv=\"Content-Security-Policy\" content=\"") +
                    QLatin1StringView(PageRenderer::kContentSecurityPolicy) +
                    QStringLiteral("\">\n<meta name=\"referrer\" content=\"") +
                    QLatin1StringView(PageRenderer::kReferrerPolicy) + QStringLiteral("\">"));
    return text.toStdString();
}

// Control characters are no text in HTML (the validator refuses them) and, in a page that
// `render` sends to a terminal, would be obeyed there: each becomes U+FFFD. Tab, newline,
// carriage return and form feed stay. The JSON-LD keeps them exactly, escaped as \u001b.
void replaceControls(std::string &html)
{
    std::string clean;
    bool changed = false;
    for (size_t i = 0; i < html.size(); ++i) {
        const auto c = static_cast<unsigned char>(html[i]);
        size_t length = 0;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            length = 1;
        else if (c == 0xC2 && i + 1 < html.size() &&
                 static_cast<unsigned char>(html[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(html[i + 1]) <= 0x9F)
            length = 2; // C1, in UTF-8
        if (length == 0) {
            if (changed)
                clean += html[i];
            continue;
        }
        if (!changed) {
            clean.reserve(html.size() + 16);
            clean.assign(html, 0, i);
            changed = true;
        }
        clean += "\xEF\xBF\xBD";
        i += length - 1;
    }
    if (changed)
        html.swap(clean);
}

QString description(const Article &article)
{
    // The body's opening as it reads: no Markdown marks, no picture's address.
    QString text =
        article.dek.isEmpty() ? markdowntext::withoutMarks(article.body.left(4000)) : article.dek;
    text = text.simplified();
    if (text.size() > kMaxDescription)
        text = text.left(text.lastIndexOf(QLatin1Char(' '), kMaxDescription)) + QChar(0x2026);
    return text;
}

void fillStyle(ctemplate::TemplateDictionary &page, const QString &css, const PageContext &context)
{
    if (context.stylesheetHref.isEmpty()) {
        page.SetValue("CSS", css.toStdString()); // also for themes that place {{CSS}} directly
        page.ShowSection("INLINE_CSS");
    } else
        page.AddSectionDictionary("CSS_LINK")->SetValue("HREF", s(context.stylesheetHref));
}

// og:image and its size and alt text, and the large Twitter card, when the lead image has an
// absolute address (only a site with a base URL gives one: PictureFigure::socialImage).
void fillSocialImage(ctemplate::TemplateDictionary &page, const Article &article,
                     const PageContext &context)
{
    const PictureFigure::Lead lead = PictureFigure::lead(article.leadImage, context.pictures);
    const PictureFigure::SocialImage image =
        lead.picture ? PictureFigure::socialImage(*lead.picture, context)
                     : PictureFigure::SocialImage{};
    page.SetValue("TWITTER_CARD", image.url.isEmpty() ? "summary" : "summary_large_image");
    if (image.url.isEmpty())
        return;
    auto *og = page.AddSectionDictionary("OG_IMAGE");
    og->SetValue("URL", s(image.url));
    og->SetIntValue("WIDTH", image.width);
    og->SetIntValue("HEIGHT", image.height);
    if (!lead.alt.trimmed().isEmpty())
        og->AddSectionDictionary("ALT")->SetValue("TEXT", s(lead.alt));
}

void fillHead(ctemplate::TemplateDictionary &page, const Article &article,
              const PageContext &context, const QString &language, const PageWords &words)
{
    page.SetValue("LANG", s(language));
    page.SetValue("DIR", language::isRightToLeft(language) ? "rtl" : "ltr");
    page.SetValue("HEADLINE", s(article.headline));
    page.SetValue("DESCRIPTION", s(description(article)));
    page.SetValue("MODIFIED_ISO", s(json::timeToText(article.updatedAt)));
    page.SetValue("SITE_TITLE",
                  s(context.siteName.isEmpty() ? PageRenderer::tr("Newsroom") : context.siteName));
    page.SetValue("HOME_HREF", s(context.homeHref));
    page.SetValue("SKIP_LABEL", s(words.skipToStory()));
    if (!context.siteName.isEmpty())
        page.AddSectionDictionary("SITE_NAME")->SetValue("NAME", s(context.siteName));
    if (const QString url = context.canonicalUrl(); !url.isEmpty())
        page.AddSectionDictionary("CANONICAL")->SetValue("URL", s(url));
    if (article.publishedAt.isValid()) {
        auto *published = page.AddSectionDictionary("PUBLISHED"); // in the head and the byline
        published->SetValue("ISO", s(json::timeToText(article.publishedAt)));
        published->SetValue("LABEL", s(words.published()));
    }
    if (!article.section.isEmpty())
        page.AddSectionDictionary("SECTION")->SetValue("NAME", s(article.section));
    for (const QString &tag : article.tags)
        page.AddSectionDictionary("TAG")->SetValue("NAME", s(tag));
    fillSocialImage(page, article, context);
    page.SetValue("JSON_LD", jsonld::newsArticle(article, context, language).toStdString());
}

// The page's own words are in the article's language (PageWords), not the app's.
void fillStory(ctemplate::TemplateDictionary &page, const Article &article,
               const PageContext &context, const QString &language, const PageWords &words,
               bool markBody)
{
    if (!article.dek.isEmpty())
        page.AddSectionDictionary("DEK")->SetValue("TEXT", s(article.dek));
    if (!article.byline.isEmpty())
        page.AddSectionDictionary("BYLINE")->SetValue("TEXT", s(words.byline(article.byline)));
    if (!article.dateline.isEmpty())
        page.AddSectionDictionary("DATELINE")->SetValue("TEXT", s(article.dateline));
    const QDateTime shown = article.date().isValid() ? article.date() : article.updatedAt;
    page.SetValue("DATE_ISO", s(json::timeToText(shown)));
    page.SetValue("DATE_TEXT", s(words.date(shown)));
    // A correction made on a later day than publication says so, with its date.
    if (article.publishedAt.isValid() && article.updatedAt.isValid() &&
        article.updatedAt.date() > article.publishedAt.date()) {
        auto *updated = page.AddSectionDictionary("UPDATED");
        updated->SetValue("LABEL", s(words.updated()));
        updated->SetValue("ISO", s(json::timeToText(article.updatedAt)));
        updated->SetValue("TEXT", s(words.date(article.updatedAt)));
    }
    if (article.aiGenerated) {
        auto *ai = page.AddSectionDictionary("AI");
        ai->SetValue("LABEL", s(words.aiLabel()));
        ai->SetValue("TEXT",
                     s(article.disclosure.isEmpty() ? words.aiDefaultText() : article.disclosure));
        ai->SetValue("SOURCE_TYPE", jsonld::kAiSourceType);
    }
    std::string body =
        MarkdownRenderer::toHtml(article.body, language, context.pictures).toStdString();
    if (markBody) // comments change neither layout nor CSS matching; no article text makes one
        body = std::string("<!--") + PageRenderer::kBodyStartComment + "-->" + body + "<!--" +
               PageRenderer::kBodyEndComment + "-->";
    // The lead image heads the story, inside the story anchor (the preview patches it with the
    // body) and outside the body's marks (it is no part of the Markdown).
    const QByteArray lead = PictureFigure::leadFigure(article.leadImage, context.pictures);
    page.SetValue("BODY", lead.toStdString() + body);

    QStringList sources;
    for (const QString &url : article.sources) {
        if (const QString target = urlpolicy::forPage(url); !target.isEmpty())
            sources.append(target);
    }
    if (!sources.isEmpty()) {
        auto *section = page.AddSectionDictionary("SOURCES");
        section->SetValue("TITLE", s(words.sources()));
        for (const QString &url : sources)
            section->AddSectionDictionary("SOURCE")->SetValue("URL", s(url));
    }
    if (!article.related.isEmpty()) {
        auto *section = page.AddSectionDictionary("RELATED");
        section->SetValue("TITLE", s(words.relatedArticles()));
        for (qsizetype i = 0; i < article.related.size(); ++i) {
            const RelatedItem &item = article.related[i];
            auto *entry = section->AddSectionDictionary("ITEM");
            entry->SetValue("SUMMARY", s(item.summary));
            const QString href = urlpolicy::forPage(context.relatedHrefs.value(i));
            auto *title = entry->AddSectionDictionary(href.isEmpty() ? "PLAIN" : "LINK");
            title->SetValue("TITLE", s(item.title));
            title->SetValue("HREF", s(href));
        }
    }
}

} // namespace

struct PageRenderer::Private
{
    ctemplate::TemplateCache cache;
    QString css;
};

PageRenderer::PageRenderer(const Theme &theme) : d(std::make_unique<Private>())
{
    d->css = theme.css;
}

PageRenderer::~PageRenderer() = default;

StoreResult<std::unique_ptr<PageRenderer>> PageRenderer::create(const Theme &theme)
{
    const auto heads = themerules::checkTheme(theme);
    if (!heads)
        return std::unexpected(heads.error());
    std::unique_ptr<PageRenderer> renderer(new PageRenderer(theme));
    const std::string text = withSecurityPolicy(theme.articleTemplate, heads->article);
    const std::string list = withSecurityPolicy(theme.listTemplate, heads->list);
    const ctemplate::TemplateDictionary empty("check");
    for (const auto &[key, source] : {std::pair{kTemplateKey, &text}, std::pair{kListKey, &list}}) {
        std::string ignored;
        if (!renderer->d->cache.StringToTemplateCache(key, *source, ctemplate::DO_NOT_STRIP) ||
            !renderer->d->cache.ExpandWithData(key, ctemplate::DO_NOT_STRIP, &empty, nullptr,
                                               &ignored)) {
            // ctemplate gives the line only on stderr; the rules have passed, so it is most
            // likely a modifier it does not know.
            return storeFailure(StoreError::Code::Invalid,
                                tr("The theme \"%1\" has a %2 that is not a valid template; look "
                                   "for a misspelt modifier such as {{HEADLINE:x}}.")
                                    .arg(theme.name, QLatin1StringView(key)));
        }
    }
    return renderer;
}

StoreResult<QString> PageRenderer::render(const Article &article, const PageContext &context) const
{
    auto page = renderUtf8(article, context);
    if (!page)
        return std::unexpected(page.error());
    return QString::fromUtf8(*page);
}

StoreResult<QByteArray> PageRenderer::renderUtf8(const Article &article,
                                                 const PageContext &context) const
{
    return renderArticle(article, context, Form::Export);
}

StoreResult<QByteArray> PageRenderer::renderPreviewPage(const Article &article,
                                                        const PageContext &context) const
{
    return renderArticle(article, context, Form::PreviewPage);
}

StoreResult<QByteArray> PageRenderer::renderPreviewPatch(const Article &article,
                                                         const PageContext &context) const
{
    return renderArticle(article, context, Form::PreviewPatch);
}

StoreResult<QByteArray> PageRenderer::renderArticle(const Article &article,
                                                    const PageContext &context, Form form) const
{
    const QString language = context.language.isEmpty() ? language::of(article) : context.language;
    const PageWords words(language);
    ctemplate::TemplateDictionary page("page");
    if (form != Form::PreviewPatch) // in a patch, neither <style> nor a link shows
        fillStyle(page, d->css, context);
    fillHead(page, article, context, language, words);
    fillStory(page, article, context, language, words, form != Form::Export);
    std::string html;
    if (!d->cache.ExpandWithData(kTemplateKey, ctemplate::DO_NOT_STRIP, &page, nullptr, &html))
        return storeFailure(StoreError::Code::Invalid,
                            tr("The theme could not render \"%1\".").arg(article.headline));
    replaceControls(html);
    return QByteArray(html.data(), qsizetype(html.size()));
}

} // namespace newsroom

namespace newsroom {

StoreResult<QString> PageRenderer::renderList(const ListPage &list,
                                              const PageContext &context) const
{
    const PageWords words(list.language);
    ctemplate::TemplateDictionary page("list");
    fillStyle(page, d->css, context);
    page.SetValue("LANG", s(list.language));
    page.SetValue("DIR", language::isRightToLeft(list.language) ? "rtl" : "ltr");
    page.SetValue("TITLE", s(list.title));
    page.SetValue("HEADING", s(list.heading));
    page.SetValue("DESCRIPTION", s(list.description));
    page.SetValue("HOME_HREF", s(list.homeHref));
    page.SetValue("SITE_TITLE", s(context.siteName.isEmpty() ? tr("Newsroom") : context.siteName));
    if (const QString url = context.canonicalUrl(); !url.isEmpty())
        page.AddSectionDictionary("CANONICAL")->SetValue("URL", s(url));
    if (!list.feedHref.isEmpty())
        page.AddSectionDictionary("FEED")->SetValue("HREF", s(list.feedHref));
    for (const ListPage::Group &group : list.groups) {
        auto *groupDict = page.AddSectionDictionary("GROUP");
        if (!group.title.isEmpty()) {
            auto *title = groupDict->AddSectionDictionary("GROUP_TITLE");
            title->SetValue("TEXT", s(group.title));
            title->SetValue("HREF", s(group.href));
        }
        for (const ListPage::Entry &entry : group.entries) {
            auto *item = groupDict->AddSectionDictionary("ITEM");
            item->SetValue("HEADLINE", s(entry.headline));
            item->SetValue("HREF", s(entry.href));
            item->SetValue("DATE_ISO", s(json::timeToText(entry.date)));
            item->SetValue("DATE_TEXT", s(words.date(entry.date)));
            if (!entry.dek.isEmpty())
                item->AddSectionDictionary("DEK")->SetValue("TEXT", s(entry.dek));
        }
    }
    if (list.groups.isEmpty())
        page.AddSectionDictionary("EMPTY")->SetValue("TEXT", s(words.noArticles()));
    if (!list.tags.isEmpty()) {
        auto *tags = page.AddSectionDictionary("TAGS");
        tags->SetValue("LABEL", s(words.tags()));
        for (const auto &[name, href] : list.tags) {
            auto *tag = tags->AddSectionDictionary("TAG");
            tag->SetValue("NAME", s(name));
            tag->SetValue("HREF", s(href));
        }
    }
    std::string html;
    if (!d->cache.ExpandWithData(kListKey, ctemplate::DO_NOT_STRIP, &page, nullptr, &html))
        return storeFailure(StoreError::Code::Invalid,
                            tr("The theme could not render the page \"%1\".").arg(list.title));
    replaceControls(html);
    return QString::fromStdString(html);
}

} // namespace newsroom

namespace newsroom {

const QString &PageRenderer::css() const
{
    return d->css;
}

} // namespace newsroom
