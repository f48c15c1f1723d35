#include "render/charts/chartstyle.h"

#include <QGuiApplication>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace ChartStyle {

QFont pixelFont(int pixels, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont printFont(int pixels, bool bold)
{
    QFont f = pixelFont(pixels, bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QColor familyColor(const Dataset &d, const QString &familyId, bool dark)
{
    const Family *f = d.family(familyId);
    return f ? f->displayColor(dark) : QColor(Qt::gray);
}

void seriesStyle(const Dataset &d, const ChartSeriesData &s, bool dark, QBrush *brush, QPen *pen)
{
    QColor c = familyColor(d, s.family, dark);
    const QColor border = c;
    if (s.mode == QLatin1String("non-thinking")) {
        const QColor bg = dark ? QColor(Qt::black) : QColor(Qt::white);
        c = QColor::fromRgbF(c.redF() * 0.55f + bg.redF() * 0.45f, c.greenF() * 0.55f + bg.greenF() * 0.45f,
                             c.blueF() * 0.55f + bg.blueF() * 0.45f);
    }
    const int style = s.status.isEmpty() ? 0 : ChartData::statusStyle(d, s.status);
    if (style == 0) {
        *brush = QBrush(c);
        *pen = QPen(c.darker(dark ? 80 : 125), 1);
    } else if (style == 3) {
        *brush = QBrush(c, Qt::BDiagPattern);
        *pen = QPen(border, 2);
    } else if (style == 1) {
        QColor pale = c;
        pale.setAlphaF(0.35f);
        *brush = QBrush(pale);
        *pen = QPen(border, 2);
    } else {
        *brush = Qt::NoBrush;
        *pen = QPen(border, 2, Qt::DashLine);
    }
}

Marker markerOf(int familyIndex)
{
    static const Marker order[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Pentagon, Marker::Star};
    return order[std::max(familyIndex, 0) % 5];
}

QPolygonF markerPolygon(Marker marker, const QPointF &c, qreal size)
{
    const qreal r = size / 2;
    QPolygonF p;
    switch (marker) {
    case Marker::Circle:
    case Marker::Square:
        p << QPointF(c.x() - r, c.y() - r) << QPointF(c.x() + r, c.y() - r) << QPointF(c.x() + r, c.y() + r)
          << QPointF(c.x() - r, c.y() + r);
        break;
    case Marker::Triangle:
        p << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y() + r) << QPointF(c.x() - r, c.y() + r);
        break;
    case Marker::Pentagon:
    case Marker::Star: {
        const int corners = marker == Marker::Star ? 10 : 5;
        for (int i = 0; i < corners; ++i) {
            const qreal radius = marker == Marker::Star && i % 2 ? r * 0.45 : r;
            const qreal angle = -M_PI / 2 + i * 2 * M_PI / corners;
            p << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
        break;
    }
    }
    return p;
}

} // namespace ChartStyle
