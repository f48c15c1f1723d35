#pragma once

#include "render/report/report.h"

#include <QMap>

#include <memory>

// Where the rest of Versus plugs into the report, for the command line and the GUI alike:
// the charts (ChartExport) and the recommendation for these answers
// (ReportRecommendation::fromAnswers, drawn by RecommendationRenderer).
void addReportParts(ReportOptions *options, const std::shared_ptr<const Dataset> &dataset,
                    const QMap<QString, QString> &answers);
