#pragma once

#include "model/Article.h"
#include "render/PageContext.h"

#include <QWidget>
#include <memory>

class QWebEngineProfile;
class QWebEngineView;

namespace newsroom {

class PageRenderer;
class PreviewPage;
class PreviewRequestGuard;
class PreviewSchemeHandler;

// The live preview: the exported page itself, shown in Qt WebEngine. The first article is
// loaded from the preview scheme; after that each change is patched into the page in
// place (no reload, no flicker, scroll position kept) by the app's own script in an
// isolated world. One patch is in flight at a time; the newest waiting one wins.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewWidget(QWidget *parent = nullptr);
    ~PreviewWidget() override;

    void showArticle(const Article &article, const PageContext &context);
    PreviewPage *page() const;
    int blockedRequests() const;

Q_SIGNALS:
    void pageUpdated(); // loaded or patched
    void renderFailed(const QString &message);

private:
    void onLoadFinished(bool ok);
    void sendPatch();

    std::unique_ptr<PageRenderer> m_renderer;
    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_scheme = nullptr;
    PreviewRequestGuard *m_guard = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    bool m_loaded = false;
    bool m_patchInFlight = false;
    QByteArray m_pendingPatch;
};

} // namespace newsroom
