#pragma once

#include "dataset.h"
#include "report.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The answers a report is made for: read from the command line's --answer QID=OPTION
// and --answers FILE.json ({"QID": "OPTION", ...}; --answer wins), checked against the
// dataset's questions. nullopt with a one-line reason on bad input.
std::optional<QMap<QString, QString>> readReportAnswers(const Dataset &dataset, const QStringList &answerArguments,
                                                        const QString &answersFile, QString *error);

// The recommendation section for these answers: the answers as question and option
// texts, in the dataset's order. The recommender fills in the rest:
//     ReportRecommendation rec = reportRecommendation(dataset, answers);
//     const Recommendation r = Recommender(dataset).recommend(answers);
//     rec.recommendation = r.recommendation; rec.margin = r.margin;
//     for each family: rec.scores.append({id, r.scores.value(id)});
//     for each reason: rec.reasons.append({text, family, weight, ref.passage});
//     for each flip: rec.flips.append({question text, option label, recommendation});
ReportRecommendation reportRecommendation(const Dataset &dataset, const QMap<QString, QString> &answers);
