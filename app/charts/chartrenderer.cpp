#include "app/charts/chartrenderer.h"

#include "render/charts/chartlabels.h"
#include "render/charts/chartstyle.h"
#include "render/html/html.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QAreaSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPointer>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

// Value labels beside bars and points, as children of the chart so that they move with
// it and are drawn wherever the chart is. Each label takes the first free place around
// its point (ChartStyle::placeLabels, as in files), so labels do not overlap one another.
class LabelOverlay : public QObject
{
    static constexpr qreal MinimumPlotWidth = 120;

public:
    struct Label
    {
        QPointer<QAbstractSeries> series;
        ChartSpec::Label spec; // where, in the series' values
    };

    LabelOverlay(QChart *chart, const ChartSpec &spec, bool dark)
        : QObject(chart), m_chart(chart), m_dark(dark), m_color(spec.valueTextColor), m_font(pixelFont(12)), m_gapFont(m_font)
    {
        m_gapFont.setItalic(true);
        connect(chart, &QChart::plotAreaChanged, this, &LabelOverlay::place);
    }

    void add(QAbstractSeries *series, const ChartSpec::Label &label)
    {
        auto *item = new QGraphicsSimpleTextItem(label.text, m_chart);
        // One font for all the labels: they share its metrics, looked up once.
        item->setFont(label.gap ? m_gapFont : m_font);
        item->setBrush(m_color);
        item->setZValue(20);
        item->setData(0, QStringLiteral("versusValueLabel"));
        auto *leader = new QGraphicsLineItem(m_chart);
        leader->setPen(leaderPen(m_dark));
        leader->setZValue(19);
        leader->hide();
        m_labels.append({series, label});
        m_items.append(item);
        m_leaders.append(leader);
    }

    // A series whose markers labels keep off, and one whose line they should not cross
    // (a ladder, the diagonal, a reference line).
    void avoidMarkers(QXYSeries *points) { m_markers.append(points); }
    void avoidLine(QXYSeries *line) { m_lines.append(line); }
    // A bar chart: the chart's margins grow until the categories left of the plot and the
    // labels right of the bars are inside the chart (Qt Charts gives the axis at most 40%
    // of the chart's width, and the plot the rest).
    void keepInside(const QStringList &categories, bool axisTitle)
    {
        m_categories = categories;
        m_axisTitle = axisTitle;
        m_baseMargins = m_chart->margins();
        m_keepInside = true;
    }

    void place();

private:
    void fitMargins(const QList<QPointF> &at, const QList<LabelRequest> &requests);

    bool m_keepInside = false;
    bool m_axisTitle = false;
    QStringList m_categories;
    QMargins m_baseMargins;
    QSizeF m_fittedSize;
    int m_passes = 0;
    QChart *m_chart;
    bool m_dark;
    QColor m_color;
    QFont m_font;
    QFont m_gapFont;
    QList<Label> m_labels;
    QList<QGraphicsSimpleTextItem *> m_items;
    QList<QGraphicsLineItem *> m_leaders;
    QList<QPointer<QXYSeries>> m_markers;
    QList<QPointer<QXYSeries>> m_lines;
};

void LabelOverlay::place()
{
    // Markers are taken first, so no label covers a point.
    QList<QRectF> taken;
    for (const QPointer<QXYSeries> &series : std::as_const(m_markers)) {
        if (!series || !series->isVisible())
            continue;
        const QList<QPointF> points = series->points();
        for (const QPointF &value : points) {
            const QPointF p = m_chart->mapToPosition(value, series);
            taken.append(QRectF(p.x() - 6, p.y() - 6, 12, 12));
        }
    }
    QList<LabelRequest> requests;
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const Label &l = m_labels.at(i);
        if (!l.series || !l.series->isVisible()) {
            m_items.at(i)->hide();
            continue;
        }
        LabelRequest r;
        r.kind = l.spec.kind;
        r.anchor = m_chart->mapToPosition(l.spec.at, l.series);
        if (r.kind == LabelRequest::Line)
            r.lineEnd = m_chart->mapToPosition(l.spec.end, l.series);
        r.size = m_items.at(i)->boundingRect().size();
        requests.append(r);
        shown.append(i);
    }
    QList<QLineF> lines;
    for (const QPointer<QXYSeries> &series : std::as_const(m_lines)) {
        if (!series || !series->isVisible())
            continue;
        const QList<QPointF> points = series->points();
        for (qsizetype i = 1; i < points.size(); ++i)
            lines.append(QLineF(m_chart->mapToPosition(points.at(i - 1), series), m_chart->mapToPosition(points.at(i), series)));
    }
    const QList<QPointF> at = placeLabels(m_chart->plotArea(), requests, taken, lines);
    for (QGraphicsLineItem *leader : std::as_const(m_leaders))
        leader->hide();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        m_items.at(shown.at(i))->setPos(at.at(i));
        m_items.at(shown.at(i))->show();
        const QLineF leader = leaderLine(requests.at(i), at.at(i));
        m_leaders.at(shown.at(i))->setLine(leader);
        m_leaders.at(shown.at(i))->setVisible(!leader.isNull());
    }
    if (m_keepInside)
        fitMargins(at, requests);
}

