#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

// Every QSettings key the application reads or writes, in one place. The strings are what
// users' saved settings are stored under: never change one (tst_settingskeys pins them).
// A new setting gets a constant here and a line in all() (or a function, for a key with a
// part that varies), so that a test sees it is unique.
namespace SettingsKeys {

// The user's language, "en" or "zh_CN" (View → Language); --lang overrides it.
inline constexpr QLatin1String Language("language");
// The theme, "system", "light" or "dark" (View → Theme).
inline constexpr QLatin1String Theme("theme");

// The main window.
inline constexpr QLatin1String RecentFiles("recentFiles");
inline constexpr QLatin1String LastDatasetDir("lastDatasetDir");
inline constexpr QLatin1String LastExportDir("lastExportDir"); // the matrix's CSV/JSON export
inline constexpr QLatin1String WindowGeometry("window/geometry");
inline constexpr QLatin1String WindowState("window/state");
inline constexpr QLatin1String WindowTab("window/tab");

// The Matrix tab (its header's layout: matrixHeader()).
inline constexpr QLatin1String MatrixSplitter("matrix/splitter");
inline constexpr QLatin1String MatrixPinned("matrix/pinned");
inline constexpr QLatin1String MatrixFavoured("matrix/favoured");
inline constexpr QLatin1String MatrixStatus("matrix/status");
inline constexpr QLatin1String MatrixSortColumn("matrix/sortColumn");
inline constexpr QLatin1String MatrixSortOrder("matrix/sortOrder");
inline constexpr QLatin1String MatrixSearch("matrix/search");

// The Models tab.
inline constexpr QLatin1String ModelsHeader("models/header");
inline constexpr QLatin1String ModelsMin("models/min");
inline constexpr QLatin1String ModelsMax("models/max");
inline constexpr QLatin1String ModelsFamily("models/family");
inline constexpr QLatin1String ModelsLicense("models/license");
inline constexpr QLatin1String ModelsIncludeUnknown("models/includeUnknown");

// The Charts tab.
inline constexpr QLatin1String ChartsCurrent("charts/current");
inline constexpr QLatin1String ChartsExportDir("charts/exportDir");

// The Fit tab.
inline constexpr QLatin1String FitDevice("fit/device");
inline constexpr QLatin1String FitWeights("fit/weights");
inline constexpr QLatin1String FitKv("fit/kv");
inline constexpr QLatin1String FitCount("fit/count");
inline constexpr QLatin1String FitSequences("fit/sequences");
inline constexpr QLatin1String FitContext("fit/context");
inline constexpr QLatin1String FitOnlyFitting("fit/onlyFitting");

// The Cost tab's workload (remembered between runs; the report's cost section uses it).
inline constexpr QLatin1String CostInput("cost/inputMTok");
inline constexpr QLatin1String CostOutput("cost/outputMTok");
inline constexpr QLatin1String CostCached("cost/cachedPercent");
inline constexpr QLatin1String CostDiscount("cost/discountPercent");
inline constexpr QLatin1String CostRequest("cost/requestTokens");
inline constexpr QLatin1String CostOn("cost/on"); // YYYY-MM-DD; empty: the newest prices
// The Cost tab's self-hosting estimate: the user's price of a GPU hour (no default) and currency.
inline constexpr QLatin1String CostGpuHourPrice("cost/gpuHourPrice");
inline constexpr QLatin1String CostGpuCurrency("cost/gpuCurrency");

// The Recommend tab (answers and importance per dataset: wizardKey()).
inline constexpr QLatin1String WizardAnalystMode("wizard/analystMode");
inline constexpr QLatin1String WizardLastDir("wizard/lastDir");

// File → Export Report….
inline constexpr QLatin1String ReportSections("report/sections");
inline constexpr QLatin1String ReportPageSize("report/pageSize");
inline constexpr QLatin1String ReportLastDir("report/lastDir");

// The matrix header's layout only fits the families it was made for: one key per set,
// "matrix/header/ID+ID+…".
inline QString matrixHeader(const QStringList &familyIds)
{
    return QStringLiteral("matrix/header/") + familyIds.join(QLatin1Char('+'));
}

// What the wizard keeps per dataset ("answers", "importance"): "wizard/DATASET/NAME", so
// opening another dataset keeps the answers given for this one.
inline QString wizardKey(const QString &datasetId, const QString &name)
{
    return QStringLiteral("wizard/%1/%2").arg(datasetId, name);
}

// Every fixed key above.
inline QList<QLatin1String> all()
{
    return {Language, RecentFiles, LastDatasetDir, LastExportDir, WindowGeometry, WindowState, WindowTab,
            MatrixSplitter, MatrixPinned, MatrixFavoured, MatrixStatus, MatrixSortColumn, MatrixSortOrder,
            MatrixSearch, ModelsHeader, ModelsMin, ModelsMax, ModelsFamily, ModelsLicense, ModelsIncludeUnknown, ChartsCurrent,
            ChartsExportDir, WizardAnalystMode, WizardLastDir, ReportSections, ReportPageSize, ReportLastDir,
            FitDevice, FitWeights, FitKv, FitCount, FitSequences, FitContext, FitOnlyFitting,
            CostInput, CostOutput, CostCached, CostDiscount, CostRequest, CostOn, CostGpuHourPrice, CostGpuCurrency, Theme};
}

} // namespace SettingsKeys
