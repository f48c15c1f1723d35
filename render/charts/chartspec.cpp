#include "render/charts/chartspec.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

const QColor GuideColor(90, 90, 90);
const QColor DarkGuideColor(200, 200, 200);

// Qt Charts' "loose nice numbers" (what QValueAxis::applyNiceNumbers() sets).
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling)
        q = q <= 1.0 ? 1 : q <= 2.0 ? 2 : q <= 5.0 ? 5 : 10;
    else
        q = q < 1.5 ? 1 : q < 3.0 ? 2 : q < 7.0 ? 5 : 10;
    return q * z;
}

QString tickText(double v)
{
    if (std::abs(v) < 1e-12)
        v = 0;
    return QString::number(v, 'g', 6);
}

// From lo to hi in nice steps (about four); a percentage ends at 100.
void linearAxis(double lo, double hi, bool percent, ChartSpec::Axis *axis)
{
    if (hi <= lo)
        hi = lo + 1;
    const double step = niceNumber(niceNumber(hi - lo, true) / 4, false);
    axis->log = false;
    axis->min = std::floor(lo / step) * step;
    axis->max = std::ceil(hi / step) * step;
    if (percent && hi <= 100 && axis->max > 100)
        axis->max = 100;
    for (double v = axis->min; v <= axis->max + step * 1e-9; v += step)
        axis->ticks.append({v, tickText(v), false});
}

// Whole decades around lo and hi, with the 2..9 between them as minor ticks; base 2: the
// powers of two from lo to hi, each labelled, none minor.
void logAxis(double lo, double hi, ChartSpec::Axis *axis, int base = 10)
{
    const double b = base;
    auto logb = [base](double v) { return base == 10 ? std::log10(std::max(v, 1e-9)) : std::log2(std::max(v, 1e-9)); };
    const double margin = base == 10 ? 0.01 : -1e-9;
    const int first = int(std::floor(logb(lo) - margin));
    const int last = std::max(first + 1, int(std::ceil(logb(hi) + margin)));
    axis->log = true;
    axis->base = base;
    axis->min = std::pow(b, first);
    axis->max = std::pow(b, last);
    for (int e = first; e <= last; ++e) {
        const double power = std::pow(b, e);
        axis->ticks.append({power, tickText(power), false});
        for (int m = 2; m < base && e < last; ++m)
            axis->ticks.append({m * power, QString(), true});
    }
}

// The points a chart can draw: numbers, in a row of a bar chart, and on a log scale above
// zero. (No bundled chart has others; a dataset edited by hand might.)
ChartData drawable(const ChartData &data)
{
    ChartData d = data;
    const bool bars = data.shape == ChartData::Shape::Bars;
    const int rows = int(data.categories.size());
    for (ChartSeriesData &s : d.series) {
        s.points.removeIf([&](const ChartPoint &p) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y))
                return true;
            if (bars)
                return int(p.x) < 0 || int(p.x) >= rows;
            return (d.xLog && p.x <= 0) || (d.yLog && p.y <= 0);
        });
    }
    d.referenceLines.removeIf([&](const ChartReferenceLine &r) {
        return !std::isfinite(r.y) || ((r.vertical ? d.xLog : d.yLog) && r.y <= 0);
    });
    return d;
}

} // namespace

double ChartSpec::Axis::fraction(double v) const
{
    if (log) {
        const double lo = std::log10(min), hi = std::log10(max);
        return hi > lo ? (std::log10(std::max(v, 1e-300)) - lo) / (hi - lo) : 0;
    }
    return max > min ? (v - min) / (max - min) : 0;
}

QList<ChartSpec::Tick> ChartSpec::Axis::majorTicks() const
{
    QList<Tick> major;
    for (const Tick &t : ticks) {
        if (!t.minor)
            major.append(t);
    }
    return major;
}

ChartSpec::ChartSpec(const Dataset &dataset, const ChartData &source, bool darkPalette)
    : dark(darkPalette)
{
    const ChartData data = drawable(source);
    shape = data.shape;
    title = data.title;
    subtitle = data.subtitle;
    notes = data.footnotes;
    categories = data.categories;
    const int n = rows();
    barWidth = n < 5 ? 0.72 * std::max(n, 1) / 5.0 : 0.72; // few rows: bars stay bar-shaped
    x.title = data.xTitle;
    y.title = data.yTitle;
    valueTextColor = dark ? QColor(230, 230, 230) : QColor(30, 30, 30);
    addSeries(dataset, data);
    addScales(data);
    if (bars())
        addBars(data);
    else
        addGuides(data);
}

void ChartSpec::addSeries(const Dataset &dataset, const ChartData &data)
{
    QStringList families;
    for (const ChartSeriesData &s : data.series) {
        if (!families.contains(s.family))
            families.append(s.family);
        Series out;
        out.name = s.name;
        out.family = s.family;
        out.mode = s.mode;
        seriesStyle(dataset, s, dark, &out.brush, &out.pen);
        // Several series of a family: each its own marker and dash, so neither colour nor
        // shape alone carries the difference.
        const int index = int(data.distinctSeries ? series.size() : families.indexOf(s.family));
        out.marker = markerOf(index);
        out.markerSize = s.mode == QLatin1String("non-thinking") ? 11 : 13;
        if (data.shape == ChartData::Shape::Lines || data.shape == ChartData::Shape::Curves)
            out.linePen = QPen(familyColor(dataset, s.family, dark), 2);
        if (data.distinctSeries) {
            static const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
            out.linePen.setStyle(dashes[index % 5]);
        }
        out.points = s.points;
        series.append(out);
        legend.append({out.name, out.family, out.brush, out.pen, out.marker, bars()});
    }
}

