#include "app/charts/chartrenderer.h"

#include "core/export/atomicfile.h"
#include "render/charts/chartpainter.h"
#include "render/pdf/pdfwriter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QCategoryAxis>
#include <QLocale>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

constexpr int LogicalWidth = 1000;
constexpr int ChartHeight = 600;
constexpr int Margin = 16;

// Value labels beside bars and points, as children of the chart so that they move with
// it and are drawn wherever the chart is. Each label takes the first free place around
// its point, so labels do not overlap one another.
class LabelOverlay : public QObject
{
public:
    struct Label
    {
        QPointer<QAbstractSeries> series;
        QPointF value;
        QString text;
        bool bar = false; // to the right of a horizontal bar's end
        bool gap = false; // a missing value's note
        QPointF valueEnd; // a reference line's other end (if not null, the label sits on the line)
    };

    LabelOverlay(QChart *chart, bool dark)
        : QObject(chart), m_chart(chart), m_dark(dark), m_font(pixelFont(12)), m_gapFont(m_font)
    {
        m_gapFont.setItalic(true);
        connect(chart, &QChart::plotAreaChanged, this, &LabelOverlay::place);
    }

    void add(const Label &label)
    {
        auto *item = new QGraphicsSimpleTextItem(label.text, m_chart);
        // One font for all the labels: they share its metrics, looked up once.
        item->setFont(label.gap ? m_gapFont : m_font);
        item->setBrush(m_dark ? QColor(230, 230, 230) : QColor(30, 30, 30));
        item->setZValue(20);
        auto *leader = new QGraphicsLineItem(m_chart);
        leader->setPen(leaderPen(m_dark));
        leader->setZValue(19);
        leader->hide();
        m_labels.append(label);
        m_items.append(item);
        m_leaders.append(leader);
    }

    // A line series that labels should not cross (a ladder, the diagonal, a reference line).
    void avoid(QXYSeries *line) { m_lines.append(line); }

    void place()
    {
        // Markers are taken first, so no label covers a point.
        QList<QRectF> taken;
        QList<LabelRequest> requests;
        QList<qsizetype> shown;
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const Label &l = m_labels.at(i);
            if (!l.series || !l.series->isVisible()) {
                m_items.at(i)->hide();
                continue;
            }
            const QPointF p = m_chart->mapToPosition(l.value, l.series);
            if (!l.bar)
                taken.append(QRectF(p.x() - 6, p.y() - 6, 12, 12));
            LabelRequest r;
            r.kind = l.bar ? LabelRequest::Bar : l.valueEnd.isNull() ? LabelRequest::Point : LabelRequest::Line;
            r.anchor = p;
            if (r.kind == LabelRequest::Line)
                r.lineEnd = m_chart->mapToPosition(l.valueEnd, l.series);
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
    }

private:
    QChart *m_chart;
    bool m_dark;
    QFont m_font;
    QFont m_gapFont;
    QList<Label> m_labels;
    QList<QGraphicsSimpleTextItem *> m_items;
    QList<QGraphicsLineItem *> m_leaders;
    QList<QPointer<QXYSeries>> m_lines;
};

void styleAxis(QAbstractAxis *axis, bool dark, const QString &title)
{
    axis->setLabelsFont(pixelFont(12));
    axis->setTitleFont(pixelFont(13, true));
    axis->setTitleText(title);
    axis->setTitleVisible(!title.isEmpty());
    Q_UNUSED(dark)
}

QAbstractAxis *valueAxis(bool log, double minValue, double maxValue, bool dark, const QString &title,
                         bool percent = false)
{
    if (log) {
        auto *axis = new QLogValueAxis;
        const double lo = std::pow(10.0, std::floor(std::log10(std::max(minValue, 1e-9)) - 0.01));
        const double hi = std::pow(10.0, std::ceil(std::log10(std::max(maxValue, 1e-9)) + 0.01));
        axis->setRange(lo, hi);
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        styleAxis(axis, dark, title);
        return axis;
    }
    auto *axis = new QValueAxis;
    axis->setRange(std::min(0.0, minValue), maxValue <= 0 ? 1 : maxValue);
    axis->applyNiceNumbers();
    if (percent && maxValue <= 100 && axis->max() > 100)
        axis->setMax(100);
    axis->setLabelFormat(QStringLiteral("%g"));
    styleAxis(axis, dark, title);
    return axis;
}

