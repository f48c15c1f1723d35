#pragma once

#include "core/fit/fit.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

// The Fit tab's rows: one model each, computed by Fit for the current request.
class FitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ModelColumn, MemoryColumn, FitColumn, ContextColumn, SpeedColumn, ColumnCount };
    enum Role {
        // For MemoryColumn: the bytes on one device, QList<qint64> {weights, KV cache + state,
        // overhead, memory}, an entry -1 where not stated.
        BarRole = Qt::UserRole + 1,
        VerdictRole, // FitResult::Verdict as int
        ColorRole,   // the family's colour
        SortRole,
    };

    explicit FitTableModel(std::shared_ptr<const Dataset> dataset, QObject *parent = nullptr);

    void setRequest(const FitRequest &request);
    const FitRequest &request() const { return m_request; }
    const FitResult &result(int row) const { return m_results.at(row); }
    void setDarkPalette(bool dark);
    void retranslate();
    // The formula, the numbers and the sources behind a row's figures, as HTML.
    QString explanationHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const Dataset> m_dataset;
    FitRequest m_request;
    QList<FitResult> m_results;
    bool m_dark = false;
};

// Sorts by FitTableModel::SortRole; can keep only the models that fit (or fit tightly).
class FitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyFitting(bool only);
    bool onlyFitting() const { return m_onlyFitting; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFitting = false;
};