// Each pass moves the margins by what is missing (or spare) on either side; the plot's next
// change runs it again, until nothing moves by a pixel.
void LabelOverlay::fitMargins(const QList<QPointF> &at, const QList<LabelRequest> &requests)
{
    const QRectF plot = m_chart->plotArea();
    const QFontMetricsF labels(pixelFont(12)), title(pixelFont(13, true));
    const qreal neededLeft = widestText(labels, m_categories) + AxisLabelRoom + 8 + (m_axisTitle ? title.height() + 8 : 0);
    qreal rightmost = plot.right();
    for (qsizetype i = 0; i < at.size(); ++i)
        rightmost = std::max(rightmost, at.at(i).x() + requests.at(i).size.width() + BarLabelRoom);
    const qreal width = m_chart->size().width();
    if (m_chart->size() != m_fittedSize) {
        m_fittedSize = m_chart->size();
        m_passes = 0;
    }
    if (++m_passes > 10) // settled within a pixel or two long before: never loop on a rounding
        return;
    QMargins margins = m_chart->margins();
    int left = std::max(m_baseMargins.left(), int(std::ceil(margins.left() + neededLeft - plot.left())));
    int right = std::max(m_baseMargins.right(), int(std::ceil(margins.right() + rightmost - width)));
    // A chart too narrow for its categories and labels keeps a plot (margins wider than the
    // chart leave Qt Charts none): the long labels are cut there, the bars readable.
    const qreal room = width - MinimumPlotWidth;
    if (left + right > room) {
        const qreal scale = std::max<qreal>(0, room) / (left + right);
        left = std::max(m_baseMargins.left(), int(left * scale));
        right = std::max(m_baseMargins.right(), int(right * scale));
    }
    if (std::abs(left - margins.left()) < 2 && std::abs(right - margins.right()) < 2)
        return;
    margins.setLeft(left);
    margins.setRight(right);
    m_chart->setMargins(margins);
}

// The legend under the chart, laid out as files have it (ChartStyle::layOutLegend) at the
// chart's width whenever that changes; the chart's bottom margin makes room for its rows.
class LegendOverlay : public QObject
{
public:
    LegendOverlay(QChart *chart, const ChartSpec &spec)
        : QObject(chart), m_chart(chart), m_font(pixelFont(12)), m_baseMargins(chart->margins())
    {
        const QList<ChartSpec::LegendEntry> &entries = spec.legend;
        const QFontMetricsF metrics(m_font);
        m_lineHeight = metrics.height();
        // The title, the plot and its axes, at the least: a bar chart a line per row, as tall
        // as its categories' lines (a CJK line is taller; Qt Charts skips a label with no room).
        qreal categoryLine = m_lineHeight;
        for (const QString &c : spec.categories)
            categoryLine = std::max(categoryLine, textSize(metrics, c).height());
        m_plotRoom = std::max<qreal>(220, spec.bars() ? spec.rows() * (categoryLine + 4) + 140 : 0);
        const QColor textColor = chart->legend()->labelColor(); // the theme's
        for (const ChartSpec::LegendEntry &e : entries) {
            const QSizeF size = textSize(metrics, e.name);
            m_widths.append(size.width());
            m_lineHeight = std::max(m_lineHeight, size.height());
            auto *item = new ChartLegendItem(e, m_font, textColor, chart);
            item->setZValue(30);
            m_items.append(item);
        }
        chart->legend()->setVisible(false);
        connect(chart, &QGraphicsWidget::geometryChanged, this, &LegendOverlay::place);
    }

