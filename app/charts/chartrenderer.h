#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

// Turns a chart definition of the dataset into a Qt Chart for the Charts tab, and draws or
// exports it. The Charts tab, `versus --export-chart` and the PDF report all go through
// here: the tab gets a Qt Chart (hover, legend clicks), files and the report the same chart
// drawn by ChartPainter with the same scales, colours, markers, labels and legend.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)

public:
    // A new chart (the caller owns it): series coloured by family, styled by status, with
    // value labels, axis titles that say which way is better. Fonts are set in pixels, so
    // the chart lays out the same on any device.
    static QChart *create(const Dataset &dataset, const Chart &chart, const ChartOptions &options = {});

    // Draws title, subtitle, chart, legend and footnotes as vector graphics into target,
    // e.g. a QPdfWriter page, with QPainter alone (any thread). The chart is laid out at a logical width of at least
    // 1000 px and scaled, so no label is elided at any resolution.
    // options: what a viewer chose (models, mode, scale, hidden families); the palette is
    // always the light one, as the page is white.
    static void paint(const Dataset &dataset, const Chart &chart, QPainter *painter, const QRectF &target,
                      const ChartOptions &options = {});

    // Writes the chart to outPath, the format from its extension: .pdf (vector, fonts
    // embedded), .svg or .png (pngSize, or the natural size at twice the resolution).
    // Atomic: on failure the old file stays. False with *error set on failure.
    static bool exportTo(const Dataset &dataset, const QString &chartId, const QString &outPath, QString *error,
                         QSize pngSize = {}, const ChartOptions &options = {});

    // The logical size paint() lays the chart itself out at for a target (ChartPainter's size).
    static QSizeF drawingSize(const Dataset &dataset, const Chart &chart, const QSizeF &target,
                              const ChartOptions &options = {});

    // The size paint() is designed for at the logical width (height grows with the notes).
    static QSize naturalSize(const Dataset &dataset, const Chart &chart, const ChartOptions &options = {});
};
