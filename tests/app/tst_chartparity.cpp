#include "app/charts/chartrenderer.h"
#include "core/charts/chartdata.h"
#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "render/charts/chartpainter.h"
#include "render/charts/chartspec.h"
#include "tests/chartcases.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <memory>

// The Charts tab and the exports draw the same chart. For every bundled chart and for data
// no bundled chart has (nothing, one point, zeros, negatives, values that are not numbers,
// points a log scale cannot show, a ladder's x range), the Qt Charts objects of the tab, read
// back from the QChart (axes, series, bar sets, legend, label items), and ChartPainter's
// layout (its drawn tick labels, bars, markers, value labels and legend, read back into
// values through its scales) show the same axis ranges, ticks, series with their names,
// colours and markers, values and labels.
class TestChartParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parity_data();
    void parity();

private:
    struct Axis // an axis as a backend shows it
    {
        double min = 0, max = 0;
        QStringList ticks; // the labelled ticks' texts, in order
        int minorPerDecade = 0;
    };
    struct Series
    {
        QString name;
        QColor fill, outline;
        int marker = -1; // QScatterSeries::MarkerShape, or -1 for bars
        qreal markerSize = 0;
        QList<QPointF> values; // bars: (row, value) per row, top to bottom
    };
    struct Shown
    {
        Axis x, y;
        QStringList categories; // bars, top to bottom
        QList<Series> series;
        QList<QList<QPointF>> lines; // ladders and guide lines, in values
        QStringList legend; // each entry's text and fill
        QStringList legendFills;
        QStringList labels;
        QStringList italicLabels;
    };
    static Shown fromQtChart(QChart *chart);
    static Shown fromPainter(const ChartPainter &painter);
    static Axis qtAxis(QAbstractAxis *axis);
    ChartData oddData(int shape, bool log, const QList<QPointF> &points, int extra) const;
    std::shared_ptr<const Dataset> m_dataset;
};

void TestChartParity::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    QVERIFY(result.ok());
    m_dataset = result.dataset;
}

// A QChart's axis: its range and the ticks it labels, formatted as Qt Charts does ("%g";
// "%d" for a ladder's steps).
TestChartParity::Axis TestChartParity::qtAxis(QAbstractAxis *axis)
{
    Axis a;
    if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
        a.min = log->min();
        a.max = log->max();
        const QByteArray format = log->labelFormat().toUtf8();
        for (double v = log->min(); v <= log->max() * (1 + 1e-9); v *= log->base())
            a.ticks.append(QString::asprintf(format.constData(), v));
        a.minorPerDecade = log->minorTickCount() == -1 ? int(log->base()) - 2 : log->minorTickCount();
    } else if (auto *category = qobject_cast<QCategoryAxis *>(axis)) {
        a.min = category->min();
        a.max = category->max();
        a.ticks = category->categoriesLabels();
    } else if (auto *value = qobject_cast<QValueAxis *>(axis)) {
        a.min = value->min();
        a.max = value->max();
        if (value->tickType() == QValueAxis::TicksDynamic) {
            const double interval = value->tickInterval();
            for (double v = value->tickAnchor() + std::ceil((a.min - value->tickAnchor()) / interval - 1e-9) * interval;
                 v <= a.max + 1e-9; v += interval)
                a.ticks.append(QString::asprintf(value->labelFormat() == QLatin1String("%d") ? "%.0f" : "%g", v));
        } else {
            for (int i = 0; i < value->tickCount(); ++i) {
                double v = a.min + i * (a.max - a.min) / (value->tickCount() - 1);
                if (std::abs(v) < 1e-12)
                    v = 0;
                a.ticks.append(QString::asprintf("%g", v));
            }
        }
    } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
        a.ticks = bars->categories();
    }
    return a;
}