void tagSeries(QObject *o, const ChartSeriesData &s, const QStringList &tooltips)
{
    o->setProperty("versusFamily", s.family);
    o->setProperty("versusTooltips", tooltips);
}

void buildBars(QChart *qc, const Dataset &d, const ChartData &data, bool dark, LabelOverlay *overlay)
{
    const int n = int(data.categories.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(n < 5 ? 0.72 * std::max(n, 1) / 5.0 : 0.72); // few rows: bars stay bar-shaped
    // Rows run top to bottom as listed: the category axis runs bottom to top.
    auto row = [n](double index) { return n - 1 - int(index); };
    double maxValue = 0;
    for (const ChartSeriesData &s : data.series) {
        auto *set = new QBarSet(s.name);
        QList<qreal> values(n, 0.0);
        QStringList tooltips(n);
        for (const ChartPoint &p : s.points) {
            values[row(p.x)] = p.y;
            tooltips[row(p.x)] = p.tooltip;
            maxValue = std::max(maxValue, p.y);
        }
        set->append(values);
        QBrush brush;
        QPen pen;
        seriesStyle(d, s, dark, &brush, &pen);
        set->setBrush(brush);
        set->setPen(pen);
        tagSeries(set, s, tooltips);
        series->append(set);
    }
    qc->addSeries(series);
    QStringList categories;
    for (int i = n - 1; i >= 0; --i)
        categories.append(data.categories.at(i));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, dark, QString());
    categoryAxis->setGridLineVisible(false);
    // Qt Charts elides a label taller than its row as it measures it (with the text item's
    // margins), which cuts a CJK font's taller line to "DeepSeek-V3 · ..." though it fits.
    categoryAxis->setTruncateLabels(false);
    auto *values = static_cast<QValueAxis *>(valueAxis(false, 0, maxValue * 1.02, dark, data.xTitle, data.percent));
    // Room right of the plot for the labels of the longest bars (a plot about 600 px wide).
    const QFontMetricsF metrics(pixelFont(12));
    qreal overhang = 0;
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points)
            overhang = std::max(overhang, metrics.horizontalAdvance(p.label) + 8 - (values->max() - p.y) / values->max() * 600);
    }
    QMargins margins = qc->margins();
    margins.setRight(int(std::max<qreal>(margins.right(), overhang + 8)));
    qc->setMargins(margins);
    qc->addAxis(values, Qt::AlignBottom);
    qc->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categoryAxis);
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points)
            overlay->add({series, QPointF(p.y, row(p.x) + 0.0), p.label, true, false, QPointF()});
    }
    for (int i = 0; i < n && i < data.gapLabels.size(); ++i) {
        if (!data.gapLabels.at(i).isEmpty())
            overlay->add({series, QPointF(0, row(i)), data.gapLabels.at(i), true, true, QPointF()});
    }
}

// A line without a legend entry (its points carry the entry).
QLineSeries *addLine(QChart *qc, LabelOverlay *overlay, const QList<QPointF> &points, const QPen &pen, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    auto *line = new QLineSeries;
    line->append(points);
    line->setPen(pen);
    qc->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    overlay->avoid(line);
    const auto markers = qc->legend()->markers(line);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
    return line;
}

