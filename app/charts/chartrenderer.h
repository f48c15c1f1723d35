#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"
#include "render/charts/chartlegend.h"
#include "render/charts/chartspec.h"

#include <QFont>
#include <QGraphicsObject>

class QChart;
class ChartLegendItem;

// The Qt Charts backend of a ChartSpec, for the Charts tab: the same scales, ticks, series,
// colours, markers, labels and legend that ChartPainter draws into files and the report
// (render/charts/chartexport.h), as Qt Charts objects with hover and legend clicks.
class ChartRenderer
{
public:
    // A new chart (the caller owns it): series coloured by family, styled by status, with
    // value labels, axis titles that say which way is better. Fonts are set in pixels, so
    // the chart lays out the same on any device.
    static QChart *create(const Dataset &dataset, const Chart &chart, const ChartOptions &options = {});
    // The chart of a spec; the chart's id is kept as the QChart's "versusChartId" property.
    static QChart *create(const ChartSpec &spec, const QString &chartId = {});
    // The chart's legend entries, in the spec's order (Qt Charts' own legend is hidden).
    static QList<ChartLegendItem *> legendItems(const QChart *chart);
};

// A legend entry of a chart made by ChartRenderer: its marker and its whole name, where
// ChartStyle::layOutLegend puts it, in rows under the chart as files have it (Qt Charts'
// legend keeps to one row and elides what does not fit: "DeepSeek · ..."). Hovered or
// clicked, it says so.
class ChartLegendItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 0x5653 };
    ChartLegendItem(const ChartSpec::LegendEntry &entry, const QFont &font, const QColor &textColor, QGraphicsItem *parent);

    QString text() const { return m_entry.name; }
    QString family() const { return m_entry.family; }
    QBrush brush() const { return m_entry.brush; }
    QFont font() const { return m_font; }
    // Where the name is drawn, in the item's coordinates; it wraps within it when wrapped().
    QRectF textRect() const { return m_at.text; }
    bool wrapped() const { return m_at.wrapped; }
    void setPlace(const ChartStyle::LegendLayout::Entry &at);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void hovered(bool state);
    void clicked();

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ChartSpec::LegendEntry m_entry;
    QFont m_font;
    QColor m_textColor;
    ChartStyle::LegendLayout::Entry m_at;
};
