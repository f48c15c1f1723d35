#pragma once

#include "core/dataset/dataset.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

// Every model of the dataset with its sizes and terms. A value the source does not state
// is missing, shown as "—" with a tooltip saying so, never as zero, and sorts last.
class ModelsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FamilyColumn,
        ReleasedColumn,
        SinceColumn, // released after the document; API-only where the source says so
        TotalParamsColumn,
        ActiveParamsColumn,
        ArchitectureColumn,
        ContextColumn,
        LicenseColumn,
        ModalitiesColumn,
        SourceColumn,
        ColumnCount
    };

    enum class Role {
        SortKey = Qt::UserRole + 1, // a number or string; invalid when missing
        Missing,                    // bool: the source does not state this value
        ModelId,
        FamilyId,
        TotalParams,                // double or invalid
        License,                    // the license (licenseName), empty when missing
        LicenseQualifier,           // what the source adds to it ("secondary source"), or empty
        FamilyColor,
    };

    explicit ModelsModel(std::shared_ptr<const Dataset> dataset, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Model &modelAt(int row) const { return m_dataset->models.at(row); }
    // The licenses the models name, in first-seen order (current language), each once
    // whatever the source adds to it.
    QStringList licenses() const;
    // A license as the source gives it, "Apache-2.0 (secondary source)", in its two parts:
    // the license, "Apache-2.0", and the final bracket, "secondary source" (empty if none).
    static QString licenseName(const QString &stated);
    static QString licenseQualifier(const QString &stated);
    void setDarkPalette(bool dark);
    void retranslate();

    static QString missingText();
    static QString missingToolTip();

private:
    QVariant value(const Model &model, int column, int role) const;

    std::shared_ptr<const Dataset> m_dataset;
    bool m_dark = false;
};

inline constexpr int operator+(ModelsModel::Role role) { return static_cast<int>(role); }
