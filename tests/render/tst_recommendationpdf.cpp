#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "core/recommend/recommender.h"
#include "render/pdf/pdfwriter.h"
#include "render/recommend/recommendationrenderer.h"
#include "tests/reportpdf.h"

#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

// The recommendation's PDF, written through PdfWriter like the report: searchable Chinese,
// the paper of the locale, fonts embedded.
class TestRecommendationPdf : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_dataset;
    QTemporaryDir m_dir;
    QByteArray m_all, m_paper, m_lang;

    QString write(const QString &name)
    {
        const Recommendation r =
            Recommender(*m_dataset).recommend({{QStringLiteral("use-case"), QStringLiteral("codebase-analysis")}});
        const QString path = m_dir.filePath(name);
        QString error;
        RecommendationRenderer::Options options;
        options.links = false;
        if (!RecommendationRenderer::writePdf(*m_dataset, r, path, &error, options)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ReportPdf::available())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts) are needed to read the PDF back");
        QVERIFY(m_dir.isValid());
        m_dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_dataset);
        m_all = qgetenv("LC_ALL");
        m_paper = qgetenv("LC_PAPER");
        m_lang = qgetenv("LANG");
    }

    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        for (const auto &[name, value] : {std::pair{"LC_ALL", m_all}, {"LC_PAPER", m_paper}, {"LANG", m_lang}}) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }

    // Issue 17: the text takes the page's width less one set of margins (2 cm each side, as
    // QTextDocument::print keeps them), not half of it under two sets of margins.
    void textTakesThePageWidth()
    {
        const QString pdf = write(QStringLiteral("width.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString boxes = ReportPdf::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
        const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\""));
        const double width = page.match(boxes).captured(1).toDouble();
        QVERIFY(width > 0);
        double left = width, right = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            left = std::min(left, m.captured(1).toDouble());
            right = std::max(right, m.captured(2).toDouble());
        }
        const double cm2 = 72 / 2.54 * 2; // 2 cm in points
        QVERIFY2(left < cm2 * 1.2, qPrintable(QStringLiteral("left edge %1 pt").arg(left)));
        QVERIFY2(right > width - cm2 * 1.5, qPrintable(QStringLiteral("right edge %1 of %2 pt").arg(right).arg(width)));
    }

    // Every family's Chinese name is found as written: 里 of 阿里巴巴 is not read back as
    // the Kangxi radical ⾥ that the CJK font draws with the same glyph.
    void chineseIsSearchable()
    {
        Language::apply(QStringLiteral("zh_CN"));
        const QString pdf = write(QStringLiteral("zh.pdf"));
        QVERIFY(!pdf.isEmpty());
        // Set VERSUS_SCREENSHOTS=DIR to look at it.
        if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("VERSUS_SCREENSHOTS") + QLatin1String("/recommendation-zh.pdf"));
        const QString text = ReportPdf::text(pdf);
        for (const Family &f : m_dataset->families) {
            const QString name = f.name.text(QStringLiteral("zh_CN"));
            QVERIFY(!name.isEmpty());
            QVERIFY2(ReportPdf::holds(text, name), qPrintable(name + QLatin1String(" not in: ") + text.left(400)));
        }
        QVERIFY2(!text.contains(QChar(0x2FA5)), qPrintable(text.left(400)));
        const auto fonts = ReportPdf::fonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const auto &font : fonts)
            QVERIFY2(font.second, qPrintable(font.first + QLatin1String(" is not embedded")));
    }

    void paperFollowsTheLocale_data()
    {
        QTest::addColumn<QByteArray>("paper");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::newRow("en_US") << QByteArray("en_US.UTF-8") << QStringLiteral("612 x 792 pts (letter)");
        QTest::newRow("de_DE") << QByteArray("de_DE.UTF-8") << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("zh_CN") << QByteArray("zh_CN.UTF-8") << QStringLiteral("595 x 842 pts (A4)");
    }

    void paperFollowsTheLocale()
    {
        QFETCH(QByteArray, paper);
        QFETCH(QString, pdfinfoSize);
        qunsetenv("LC_ALL");
        qputenv("LANG", "C");
        qputenv("LC_PAPER", paper);
        const QString pdf = write(QStringLiteral("paper-%1.pdf").arg(QString::fromLatin1(paper)));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(ReportPdf::info(pdf, QStringLiteral("Page size")), pdfinfoSize);
    }
};

QTEST_MAIN(TestRecommendationPdf)
#include "tst_recommendationpdf.moc"
