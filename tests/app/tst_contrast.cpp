// Each family's display colour against the backgrounds it is drawn on, by WCAG 2's contrast
// ratio (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): at least
// 3:1 where it marks something (chart marks, the matrix chip, the models table's swatch, the
// recommendation's bars: on the window and the chart), at least 4.5:1 where it is text
// (the "■" before a family's name in the Document tab, the Matrix pane and the report: on
// a text view's base or the paper). `color` goes on light palettes, `colorDark` on dark ones.
#include "app/shell/theme.h"
#include "core/dataset/datasetloader.h"

#include <QApplication>
#include <QChart>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula();
    void familyColours_data();
    void familyColours();
};

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Background
{
    QString name;
    QColor color;
};

// The light backgrounds: the palette Versus runs with (Fusion, the style offscreen and
// on most desktops without a theme) and Qt Charts' light theme; the paper of the report.
QList<Background> lightMarkBackgrounds()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QChart light;
    light.setTheme(QChart::ChartThemeLight);
    return {{QStringLiteral("Fusion window"), fusion->standardPalette().color(QPalette::Window)},
            {QStringLiteral("application window"), QApplication::palette().color(QPalette::Window)},
            {QStringLiteral("light chart"), light.backgroundBrush().color()}};
}

QList<Background> lightTextBackgrounds()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return {{QStringLiteral("Fusion base"), fusion->standardPalette().color(QPalette::Base)},
            {QStringLiteral("application base"), QApplication::palette().color(QPalette::Base)},
            {QStringLiteral("paper"), QColor(Qt::white)}};
}

// Versus follows the desktop's dark palette: Breeze Dark (KDE), Adwaita-dark (GNOME, through
// its Qt platform theme), the near-black of tst_chartsview's dark palette; Qt Charts' dark
// theme draws the chart. Window colours are the marks' backgrounds, views' the text's.
QList<Background> darkMarkBackgrounds()
{
    QChart dark;
    dark.setTheme(QChart::ChartThemeDark);
    return {{QStringLiteral("Breeze Dark window"), QColor(0x31, 0x36, 0x3b)},
            {QStringLiteral("Adwaita-dark window"), QColor(0x35, 0x35, 0x35)},
            {QStringLiteral("near-black window"), QColor(30, 30, 30)},
            {QStringLiteral("dark chart"), dark.backgroundBrush().color()},
            {QStringLiteral("Versus dark window (View → Theme → Dark)"), Theme::darkPalette().color(QPalette::Window)}};
}

QList<Background> darkTextBackgrounds()
{
    return {{QStringLiteral("Breeze Dark view"), QColor(0x23, 0x26, 0x29)},
            {QStringLiteral("Adwaita-dark view"), QColor(0x2d, 0x2d, 0x2d)},
            {QStringLiteral("near-black window"), QColor(30, 30, 30)},
            {QStringLiteral("Versus dark base (View → Theme → Dark)"), Theme::darkPalette().color(QPalette::Base)}};
}
} // namespace

void TestContrast::formula()
{
    // Values from the WCAG definition, by hand: white on black is (1 + 0.05) / (0 + 0.05).
    QCOMPARE(contrast(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the familiar lightest grey that passes 4.5:1 (4.54), #777777 fails.
    QVERIFY(std::abs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestContrast::familyColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestContrast::familyColours()
{
    QFETCH(bool, dark);
    const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.dataset->families.isEmpty());
    const QList<Background> marks = dark ? darkMarkBackgrounds() : lightMarkBackgrounds();
    const QList<Background> texts = dark ? darkTextBackgrounds() : lightTextBackgrounds();
    if (!dark) // the application's own palette is a light one offscreen
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QStringList failures;
    for (const Family &f : loaded.dataset->families) {
        const QColor colour = f.displayColor(dark);
        QVERIFY(colour.isValid());
        for (const Background &b : marks) {
            const double r = contrast(colour, b.color);
            qInfo("%s %s on %s (%s): %.2f", qPrintable(f.id), qPrintable(colour.name()), qPrintable(b.name),
                  qPrintable(b.color.name()), r);
            if (r < 3.0)
                failures.append(QStringLiteral("%1 %2 as a mark on %3: %4 < 3").arg(f.id, colour.name(), b.name).arg(r, 0, 'f', 2));
        }
        for (const Background &b : texts) {
            const double r = contrast(colour, b.color);
            if (r < 4.5)
                failures.append(QStringLiteral("%1 %2 as text on %3: %4 < 4.5").arg(f.id, colour.name(), b.name).arg(r, 0, 'f', 2));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
