#include "commandline.h"

// Filled in by the matrix work (issue 3).
int cliExportMatrix(const CliContext &context, const QString &outPath)
{
    context.err << CommandLine::tr("matrix export is not available in this build (%1)").arg(outPath) << Qt::endl;
    return ExitUsage;
}
