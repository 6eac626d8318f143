#include "DeskLayout.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace newsroom {

namespace {
// Bumped when the panels change, so that an old arrangement is not forced on new panels.
// 2: the picture library joined the panels (an older arrangement would leave it loose).
constexpr int kLayoutVersion = 2;

QString panelName(DeskLayout::Panel panel)
{
    switch (panel) {
    case DeskLayout::Panel::Archive:
        return QStringLiteral("archivePanel");
    case DeskLayout::Panel::Outline:
        return QStringLiteral("outlinePanel");
    case DeskLayout::Panel::Details:
        return QStringLiteral("detailsPanel");
    case DeskLayout::Panel::Related:
        return QStringLiteral("relatedPanel");
    case DeskLayout::Panel::Checklist:
        return QStringLiteral("checklistPanel");
    case DeskLayout::Panel::Preview:
        return QStringLiteral("previewPanel");
    case DeskLayout::Panel::Pictures:
        return QStringLiteral("picturesPanel");
    }
    return {};
}
} // namespace

DeskLayout::DeskLayout(QMainWindow *window) : QObject(window), m_window(window)
{
    m_window->setDockNestingEnabled(true);
    m_window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                             QMainWindow::AllowTabbedDocks);
    m_window->setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    m_window->installEventFilter(this);
}

bool DeskLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show &&
        std::exchange(m_sizeWhenShown, false))
        QTimer::singleShot(0, this, &DeskLayout::sizeDefault); // once the window is laid out
    return QObject::eventFilter(watched, event);
}

QDockWidget *DeskLayout::addPanel(Panel panel, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(panelName(panel));
    // A panel behind another's tab stays "visible" to Qt (moved off screen), so Tab would
    // walk its inputs unseen: they are disabled while it is not in front. A holder takes
    // that, so that the content's own enabled state (a trashed article's) stays its own;
    // hiding the content instead would shrink the whole tab group to a title's width.
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    dock->setWidget(holder);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_docks[panel] = dock;
    m_toggles.append(dock->toggleViewAction());
    connect(dock, &QDockWidget::visibilityChanged, holder, &QWidget::setEnabled);
    return dock;
}

void DeskLayout::show(Panel panel)
{
    QDockWidget *panelDock = dock(panel);
    panelDock->show();
    panelDock->raise();
}

void DeskLayout::arrangeDefault()
{
    for (auto &[panel, panelDock] : m_docks) {
        m_window->removeDockWidget(panelDock);
        panelDock->setFloating(false);
    }
    auto place = [this](Panel panel, Qt::DockWidgetArea area) {
        m_window->addDockWidget(area, dock(panel));
        dock(panel)->show();
    };
    place(Panel::Archive, Qt::LeftDockWidgetArea);
    place(Panel::Preview, Qt::RightDockWidgetArea);
    m_window->splitDockWidget(dock(Panel::Archive), dock(Panel::Outline), Qt::Vertical);
    dock(Panel::Outline)->show();
    m_window->splitDockWidget(dock(Panel::Preview), dock(Panel::Details), Qt::Vertical);
    dock(Panel::Details)->show();
    for (Panel tabbed : {Panel::Related, Panel::Checklist}) {
        m_window->tabifyDockWidget(dock(Panel::Details), dock(tabbed));
        dock(tabbed)->show();
    }
    dock(Panel::Details)->raise();
    // The picture library is the archive's too, and pictures are dragged from it into the
    // story beside it.
    m_window->tabifyDockWidget(dock(Panel::Archive), dock(Panel::Pictures));
    dock(Panel::Pictures)->show();
    dock(Panel::Archive)->raise();
    m_sizeWhenShown = !m_window->isVisible(); // sizes given before then are not kept
    if (!m_sizeWhenShown)
        sizeDefault();
}

void DeskLayout::sizeDefault()
{
    if (std::exchange(m_restored, false))
        return;
    // The story keeps the middle, about half the width (a readable line at 1280 pixels); a
    // fifth for the list, the rest for the preview; the preview over its tabs 55 to 45.
    const int width = m_window->width();
    m_window->resizeDocks({dock(Panel::Archive), dock(Panel::Preview)},
                          {width * 20 / 100, width * 29 / 100}, Qt::Horizontal);
    const int height = m_window->height();
    m_window->resizeDocks({dock(Panel::Archive), dock(Panel::Outline)},
                          {height * 65 / 100, height * 35 / 100}, Qt::Vertical);
    m_window->resizeDocks({dock(Panel::Preview), dock(Panel::Details)},
                          {height * 55 / 100, height * 45 / 100}, Qt::Vertical);
}

QList<QWidget *> DeskLayout::visiblePanes() const
{
    QList<QWidget *> panes{m_window->centralWidget()};
    for (Panel panel : {Panel::Archive, Panel::Pictures, Panel::Outline, Panel::Preview,
                        Panel::Details, Panel::Related, Panel::Checklist}) {
        if (dock(panel)->isVisible() && dock(panel)->widget()->isEnabled()) // not behind a tab
            panes.append(dock(panel));
    }
    return panes;
}

QWidget *DeskLayout::paneOf(const QWidget *widget) const
{
    for (QWidget *pane : visiblePanes()) {
        if (widget && (pane == widget || pane->isAncestorOf(widget)))
            return pane;
    }
    return nullptr;
}

void DeskLayout::focusNextPane()
{
    focusPane(1);
}

void DeskLayout::focusPreviousPane()
{
    focusPane(-1);
}

namespace {
QWidget *focusTarget(QWidget *pane)
{
    QWidget *content =
        qobject_cast<QDockWidget *>(pane) ? static_cast<QDockWidget *>(pane)->widget() : pane;
    if (content->focusProxy())
        return content->focusProxy();
    for (QWidget *w = content->nextInFocusChain(); w && w != content; w = w->nextInFocusChain()) {
        if (content->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return content;
}
} // namespace

void DeskLayout::focusPane(int step)
{
    const QList<QWidget *> panes = visiblePanes();
    const qsizetype current = panes.indexOf(paneOf(QApplication::focusWidget()));
    const qsizetype next = current < 0 ? 0 : (current + step + panes.size()) % panes.size();
    QWidget *target = next == 0 && m_storyInput ? m_storyInput : focusTarget(panes[next]);
    target->setFocus(Qt::ShortcutFocusReason);
}

QRect DeskLayout::firstStartGeometry(const QRect &available)
{
    // Most of the screen: room left for the desktop around it, never more than it has.
    const QSize size(available.width() * 94 / 100, available.height() * 94 / 100);
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void DeskLayout::restore()
{
    const QByteArray geometry = appsettings::windowGeometry();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        const QScreen *screen = m_window->screen();
        m_window->setGeometry(firstStartGeometry(screen->availableGeometry()));
    }
    // A window remembered on a bigger screen than this one is brought inside it.
    const QRect available = m_window->screen()->availableGeometry();
    if (!available.contains(m_window->frameGeometry()) && !m_window->isMaximized() &&
        !m_window->isFullScreen())
        m_window->setGeometry(firstStartGeometry(available));
    arrangeDefault();
    if (m_window->restoreState(appsettings::panelState(), kLayoutVersion))
        m_restored = true; // the remembered sizes, not the first-start ones
}

void DeskLayout::save() const
{
    appsettings::setWindowGeometry(m_window->saveGeometry());
    appsettings::setPanelState(m_window->saveState(kLayoutVersion));
}

} // namespace newsroom
