#include "core/charts/chartdata.h"
#include "render/charts/chartpainter.h"
#include "render/charts/chartexport.h"
#include "render/charts/chartlabels.h"
#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "tests/chartcases.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>
#include <memory>

// The charts of exports and the report, drawn with QPainter: every chart of the bundled
// data at the sizes the app draws them lays out with every label whole, inside the chart,
// on no other label; bars and markers sit where their values say; the scales are Qt
// Charts' (the Charts tab's); labels keep off lines where they can.
class TestChartPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layout_data();
    void layout();
    void barsAreTheirValues();
    void pointsAreTheirValues();
    void linearScale_data();
    void linearScale();
    void gapIsNotZero();
    void longNamesWrapWhenNarrow();
    void labelsAvoidEachOtherAndLines();
    void drawsInsideItsSize();
    void cheaperAndBetterCornerShaded();
    void oddData_data();
    void oddData();

private:
    static QRectF footprint(const ChartPainter::Text &t);
    std::shared_ptr<const Dataset> m_dataset;
};

void TestChartPainter::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    QVERIFY(result.ok());
    m_dataset = result.dataset;
}

QRectF TestChartPainter::footprint(const ChartPainter::Text &t)
{
    if (!t.rotated)
        return t.rect;
    const QPointF c = t.rect.center();
    return QRectF(c.x() - t.rect.height() / 2, c.y() - t.rect.width() / 2, t.rect.height(), t.rect.width());
}

void TestChartPainter::layout_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSizeF>("target");
    QTest::addColumn<bool>("titled");
    QTest::addColumn<QString>("language");
    // What the app draws into: a report page's chart (as wide as the page, 0.62 of that
    // high, under the report's own heading), an export at its natural size, a flat and a
    // tall PNG; in English and in Chinese (a CJK font's taller lines).
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const Chart &c : m_dataset->charts) {
            const QByteArray name = (language + QLatin1Char(' ') + c.id).toUtf8();
            QTest::addRow("%s report", name.constData()) << c.id << QSizeF(4000, 2480) << false << language;
            QTest::addRow("%s natural", name.constData()) << c.id << QSizeF() << true << language;
            QTest::addRow("%s flat", name.constData()) << c.id << QSizeF(1600, 500) << true << language;
            QTest::addRow("%s tall", name.constData()) << c.id << QSizeF(800, 1000) << true << language;
        }
    }
}

