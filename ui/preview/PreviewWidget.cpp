#include "PreviewWidget.h"

#include "PreviewPage.h"
#include "PreviewRequestGuard.h"
#include "PreviewScheme.h"
#include "PreviewSchemeHandler.h"
#include "render/PageRenderer.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace newsroom {

namespace {

const QUrl kPageUrl(QStringLiteral("newsroom-preview://article/page.html"));

// Brings the story and the title in line with the new page's, leaving the document (and
// so its scroll position) where it is. DOMParser builds the new page without running
// anything in it. Only the nodes that differ are replaced: the unchanged paragraphs of a
// long article keep their layout, so a keystroke costs Chromium one paragraph's work.
constexpr const char *kPatchScript = R"js(
(function (html) {
  function sameShell(a, b) {
    if (a.nodeType !== Node.ELEMENT_NODE || a.nodeName !== b.nodeName
        || a.attributes.length !== b.attributes.length)
      return false;
    for (const attribute of a.attributes) {
      if (b.getAttribute(attribute.name) !== attribute.value)
        return false;
    }
    return true;
  }
  function sync(current, next) {
    const a = current.childNodes;
    const b = next.childNodes;
    let start = 0;
    while (start < a.length && start < b.length && a[start].isEqualNode(b[start]))
      ++start;
    let endA = a.length - 1;
    let endB = b.length - 1;
    while (endA >= start && endB >= start && a[endA].isEqualNode(b[endB])) {
      --endA;
      --endB;
    }
    if (endA === start && endB === start && sameShell(a[start], b[start])) {
      sync(a[start], b[start]); // one element changed inside: go down into it
      return;
    }
    const fresh = Array.prototype.slice.call(b, start, endB + 1);
    for (let i = endA; i >= start; --i)
      current.removeChild(a[i]);
    const before = current.childNodes[start] || null;
    for (const node of fresh)
      current.insertBefore(node, before);
  }
  const next = new DOMParser().parseFromString(html, 'text/html');
  const story = document.getElementById('story');
  const nextStory = next.getElementById('story');
  if (!story || !nextStory)
    return false;
  sync(story, nextStory);
  if (document.title !== next.title)
    document.title = next.title;
  document.documentElement.lang = next.documentElement.lang;
  document.documentElement.dir = next.documentElement.dir;
  return true;
})(%1[0]);
)js";

// A patch needs the story and the title, not the theme's CSS (the page has it already):
// leaving the <style> out spares Chromium parsing it on every keystroke.
QByteArray withoutStyles(QByteArray html)
{
    const qsizetype start = html.indexOf("<style>");
    const qsizetype end = html.indexOf("</style>", start);
    if (start >= 0 && end > start)
        html.remove(start, end + qsizetype(sizeof("</style>")) - 1 - start);
    return html;
}

// Brings the body's n-th heading (or the story's top) into view, as the editor's cursor
// moves between sections.
constexpr const char *kScrollScript = R"js(
(function (index) {
  const headings = document.querySelectorAll('.story-body h1, .story-body h2, .story-body h3,'
      + ' .story-body h4, .story-body h5, .story-body h6');
  const target = index >= 0 && index < headings.length ? headings[index]
      : document.getElementById('story');
  if (target)
    target.scrollIntoView({block: 'start'});
  return headings.length;
})(%1);
)js";

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent) : QWidget(parent)
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (renderer)
        m_renderer = std::move(*renderer);
    auto *layout = new QHBoxLayout(this); // centres the view at tablet and phone widths
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addStretch();
    // Chromium takes a few hundred milliseconds to start: the window shows first.
    QTimer::singleShot(0, this, &PreviewWidget::startEngine);
}

PreviewWidget::~PreviewWidget()
{
    delete m_view; // the view and page go before the profile they use
    delete m_page;
}

