#include "core/charts/chartdata.h"
#include "render/charts/chartexport.h"
#include "core/dataset/datasetloader.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

// Exports read back: a PDF holds its title, axis titles and labels in full and no image;
// an SVG parses; a PNG has the size asked for; the command line names the charts when an
// id is wrong. The PDF is read with poppler's pdftotext and pdfimages.
class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdf_data();
    void pdf();
    void svg_data();
    void svg();
    void png_data();
    void png();
    void badOutput_data();
    void badOutput();
    void commandLine();
    void paintIntoAnyPainter();
    void paintIntoReportPage();

private:
    void allCharts();
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, QString *err = nullptr);
    static QString squeeze(QString text);
    std::shared_ptr<const Dataset> m_dataset;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    QVERIFY(result.ok());
    m_dataset = result.dataset;
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfimages) are needed to read PDFs back");
}

void TestChartExport::allCharts()
{
    QTest::addColumn<QString>("chartId");
    for (const Chart &c : m_dataset->charts)
        QTest::newRow(qPrintable(c.id)) << c.id;
}

QString TestChartExport::run(const QString &program, const QStringList &args, int *exitCode, QString *err)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text with all runs of white space as one space, so line breaks do not matter, and
// ligatures (ﬁ, ﬂ) as their letters.
QString TestChartExport::squeeze(QString text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

void TestChartExport::pdf_data()
{
    allCharts();
}

void TestChartExport::pdf()
{
    QFETCH(QString, chartId);
    const QString path = m_dir.filePath(chartId + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(ChartExport::exportTo(*m_dataset, chartId, path, &error), qPrintable(error));
    QVERIFY(QFile(path).size() > 1000);

    const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    const ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(chartId));
    QVERIFY2(!text.contains(QChar(0x2026)), "a label was elided");
    QVERIFY2(text.contains(squeeze(data.title)), qPrintable(data.title));
    QVERIFY2(text.contains(squeeze(data.xTitle)), qPrintable(data.xTitle));
    if (!data.yTitle.isEmpty()) // vertical text comes out letter by letter: compare without spaces
        QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QString(data.yTitle).remove(QLatin1Char(' '))),
                 qPrintable(data.yTitle));
    for (const QString &category : data.categories)
        QVERIFY2(text.contains(squeeze(category)), qPrintable(category));
    for (const ChartSeriesData &s : data.series) {
        QVERIFY2(text.contains(squeeze(s.name)), qPrintable(s.name)); // the legend
        for (const ChartPoint &p : s.points)
            QVERIFY2(text.contains(squeeze(p.label)), qPrintable(p.label));
    }
    for (const QString &note : data.footnotes)
        QVERIFY2(text.contains(squeeze(note).left(40)), qPrintable(note));

    // Vector only: pdfimages lists no image (its two header lines only); fonts embedded.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
    const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    for (const QString &font : fonts.mid(2))
        QVERIFY2(font.contains(QLatin1String(" yes ")), qPrintable(font));
}

void TestChartExport::svg_data()
{
    allCharts();
}

void TestChartExport::svg()
{
    QFETCH(QString, chartId);
    const QString path = m_dir.filePath(chartId + QStringLiteral(".svg"));
    QString error;
    QVERIFY2(ChartExport::exportTo(*m_dataset, chartId, path, &error), qPrintable(error));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char(' ');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(squeeze(text).contains(squeeze(m_dataset->chart(chartId)->title.text())));
    // A file travels without the app: it names its dataset, version and facts date.
    QVERIFY(!m_dataset->version.isEmpty() && !m_dataset->asOf.isEmpty());
    QVERIFY2(squeeze(text).contains(squeeze(QStringLiteral("From the Versus dataset %1, version %2; facts as of %3.")
                                                .arg(m_dataset->id, m_dataset->version, m_dataset->asOf))),
             qPrintable(chartId));
}

void TestChartExport::png_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSize>("size");
    QTest::newRow("bars, asked size") << QStringLiteral("benchmark-gpqa-diamond") << QSize(1600, 1200);
    QTest::newRow("scatter, small") << QStringLiteral("parameters") << QSize(640, 480);
    QTest::newRow("wide") << QStringLiteral("releases") << QSize(2400, 900);
    QTest::newRow("natural size") << QStringLiteral("size-ladder") << QSize();
}

