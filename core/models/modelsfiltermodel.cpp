#include "core/models/modelsfiltermodel.h"

#include "core/models/modelsmodel.h"

#include <QCollator>

ModelsFilterModel::ModelsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(+ModelsModel::Role::SortKey);
}

void ModelsFilterModel::setParamRange(std::optional<double> minB, std::optional<double> maxB)
{
    m_min = minB;
    m_max = maxB;
    invalidateRowsFilter();
}

void ModelsFilterModel::setIncludeUnknownSize(bool include)
{
    m_includeUnknown = include;
    invalidateRowsFilter();
}

void ModelsFilterModel::setLicenseFilter(const QString &license)
{
    m_license = license;
    invalidateRowsFilter();
}

void ModelsFilterModel::setFamilyFilter(const QString &familyId)
{
    m_family = familyId;
    invalidateRowsFilter();
}

void ModelsFilterModel::setSearchText(const QString &text)
{
    m_search = text.simplified();
    invalidateRowsFilter();
}

bool ModelsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_family.isEmpty() && first.data(+ModelsModel::Role::FamilyId).toString() != m_family)
        return false;
    if (!m_license.isNull() && first.data(+ModelsModel::Role::License).toString() != m_license)
        return false;
    if (m_min || m_max) {
        const QVariant params = first.data(+ModelsModel::Role::TotalParams);
        if (!params.isValid()) {
            if (!m_includeUnknown)
                return false;
        } else {
            const double b = params.toDouble();
            if ((m_min && b < *m_min) || (m_max && b > *m_max))
                return false;
        }
    }
    if (!m_search.isEmpty()) {
        for (int column = 0; column < source->columnCount(sourceParent); ++column) {
            if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

bool ModelsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.isValid() != r.isValid()) {
        // Missing values last in either order: a descending sort swaps the arguments.
        return sortOrder() == Qt::AscendingOrder ? l.isValid() : r.isValid();
    }
    if (!l.isValid())
        return false; // the sort is stable: missing values keep the dataset's order
    if (l.typeId() == QMetaType::Double || l.typeId() == QMetaType::LongLong) {
        const double a = l.toDouble();
        const double b = r.toDouble();
        return a < b;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int order = collator.compare(l.toString(), r.toString());
    return order < 0;
}
