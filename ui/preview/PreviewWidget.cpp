#include "PreviewWidget.h"

#include "PreviewPage.h"
#include "PreviewRequestGuard.h"
#include "PreviewScheme.h"
#include "PreviewSchemeHandler.h"
#include "render/PageRenderer.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace newsroom {

namespace {

const QUrl kPageUrl(QStringLiteral("newsroom-preview://article/page.html"));

// Swaps the story and the title for the new page's, leaving the document (and so its scroll
// position) where it is. DOMParser builds the new page without running anything in it.
constexpr const char *kPatchScript = R"js(
(function (html) {
  const next = new DOMParser().parseFromString(html, 'text/html');
  const story = document.getElementById('story');
  const nextStory = next.getElementById('story');
  if (!story || !nextStory)
    return false;
  story.replaceChildren(...nextStory.childNodes);
  document.title = next.title;
  document.documentElement.lang = next.documentElement.lang;
  document.documentElement.dir = next.documentElement.dir;
  return true;
})(%1[0]);
)js";

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

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent), m_profile(new QWebEngineProfile(this)) // no storage name: off the record
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (renderer)
        m_renderer = std::move(*renderer);
    m_scheme = new PreviewSchemeHandler(this);
    m_profile->installUrlSchemeHandler(
        QByteArray(previewscheme::kName.data(), previewscheme::kName.size()), m_scheme);
    m_guard = new PreviewRequestGuard(this);
    m_profile->setUrlRequestInterceptor(m_guard);
    m_page = new PreviewPage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewWidget::onLoadFinished);
    connect(m_page, &PreviewPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QHBoxLayout(this); // centres the view at tablet and phone widths
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(m_view, 100);
    layout->addStretch();
}

PreviewWidget::~PreviewWidget()
{
    delete m_view; // the view and page go before the profile they use
    delete m_page;
}

PreviewPage *PreviewWidget::page() const
{
    return m_page;
}

int PreviewWidget::blockedRequests() const
{
    return m_guard->blockedCount();
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
    if (m_article.id != 0 || !m_article.headline.isEmpty())
        showArticle(m_article, m_context);
}

void PreviewWidget::setDevice(Device device)
{
    m_device = device;
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
    if (m_loaded)
        runScroll();
}

void PreviewWidget::runScroll()
{
    m_page->runJavaScript(QString::fromLatin1(kScrollScript).arg(m_heading),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewWidget::showArticle(const Article &article, const PageContext &context)
{
    m_article = article;
    m_context = context;
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
            m_pendingPatch = *html; // patched in when the load in progress finishes
        } else {
            m_loading = true;
            m_page->load(kPageUrl);
        }
        return;
    }
    m_pendingPatch = *html;
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
                              Q_EMIT pageUpdated();
                              if (!m_pendingPatch.isEmpty())
                                  sendPatch();
                          });
}

} // namespace newsroom
