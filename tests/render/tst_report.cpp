#include "core/dataset/datasetloader.h"
#include "core/dataset/localizedtext.h"
#include "render/pdf/pdfwriter.h"
#include "render/report/report.h"
#include "render/report/reportparts.h"
#include "render/report/reportlayout.h"
#include "tests/reportpdf.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
// A block of fixed height whose lines are lineHeight apart (0: it cannot be cut).
class FakeBlock : public ReportBlock
{
public:
    FakeBlock(qreal h, qreal lineHeight = 0) : m_height(h), m_line(lineHeight) {}
    qreal height() const override { return m_height; }
    qreal breakBefore(qreal limit) const override { return m_line > 0 ? std::floor(limit / m_line) * m_line : 0; }
    void paint(QPainter *, qreal, qreal) const override {}

private:
    qreal m_height;
    qreal m_line;
};

// A device that takes some bytes and then fails, like a disk that fills up.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

// Stands in for the chart renderer: vector shapes and a text, nothing raster.
void fakeChart(QPainter *painter, const QRectF &target, const Chart &chart)
{
    painter->setPen(QPen(Qt::black, target.width() / 400));
    painter->drawRect(target.adjusted(2, 2, -2, -2));
    painter->fillRect(QRectF(target.left() + target.width() * 0.1, target.center().y(), target.width() * 0.2,
                             target.height() * 0.4),
                      QColor(0x35, 0x59, 0xe0));
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    painter->drawText(target.adjusted(10, 10, -10, -10), Qt::AlignTop | Qt::AlignLeft,
                      QStringLiteral("drawn chart %1").arg(chart.id));
}

// Every word of the PDF with its box, in reading order (pdftotext -bbox).
QStringList placedWords(const QString &pdf)
{
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QStringList words;
    const QString out = ReportPdf::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    for (auto it = word.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        words.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(m.captured(1).toDouble(), 0, 'f', 2)
                         .arg(m.captured(2).toDouble(), 0, 'f', 2)
                         .arg(m.captured(3).toDouble(), 0, 'f', 2)
                         .arg(m.captured(4).toDouble(), 0, 'f', 2)
                         .arg(m.captured(5)));
    }
    return words;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void bundledReport_data();
    void bundledReport();
    void contentsPointsAtPages();
    void anticipationsInTheReport();
    void matrixRowsStayWholeWithHeader();
    void chineseReportWithCharts();
    void reportChartsCompareFamilies();
    void exportDrawsWhatDirectPaintingDraws();
    void recommendationSection_data();
    void recommendationSection();
    void sectionsCanBeLeftOut();
    void hardwareFitSection();
    void defaultPageSize_data();
    void defaultPageSize();
    void paperLocaleFromEnvironment();
    void pagination_data();
    void pagination();
    void failingDeviceIsReported();
    void exportFailureLeavesOldFile_data();
    void exportFailureLeavesOldFile();

private:
    QString exportReport(const std::shared_ptr<const Dataset> &dataset, const ReportOptions &options,
                         const QString &name, int *pageCount = nullptr, QStringList *contents = nullptr);

    std::shared_ptr<const Dataset> m_bundled;
    std::shared_ptr<const Dataset> m_chinese;
    QTemporaryDir m_dir;
    QString m_bundledPdf;
    QStringList m_bundledContents;
};

void TestReport::initTestCase()
{
    if (!ReportPdf::available())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts) are needed to read the PDF back");
    QVERIFY(m_dir.isValid());
    const auto bundled = DatasetLoader::loadBundled();
    QVERIFY(bundled.ok());
    m_bundled = bundled.dataset;
    const auto chinese = DatasetLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/report-zh.json"));
    QVERIFY2(chinese.ok(), qPrintable(chinese.problems.isEmpty() ? QString() : chinese.problems.constFirst().toString()));
    m_chinese = chinese.dataset;
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    m_bundledPdf = exportReport(m_bundled, options, QStringLiteral("bundled.pdf"), nullptr, &m_bundledContents);
    QVERIFY(!m_bundledPdf.isEmpty());
}

void TestReport::cleanup()
{
    LocalizedText::setCurrentLanguage(QStringLiteral("en"));
}

