#pragma once

#include "core/fit/fit.h"

class ReportSection;

// The report's hardware-fit section: the hardware and precisions chosen on the Fit tab, and
// for every model its memory on a device, the fit, the largest context that fits and the
// decode speed bound, with the formulas and the assumption behind them; then the dataset's
// chart of memory against context (kind fit-context) for that hardware and chartModels
// (empty: the five largest models that fit, ChartData's rule).
namespace FitReport {
void writeSection(ReportSection *section, const Dataset &dataset, const FitRequest &request, const QStringList &chartModels,
                  const QString &title);
}