TestChartParity::Shown TestChartParity::fromQtChart(QChart *chart)
{
    Shown s;
    const QList<QAbstractAxis *> horizontal = chart->axes(Qt::Horizontal), vertical = chart->axes(Qt::Vertical);
    if (horizontal.size() != 1 || vertical.size() != 1)
        return s;
    s.x = qtAxis(horizontal.first());
    const Axis y = qtAxis(vertical.first());
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series)) {
            // Rows run bottom to top on the category axis: turn them back.
            for (qsizetype i = y.ticks.size() - 1; i >= 0; --i)
                s.categories.append(y.ticks.at(i));
            const int n = int(s.categories.size());
            for (const QBarSet *set : bars->barSets()) {
                Series out{set->label(), set->brush().color(), set->pen().color(), -1, 0, {}};
                for (int row = 0; row < n; ++row) {
                    if (set->at(n - 1 - row) != 0)
                        out.values.append(QPointF(row, set->at(n - 1 - row)));
                }
                s.series.append(out);
            }
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            s.series.append({scatter->name(), scatter->brush().color(), scatter->pen().color(), int(scatter->markerShape()),
                             scatter->markerSize(), scatter->points()});
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            s.lines.append(line->points());
        }
    }
    if (s.categories.isEmpty() && !qobject_cast<QBarCategoryAxis *>(vertical.first()))
        s.y = y;
    // The tab draws its own legend (ChartLegendItem); Qt Charts' own is hidden.
    for (const ChartLegendItem *entry : ChartRenderer::legendItems(chart)) {
        s.legend.append(entry->text());
        s.legendFills.append(entry->brush().color().name(QColor::HexArgb));
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(0).toString() != QLatin1String("versusValueLabel"))
            continue;
        auto *text = static_cast<QGraphicsSimpleTextItem *>(item);
        s.labels.append(text->text());
        if (text->font().italic())
            s.italicLabels.append(text->text());
    }
    return s;
}

TestChartParity::Shown TestChartParity::fromPainter(const ChartPainter &painter)
{
    Shown s;
    const ChartSpec &spec = painter.spec();
    const QRectF plot = painter.plotArea();
    // The scales as drawn: their ends, and the labels under and left of the plot.
    s.x.min = spec.x.min;
    s.x.max = spec.x.max;
    s.y.min = spec.y.min;
    s.y.max = spec.y.max;
    for (const ChartPainter::Text &t : painter.texts()) {
        if (t.role == ChartPainter::Text::AxisLabel && t.rect.top() > plot.bottom())
            s.x.ticks.append(t.text);
        else if (t.role == ChartPainter::Text::AxisLabel && t.rect.right() < plot.left())
            (spec.bars() ? s.categories : s.y.ticks).append(t.text);
        else if (t.role == ChartPainter::Text::LegendLabel)
            s.legend.append(t.text);
        else if (t.role == ChartPainter::Text::ValueLabel) {
            s.labels.append(t.text);
            if (t.font.italic())
                s.italicLabels.append(t.text);
        }
    }
    auto minors = [](const ChartSpec::Axis &axis) {
        const qsizetype decades = axis.majorTicks().size() - 1;
        return axis.log && decades > 0 ? int((axis.ticks.size() - axis.majorTicks().size()) / decades) : 0;
    };
    s.x.minorPerDecade = minors(spec.x);
    s.y.minorPerDecade = minors(spec.y);
    if (spec.bars())
        s.y = Axis();
    // Values back from where the bars and markers are drawn.
    auto value = [](const ChartSpec::Axis &axis, double fraction) {
        if (axis.log)
            return std::pow(10.0, std::log10(axis.min) + fraction * (std::log10(axis.max) - std::log10(axis.min)));
        return axis.min + fraction * (axis.max - axis.min);
    };
    static const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
                                                         QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapePentagon,
                                                         QScatterSeries::MarkerShapeStar};
    qsizetype keyed = 0;
    QList<const ChartPainter::Shape *> drawn;
    for (const ChartPainter::Shape &shape : painter.shapes()) {
        if (!shape.key.isEmpty())
            drawn.append(&shape);
    }
    for (const ChartSpec::Series &series : spec.series) {
        Series out{series.name, series.brush.color(), series.pen.color(), spec.bars() ? -1 : int(shapes[int(series.marker)]),
                   spec.bars() ? 0 : series.markerSize, {}};
        QMap<int, double> rows;
        for (qsizetype i = 0; i < series.points.size() && keyed < drawn.size(); ++i, ++keyed) {
            const QRectF box = drawn.at(keyed)->points.boundingRect();
            // A marker's centre: its box's, but a pentagon's or star's box is off centre (the
            // point is its corners' mean); a triangle's corners are, its box is not.
            const QPolygonF &corners = drawn.at(keyed)->points;
            QPointF centre = box.center();
            if (drawn.at(keyed)->kind == ChartPainter::Shape::Polygon && corners.size() >= 5) {
                centre = {};
                for (const QPointF &c : corners)
                    centre += c / qreal(corners.size());
            }
            if (spec.bars()) {
                const int row = int(std::floor((box.center().y() - plot.top()) / plot.height() * spec.rows()));
                rows[row] += (corners.at(1).x() - corners.at(0).x()) / plot.width() * (spec.x.max - spec.x.min);
            } else {
                out.values.append(QPointF(value(spec.x, (centre.x() - plot.left()) / plot.width()),
                                          value(spec.y, (plot.bottom() - centre.y()) / plot.height())));
            }
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (it.value() != 0)
                out.values.append(QPointF(it.key(), it.value()));
        }
        s.series.append(out);
    }
    // The legend is drawn last: a marker and a text per entry.
    const QList<ChartPainter::Shape> &all = painter.shapes();
    for (qsizetype i = std::max<qsizetype>(0, all.size() - s.legend.size()); i < all.size(); ++i)
        s.legendFills.append(all.at(i).brush.color().name(QColor::HexArgb));
    // Both draw the guides first, under the ladders and markers.
    for (const ChartSpec::Guide &g : spec.guides)
        s.lines.append({g.from, g.to});
    for (const ChartSpec::Series &series : spec.series) {
        if (series.linePen.style() == Qt::NoPen)
            continue;
        QList<QPointF> line;
        for (const ChartPoint &p : series.points)
            line.append(QPointF(p.x, p.y));
        s.lines.append(line);
    }
    return s;
}

