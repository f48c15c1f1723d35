#include "render/charts/chartpainter.h"

#include "render/charts/chartlabels.h"
#include "render/charts/chartstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

constexpr qreal TickLength = 5;

const QColor AxisTextColor(0x40, 0x40, 0x44);
const QColor GridColor(0xe2, 0xe2, 0xe2);
const QColor AxisLineColor(0xbc, 0xbc, 0xbc);

QFont italic(QFont font)
{
    font.setItalic(true);
    return font;
}

} // namespace

struct ChartPainter::Measures
{
    QFont labelFont = printFont(12);
    QFont titleFont = printFont(13, true);
    QFont gapFont = italic(labelFont);
    QFontMetricsF label{labelFont}, title{titleFont}, gap{gapFont};
    // One line height for all the labels: the tallest any of them needs.
    qreal lineHeight = label.height();
    qreal tickHeight = 0;  // tick labels are numbers and dates: their own (Latin) line height
    QRectF xTitleBox, yTitleBox; // wrapped
    qreal labelsWidth = 0; // left of the plot: the categories or the y ticks
    QList<QStringList> categoryLines; // bars: each row's name, wrapped on a narrow chart
    qsizetype rowLines = 1;           // bars: the most lines a row's name takes
    qreal plotHeight = 0;

    // Each text is measured once (setting a text is the costly part of a chart's layout).
    qreal width(const QString &text, bool inGapFont = false)
    {
        QHash<QString, QSizeF> &cache = measured[inGapFont ? 1 : 0];
        auto it = cache.constFind(text);
        if (it == cache.cend())
            it = cache.insert(text, textSize(inGapFont ? gap : label, text));
        lineHeight = std::max(lineHeight, it->height());
        return it->width();
    }

private:
    QHash<QString, QSizeF> measured[2]; // in the label font, in the gap font
};

ChartPainter::ChartPainter(const Dataset &dataset, const ChartData &data, const QSizeF &size)
    : ChartPainter(ChartSpec(dataset, data, false), size)
{
}

ChartPainter::ChartPainter(const ChartSpec &spec, const QSizeF &size) : m_spec(spec), m_size(size)
{
    layOut();
}

QPointF ChartPainter::position(double x, double y) const
{
    if (m_spec.bars()) {
        const qreal row = m_plot.height() / std::max(m_spec.rows(), 1);
        return QPointF(m_plot.left() + m_spec.x.fraction(x) * m_plot.width(), m_plot.top() + (y + 0.5) * row);
    }
    return QPointF(m_plot.left() + m_spec.x.fraction(x) * m_plot.width(),
                   m_plot.bottom() - m_spec.y.fraction(y) * m_plot.height());
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

void ChartPainter::layOut()
{
    Measures m;
    measureTexts(m);
    const Legend legend = layOutLegend(m);
    layOutPlot(m, legend);
    drawGrid(m);
    drawAxisTitles(m);
    Obstacles obstacles;
    if (m_spec.bars())
        drawBars();
    else
        obstacles = drawPoints();
    drawValueLabels(m, obstacles);
    drawLegend(m, legend);
}

void ChartPainter::measureTexts(Measures &m) const
{
    for (const QString &c : m_spec.categories)
        m.width(c);
    for (const ChartSpec::Series &s : m_spec.series)
        m.width(s.name);
    for (const ChartSpec::Label &l : m_spec.labels)
        m.width(l.text, l.gap);
    m.tickHeight = m.label.height();
    for (const ChartSpec::Axis *axis : {&m_spec.x, &m_spec.y}) {
        for (const ChartSpec::Tick &t : axis->ticks)
            m.tickHeight = std::max(m.tickHeight, textSize(m.label, t.text).height());
    }
}

// The legend, centred at the bottom, in as many rows as it needs (ChartStyle::layOutLegend,
// as the Charts tab has it).
ChartPainter::Legend ChartPainter::layOutLegend(Measures &m) const
{
    QList<qreal> widths;
    for (const ChartSpec::LegendEntry &e : m_spec.legend)
        widths.append(m.width(e.name));
    return ChartStyle::layOutLegend(widths, m.lineHeight, m_size.width(), [&](qsizetype i, qreal w) {
        return m.label.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, m_spec.legend.at(i).name).height();
    });
}

