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
#include <QGraphicsTextItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsView>
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
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

class LegendOverlay;

// A title drawn by the tab in place of Qt Charts' (which elides): plain text (the dataset's
// words, never markup), centred, wrapped within the width it is given.
QGraphicsTextItem *wrappedTextItem(QGraphicsItem *parent, const QString &text, const QFont &font, const QColor &color)
{
    auto *item = new QGraphicsTextItem(parent);
    item->setPlainText(text);
    item->setFont(font);
    item->setDefaultTextColor(color);
    QTextOption option = item->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    item->document()->setDefaultTextOption(option);
    return item;
}

// Value labels beside bars and points, as children of the chart so that they move with
// it and are drawn wherever the chart is. Each label takes the first free place around
// its point (ChartStyle::placeLabels, as in files), so labels do not overlap one another.
class LabelOverlay : public QObject
{
    static constexpr qreal MinimumPlotWidth = 120; // or less on a narrow chart: PlotShare of it
    static constexpr qreal PlotShare = 0.3;
    // A narrow bar chart's labels right of the bars take at most this share of its width;
    // a longer label wraps there, never cut (the row names take CategoryShare).
    static constexpr qreal ValueLabelShare = 0.3;
    static constexpr qreal MinimumLabelRoom = 48;

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
        m_fullWidths.append(item->boundingRect().width());
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
    // categories: the row names as written, bottom to top (as the axis lists them); on a
    // narrow chart they wrap (ChartStyle::categoryLines), and the value axis's title and
    // ticks keep to the plot's width.
    void keepInside(const QStringList &categories, bool axisTitle, QBarCategoryAxis *categoryAxis,
                    QAbstractAxis *valueAxis, const ChartSpec::Axis &values, LegendOverlay *legend)
    {
        m_categories = categories;
        m_axisTitle = axisTitle;
        m_categoryAxis = categoryAxis;
        m_valueAxis = qobject_cast<QValueAxis *>(valueAxis);
        m_values = values;
        m_legend = legend;
        m_baseMargins = m_chart->margins();
        m_keepInside = true;
    }

    void place();

private:
    void fitMargins(const QList<QPointF> &at, const QList<LabelRequest> &requests, const QList<qreal> &fullWidths);
    qreal wrapCategories(qreal width, qreal besides);
    void fitValueAxis(qreal plotWidth);
    QString barLabelText(const QString &text, qreal fullWidth, qreal anchorX) const;

    bool m_keepInside = false;
    QPointer<QBarCategoryAxis> m_categoryAxis;
    QPointer<QValueAxis> m_valueAxis;
    ChartSpec::Axis m_values;
    LegendOverlay *m_legend = nullptr;
    QGraphicsTextItem *m_wrappedAxisTitle = nullptr; // the value axis's title, wrapped, when Qt Charts' would be cut
    qsizetype m_labelLines = 1;
    qsizetype m_rowNameLines = 1;
    QList<qreal> m_fullWidths; // each label's width on one line
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
    QList<qreal> fullWidths;
    m_labelLines = 1;
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
        if (m_keepInside && r.kind == LabelRequest::Bar) {
            const QString text = barLabelText(l.spec.text, m_fullWidths.at(i), r.anchor.x());
            if (m_items.at(i)->text() != text)
                m_items.at(i)->setText(text);
            m_labelLines = std::max(m_labelLines, text.count(QLatin1Char('\n')) + 1);
        }
        r.size = m_items.at(i)->boundingRect().size();
        requests.append(r);
        shown.append(i);
        fullWidths.append(m_fullWidths.at(i));
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
        fitMargins(at, requests, fullWidths);
}

// A bar's label on one line while it fits between the bar's end and the chart's edge, else
// wrapped to that room (at least MinimumLabelRoom: the margins then make room for it).
QString LabelOverlay::barLabelText(const QString &text, qreal fullWidth, qreal anchorX) const
{
    const qreal room = m_chart->size().width() - BarLabelRoom - (anchorX + 5);
    if (fullWidth <= room + 0.5)
        return text;
    return wrapText(m_font, text, std::max(room, MinimumLabelRoom)).join(QLatin1Char('\n'));
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
        m_rows = spec.bars() ? spec.rows() : 0;
        m_categoryLine = categoryLine;
        m_plotRoom = plotRoom(1);
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

    // A bar chart whose rows take lines lines each (names or labels wrapped): its plot's room.
    // Room above the legend for a wrapped axis title (LabelOverlay draws it there).
    void setExtraBottom(qreal room)
    {
        if (room == m_extraBottom)
            return;
        m_extraBottom = room;
        place();
    }

    void setRowLines(qsizetype lines)
    {
        const qreal room = plotRoom(lines);
        if (room == m_plotRoom)
            return;
        m_plotRoom = room;
        place();
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
        m_chart->setMinimumHeight(legend.height + 4 + m_extraBottom + m_plotRoom);
        fitViews();
        QMargins margins = m_chart->margins();
        const int bottom = std::max(m_baseMargins.bottom(), int(std::ceil(legend.height + 4 + m_extraBottom)));
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            m_chart->setMargins(margins);
        }
    }

