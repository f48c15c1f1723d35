#pragma once

#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The feature matrix as a file: RFC 4180 CSV in UTF-8 with a header row (CRLF line ends,
// every field quoted where it holds a quote, comma or line break), or JSON with the ids
// of the dimensions, families and statuses. Texts in the current language.
class MatrixExport
{
    Q_DECLARE_TR_FUNCTIONS(MatrixExport)

public:
    enum class Format { Unknown, Csv, Json };

    // What to export: the dimensions (indexes into Dataset::dimensions, in this order) and
    // the families (ids, in this order) as a view shows them. Empty: all, as in the data.
    struct Selection
    {
        QList<int> rows;
        QStringList families;
        bool everything() const { return rows.isEmpty() && families.isEmpty(); }
    };

    static Format formatForPath(const QString &path); // by the suffix
    static QByteArray toCsv(const Dataset &dataset, const Selection &selection = {});
    static QByteArray toJson(const Dataset &dataset, const Selection &selection = {});
    // Writes atomically; on failure the old file stays and error says why.
    static bool write(const Dataset &dataset, const QString &path, QString *error, const Selection &selection = {});

    // One CSV record (no line end), fields quoted as RFC 4180 requires.
    static QByteArray csvRecord(const QStringList &fields);
    static QStringList csvHeader(const Dataset &dataset, const Selection &selection = {});
};
