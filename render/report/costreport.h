#pragma once

#include "core/cost/costexport.h"
#include "render/report/reportsection.h"

// The report's cost section: the workload and the day whose list prices count, a table of
// every priced model (monthly cost in its own currency, prices per million, the price's date
// and source, "possibly out of date" where it is), and the document's price claims checked
// from the same prices. Written through ReportSection, as the recommendation is.
class CostReport
{
    Q_DECLARE_TR_FUNCTIONS(CostReport)

public:
    static QString title();
    static void write(ReportSection *section, const Dataset &dataset, const CostExport::Table &table);
};
