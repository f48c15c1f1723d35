#pragma once

#include "core/cost/cost.h"
#include "core/recommend/answers.h"
#include "render/report/report.h"

#include <QMap>

#include <memory>

// Where the rest of Versus plugs into the report, for the command line and the GUI alike:
// the charts (ChartExport), the cost section (CostReport, for the given workload, else 1 M
// input and 1 M output tokens, on the newest prices) and the recommendation for these answers
// (ReportRecommendation::fromAnswers, drawn by RecommendationRenderer).
struct ReportInputs
{
    ReportInputs(QMap<QString, QString> given = {}) // NOLINT: the answers alone convert
        : answers(std::move(given))
    {
    }
    QMap<QString, QString> answers;       // the wizard's answers; none: no recommendation
    AnswerExtras followUps;               // its follow-up pages (hardware, volume)
    std::optional<Workload> costWorkload; // the cost section's workload (the Cost tab's); none: 1 M input + 1 M output
};
void addReportParts(ReportOptions *options, const std::shared_ptr<const Dataset> &dataset, const ReportInputs &inputs);
