#include "app/fit/fitcontextchart.h"

#include "app/charts/charthover.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/chartsview.h"
#include "render/charts/chartexport.h"
#include "render/charts/chartspec.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>

FitContextChart::FitContextChart(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("fitContextChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("fitContextChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_hover = new ChartHover(m_view); // each point: its memory at that context
    layout->addWidget(m_view, 1);
    m_request = FitRequest::defaults(*m_dataset);
    rebuild();
}

const Chart *FitContextChart::definition() const
{
    for (const Chart &c : m_dataset->charts) {
        if (c.kind == QLatin1String("fit-context"))
            return &c;
    }
    return nullptr;
}

ChartOptions FitContextChart::options() const
{
    ChartOptions o;
    o.fit = m_request;
    o.models = m_models;
    o.darkPalette = palette().color(QPalette::Window).lightness() < 128;
    return o;
}

void FitContextChart::setData(const FitRequest &request, const QStringList &models)
{
    m_request = request;
    m_models = models;
    rebuild();
}

void FitContextChart::rebuild()
{
    const Chart *chart = definition();
    m_data = chart && !m_models.isEmpty() ? ChartData::build(*m_dataset, *chart, options()) : ChartData();
    QChart *old = m_view->chart();
    QChart *qc = nullptr;
    if (!m_data.series.isEmpty()) {
        qc = ChartRenderer::create(ChartSpec(*m_dataset, m_data, options().darkPalette), chart->id);
        // In the tab the chart is small: its title (the view's accessible name says it) would
        // take the room its value axis needs.
        qc->setTitle(QString());
        m_view->setAccessibleName(tr("Chart: %1").arg(chart->title.text()));
        m_view->setAccessibleDescription(ChartsView::accessibleSummary(m_data));
    } else {
        // Nothing chosen yet: the chart says what to do, in its title.
        const QString hint = chart ? tr("Select models in the table to see their memory against the context.")
                                   : tr("This dataset defines no chart of memory against context.");
        qc = new QChart;
        qc->setTheme(options().darkPalette ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        qc->setTitle(hint);
        m_view->setAccessibleName(tr("Chart: %1").arg(hint));
        m_view->setAccessibleDescription(hint);
    }
    m_view->setChart(qc);
    m_hover->attach(qc);
    // QChartView releases the chart it showed before.
    if (old && old != qc)
        delete old;
}

bool FitContextChart::exportTo(const QString &path, QSize pngSize, QString *error) const
{
    const Chart *chart = definition();
    if (!chart) {
        if (error)
            *error = tr("This dataset defines no chart of memory against context.");
        return false;
    }
    ChartOptions o = options();
    o.darkPalette = false; // files are light
    return ChartExport::exportTo(*m_dataset, chart->id, path, error, pngSize, o);
}

void FitContextChart::exportWithDialog()
{
    if (const Chart *chart = definition()) {
        ChartOptions o = options();
        o.darkPalette = false;
        ChartsView::exportWithDialog(this, *m_dataset, *chart, o);
    }
}

void FitContextChart::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) && m_view)
        rebuild();
    QWidget::changeEvent(event);
}