QString TestReport::exportReport(const std::shared_ptr<const Dataset> &dataset, const ReportOptions &options,
                                 const QString &name, int *pageCount, QStringList *contents)
{
    const QString path = m_dir.filePath(name);
    Report report(dataset, options);
    QString error;
    if (!report.exportPdf(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    // With VERSUS_SCREENSHOT_DIR set, the reports are kept there, to look at.
    const QString keep = qEnvironmentVariable("VERSUS_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    if (pageCount)
        *pageCount = report.pageCount();
    if (contents)
        *contents = report.contents();
    return path;
}

void TestReport::bundledReport_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << QPageSize::A4 << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << QPageSize::Letter << QStringLiteral("612 x 792 pts (letter)");
}

void TestReport::bundledReport()
{
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QString, pdfinfoSize);
    ReportOptions options;
    options.pageSize = QPageSize(size);
    int pageCount = 0;
    const QString pdf = exportReport(m_bundled, options, QStringLiteral("bundled-%1.pdf").arg(int(size)), &pageCount);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(ReportPdf::info(pdf, QStringLiteral("Page size")), pdfinfoSize);
    const int pages = ReportPdf::pages(pdf);
    QCOMPARE(pages, pageCount);
    // (14 pages before the section "Since the document" and the sources of 2026: 15 with them.)
    QVERIFY2(pages >= 5 && pages <= 18, qPrintable(QString::number(pages)));

    const QString text = ReportPdf::text(pdf);
    QVERIFY(text.contains(m_bundled->title.text()));
    QVERIFY(ReportPdf::holds(text, m_bundled->checksum)); // one line, but a narrow page may wrap it
    QVERIFY(text.contains(m_bundled->version));
    for (const Dimension &d : m_bundled->dimensions) {
        QVERIFY2(ReportPdf::holds(text, d.name.text()), qPrintable(d.name.text()));
        for (const Family &f : m_bundled->families)
            QVERIFY2(ReportPdf::holds(text, d.cells.value(f.id).text.text()), qPrintable(d.id));
    }
    for (const Verdict &v : m_bundled->verdicts)
        QVERIFY2(ReportPdf::holds(text, v.rationale.text()), qPrintable(v.id));
    for (const ClaimCheck &c : m_bundled->claimChecks)
        QVERIFY2(ReportPdf::holds(text, c.detail.text()), qPrintable(c.id));
    for (const Source &s : m_bundled->sources)
        QVERIFY2(ReportPdf::holds(text, s.title.text()), qPrintable(s.id));
    for (const Status &s : m_bundled->statuses)
        QVERIFY(text.contains(s.name.text()));

    // Nothing elided, nothing raster, every font embedded; page numbers in the footer.
    QVERIFY(!text.contains(QChar(0x2026)));
    QCOMPARE(ReportPdf::images(pdf), 0);
    const auto fonts = ReportPdf::fonts(pdf);
    QVERIFY(!fonts.isEmpty());
    for (const auto &font : fonts)
        QVERIFY2(font.second, qPrintable(font.first));
    for (int p = 2; p <= pages; ++p)
        QVERIFY2(ReportPdf::text(pdf, p).contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(QString::number(p)));
}

void TestReport::contentsPointsAtPages()
{
    QVERIFY(!m_bundledContents.isEmpty());
    QStringList headings;
    for (const QString &entry : std::as_const(m_bundledContents)) {
        const QString heading = entry.section(QLatin1Char('\t'), 0, 0);
        const int page = entry.section(QLatin1Char('\t'), 1).toInt();
        headings.append(heading);
        QVERIFY2(page >= 3, qPrintable(entry));
        QVERIFY2(ReportPdf::text(m_bundledPdf, page).contains(heading), qPrintable(entry));
        // The contents page lists it with that number.
        QVERIFY2(ReportPdf::text(m_bundledPdf, 2).contains(QStringLiteral("%1 %2").arg(heading).arg(page)), qPrintable(entry));
    }
    for (ReportOptions::Section s : {ReportOptions::Matrix, ReportOptions::Verdicts, ReportOptions::ClaimChecks, ReportOptions::Sources})
        QVERIFY(headings.contains(Report::sectionName(s)));
    QVERIFY(!headings.contains(Report::sectionName(ReportOptions::Charts))); // no chart renderer given
}

void TestReport::anticipationsInTheReport()
{
    // Each of the sixteen anticipations, with its outcome, date and why, in the section
    // "Since the document", whose facts are dated; the title page says that date too.
    const QString text = ReportPdf::text(m_bundledPdf);
    QVERIFY(m_bundledContents.join(QLatin1Char('\n')).contains(QStringLiteral("Since the document")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("as of 2026-12-01")));
    QVERIFY(ReportPdf::holds(ReportPdf::text(m_bundledPdf, 1), QStringLiteral("Facts beyond the document as of 2026-12-01")));
    QCOMPARE(m_bundled->anticipationChecks.size(), 16);
    for (const AnticipationCheck &c : m_bundled->anticipationChecks) {
        const QString line = QStringLiteral("%1 → %2").arg(m_bundled->status(c.status)->name.text().toLower(),
                                                           m_bundled->outcome(c.outcome)->name.text());
        QVERIFY2(ReportPdf::holds(text, line), qPrintable(c.id + QLatin1String(": ") + line));
        QVERIFY2(ReportPdf::holds(text, c.outcomeText.text()), qPrintable(c.id));
        QVERIFY2(ReportPdf::holds(text, c.detail.text()), qPrintable(c.id));
    }
    QVERIFY(ReportPdf::holds(text, QStringLiteral("anticipated → shipped differently (2026-09)")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("X31 (secondary)")));
}

void TestReport::matrixRowsStayWholeWithHeader()
{
    const int pages = ReportPdf::pages(m_bundledPdf);
    QSet<int> matrixPages;
    for (const Dimension &d : m_bundled->dimensions) {
        int found = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text = ReportPdf::text(m_bundledPdf, p);
            // The row's name and every cell of it on one page: no row is cut in half.
            bool whole = ReportPdf::holds(text, d.name.text());
            for (const Family &f : m_bundled->families)
                whole = whole && ReportPdf::holds(text, d.cells.value(f.id).text.text());
            if (whole) {
                found = p;
                break;
            }
        }
        QVERIFY2(found > 0, qPrintable(d.id));
        matrixPages.insert(found);
    }
    QVERIFY2(matrixPages.size() >= 2, "the bundled matrix should take more than one page");
    // Each page the table continues on starts with its header.
    for (int p : std::as_const(matrixPages)) {
        const QString text = ReportPdf::text(m_bundledPdf, p);
        QVERIFY2(text.contains(QStringLiteral("Dimension")) && text.contains(QStringLiteral("Favoured")), qPrintable(QString::number(p)));
        for (const Family &f : m_bundled->families)
            QVERIFY(text.contains(f.shortName.text()));
    }
}

