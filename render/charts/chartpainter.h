#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

// How the charts look, wherever they are drawn (Qt Charts on screen, QPainter in files).
namespace ChartStyle {

// Fonts in pixels, so a chart lays out the same on any device. Shaping only where the
// script needs it: charts are mostly short Latin labels.
QFont pixelFont(int pixels, bool bold = false);
// The same for files and print: no hinting (glyphs at their designed shapes, scaled freely;
// and the font's bytecode is not run for every size).
QFont printFont(int pixels, bool bold = false);
QColor familyColor(const Dataset &dataset, const QString &familyId, bool dark);
// The fill and outline of a bar or marker: colour by family, a paler tint for the
// non-thinking mode, and the status's style (solid; pale with a border; dashed outline).
void seriesStyle(const Dataset &dataset, const ChartSeriesData &series, bool dark, QBrush *brush, QPen *pen);

enum class Marker { Circle, Square, Triangle, Pentagon, Star };
// A family reads by its marker's shape, not only by colour: one shape per family, in order.
Marker markerOf(int familyIndex);
QPolygonF markerPolygon(Marker marker, const QPointF &centre, qreal size); // not for Circle

// Where value labels go. Each label takes the first free place around its anchor: beside
// a point (then above, below, further out), right of a bar's end, along a line. Free means
// inside the plot, on no marker and no other label, and, where possible, across no line.
struct LabelRequest
{
    enum Kind { Point, Bar, Line };
    Kind kind = Point;
    QPointF anchor;  // the point, the bar's end, or a line's start
    QPointF lineEnd; // Line: the line's other end
    QSizeF size;     // the label's
};
QList<QPointF> placeLabels(const QRectF &plot, const QList<LabelRequest> &labels, QList<QRectF> taken,
                           const QList<QLineF> &lines);
// A point's label placed at `at` that had to move away from its point gets a leader line to
// it, from the marker's edge to the label's nearest edge; a null line when none is needed.
QLineF leaderLine(const LabelRequest &label, const QPointF &at);
QPen leaderPen(bool dark);

} // namespace ChartStyle

// A chart drawn with QPainter alone, from its ChartData: axes and grid, bars, lines and
// markers, value labels and the legend, laid out at a size in logical pixels. Drawing takes
// a few hundred painter calls instead of a Qt Charts scene, so exports and the report are
// fast; the result is vector graphics with text as text, on any paint device and thread.
// It draws what the Charts tab draws with Qt Charts: the same scales, colours, markers,
// labels and legend.
class ChartPainter
{
public:
    struct Text
    {
        QRectF rect; // for a rotated text: the rect before rotation, about its centre
        QString text;
        QFont font;
        QColor color;
        int flags = 0; // Qt::AlignmentFlag | Qt::TextWordWrap
        bool rotated = false; // a quarter turn anticlockwise, about the rect's centre
        enum Role { AxisLabel, AxisTitle, ValueLabel, LegendLabel } role = AxisLabel;
    };
    struct Shape
    {
        enum Kind { Rect, Polyline, Ellipse, Polygon } kind = Rect;
        QPolygonF points; // Rect/Ellipse: its bounding rect's corners (top left, bottom right)
        QPen pen;
        QBrush brush;
        QString key; // a bar or marker: the ChartPoint's key; empty for grid and axes
    };

    ChartPainter(const Dataset &dataset, const ChartData &data, const QSizeF &size);

    // Draws the chart with its top left at the painter's origin. No clip is set: nothing
    // is drawn outside size().
    void draw(QPainter *painter) const;

    QSizeF size() const { return m_size; }
    // The least height at which every label has room (a bar chart: a line per row); drawn
    // lower, labels may touch.
    qreal minimumHeight() const { return m_minimumHeight; }
    QRectF plotArea() const { return m_plot; }
    const QList<Text> &texts() const { return m_texts; }
    const QList<Shape> &shapes() const { return m_shapes; }
    // Where a value is drawn: bars map (value, row); other charts (x, y).
    QPointF position(double x, double y) const;

private:
    struct Scale
    {
        double min = 0, max = 1;
        bool log = false;
        double fraction(double v) const;
    };
    struct Tick
    {
        double value = 0;
        QString text;
        bool minor = false;
    };

    void layOut(const Dataset &dataset, const ChartData &data);
    void scales(const ChartData &data, QList<Tick> *xTicks, QList<Tick> *yTicks);
    void addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags,
                 Text::Role role, bool rotated = false);
    void addShape(Shape::Kind kind, const QPolygonF &points, const QPen &pen, const QBrush &brush = Qt::NoBrush,
                  const QString &key = {});

    QSizeF m_size;
    qreal m_minimumHeight = 0;
    QRectF m_plot;
    bool m_bars = false;
    int m_rows = 0;
    Scale m_x, m_y;
    QList<Text> m_texts;
    QList<Shape> m_shapes;
};
