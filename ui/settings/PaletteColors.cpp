#include "PaletteColors.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace newsroom::palettecolors {

namespace {

constexpr char kNegative[] = "newsroomNegativeText";

// WCAG 2's relative luminance.
double luminance(const QColor &color)
{
    const auto channel = [](float value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

void apply(QWidget *widget);

// Re-colours the widget when its palette changes (the app switched between light and dark).
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && watched->isWidgetType())
            apply(static_cast<QWidget *>(watched));
        return false;
    }
};

void apply(QWidget *widget)
{
    if (!isNegative(widget)) {
        if (widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette()); // every role from the parent again
        return;
    }
    // Only the foreground role is ever set here, so Window and Base are still the ones the
    // widget inherits.
    const QColor color = negativeText(widget->palette());
    const QPalette::ColorRole role = widget->foregroundRole();
    if (widget->testAttribute(Qt::WA_SetPalette) &&
        widget->palette().color(QPalette::Active, role) == color)
        return; // already right: setting it again would only send another PaletteChange
    QPalette palette;
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    widget->setPalette(palette);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor negativeText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // On a background white contrasts with more than black, start from a light red and
    // lighten it further; else from a dark red, darkened further. The hue and saturation
    // of a warning stay.
    const bool darkBackground = contrast(window, Qt::white) > contrast(window, Qt::black);
    constexpr float kHue = 6.0F / 360.0F; // the red of the app's icon
    constexpr float kSaturation = 0.7F;
    constexpr float kStep = 0.02F;
    float lightness = darkBackground ? 0.62F : 0.42F;
    QColor color;
    for (;;) {
        color = QColor::fromHslF(kHue, kSaturation, lightness);
        const double worst = std::min(contrast(color, window), contrast(color, base));
        const bool atEnd = darkBackground ? lightness >= 1.0F : lightness <= 0.0F;
        if (worst >= kMinContrast || atEnd)
            return color;
        lightness = std::clamp(lightness + (darkBackground ? kStep : -kStep), 0.0F, 1.0F);
    }
}

namespace {
QColor tintedBackground(const QPalette &palette, float hue)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // A clear tint on the ground's side of the lightness scale, moved towards the ground
    // (lighter on light, darker on dark) until the text reads on it.
    const bool darkBackground = contrast(base, Qt::white) > contrast(base, Qt::black);
    constexpr float kSaturation = 0.6F;
    constexpr float kStep = 0.02F;
    float lightness = darkBackground ? 0.26F : 0.84F;
    QColor color;
    for (;;) {
        color = QColor::fromHslF(hue, kSaturation, lightness);
        const bool atEnd = darkBackground ? lightness <= 0.0F : lightness >= 1.0F;
        if (contrast(color, text) >= kMinContrast || atEnd)
            return color;
        lightness = std::clamp(lightness + (darkBackground ? -kStep : kStep), 0.0F, 1.0F);
    }
}
} // namespace

QColor removedBackground(const QPalette &palette)
{
    return tintedBackground(palette, 0.0F);
}

QColor addedBackground(const QPalette &palette)
{
    return tintedBackground(palette, 130.0F / 360.0F);
}

void setNegative(QWidget *widget, bool negative)
{
    if (isNegative(widget) == negative)
        return;
    widget->setProperty(kNegative, negative);
    if (negative && !widget->findChild<PaletteFollower *>(QString(), Qt::FindDirectChildrenOnly))
        widget->installEventFilter(new PaletteFollower(widget));
    apply(widget);
}

bool isNegative(const QWidget *widget)
{
    return widget->property(kNegative).toBool();
}

} // namespace newsroom::palettecolors