// The report draws the charts that compare families; a benchmark that only one family
// reports keeps its chart in the app, and the report names it.
void TestReport::reportChartsCompareFamilies()
{
    ReportOptions options;
    options.chartPainter = fakeChart;
    options.pageSize = QPageSize(QPageSize::A4);
    const QString pdf = exportReport(m_bundled, options, QStringLiteral("charts.pdf"));
    QVERIFY(!pdf.isEmpty());
    // The PDF's text keeps the fonts' ligatures ("veriﬁed"): undo them to compare.
    const QString text = ReportPdf::text(pdf)
                             .replace(QChar(0xFB00), QLatin1String("ff"))
                             .replace(QChar(0xFB01), QLatin1String("fi"))
                             .replace(QChar(0xFB02), QLatin1String("fl"))
                             .replace(QChar(0xFB03), QLatin1String("ffi"))
                             .replace(QChar(0xFB04), QLatin1String("ffl"))
                             .simplified();
    int drawn = 0, named = 0;
    for (const Chart &c : m_bundled->charts) {
        if (c.kind == QLatin1String("fit-context"))
            continue; // drawn in the hardware-fit section, for its hardware (hardwareFitSection)
        // The whole id: "benchmark-deepswe" is not "benchmark-deepswe-1.1".
        const QRegularExpression drawnText(QStringLiteral("drawn chart %1(\\s|$)").arg(QRegularExpression::escape(c.id)));
        const bool isDrawn = text.contains(drawnText);
        QVERIFY2(isDrawn == c.inReport, qPrintable(c.id));
        drawn += isDrawn;
        if (!c.inReport) {
            QVERIFY2(text.contains(c.title.text().simplified()), qPrintable(c.id));
            ++named;
        }
    }
    // Counted by hand from the bundled scores: 18 benchmarks with scores of both families,
    // 57 with one family's only; 9 charts that are not a benchmark's bars (figures 2,
    // efficiency 3, parameters, size ladder, releases, price against score).
    QCOMPARE(drawn, 18 + 9);
    QCOMPARE(named, 57);
    QVERIFY(text.contains(QStringLiteral("the charts of 57 more benchmarks")));
}

