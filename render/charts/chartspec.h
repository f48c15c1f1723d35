#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"
#include "render/charts/chartlabels.h"
#include "render/charts/chartstyle.h"

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QPolygonF>
#include <QPointF>
#include <QString>
#include <QStringList>

// A chart specified once, from its ChartData, for the two backends that draw it: the Charts
// tab's Qt Charts objects (app/charts/chartrenderer) and ChartPainter (files and the report).
// It holds all that does not depend on pixels: the points that can be drawn, the scales and
// their ticks, the series with their colours and markers, the bars as stacked, the guide
// lines, the value labels with what they are anchored to, the legend and the notes. Where
// things go in pixels is each backend's (both place labels with ChartStyle::placeLabels).
// A new chart kind is written here once.
class ChartSpec
{
public:
    struct Tick
    {
        double value = 0;
        QString text;
        bool minor = false; // a log scale's 2..9 between decades: a grid line without a label
    };
    struct Axis
    {
        double min = 0, max = 1;
        bool log = false;
        int base = 10;     // log: a labelled tick at each power of this
        QString suffix;    // after each labelled tick's number ("K")
        QList<Tick> ticks; // in order, minor ones among them
        QString title;
        // Where v lies from min (0) to max (1).
        double fraction(double v) const;
        QList<Tick> majorTicks() const;
    };
    struct Series
    {
        QString name;
        QString family;
        QString mode;
        QBrush brush; // bars and markers, and their legend entry
        QPen pen;
        ChartStyle::Marker marker = ChartStyle::Marker::Circle; // points: by family
        qreal markerSize = 13;                                  // points: smaller for non-thinking
        QPen linePen = QPen(Qt::NoPen);                         // Lines: the line through its points
        QList<ChartPoint> points;                               // bars: x is the row, top to bottom
    };
    // A bar, stacked on the bars before it in its row.
    struct Bar
    {
        int series = 0;
        int point = 0;
        int row = 0;
        double from = 0, to = 0;
    };
    // A dashed line in values: the diagonal y = x, or a reference line.
    struct Guide
    {
        QPointF from, to;
        QPen pen;
        QString label;
        bool reference = false;
    };
    struct Label
    {
        ChartStyle::LabelRequest::Kind kind = ChartStyle::LabelRequest::Point;
        QString text;
        bool gap = false; // a missing value's note, in italics
        QPointF at;       // in values: bars (value, row), otherwise (x, y)
        QPointF end;      // Line: the line's other end
        int series = -1;  // the series it belongs to (bars: -1 for a gap's note) ...
        int guide = -1;   // ... or the guide line
    };
    struct LegendEntry
    {
        QString name;
        QString family;
        QBrush brush;
        QPen pen;
        ChartStyle::Marker marker = ChartStyle::Marker::Circle;
        bool bar = false;
    };

    // dark: family colours and guides for a dark palette (files and pages are light).
    ChartSpec(const Dataset &dataset, const ChartData &data, bool dark = false);

    bool bars() const { return shape == ChartData::Shape::Bars; }
    int rows() const { return int(categories.size()); }

    ChartData::Shape shape = ChartData::Shape::Bars;
    QString title;
    QString subtitle;
    QStringList notes;
    QStringList categories; // bars: the rows, top to bottom
    qreal barWidth = 0.72;  // bars: of a row's height
    Axis x, y;              // bars: x is the value axis, y has no ticks
    QList<Series> series;
    QList<Bar> barList;
    QList<Guide> guides;  // the diagonal first, then the reference lines
    // In values: the region no point beats on both axes (ChartData::frontier), drawn under
    // the points; empty: none.
    QPolygonF shade;
    QBrush shadeBrush;
    QList<Label> labels;  // in the order they are placed
    QList<LegendEntry> legend;
    bool dark = false;      // built for a dark palette
    QColor valueTextColor;

private:
    void addSeries(const Dataset &dataset, const ChartData &data);
    void addScales(const ChartData &data);
    void addBars(const ChartData &data);
    void addGuides(const ChartData &data);
    void addShade(const ChartData &data);
};