// The plot's rect: room below for the ticks and the x title, left for the y title and the
// tick labels or categories, right for the last tick's label and the longest bars' labels.
void ChartPainter::layOutPlot(Measures &m, const Legend &legend)
{
    const bool bars = m_spec.bars();
    const int rows = m_spec.rows();
    const qreal width = m_size.width(), height = m_size.height();
    const QString &xTitle = m_spec.x.title, &yTitle = m_spec.y.title;
    m.xTitleBox = xTitle.isEmpty() ? QRectF() : m.title.boundingRect(QRectF(0, 0, width - 32, 1e6), Qt::TextWordWrap, xTitle);
    const qreal below = TickLength + 3 + m.tickHeight + (m.xTitleBox.isEmpty() ? 0 : 6 + m.xTitleBox.height()) + 6;
    const qreal top = std::ceil((bars ? 0 : m.tickHeight) / 2) + 4;
    const qreal plotBottom = height - 4 - legend.height - below;
    m.plotHeight = std::max<qreal>(40, plotBottom - top);

    // Left of the plot: the axis title (turned, wrapped to the plot's height), the labels.
    m.yTitleBox = yTitle.isEmpty() ? QRectF()
                                   : m.title.boundingRect(QRectF(0, 0, m.plotHeight, 1e6),
                                                          Qt::TextWordWrap | Qt::AlignHCenter, yTitle);
    const qreal titleBand = m.yTitleBox.isEmpty() ? 0 : m.yTitleBox.height() + 8;
    if (bars) {
        m.categoryLines = categoryLines(m.labelFont, m_spec.categories, width, 8 + titleBand + AxisLabelRoom);
        for (const QStringList &lines : std::as_const(m.categoryLines)) {
            m.rowLines = std::max(m.rowLines, lines.size());
            for (const QString &line : lines)
                m.labelsWidth = std::max(m.labelsWidth, m.width(line));
        }
    }
    // A bar chart needs a line for each row (or its name's lines); a plot of points room for its labels.
    m_minimumHeight = top + (bars ? rows * (m.lineHeight * qreal(m.rowLines) + 2) : 200) + below + legend.height + 4;
    if (!bars) {
        for (const ChartSpec::Tick &t : m_spec.y.ticks)
            m.labelsWidth = std::max(m.labelsWidth, m.width(t.text));
    }
    const qreal left = 8 + titleBand + m.labelsWidth + AxisLabelRoom;

    // Right of the plot: half the last tick label, and room for the longest bars' labels.
    qreal right = 16;
    if (!m_spec.x.ticks.isEmpty())
        right = std::max(right, m.width(m_spec.x.ticks.last().text) / 2 + 4);
    const qreal available = width - left;
    for (const ChartSpec::Bar &bar : m_spec.barList) {
        const double f = m_spec.x.fraction(bar.to);
        const qreal labelWidth = m.width(m_spec.series.at(bar.series).points.at(bar.point).label);
        if (f > 0)
            right = std::max(right, available - (available - labelWidth - BarLabelRoom) / f);
    }
    m_plot = QRectF(left, top, std::max<qreal>(40, width - left - right), m.plotHeight);
}

