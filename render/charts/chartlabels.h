#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

// Where a chart's value labels go, in pixels: the same placement for the Charts tab (Qt
// Charts) and for files and the report (ChartPainter).
namespace ChartStyle {

// Each label takes the first free place around its anchor: beside a point (then above,
// below, further out), right of a bar's end, along a line. Free means inside the plot, on
// no marker and no other label, and, where possible, across no line.
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

// A line of text's size as it is set: a CJK fallback font's line is taller, and may be wider,
// than the font's own metrics say.
QSizeF textSize(const QFontMetricsF &metrics, const QString &text);
// Room, in both backends: between the labels left of the plot and the plot (the tick and a
// gap), and right of a bar's end for its value label (the gap and the chart's edge).
constexpr qreal AxisLabelRoom = 8;
constexpr qreal BarLabelRoom = 11;
qreal widestText(const QFontMetricsF &metrics, const QStringList &texts);

// A text broken into lines no wider than width: at spaces, or within a word wider than that.
QStringList wrapText(const QFont &font, const QString &text, qreal width);
// A bar chart's row names left of its plot take at most this share of the chart's width: on a
// narrower chart the names wider than that wrap, so the plot and its value labels keep room.
constexpr qreal CategoryShare = 0.4;
// Each row name's lines as drawn at chartWidth: each whole on one line while the widest fits
// in CategoryShare of the width less `besides` (the axis title's band and the gaps beside the
// names), as files always have them; else wrapped to that.
QList<QStringList> categoryLines(const QFont &font, const QStringList &categories, qreal chartWidth, qreal besides);

} // namespace ChartStyle
