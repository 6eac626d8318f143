#pragma once

#include <QObject>
#include <QRect>
#include <map>

class QAction;
class QDockWidget;
class QMainWindow;

namespace newsroom {

// The panels around the story: the archive list, the outline, the article's details, its
// related articles, the checklist, the picture library and the preview, each a dock the editor can
// show, hide, move, float and tab together; the arrangement is remembered between starts. On a
// first start the window takes most of the screen it opens on, and never more.
class DeskLayout : public QObject
{
    Q_OBJECT
public:
    enum class Panel
    {
        Archive,
        Outline,
        Details,
        Related,
        Checklist,
        Preview,
        Pictures, // the picture library
    };

    explicit DeskLayout(QMainWindow *window);

    QDockWidget *addPanel(Panel panel, const QString &title, QWidget *content);
    QDockWidget *dock(Panel panel) const { return m_docks.at(panel); }
    // Shows the panel and brings it to the front of its tabs.
    void show(Panel panel);
    // The View menu's entries, one a panel, in the order they were added.
    QList<QAction *> toggleActions() const { return m_toggles; }

    // Puts every panel in its first-start place: archive (tabbed with pictures) and outline
    // on the left, preview on the right above the details, related articles and checklist
    // (tabbed).
    void arrangeDefault();
    // The remembered window and panels, or the first-start ones.
    void restore();
    void save() const;

    // F6 and Shift+F6: the keyboard focus goes to the next (previous) pane that shows: the
    // story, then each visible panel in turn. A pane takes focus at its focus proxy, else at
    // its first input.
    void focusNextPane();
    void focusPreviousPane();
    // Where F6 puts the cursor in the story (a focus proxy would do it, but would also send
    // Tab past the headline).
    void setStoryInput(QWidget *input) { m_storyInput = input; }
    // The story and the panels that show, in F6 order.
    QList<QWidget *> visiblePanes() const;
    // The pane that holds `widget` (nullptr: none).
    QWidget *paneOf(const QWidget *widget) const;

    // The window on a first start: most of the screen's free area, centred.
    static QRect firstStartGeometry(const QRect &available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusPane(int step);
    void sizeDefault();

    QMainWindow *m_window;
    QWidget *m_storyInput = nullptr;
    bool m_sizeWhenShown = false;
    bool m_restored = false; // remembered panels: the first-start sizes are not applied
    std::map<Panel, QDockWidget *> m_docks;
    QList<QAction *> m_toggles;
};

} // namespace newsroom
