#include "app/cli/commandline.h"

#include "core/dataset/datasetloader.h"
#include "core/evidence/datasetdiff.h"
#include "core/evidence/evidenceimport.h"
#include "core/evidence/scoreexport.h"
#include "core/export/atomicfile.h"
#include "core/export/matrixexport.h"

#include <QFile>

namespace {
void printFirstProblem(QTextStream &err, const DatasetLoader::Result &result, const QString &file)
{
    err << (result.problems.isEmpty() ? CommandLine::tr("%1: cannot be loaded").arg(file)
                                      : result.problems.constFirst().toString())
        << Qt::endl;
}
} // namespace

// versus --import FILE... --output OUT.json: the files' scores added to the dataset (--data or
// the bundled one); one line on stderr for each row that is not imported, with its line.
int cliImport(const CliContext &context, const QStringList &files, const QString &outPath)
{
    QList<EvidenceImport::File> read;
    for (const QString &path : files) {
        read.append(EvidenceImport::readFile(path, *context.dataset));
        const QStringList messages = EvidenceImport::messages(read.constLast());
        for (const QString &line : messages)
            context.err << line << Qt::endl;
        if (!read.constLast().ok())
            return ExitBadInput;
    }
    const QString base = context.commandLine.dataFile().isEmpty() ? DatasetLoader::bundledPath()
                                                                  : context.commandLine.dataFile();
    QFile file(base);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << CommandLine::tr("%1: cannot be read: %2").arg(base, file.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    const QByteArray json = EvidenceImport::apply(file.readAll(), read, QDate::currentDate(), &error);
    const DatasetLoader::Result check = json.isEmpty() ? DatasetLoader::Result() : DatasetLoader::loadData(json, outPath);
    if (json.isEmpty() || !check.ok()) {
        if (json.isEmpty())
            context.err << error << Qt::endl;
        else
            printFirstProblem(context.err, check, outPath);
        return ExitBadInput;
    }
    if (!AtomicFile::write(outPath, json, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

// versus --diff OLD NEW [--json]: what changed, one line each (or one JSON object).
int cliDiff(const CliContext &context, const QString &oldPath, const QString &newPath)
{
    const DatasetLoader::Result older = DatasetLoader::loadFile(oldPath), newer = DatasetLoader::loadFile(newPath);
    for (const auto &[result, path] : {std::pair{&older, &oldPath}, std::pair{&newer, &newPath}}) {
        if (!result->ok()) {
            printFirstProblem(context.err, *result, *path);
            return ExitBadInput;
        }
    }
    const QList<DatasetDiff::Change> changes = DatasetDiff::compare(*older.dataset, *newer.dataset);
    if (context.commandLine.json()) {
        context.out << QString::fromUtf8(DatasetDiff::toJson(changes));
        return ExitOk;
    }
    for (const DatasetDiff::Change &c : changes)
        context.out << c.line() << Qt::endl;
    return ExitOk;
}

// versus --export-scores OUT.csv|OUT.json: every score with its reporter, status and source.
int cliExportScores(const CliContext &context, const QString &outPath)
{
    if (MatrixExport::formatForPath(outPath) == MatrixExport::Format::Unknown) {
        context.err << CommandLine::tr("%1: the output must end in .csv or .json").arg(outPath) << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    if (!ScoreExport::write(*context.dataset, outPath, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}
