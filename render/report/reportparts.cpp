#include "render/report/reportparts.h"

#include "render/charts/chartexport.h"
#include "render/recommend/recommendationrenderer.h"
#include "render/report/costreport.h"

void addReportParts(ReportOptions *options, const std::shared_ptr<const Dataset> &dataset, const ReportInputs &inputs)
{
    // The charts, each drawn as vector graphics under the report's own heading and subtitle
    // (so without the chart's).
    options->chartPainter = [dataset](QPainter *p, const QRectF &r, const Chart &c) {
        Chart untitled = c;
        untitled.title = {};
        untitled.subtitle = {};
        ChartExport::paint(*dataset, untitled, p, r);
    };
    if (!inputs.answers.isEmpty())
        options->recommendation = ReportRecommendation::fromAnswers(*dataset, inputs.answers, inputs.followUps);
    // The cost section: the given workload, else the list prices per million tokens (one
    // million input and one million output tokens), on the day given, else the newest prices.
    if (!dataset->prices.isEmpty()) {
        Workload w;
        w.inputMTok = 1;
        w.outputMTok = 1;
        if (inputs.costWorkload)
            w = *inputs.costWorkload;
        options->costSection = [dataset, w](ReportSection *section) {
            CostReport::write(section, *dataset, CostExport::table(*dataset, w, Cost::referenceDate(*dataset)));
        };
    }
}
