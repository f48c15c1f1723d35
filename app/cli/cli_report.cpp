#include "app/cli/commandline.h"
#include "render/report/report.h"
#include "render/report/reportparts.h"

// versus --export-report OUT.pdf [--answer QID=OPTION ...] [--answers FILE.json]
int cliExportReport(const CliContext &context, const QString &outPath)
{
    if (!outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << CommandLine::tr("%1: the report is a PDF; give a file name ending in .pdf").arg(outPath) << Qt::endl;
        return ExitBadInput;
    }
    QMap<QString, QString> answers;
    if (const int status = cliAnswers(context, &answers); status != ExitOk)
        return status;
    QString error;
    ReportOptions options;
    addReportParts(&options, context.dataset, answers);
    if (!Report(context.dataset, options).exportPdf(outPath, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
