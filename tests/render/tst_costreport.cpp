#include "core/dataset/datasetloader.h"
#include "render/report/report.h"
#include "render/report/reportparts.h"
#include "tests/reportpdf.h"

#include <QTemporaryDir>
#include <QTest>

// The report's cost section (CostReport through ReportSection): in the contents, with the
// prices' dates and the claim checked; figures by hand.
class TestCostReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costSectionInTheReport();
    void leftOutWithoutPrices();
};

void TestCostReport::costSectionInTheReport()
{
    const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
    QVERIFY(loaded.ok());
    ReportOptions options;
    options.sections = ReportOptions::Cost;
    addReportParts(&options, loaded.dataset, {});
    Report report(loaded.dataset, options);
    QVERIFY(report.availableSections().testFlag(ReportOptions::Cost));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cost.pdf"));
    QString error;
    QVERIFY2(report.exportPdf(pdf, &error), qPrintable(error));
    QCOMPARE(report.contents().size(), 2); // the section and its claim heading
    QVERIFY(report.contents().constFirst().startsWith(Report::sectionName(ReportOptions::Cost) + QLatin1Char('\t')));
    if (!ReportPdf::available())
        QSKIP("pdftotext is not installed");
    const QString text = ReportPdf::simplified(ReportPdf::text(pdf));
    QVERIFY2(ReportPdf::holds(text, QStringLiteral("List prices in force on 2026-06-27")), qPrintable(text.left(400)));
    // DeepSeek-V3.2-Exp, 1 M input + 1 M output at 0.28 and 0.42: 0.70 USD.
    QVERIFY(ReportPdf::holds(text, QStringLiteral("0.7000 USD")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("seen in force 2025-09-29 to 2026-04-13")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("possibly out of date")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("Holds in some currencies only")));
}

void TestCostReport::leftOutWithoutPrices()
{
    const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
    QVERIFY(loaded.ok());
    auto unpriced = std::make_shared<Dataset>(*loaded.dataset);
    unpriced->prices.clear();
    ReportOptions options;
    addReportParts(&options, unpriced, {});
    QVERIFY(!Report(unpriced, options).availableSections().testFlag(ReportOptions::Cost));
}

QTEST_MAIN(TestCostReport)
#include "tst_costreport.moc"
