#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"
#include "render/charts/chartlegend.h"
#include "render/charts/chartspec.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

// A chart drawn with QPainter alone: the QPainter backend of a ChartSpec (exports and the
// report; the Charts tab draws the same spec with Qt Charts). It lays the spec out at a size
// in logical pixels: axes and grid, bars, lines and markers, value labels and the legend.
// Drawing takes a few hundred painter calls instead of a Qt Charts scene, so exports and the
// report are fast; the result is vector graphics with text as text, on any paint device and
// thread.
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

    // The chart of data in the light palette (files and pages are white).
    ChartPainter(const Dataset &dataset, const ChartData &data, const QSizeF &size);
    ChartPainter(const ChartSpec &spec, const QSizeF &size);

    // Draws the chart with its top left at the painter's origin. No clip is set: nothing
    // is drawn outside size().
    void draw(QPainter *painter) const;

    const ChartSpec &spec() const { return m_spec; }
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
    struct Measures; // the fonts, each text's size, the sizes the layout found
    using Legend = ChartStyle::LegendLayout;
    struct Obstacles // what value labels keep off, in pixels
    {
        QList<QRectF> markers;
        QList<QLineF> lines;
    };

    void layOut();
    void measureTexts(Measures &m) const;
    Legend layOutLegend(Measures &m) const;
    void layOutPlot(Measures &m, const Legend &legend);
    void drawGrid(Measures &m);
    void drawAxisTitles(const Measures &m);
    void drawBars();
    Obstacles drawPoints();
    void drawValueLabels(Measures &m, const Obstacles &obstacles);
    void drawLegend(const Measures &m, const Legend &legend);
    void addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags,
                 Text::Role role, bool rotated = false);
    void addShape(Shape::Kind kind, const QPolygonF &points, const QPen &pen, const QBrush &brush = Qt::NoBrush,
                  const QString &key = {});

    ChartSpec m_spec;
    QSizeF m_size;
    qreal m_minimumHeight = 0;
    QRectF m_plot;
    QList<Text> m_texts;
    QList<Shape> m_shapes;
};
