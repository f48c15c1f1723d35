#include "render/charts/chartexport.h"
#include "app/cli/commandline.h"

#include <algorithm>
#include <iterator>

namespace {
const char *const HardwareOptions[] = {"device", "memory", "bandwidth", "count", "precision", "kv-precision", "context", "sequences"};
}

int cliListCharts(const CliContext &context)
{
    for (const Chart &chart : context.dataset->charts)
        context.out << chart.id << QLatin1Char('\t') << chart.title.text() << Qt::endl;
    return ExitOk;
}

int cliExportChart(const CliContext &context, const QString &chartId, const QString &outPath)
{
    const Dataset &dataset = *context.dataset;
    if (!dataset.chart(chartId)) {
        QStringList ids;
        for (const Chart &chart : dataset.charts)
            ids.append(chart.id);
        context.err << CommandLine::tr("versus: there is no chart \"%1\"; the charts are: %2")
                           .arg(chartId, ids.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitBadInput;
    }
    // A chart of memory against context takes the hardware options over its own hardware.
    ChartOptions options;
    const Chart &chart = *dataset.chart(chartId);
    const CommandLine &cl = context.commandLine;
    const bool hardware = std::any_of(std::begin(HardwareOptions), std::end(HardwareOptions),
                                      [&cl](const char *o) { return cl.isSet(QLatin1String(o)); });
    if (hardware && chart.kind != QLatin1String("fit-context")) {
        context.err << CommandLine::tr("versus: chart \"%1\" takes no hardware options; only a chart of memory against "
                                       "context does")
                           .arg(chartId)
                    << Qt::endl;
        return ExitUsage;
    }
    if (hardware) {
        FitRequest request;
        if (!cliFitRequest(context, ChartData::fitRequest(dataset, chart), &request))
            return ExitBadInput;
        options.fit = request;
    }
    QString error;
    if (!ChartExport::exportTo(dataset, chartId, outPath, &error, {}, options)) {
        context.err << CommandLine::tr("versus: %1").arg(error) << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