void ChartSpec::addScales(const ChartData &data)
{
    if (bars()) {
        // The value axis takes every row's stacked total, and goes left of zero for a negative one.
        double minValue = 0, maxValue = 0;
        for (int row = 0; row < rows(); ++row) {
            double sum = 0;
            for (const Series &s : std::as_const(series)) {
                for (const ChartPoint &p : s.points) {
                    if (int(p.x) == row)
                        sum += p.y;
                }
            }
            minValue = std::min(minValue, sum);
            maxValue = std::max(maxValue, sum);
        }
        linearAxis(minValue * 1.02, maxValue * 1.02, data.percent, &x);
        return;
    }
    const auto [minX, maxX, minY, maxY] = data.extent();
    if (data.shape == ChartData::Shape::Timeline) {
        const QList<double> ticks = data.quarterTicks();
        x.min = ticks.first();
        x.max = ticks.last();
        const QLocale locale;
        for (const double tick : ticks)
            x.ticks.append({tick, locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(tick), Qt::UTC).date(), QStringLiteral("yyyy-MM")), false});
    } else if (data.shape == ChartData::Shape::Lines) {
        // A step per size: every step has its tick, with room either side.
        x.min = std::min(0.5, minX - 0.5);
        x.max = maxX + 1.5;
        for (int i = int(std::ceil(x.min)); i <= int(std::floor(x.max)); ++i)
            x.ticks.append({double(i), QString::number(i), false});
    } else if (data.xLog) {
        logAxis(minX, maxX, &x, data.xLogBase);
    } else {
        linearAxis(0, maxX * 1.15, false, &x);
    }
    x.suffix = data.xTickSuffix;
    for (Tick &t : x.ticks) {
        if (!t.text.isEmpty())
            t.text += x.suffix;
    }
    if (data.yLog)
        logAxis(minY, maxY, &y);
    else
        linearAxis(std::min(0.0, minY), maxY * 1.05, data.percent, &y);
}

void ChartSpec::addBars(const ChartData &data)
{
    QList<double> ends(rows(), 0.0);
    QList<bool> valued(rows(), false);
    for (int i = 0; i < series.size(); ++i) {
        const QList<ChartPoint> &points = series.at(i).points;
        for (int j = 0; j < points.size(); ++j) {
            const ChartPoint &p = points.at(j);
            const int row = int(p.x);
            const double from = ends[row];
            const double to = ends[row] += p.y;
            barList.append({i, j, row, from, to});
            valued[row] = true;
            // Right of the bar's right end (a negative bar ends on the left).
            if (!p.label.isEmpty())
                labels.append({LabelRequest::Bar, p.label, false, QPointF(std::max(from, to), row), {}, i, -1});
        }
    }
    for (int row = 0; row < rows() && row < data.gapLabels.size(); ++row) {
        if (!valued.at(row) && !data.gapLabels.at(row).isEmpty())
            labels.append({LabelRequest::Bar, data.gapLabels.at(row), true, QPointF(0, row), {}, -1, -1});
    }
}

// A staircase through the frontier, by price: left of the cheapest any score is unbeaten;
// past each frontier point only scores above it are.
void ChartSpec::addShade(const ChartData &data)
{
    if (data.frontier.isEmpty())
        return;
    auto cx = [this](double v) { return std::clamp(v, x.min, x.max); };
    auto cy = [this](double v) { return std::clamp(v, y.min, y.max); };
    shade << QPointF(x.min, y.min);
    double level = y.min;
    for (const QPointF &p : data.frontier) {
        shade << QPointF(cx(p.x()), cy(level)) << QPointF(cx(p.x()), cy(p.y()));
        level = p.y();
    }
    shade << QPointF(x.max, cy(level)) << QPointF(x.max, y.max) << QPointF(x.min, y.max);
    shadeBrush = QBrush(dark ? QColor(120, 220, 140, 48) : QColor(46, 160, 67, 36));
}

void ChartSpec::addGuides(const ChartData &data)
{
    for (int i = 0; i < series.size(); ++i) {
        for (const ChartPoint &p : std::as_const(series.at(i).points)) {
            if (!p.label.isEmpty())
                labels.append({LabelRequest::Point, p.label, false, QPointF(p.x, p.y), {}, i, -1});
        }
    }
    const QColor guide = dark ? DarkGuideColor : GuideColor;
    if (!data.diagonal.isEmpty()) {
        // Across the whole plot: from where both axes have begun to where the first ends.
        const double lo = std::max({x.min, y.min, 1e-9}), hi = std::min(x.max, y.max);
        guides.append({QPointF(lo, lo), QPointF(hi, hi), QPen(guide, 1, Qt::DashLine), data.diagonal, false});
        labels.append({LabelRequest::Point, data.diagonal, false, QPointF(hi, hi), {}, -1, int(guides.size() - 1)});
    }
    addShade(data);
    const ChartData::Extent extent = data.extent();
    for (const ChartReferenceLine &ref : data.referenceLines) {
        const bool lines = data.shape == ChartData::Shape::Lines || data.shape == ChartData::Shape::Curves;
        // A vertical line (a date on a timeline) runs the plot's height, at its top first.
        const QPointF from = ref.vertical ? QPointF(ref.y, y.max) : QPointF(lines ? x.min : extent.minX, ref.y);
        const QPointF to = ref.vertical ? QPointF(ref.y, y.min) : QPointF(lines ? x.max : extent.maxX, ref.y);
        guides.append({from, to, QPen(guide, 1.5, Qt::DashLine), ref.label, true});
        if (!ref.label.isEmpty())
            labels.append({LabelRequest::Line, ref.label, false, from, to, -1, int(guides.size() - 1)});
    }
}
