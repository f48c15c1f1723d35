#include "commandline.h"

// Filled in by the charts work (issue 4).
int cliListCharts(const CliContext &context)
{
    for (const Chart &chart : context.dataset->charts)
        context.out << chart.id << QLatin1Char('\t') << chart.title.text() << Qt::endl;
    return ExitOk;
}

int cliExportChart(const CliContext &context, const QString &chartId, const QString &outPath)
{
    Q_UNUSED(outPath)
    context.err << CommandLine::tr("chart export is not available in this build (chart \"%1\")").arg(chartId) << Qt::endl;
    return ExitUsage;
}