    void place()
    {
        const QSizeF size = m_chart->size();
        if (size.width() <= 0 || m_items.isEmpty())
            return;
        const QFontMetricsF metrics(m_font);
        const LegendLayout legend = layOutLegend(m_widths, m_lineHeight, size.width(), [&](qsizetype i, qreal w) {
            return metrics.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, m_items.at(i)->text()).height();
        });
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            m_items.at(i)->setPos(0, size.height() - 4 - legend.height);
            m_items.at(i)->setPlace(legend.entries.at(i));
        }
        // Never on the plot: the chart is at least as tall as its legend and some room for
        // the plot (a view taller than its tab scrolls up and down, never sideways).
        m_chart->setMinimumHeight(legend.height + 4 + m_plotRoom);
        QMargins margins = m_chart->margins();
        const int bottom = std::max(m_baseMargins.bottom(), int(std::ceil(legend.height + 4)));
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            m_chart->setMargins(margins);
        }
    }

private:
    QChart *m_chart;
    QFont m_font;
    QMargins m_baseMargins;
    qreal m_plotRoom = 0;
    qreal m_lineHeight = 0;
    QList<qreal> m_widths;
    QList<ChartLegendItem *> m_items;
};

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(pixelFont(12));
    axis->setTitleFont(pixelFont(13, true));
    axis->setTitleText(title);
    axis->setTitleVisible(!title.isEmpty());
}

// A value axis with the spec's range and ticks: whole powers of its base (log), or evenly
// spaced ticks from min to max (linear).
QAbstractAxis *valueAxis(const ChartSpec::Axis &spec)
{
    // The suffix after each number ("32K"), as the spec's tick texts have it.
    const QString format = QStringLiteral("%g") + spec.suffix;
    if (spec.log) {
        auto *axis = new QLogValueAxis;
        axis->setRange(spec.min, spec.max);
        axis->setBase(spec.base);
        axis->setLabelFormat(format);
        axis->setMinorTickCount(-1);
        styleAxis(axis, spec.title);
        return axis;
    }
    auto *axis = new QValueAxis;
    axis->setRange(spec.min, spec.max);
    axis->setTickCount(int(std::max<qsizetype>(2, spec.majorTicks().size())));
    axis->setLabelFormat(format);
    styleAxis(axis, spec.title);
    return axis;
}

// The x axis of points: dates by quarter (timeline), a tick per step (ladder), else values.
QAbstractAxis *pointsXAxis(const ChartSpec &spec)
{
    const QList<ChartSpec::Tick> ticks = spec.x.majorTicks();
    if (spec.shape == ChartData::Shape::Timeline) {
        auto *axis = new QCategoryAxis;
        axis->setRange(spec.x.min, spec.x.max);
        axis->setStartValue(spec.x.min);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (const ChartSpec::Tick &tick : ticks)
            axis->append(tick.text, tick.value);
        styleAxis(axis, spec.x.title);
        return axis;
    }
    if (spec.shape == ChartData::Shape::Lines) {
        auto *axis = new QValueAxis;
        axis->setRange(spec.x.min, spec.x.max);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(ticks.isEmpty() ? 1 : ticks.first().value);
        axis->setTickInterval(1);
        axis->setLabelFormat(QStringLiteral("%d"));
        styleAxis(axis, spec.x.title);
        return axis;
    }
    return valueAxis(spec.x);
}

void tagSeries(QObject *o, const ChartSpec::Series &s, const QStringList &tooltips)
{
    o->setProperty("versusFamily", s.family);
    o->setProperty("versusTooltips", tooltips);
}

void buildBars(QChart *qc, const ChartSpec &spec, LabelOverlay *overlay)
{
    const int n = spec.rows();
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(spec.barWidth);
    // Rows run top to bottom as listed: the category axis runs bottom to top.
    auto row = [n](double index) { return n - 1 - int(index); };
    for (const ChartSpec::Series &s : spec.series) {
        auto *set = new QBarSet(s.name);
        QList<qreal> values(n, 0.0);
        QStringList tooltips(n);
        for (const ChartPoint &p : s.points) {
            values[row(p.x)] += p.y;
            tooltips[row(p.x)] = p.tooltip;
        }
        set->append(values);
        set->setBrush(s.brush);
        set->setPen(s.pen);
        tagSeries(set, s, tooltips);
        series->append(set);
    }
    qc->addSeries(series);
    QStringList categories;
    for (int i = n - 1; i >= 0; --i)
        categories.append(spec.categories.at(i));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, spec.y.title);
    categoryAxis->setGridLineVisible(false);
    // Qt Charts elides a label taller than its row as it measures it (with the text item's
    // margins), which cuts a CJK font's taller line to "DeepSeek-V3 · ..." though it fits.
    categoryAxis->setTruncateLabels(false);
    QAbstractAxis *values = valueAxis(spec.x);
    overlay->keepInside(spec.categories, !spec.y.title.isEmpty());
    qc->addAxis(values, Qt::AlignBottom);
    qc->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categoryAxis);
    for (ChartSpec::Label l : spec.labels) {
        l.at.setY(row(l.at.y()));
        overlay->add(series, l);
    }
}

