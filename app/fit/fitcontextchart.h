#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"
#include "core/fit/fit.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class ChartHover;
class QChartView;

// The Fit tab's chart of memory against context for the chosen rows: the dataset's
// fit-context chart (ChartData → ChartSpec) for the tab's hardware, drawn by ChartRenderer
// (Qt Charts), and exported as every chart is (ChartExport), as shown.
class FitContextChart : public QWidget
{
    Q_OBJECT

public:
    explicit FitContextChart(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    // Shows the chart for these models on this hardware (no models: a hint to choose some).
    void setData(const FitRequest &request, const QStringList &models);
    // The dataset's fit-context chart (null: the dataset defines none).
    const Chart *definition() const;
    // What the chart shows and how it was asked for.
    const ChartData &data() const { return m_data; }
    ChartOptions options() const;
    QChartView *chartView() const { return m_view; }
    ChartHover *hover() const { return m_hover; }
    // The chart as shown, to a file (.pdf, .svg, .png); false with *error set.
    bool exportTo(const QString &path, QSize pngSize, QString *error) const;
    // A save dialog, then the file (ChartsView::exportWithDialog).
    void exportWithDialog();
    QSize sizeHint() const override { return {520, 340}; }
    QSize minimumSizeHint() const override { return {280, 200}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::shared_ptr<const Dataset> m_dataset;
    FitRequest m_request;
    QStringList m_models;
    ChartData m_data;
    QChartView *m_view = nullptr;
    ChartHover *m_hover = nullptr;
};