// Grid, axis lines, ticks and their labels.
void ChartPainter::drawGrid(Measures &m)
{
    const QPen gridPen(GridColor, 1);
    const QPen minorPen(QColor(0, 0, 0, 22), 1);
    const QPen axisPen(AxisLineColor, 1);
    for (const ChartSpec::Tick &t : m_spec.x.ticks) {
        const qreal x = position(t.value, 0).x();
        addShape(Shape::Polyline, {QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom())}, t.minor ? minorPen : gridPen);
        if (t.minor)
            continue;
        addShape(Shape::Polyline, {QPointF(x, m_plot.bottom()), QPointF(x, m_plot.bottom() + TickLength)}, axisPen);
        const qreal w = m.width(t.text);
        addText(QRectF(x - w / 2 - 2, m_plot.bottom() + TickLength + 3, w + 4, m.tickHeight), t.text, m.labelFont,
                AxisTextColor, Qt::AlignCenter, Text::AxisLabel);
    }
    const qreal labelsRight = m_plot.left() - AxisLabelRoom;
    if (m_spec.bars()) {
        const int rows = m_spec.rows();
        const qreal row = m_plot.height() / std::max(rows, 1);
        for (int i = 0; i <= rows; ++i) {
            const qreal y = m_plot.top() + i * row;
            addShape(Shape::Polyline, {QPointF(m_plot.left() - TickLength, y), QPointF(m_plot.left(), y)}, axisPen);
        }
        for (int i = 0; i < rows; ++i) {
            const qreal y = m_plot.top() + (i + 0.5) * row;
            const QStringList &lines = m.categoryLines.at(i);
            const qreal h = m.lineHeight * qreal(lines.size());
            addText(QRectF(labelsRight - m.labelsWidth, y - h / 2, m.labelsWidth, h), lines.join(QLatin1Char('\n')), m.labelFont, AxisTextColor, Qt::AlignRight | Qt::AlignVCenter, Text::AxisLabel);
        }
    } else {
        for (const ChartSpec::Tick &t : m_spec.y.ticks) {
            const qreal y = position(m_spec.x.min, t.value).y();
            addShape(Shape::Polyline, {QPointF(m_plot.left(), y), QPointF(m_plot.right(), y)}, t.minor ? minorPen : gridPen);
            if (t.minor)
                continue;
            addShape(Shape::Polyline, {QPointF(m_plot.left() - TickLength, y), QPointF(m_plot.left(), y)}, axisPen);
            addText(QRectF(labelsRight - m.labelsWidth, y - m.tickHeight / 2, m.labelsWidth, m.tickHeight), t.text,
                    m.labelFont, AxisTextColor, Qt::AlignRight | Qt::AlignVCenter, Text::AxisLabel);
        }
    }
    addShape(Shape::Polyline, {m_plot.topLeft(), m_plot.bottomLeft(), m_plot.bottomRight()}, axisPen);
}

void ChartPainter::drawAxisTitles(const Measures &m)
{
    if (!m.xTitleBox.isEmpty()) {
        const qreal y = m_plot.bottom() + TickLength + 3 + m.tickHeight + 6;
        addText(QRectF(m_plot.center().x() - m.xTitleBox.width() / 2, y, m.xTitleBox.width(), m.xTitleBox.height()),
                m_spec.x.title, m.titleFont, AxisTextColor, Qt::AlignHCenter | Qt::TextWordWrap, Text::AxisTitle);
    }
    if (!m.yTitleBox.isEmpty()) {
        const QPointF centre(8 + m.yTitleBox.height() / 2, m_plot.center().y());
        addText(QRectF(centre.x() - m.plotHeight / 2, centre.y() - m.yTitleBox.height() / 2, m.plotHeight, m.yTitleBox.height()),
                m_spec.y.title, m.titleFont, AxisTextColor, Qt::AlignHCenter | Qt::TextWordWrap, Text::AxisTitle, true);
    }
}

void ChartPainter::drawBars()
{
    const qreal half = m_plot.height() / std::max(m_spec.rows(), 1) * m_spec.barWidth / 2;
    for (const ChartSpec::Bar &bar : m_spec.barList) {
        const ChartSpec::Series &s = m_spec.series.at(bar.series);
        const QPointF from = position(bar.from, bar.row), to = position(bar.to, bar.row);
        addShape(Shape::Rect, {QPointF(from.x(), from.y() - half), QPointF(to.x(), to.y() + half)}, s.pen, s.brush,
                 s.points.at(bar.point).key);
    }
}