void TestChartPainter::layout()
{
    QFETCH(QString, chartId);
    QFETCH(QSizeF, target);
    QFETCH(bool, titled);
    QFETCH(QString, language);
    Language::apply(language); // the app's own words too, and its CJK fallback font
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    Chart definition = *m_dataset->chart(chartId);
    if (!titled)
        definition.title = definition.subtitle = {};
    if (target.isEmpty())
        target = ChartExport::naturalSize(*m_dataset, definition);
    const QSizeF size = ChartExport::drawingSize(*m_dataset, definition, target);
    const ChartData data = ChartData::build(*m_dataset, definition);
    const ChartPainter chart(*m_dataset, data, size);
    QVERIFY2(size.height() >= chart.minimumHeight(), qPrintable(QStringLiteral("%1 < %2").arg(size.height()).arg(chart.minimumHeight())));
    const QRectF bounds(QPointF(0, 0), size);
    QVERIFY(chart.plotArea().width() > size.width() * 0.4);
    QVERIFY(chart.plotArea().height() > 150);

    QStringList texts;
    for (const ChartPainter::Text &t : chart.texts()) {
        texts.append(t.text);
        QVERIFY2(bounds.contains(footprint(t)), qPrintable(t.text));
        // Whole: the rect holds the text as the font sets it (wrapped where it may wrap).
        const QFontMetricsF m(t.font);
        const QRectF needed = m.boundingRect(QRectF(0, 0, t.rect.width(), 1e6), t.flags & Qt::TextWordWrap, t.text);
        QVERIFY2(needed.width() <= t.rect.width() + 0.5 && needed.height() <= t.rect.height() + 0.5, qPrintable(t.text));
        QVERIFY(!t.text.contains(QChar(0x2026)));
    }
    // Every word of the chart is drawn: axis titles, categories, labels, the legend.
    QVERIFY(texts.contains(data.xTitle));
    if (data.shape != ChartData::Shape::Bars)
        QVERIFY(texts.contains(data.yTitle));
    for (const QString &c : data.categories)
        QVERIFY2(texts.contains(c), qPrintable(c));
    for (const ChartSeriesData &s : data.series) {
        QVERIFY2(texts.contains(s.name), qPrintable(s.name));
        for (const ChartPoint &p : s.points) // (a line of memory against context labels its last point only)
            QVERIFY2(p.label.isEmpty() || texts.contains(p.label), qPrintable(p.label));
    }
    // No value label on another text, none outside the plot.
    const QList<ChartPainter::Text> &all = chart.texts();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).role != ChartPainter::Text::ValueLabel)
            continue;
        const QRectF r = all.at(i).rect;
        // (A bar's label may run past the plot, into the room kept for it right of the plot.)
        if (data.shape != ChartData::Shape::Bars)
            QVERIFY2(chart.plotArea().adjusted(-2, -2, 2, 2).contains(r), qPrintable(all.at(i).text));
        // ... nor on a marker (a marker is 13 px; labels keep off its middle 12).
        if (data.shape != ChartData::Shape::Bars) {
            for (const ChartPainter::Shape &shape : chart.shapes()) {
                if (!shape.key.isEmpty()) {
                    const QPointF c = shape.points.boundingRect().center();
                    QVERIFY2(!r.intersects(QRectF(c.x() - 6, c.y() - 6, 12, 12)), qPrintable(all.at(i).text + QLatin1String(" on ") + shape.key));
                }
            }
        }
        for (qsizetype j = 0; j < all.size(); ++j) {
            if (j != i)
                QVERIFY2(!r.intersects(footprint(all.at(j))), qPrintable(all.at(i).text + QLatin1String(" / ") + all.at(j).text));
        }
    }
    // Axis labels do not run into one another.
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            if (all.at(i).role == ChartPainter::Text::AxisLabel && all.at(j).role == ChartPainter::Text::AxisLabel)
                QVERIFY2(!all.at(i).rect.intersects(all.at(j).rect), qPrintable(all.at(i).text + QLatin1String(" / ") + all.at(j).text));
        }
    }
}

void TestChartPainter::barsAreTheirValues()
{
    const ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(QStringLiteral("benchmark-aime-2025")));
    const ChartPainter chart(*m_dataset, data, QSizeF(1000, 600));
    const QRectF plot = chart.plotArea();
    // The scale Qt Charts gives a percentage up to 92.3: 0 to 100 by 20.
    QStringList ticks;
    for (const ChartPainter::Text &t : chart.texts()) {
        if (t.role == ChartPainter::Text::AxisLabel && !data.categories.contains(t.text))
            ticks.append(t.text);
    }
    QCOMPARE(ticks, QStringLiteral("0 20 40 60 80 100").split(QLatin1Char(' ')));
    int bars = 0;
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points) {
            // In its row, top to bottom as listed (a model may have a row per mode).
            const qreal row = plot.height() / data.categories.size();
            const qreal rowCentre = plot.top() + (p.x + 0.5) * row;
            const auto it = std::find_if(chart.shapes().cbegin(), chart.shapes().cend(), [&](const ChartPainter::Shape &shape) {
                return shape.key == p.key && shape.kind == ChartPainter::Shape::Rect
                    && std::abs(shape.points.boundingRect().center().y() - rowCentre) < 0.01;
            });
            QVERIFY2(it != chart.shapes().cend(), qPrintable(p.key));
            const QRectF bar = QRectF(it->points.at(0), it->points.at(1)).normalized();
            QCOMPARE(bar.left(), plot.left());
            QVERIFY2(std::abs(bar.width() - p.y / 100.0 * plot.width()) < 0.01, qPrintable(p.key));
            QVERIFY(bar.height() > row * 0.5 && bar.height() < row);
            ++bars;
        }
    }
    QVERIFY(bars > 10);
}

