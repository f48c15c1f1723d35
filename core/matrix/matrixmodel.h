#pragma once

#include "core/dataset/dataset.h"
#include "core/util/background.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

// The feature matrix: one row per dimension, a column for the dimension's name, one per
// family (as many as the dataset has, in its order) and one saying which family the
// document favours on the row and why.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The case folding the search uses on both sides, the rows and the query: the same as
    // QString::toCaseFolded, and several times faster for ASCII text.
    static QString foldCase(QString text);

    enum Column { DimensionColumn = 0, FirstFamilyColumn = 1 };

    enum class Role {
        Status = Qt::UserRole + 1, // a cell's least sure status id
        StatusName,                // ... and its name
        StatusRank,                // ... and its rank (0 = most sure)
        Statuses,                  // QStringList: every statement's status id
        PassageId,                 // the passage a cell (or the favoured column) comes from
        PassageQuote,              // QString: the quote to highlight in it, if any
        FavouredFamily,            // the row's favoured family id, "tie" or empty
        SearchText,                // the whole row, case-folded, for searching
        DimensionId,
        FamilyId,                  // the column's family id (family columns only)
        Differs,                   // bool: a claim check differs from the primary source
        DiffersText,               // what the differing checks say
        SortKey,
        FamilyColor,               // QColor of the column's (or favoured) family
    };

    explicit MatrixModel(std::shared_ptr<const Dataset> dataset, QObject *parent = nullptr);
    ~MatrixModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Dataset &dataset() const { return *m_dataset; }
    std::shared_ptr<const Dataset> sharedDataset() const { return m_dataset; }
    int familyCount() const { return int(m_dataset->families.size()); }
    int favouredColumn() const { return FirstFamilyColumn + familyCount(); }
    bool isFamilyColumn(int column) const { return column >= FirstFamilyColumn && column < favouredColumn(); }
    const Family *familyAt(int column) const;
    int columnOfFamily(const QString &familyId) const;
    const Dimension &dimensionAt(int row) const { return m_dataset->dimensions.at(row); }
    const Cell *cellAt(int row, int column) const;

    // The row's searchable text, case-folded (also Role::SearchText).
    const QString &rowSearchText(int row) const { return searchIndex().at(row).search; }
    // Bit n set when a statement of the row has the status of rank n.
    quint64 rowStatusMask(int row) const { return searchIndex().at(row).statusMask; }
    // A large dataset's search index is built in the background once the model exists, so
    // the table shows at once; the first search or status filter waits for it.
    void waitForSearchIndex() const;

    // Colours for light or dark palettes; texts for the current language.
    void setDarkPalette(bool dark);
    void retranslate();

private:
    struct RowCache
    {
        QString search;
        quint64 statusMask = 0;
    };
    void rebuildCache();
    // The texts in language (else fallback), read from any thread.
    void cacheRows(RowCache *index, int from, int to, const QHash<QString, int> &ranks, const QString &language,
                   const QString &fallback);
    const QList<RowCache> &searchIndex() const
    {
        if (m_indexBuilder.running())
            waitForSearchIndex();
        return m_rows;
    }
    QString favouredText(const Dimension &dimension) const;
    QString favouredText(const Dimension &dimension, const QString &language, const QString &fallback) const;
    QString differsText(const Dimension &dimension, const QString &familyId) const;
    // data() for the dimension's column, the favoured column, and a family's cell.
    QVariant dimensionData(const Dimension &dimension, int role) const;
    QVariant favouredData(const Dimension &dimension, int role) const;
    QVariant cellData(const Dimension &dimension, int row, int column, int role) const;
    QString cellToolTip(const Dimension &dimension, const Family &family, const Cell &cell) const;

    std::shared_ptr<const Dataset> m_dataset;
    QList<RowCache> m_rows;
    mutable Background::Job m_indexBuilder; // fills m_rows of a large dataset
    bool m_dark = false;
};

inline constexpr int operator+(MatrixModel::Role role) { return static_cast<int>(role); }