void TestReport::chineseReportWithCharts()
{
    ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    LocalizedText::setCurrentLanguage(QStringLiteral("zh_CN"));
    options.chartPainter = fakeChart;
    options.pageSize = QPageSize(QPageSize::A4);
    QStringList contents;
    const QString pdf = exportReport(m_chinese, options, QStringLiteral("zh.pdf"), nullptr, &contents);
    QVERIFY(!pdf.isEmpty());
    const QString text = ReportPdf::text(pdf);
    QVERIFY(text.contains(QStringLiteral("三个模型家族")));
    for (const Dimension &d : m_chinese->dimensions)
        QVERIFY(text.contains(d.name.text(QStringLiteral("zh_CN"))));
    for (const Family &f : m_chinese->families)
        QVERIFY(text.contains(f.shortName.text(QStringLiteral("zh_CN"))));
    // Every chart, with its title, as vector graphics.
    for (const Chart &c : m_chinese->charts) {
        QVERIFY(text.contains(c.title.text(QStringLiteral("zh_CN"))));
        QVERIFY(text.contains(QStringLiteral("drawn chart %1").arg(c.id)));
        QVERIFY(contents.contains(c.title.text(QStringLiteral("zh_CN")) + QLatin1Char('\t'), Qt::CaseSensitive)
                || std::any_of(contents.cbegin(), contents.cend(), [&c](const QString &e) {
                       return e.startsWith(c.title.text(QStringLiteral("zh_CN")) + QLatin1Char('\t'));
                   }));
    }
    QCOMPARE(ReportPdf::images(pdf), 0);
    QVERIFY(!text.contains(QChar(0x2026)));
    // Han characters in their Simplified Chinese forms: the SC cut of Noto Sans CJK, embedded.
    const auto fonts = ReportPdf::fonts(pdf);
    QVERIFY(std::any_of(fonts.cbegin(), fonts.cend(), [](const auto &f) {
        return f.first.contains(QLatin1String("CJKsc"), Qt::CaseInsensitive) && f.second;
    }));
}

void TestReport::exportDrawsWhatDirectPaintingDraws()
{
    // The export makes the PDF in memory, mends its CJK copy-and-paste entries and writes it
    // atomically; printing paints onto a device set up by someone else. Painting the same
    // report onto a PDF writer must give the same pages, and every word in the same place.
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    options.date = QDate(2025, 3, 14);
    addReportParts(&options, m_bundled, {});
    Report exporting(m_bundled, options);
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(exporting.exportPdf(exported, &error), qPrintable(error));

    Report direct(m_bundled, options);
    const QString painted = m_dir.filePath(QStringLiteral("direct.pdf"));
    {
        QPdfWriter writer(painted);
        writer.setPageSize(direct.pageSize());
        writer.setPageMargins(Report::pageMargins(), QPageLayout::Millimeter);
        writer.setResolution(600);
        QCOMPARE(direct.paint(&writer, &error), exporting.pageCount());
    }
    const QStringList contents = exporting.contents();
    QVERIFY(std::any_of(contents.cbegin(), contents.cend(), [](const QString &entry) {
        return entry.startsWith(Report::sectionName(ReportOptions::Charts) + QLatin1Char('\t'));
    }));
    QCOMPARE(direct.contents(), exporting.contents());
    QCOMPARE(ReportPdf::pages(exported), ReportPdf::pages(painted));
    const QStringList words = placedWords(exported);
    QVERIFY(words.size() > 1000);
    QCOMPARE(words, placedWords(painted));
    QCOMPARE(ReportPdf::images(exported), 0);
}

