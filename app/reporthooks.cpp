#include "reporthooks.h"

#include "reportanswers.h"

void addReportParts(ReportOptions *options, const std::shared_ptr<const Dataset> &dataset,
                    const QMap<QString, QString> &answers)
{
    // The charts: once app/chartrenderer.h is in, draw each one as vector graphics:
    //     options->chartPainter = [dataset](QPainter *p, const QRectF &r, const Chart &c) {
    //         ChartRenderer::paint(*dataset, c, p, r);
    //     };
    if (!answers.isEmpty()) {
        // The recommendation: once core/recommender.h is in, fill the result from
        // Recommender(*dataset).recommend(answers) (see reportanswers.h).
        options->recommendation = reportRecommendation(*dataset, answers);
    }
}