void PreviewWidget::startEngine()
{
    if (m_page)
        return;
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_scheme = new PreviewSchemeHandler(this);
    m_profile->installUrlSchemeHandler(
        QByteArray(previewscheme::kName.data(), previewscheme::kName.size()), m_scheme);
    m_profile->setUrlRequestInterceptor(new PreviewRequestGuard(this));
    // Nothing in an article page is a download.
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                ++m_refusedDownloads;
                download->cancel();
            });
    m_page = new PreviewPage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewWidget::onLoadFinished);
    connect(m_page, &PreviewPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    static_cast<QHBoxLayout *>(layout())->insertWidget(1, m_view, 100);
    setDevice(m_device);
    if (m_hasArticle)
        showArticle(m_article, m_context);
}

PreviewPage *PreviewWidget::page()
{
    startEngine();
    return m_page;
}

int PreviewWidget::refusedDownloads() const
{
    return m_refusedDownloads;
}

void PreviewWidget::setTheme(const Theme &theme)
{
    auto renderer = PageRenderer::create(theme);
    if (!renderer) {
        Q_EMIT renderFailed(renderer.error().message);
        return;
    }
    m_renderer = std::move(*renderer);
    m_loaded = false; // the page's head (its CSS) changes: load once more
    m_loading = false;
    if (m_hasArticle)
        showArticle(m_article, m_context);
}

void PreviewWidget::setDevice(Device device)
{
    m_device = device;
    if (!m_view)
        return;
    switch (device) {
    case Device::Desktop:
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
        break;
    case Device::Tablet:
        m_view->setFixedWidth(kTabletWidth);
        break;
    case Device::Phone:
        m_view->setFixedWidth(kPhoneWidth);
        break;
    }
}

void PreviewWidget::scrollToHeading(int index)
{
    m_heading = index;
    if (m_loaded && m_page)
        runScroll();
}

void PreviewWidget::runScroll()
{
    // A heading typed a moment ago may not be in the page yet: then try again after the
    // next patch (only then, so that typing never pulls a scrolled preview back).
    m_scrollPending = false;
    const int heading = m_heading;
    m_page->runJavaScript(QString::fromLatin1(kScrollScript).arg(heading),
                          QWebEngineScript::ApplicationWorld,
                          [this, heading](const QVariant &count) {
                              if (heading == m_heading && heading >= count.toInt())
                                  m_scrollPending = true;
                          });
}

void PreviewWidget::showArticle(const Article &article, const PageContext &context)
{
    m_article = article;
    m_context = context;
    m_hasArticle = true;
    if (!m_page)
        return; // shown once the engine has started
    if (!m_renderer) {
        Q_EMIT renderFailed(tr("The page theme could not be loaded."));
        return;
    }
    auto html = m_renderer->renderUtf8(article, context);
    if (!html) {
        Q_EMIT renderFailed(html.error().message);
        return;
    }
    m_scheme->setPage(*html); // also what a reload would show
    if (!m_loaded) {
        if (m_loading) {
            m_pendingPatch = withoutStyles(*html); // patched in when the load finishes
        } else {
            m_loading = true;
            m_page->load(kPageUrl);
        }
        return;
    }
    m_pendingPatch = withoutStyles(*html);
    if (!m_patchInFlight)
        sendPatch();
}

void PreviewWidget::onLoadFinished(bool ok)
{
    m_loading = false;
    m_loaded = ok;
    if (!ok)
        return;
    if (!m_pendingPatch.isEmpty() && !m_patchInFlight)
        sendPatch();
    if (m_heading >= 0)
        runScroll();
    Q_EMIT pageUpdated();
}

void PreviewWidget::sendPatch()
{
    const QString html = QString::fromUtf8(std::exchange(m_pendingPatch, QByteArray()));
    const QString argument =
        QString::fromUtf8(QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact));
    m_patchInFlight = true;
    m_page->runJavaScript(QString::fromLatin1(kPatchScript).arg(argument),
                          QWebEngineScript::ApplicationWorld, [this](const QVariant &) {
                              m_patchInFlight = false;
                              if (m_scrollPending)
                                  runScroll();
                              Q_EMIT pageUpdated();
                              if (!m_pendingPatch.isEmpty())
                                  sendPatch();
                          });
}

} // namespace newsroom
