#pragma once

#include "core/dataset/dataset.h"
#include "render/report/report.h"

#include <QMap>
#include <QString>
#include <QStringList>


// The recommendation section for these answers: the answers as question and option
// texts, in the dataset's order; addReportParts() adds the recommender's result.
ReportRecommendation reportRecommendation(const Dataset &dataset, const QMap<QString, QString> &answers);
