#pragma once

#include "core/dataset/dataset.h"

#include <QWidget>

#include <memory>

class FitContextChart;
class FitFilterModel;
class FitTableModel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableView;
class QTextBrowser;

// The Fit tab: what runs on the hardware. A device (or memory and bandwidth typed in), how
// many, the weights' and the cache's precision, the context and the sequences; every model
// as a row with its memory on a device as a stacked bar (weights / KV cache / overhead
// against the memory), the fit, the largest context that fits and the decode speed bound.
// A row's formulas, numbers and sources show below the table.
class FitView : public QWidget
{
    Q_OBJECT

public:
    explicit FitView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);
    ~FitView() override;

    FitTableModel *model() const { return m_model; }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    FitFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *deviceCombo() const { return m_device; }
    QComboBox *weightsCombo() const { return m_weights; }
    QComboBox *kvCombo() const { return m_kv; }
    QSlider *contextSlider() const { return m_context; }
    QSpinBox *countSpin() const { return m_count; }
    QCheckBox *onlyFittingBox() const { return m_onlyFitting; }
    QTextBrowser *details() const { return m_details; }
    FitContextChart *chart() const { return m_chart; }
    // The models the chart shows: the chosen rows, at most five, in the table's order.
    QStringList chartModels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void connectControls();
    void retranslateUi();
    void alignColumns();
    void fillCombos();
    void scheduleUpdate();
    void recompute();
    void showDetails();
    void updateChart();
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const Dataset> m_dataset;
    FitTableModel *m_model = nullptr;
    FitFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    FitContextChart *m_chart = nullptr;
    QLabel *m_deviceLabel = nullptr, *m_memoryLabel = nullptr, *m_bandwidthLabel = nullptr, *m_countLabel = nullptr,
           *m_weightsLabel = nullptr, *m_kvLabel = nullptr, *m_contextLabel = nullptr, *m_contextValue = nullptr,
           *m_sequencesLabel = nullptr, *m_overheadLabel = nullptr, *m_note = nullptr, *m_shown = nullptr;
    QComboBox *m_device = nullptr, *m_weights = nullptr, *m_kv = nullptr;
    QDoubleSpinBox *m_memory = nullptr, *m_bandwidth = nullptr, *m_overhead = nullptr;
    QSpinBox *m_count = nullptr, *m_sequences = nullptr;
    QSlider *m_context = nullptr;
    QCheckBox *m_onlyFitting = nullptr;
    bool m_updatePending = false;
    bool m_restoring = false;
};