void TestReport::recommendationSection_data()
{
    QTest::addColumn<bool>("withResult");
    QTest::newRow("answers only") << false;
    QTest::newRow("with a result") << true;
}

void TestReport::recommendationSection()
{
    QFETCH(bool, withResult);
    ReportRecommendation rec;
    rec.answers.append({QStringLiteral("What matters most?"), QStringLiteral("Versatility")});
    if (withResult) {
        rec.recommendation = QStringLiteral("beta");
        rec.scores = {{QStringLiteral("alpha"), 1.0}, {QStringLiteral("beta"), 3.0}, {QStringLiteral("gamma"), 0.0}};
        rec.margin = 2;
        rec.reasons.append({QStringLiteral("Beta speaks many languages."), QStringLiteral("beta"), 2, QStringLiteral("intro-1")});
        rec.flips.append({QStringLiteral("What matters most?"), QStringLiteral("Reasoning depth"), QStringLiteral("alpha")});
    }
    ReportOptions options;
    options.recommendation = rec;
    const QString pdf = exportReport(m_chinese, options, QStringLiteral("rec-%1.pdf").arg(withResult));
    QVERIFY(!pdf.isEmpty());
    const QString text = ReportPdf::text(pdf);
    QVERIFY(text.contains(Report::sectionName(ReportOptions::Recommendation)));
    QVERIFY(text.contains(QStringLiteral("What matters most?")));
    QVERIFY(text.contains(QStringLiteral("Versatility")));
    QCOMPARE(text.contains(QStringLiteral("Beta speaks many languages.")), withResult);
    QCOMPARE(text.contains(QStringLiteral("Recommended:")), withResult);
    QCOMPARE(text.contains(QStringLiteral("Reasoning depth")), withResult);
    QCOMPARE(text.contains(QStringLiteral("does not compute recommendations")), !withResult);
}

// The Fit tab's hardware as a section: RTX 4090, Q4_K_M, 32K (figures worked in tst_fit).
void TestReport::hardwareFitSection()
{
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    QVERIFY(!Report(m_bundled, options).availableSections().testFlag(ReportOptions::HardwareFit)); // none chosen
    FitRequest fit = FitRequest::defaults(*m_bundled);
    fit.setDevice(m_bundled->device(QStringLiteral("rtx-4090")));
    fit.weights = m_bundled->precision(QStringLiteral("q4_k_m"));
    fit.context = 32768;
    options.fit = fit;
    QVERIFY(Report(m_bundled, options).availableSections().testFlag(ReportOptions::HardwareFit));
    QStringList contents;
    const QString pdf = exportReport(m_bundled, options, QStringLiteral("fit.pdf"), nullptr, &contents);
    QVERIFY(!pdf.isEmpty());
    QVERIFY(std::any_of(contents.cbegin(), contents.cend(), [](const QString &c) { return c.startsWith(QLatin1String("Hardware fit\t")); }));
    const QString text = ReportPdf::text(pdf);
    QVERIFY(ReportPdf::holds(text, QStringLiteral("NVIDIA GeForce RTX 4090")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("11.0 GB of 24.0 GB"))); // Qwen3-8B: 10,970,958,208 B
    QVERIFY(ReportPdf::holds(text, QLocale().toString(qint64(121126)) + QStringLiteral(" tokens")));
    QVERIFY(ReportPdf::holds(text, QLocale().toString(qint64(9321)) + QStringLiteral(" tokens"))); // Qwen3-32B
    QVERIFY(ReportPdf::holds(text, QStringLiteral("upper bound")));
    QVERIFY(ReportPdf::holds(text, m_bundled->fitDefaults.assumption.text()));
    // Its chart of memory against context, drawn for this hardware: the device's memory line.
    QVERIFY(ReportPdf::holds(text, m_bundled->chart(QStringLiteral("fit-context"))->title.text()));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("NVIDIA GeForce RTX 4090: 24 GB")));
    QVERIFY(ReportPdf::holds(text, QStringLiteral("context chosen: 32K")));
    options.sections &= ~ReportOptions::Sections(ReportOptions::HardwareFit);
    QStringList without;
    QVERIFY(!exportReport(m_bundled, options, QStringLiteral("fit-without.pdf"), nullptr, &without).isEmpty());
    QVERIFY(std::none_of(without.cbegin(), without.cend(), [](const QString &c) { return c.startsWith(QLatin1String("Hardware fit")); }));
}