void TestChartPainter::pointsAreTheirValues()
{
    const ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(QStringLiteral("parameters")));
    const ChartPainter chart(*m_dataset, data, QSizeF(1000, 600));
    const QRectF plot = chart.plotArea();
    QVERIFY(data.xLog && data.yLog);
    QSet<int> kinds;
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points) {
            const auto it = std::find_if(chart.shapes().cbegin(), chart.shapes().cend(),
                                         [&p](const ChartPainter::Shape &shape) { return shape.key == p.key; });
            QVERIFY2(it != chart.shapes().cend(), qPrintable(p.key));
            const QPointF centre = it->points.boundingRect().center();
            // Log scales from 0.1 to 10000 (y: Qwen3.8-2.4T-A95B of 2026 has 2,400B) and 0.1 to
            // 100 (x: its 95B active are the most): a decade is a fixed distance.
            const qreal expectX = plot.left() + (std::log10(p.x) + 1) / 3 * plot.width();
            const qreal expectY = plot.bottom() - (std::log10(p.y) + 1) / 5 * plot.height();
            QVERIFY2(std::abs(centre.x() - expectX) < 0.6 && std::abs(centre.y() - expectY) < 1.2, qPrintable(p.key));
            kinds.insert(int(it->kind) * 100 + int(it->points.size()));
        }
    }
    QCOMPARE(kinds.size(), 2); // one marker shape per family: circles and squares
}

void TestChartPainter::linearScale_data()
{
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<QStringList>("ticks");
    // As Qt Charts' applyNiceNumbers() sets them.
    QTest::newRow("rumored 1,200 B") << 1200.0 << false << QStringLiteral("0 500 1000 1500").split(QLatin1Char(' '));
    QTest::newRow("a rating 2,029") << 2029.0 << false << QStringLiteral("0 1000 2000 3000").split(QLatin1Char(' '));
    QTest::newRow("percent 85.7") << 85.7 << true << QStringLiteral("0 20 40 60 80 100").split(QLatin1Char(' '));
    QTest::newRow("percent capped") << 99.0 << true << QStringLiteral("0 20 40 60 80 100").split(QLatin1Char(' '));
    QTest::newRow("small") << 0.9 << false << QStringLiteral("0 0.2 0.4 0.6 0.8 1").split(QLatin1Char(' '));
}

void TestChartPainter::linearScale()
{
    QFETCH(double, maxValue);
    QFETCH(bool, percent);
    QFETCH(QStringList, ticks);
    ChartData data;
    data.categories = {QStringLiteral("one")};
    data.percent = percent;
    data.xTitle = QStringLiteral("value");
    ChartSeriesData s;
    s.name = QStringLiteral("DeepSeek");
    s.family = m_dataset->families.first().id;
    s.points.append({0, maxValue / 1.02, QStringLiteral("label"), {}, QStringLiteral("k")});
    data.series.append(s);
    const ChartPainter chart(*m_dataset, data, QSizeF(800, 300));
    QStringList drawn;
    for (const ChartPainter::Text &t : chart.texts()) {
        if (t.role == ChartPainter::Text::AxisLabel && t.text != QLatin1String("one"))
            drawn.append(t.text);
    }
    QCOMPARE(drawn, ticks);
}

// Issue 19: the row names take at most 40% of a narrow chart's width (ChartStyle::CategoryShare),
// wrapped onto more lines there; at a file's width (1000) they stay whole on one line.
void TestChartPainter::longNamesWrapWhenNarrow()
{
    const ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(QStringLiteral("headline-parameters")));
    for (const qreal width : {1000.0, 400.0}) {
        const ChartPainter chart(*m_dataset, data, QSizeF(width, 1200));
        int names = 0, wrapped = 0;
        for (const ChartPainter::Text &t : chart.texts()) {
            QString written = t.text;
            written.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (t.role != ChartPainter::Text::AxisLabel || !data.categories.contains(written))
                continue;
            ++names;
            wrapped += t.text.contains(QLatin1Char('\n')) ? 1 : 0;
            // Left of the plot, within 40% of the width (8 px before them, the gap after).
            QVERIFY2(t.rect.right() <= chart.plotArea().left(), qPrintable(t.text));
            QVERIFY2(t.rect.width() <= 0.4 * width, qPrintable(QStringLiteral("%1: %2 px at %3").arg(t.text).arg(t.rect.width()).arg(width)));
            const QFontMetricsF metrics(t.font);
            for (const QString &line : t.text.split(QLatin1Char('\n')))
                QVERIFY2(metrics.horizontalAdvance(line) <= t.rect.width() + 0.5, qPrintable(line));
        }
        QCOMPARE(names, int(data.categories.size()));
        if (width == 1000.0)
            QCOMPARE(wrapped, 0);
        else
            QVERIFY(wrapped >= 1); // "Qwen 3.5 flagship (397B-A17B) total parameters" is wider than 160 px
    }
}

