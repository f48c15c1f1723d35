#pragma once

#include "core/cost/cost.h"

#include <QByteArray>
#include <QJsonObject>

// The cost table as data: the JSON of `versus --cost --json` (CONTRACT.md) and CSV (RFC 4180,
// through MatrixExport::csvRecord), for the command line and the Cost tab's export alike.
class CostExport
{
    Q_DECLARE_TR_FUNCTIONS(CostExport)

public:
    struct Table
    {
        Workload workload; // workload.on: the day the prices are in force
        QList<CostLine> lines;
        QStringList unpriced; // model ids with no price in force that day
        double inputParts = Cost::DefaultInputParts;
        double outputParts = Cost::DefaultOutputParts;
    };

    // The table for a workload (a null day: the newest), ages against reference.
    static Table table(const Dataset &dataset, Workload workload, const QDate &reference,
                       int maxAgeMonths = Cost::DefaultMaxAgeMonths);
    static QJsonObject toJson(const Table &table);
    static QByteArray toCsv(const Dataset &dataset, const Table &table);
    // Writes .csv or .json atomically; on failure the old file stays and error says why.
    static bool write(const Dataset &dataset, const Table &table, const QString &path, QString *error);
};
