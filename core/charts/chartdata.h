#pragma once

#include "core/dataset/dataset.h"
#include "core/fit/fit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

// What a viewer of a chart changes: it overrides the chart definition's defaults.
struct ChartOptions
{
    QStringList models;           // benchmark/efficiency charts: the models shown; empty: the chart's own
    QString mode;                 // thinking | non-thinking | both; empty: the chart's own
    std::optional<bool> logScale; // the value axis; unset: the chart's own "scale"
    QStringList hiddenFamilies;   // families left out
    bool darkPalette = false;     // family colours and theme for a dark palette
    // price-score charts: the benchmark (empty: the chart's own), the day whose prices count
    // (null: the newest) and the blended price's input:output ratio.
    QString benchmark;
    QDate pricesOn;
    double inputParts = 3;
    double outputParts = 1;
    // Files: a last note saying which dataset, which version and as of which day the facts
    // are (ChartExport::exportTo sets it; the tab and the report, which has a footer, not).
    bool provenance = false;
    // fit-context charts: the hardware, precisions and sequences (unset: the chart's own device
    // and precisions with the dataset's defaults); with it, the context chosen is drawn too.
    std::optional<FitRequest> fit;
};

struct ChartPoint
{
    double x = 0;    // bars: the category's index; otherwise the x value
    double y = 0;    // the value (a missing value has no point: it is a gap)
    QString label;   // drawn beside the bar or point
    QString tooltip; // the exact value, who reported it and under which setting
    QString key;     // what the value is of: a figure id, or the model id (the first, where models share a point)
};

// One legend entry: a family, optionally a mode, and a certainty status.
struct ChartSeriesData
{
    QString name;
    QString family;
    QString mode;   // thinking | non-thinking | empty
    QString status; // status id: decides the fill (solid, dotted, hatched outline)
    QList<ChartPoint> points;
};

// A dashed line across the plot at a value: y = value (horizontal), or x = value (vertical,
// e.g. the document's date on a timeline).
struct ChartReferenceLine
{
    double y = 0; // the value: y for a horizontal line, x for a vertical one
    QString label;
    bool vertical = false;
};

// A chart, computed from the dataset alone: the numbers, the words and the notes that a
// renderer draws. No number is copied; each is looked up when the chart is built.
class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)

public:
    // Lines: a line through each series' points over numbered steps; Curves: the same over a
    // numeric x axis (memory against context).
    enum class Shape { Bars, Scatter, Lines, Timeline, Curves };

    Shape shape = Shape::Bars;
    QString title;
    QString subtitle;
    QStringList categories;     // bars: one row each, top to bottom
    QStringList gapLabels;      // bars: per category, the text shown where there is no value
    QList<ChartSeriesData> series;
    QList<ChartReferenceLine> referenceLines; // dashed, horizontal or vertical
    QString diagonal;           // if set: a dashed y = x line with this label
    // Price-score charts: the points no other beats on both (cheaper and higher), by price;
    // the region no point beats is shaded (ChartSpec::shade).
    QList<QPointF> frontier;
    QString xTitle;
    QString yTitle;
    bool xLog = false;
    bool yLog = false;
    int xLogBase = 10;         // a log x axis: a tick at each power of this
    QString xTickSuffix;       // after each x tick's number ("K": thousands of 1,024 tokens)
    bool distinctSeries = false; // each series its own marker and dash, as several share a family
    bool percent = false;       // the values are percentages: the value axis ends at 100
    bool logSwitchable = false; // linear/log matters for this chart
    bool hasModes = false;      // thinking/non-thinking can be switched
    QString mode;               // the mode shown
    QStringList availableModels; // benchmark/efficiency: models with a score on the benchmark
    QStringList chosenModels;
    QStringList footnotes;

    static ChartData build(const Dataset &dataset, const Chart &chart, const ChartOptions &options = {});
    // The hardware a fit-context chart is drawn for without ChartOptions::fit: its device and
    // precisions, with the dataset's defaults for the rest.
    static FitRequest fitRequest(const Dataset &dataset, const Chart &chart);

    // The range of the points and reference lines (1 to 10 both ways when there are none).
    struct Extent
    {
        double minX = 1, maxX = 10, minY = 1, maxY = 10;
    };
    Extent extent() const;
    // A timeline's x ticks, in milliseconds since the epoch (UTC): the first day of each
    // quarter, from the month before the first point to past the last.
    QList<double> quarterTicks() const;

    // How sure a status is drawn, by its rank: 0 solid (the two surest), 1 pale with a
    // border, 2 dashed outline without fill (the least sure); 3 hatched with a border for the
    // status "independent" (a third party measured it), whatever its rank.
    static int statusStyle(const Dataset &dataset, const QString &statusId);
    static QString formatNumber(double value);
    // A figure's value in words: "at least 300", "0.6 to 397", "about 6" (without its unit).
    static QString figureValue(const Figure &figure);
};
