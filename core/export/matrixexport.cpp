#include "core/export/matrixexport.h"

#include "core/export/atomicfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

MatrixExport::Format MatrixExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Format::Unknown;
}

QByteArray MatrixExport::csvRecord(const QStringList &fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += ',';
        QByteArray field = fields.at(i).toUtf8();
        if (field.contains('"') || field.contains(',') || field.contains('\n') || field.contains('\r')) {
            field.replace("\"", "\"\"");
            field = '"' + field + '"';
        }
        record += field;
    }
    return record;
}

namespace {
QString favouredName(const Dataset &dataset, const QString &favours)
{
    if (favours.isEmpty())
        return {};
    if (favours == QLatin1String("tie"))
        return MatrixExport::tr("Tie");
    const Family *family = dataset.family(favours);
    return family ? family->name.text() : favours;
}

// The families and dimensions a selection names, in its order (all where it names none).
QList<const Family *> familiesOf(const Dataset &dataset, const MatrixExport::Selection &selection)
{
    QList<const Family *> families;
    if (selection.families.isEmpty()) {
        for (const Family &family : dataset.families)
            families.append(&family);
    } else {
        for (const QString &id : selection.families) {
            if (const Family *family = dataset.family(id))
                families.append(family);
        }
    }
    return families;
}

QList<const Dimension *> dimensionsOf(const Dataset &dataset, const MatrixExport::Selection &selection)
{
    QList<const Dimension *> dimensions;
    if (selection.rows.isEmpty()) {
        for (const Dimension &dimension : dataset.dimensions)
            dimensions.append(&dimension);
    } else {
        for (int row : selection.rows) {
            if (row >= 0 && row < dataset.dimensions.size())
                dimensions.append(&dataset.dimensions.at(row));
        }
    }
    return dimensions;
}

QString statusName(const Dataset &dataset, const QString &statusId)
{
    const Status *status = dataset.status(statusId);
    return status ? status->name.text() : statusId;
}
} // namespace

QStringList MatrixExport::csvHeader(const Dataset &dataset, const Selection &selection)
{
    QStringList header{tr("Dimension ID"), tr("Dimension")};
    for (const Family *family : familiesOf(dataset, selection)) {
        header.append(family->name.text());
        header.append(tr("%1 status").arg(family->name.text()));
    }
    header.append(tr("Document favours"));
    header.append(tr("Why"));
    return header;
}

QByteArray MatrixExport::toCsv(const Dataset &dataset, const Selection &selection)
{
    QByteArray out = csvRecord(csvHeader(dataset, selection)) + "\r\n";
    const QList<const Family *> families = familiesOf(dataset, selection);
    for (const Dimension *row : dimensionsOf(dataset, selection)) {
        const Dimension &dimension = *row;
        QStringList fields{dimension.id, dimension.name.text()};
        for (const Family *family : families) {
            const auto it = dimension.cells.constFind(family->id);
            if (it == dimension.cells.cend()) {
                fields << QString() << QString();
                continue;
            }
            fields.append(it->text.text());
            fields.append(statusName(dataset, dataset.cellStatus(*it)));
        }
        fields.append(favouredName(dataset, dimension.favours));
        fields.append(dimension.favoursNote.text());
        out += csvRecord(fields) + "\r\n";
    }
    return out;
}

QByteArray MatrixExport::toJson(const Dataset &dataset, const Selection &selection)
{
    const QList<const Family *> shownFamilies = familiesOf(dataset, selection);
    QJsonArray families;
    for (const Family *family : shownFamilies)
        families.append(QJsonObject{{QStringLiteral("id"), family->id}, {QStringLiteral("name"), family->name.text()}});
    QJsonArray statuses;
    for (const Status &status : dataset.statuses)
        statuses.append(QJsonObject{{QStringLiteral("id"), status.id}, {QStringLiteral("name"), status.name.text()}});

    QJsonArray rows;
    for (const Dimension *shownRow : dimensionsOf(dataset, selection)) {
        const Dimension &dimension = *shownRow;
        QJsonObject cells;
        for (const Family *shown : shownFamilies) {
            const Family &family = *shown;
            const auto it = dimension.cells.constFind(family.id);
            if (it == dimension.cells.cend())
                continue;
            QJsonArray statements;
            for (const Statement &s : it->statements) {
                QJsonObject statement{{QStringLiteral("text"), s.text.text()}, {QStringLiteral("status"), s.status}};
                if (!s.figures.isEmpty())
                    statement.insert(QStringLiteral("figures"), QJsonArray::fromStringList(s.figures));
                statements.append(statement);
            }
            QJsonArray checks;
            bool differs = false;
            for (const ClaimCheck *check : dataset.checksFor(dimension.id, family.id)) {
                checks.append(check->id);
                differs = differs || check->differs();
            }
            QJsonObject cell{{QStringLiteral("passage"), dimension.id + QLatin1Char('/') + family.id},
                             {QStringLiteral("text"), it->text.text()},
                             {QStringLiteral("status"), dataset.cellStatus(*it)},
                             {QStringLiteral("statements"), statements},
                             {QStringLiteral("differsFromPrimarySource"), differs}};
            if (!checks.isEmpty())
                cell.insert(QStringLiteral("claimChecks"), checks);
            QJsonArray anticipations; // what became of the cell's anticipations, as of "asOf"
            for (const AnticipationCheck *a : dataset.anticipationsFor(dimension.id, family.id))
                anticipations.append(QJsonObject{{QStringLiteral("id"), a->id},
                                                 {QStringLiteral("outcome"), a->outcome},
                                                 {QStringLiteral("date"), a->date.isEmpty() ? QJsonValue() : QJsonValue(a->date)}});
            if (!anticipations.isEmpty())
                cell.insert(QStringLiteral("anticipations"), anticipations);
            cells.insert(family.id, cell);
        }
        QJsonObject row{{QStringLiteral("id"), dimension.id},
                        {QStringLiteral("name"), dimension.name.text()},
                        {QStringLiteral("favours"), dimension.favours.isEmpty() ? QJsonValue() : QJsonValue(dimension.favours)},
                        {QStringLiteral("cells"), cells}};
        if (!dimension.favoursNote.isEmpty())
            row.insert(QStringLiteral("favoursNote"), dimension.favoursNote.text());
        if (dimension.favoursRef.isValid())
            row.insert(QStringLiteral("favoursPassage"), dimension.favoursRef.passage);
        rows.append(row);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("versus-matrix")},
                           {QStringLiteral("dataset"), dataset.id},
                           {QStringLiteral("version"), dataset.version},
                           {QStringLiteral("language"), LocalizedText::currentLanguage()},
                           {QStringLiteral("families"), families},
                           {QStringLiteral("statuses"), statuses},
                           {QStringLiteral("rows"), rows}};
    if (!dataset.asOf.isEmpty())
        root.insert(QStringLiteral("asOf"), dataset.asOf); // the date of the facts beyond the document
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool MatrixExport::write(const Dataset &dataset, const QString &path, QString *error, const Selection &selection)
{
    const Format format = formatForPath(path);
    if (format == Format::Unknown) {
        if (error)
            *error = tr("%1: the file name must end in .csv or .json").arg(path);
        return false;
    }
    return AtomicFile::write(path, format == Format::Csv ? toCsv(dataset, selection) : toJson(dataset, selection), error);
}
