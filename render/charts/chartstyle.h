#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QString>

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

} // namespace ChartStyle
