#include "render/charts/chartlegend.h"

#include <algorithm>

namespace ChartStyle {

namespace {
constexpr qreal MarkerGap = 5; // between a marker and its name
constexpr qreal EntryGap = 20; // between entries in a row
constexpr qreal SideRoom = 32; // the chart's width less this is a row's room
constexpr qreal TopGap = 10;   // above the first row
} // namespace

LegendLayout layOutLegend(const QList<qreal> &textWidths, qreal lineHeight, qreal width,
                          const std::function<qreal(qsizetype, qreal)> &wrappedHeight)
{
    LegendLayout legend;
    if (textWidths.isEmpty())
        return legend;
    const qreal available = width - SideRoom;
    const qreal lead = LegendMarkerSize + MarkerGap;
    const qreal rowHeight = std::max(lineHeight, LegendMarkerSize) + 4;
    // Each entry's width (a name too wide for a row wraps to the row's room), then the rows.
    QList<qreal> widths;
    QList<QList<qsizetype>> rows;
    qreal rowWidth = 0;
    for (qsizetype i = 0; i < textWidths.size(); ++i) {
        widths.append(std::min(lead + textWidths.at(i), std::max(available, lead + 1)));
        if (rows.isEmpty() || (rowWidth + EntryGap + widths.at(i) > available && !rows.last().isEmpty())) {
            rows.append(QList<qsizetype>());
            rowWidth = -EntryGap;
        }
        rows.last().append(i);
        rowWidth += EntryGap + widths.at(i);
    }
    legend.entries.resize(textWidths.size());
    qreal y = TopGap;
    for (const QList<qsizetype> &row : std::as_const(rows)) {
        qreal w = -EntryGap;
        qreal height = rowHeight;
        for (const qsizetype i : row) {
            w += EntryGap + widths.at(i);
            if (lead + textWidths.at(i) > widths.at(i))
                height = std::max(height, wrappedHeight(i, widths.at(i) - lead) + 4);
        }
        qreal x = (width - w) / 2;
        for (const qsizetype i : row) {
            LegendLayout::Entry &e = legend.entries[i];
            e.marker = QPointF(x + LegendMarkerSize / 2, y + rowHeight / 2);
            e.wrapped = lead + textWidths.at(i) > widths.at(i);
            e.text = e.wrapped ? QRectF(x + lead, y + 2, widths.at(i) - lead, height - 4)
                               : QRectF(x + lead, y, widths.at(i) - lead + 1, rowHeight);
            x += widths.at(i) + EntryGap;
        }
        y += height;
    }
    legend.height = y;
    return legend;
}

LegendMarkerShape legendMarker(Marker marker, bool bar, const QPointF &centre)
{
    const qreal size = bar ? LegendMarkerSize - 2 : LegendMarkerSize;
    const QPolygonF box{QPointF(centre.x() - size / 2, centre.y() - size / 2), QPointF(centre.x() + size / 2, centre.y() + size / 2)};
    if (bar || marker == Marker::Square)
        return {LegendMarkerShape::Rect, box};
    if (marker == Marker::Circle)
        return {LegendMarkerShape::Ellipse, box};
    return {LegendMarkerShape::Polygon, markerPolygon(marker, centre, size)};
}

} // namespace ChartStyle
