#include "core/models/modelsmodel.h"

#include "core/matrix/outcomes.h"

#include <QDate>
#include <QLocale>

ModelsModel::ModelsModel(std::shared_ptr<const Dataset> dataset, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dataset(std::move(dataset))
{
    Q_ASSERT(m_dataset);
}

int ModelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset->models.size());
}

int ModelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelsModel::missingText()
{
    return LocalizedText::notStated();
}

QString ModelsModel::missingToolTip()
{
    return tr("not stated by the source");
}

namespace {
// Where a final bracket, "(...)" or "（...）", starts; -1 when the text ends otherwise.
qsizetype qualifierStart(const QString &stated)
{
    const QString text = stated.trimmed();
    const bool ascii = text.endsWith(QLatin1Char(')'));
    if (!ascii && !text.endsWith(QChar(0xFF09)))
        return -1;
    const qsizetype open = text.lastIndexOf(ascii ? QChar(QLatin1Char('(')) : QChar(0xFF08));
    return open > 0 ? open : -1;
}
} // namespace

QString ModelsModel::licenseName(const QString &stated)
{
    const qsizetype open = qualifierStart(stated);
    return open < 0 ? stated.trimmed() : stated.trimmed().left(open).trimmed();
}

QString ModelsModel::licenseQualifier(const QString &stated)
{
    const qsizetype open = qualifierStart(stated);
    const QString text = stated.trimmed();
    return open < 0 ? QString() : text.mid(open + 1, text.size() - open - 2).trimmed();
}

QStringList ModelsModel::licenses() const
{
    QStringList result;
    for (const Model &m : m_dataset->models) {
        const QString license = licenseName(m.license.text());
        if (!license.isEmpty() && !result.contains(license))
            result.append(license);
    }
    return result;
}

namespace {
QString formatParams(double billions)
{
    return ModelsModel::tr("%1 B").arg(QLocale().toString(billions, 'g', 6));
}
} // namespace

// The value of one column: DisplayRole text, or SortKey (invalid when missing).
QVariant ModelsModel::value(const Model &model, int column, int role) const
{
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case NameColumn:
        return model.name;
    case FamilyColumn: {
        const Family *family = m_dataset->family(model.family);
        return family ? family->name.text() : model.family;
    }
    case ReleasedColumn: {
        if (model.released.isEmpty())
            return {}; // no source states it
        if (!display)
            return model.released;
        const QDate date = QDate::fromString(model.released + QStringLiteral("-01"), Qt::ISODate);
        //: The format of a release month (QLocale::toString): "Sep 2024"; Chinese "yyyy年M月"
        return date.isValid() ? QLocale().toString(date, tr("MMM yyyy")) : model.released;
    }
    case SinceColumn: {
        // Known facts only: an empty cell says neither (not "not stated").
        QStringList marks;
        if (m_dataset->releasedAfterDocument(model))
            marks.append(tr("after the document"));
        if (model.apiOnly)
            marks.append(tr("API only"));
        return marks.join(tr(", "));
    }
    case TotalParamsColumn:
    case ActiveParamsColumn: {
        const std::optional<double> &v = column == TotalParamsColumn ? model.totalParamsB : model.activeParamsB;
        if (!v)
            return {};
        return display ? QVariant(formatParams(*v)) : QVariant(*v);
    }
    case ArchitectureColumn:
        return model.architecture.isEmpty() ? QVariant() : QVariant(model.architecture.text());
    case ContextColumn:
        if (!model.contextTokens)
            return {};
        return display ? QVariant(tr("%1 tokens").arg(QLocale().toString(*model.contextTokens)))
                       : QVariant(*model.contextTokens);
    case LicenseColumn: {
        // The license alone, so that it sorts and reads with the others; "*": the source
        // adds something (a secondary source, where it read it), in the tooltip.
        const QString stated = model.license.text();
        if (stated.isEmpty())
            return {};
        const QString name = licenseName(stated);
        return display && !licenseQualifier(stated).isEmpty() ? QVariant(tr("%1 *").arg(name)) : QVariant(name);
    }
    case ModalitiesColumn:
        return model.modalities.text().isEmpty() ? QVariant() : QVariant(model.modalities.text());
    case SourceColumn: {
        const Source *source = m_dataset->source(model.source);
        if (!source)
            return model.source.isEmpty() ? QVariant() : QVariant(model.source);
        if (!display)
            return QVariant(source->id);
        return source->kind == QLatin1String("secondary") ? tr("%1 (secondary)").arg(source->title.text())
                                                          : source->title.text();
    }
    default:
        return {};
    }
}