// A line without a legend entry (its points carry the entry), that labels do not cross.
QLineSeries *addLine(QChart *qc, LabelOverlay *overlay, const QList<QPointF> &points, const QPen &pen,
                     QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    auto *line = new QLineSeries;
    line->append(points);
    line->setPen(pen);
    qc->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    overlay->avoidLine(line);
    const auto markers = qc->legend()->markers(line);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
    return line;
}

QScatterSeries::MarkerShape markerShape(Marker marker)
{
    switch (marker) {
    case Marker::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case Marker::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case Marker::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case Marker::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    case Marker::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// The series' lines (a ladder) and markers; returns the marker series, in the spec's order.
QList<QAbstractSeries *> addPointSeries(QChart *qc, const ChartSpec &spec, LabelOverlay *overlay, QAbstractAxis *xAxis,
                                        QAbstractAxis *yAxis)
{
    QList<QAbstractSeries *> added;
    for (const ChartSpec::Series &s : spec.series) {
        QList<QPointF> points;
        QStringList tooltips;
        for (const ChartPoint &p : s.points) {
            points.append(QPointF(p.x, p.y));
            tooltips.append(p.tooltip);
        }
        if (s.linePen.style() != Qt::NoPen)
            addLine(qc, overlay, points, s.linePen, xAxis, yAxis);
        auto *scatter = new QScatterSeries;
        scatter->setName(s.name);
        scatter->setMarkerShape(markerShape(s.marker));
        scatter->setMarkerSize(s.markerSize);
        scatter->setBrush(s.brush);
        scatter->setPen(s.pen);
        scatter->append(points);
        tagSeries(scatter, s, tooltips);
        qc->addSeries(scatter);
        scatter->attachAxis(xAxis);
        scatter->attachAxis(yAxis);
        overlay->avoidMarkers(scatter);
        added.append(scatter);
    }
    return added;
}

void buildPoints(QChart *qc, const ChartSpec &spec, LabelOverlay *overlay, bool dark)
{
    QAbstractAxis *xAxis = pointsXAxis(spec);
    QAbstractAxis *yAxis = valueAxis(spec.y);
    qc->addAxis(xAxis, Qt::AlignBottom);
    qc->addAxis(yAxis, Qt::AlignLeft);
    // Minor lines of a log axis fainter than the major ones (after the theme has set them).
    for (QAbstractAxis *axis : {xAxis, yAxis}) {
        if (axis->type() == QAbstractAxis::AxisTypeLogValue)
            axis->setMinorGridLinePen(QPen(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22), 1));
    }
    if (!spec.shade.isEmpty()) {
        // Under the points: between the plot's top edge and the staircase.
        auto *upper = new QLineSeries;
        upper->append({QPointF(spec.x.min, spec.y.max), QPointF(spec.x.max, spec.y.max)});
        auto *lower = new QLineSeries;
        for (qsizetype i = 0; i + 2 < spec.shade.size(); ++i)
            lower->append(spec.shade.at(i));
        auto *area = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its two lines: they go with it.
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("shade"));
        area->setBrush(spec.shadeBrush);
        area->setPen(Qt::NoPen);
        qc->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        for (QLegendMarker *marker : qc->legend()->markers(area))
            marker->setVisible(false);
    }
    // The guides first, under the points: a point on a guide (the Fit chart's points at the
    // chosen context) still answers the pointer (a scene hovers the topmost item).
    QList<QAbstractSeries *> guides;
    for (const ChartSpec::Guide &g : spec.guides) {
        QLineSeries *line = addLine(qc, overlay, {g.from, g.to}, g.pen, xAxis, yAxis);
        if (g.reference)
            line->setName(g.label);
        guides.append(line);
    }
    const QList<QAbstractSeries *> points = addPointSeries(qc, spec, overlay, xAxis, yAxis);
    for (const ChartSpec::Label &l : spec.labels)
        overlay->add(l.series >= 0 ? points.at(l.series) : guides.at(l.guide), l);
}

} // namespace

