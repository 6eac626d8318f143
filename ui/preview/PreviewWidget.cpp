#include "PreviewWidget.h"

#include "ArchiveGateway.h"
#include "PreviewPage.h"
#include "PreviewRequestGuard.h"
#include "PreviewScheme.h"
#include "PreviewSchemeHandler.h"
#include "render/PageRenderer.h"

#include <QChildEvent>
#include <QDesktopServices>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace newsroom {

namespace {

const QUrl kPageUrl(QStringLiteral("newsroom-preview://article/page.html"));

// Brings the story (the element with the id PageRenderer names) and the title in line with
// the new page's, leaving the document (and so its scroll position) where it is; false when
// either page lacks the story. DOMParser builds the new page without running
// anything in it. Only the nodes that differ are replaced: the unchanged paragraphs of a
// long article keep their layout, so a keystroke costs Chromium one paragraph's work.
constexpr const char *kPatchScript = R"js(
(function (html, storyId) {
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
  const story = document.getElementById(storyId);
  const nextStory = next.getElementById(storyId);
  if (!story || !nextStory)
    return false;
  sync(story, nextStory);
  if (document.title !== next.title)
    document.title = next.title;
  document.documentElement.lang = next.documentElement.lang;
  document.documentElement.dir = next.documentElement.dir;
  return true;
})(...%1);
)js";

// Brings the body's n-th heading (or the story's top) into view, as the editor's cursor
// moves between sections. The body is what stands between the two comments PageRenderer
// puts around it, whatever the theme's elements are called.
constexpr const char *kScrollScript = R"js(
(function (index, storyId, bodyStart, bodyEnd) {
  const story = document.getElementById(storyId);
  if (!story)
    return 0;
  const headings = [];
  const walker = document.createTreeWalker(story, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  let inBody = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      if (node.data === bodyEnd)
        break;
      inBody = inBody || node.data === bodyStart;
    } else if (inBody && /^H[1-6]$/.test(node.nodeName)) {
      headings.push(node);
    }
  }
  const target = index >= 0 && index < headings.length ? headings[index] : story;
  target.scrollIntoView({block: 'start'});
  return headings.length;
})(...%1);
)js";

// A script's arguments, as a JavaScript array literal.
QString arguments(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent), m_problemBar(new QFrame), m_problemText(new QLabel), m_row(new QHBoxLayout)
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (renderer)
        m_renderer = std::move(*renderer);

    // The bar takes the palette's tooltip colours, as the editor's notice bars do.
    m_problemBar->setObjectName(QStringLiteral("previewProblem"));
    m_problemBar->setAccessibleName(tr("Preview problem"));
    m_problemBar->setFrameShape(QFrame::StyledPanel);
    m_problemBar->setAutoFillBackground(true);
    m_problemBar->setBackgroundRole(QPalette::ToolTipBase);
    m_problemBar->setForegroundRole(QPalette::ToolTipText);
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reloadButton = new QPushButton(tr("&Reload Preview"));
    auto *bar = new QHBoxLayout(m_problemBar);
    bar->addWidget(m_problemText, 1);
    bar->addWidget(reloadButton);
    m_problemBar->hide();
    connect(reloadButton, &QPushButton::clicked, this, &PreviewWidget::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_problemBar);
    layout->addLayout(m_row, 1);
    m_row->addStretch();
    m_row->addStretch();
    // Chromium takes a few hundred milliseconds to start: the window shows first.
    QTimer::singleShot(0, this, &PreviewWidget::startEngine);
}

PreviewWidget::~PreviewWidget()
{
    // A page being deleted answers its pending scripts with nothing: no patch may count that
    // as a failure (and tell a window half gone) or send another.
    ++m_generation;
    m_loaded = false;
    delete m_view; // the view and page go before the profile they use
    delete m_page;
}

void PreviewWidget::startEngine()
{
    if (m_page)
        return;
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_scheme = new PreviewSchemeHandler(this);
    m_scheme->setArchive(m_archive);
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
    m_view->setAccessibleName(tr("Page preview"));
    // Tab passes the page by (its links would be a long detour); F6, a click or the
    // accessibility tree reach it.
    m_view->setFocusPolicy(Qt::ClickFocus);
    m_view->installEventFilter(this); // for the widget it draws the page in, made later
    setFocusProxy(m_view);
    m_row->insertWidget(1, m_view, 100);
    setDevice(m_device);
    if (m_hasArticle)
        showArticle(m_article, m_context);
}

