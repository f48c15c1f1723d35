#pragma once

#include "core/dataset/dataset.h"

#include <QWidget>

#include <memory>

class ModelsFilterModel;
class ModelsModel;
class FrozenColumnTable;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

// The Models tab: every model with its sizes, context, license and source; sort by any
// column, filter by what fits the hardware (total parameters), license, family or text.
class ModelsView : public QWidget
{
    Q_OBJECT

public:
    explicit ModelsView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);
    ~ModelsView() override;

    Q_INVOKABLE void activateFind();

    ModelsModel *model() const { return m_model; }
    ModelsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const;
    QDoubleSpinBox *minParams() const { return m_min; }
    QDoubleSpinBox *maxParams() const { return m_max; }
    QComboBox *licenseCombo() const { return m_license; }
    QCheckBox *includeUnknownBox() const { return m_includeUnknown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void applyFilters();
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const Dataset> m_dataset;
    ModelsModel *m_model = nullptr;
    ModelsFilterModel *m_filter = nullptr;
    FrozenColumnTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_familyLabel = nullptr;
    QComboBox *m_family = nullptr;
    QLabel *m_licenseLabel = nullptr;
    QComboBox *m_license = nullptr;
    QLabel *m_paramsLabel = nullptr;
    QDoubleSpinBox *m_min = nullptr;
    QLabel *m_toLabel = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QCheckBox *m_includeUnknown = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    bool m_restoring = false;
};