QVariant ModelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model &model = m_dataset->models.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(model, column, role);
        return v.isValid() ? v : QVariant(missingText());
    }
    case Qt::ToolTipRole: {
        if (!value(model, column, +Role::SortKey).isValid())
            return missingToolTip();
        if (column == SourceColumn) {
            QStringList lines;
            for (const QString &id : model.allSources()) {
                if (const Source *source = m_dataset->source(id))
                    lines.append(tr("%1 (%2 source)\n%3")
                                     .arg(source->title.text(),
                                          source->kind == QLatin1String("primary") ? tr("primary") : tr("secondary"),
                                          source->where));
            }
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("\n\n")));
        }
        if (column == SinceColumn)
            return m_dataset->documentDate.isEmpty()
                       ? QVariant()
                       : QVariant(tr("The document's date: %1; the facts beyond it are %2")
                                      .arg(m_dataset->documentDate, Outcomes::asOf(*m_dataset)));
        if (column == LicenseColumn && !licenseQualifier(model.license.text()).isEmpty())
            return tr("%1\nAs the source gives it: %2").arg(licenseName(model.license.text()), model.license.text());
        if (column == NameColumn && !model.note.text().isEmpty())
            return model.note.text();
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == TotalParamsColumn || column == ActiveParamsColumn || column == ContextColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == FamilyColumn) {
            const Family *family = m_dataset->family(model.family);
            return family ? family->displayColor(m_dark) : QVariant();
        }
        return {};
    case +Role::SortKey:
        return value(model, column, role);
    case +Role::Missing:
        return !value(model, column, +Role::SortKey).isValid();
    case +Role::ModelId:
        return model.id;
    case +Role::FamilyId:
        return model.family;
    case +Role::TotalParams:
        return model.totalParamsB ? QVariant(*model.totalParamsB) : QVariant();
    case +Role::License:
        return licenseName(model.license.text());
    case +Role::LicenseQualifier:
        return licenseQualifier(model.license.text());
    case +Role::FamilyColor: {
        const Family *family = m_dataset->family(model.family);
        return family ? family->displayColor(m_dark) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TotalParamsColumn || section == ActiveParamsColumn || section == ContextColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn: return tr("Model");
    case FamilyColumn: return tr("Family");
    case ReleasedColumn: return tip ? tr("Month of release") : tr("Released");
    case SinceColumn:
        return tip ? tr("Released after the document's date, and served only through an API where the source says so")
                   : tr("Since the document");
    case TotalParamsColumn: return tip ? tr("Total parameters, in billions") : tr("Total params");
    case ActiveParamsColumn:
        return tip ? tr("Parameters active per token, in billions (mixture-of-experts models)") : tr("Active params");
    case ArchitectureColumn: return tr("Architecture");
    case ContextColumn: return tip ? tr("Context window, in tokens") : tr("Context");
    case LicenseColumn: return tr("License");
    case ModalitiesColumn: return tr("Modalities");
    case SourceColumn: return tip ? tr("Where these values come from") : tr("Source");
    default: return {};
    }
}

void ModelsModel::setDarkPalette(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, FamilyColumn), index(rowCount() - 1, FamilyColumn), {Qt::DecorationRole});
}

void ModelsModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
