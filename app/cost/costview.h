#pragma once

#include "core/cost/costexport.h"

#include <QWidget>

#include <memory>

class ChartHover;
class QChartView;
class SelfHostPane;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTableWidget;

// The Cost tab: a workload (tokens a month, cached share, share in a discount window, request
// size, the day whose prices count), the table of every priced model at that day's list prices
// (per million, cached, blended at an editable ratio, monthly cost, the price's date and
// source; sortable), the selected price's sources and words, the document's price claim
// checked from the same prices, and a comparison currency with a rate only the user enters.
class CostView : public QWidget
{
    Q_OBJECT

public:
    enum Column { // in the order of Cost::Field
        ModelColumn,
        ModeColumn,
        MonthlyColumn,
        ConvertedColumn,
        CurrencyColumn,
        InputColumn,
        CachedColumn,
        OutputColumn,
        BlendedColumn,
        DateColumn,
        SourceColumn,
        ProviderColumn,
        NotesColumn,
        ColumnCount
    };

    explicit CostView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    // The table as shown (its workload, day and ratio), for the export and the tests.
    const CostExport::Table &table() const { return m_table; }
    QTableWidget *tableWidget() const { return m_view; }
    QLabel *claimLabel() const { return m_claim; }
    QLabel *detailsLabel() const { return m_details; }
    QComboBox *benchmarkCombo() const { return m_benchmark; }
    QChartView *chartView() const { return m_chartView; }
    ChartHover *chartHover() const { return m_chartHover; }
    SelfHostPane *selfHostPane() const { return m_selfHost; }
    // File → Export… on this tab: the cost table as CSV or JSON.
    void exportWithDialog();
    bool exportTo(const QString &path, QString *error) const;
    // The workload the tab last had (remembered in the settings); none before it was used.
    static std::optional<Workload> savedWorkload();

Q_SIGNALS:
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls(QFormLayout *form);
    void saveWorkload() const;
    void retranslateUi();
    void refresh();
    void fillTable();
    void fillRow(int row, const CostLine &line);
    void showDetails();
    void updateClaim();
    void fillCurrencies();
    void fillBenchmarks();
    void rebuildChart();
    std::optional<double> converted(const CostLine &line) const;

    std::shared_ptr<const Dataset> m_dataset;
    CostExport::Table m_table;
    QDoubleSpinBox *m_input = nullptr;
    QDoubleSpinBox *m_output = nullptr;
    QSpinBox *m_cached = nullptr;
    QSpinBox *m_discount = nullptr;
    QSpinBox *m_request = nullptr;
    QCheckBox *m_newest = nullptr;
    QDateEdit *m_on = nullptr;
    QDoubleSpinBox *m_inParts = nullptr;
    QDoubleSpinBox *m_outParts = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QComboBox *m_target = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_outputLabel = nullptr;   // the form's words between two fields
    QLabel *m_discountLabel = nullptr;
    QLabel *m_maxAgeLabel = nullptr;
    QString m_otherCurrency; // the currency the rate converts from
    QFormLayout *m_form = nullptr;
    QTableWidget *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_claim = nullptr;
    QLabel *m_benchmarkLabel = nullptr;
    QComboBox *m_benchmark = nullptr;
    QChartView *m_chartView = nullptr;
    ChartHover *m_chartHover = nullptr;
    QLabel *m_chartNotes = nullptr;
    SelfHostPane *m_selfHost = nullptr;
};
