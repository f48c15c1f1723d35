#include "render/report/reportparts.h"

#include "render/charts/chartexport.h"
#include "render/recommend/recommendationrenderer.h"

void addReportParts(ReportOptions *options, const std::shared_ptr<const Dataset> &dataset,
                    const QMap<QString, QString> &answers)
{
    // The charts, each drawn as vector graphics under the report's own heading and subtitle
    // (so without the chart's).
    options->chartPainter = [dataset](QPainter *p, const QRectF &r, const Chart &c) {
        Chart untitled = c;
        untitled.title = {};
        untitled.subtitle = {};
        ChartExport::paint(*dataset, untitled, p, r);
    };
    if (!answers.isEmpty())
        options->recommendation = ReportRecommendation::fromAnswers(*dataset, answers);
}
