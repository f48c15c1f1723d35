#include "render/charts/chartpainter.h"

#include <QDate>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ChartStyle {

QFont pixelFont(int pixels, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont printFont(int pixels, bool bold)
{
    QFont f = pixelFont(pixels, bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QColor familyColor(const Dataset &d, const QString &familyId, bool dark)
{
    const Family *f = d.family(familyId);
    return f ? f->displayColor(dark) : QColor(Qt::gray);
}

void seriesStyle(const Dataset &d, const ChartSeriesData &s, bool dark, QBrush *brush, QPen *pen)
{
    QColor c = familyColor(d, s.family, dark);
    const QColor border = c;
    if (s.mode == QLatin1String("non-thinking")) {
        const QColor bg = dark ? QColor(Qt::black) : QColor(Qt::white);
        c = QColor::fromRgbF(c.redF() * 0.55f + bg.redF() * 0.45f, c.greenF() * 0.55f + bg.greenF() * 0.45f,
                             c.blueF() * 0.55f + bg.blueF() * 0.45f);
    }
    const int style = s.status.isEmpty() ? 0 : ChartData::statusStyle(d, s.status);
    if (style == 0) {
        *brush = QBrush(c);
        *pen = QPen(c.darker(dark ? 80 : 125), 1);
    } else if (style == 1) {
        QColor pale = c;
        pale.setAlphaF(0.35f);
        *brush = QBrush(pale);
        *pen = QPen(border, 2);
    } else {
        *brush = Qt::NoBrush;
        *pen = QPen(border, 2, Qt::DashLine);
    }
}

Marker markerOf(int familyIndex)
{
    static const Marker order[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Pentagon, Marker::Star};
    return order[std::max(familyIndex, 0) % 5];
}

QPolygonF markerPolygon(Marker marker, const QPointF &c, qreal size)
{
    const qreal r = size / 2;
    QPolygonF p;
    switch (marker) {
    case Marker::Circle:
    case Marker::Square:
        p << QPointF(c.x() - r, c.y() - r) << QPointF(c.x() + r, c.y() - r) << QPointF(c.x() + r, c.y() + r)
          << QPointF(c.x() - r, c.y() + r);
        break;
    case Marker::Triangle:
        p << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y() + r) << QPointF(c.x() - r, c.y() + r);
        break;
    case Marker::Pentagon:
    case Marker::Star: {
        const int corners = marker == Marker::Star ? 10 : 5;
        for (int i = 0; i < corners; ++i) {
            const qreal radius = marker == Marker::Star && i % 2 ? r * 0.45 : r;
            const qreal angle = -M_PI / 2 + i * 2 * M_PI / corners;
            p << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
        break;
    }
    }
    return p;
}

namespace {

bool crosses(const QRectF &r, const QLineF &line)
{
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[] = {{r.topLeft(), r.topRight()}, {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()}, {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &e : edges) {
        if (line.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

} // namespace

namespace {

QList<QPointF> candidatesFor(const LabelRequest &l)
{
    const QPointF p = l.anchor;
    const qreal w = l.size.width(), h = l.size.height();
    if (l.kind == LabelRequest::Bar)
        return {QPointF(p.x() + 5, p.y() - h / 2)};
    if (l.kind == LabelRequest::Line) {
        // At either end, above or below; then along the line, where a crowded plot may
        // leave room.
        const QPointF e = l.lineEnd;
        QList<QPointF> c{QPointF(p.x() + 4, p.y() - h - 2), QPointF(p.x() + 4, p.y() + 2),
                         QPointF(e.x() - w - 4, e.y() - h - 2), QPointF(e.x() - w - 4, e.y() + 2)};
        for (int eighth = 1; eighth < 8; ++eighth) {
            const QPointF m = p + (e - p) * (eighth / 8.0);
            c.append({QPointF(m.x() - w / 2, m.y() - h - 2), QPointF(m.x() - w / 2, m.y() + 2)});
        }
        return c;
    }
    // Beside, to the right and to the left; then a row above and below, centred or to
    // either side; then further out, row by row.
    QList<QPointF> c;
    for (int ring = 0; ring < 8; ++ring) {
        const qreal dy = ring * (h + 2);
        for (const qreal sign : {-1.0, 1.0}) {
            const qreal y = p.y() - h / 2 + sign * dy;
            c.append(QPointF(p.x() + 7, y));
            c.append(QPointF(p.x() - w - 7, y));
            if (ring == 0)
                continue;
            const qreal clear = y + sign * 4; // off the marker's top or bottom
            c.append(QPointF(p.x() - w / 2, clear));
            c.append(QPointF(p.x() - w / 4, clear));
            c.append(QPointF(p.x() - w * 3 / 4, clear));
        }
    }
    return c;
}

struct Placement
{
    QList<QPointF> at;
    int onOthers = 0;         // labels on another label or a marker, or outside the plot
    int acrossLines = 0;      // labels across a line
    QList<qsizetype> failed;  // the labels of either kind, in the order they were placed
};

// Places the labels in the given order, each in its first best place.
Placement placeInOrder(const QRectF &plot, const QList<LabelRequest> &labels, const QList<QList<QPointF>> &candidates,
                       const QList<qsizetype> &order, QList<QRectF> taken, const QList<QLineF> &lines)
{
    Placement result;
    result.at.resize(labels.size());
    const QRectF area = plot.adjusted(-2, -2, 2, 2);
    for (const qsizetype i : order) {
        const LabelRequest &l = labels.at(i);
        // The first place that is inside the plot, free and across no line; else the
        // first inside and free; else the first inside; else the first.
        QPointF chosen = candidates.at(i).first();
        int best = -1;
        for (const QPointF &c : candidates.at(i)) {
            const QRectF r(c, l.size);
            const bool inside = area.contains(r);
            const bool free = inside && std::none_of(taken.cbegin(), taken.cend(), [&r](const QRectF &t) { return t.intersects(r); });
            const bool clear = free
                               && (l.kind == LabelRequest::Bar
                                   || std::none_of(lines.cbegin(), lines.cend(), [&r](const QLineF &line) { return crosses(r, line); }));
            const int score = int(inside) + int(free) + int(clear);
            if (score > best) {
                best = score;
                chosen = c;
                if (score == 3)
                    break;
            }
        }
        result.onOthers += best < 2 ? 1 : 0;
        result.acrossLines += best == 2 ? 1 : 0;
        if (best < 3)
            result.failed.append(i);
        result.at[i] = chosen;
        taken.append(QRectF(chosen, l.size));
    }
    return result;
}

} // namespace

QList<QPointF> placeLabels(const QRectF &plot, const QList<LabelRequest> &labels, QList<QRectF> taken,
                           const QList<QLineF> &lines)
{
    QList<QList<QPointF>> candidates;
    candidates.reserve(labels.size());
    for (const LabelRequest &l : labels)
        candidates.append(candidatesFor(l));
    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    Placement current = placeInOrder(plot, labels, candidates, order, taken, lines);
    Placement best = current;
    // Greedy placement can corner a label that another order would have let in: the labels
    // that found no good place go first, a few times over, and the best result is kept.
    for (int attempt = 0; attempt < 6 && !current.failed.isEmpty() && current.failed.size() < labels.size(); ++attempt) {
        QList<qsizetype> reordered = current.failed;
        for (const qsizetype i : std::as_const(order)) {
            if (!current.failed.contains(i))
                reordered.append(i);
        }
        order = reordered;
        current = placeInOrder(plot, labels, candidates, order, taken, lines);
        if (std::tie(current.onOthers, current.acrossLines) < std::tie(best.onOthers, best.acrossLines))
            best = current;
    }
    return best.at;
}

QLineF leaderLine(const LabelRequest &label, const QPointF &at)
{
    const QRectF box(at, label.size);
    const QPointF near(std::clamp(label.anchor.x(), box.left(), box.right()), std::clamp(label.anchor.y(), box.top(), box.bottom()));
    const QLineF leader(label.anchor, near);
    if (label.kind != LabelRequest::Point || leader.length() <= label.size.height() + 6)
        return {};
    return QLineF(leader.pointAt(8 / leader.length()), near);
}

QPen leaderPen(bool dark)
{
    return QPen(dark ? QColor(160, 160, 160) : QColor(120, 120, 120), 0.8);
}

} // namespace ChartStyle

using namespace ChartStyle;

namespace {

constexpr qreal TickLength = 5;
constexpr qreal LegendMarker = 12;

const QColor AxisTextColor(0x40, 0x40, 0x44);
const QColor ValueTextColor(30, 30, 30);
const QColor GridColor(0xe2, 0xe2, 0xe2);
const QColor AxisLineColor(0xbc, 0xbc, 0xbc);
const QColor GuideColor(90, 90, 90);

// Qt Charts' "loose nice numbers", so that a linear axis has the ticks the Charts tab shows.
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

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// A line of text's size as it is set: a CJK fallback font's line is taller, and may be wider,
// than the font's own metrics say.
QSizeF textSize(const QFontMetricsF &m, const QString &text)
{
    const QSizeF own(m.horizontalAdvance(text), m.height());
    if (isAscii(text))
        return own;
    return own.expandedTo(m.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft | Qt::AlignTop, text).size());
}

QString tickText(double v)
{
    if (std::abs(v) < 1e-12)
        v = 0;
    return QString::number(v, 'g', 6);
}

} // namespace

double ChartPainter::Scale::fraction(double v) const
{
    if (log) {
        const double lo = std::log10(min), hi = std::log10(max);
        return hi > lo ? (std::log10(std::max(v, 1e-300)) - lo) / (hi - lo) : 0;
    }
    return max > min ? (v - min) / (max - min) : 0;
}

namespace {

// The points a chart can draw: numbers, and on a log scale above zero. (No bundled chart has
// others; a dataset edited by hand might.)
ChartData drawable(const ChartData &data)
{
    ChartData d = data;
    const bool bars = data.shape == ChartData::Shape::Bars;
    for (ChartSeriesData &s : d.series) {
        s.points.removeIf([&](const ChartPoint &p) {
            return !std::isfinite(p.x) || !std::isfinite(p.y) || (!bars && ((d.xLog && p.x <= 0) || (d.yLog && p.y <= 0)));
        });
    }
    d.referenceLines.removeIf([&](const ChartReferenceLine &r) { return !std::isfinite(r.y) || (d.yLog && r.y <= 0); });
    return d;
}

} // namespace

ChartPainter::ChartPainter(const Dataset &dataset, const ChartData &data, const QSizeF &size)
    : m_size(size), m_bars(data.shape == ChartData::Shape::Bars), m_rows(int(data.categories.size()))
{
    layOut(dataset, drawable(data));
}

QPointF ChartPainter::position(double x, double y) const
{
    if (m_bars) {
        const qreal row = m_plot.height() / std::max(m_rows, 1);
        return QPointF(m_plot.left() + m_x.fraction(x) * m_plot.width(), m_plot.top() + (y + 0.5) * row);
    }
    return QPointF(m_plot.left() + m_x.fraction(x) * m_plot.width(), m_plot.bottom() - m_y.fraction(y) * m_plot.height());
}

void ChartPainter::scales(const ChartData &data, QList<Tick> *xTicks, QList<Tick> *yTicks)
{
    auto linear = [](double lo, double hi, bool percent, Scale *scale, QList<Tick> *ticks) {
        if (hi <= lo)
            hi = lo + 1;
        const double step = niceNumber(niceNumber(hi - lo, true) / 4, false);
        scale->log = false;
        scale->min = std::floor(lo / step) * step;
        scale->max = std::ceil(hi / step) * step;
        if (percent && hi <= 100 && scale->max > 100)
            scale->max = 100;
        for (double v = scale->min; v <= scale->max + step * 1e-9; v += step)
            ticks->append({v, tickText(v), false});
    };
    auto logarithmic = [](double lo, double hi, Scale *scale, QList<Tick> *ticks) {
        const int first = int(std::floor(std::log10(std::max(lo, 1e-9)) - 0.01));
        const int last = int(std::ceil(std::log10(std::max(hi, 1e-9)) + 0.01));
        scale->log = true;
        scale->min = std::pow(10.0, first);
        scale->max = std::pow(10.0, last);
        for (int e = first; e <= last; ++e) {
            const double decade = std::pow(10.0, e);
            ticks->append({decade, tickText(decade), false});
            for (int m = 2; m <= 9 && e < last; ++m)
                ticks->append({m * decade, QString(), true});
        }
    };

    if (m_bars) {
        double minValue = 0, maxValue = 0;
        for (int row = 0; row < m_rows; ++row) {
            double sum = 0;
            for (const ChartSeriesData &s : data.series) {
                for (const ChartPoint &p : s.points) {
                    if (int(p.x) == row)
                        sum += p.y;
                }
            }
            minValue = std::min(minValue, sum);
            maxValue = std::max(maxValue, sum);
        }
        linear(minValue * 1.02, maxValue * 1.02, data.percent, &m_x, xTicks);
        return;
    }
    const auto [minX, maxX, minY, maxY] = data.extent();
    if (data.shape == ChartData::Shape::Timeline) {
        const QList<double> ticks = data.quarterTicks();
        m_x = {ticks.first(), ticks.last(), false};
        const QLocale locale;
        for (const double tick : ticks)
            xTicks->append({tick, locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(tick), Qt::UTC).date(), QStringLiteral("yyyy-MM")), false});
    } else if (data.shape == ChartData::Shape::Lines) {
        m_x = {std::min(0.5, minX - 0.5), maxX + 1.5, false};
        for (int i = int(std::ceil(m_x.min)); i <= int(maxX + 1); ++i)
            xTicks->append({double(i), QString::number(i), false});
    } else if (data.xLog) {
        logarithmic(minX, maxX, &m_x, xTicks);
    } else {
        linear(0, maxX * 1.15, false, &m_x, xTicks);
    }
    if (data.yLog)
        logarithmic(minY, maxY, &m_y, yTicks);
    else
        linear(std::min(0.0, minY), maxY * 1.05, data.percent, &m_y, yTicks);
}

void ChartPainter::addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags,
                           Text::Role role, bool rotated)
{
    m_texts.append({rect, text, font, color, flags, rotated, role});
}

void ChartPainter::addShape(Shape::Kind kind, const QPolygonF &points, const QPen &pen, const QBrush &brush,
                            const QString &key)
{
    m_shapes.append({kind, points, pen, brush, key});
}

void ChartPainter::layOut(const Dataset &dataset, const ChartData &data)
{
    const QFont labelFont = printFont(12);
    const QFont titleFont = printFont(13, true);
    QFont gapFont = labelFont;
    gapFont.setItalic(true);
    const QFontMetricsF label(labelFont), title(titleFont), gap(gapFont);
    const qreal width = m_size.width(), height = m_size.height();
    // One line height for all the labels: the tallest any of them needs. Each text is
    // measured once (setting a text is the costly part of a chart's layout).
    qreal lineHeight = label.height();
    QHash<QString, QSizeF> measured[2]; // in the label font, in the gap font
    auto measure = [&](const QString &text, const QFontMetricsF &m) {
        QHash<QString, QSizeF> &cache = measured[&m == &gap ? 1 : 0];
        auto it = cache.constFind(text);
        if (it == cache.cend())
            it = cache.insert(text, textSize(m, text));
        lineHeight = std::max(lineHeight, it->height());
        return it->width();
    };
    for (const QString &c : data.categories)
        measure(c, label);
    for (const QString &g : data.gapLabels)
        measure(g, gap);
    for (const ChartSeriesData &s : data.series) {
        measure(s.name, label);
        for (const ChartPoint &p : s.points)
            measure(p.label, label);
    }
    for (const ChartReferenceLine &r : data.referenceLines)
        measure(r.label, label);
    measure(data.diagonal, label);

    QList<Tick> xTicks, yTicks;
    scales(data, &xTicks, &yTicks);

    // The legend, centred at the bottom, in as many rows as it needs.
    struct Entry
    {
        QString name;
        QBrush brush;
        QPen pen;
        Marker marker;
        bool bar;
        qreal width;
    };
    QList<Entry> entries;
    QStringList families;
    for (const ChartSeriesData &s : data.series) {
        if (!families.contains(s.family))
            families.append(s.family);
        Entry e{s.name, {}, {}, markerOf(int(families.indexOf(s.family))), m_bars, 0};
        seriesStyle(dataset, s, false, &e.brush, &e.pen);
        e.width = LegendMarker + 5 + measure(s.name, label);
        entries.append(e);
    }
    const qreal legendWidth = width - 32;
    QList<QList<qsizetype>> legendRows;
    qreal rowWidth = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (legendRows.isEmpty() || (rowWidth + 20 + entries.at(i).width > legendWidth && !legendRows.last().isEmpty())) {
            legendRows.append(QList<qsizetype>());
            rowWidth = -20;
        }
        legendRows.last().append(i);
        rowWidth += 20 + entries.at(i).width;
    }
    // Tick labels are numbers and dates: their own (Latin) line height.
    qreal tickHeight = label.height();
    for (const QList<Tick> *ticks : {&xTicks, &yTicks}) {
        for (const Tick &t : *ticks)
            tickHeight = std::max(tickHeight, textSize(label, t.text).height());
    }
    const qreal legendRowHeight = std::max(lineHeight, LegendMarker) + 4;
    const qreal legendHeight = legendRows.isEmpty() ? 0 : legendRows.size() * legendRowHeight + 10;

    // Below the plot: ticks, their labels, the axis title (wrapped if it must be).
    const QRectF xTitleBox = data.xTitle.isEmpty()
                                 ? QRectF()
                                 : title.boundingRect(QRectF(0, 0, width - 32, 1e6), Qt::TextWordWrap, data.xTitle);
    const qreal below = TickLength + 3 + tickHeight + (xTitleBox.isEmpty() ? 0 : 6 + xTitleBox.height()) + 6;
    const qreal top = std::ceil((m_bars ? 0 : tickHeight) / 2) + 4;
    // A bar chart needs a line for each row; a plot of points room for its labels.
    m_minimumHeight = top + (m_bars ? m_rows * (lineHeight + 2) : 200) + below + legendHeight + 4;
    const qreal plotBottom = height - 4 - legendHeight - below;
    const qreal plotHeight = std::max<qreal>(40, plotBottom - top);

    // Left of the plot: the axis title (turned, wrapped to the plot's height), the labels.
    const QRectF yTitleBox = data.yTitle.isEmpty()
                                 ? QRectF()
                                 : title.boundingRect(QRectF(0, 0, plotHeight, 1e6), Qt::TextWordWrap | Qt::AlignHCenter,
                                                      data.yTitle);
    qreal labelsWidth = 0;
    if (m_bars) {
        for (const QString &c : data.categories)
            labelsWidth = std::max(labelsWidth, measure(c, label));
    } else {
        for (const Tick &t : std::as_const(yTicks))
            labelsWidth = std::max(labelsWidth, measure(t.text, label));
    }
    const qreal titleBand = yTitleBox.isEmpty() ? 0 : yTitleBox.height() + 8;
    const qreal left = 8 + titleBand + labelsWidth + TickLength + 3;

    // Right of the plot: half the last tick label, and room for the longest bars' labels.
    qreal right = 16;
    if (!xTicks.isEmpty())
        right = std::max(right, measure(xTicks.last().text, label) / 2 + 4);
    const qreal available = width - left;
    if (m_bars) {
        auto need = [&](double value, qreal labelWidth) {
            const double f = m_x.fraction(value);
            if (f > 0)
                right = std::max(right, available - (available - labelWidth - 11) / f);
        };
        QList<double> ends(m_rows, 0.0);
        for (const ChartSeriesData &s : data.series) {
            for (const ChartPoint &p : s.points) {
                if (int(p.x) >= 0 && int(p.x) < m_rows)
                    need(ends[int(p.x)] += p.y, measure(p.label, label));
            }
        }
    }
    m_plot = QRectF(left, top, std::max<qreal>(40, width - left - right), plotHeight);

    // Grid, axis lines, ticks and their labels.
    const QPen gridPen(GridColor, 1);
    const QPen minorPen(QColor(0, 0, 0, 22), 1);
    const QPen axisPen(AxisLineColor, 1);
    for (const Tick &t : std::as_const(xTicks)) {
        const qreal x = position(t.value, 0).x();
        addShape(Shape::Polyline, {QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom())}, t.minor ? minorPen : gridPen);
        if (t.minor)
            continue;
        addShape(Shape::Polyline, {QPointF(x, m_plot.bottom()), QPointF(x, m_plot.bottom() + TickLength)}, axisPen);
        const qreal w = measure(t.text, label);
        addText(QRectF(x - w / 2 - 2, m_plot.bottom() + TickLength + 3, w + 4, tickHeight), t.text, labelFont,
                AxisTextColor, Qt::AlignCenter, Text::AxisLabel);
    }
    const qreal labelsRight = m_plot.left() - TickLength - 3;
    if (m_bars) {
        const qreal row = m_plot.height() / std::max(m_rows, 1);
        for (int i = 0; i <= m_rows; ++i) {
            const qreal y = m_plot.top() + i * row;
            addShape(Shape::Polyline, {QPointF(m_plot.left() - TickLength, y), QPointF(m_plot.left(), y)}, axisPen);
        }
        for (int i = 0; i < m_rows; ++i) {
            const qreal y = m_plot.top() + (i + 0.5) * row;
            addText(QRectF(labelsRight - labelsWidth, y - lineHeight / 2, labelsWidth, lineHeight), data.categories.at(i),
                    labelFont, AxisTextColor, Qt::AlignRight | Qt::AlignVCenter, Text::AxisLabel);
        }
    } else {
        for (const Tick &t : std::as_const(yTicks)) {
            const qreal y = position(m_x.min, t.value).y();
            addShape(Shape::Polyline, {QPointF(m_plot.left(), y), QPointF(m_plot.right(), y)}, t.minor ? minorPen : gridPen);
            if (t.minor)
                continue;
            addShape(Shape::Polyline, {QPointF(m_plot.left() - TickLength, y), QPointF(m_plot.left(), y)}, axisPen);
            addText(QRectF(labelsRight - labelsWidth, y - tickHeight / 2, labelsWidth, tickHeight), t.text, labelFont,
                    AxisTextColor, Qt::AlignRight | Qt::AlignVCenter, Text::AxisLabel);
        }
    }
    addShape(Shape::Polyline, {m_plot.topLeft(), m_plot.bottomLeft(), m_plot.bottomRight()}, axisPen);
    if (!xTitleBox.isEmpty()) {
        const qreal y = m_plot.bottom() + TickLength + 3 + tickHeight + 6;
        addText(QRectF(m_plot.center().x() - xTitleBox.width() / 2, y, xTitleBox.width(), xTitleBox.height()),
                data.xTitle, titleFont, AxisTextColor, Qt::AlignHCenter | Qt::TextWordWrap, Text::AxisTitle);
    }
    if (!yTitleBox.isEmpty()) {
        const QPointF centre(8 + yTitleBox.height() / 2, m_plot.center().y());
        addText(QRectF(centre.x() - plotHeight / 2, centre.y() - yTitleBox.height() / 2, plotHeight, yTitleBox.height()),
                data.yTitle, titleFont, AxisTextColor, Qt::AlignHCenter | Qt::TextWordWrap, Text::AxisTitle, true);
    }

    // The data, and where its labels go.
    QList<LabelRequest> requests;
    QList<QString> labelTexts;
    QList<bool> gapLabel;
    QList<QRectF> taken;
    QList<QLineF> lines;
    auto request = [&](LabelRequest::Kind kind, const QPointF &anchor, const QString &text, bool isGap,
                       const QPointF &end = {}) {
        if (text.isEmpty())
            return;
        const QFontMetricsF &m = isGap ? gap : label;
        requests.append({kind, anchor, end, QSizeF(measure(text, m) + 1, lineHeight)});
        labelTexts.append(text);
        gapLabel.append(isGap);
    };
    if (m_bars) {
        const qreal rowHeight = m_plot.height() / std::max(m_rows, 1);
        const qreal barWidth = m_rows < 5 ? 0.72 * std::max(m_rows, 1) / 5.0 : 0.72;
        QList<double> ends(m_rows, 0.0);
        QList<bool> valued(m_rows, false);
        for (const ChartSeriesData &s : data.series) {
            QBrush brush;
            QPen pen;
            seriesStyle(dataset, s, false, &brush, &pen);
            for (const ChartPoint &p : s.points) {
                const int row = int(p.x);
                if (row < 0 || row >= m_rows)
                    continue;
                const QPointF from = position(ends[row], row), to = position(ends[row] += p.y, row);
                const qreal half = rowHeight * barWidth / 2;
                addShape(Shape::Rect, {QPointF(from.x(), from.y() - half), QPointF(to.x(), to.y() + half)}, pen, brush, p.key);
                // Right of the bar's right end (a negative bar ends on the left).
                request(LabelRequest::Bar, to.x() >= from.x() ? to : from, p.label, false);
                valued[row] = true;
            }
        }
        for (int i = 0; i < m_rows && i < data.gapLabels.size(); ++i) {
            if (!valued.at(i))
                request(LabelRequest::Bar, position(0, i), data.gapLabels.at(i), true);
        }
    } else {
        const QPen guide(GuideColor, 1, Qt::DashLine);
        if (data.shape == ChartData::Shape::Lines) {
            for (const ChartSeriesData &s : data.series) {
                QPolygonF line;
                for (const ChartPoint &p : s.points)
                    line << position(p.x, p.y);
                addShape(Shape::Polyline, line, QPen(familyColor(dataset, s.family, false), 2));
                for (qsizetype i = 1; i < line.size(); ++i)
                    lines.append(QLineF(line.at(i - 1), line.at(i)));
            }
        }
        for (qsizetype i = 0; i < data.series.size(); ++i) {
            const ChartSeriesData &s = data.series.at(i);
            const Entry &e = entries.at(i);
            const qreal size = s.mode == QLatin1String("non-thinking") ? 11 : 13;
            for (const ChartPoint &p : s.points) {
                const QPointF c = position(p.x, p.y);
                if (e.marker == Marker::Circle || e.marker == Marker::Square)
                    addShape(e.marker == Marker::Circle ? Shape::Ellipse : Shape::Rect,
                             {QPointF(c.x() - size / 2, c.y() - size / 2), QPointF(c.x() + size / 2, c.y() + size / 2)},
                             e.pen, e.brush, p.key);
                else
                    addShape(Shape::Polygon, markerPolygon(e.marker, c, size), e.pen, e.brush, p.key);
                taken.append(QRectF(c.x() - 6, c.y() - 6, 12, 12));
            }
        }
        for (const ChartSeriesData &s : data.series) {
            for (const ChartPoint &p : s.points)
                request(LabelRequest::Point, position(p.x, p.y), p.label, false);
        }
        if (!data.diagonal.isEmpty()) {
            // Across the whole plot: from where both axes have begun to where the first ends.
            const double lo = std::max({m_x.min, m_y.min, 1e-9}), hi = std::min(m_x.max, m_y.max);
            const QLineF line(position(lo, lo), position(hi, hi));
            addShape(Shape::Polyline, {line.p1(), line.p2()}, guide);
            lines.append(line);
            request(LabelRequest::Point, line.p2(), data.diagonal, false);
        }
        const ChartData::Extent extent = data.extent();
        for (const ChartReferenceLine &ref : data.referenceLines) {
            const double x0 = data.shape == ChartData::Shape::Lines ? m_x.min : extent.minX;
            const double x1 = data.shape == ChartData::Shape::Lines ? m_x.max : extent.maxX;
            const QLineF line(position(x0, ref.y), position(x1, ref.y));
            addShape(Shape::Polyline, {line.p1(), line.p2()}, QPen(GuideColor, 1.5, Qt::DashLine));
            lines.append(line);
            request(LabelRequest::Line, line.p1(), ref.label, false, line.p2());
        }
    }
    const QList<QPointF> at = placeLabels(m_plot, requests, taken, lines);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QLineF leader = leaderLine(requests.at(i), at.at(i));
        if (!leader.isNull())
            addShape(Shape::Polyline, {leader.p1(), leader.p2()}, leaderPen(false));
        addText(QRectF(at.at(i), requests.at(i).size), labelTexts.at(i), gapLabel.at(i) ? gapFont : labelFont,
                ValueTextColor, Qt::AlignLeft | Qt::AlignVCenter, Text::ValueLabel);
    }

    // The legend's rows, each centred.
    qreal y = height - 4 - legendHeight + 10;
    for (const QList<qsizetype> &row : std::as_const(legendRows)) {
        qreal w = -20;
        for (const qsizetype i : row)
            w += 20 + entries.at(i).width;
        qreal x = (width - w) / 2;
        for (const qsizetype i : row) {
            const Entry &e = entries.at(i);
            const QPointF c(x + LegendMarker / 2, y + legendRowHeight / 2);
            const qreal size = e.bar ? LegendMarker - 2 : LegendMarker;
            const QPolygonF box{QPointF(c.x() - size / 2, c.y() - size / 2), QPointF(c.x() + size / 2, c.y() + size / 2)};
            if (e.bar || e.marker == Marker::Square)
                addShape(Shape::Rect, box, e.pen, e.brush);
            else if (e.marker == Marker::Circle)
                addShape(Shape::Ellipse, box, e.pen, e.brush);
            else
                addShape(Shape::Polygon, markerPolygon(e.marker, c, size), e.pen, e.brush);
            addText(QRectF(x + LegendMarker + 5, y, e.width - LegendMarker - 5 + 1, legendRowHeight), e.name, labelFont,
                    AxisTextColor, Qt::AlignLeft | Qt::AlignVCenter, Text::LegendLabel);
            x += e.width + 20;
        }
        y += legendRowHeight;
    }
}

void ChartPainter::draw(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Shape &s : m_shapes) {
        painter->setPen(s.pen);
        painter->setBrush(s.brush);
        switch (s.kind) {
        case Shape::Rect:
            painter->drawRect(QRectF(s.points.at(0), s.points.at(1)).normalized());
            break;
        case Shape::Ellipse:
            painter->drawEllipse(QRectF(s.points.at(0), s.points.at(1)));
            break;
        case Shape::Polyline:
            painter->drawPolyline(s.points);
            break;
        case Shape::Polygon:
            painter->drawPolygon(s.points);
            break;
        }
    }
    for (const Text &t : m_texts) {
        painter->setFont(t.font);
        painter->setPen(t.color);
        if (!t.rotated) {
            painter->drawText(t.rect, t.flags | Qt::TextDontClip, t.text);
            continue;
        }
        painter->save();
        painter->translate(t.rect.center());
        painter->rotate(-90);
        painter->drawText(QRectF(-t.rect.width() / 2, -t.rect.height() / 2, t.rect.width(), t.rect.height()), t.flags | Qt::TextDontClip,
                          t.text);
        painter->restore();
    }
    painter->restore();
}
