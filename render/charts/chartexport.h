#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

class QIODevice;
class QPainter;

// A dataset chart on paper: drawn into any painter (the report's pages) and written to a
// file (`versus --export-chart`, File → Export Chart…), through ChartPainter, without widgets.
// Title, subtitle and footnotes go around the chart; the palette is always the light one,
// as the page is white.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Draws title, subtitle, chart, legend and footnotes as vector graphics into target,
    // e.g. a QPdfWriter page, with QPainter alone (any thread). The chart is laid out at a
    // logical width of at least 1000 px and scaled, so no label is elided at any resolution.
    // options: what a viewer chose (models, mode, scale, hidden families).
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

private:
    // One file format each: false with *error set when the device cannot be painted on.
    static bool writePdf(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                         const ChartOptions &options, QString *error);
    static bool writeSvg(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                         const ChartOptions &options, QString *error);
    static bool writePng(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                         QSize pngSize, const ChartOptions &options, QString *error);
};