void TestReport::sectionsCanBeLeftOut()
{
    ReportOptions options;
    options.sections = ReportOptions::Verdicts;
    QStringList contents;
    const QString pdf = exportReport(m_bundled, options, QStringLiteral("verdicts-only.pdf"), nullptr, &contents);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(contents.size(), 1);
    QVERIFY(contents.constFirst().startsWith(Report::sectionName(ReportOptions::Verdicts)));
    const QString text = ReportPdf::text(pdf);
    QVERIFY(!text.contains(m_bundled->sources.constFirst().where));
    QVERIFY(!ReportPdf::holds(text, m_bundled->claimChecks.constFirst().detail.text()));
    QVERIFY(ReportPdf::holds(text, m_bundled->verdicts.constFirst().rationale.text()));
    QCOMPARE(ReportPdf::pages(pdf), 3);
}

void TestReport::defaultPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QPageSize::Letter;
    QTest::newRow("en_CA") << QStringLiteral("en_CA") << QPageSize::Letter;
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << QPageSize::Letter;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QPageSize::A4;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QPageSize::A4;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QPageSize::A4;
    QTest::newRow("C") << QStringLiteral("C") << QPageSize::A4;
}

void TestReport::defaultPageSize()
{
    QFETCH(QString, locale);
    QFETCH(QPageSize::PageSizeId, size);
    QCOMPARE(PdfWriter::defaultPageSize(QLocale(locale)).id(), size);
}