ChartData TestChartParity::oddData(int shape, bool log, const QList<QPointF> &points, int extra) const
{
    ChartData data = ChartCases::oddData(*m_dataset, shape, log, points);
    for (qsizetype i = 0; i < data.categories.size(); ++i)
        data.gapLabels.append(QString());
    const ChartSeriesData &s = data.series.first();
    if (extra == 1 && data.shape == ChartData::Shape::Bars) {
        data.categories.append(QStringLiteral("no value"));
        data.gapLabels.append(QStringLiteral("no score reported"));
    } else if (extra == 1) {
        data.referenceLines.append({4, QStringLiteral("reference")});
    } else if (extra == 2) {
        data.diagonal = QStringLiteral("y = x");
    }
    if (extra == 3) { // a second family
        ChartSeriesData other = s;
        other.name = QStringLiteral("Qwen");
        other.family = m_dataset->families.last().id;
        other.mode = QStringLiteral("non-thinking");
        for (ChartPoint &p : other.points) {
            p.y *= 2;
            p.label += QStringLiteral("b");
        }
        data.series.append(other);
    }
    return data;
}

void TestChartParity::parity_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("log");
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<int>("extra"); // 1 a reference line (bars: a gap), 2 the diagonal, 3 a second family
    for (const Chart &c : m_dataset->charts)
        QTest::newRow(qPrintable(c.id)) << c.id << 0 << false << QList<QPointF>() << 0;
    ChartCases::forOddData([](const QByteArray &tag, int shape, bool log, const QList<QPointF> &points) {
        QTest::newRow(tag.constData()) << QString() << shape << log << points << 0;
    });
    // More than one series, a reference line (bars: a row without a value and its note).
    const char *names[] = {"bars", "scatter", "lines", "timeline"};
    for (const int shape : {0, 1, 2, 3}) {
        const double x = shape == int(ChartData::Shape::Timeline) ? 1.7e12 : 0;
        for (const bool log : {false, true}) {
            const QByteArray tag = QByteArray(names[shape]) + (log ? " log" : "");
            QTest::addRow("%s reference", tag.constData())
                << QString() << shape << log << QList<QPointF>{{x + 1, 2}, {x + 2, 30}} << 1;
            QTest::addRow("%s two families", tag.constData())
                << QString() << shape << log << QList<QPointF>{{x + 1, 2}, {x + 3, 30}} << 3;
        }
    }
    // A scatter with the diagonal, on both scales; a ladder that starts left of its first step.
    QTest::newRow("scatter diagonal") << QString() << 1 << false << QList<QPointF>{{1, 2}, {40, 30}} << 2;
    QTest::newRow("scatter log diagonal") << QString() << 1 << true << QList<QPointF>{{0.5, 2}, {40, 300}} << 2;
    QTest::newRow("lines from zero") << QString() << 2 << false << QList<QPointF>{{0, 2}, {1, 8}, {2, 30}} << 1;
}

