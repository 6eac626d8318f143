#pragma once

#include <QColor>

class QPalette;
class QWidget;

// Colours the palette has no role for, derived from the palette in use, so that they read
// in the light palette and the dark one (Appearance.h) alike. No colour is written into
// the widgets' code.
namespace newsroom::palettecolors {

// WCAG 2's contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

// What text must reach against its background: WCAG 2 AA for body text.
constexpr double kMinContrast = 4.5;

// The colour of text that warns or refuses ("over the house limit", "not a web address"):
// red, as light or as dark as it takes to reach kMinContrast on both the palette's Window
// (labels) and Base (fields, lists), like KDE's "negative text".
QColor negativeText(const QPalette &palette);

// The grounds of removed and added text in a comparison (the revisions dialog): the
// palette's Base tinted red and green, light on a light palette and dark on a dark one, and
// never so strong that the palette's Text on them falls below kMinContrast.
QColor removedBackground(const QPalette &palette);
QColor addedBackground(const QPalette &palette);

// Shows `widget`'s text (its foreground role) in negativeText, or as usual again; the
// colour follows the palette, so it stays readable when light or dark is switched while
// it shows.
void setNegative(QWidget *widget, bool negative);
bool isNegative(const QWidget *widget);

} // namespace newsroom::palettecolors