private:
    // QChartView sizes its chart only when it is resized itself, and keeps the tallest
    // minimum it has seen: its minimum is its chart's (taller when the rows wrap, shorter for
    // the next chart), and the chart fits it, never cut at the bottom.
    void fitViews()
    {
        QGraphicsScene *scene = m_chart->scene();
        if (!scene)
            return;
        const auto views = scene->views();
        for (QGraphicsView *view : views) {
            const int need = int(std::ceil(m_chart->minimumHeight())) + 2 * view->frameWidth();
            if (view->minimumHeight() != need)
                view->setMinimumHeight(need);
            const qreal fit = std::max<qreal>(m_chart->minimumHeight(), view->viewport()->height());
            if (m_chart->size().height() > fit + 0.5)
                m_chart->resize(m_chart->size().width(), fit);
        }
    }

    qreal plotRoom(qsizetype lines) const
    {
        return std::max<qreal>(220, m_rows > 0 ? m_rows * (m_categoryLine * qreal(lines) + 4) + 140 : 0);
    }

    QChart *m_chart;
    QFont m_font;
    QMargins m_baseMargins;
    int m_rows = 0;
    qreal m_categoryLine = 0;
    qreal m_extraBottom = 0;
    qreal m_plotRoom = 0;
    qreal m_lineHeight = 0;
    QList<qreal> m_widths;
    QList<ChartLegendItem *> m_items;
};

// Each pass moves the margins by what is missing (or spare) on either side; the plot's next
// change runs it again, until nothing moves by a pixel. The names left of the plot take at
// most CategoryShare of the width (wrapped beyond), the labels right of the bars at most
// ValueLabelShare (wrapped beyond): neither is cut.
void LabelOverlay::fitMargins(const QList<QPointF> &at, const QList<LabelRequest> &requests, const QList<qreal> &fullWidths)
{
    const qreal width = m_chart->size().width();
    if (m_chart->size() != m_fittedSize) {
        m_fittedSize = m_chart->size();
        m_passes = 0;
    }
    if (++m_passes > 10) // settled within a pixel or two long before: never loop on a rounding
        return;
    const QRectF plot = m_chart->plotArea();
    fitValueAxis(plot.width());
    const QFontMetricsF title(pixelFont(13, true));
    const qreal besides = AxisLabelRoom + 8 + (m_axisTitle ? title.height() + 8 : 0);
    const qreal neededLeft = wrapCategories(width, besides) + besides;
    qreal rightmost = plot.right();
    for (qsizetype i = 0; i < at.size(); ++i)
        rightmost = std::max(rightmost, at.at(i).x() + std::max(fullWidths.at(i), requests.at(i).size.width()) + BarLabelRoom);
    QMargins margins = m_chart->margins();
    int left = std::max(m_baseMargins.left(), int(std::ceil(margins.left() + neededLeft - plot.left())));
    int right = std::max(m_baseMargins.right(), int(std::ceil(margins.right() + rightmost - width)));
    right = std::min(right, std::max(m_baseMargins.right(), int(ValueLabelShare * width)));
    // A chart too narrow even for that keeps a plot (margins wider than the chart leave Qt
    // Charts none).
    const qreal room = width - std::min(MinimumPlotWidth, PlotShare * width);
    if (left + right > room) {
        const qreal scale = std::max<qreal>(0, room) / (left + right);
        left = std::max(m_baseMargins.left(), int(left * scale));
        right = std::max(m_baseMargins.right(), int(right * scale));
    }
    if (m_legend)
        m_legend->setRowLines(std::max(m_labelLines, m_rowNameLines));
    if (std::abs(left - margins.left()) < 2 && std::abs(right - margins.right()) < 2)
        return;
    margins.setLeft(left);
    margins.setRight(right);
    m_chart->setMargins(margins);
}

// The row names at this width (ChartStyle::categoryLines, as files have them), as the axis's
// rich text, each line escaped; returns the widest line.
qreal LabelOverlay::wrapCategories(qreal width, qreal besides)
{
    const QList<QStringList> lines = categoryLines(m_font, m_categories, width, besides);
    const QFontMetricsF metrics(m_font);
    QStringList shown;
    qreal widest = 0;
    m_rowNameLines = 1;
    for (const QStringList &name : lines) {
        QStringList escaped;
        for (const QString &line : name) {
            widest = std::max(widest, textSize(metrics, line).width());
            escaped.append(Html::escape(line));
        }
        m_rowNameLines = std::max(m_rowNameLines, name.size());
        shown.append(escaped.join(QStringLiteral("<br>")));
    }
    if (m_categoryAxis && m_categoryAxis->categories() != shown) {
        m_categoryAxis->clear();
        m_categoryAxis->append(shown);
    }
    return widest;
}

