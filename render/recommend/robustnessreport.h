#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/robustness.h"
#include "render/recommend/recommendationrenderer.h"

#include <QCoreApplication>
#include <QString>

// How sure a recommendation is, written for a decision-maker: the win probability under
// random importances (with how it is computed), the smallest importance change that flips
// it, the three readings of its evidence (as the document says / without rumored and
// anticipated evidence / as things turned out) and the reasons resting on what is not yet
// shipped. The wizard's result page, its PDF and the report's recommendation section.
class RobustnessReport
{
    Q_DECLARE_TR_FUNCTIONS(RobustnessReport)

public:
    // Rich text (QTextDocument's subset of HTML) under a heading of the given level.
    static QString html(const Dataset &dataset, const RobustnessSummary &summary, bool darkPalette, int headingLevel);
    // "full", "half", "not at all": how rumored and anticipated evidence counts.
    static QString countingName(double unshipped);
    // "As the document says", "Without rumored or anticipated evidence", "As things turned out".
    static QString readingName(int reading);
    static constexpr int ReadingCount = 3;

    // The report's part of it: plain texts in the current language (document counting).
    static ReportRecommendation::Robustness reportRobustness(const Dataset &dataset, const QMap<QString, QString> &answers);
    // Written at the end of the report's recommendation section.
    static void writeReportSection(ReportSection *section, const Dataset &dataset,
                                   const ReportRecommendation::Robustness &robustness);
};