QChart *ChartRenderer::create(const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    return create(ChartSpec(dataset, ChartData::build(dataset, chart, options), options.darkPalette), chart.id);
}

// Qt Charts draws titles, axis titles, category labels and legend names as rich text: the
// dataset's words are escaped for it, so that a name holding markup (an <img src>) is shown
// as written and never makes Qt open a file. The value labels are plain text items.
static ChartSpec escapedForQtCharts(ChartSpec spec)
{
    spec.title = Html::escape(spec.title);
    for (ChartSpec::Axis *axis : {&spec.x, &spec.y}) {
        axis->title = Html::escape(axis->title);
        for (ChartSpec::Tick &tick : axis->ticks)
            tick.text = Html::escape(tick.text);
    }
    for (QString &category : spec.categories)
        category = Html::escape(category);
    for (ChartSpec::Series &series : spec.series)
        series.name = Html::escape(series.name);
    for (ChartSpec::Guide &guide : spec.guides)
        guide.label = Html::escape(guide.label);
    for (ChartSpec::LegendEntry &entry : spec.legend)
        entry.name = Html::escape(entry.name);
    return spec;
}

QChart *ChartRenderer::create(const ChartSpec &given, const QString &chartId)
{
    const ChartSpec spec = escapedForQtCharts(given);
    const bool dark = spec.dark;
    auto *qc = new QChart;
    qc->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    qc->setDropShadowEnabled(false);
    qc->setBackgroundRoundness(0);
    qc->setTitle(spec.title);
    qc->setTitleFont(pixelFont(18, true));
    qc->setProperty("versusChartId", chartId);
    auto *overlay = new LabelOverlay(qc, spec, dark);
    if (spec.bars())
        buildBars(qc, spec, overlay);
    else
        buildPoints(qc, spec, overlay, dark);
    // The dataset's words as written: the legend draws plain text.
    new LegendOverlay(qc, given);
    return qc;
}

QList<ChartLegendItem *> ChartRenderer::legendItems(const QChart *chart)
{
    QList<ChartLegendItem *> items;
    const auto children = chart->childItems();
    for (QGraphicsItem *child : children) {
        if (auto *item = qgraphicsitem_cast<ChartLegendItem *>(child))
            items.append(item);
    }
    return items;
}

ChartLegendItem::ChartLegendItem(const ChartSpec::LegendEntry &entry, const QFont &font, const QColor &textColor,
                                 QGraphicsItem *parent)
    : QGraphicsObject(parent), m_entry(entry), m_font(font), m_textColor(textColor)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

void ChartLegendItem::setPlace(const ChartStyle::LegendLayout::Entry &at)
{
    prepareGeometryChange();
    m_at = at;
    update();
}

QRectF ChartLegendItem::boundingRect() const
{
    const qreal half = ChartStyle::LegendMarkerSize / 2 + 1;
    return m_at.text.united(QRectF(m_at.marker.x() - half, m_at.marker.y() - half, 2 * half, 2 * half));
}

// The marker and the name, as ChartPainter draws them.
void ChartLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_entry.pen);
    painter->setBrush(m_entry.brush);
    const ChartStyle::LegendMarkerShape marker = ChartStyle::legendMarker(m_entry.marker, m_entry.bar, m_at.marker);
    switch (marker.kind) {
    case ChartStyle::LegendMarkerShape::Rect:
        painter->drawRect(QRectF(marker.points.at(0), marker.points.at(1)));
        break;
    case ChartStyle::LegendMarkerShape::Ellipse:
        painter->drawEllipse(QRectF(marker.points.at(0), marker.points.at(1)));
        break;
    case ChartStyle::LegendMarkerShape::Polygon:
        painter->drawPolygon(marker.points);
        break;
    }
    painter->setFont(m_font);
    painter->setPen(m_textColor);
    painter->drawText(m_at.text, (m_at.wrapped ? Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap : Qt::AlignLeft | Qt::AlignVCenter)
                          | Qt::TextDontClip,
                      m_entry.name);
    painter->restore();
}

void ChartLegendItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    Q_EMIT hovered(true);
}

void ChartLegendItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    Q_EMIT hovered(false);
}

void ChartLegendItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->setAccepted(event->button() == Qt::LeftButton);
}

void ChartLegendItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && boundingRect().contains(event->pos()))
        Q_EMIT clicked();
}