void TestChartPainter::gapIsNotZero()
{
    // A model without a score is a gap with a note, never a bar of zero.
    ChartData data;
    data.categories = {QStringLiteral("scored"), QStringLiteral("not scored")};
    data.gapLabels = {QString(), QStringLiteral("no score reported")};
    ChartSeriesData s;
    s.name = QStringLiteral("DeepSeek");
    s.family = m_dataset->families.first().id;
    s.points.append({0, 50, QStringLiteral("50"), {}, QStringLiteral("scored")});
    data.series.append(s);
    const ChartPainter chart(*m_dataset, data, QSizeF(1000, 400));
    int bars = 0, notes = 0;
    for (const ChartPainter::Shape &shape : chart.shapes())
        bars += shape.key.isEmpty() ? 0 : 1;
    for (const ChartPainter::Text &t : chart.texts()) {
        if (t.role == ChartPainter::Text::ValueLabel && t.text == data.gapLabels.last()) {
            ++notes;
            QVERIFY(t.font.italic());
            QVERIFY(std::abs(t.rect.left() - chart.plotArea().left() - 5) < 0.01);
            QVERIFY(t.rect.center().y() > chart.plotArea().center().y()); // in the second row
        }
    }
    QCOMPARE(bars, 1);
    QCOMPARE(notes, 1);
}

void TestChartPainter::labelsAvoidEachOtherAndLines()
{
    using namespace ChartStyle;
    const QRectF plot(0, 0, 400, 300);
    // Three points almost on one another: three labels, none on another or on a marker.
    QList<LabelRequest> requests;
    QList<QRectF> markers;
    for (int i = 0; i < 3; ++i) {
        const QPointF p(200, 150 + i * 3);
        requests.append({LabelRequest::Point, p, {}, QSizeF(80, 16)});
        markers.append(QRectF(p.x() - 6, p.y() - 6, 12, 12));
    }
    QList<QPointF> at = placeLabels(plot, requests, markers, {});
    QCOMPARE(at.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QRectF r(at.at(i), requests.at(i).size);
        QVERIFY(plot.contains(r));
        for (const QRectF &m : std::as_const(markers))
            QVERIFY(!r.intersects(m));
        for (int j = 0; j < i; ++j)
            QVERIFY(!r.intersects(QRectF(at.at(j), requests.at(j).size)));
    }
    // A horizontal line through the point: the label goes above or below it, not across.
    const QLineF line(0, 150, 400, 150);
    at = placeLabels(plot, {{LabelRequest::Point, QPointF(200, 150), {}, QSizeF(80, 16)}}, {}, {line});
    const QRectF r(at.first(), QSizeF(80, 16));
    QVERIFY2(r.bottom() < 150 || r.top() > 150, qPrintable(QString::number(r.top())));
    // Without the line, beside the point.
    at = placeLabels(plot, {{LabelRequest::Point, QPointF(200, 150), {}, QSizeF(80, 16)}}, {}, {});
    QCOMPARE(at.first(), QPointF(207, 142));
}

void TestChartPainter::drawsInsideItsSize()
{
    for (const Chart &c : m_dataset->charts) {
        const ChartPainter chart(*m_dataset, ChartData::build(*m_dataset, c), QSizeF(1000, 600));
        QImage image(700, 500, QImage::Format_ARGB32);
        image.fill(Qt::blue);
        QPainter painter(&image);
        painter.translate(100, 100);
        painter.scale(0.25, 0.25);
        chart.draw(&painter);
        painter.end();
        // Nothing outside the 250 x 150 it was given; plenty drawn inside.
        // The message is made only for a pixel that fails: QVERIFY2 builds its message on
        // every call, and a chart has 350,000 pixels.
        const QRgb background = QColor(Qt::blue).rgb();
        int inside = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const bool blue = line[x] == background;
                if (x < 99 || x > 351 || y < 99 || y > 251) {
                    if (!blue)
                        QFAIL(qPrintable(c.id + QStringLiteral(": drawn outside its size at %1,%2").arg(x).arg(y)));
                } else {
                    inside += blue ? 0 : 1;
                }
            }
        }
        QVERIFY2(inside > 2000, qPrintable(c.id));
    }
}