bool PreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ChildAdded) {
        if (auto *inside = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child())) {
            inside->setFocusPolicy(Qt::ClickFocus);
            inside->setAccessibleName(m_view->accessibleName());
        }
    }
    return QWidget::eventFilter(watched, event);
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

QString PreviewWidget::problem() const
{
    return m_problemBar->isHidden() ? QString() : m_problemText->text();
}

void PreviewWidget::showProblem(const QString &message)
{
    m_problemText->setText(message);
    m_problemBar->show();
    Q_EMIT renderFailed(message);
}

void PreviewWidget::reload()
{
    if (!m_page || !m_hasArticle || !m_renderer)
        return;
    m_pendingPatch.clear(); // the page loaded is the newest
    loadPage();
}

void PreviewWidget::setArchive(ArchiveGateway *gateway)
{
    m_archive = gateway;
    if (m_scheme)
        m_scheme->setArchive(gateway);
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
    const QString script = QString::fromLatin1(kScrollScript)
                               .arg(arguments({heading, QLatin1StringView(PageRenderer::kStoryId),
                                               QLatin1StringView(PageRenderer::kBodyStartComment),
                                               QLatin1StringView(PageRenderer::kBodyEndComment)}));
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
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
        showProblem(tr("The preview has no page theme to show the article with. Choose a theme "
                       "in Preferences."));
        return;
    }
    if (!m_loaded && !m_loading) {
        loadPage();
        return;
    }
    auto patch = m_renderer->renderPreviewPatch(article, context);
    if (!patch) {
        showProblem(tr("The preview cannot show this version of the article: %1")
                        .arg(patch.error().message));
        return;
    }
    m_pendingPatch = *patch; // while loading, patched in when the load finishes
    if (m_loaded && !m_patchInFlight)
        sendPatch();
}

void PreviewWidget::loadPage()
{
    auto html = m_renderer->renderPreviewPage(m_article, m_context);
    if (!html) {
        showProblem(tr("The preview cannot show this version of the article: %1")
                        .arg(html.error().message));
        return;
    }
    m_scheme->setPage(*html);
    m_loaded = false;
    m_loading = true;
    ++m_generation;
    m_page->load(kPageUrl);
}

void PreviewWidget::onLoadFinished(bool ok)
{
    m_loading = false;
    m_loaded = ok;
    if (!ok)
        return;
    m_problemBar->hide(); // a whole page: whatever went wrong before is gone
    if (!m_pendingPatch.isEmpty() && !m_patchInFlight)
        sendPatch();
    if (m_heading >= 0)
        runScroll();
    Q_EMIT pageUpdated();
}

void PreviewWidget::sendPatch()
{
    const QString html = QString::fromUtf8(std::exchange(m_pendingPatch, QByteArray()));
    const QString script = QString::fromLatin1(kPatchScript)
                               .arg(arguments({html, QLatin1StringView(PageRenderer::kStoryId)}));
    m_patchInFlight = true;
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [this, generation = m_generation](const QVariant &result) {
                              onPatched(result, generation);
                          });
}

void PreviewWidget::onPatched(const QVariant &result, int generation)
{
    m_patchInFlight = false;
    if (generation != m_generation) {
        // A load came between: the patch was meant for the page before it.
    } else if (result.typeId() == QMetaType::Bool && result.toBool()) {
        m_problemBar->hide();
        if (m_scrollPending)
            runScroll();
        Q_EMIT pageUpdated();
    } else {
        // The page or its patch lacks the story anchor, or the script did not run: patching
        // again would fail alike, so the next change loads the page whole.
        m_loaded = false;
        m_pendingPatch.clear();
        showProblem(tr("The preview stopped following your edits: its page has no element with "
                       "id=\"%1\" to show the article in. Reload the preview; if this happens "
                       "again, choose another page theme in Preferences.")
                        .arg(QLatin1StringView(PageRenderer::kStoryId)));
        return;
    }
    if (m_loaded && !m_pendingPatch.isEmpty())
        sendPatch();
}

} // namespace newsroom
