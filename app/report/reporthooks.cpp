#include "app/report/reporthooks.h"

#include "render/charts/chartexport.h"
#include "core/recommend/recommender.h"
#include "render/report/reportanswers.h"

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
    if (answers.isEmpty())
        return;
    ReportRecommendation rec = reportRecommendation(*dataset, answers);
    const Recommendation r = Recommender(*dataset).recommend(answers);
    rec.recommendation = r.recommendation;
    rec.margin = r.margin;
    for (const QString &family : r.ranking)
        rec.scores.append({family, r.scores.value(family)});
    for (const Reason &reason : r.reasons)
        rec.reasons.append({reason.text.text(), reason.family, reason.weight, reason.ref.passage});
    for (const Flip &flip : r.flips) {
        const Question *q = dataset->question(flip.question);
        const QuestionOption *o = q ? q->option(flip.option) : nullptr;
        const QString option = o ? o->label.text()
                                 : (flip.option == Question::noPreference() ? Report::tr("No preference") : flip.option);
        rec.flips.append({q ? q->text.text() : flip.question, option, flip.recommendation});
    }
    options->recommendation = rec;
}
