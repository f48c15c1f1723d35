#include "commandline.h"

// Filled in by the report work (issue 6).
int cliExportReport(const CliContext &context, const QString &outPath)
{
    context.err << CommandLine::tr("report export is not available in this build (%1)").arg(outPath) << Qt::endl;
    return ExitUsage;
}