void TestChartExport::png()
{
    QFETCH(QString, chartId);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(chartId + QStringLiteral(".png"));
    QString error;
    QVERIFY2(ChartExport::exportTo(*m_dataset, chartId, path, &error, size), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size.isEmpty() ? ChartExport::naturalSize(*m_dataset, *m_dataset->chart(chartId)) * 2 : size);
    // Something is drawn: not a blank page.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
}

void TestChartExport::badOutput_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown chart") << QStringLiteral("nope") << QStringLiteral("a.pdf") << QStringLiteral("no chart");
    QTest::newRow("unknown extension") << QStringLiteral("parameters") << QStringLiteral("a.gif") << QStringLiteral(".pdf, .svg or .png");
    QTest::newRow("no folder") << QStringLiteral("parameters") << QStringLiteral("missing/dir/a.pdf") << QStringLiteral("missing");
}

void TestChartExport::badOutput()
{
    QFETCH(QString, chartId);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY(!ChartExport::exportTo(*m_dataset, chartId, path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestChartExport::commandLine()
{
    int code = -1;
    QString err;
    const QString list = run(QStringLiteral(VERSUS_BINARY), {QStringLiteral("--list-charts")}, &code, &err);
    QCOMPARE(code, 0);
    QVERIFY(err.isEmpty());
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_dataset->charts.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i), m_dataset->charts.at(i).id + QLatin1Char('\t') + m_dataset->charts.at(i).title.text());

    // An unknown id: exit 1, nothing on stdout, and every valid id on stderr.
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString printed = run(QStringLiteral(VERSUS_BINARY), {QStringLiteral("--export-chart"), QStringLiteral("nope"), out}, &code, &err);
    QCOMPARE(code, 1);
    QVERIFY(printed.isEmpty());
    for (const Chart &c : m_dataset->charts)
        QVERIFY2(err.contains(c.id), qPrintable(c.id));
    QVERIFY(!QFile::exists(out));

    // An unknown extension: exit 1, and an existing file stays as it was.
    const QString keep = m_dir.filePath(QStringLiteral("keep.txt"));
    {
        QFile f(keep);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    run(QStringLiteral(VERSUS_BINARY), {QStringLiteral("--export-chart"), QStringLiteral("parameters"), keep}, &code, &err);
    QCOMPARE(code, 1);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QFile f(keep);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));

    // The command line writes what the GUI writes.
    run(QStringLiteral(VERSUS_BINARY), {QStringLiteral("--export-chart"), QStringLiteral("releases"), out}, &code, &err);
    QCOMPARE(code, 0);
    QVERIFY(squeeze(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})).contains(m_dataset->chart(QStringLiteral("releases"))->title.text()));
}

void TestChartExport::paintIntoAnyPainter()
{
    // The report draws a chart into part of a page: paint() stays inside its target.
    QImage image(1200, 1600, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    QPainter painter(&image);
    const QRect target(100, 300, 1000, 700);
    ChartExport::paint(*m_dataset, *m_dataset->chart(QStringLiteral("benchmark-aime-2024")), &painter, target);
    painter.end();
    QCOMPARE(image.pixel(50, 50), QColor(Qt::blue).rgb());
    QCOMPARE(image.pixel(600, 1100), QColor(Qt::blue).rgb());
    QCOMPARE(image.pixel(1150, 500), QColor(Qt::blue).rgb());
    QCOMPARE(image.pixel(101, 301), QColor(Qt::white).rgb());
}

void TestChartExport::paintIntoReportPage()
{
    // As the PDF report does: a high-resolution A4 page, the chart in its lower half.
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QRect(0, 0, writer.width(), 500), QStringLiteral("Report text above the chart"));
        ChartExport::paint(*m_dataset, *m_dataset->chart(QStringLiteral("benchmark-gpqa-diamond")), &painter,
                             QRectF(0, writer.height() / 2.0, writer.width(), writer.height() / 2.0));
    }
    const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    const ChartData data = ChartData::build(*m_dataset, *m_dataset->chart(QStringLiteral("benchmark-gpqa-diamond")));
    QVERIFY(!text.contains(QChar(0x2026)));
    QVERIFY(text.contains(squeeze(data.xTitle)));
    for (const QString &category : data.categories)
        QVERIFY2(text.contains(squeeze(category)), qPrintable(category));
    QCOMPARE(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).count(QLatin1Char('\n')), 2);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
