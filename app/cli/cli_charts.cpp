#include "render/charts/chartexport.h"
#include "app/cli/commandline.h"

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
    QString error;
    if (!ChartExport::exportTo(dataset, chartId, outPath, &error)) {
        context.err << CommandLine::tr("versus: %1").arg(error) << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