void TestChartParity::parity()
{
    QFETCH(QString, chartId);
    QFETCH(int, shape);
    QFETCH(bool, log);
    QFETCH(QList<QPointF>, points);
    QFETCH(int, extra);
    std::unique_ptr<QChart> qc; // until the view takes it
    ChartData data;
    if (!chartId.isEmpty()) {
        // The tab's and the export's own ways in.
        const Chart &chart = *m_dataset->chart(chartId);
        qc.reset(ChartRenderer::create(*m_dataset, chart));
        data = ChartData::build(*m_dataset, chart);
    } else {
        data = oddData(shape, log, points, extra);
        qc.reset(ChartRenderer::create(ChartSpec(*m_dataset, data)));
    }
    const ChartPainter painter(*m_dataset, data, QSizeF(1000, 600));
    // The tab's chart as the tab shows it: in a view, laid out, its labels placed.
    QChartView view;
    view.setChart(qc.release());
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Shown tab = fromQtChart(view.chart());
    QVERIFY(!view.chart()->legend()->isVisible());
    const Shown file = fromPainter(painter);

    auto near = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)}); };
    for (const auto &[name, a, b] : {std::tuple{"x", tab.x, file.x}, std::tuple{"y", tab.y, file.y}}) {
        QVERIFY2(near(a.min, b.min) && near(a.max, b.max),
                 qPrintable(QStringLiteral("%1 axis: %2..%3 against %4..%5").arg(QLatin1String(name)).arg(a.min).arg(a.max).arg(b.min).arg(b.max)));
        QCOMPARE(a.ticks, b.ticks);
        QCOMPARE(a.minorPerDecade, b.minorPerDecade);
    }
    QCOMPARE(tab.categories, file.categories);
    QCOMPARE(tab.series.size(), file.series.size());
    for (qsizetype i = 0; i < tab.series.size(); ++i) {
        const Series &a = tab.series.at(i), &b = file.series.at(i);
        // Name, fill, outline, marker shape and size, how many values.
        auto look = [](const Series &x) {
            return QStringList{x.name, x.fill.name(QColor::HexArgb), x.outline.name(QColor::HexArgb), QString::number(x.marker),
                               QString::number(x.markerSize), QString::number(x.values.size())};
        };
        QCOMPARE(look(a), look(b));
        for (qsizetype j = 0; j < a.values.size(); ++j) {
            const QPointF &p = a.values.at(j), &q = b.values.at(j);
            // The painter's values come back from pixels: equal to a few parts in a million.
            auto close = [](double u, double v) { return std::abs(u - v) <= 1e-4 * std::max(1.0, std::abs(u)); };
            QVERIFY2(close(p.x(), q.x()) && close(p.y(), q.y()),
                     qPrintable(QStringLiteral("%1: (%2, %3) against (%4, %5)").arg(a.name).arg(p.x()).arg(p.y()).arg(q.x()).arg(q.y())));
        }
    }
    QCOMPARE(tab.lines, file.lines);
    QCOMPARE(tab.legend, file.legend);
    QCOMPARE(tab.legendFills, file.legendFills);
    QCOMPARE(tab.labels, file.labels);
    QCOMPARE(tab.italicLabels, file.italicLabels);
    // Something to compare: the chart shows its data.
    qsizetype values = 0;
    for (const ChartSeriesData &s : data.series)
        values += s.points.size();
    if (values > 0 && !chartId.isEmpty())
        QVERIFY(!tab.labels.isEmpty() && !tab.series.isEmpty());
}

QTEST_MAIN(TestChartParity)
#include "tst_chartparity.moc"