void buildPoints(QChart *qc, const Dataset &d, const ChartData &data, bool dark, LabelOverlay *overlay)
{
    const auto [minX, maxX, minY, maxY] = data.extent();
    QAbstractAxis *xAxis = nullptr;
    if (data.shape == ChartData::Shape::Timeline) {
        const QList<double> ticks = data.quarterTicks();
        auto *axis = new QCategoryAxis;
        axis->setRange(ticks.first(), ticks.last());
        axis->setStartValue(ticks.first());
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (const double tick : ticks)
            axis->append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(tick), Qt::UTC).date(), QStringLiteral("yyyy-MM")), tick);
        styleAxis(axis, dark, data.xTitle);
        xAxis = axis;
    } else if (data.shape == ChartData::Shape::Lines) {
        auto *axis = new QValueAxis;
        axis->setRange(0.5, maxX + 1.5);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(1);
        axis->setTickInterval(1);
        axis->setLabelFormat(QStringLiteral("%d"));
        styleAxis(axis, dark, data.xTitle);
        xAxis = axis;
    } else {
        xAxis = data.xLog ? valueAxis(true, minX, maxX, dark, data.xTitle)
                          : valueAxis(false, 0, maxX * 1.15, dark, data.xTitle);
    }
    QAbstractAxis *yAxis = data.yLog ? valueAxis(true, minY, maxY, dark, data.yTitle)
                                     : valueAxis(false, 0, maxY * 1.05, dark, data.yTitle, data.percent);
    qc->addAxis(xAxis, Qt::AlignBottom);
    qc->addAxis(yAxis, Qt::AlignLeft);
    // Minor lines of a log axis fainter than the major ones (after the theme has set them).
    for (QAbstractAxis *axis : {xAxis, yAxis}) {
        if (axis->type() == QAbstractAxis::AxisTypeLogValue)
            axis->setMinorGridLinePen(QPen(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22), 1));
    }

    static const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle,
                                                         QScatterSeries::MarkerShapeRectangle,
                                                         QScatterSeries::MarkerShapeTriangle,
                                                         QScatterSeries::MarkerShapePentagon,
                                                         QScatterSeries::MarkerShapeStar};
    QStringList families;
    for (const ChartSeriesData &s : data.series) {
        if (!families.contains(s.family))
            families.append(s.family);
        const int familyIndex = int(families.indexOf(s.family));
        QBrush brush;
        QPen pen;
        seriesStyle(d, s, dark, &brush, &pen);
        if (data.shape == ChartData::Shape::Lines) {
            QList<QPointF> points;
            for (const ChartPoint &p : s.points)
                points.append(QPointF(p.x, p.y));
            addLine(qc, overlay, points, QPen(familyColor(d, s.family, dark), 2), xAxis, yAxis);
        }
        auto *scatter = new QScatterSeries;
        scatter->setName(s.name);
        scatter->setMarkerShape(shapes[familyIndex % 5]);
        scatter->setMarkerSize(s.mode == QLatin1String("non-thinking") ? 11 : 13);
        scatter->setBrush(brush);
        scatter->setPen(pen);
        QStringList tooltips;
        for (const ChartPoint &p : s.points) {
            scatter->append(p.x, p.y);
            tooltips.append(p.tooltip);
        }
        tagSeries(scatter, s, tooltips);
        qc->addSeries(scatter);
        scatter->attachAxis(xAxis);
        scatter->attachAxis(yAxis);
        for (const ChartPoint &p : s.points)
            overlay->add({scatter, QPointF(p.x, p.y), p.label, false, false, QPointF()});
    }
    if (!data.diagonal.isEmpty()) {
        // Across the whole plot: from where both axes have begun to where the first ends.
        auto range = [](QAbstractAxis *axis) {
            if (auto *log = qobject_cast<QLogValueAxis *>(axis))
                return std::make_pair(log->min(), log->max());
            auto *linear = static_cast<QValueAxis *>(axis);
            return std::make_pair(linear->min(), linear->max());
        };
        const auto [x0, x1] = range(xAxis);
        const auto [y0, y1] = range(yAxis);
        const double lo = std::max({x0, y0, 1e-9}), hi = std::min(x1, y1);
        QLineSeries *line = addLine(qc, overlay, {QPointF(lo, lo), QPointF(hi, hi)},
                                    QPen(dark ? QColor(200, 200, 200) : QColor(90, 90, 90), 1, Qt::DashLine), xAxis, yAxis);
        overlay->add({line, QPointF(hi, hi), data.diagonal, false, false, QPointF()});
    }
    for (const ChartReferenceLine &ref : data.referenceLines) {
        const double x0 = data.shape == ChartData::Shape::Lines ? 0.5 : minX;
        const double x1 = data.shape == ChartData::Shape::Lines ? maxX + 1.5 : maxX;
        QLineSeries *line = addLine(qc, overlay, {QPointF(x0, ref.y), QPointF(x1, ref.y)},
                                    QPen(dark ? QColor(200, 200, 200) : QColor(90, 90, 90), 1.5, Qt::DashLine), xAxis, yAxis);
        line->setName(ref.label);
        overlay->add({line, QPointF(x0, ref.y), ref.label, false, false, QPointF(x1, ref.y)});
    }
}

