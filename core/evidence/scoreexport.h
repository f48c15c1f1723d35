#pragma once

#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every score of a dataset as a file (--export-scores, File → Export Scores…): one row per
// score with the columns of CONTRACT.md (model, modelName, benchmark, benchmarkName, mode,
// value, unit, uncertainty, reporter, status, source, sourceWhere) and setting, sourceLine,
// attribution after them. CSV (RFC 4180, UTF-8, CRLF) or JSON {"scores": [...]}.
class ScoreExport
{
    Q_DECLARE_TR_FUNCTIONS(ScoreExport)

public:
    static QStringList columns();
    static QList<QStringList> rows(const Dataset &dataset);
    static QByteArray toCsv(const Dataset &dataset);
    static QByteArray toJson(const Dataset &dataset);
    // By the suffix (.csv or .json), atomically; error says why not.
    static bool write(const Dataset &dataset, const QString &path, QString *error);
};
