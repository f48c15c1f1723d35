#include "app/cli/commandline.h"

#include "core/export/matrixexport.h"

// versus --export-matrix OUT.csv|OUT.json: the whole feature matrix, written atomically.
int cliExportMatrix(const CliContext &context, const QString &outPath)
{
    if (MatrixExport::formatForPath(outPath) == MatrixExport::Format::Unknown) {
        context.err << CommandLine::tr("%1: the output must end in .csv or .json").arg(outPath) << Qt::endl;
        return ExitBadInput; // as --export-chart and --export-report do
    }
    QString error;
    if (!MatrixExport::write(*context.dataset, outPath, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