QStringList footnotesOf(const ChartData &data)
{
    return data.footnotes;
}

// The layout of paint(): title block, chart, footnotes, at a logical width.
struct PageLayout
{
    QRectF title, subtitle, chart, notes;
    qreal height = 0;
};

PageLayout layoutPage(const ChartData &data, qreal width, qreal height)
{
    PageLayout l;
    const qreal inner = width - 2 * Margin;
    const QRectF big(0, 0, inner, 100000);
    const QRectF t = data.title.isEmpty() ? QRectF()
                                          : QFontMetricsF(printFont(22, true)).boundingRect(big, Qt::TextWordWrap, data.title);
    const QRectF s = data.subtitle.isEmpty() ? QRectF()
                                             : QFontMetricsF(printFont(14)).boundingRect(big, Qt::TextWordWrap, data.subtitle);
    const QRectF n = QFontMetricsF(printFont(12)).boundingRect(big, Qt::TextWordWrap,
                                                               footnotesOf(data).join(QLatin1Char('\n')));
    qreal y = Margin;
    l.title = QRectF(Margin, y, inner, t.height());
    y += t.height() + 4;
    l.subtitle = QRectF(Margin, y, inner, s.height());
    y += s.height() + 6;
    const qreal notesHeight = n.height() + 6;
    const qreal chartHeight = height > 0 ? std::max<qreal>(200, height - y - notesHeight - Margin) : ChartHeight;
    l.chart = QRectF(0, y, width, chartHeight);
    y += chartHeight + 6;
    l.notes = QRectF(Margin, y, inner, n.height());
    l.height = y + n.height() + Margin;
    return l;
}

QChart *createChart(const Dataset &dataset, const ChartData &data, const Chart &chart, const ChartOptions &options)
{
    const bool dark = options.darkPalette;
    auto *qc = new QChart;
    qc->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    qc->setDropShadowEnabled(false);
    qc->setBackgroundRoundness(0);
    qc->setTitle(data.title);
    qc->setTitleFont(pixelFont(18, true));
    qc->legend()->setFont(pixelFont(12));
    qc->legend()->setAlignment(Qt::AlignBottom);
    qc->legend()->setShowToolTips(true);
    qc->setProperty("versusChartId", chart.id);
    auto *overlay = new LabelOverlay(qc, dark);
    if (data.shape == ChartData::Shape::Bars)
        buildBars(qc, dataset, data, dark, overlay);
    else
        buildPoints(qc, dataset, data, dark, overlay);
    // Legend markers take the series' marker shape: a family reads by shape, not only colour.
    const auto markers = qc->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (m->type() == QLegendMarker::LegendMarkerTypeXY && qobject_cast<QScatterSeries *>(m->series()))
            m->setShape(QLegend::MarkerShapeFromSeries);
    }
    return qc;
}

// Files and pages are white: the light palette, whatever the screen's.
ChartOptions onPaper(ChartOptions options)
{
    options.darkPalette = false;
    return options;
}

} // namespace

QChart *ChartRenderer::create(const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    return createChart(dataset, ChartData::build(dataset, chart, options), chart, options);
}

QSize ChartRenderer::naturalSize(const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    const PageLayout l = layoutPage(ChartData::build(dataset, chart, onPaper(options)), LogicalWidth, 0);
    return QSize(LogicalWidth, int(std::ceil(l.height)));
}

namespace {

// The logical width paint() lays a chart out at for target, and the chart's part of it: at
// least LogicalWidth px; wider when the target is flat, so that the chart keeps a useful
// height and each of its labels a line.
std::pair<PageLayout, ChartPainter> layoutFor(const Dataset &dataset, const ChartData &data, const QSizeF &target,
                                              qreal *logicalWidth)
{
    qreal width = LogicalWidth;
    for (;;) {
        const qreal scale = target.width() / width;
        PageLayout l = layoutPage(data, width, target.height() / scale);
        ChartPainter drawing(dataset, data, l.chart.size());
        if ((l.chart.height() >= 0.45 * ChartHeight && l.chart.height() >= drawing.minimumHeight()) || width > 4 * LogicalWidth) {
            *logicalWidth = width;
            return {l, drawing};
        }
        width *= 1.25;
    }
}

} // namespace

