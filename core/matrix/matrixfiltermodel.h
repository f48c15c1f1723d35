#pragma once

#include <QBitArray>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

class MatrixModel;

// What the Matrix view shows of a MatrixModel: rows matching the search (every word,
// anywhere in the row, case-insensitive), the favoured-family and status filters, pinned
// rows first, sorted by a column or in the document's order.
//
// Typing narrows the search one character at a time, so a query that extends the last
// one only re-tests the rows that matched it.
class MatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MatrixFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    MatrixModel *matrixModel() const { return m_matrix; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // The case-folded words of the search, for highlighting.
    QStringList searchTerms() const { return m_terms; }

    // Family ids, "tie" and "" (the document does not say); empty list: no filter.
    void setFavouredFilter(const QStringList &favoured);
    QStringList favouredFilter() const { return m_favoured; }
    // Status ids: a row passes when one of its statements has one of them; empty: all.
    void setStatusFilter(const QStringList &statuses);
    QStringList statusFilter() const { return m_statuses; }

    void setPinned(const QString &dimensionId, bool pinned);
    bool isPinned(const QString &dimensionId) const { return m_pinned.contains(dimensionId); }
    QStringList pinned() const;
    void setPinnedIds(const QStringList &ids);

    // Sorting by a column (sort()) or, after this, in the document's own order.
    void sortInDocumentOrder();
    bool isInDocumentOrder() const { return m_documentOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateSearchMatches(bool narrowing);
    void refilter();

    MatrixModel *m_matrix = nullptr;
    QString m_search;
    QStringList m_terms;
    QBitArray m_matches; // by source row, valid while m_terms is not empty
    QStringList m_favoured;
    QStringList m_statuses;
    quint64 m_statusMask = 0;
    QSet<QString> m_pinned;
    bool m_documentOrder = true;
};
