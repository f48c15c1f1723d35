#pragma once

#include "core/recommend/followup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class ReportSection;

// The follow-up pages' part of a recommendation (FollowUp): the models of the recommended
// family that fit the user's hardware, the closest of the other family, and the monthly cost
// of the user's volume at the family's dated list prices. For the wizard's result page and
// its PDF (html()) and the report's recommendation section (writeReportSection()), so the
// three say the same thing; RecommendationRenderer calls it.
class FollowUpReport
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpReport)

public:
    // One part as plain texts: a heading, paragraphs before a table, the table, notes after.
    struct Part
    {
        QString heading;
        QStringList before;
        QStringList columns;
        QList<qreal> widths;
        QList<QStringList> rows;
        QStringList after;
    };
    static Part hardwarePart(const Dataset &dataset, const HardwareAdvice &advice);
    static Part workloadPart(const Dataset &dataset, const WorkloadAdvice &advice);

    // Rich text for QTextDocument; headingLevel is the level of each part's heading.
    static QString html(const Part &part, int headingLevel);
    static void writeReportSection(ReportSection *section, const Part &part);
};