QSizeF ChartRenderer::drawingSize(const Dataset &dataset, const Chart &chart, const QSizeF &target, const ChartOptions &options)
{
    qreal width = 0;
    return layoutFor(dataset, ChartData::build(dataset, chart, onPaper(options)), target, &width).first.chart.size();
}

void ChartRenderer::paint(const Dataset &dataset, const Chart &chart, QPainter *painter, const QRectF &target,
                          const ChartOptions &options)
{
    if (!painter || target.isEmpty())
        return;
    const ChartData data = ChartData::build(dataset, chart, onPaper(options));
    qreal width = 0;
    const auto [l, drawing] = layoutFor(dataset, data, target.size(), &width);
    const qreal scale = target.width() / width;
    const qreal height = target.height() / scale;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->fillRect(QRectF(0, 0, width, height), Qt::white);
    painter->setPen(Qt::black);
    painter->setFont(printFont(22, true));
    painter->drawText(l.title, Qt::TextWordWrap, data.title);
    painter->setFont(printFont(14));
    painter->setPen(QColor(60, 60, 60));
    painter->drawText(l.subtitle, Qt::TextWordWrap, data.subtitle);
    painter->save();
    painter->translate(l.chart.topLeft());
    drawing.draw(painter);
    painter->restore();
    painter->setFont(printFont(12));
    painter->setPen(QColor(40, 40, 40));
    painter->drawText(l.notes, Qt::TextWordWrap, footnotesOf(data).join(QLatin1Char('\n')));
    painter->restore();
}

bool ChartRenderer::exportTo(const Dataset &dataset, const QString &chartId, const QString &outPath, QString *error,
                             QSize pngSize, const ChartOptions &options)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Chart *chart = dataset.chart(chartId);
    if (!chart)
        return fail(tr("there is no chart \"%1\"").arg(chartId));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(tr("%1: cannot tell the format; the file name must end in .pdf, .svg or .png").arg(outPath));
    if (suffix == QLatin1String("png") && !pngSize.isEmpty()
        && (pngSize.width() > 20000 || pngSize.height() > 20000))
        return fail(tr("%1 × %2 pixels is too large for a PNG (at most 20000 × 20000)").arg(pngSize.width()).arg(pngSize.height()));
    const QSize natural = naturalSize(dataset, *chart, options);
    AtomicFile file(outPath);
    QString message;
    if (!file.open(&message))
        return fail(message);
    const QString title = chart->title.text();
    if (suffix == QLatin1String("pdf")) {
        PdfWriter::Setup setup;
        setup.title = title;
        setup.resolution = 600;
        // One page the shape of the chart, 1 logical pixel = 0.75 pt.
        setup.pageSize = QPageSize(QSizeF(natural) * 0.75, QPageSize::Point, title, QPageSize::ExactMatch);
        const auto draw = [&](QPdfWriter *writer, QString *why) {
            QPainter painter;
            if (!painter.begin(writer)) {
                *why = tr("%1: cannot write a PDF").arg(outPath);
                return false;
            }
            paint(dataset, *chart, &painter, QRectF(0, 0, writer->width(), writer->height()), options);
            return painter.end();
        };
        if (!PdfWriter::write(file.device(), setup, draw, &message))
            return fail(message);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(natural);
        svg.setViewBox(QRect(QPoint(0, 0), natural));
        svg.setTitle(title);
        svg.setDescription(chart->subtitle.text());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("%1: cannot write an SVG").arg(outPath));
        paint(dataset, *chart, &painter, QRectF(QPointF(0, 0), natural), options);
        painter.end();
    } else {
        const QSize size = pngSize.isEmpty() ? natural * 2 : pngSize;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(dataset, *chart, &painter, QRectF(QPointF(0, 0), size), options);
        painter.end();
        if (!image.save(file.device(), "PNG"))
            return fail(tr("%1: the PNG image could not be written").arg(outPath));
    }
    return file.commit(error);
}
