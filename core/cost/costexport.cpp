#include "core/cost/costexport.h"

#include "core/export/atomicfile.h"
#include "core/export/matrixexport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(rounded(*value), 'g', 12) : QString();
}

QJsonObject lineJson(const CostLine &l, const CostExport::Table &t)
{
    const Price &p = *l.price;
    return QJsonObject{
        {QStringLiteral("model"), p.model},
        {QStringLiteral("provider"), p.provider.text()},
        {QStringLiteral("apiModel"), p.apiModel},
        {QStringLiteral("mode"), p.mode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.mode)},
        {QStringLiteral("inputPerMTok"), rounded(p.inputPerMTok)},
        {QStringLiteral("cachedInputPerMTok"), orNull(p.cachedInputPerMTok)},
        {QStringLiteral("outputPerMTok"), rounded(p.outputPerMTok)},
        {QStringLiteral("blendedPerMTok"), rounded(Cost::blendedPrice(p, t.inputParts, t.outputParts))},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("observed"),
         p.date().isValid() ? QJsonValue(p.date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("possiblyOutdated"), l.possiblyOutdated},
        {QStringLiteral("source"), p.sources.value(0)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(p.sources)},
        {QStringLiteral("monthlyCost"), orNull(l.monthlyCost)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(Cost::lineNotes(l, t.workload))},
    };
}
} // namespace

CostExport::Table CostExport::table(const Dataset &dataset, Workload workload, const QDate &reference, int maxAgeMonths)
{
    Table t;
    if (!workload.on.isValid())
        workload.on = Cost::newestDate(dataset);
    t.workload = workload;
    t.lines = Cost::lines(dataset, workload, reference, maxAgeMonths);
    for (const Model &m : dataset.models) {
        if (!Cost::missingPrice(dataset, m.id, workload.on).isEmpty())
            t.unpriced.append(m.id);
    }
    return t;
}

QJsonObject CostExport::toJson(const Table &t)
{
    QJsonArray models;
    for (const CostLine &l : t.lines)
        models.append(lineJson(l, t));
    const QDate &on = t.workload.on;
    return QJsonObject{
        {QStringLiteral("date"), on.isValid() ? QJsonValue(on.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("inputMTok"), t.workload.inputMTok},
        {QStringLiteral("outputMTok"), t.workload.outputMTok},
        {QStringLiteral("cachedShare"), t.workload.cachedShare},
        {QStringLiteral("discountShare"), t.workload.discountShare},
        {QStringLiteral("requestInputTokens"), double(t.workload.requestInputTokens)},
        {QStringLiteral("blendRatio"), QJsonArray{t.inputParts, t.outputParts}},
        {QStringLiteral("models"), models},
        {QStringLiteral("unpriced"), QJsonArray::fromStringList(t.unpriced)},
    };
}

QByteArray CostExport::toCsv(const Dataset &dataset, const Table &t)
{
    QByteArray out = MatrixExport::csvRecord(
                         {QStringLiteral("model"), QStringLiteral("modelName"), QStringLiteral("family"),
                          QStringLiteral("provider"), QStringLiteral("apiModel"), QStringLiteral("mode"),
                          QStringLiteral("currency"), QStringLiteral("inputPerMTok"), QStringLiteral("cachedInputPerMTok"),
                          QStringLiteral("outputPerMTok"), QStringLiteral("blendedPerMTok"), QStringLiteral("monthlyCost"),
                          QStringLiteral("date"), QStringLiteral("observed"), QStringLiteral("possiblyOutdated"),
                          QStringLiteral("sources"), QStringLiteral("notes")})
                     + "\r\n";
    for (const CostLine &l : t.lines) {
        const Price &p = *l.price;
        const Model *m = dataset.model(p.model);
        out += MatrixExport::csvRecord(
                   {p.model, m ? m->name : QString(), m ? m->family : QString(), p.provider.text(), p.apiModel, p.mode,
                    p.currency, number(p.inputPerMTok), number(p.cachedInputPerMTok), number(p.outputPerMTok),
                    number(Cost::blendedPrice(p, t.inputParts, t.outputParts)), number(l.monthlyCost), Cost::dateText(p),
                    p.date().isValid() ? p.date().toString(Qt::ISODate) : QString(),
                    l.possiblyOutdated ? QStringLiteral("yes") : QStringLiteral("no"), p.sources.join(QLatin1Char(';')),
                    Cost::lineNotes(l, t.workload).join(QStringLiteral("; "))})
               + "\r\n";
    }
    return out;
}

bool CostExport::write(const Dataset &dataset, const Table &t, const QString &path, QString *error)
{
    const MatrixExport::Format format = MatrixExport::formatForPath(path);
    if (format == MatrixExport::Format::Unknown) {
        if (error)
            *error = tr("%1: the file name must end in .csv or .json").arg(path);
        return false;
    }
    const QByteArray data = format == MatrixExport::Format::Csv
                                ? toCsv(dataset, t)
                                : QJsonDocument(toJson(t)).toJson(QJsonDocument::Indented);
    return AtomicFile::write(path, data, error);
}