// The value axis within the plot's width: its title wrapped (the unit whole), and as many of
// the spec's ticks as have room side by side (every second, every fourth, ... : the same values).
void LabelOverlay::fitValueAxis(qreal plotWidth)
{
    plotWidth -= 16; // Qt Charts' title and labels keep a little inside the axis's length
    if (!m_valueAxis || plotWidth <= 0)
        return;
    if (!m_wrappedAxisTitle && !m_values.title.isEmpty()) // once the axis has the chart's theme
        m_wrappedAxisTitle = wrappedTextItem(m_chart, m_values.title, m_valueAxis->titleFont(), m_valueAxis->titleBrush().color());
    if (m_wrappedAxisTitle) {
        // Qt Charts keeps an axis title to one line within the plot's width, and elides it: a
        // longer one is drawn here instead, across the chart, between the ticks and the legend.
        // (Qt Charts measures a Chinese line a little wider than its font's metrics say.)
        const bool fits = textSize(QFontMetricsF(m_valueAxis->titleFont()), m_values.title).width() * 1.1 <= plotWidth;
        if (m_valueAxis->isTitleVisible() != fits)
            m_valueAxis->setTitleVisible(fits);
        m_wrappedAxisTitle->setVisible(!fits);
        constexpr qreal inset = 8;
        m_wrappedAxisTitle->setTextWidth(std::max<qreal>(1, m_chart->size().width() - 2 * inset));
        if (m_legend)
            m_legend->setExtraBottom(fits ? 0 : std::ceil(m_wrappedAxisTitle->boundingRect().height()) + 4);
        m_wrappedAxisTitle->setPos(inset, m_chart->size().height() - m_chart->margins().bottom() + 2);
    }
    const QList<ChartSpec::Tick> ticks = m_values.majorTicks();
    const int all = int(std::max<qsizetype>(2, ticks.size()));
    QStringList texts;
    for (const ChartSpec::Tick &t : ticks)
        texts.append(t.text);
    const qreal step = widestText(QFontMetricsF(m_font), texts) + 12;
    const int fit = int(plotWidth / std::max<qreal>(step, 1)) + 1;
    int count = 2;
    for (int k = all; k > 2; --k) {
        if ((all - 1) % (k - 1) == 0 && k <= fit) {
            count = k;
            break;
        }
    }
    if (m_valueAxis->tickCount() != count)
        m_valueAxis->setTickCount(count);
}

// The chart's title across the chart's whole width, wrapped onto more lines when it needs
// them (Qt Charts sets it within the margins that make room for the row names and labels,
// and elides it there: "The doc..."). QChart::title() keeps the text; its own item is hidden.
class TitleOverlay : public QObject
{
public:
    TitleOverlay(QChart *chart, const QString &title)
        : QObject(chart), m_chart(chart), m_baseTop(chart->margins().top())
    {
        const auto children = chart->childItems();
        for (QGraphicsItem *child : children) {
            if (auto *own = dynamic_cast<QGraphicsTextItem *>(child))
                own->hide(); // Qt Charts' title: no room is kept for a hidden one
        }
        if (title.isEmpty())
            return;
        m_item = wrappedTextItem(chart, title, chart->titleFont(), chart->titleBrush().color());
        connect(chart, &QGraphicsWidget::geometryChanged, this, &TitleOverlay::place);
    }

    void place()
    {
        const qreal width = m_chart->size().width();
        if (!m_item || width <= 0)
            return;
        const QMargins margins = m_chart->margins();
        m_item->setTextWidth(std::max<qreal>(1, width - 2 * Inset));
        m_item->setPos(Inset, m_baseTop);
        const int top = m_baseTop + int(std::ceil(m_item->boundingRect().height())) + 2;
        if (margins.top() != top) {
            QMargins changed = margins;
            changed.setTop(top);
            m_chart->setMargins(changed);
        }
    }

private:
    static constexpr qreal Inset = 8;
    QChart *m_chart;
    int m_baseTop;
    QGraphicsTextItem *m_item = nullptr;
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

// spec: escaped for Qt Charts; given: as written (the row names and value axis wrap from it).
void buildBars(QChart *qc, const ChartSpec &spec, const ChartSpec &given, LabelOverlay *overlay, LegendOverlay *legend)
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
    QStringList categories, written;
    for (int i = n - 1; i >= 0; --i) {
        categories.append(spec.categories.at(i));
        written.append(given.categories.at(i));
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, spec.y.title);
    categoryAxis->setGridLineVisible(false);
    // Qt Charts elides a label taller than its row as it measures it (with the text item's
    // margins), which cuts a CJK font's taller line to "DeepSeek-V3 · ..." though it fits.
    categoryAxis->setTruncateLabels(false);
    QAbstractAxis *values = valueAxis(spec.x);
    overlay->keepInside(written, !spec.y.title.isEmpty(), categoryAxis, values, given.x, legend);
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
    // The dataset's words as written: the legend and the title draw plain text.
    auto *legend = new LegendOverlay(qc, given);
    new TitleOverlay(qc, given.title);
    if (spec.bars())
        buildBars(qc, spec, given, overlay, legend);
    else
        buildPoints(qc, spec, overlay, dark);
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
