#include "core/matrix/matrixfiltermodel.h"

#include "core/matrix/matrixmodel.h"

#include <QCollator>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>

MatrixFilterModel::MatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    setSortRole(+MatrixModel::Role::SortKey);
}

void MatrixFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_matrix = qobject_cast<MatrixModel *>(sourceModel);
    Q_ASSERT_X(m_matrix || !sourceModel, "MatrixFilterModel", "the source must be a MatrixModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_matrix) {
        // Texts change with the language: search again, from scratch.
        connect(m_matrix, &QAbstractItemModel::dataChanged, this, [this] {
            updateSearchMatches(false);
            invalidate();
        });
    }
    m_matches.clear();
    updateSearchMatches(false);
    setStatusFilter(m_statuses);
    if (m_documentOrder)
        sortInDocumentOrder();
}

void MatrixFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    const QString folded = MatrixModel::foldCase(text.simplified());
    const QString previous = m_terms.join(QLatin1Char(' '));
    // Every row that matches a query matches the queries it extends: narrowing needs
    // only the rows that matched before.
    const bool narrowing = !m_terms.isEmpty() && folded.startsWith(previous);
    m_search = text;
    m_terms = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    updateSearchMatches(narrowing);
    refilter();
}

void MatrixFilterModel::updateSearchMatches(bool narrowing)
{
    if (!m_matrix || m_terms.isEmpty()) {
        m_matches.clear();
        return;
    }
    const int rows = m_matrix->rowCount();
    if (!narrowing || m_matches.size() != rows)
        m_matches.fill(true, rows);
    for (int row = 0; row < rows; ++row) {
        if (!m_matches.testBit(row))
            continue;
        const QString &text = m_matrix->rowSearchText(row);
        for (const QString &term : std::as_const(m_terms)) {
            if (!text.contains(term)) {
                m_matches.clearBit(row);
                break;
            }
        }
    }
}

void MatrixFilterModel::setFavouredFilter(const QStringList &favoured)
{
    m_favoured = favoured;
    refilter();
}

void MatrixFilterModel::setStatusFilter(const QStringList &statuses)
{
    m_statuses = statuses;
    m_statusMask = 0;
    if (m_matrix) {
        for (const QString &status : statuses) {
            const int rank = m_matrix->dataset().statusRank(status);
            if (rank >= 0 && rank < 64)
                m_statusMask |= quint64(1) << rank;
        }
    }
    refilter();
}

void MatrixFilterModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void MatrixFilterModel::setPinned(const QString &dimensionId, bool pinned)
{
    if (pinned == m_pinned.contains(dimensionId))
        return;
    if (pinned)
        m_pinned.insert(dimensionId);
    else
        m_pinned.remove(dimensionId);
    if (m_documentOrder)
        sortInDocumentOrder();
    else
        QSortFilterProxyModel::sort(sortColumn(), sortOrder());
    Q_EMIT headerDataChanged(Qt::Vertical, 0, qMax(0, rowCount() - 1));
}

QStringList MatrixFilterModel::pinned() const
{
    QStringList ids(m_pinned.cbegin(), m_pinned.cend());
    ids.sort();
    return ids;
}

void MatrixFilterModel::setPinnedIds(const QStringList &ids)
{
    m_pinned = QSet<QString>(ids.cbegin(), ids.cend());
    if (m_documentOrder)
        sortInDocumentOrder();
    else
        QSortFilterProxyModel::sort(sortColumn(), sortOrder());
}

void MatrixFilterModel::sortInDocumentOrder()
{
    m_documentOrder = true;
    QSortFilterProxyModel::sort(MatrixModel::DimensionColumn, Qt::AscendingOrder);
}

void MatrixFilterModel::sort(int column, Qt::SortOrder order)
{
    m_documentOrder = column < 0;
    if (m_documentOrder)
        sortInDocumentOrder();
    else
        QSortFilterProxyModel::sort(column, order);
}

QVariant MatrixFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && m_matrix && section >= 0 && section < rowCount()) {
        const QModelIndex source = mapToSource(index(section, 0));
        const bool pin = m_pinned.contains(m_matrix->dimensionAt(source.row()).id);
        if (role == Qt::DisplayRole)
            return pin ? tr("%1 ★").arg(source.row() + 1) : QString::number(source.row() + 1);
        if (role == Qt::ToolTipRole)
            return pin ? tr("Pinned: stays at the top") : QVariant();
        return {};
    }
    if (orientation == Qt::Horizontal && role == Qt::DecorationRole) {
        // A family's colour as a chip beside its name; headers draw icons, not colours.
        const QVariant color = QSortFilterProxyModel::headerData(section, orientation, +MatrixModel::Role::FamilyColor);
        if (!color.isValid() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return {};
        QPixmap chip(12, 12);
        chip.fill(color.value<QColor>());
        return QIcon(chip);
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_matrix)
        return false;
    if (!m_terms.isEmpty() && !m_matches.testBit(sourceRow))
        return false;
    if (!m_favoured.isEmpty() && !m_favoured.contains(m_matrix->dimensionAt(sourceRow).favours))
        return false;
    if (m_statusMask && !(m_matrix->rowStatusMask(sourceRow) & m_statusMask))
        return false;
    if (!m_statuses.isEmpty() && !m_statusMask)
        return false; // only statuses this dataset does not know
    return true;
}

bool MatrixFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftPinned = m_pinned.contains(m_matrix->dimensionAt(left.row()).id);
    const bool rightPinned = m_pinned.contains(m_matrix->dimensionAt(right.row()).id);
    if (leftPinned != rightPinned) {
        // Pinned rows come first in either order: a descending sort swaps the arguments.
        return sortOrder() == Qt::AscendingOrder ? leftPinned : rightPinned;
    }
    if (m_documentOrder)
        return left.row() < right.row();
    static thread_local QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    const int order = collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    return order != 0 ? order < 0 : left.row() < right.row();
}