// The guide lines, the ladders' lines, then the markers; what labels keep off.
ChartPainter::Obstacles ChartPainter::drawPoints()
{
    Obstacles o;
    if (!m_spec.shade.isEmpty()) {
        QPolygonF shade;
        for (const QPointF &v : m_spec.shade)
            shade << position(v.x(), v.y());
        addShape(Shape::Polygon, shade, Qt::NoPen, m_spec.shadeBrush);
    }
    // The guides under the series (as the tab draws them, so that a point on a guide is what
    // the pointer finds there, and is seen whole).
    QList<QLineF> guideLines;
    for (const ChartSpec::Guide &g : m_spec.guides) {
        const QLineF line(position(g.from.x(), g.from.y()), position(g.to.x(), g.to.y()));
        addShape(Shape::Polyline, {line.p1(), line.p2()}, g.pen);
        guideLines.append(line);
    }
    for (const ChartSpec::Series &s : m_spec.series) {
        if (s.linePen.style() == Qt::NoPen)
            continue;
        QPolygonF line;
        for (const ChartPoint &p : s.points)
            line << position(p.x, p.y);
        addShape(Shape::Polyline, line, s.linePen);
        for (qsizetype i = 1; i < line.size(); ++i)
            o.lines.append(QLineF(line.at(i - 1), line.at(i)));
    }
    for (const ChartSpec::Series &s : m_spec.series) {
        const qreal size = s.markerSize;
        for (const ChartPoint &p : s.points) {
            const QPointF c = position(p.x, p.y);
            if (s.marker == Marker::Circle || s.marker == Marker::Square)
                addShape(s.marker == Marker::Circle ? Shape::Ellipse : Shape::Rect,
                         {QPointF(c.x() - size / 2, c.y() - size / 2), QPointF(c.x() + size / 2, c.y() + size / 2)}, s.pen,
                         s.brush, p.key);
            else
                addShape(Shape::Polygon, markerPolygon(s.marker, c, size), s.pen, s.brush, p.key);
            o.markers.append(QRectF(c.x() - 6, c.y() - 6, 12, 12));
        }
    }
    o.lines.append(guideLines); // after the ladders', as labels have always weighed them
    return o;
}

void ChartPainter::drawValueLabels(Measures &m, const Obstacles &obstacles)
{
    QList<LabelRequest> requests;
    for (const ChartSpec::Label &l : m_spec.labels) {
        const QPointF end = l.kind == LabelRequest::Line ? position(l.end.x(), l.end.y()) : QPointF();
        requests.append({l.kind, position(l.at.x(), l.at.y()), end, QSizeF(m.width(l.text, l.gap) + 1, m.lineHeight)});
    }
    const QList<QPointF> at = placeLabels(m_plot, requests, obstacles.markers, obstacles.lines);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QLineF leader = leaderLine(requests.at(i), at.at(i));
        if (!leader.isNull())
            addShape(Shape::Polyline, {leader.p1(), leader.p2()}, leaderPen(false));
        const ChartSpec::Label &l = m_spec.labels.at(i);
        addText(QRectF(at.at(i), requests.at(i).size), l.text, l.gap ? m.gapFont : m.labelFont, m_spec.valueTextColor,
                Qt::AlignLeft | Qt::AlignVCenter, Text::ValueLabel);
    }
}

// The legend where layOutLegend put it, under everything else.
void ChartPainter::drawLegend(const Measures &m, const Legend &legend)
{
    const QPointF top(0, m_size.height() - 4 - legend.height);
    for (qsizetype i = 0; i < legend.entries.size(); ++i) {
        const ChartSpec::LegendEntry &e = m_spec.legend.at(i);
        const Legend::Entry &at = legend.entries.at(i);
        const LegendMarkerShape marker = legendMarker(e.marker, e.bar, at.marker + top);
        static const Shape::Kind kinds[] = {Shape::Rect, Shape::Ellipse, Shape::Polygon};
        addShape(kinds[marker.kind], marker.points, e.pen, e.brush);
        addText(at.text.translated(top), e.name, m.labelFont, AxisTextColor,
                at.wrapped ? Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap : Qt::AlignLeft | Qt::AlignVCenter,
                Text::LegendLabel);
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
