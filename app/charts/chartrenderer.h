#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"
#include "render/charts/chartspec.h"

class QChart;

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
};
