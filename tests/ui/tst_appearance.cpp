// Colours the palette has no role for (text that warns) are derived from the palette in
// use: they differ between the app's light and dark palettes, read on both, and follow a
// switch made while they show.

#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "related/OutsideLinkDialog.h"
#include "settings/Appearance.h"
#include "settings/PaletteColors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace newsroom;
using namespace newsroom::palettecolors;

namespace {
// As Preferences switches it; the widgets get the new palette from the event loop.
void switchTo(appsettings::Appearance appearance)
{
    applyAppearance(appearance);
    QCoreApplication::processEvents();
}

QPalette paletteFor(appsettings::Appearance appearance)
{
    switchTo(appearance);
    return QApplication::palette();
}

// The worse of the colour's contrast on the palette's Window (labels) and Base (fields).
double worstContrast(const QColor &color, const QPalette &palette)
{
    return std::min(contrast(color, palette.color(QPalette::Window)),
                    contrast(color, palette.color(QPalette::Base)));
}

QColor shownColor(const QWidget *widget)
{
    return widget->palette().color(QPalette::Active, widget->foregroundRole());
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { switchTo(appsettings::Appearance::Light); }

    void contrastFollowsWcag2()
    {
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the lightest grey WCAG AA allows for text: 4.54.
        QVERIFY(qAbs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void warningColourReadsInLightAndDark()
    {
        const QPalette light = paletteFor(appsettings::Appearance::Light);
        const QPalette dark = paletteFor(appsettings::Appearance::Dark);
        QVERIFY(light.color(QPalette::Base) != dark.color(QPalette::Base));
        const QColor onLight = negativeText(light);
        const QColor onDark = negativeText(dark);
        QVERIFY2(onLight != onDark, qPrintable(onLight.name()));
        QVERIFY2(worstContrast(onLight, light) >= kMinContrast,
                 qPrintable(QString::number(worstContrast(onLight, light))));
        QVERIFY2(worstContrast(onDark, dark) >= kMinContrast,
                 qPrintable(QString::number(worstContrast(onDark, dark))));
        // The light palette's red would not read on the dark one: deriving it matters.
        QVERIFY(worstContrast(onLight, dark) < kMinContrast);
        // Still a warning's red, darker on light, lighter on dark.
        for (const QColor &color : {onLight, onDark}) {
            const int hue = color.toHsl().hslHue();
            QVERIFY2(hue <= 15 || hue >= 345, qPrintable(color.name()));
            QVERIFY(color.toHsl().hslSaturationF() > 0.5);
        }
        QVERIFY(onLight.lightnessF() < onDark.lightnessF());
    }

    // The grounds of removed and added words in the revisions dialog: red and green, tinted
    // from the palette's Base, the palette's Text reading on them in light and dark alike.
    void comparisonColoursReadInLightAndDark()
    {
        for (const auto appearance :
             {appsettings::Appearance::Light, appsettings::Appearance::Dark}) {
            const QPalette palette = paletteFor(appearance);
            const QColor text = palette.color(QPalette::Text);
            const QColor removed = removedBackground(palette);
            const QColor added = addedBackground(palette);
            for (const QColor &ground : {removed, added}) {
                QVERIFY2(contrast(text, ground) >= kMinContrast,
                         qPrintable(ground.name() + QLatin1Char(' ') + text.name()));
                QVERIFY(ground != palette.color(QPalette::Base));
                QVERIFY(ground.toHsl().hslSaturationF() > 0.3);
            }
            const int removedHue = removed.toHsl().hslHue();
            QVERIFY2(removedHue <= 15 || removedHue >= 345, qPrintable(removed.name()));
            const int addedHue = added.toHsl().hslHue();
            QVERIFY2(addedHue >= 90 && addedHue <= 150, qPrintable(added.name()));
            // On the palette's own side: light grounds on light, dark on dark.
            const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
            QCOMPARE(removed.lightnessF() < 0.5, dark);
            QCOMPARE(added.lightnessF() < 0.5, dark);
        }
    }

    // The body's Markdown highlighting takes the new palette's colours at the switch.
    void highlightingFollowsASwitch()
    {
        ArticleDocument document;
        ArticleEditor editor(document, nullptr);
        editor.show();
        editor.body()->setPlainText(QStringLiteral("## Damage\n\nBoats broke loose."));
        auto headingColour = [&] {
            const auto formats = editor.body()->document()->firstBlock().layout()->formats();
            return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
        };
        switchTo(appsettings::Appearance::Light);
        QTRY_COMPARE(headingColour(), QApplication::palette().color(QPalette::Link));
        const QColor light = headingColour();
        switchTo(appsettings::Appearance::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Link) != light);
        QTRY_COMPARE(headingColour(), QApplication::palette().color(QPalette::Link));
    }

    void headlineCounterWarnsInThePalettesColour()
    {
        switchTo(appsettings::Appearance::Light);
        ArticleDocument document;
        Article article;
        article.headline = QStringLiteral("A headline that runs well past the house limit");
        document.load(article);
        ArticleEditor editor(document, nullptr);
        editor.setLimits(CheckLimits{10, 160, 8});
        auto *counter = editor.findChild<QLabel *>(QStringLiteral("headlineCount"));
        QVERIFY(counter);
        QVERIFY(isNegative(counter));
        QVERIFY(counter->styleSheet().isEmpty());
        QVERIFY(counter->font().bold());
        QCOMPARE(counter->toolTip(), QStringLiteral("Over the house limit by %1 characters")
                                         .arg(article.headline.size() - 10));
        QCOMPARE(shownColor(counter), negativeText(QApplication::palette()));

        // Dark while it shows: the counter follows.
        switchTo(appsettings::Appearance::Dark);
        QCOMPARE(shownColor(counter), negativeText(QApplication::palette()));
        QVERIFY(worstContrast(shownColor(counter), QApplication::palette()) >= kMinContrast);

        // Back within the limit: the window's own text colour and weight again.
        editor.setLimits(CheckLimits{200, 160, 8});
        QVERIFY(!isNegative(counter));
        QVERIFY(!counter->font().bold());
        QVERIFY(counter->toolTip().isEmpty());
        QCOMPARE(shownColor(counter), QApplication::palette().color(QPalette::WindowText));
        switchTo(appsettings::Appearance::Light);
        QCOMPARE(shownColor(counter), QApplication::palette().color(QPalette::WindowText));

        // One character over: the singular.
        editor.setLimits(CheckLimits{int(article.headline.size()) - 1, 160, 8});
        QCOMPARE(counter->toolTip(), QStringLiteral("Over the house limit by 1 character"));
    }

    void outsideLinkProblemIsInThePalettesColour()
    {
        switchTo(appsettings::Appearance::Dark);
        OutsideLinkDialog dialog;
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem);
        QVERIFY(problem->styleSheet().isEmpty());
        QCOMPARE(shownColor(problem), negativeText(QApplication::palette()));
        switchTo(appsettings::Appearance::Light);
        QCOMPARE(shownColor(problem), negativeText(QApplication::palette()));
        QVERIFY(worstContrast(shownColor(problem), QApplication::palette()) >= kMinContrast);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