// The price-score chart shades the region no priced model beats on both: a staircase under
// the frontier (by hand: left of the cheapest point every score; after each frontier point only
// the scores above it), drawn under the points.
void TestChartPainter::cheaperAndBetterCornerShaded()
{
    ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(QStringLiteral("price-gpqa-diamond")));
    QVERIFY(!data.frontier.isEmpty());
    // Each frontier point is beaten by no point of the chart, and every other point by one of them.
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points) {
            bool beaten = false;
            for (const QPointF &f : data.frontier)
                beaten = beaten || (f.x() <= p.x && f.y() >= p.y && (f.x() < p.x || f.y() > p.y));
            QCOMPARE(data.frontier.contains(QPointF(p.x, p.y)), !beaten);
        }
    }
    // A frontier set by hand: (1, 50), (2, 70), (4, 90), on the chart's own axes.
    data.frontier = {QPointF(1, 50), QPointF(2, 70), QPointF(4, 90)};
    const ChartSpec spec(*m_dataset, data);
    const double x0 = spec.x.min, x1 = spec.x.max, y0 = spec.y.min, y1 = spec.y.max;
    const QPolygonF expected{QPointF(x0, y0), QPointF(1, y0), QPointF(1, 50), QPointF(2, 50), QPointF(2, 70), QPointF(4, 70),
                             QPointF(4, 90), QPointF(x1, 90), QPointF(x1, y1), QPointF(x0, y1)};
    QCOMPARE(spec.shade, expected);
    QVERIFY(spec.shadeBrush.color().alpha() < 80); // translucent: the grid shows through
    const ChartPainter chart(*m_dataset, data, QSizeF(1000, 600));
    const auto shade = std::find_if(chart.shapes().cbegin(), chart.shapes().cend(), [&spec](const ChartPainter::Shape &s) {
        return s.kind == ChartPainter::Shape::Polygon && s.brush == spec.shadeBrush;
    });
    QVERIFY(shade != chart.shapes().cend());
    QCOMPARE(shade->points.size(), expected.size());
    QCOMPARE(shade->points.at(2), chart.position(1, 50));
    // Under the markers: drawn before the first marker.
    const auto marker = std::find_if(chart.shapes().cbegin(), chart.shapes().cend(),
                                     [](const ChartPainter::Shape &s) { return !s.key.isEmpty(); });
    QVERIFY(shade < marker);
}

void TestChartPainter::oddData_data()
{
    // Data no bundled chart has: nothing at all, one point, zeros, a value a log scale cannot
    // show, values that are not numbers. The chart is drawn, inside its size, and says nothing
    // it cannot place.
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("log");
    QTest::addColumn<QList<QPointF>>("points");
    ChartCases::forOddData([](const QByteArray &tag, int shape, bool log, const QList<QPointF> &points) {
        QTest::newRow(tag.constData()) << shape << log << points;
    });
}

void TestChartPainter::oddData()
{
    QFETCH(int, shape);
    QFETCH(bool, log);
    QFETCH(QList<QPointF>, points);
    const ChartData data = ChartCases::oddData(*m_dataset, shape, log, points);
    const QSizeF size(1000, 600);
    const ChartPainter chart(*m_dataset, data, size);
    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-1, -1, 1, 1);
    for (const ChartPainter::Shape &drawn : chart.shapes()) {
        for (const QPointF &p : drawn.points)
            QVERIFY2(bounds.contains(p), qPrintable(drawn.key + QStringLiteral(" %1,%2").arg(p.x()).arg(p.y())));
    }
    for (const ChartPainter::Text &t : chart.texts())
        QVERIFY2(bounds.contains(footprint(t)), qPrintable(t.text));
    QImage image(1000, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.draw(&painter);
}

QTEST_MAIN(TestChartPainter)
#include "tst_chartpainter.moc"
