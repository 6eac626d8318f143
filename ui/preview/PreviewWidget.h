#pragma once

#include "model/Article.h"
#include "render/PageContext.h"
#include "render/Theme.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QFrame;
class QHBoxLayout;
class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace newsroom {

class ArchiveGateway;
class PageRenderer;
class PreviewPage;
class PreviewSchemeHandler;

// The live preview: the exported page itself, shown in Qt WebEngine. The first article is
// loaded from the preview scheme; after that each change is patched into the page in
// place (no reload, no flicker, scroll position kept) by the app's own script in an
// isolated world. One patch is in flight at a time; the newest waiting one wins. It relies
// only on the story anchor PageRenderer describes (kStoryId); when a patch fails, a bar above
// the page says so and offers a reload, and the next change loads the page whole.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    // The widths readers see the page at.
    enum class Device
    {
        Desktop, // as wide as the pane
        Tablet,  // kTabletWidth
        Phone,   // kPhoneWidth
    };
    static constexpr int kTabletWidth = 820;
    static constexpr int kPhoneWidth = 390;

    explicit PreviewWidget(QWidget *parent = nullptr);
    ~PreviewWidget() override;

    void showArticle(const Article &article, const PageContext &context);
    // Where the page's pictures (the context's shelf names them) are read from, through
    // the gateway's reads lane; without one they do not load.
    void setArchive(ArchiveGateway *gateway);
    // A house theme from Preferences; the page reloads once with it.
    void setTheme(const Theme &theme);
    void setDevice(Device device);
    Device device() const { return m_device; }
    // Scrolls to the body's heading `index` (0 = the first), -1 to the top of the story.
    void scrollToHeading(int index);
    PreviewPage *page(); // starts the engine if it has not yet
    int refusedDownloads() const;
    // What the bar above the page says; empty while the preview follows the article.
    QString problem() const;
    // Loads the page whole, as it is now: what the bar's Reload does.
    void reload();

Q_SIGNALS:
    void pageUpdated(); // loaded or patched
    void renderFailed(const QString &message);

protected:
    // The page is drawn in a widget the view makes later: it takes focus by click (and F6)
    // only, so that Tab passes the page by instead of walking its links.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startEngine();
    void loadPage();
    void onLoadFinished(bool ok);
    void runScroll();
    void sendPatch();
    void onPatched(const QVariant &result, int generation);
    void showProblem(const QString &message);

    std::unique_ptr<PageRenderer> m_renderer;
    QFrame *m_problemBar;
    QLabel *m_problemText;
    QHBoxLayout *m_row; // the view, centred at tablet and phone widths
    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_scheme = nullptr;
    QPointer<ArchiveGateway> m_archive;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_patchInFlight = false;
    int m_generation = 0; // one per load: a patch sent before a load is not judged after it
    QByteArray m_pendingPatch;
    Device m_device = Device::Desktop;
    int m_heading = -1;
    bool m_scrollPending = false; // the heading to follow was not in the page yet
    Article m_article;            // the last shown, to render again with a new theme
    PageContext m_context;
    bool m_hasArticle = false;
    int m_refusedDownloads = 0;
};

} // namespace newsroom