void TestReport::paperLocaleFromEnvironment()
{
    const QByteArray all = qgetenv("LC_ALL"), paper = qgetenv("LC_PAPER"), lang = qgetenv("LANG");
    qunsetenv("LC_ALL");
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_PAPER", "en_US.UTF-8");
    QCOMPARE(PdfWriter::defaultPageSize(PdfWriter::paperLocale()).id(), QPageSize::Letter);
    qunsetenv("LC_PAPER");
    QCOMPARE(PdfWriter::defaultPageSize(PdfWriter::paperLocale()).id(), QPageSize::A4);
    qputenv("LC_ALL", "es_MX.UTF-8");
    QCOMPARE(PdfWriter::defaultPageSize(PdfWriter::paperLocale()).id(), QPageSize::Letter);
    // An explicit choice wins over the locale.
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    QCOMPARE(Report(m_bundled, options).pageSize().id(), QPageSize::A4);
    for (const auto &[name, value] : {std::pair{"LC_ALL", all}, {"LC_PAPER", paper}, {"LANG", lang}}) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

void TestReport::pagination_data()
{
    QTest::addColumn<QString>("layout");   // blocks: h<height>[s<line>][k][r][p|P] ; s splittable at lines, k keep with next, r repeated header
    QTest::addColumn<QString>("expected"); // per page, the slices "index:from-to", pages separated by |
    // Rows that do not fit move whole to the next page, under a repeated header (index H).
    QTest::newRow("rows move whole") << QStringLiteral("h10k h30r h30r h30r h30r h30r")
                                     << QStringLiteral("0:0-10 1:0-30 2:0-30 3:0-30|H:0-10 4:0-30 5:0-30");
    // A heading never ends a page.
    QTest::newRow("heading kept with next") << QStringLiteral("h90 h5k h20") << QStringLiteral("0:0-90|1:0-5 2:0-20");
    // Prose flows on, cut between lines.
    QTest::newRow("prose cut at lines") << QStringLiteral("h35 h250s12") << QStringLiteral("0:0-35 1:0-60|1:60-156|1:156-250");
    // Only a row taller than a page is cut, and then between lines.
    QTest::newRow("tall row") << QStringLiteral("h50 h150l12") << QStringLiteral("0:0-50|1:0-96|1:96-150");
    // Issue 17: p a page break before, P a section's (soft) one. After the short end of the
    // section before, on a page it continued onto, a section goes on: no page of two rows.
    QTest::newRow("section after a short tail") << QStringLiteral("h10p h30 h30 h30 h20 h10kP h30")
                                                << QStringLiteral("0:0-10 1:0-30 2:0-30 3:0-30|4:0-20 5:0-10 6:0-30");
    QTest::newRow("section after a longer tail") << QStringLiteral("h10p h30 h30 h30 h50 h10kP h30")
                                                 << QStringLiteral("0:0-10 1:0-30 2:0-30 3:0-30|4:0-50|5:0-10 6:0-30");
    QTest::newRow("section on the page the last began") << QStringLiteral("h10p h20 h10kP h30")
                                                        << QStringLiteral("0:0-10 1:0-20|2:0-10 3:0-30");
    QTest::newRow("hard break after a short tail") << QStringLiteral("h10p h30 h30 h30 h20 h10kp h30")
                                                   << QStringLiteral("0:0-10 1:0-30 2:0-30 3:0-30|4:0-20|5:0-10 6:0-30");
}

void TestReport::pagination()
{
    QFETCH(QString, layout);
    QFETCH(QString, expected);
    QList<std::shared_ptr<ReportBlock>> blocks;
    auto header = std::make_shared<FakeBlock>(10);
    for (const QString &spec : layout.split(QLatin1Char(' '))) {
        const QRegularExpression re(QStringLiteral("^h(\\d+)(?:([sl])(\\d+))?(k?)(r?)([pP]?)$"));
        const auto m = re.match(spec);
        QVERIFY2(m.hasMatch(), qPrintable(spec));
        auto block = std::make_shared<FakeBlock>(m.captured(1).toDouble(), m.captured(3).toDouble());
        block->splittable = m.captured(2) == QLatin1String("s");
        block->keepWithNext = !m.captured(4).isEmpty();
        if (!m.captured(5).isEmpty())
            block->repeatHeader = header;
        block->pageBreakBefore = !m.captured(6).isEmpty();
        block->softPageBreak = m.captured(6) == QLatin1String("P");
        blocks.append(block);
    }
    const ReportPagination result = paginateReport(blocks, 100);
    QStringList pages;
    for (const auto &page : result.pages) {
        QStringList slices;
        for (const ReportPlacement &p : page) {
            const auto index = std::find_if(blocks.cbegin(), blocks.cend(), [&p](const auto &b) { return b.get() == p.block; });
            const QString name = p.block == header.get() ? QStringLiteral("H") : QString::number(index - blocks.cbegin());
            slices.append(QStringLiteral("%1:%2-%3").arg(name).arg(p.from).arg(p.to));
        }
        pages.append(slices.join(QLatin1Char(' ')));
    }
    QCOMPARE(pages.join(QLatin1Char('|')), expected);
}

void TestReport::failingDeviceIsReported()
{
    FailingDevice device(1000);
    QString error;
    QVERIFY(!Report(m_bundled, {}).writePdf(&device, &error));
    QVERIFY2(error.contains(QStringLiteral("No space left")), qPrintable(error));
}

void TestReport::exportFailureLeavesOldFile_data()
{
    QTest::addColumn<QString>("target"); // relative to a fresh folder holding old.pdf
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.pdf") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral("sub") << QStringLiteral("folder");
    QTest::newRow("read-only target") << QStringLiteral("old.pdf") << QStringLiteral("read-only");
}

void TestReport::exportFailureLeavesOldFile()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    if (target == QLatin1String("old.pdf") && ::geteuid() == 0)
        QSKIP("root may write a read-only file; tst_reportcli covers this case as an unprivileged user");
    QTemporaryDir dir;
    const QByteArray old("%PDF-1.4 the old report, which must survive\n");
    QFile file(dir.filePath(QStringLiteral("old.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    file.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QStringList before = entries(dir.path());

    QString error;
    QVERIFY(!Report(m_bundled, {}).exportPdf(dir.filePath(target), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(ReportPdf::bytes(file.fileName()), old);
    QCOMPARE(entries(dir.path()), before);
    QVERIFY(entries(dir.filePath(QStringLiteral("sub"))).isEmpty());
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
