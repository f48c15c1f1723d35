#include "core/evidence/scoreexport.h"

#include "core/export/atomicfile.h"
#include "core/export/matrixexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList ScoreExport::columns()
{
    return {QStringLiteral("model"),       QStringLiteral("modelName"), QStringLiteral("benchmark"),
            QStringLiteral("benchmarkName"), QStringLiteral("mode"),    QStringLiteral("value"),
            QStringLiteral("unit"),        QStringLiteral("uncertainty"), QStringLiteral("reporter"),
            QStringLiteral("status"),      QStringLiteral("source"),    QStringLiteral("sourceWhere"),
            QStringLiteral("setting"),     QStringLiteral("sourceLine"), QStringLiteral("attribution")};
}

QList<QStringList> ScoreExport::rows(const Dataset &d)
{
    QList<QStringList> rows;
    for (const Score &s : d.scores) {
        const Model *m = d.model(s.model);
        const Benchmark *b = d.benchmark(s.benchmark);
        const Source *src = d.source(s.source);
        rows.append({s.model, m ? m->name : QString(), s.benchmark, b ? b->name : QString(), s.mode,
                     QString::number(s.value, 'g', 12), s.unit.text(), s.uncertainty.text(), d.reporterName(s), s.status,
                     s.source, src ? src->where : QString(), s.setting.text(),
                     s.sourceLine > 0 ? QString::number(s.sourceLine) : QString(), src ? src->attribution : QString()});
    }
    return rows;
}

QByteArray ScoreExport::toCsv(const Dataset &d)
{
    QByteArray out = MatrixExport::csvRecord(columns()) + "\r\n";
    for (const QStringList &row : rows(d))
        out += MatrixExport::csvRecord(row) + "\r\n";
    return out;
}

QByteArray ScoreExport::toJson(const Dataset &d)
{
    const QStringList names = columns();
    QJsonArray list;
    const QList<QStringList> all = rows(d);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Score &s = d.scores.at(i);
        QJsonObject o;
        for (qsizetype c = 0; c < names.size(); ++c)
            o.insert(names.at(c), all.at(i).at(c).isEmpty() ? QJsonValue() : QJsonValue(all.at(i).at(c)));
        o.insert(QStringLiteral("value"), s.value);
        o.insert(QStringLiteral("sourceLine"), s.sourceLine > 0 ? QJsonValue(s.sourceLine) : QJsonValue());
        if (s.uncertainty.standardError)
            o.insert(QStringLiteral("stderr"), *s.uncertainty.standardError);
        if (s.uncertainty.plus)
            o.insert(QStringLiteral("interval"), QJsonArray{s.value - s.uncertainty.minus.value_or(0), s.value + *s.uncertainty.plus});
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("scores"), list}}).toJson(QJsonDocument::Indented);
}

bool ScoreExport::write(const Dataset &d, const QString &path, QString *error)
{
    const MatrixExport::Format format = MatrixExport::formatForPath(path);
    if (format == MatrixExport::Format::Unknown) {
        *error = tr("%1: the file name must end in .csv or .json").arg(path);
        return false;
    }
    return AtomicFile::write(path, format == MatrixExport::Format::Csv ? toCsv(d) : toJson(d), error);
}
