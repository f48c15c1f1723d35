#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QWidget>

#include <memory>

class ChartHover;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QTextBrowser;
class QListWidget;
class QSplitter;
class QVBoxLayout;

// The Charts tab: the dataset's charts in a list, one shown large. The viewer picks the
// models, the mode and the scale, hides a family from the legend, and hovers for the
// exact value and its source. The chart is ChartRenderer's Qt Charts backend of the same
// ChartSpec that the exports draw (ChartExport).
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    // What assistive technology reads for a chart (its subtitle, each series with its values,
    // the guide lines, the notes): for any view that shows one.
    static QString accessibleSummary(const ChartData &built);
    explicit ChartsView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    QString currentChartId() const;
    bool showChart(const QString &chartId);
    ChartOptions options() const { return m_options; }
    QChart *chart() const;

    // Exports the current chart as shown: its models, mode, scale and families (the command
    // line exports a chart as the dataset defines it). The format from the extension.
    bool exportChart(const QString &path, QSize pngSize, QString *error) const;
    // File → Export Chart…: a save dialog, then the PNG size when the file is a PNG.
    void exportWithDialog();
    // The same for any chart with the options it is shown with (the Fit tab's chart too).
    static void exportWithDialog(QWidget *parent, const Dataset &dataset, const Chart &chart, const ChartOptions &options);

    // Viewer choices; each rebuilds the chart.
    void setFamilyHidden(const QString &familyId, bool hidden);
    void setMode(const QString &mode);
    void setLogScale(bool log);
    void setModels(const QStringList &modelIds);

    // The text a hover over a bar or point shows (also its tooltip); empty if none.
    QString lastHoverText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNotes();
    void fitSubtitle(int width);
    void setNotes(const QString &text);
    void buildSidebar(QWidget *parent);
    void buildChartPane(QWidget *parent);
    void fillChoices();
    void setFocusOrder();
    void connectControls();
    void retranslateUi();
    void rebuild();
    void updateControls();
    void updateModelList(const ChartData &built);
    QString nothingShownText(const ChartData &built) const;
    void connectLegend(QChart *chart);
    bool darkPalette() const;
    const Chart *currentChart() const;

    std::shared_ptr<const Dataset> m_dataset;
    ChartOptions m_options;
    ChartHover *m_hover = nullptr;
    bool m_updating = false;
    bool m_sized = false; // the splitter's first sizes, once the tab's width is known

    QSplitter *m_splitter = nullptr;
    QListWidget *m_list = nullptr;
    QGroupBox *m_controls = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QCheckBox *m_logCheck = nullptr;
    QLabel *m_logNote = nullptr; // why the scale cannot be switched, when it cannot
    QWidget *m_familyBox = nullptr;
    QVBoxLayout *m_familyLayout = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_familiesLabel = nullptr;
    QLabel *m_modelsLabel = nullptr;
    QListWidget *m_modelList = nullptr;
    QLabel *m_subtitle = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_nothingShown = nullptr; // instead of an empty chart: what to tick
    QTextBrowser *m_notes = nullptr;
};
