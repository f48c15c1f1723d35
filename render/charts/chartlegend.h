#pragma once

#include "render/charts/chartstyle.h"

#include <QList>
#include <QPolygonF>
#include <QPointF>
#include <QRectF>

#include <functional>

// Where a chart's legend entries go, in pixels: the same layout for the Charts tab (Qt
// Charts' own legend elides a name that does not fit its one row, so the tab draws this one)
// and for files and the report (ChartPainter).
namespace ChartStyle {

constexpr qreal LegendMarkerSize = 12;

// Entries (a marker, then the name) side by side, centred, in as many rows as the width
// needs; a name wider than the whole width wraps onto more lines. In the legend's own
// coordinates: its top left is (0, 0), its width the chart's.
struct LegendLayout
{
    struct Entry
    {
        QPointF marker; // the marker's centre
        QRectF text;    // the name's box
        bool wrapped = false; // the name wraps within its box (set it with Qt::TextWordWrap)
    };
    QList<Entry> entries;
    qreal height = 0; // 0 for no entry
};
// textWidths: each name's width on one line; lineHeight: the tallest line; width: the
// chart's; wrappedHeight(i, w): name i's height wrapped to w (asked only for a name wider
// than the room).
LegendLayout layOutLegend(const QList<qreal> &textWidths, qreal lineHeight, qreal width,
                          const std::function<qreal(qsizetype, qreal)> &wrappedHeight);

// A legend entry's marker: a bar's square (a little smaller), or its series' marker shape.
struct LegendMarkerShape
{
    enum Kind { Rect, Ellipse, Polygon } kind = Rect;
    QPolygonF points; // Rect, Ellipse: the box's top left and bottom right corners
};
LegendMarkerShape legendMarker(Marker marker, bool bar, const QPointF &centre);

} // namespace ChartStyle
