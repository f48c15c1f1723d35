#include "app/cli/commandline.h"
#include "core/recommend/followup.h"
#include "render/report/report.h"
#include "render/report/reportparts.h"

// versus --export-report OUT.pdf [--answer QID=OPTION ...] [--answers FILE.json] [hardware options]
// [--input-mtok N --output-mtok N --cached-share F --on DATE]
int cliExportReport(const CliContext &context, const QString &outPath)
{
    if (!outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << CommandLine::tr("%1: the report is a PDF; give a file name ending in .pdf").arg(outPath) << Qt::endl;
        return ExitBadInput;
    }
    ReportInputs inputs;
    if (const int status = cliAnswers(context, &inputs.answers, &inputs.followUps); status != ExitOk)
        return status;
    QString error;
    // The cost section's workload: the options', where any is given.
    const CommandLine &cl = context.commandLine;
    if (cl.isSet(QStringLiteral("input-mtok")) || cl.isSet(QStringLiteral("output-mtok"))
        || cl.isSet(QStringLiteral("cached-share")) || cl.isSet(QStringLiteral("on"))) {
        Workload w;
        w.inputMTok = 1;
        w.outputMTok = 1;
        if (!cliWorkload(cl, &w, &error)) {
            context.err << error << Qt::endl;
            return ExitBadInput;
        }
        inputs.costWorkload = w;
    }
    ReportOptions options;
    addReportParts(&options, context.dataset, inputs);
    // The hardware-fit section for the hardware given (--device or --memory, --precision, --context).
    if (inputs.followUps.hardware.isSet()) {
        FitRequest fit = FollowUp::request(*context.dataset, inputs.followUps.hardware);
        if (!fit.weights)
            fit.weights = FitRequest::defaults(*context.dataset).weights;
        options.fit = fit;
    }
    if (!Report(context.dataset, options).exportPdf(outPath, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
