#include "tests/reportpdf.h"
#include "tests/testutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

// versus --export-report, run as a user would: exit status, stderr, the file left behind.
class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsReport();
    void badInput_data();
    void badInput();
    void answersAndLanguage();
    void bundledInChinese();
    void failureLeavesOldFile_data();
    void failureLeavesOldFile();

private:
    QTemporaryDir m_dir;
};

void TestReportCli::initTestCase()
{
    if (!ReportPdf::available())
        QSKIP("poppler-utils are needed to read the PDF back");
    QVERIFY(m_dir.isValid());
}

void TestReportCli::exportsReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--export-report"), pdf});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
    QVERIFY(ReportPdf::pages(pdf) >= 5);
    QCOMPARE(ReportPdf::images(pdf), 0);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.pdf")});
}

void TestReportCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    const QString data = QStringLiteral(VERSUS_TEST_DATA "/report-zh.json");
    const QString out = QStringLiteral("out.pdf");
    QTest::newRow("not a pdf") << QStringList{QStringLiteral("--export-report"), QStringLiteral("out.txt")}
                               << QStringLiteral(".pdf") << 1;
    QTest::newRow("answer without =") << QStringList{QStringLiteral("--data"), data, QStringLiteral("--export-report"), out,
                                                     QStringLiteral("--answer"), QStringLiteral("priority")}
                                      << QStringLiteral("QUESTION=OPTION") << 2; // a usage error, as with --recommend
    QTest::newRow("unknown question") << QStringList{QStringLiteral("--data"), data, QStringLiteral("--export-report"), out,
                                                     QStringLiteral("--answer"), QStringLiteral("nope=x")}
                                      << QStringLiteral("nope") << 1;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--data"), data, QStringLiteral("--export-report"), out,
                                                   QStringLiteral("--answer"), QStringLiteral("priority=cheap")}
                                    << QStringLiteral("reasoning-depth, versatility") << 1;
    QTest::newRow("missing answers file") << QStringList{QStringLiteral("--data"), data, QStringLiteral("--export-report"), out,
                                                         QStringLiteral("--answers"), QStringLiteral("/no/such.json")}
                                          << QStringLiteral("/no/such.json") << 1;
}

void TestReportCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    QDir::setCurrent(m_dir.path());
    const TestUtil::Run r = TestUtil::runVersus(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.pdf"))));
}

void TestReportCli::answersAndLanguage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
    QFile file(answers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"priority": "reasoning-depth"})");
    file.close();
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--data"), QStringLiteral(VERSUS_TEST_DATA "/report-zh.json"), QStringLiteral("--lang"),
                       QStringLiteral("zh_CN"), QStringLiteral("--answers"), answers, QStringLiteral("--answer"),
                       QStringLiteral("priority=versatility"), QStringLiteral("--export-report"), pdf});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QString text = ReportPdf::text(pdf);
    QVERIFY(text.contains(QStringLiteral("三个模型家族")));
    QVERIFY(text.contains(QStringLiteral("推理能力")));
    // --answer wins over the file; the answer shows in the report's language.
    QVERIFY(text.contains(QStringLiteral("什么最重要？")));
    // (the other option shows only under what would change the recommendation)
    const qsizetype from = text.indexOf(QStringLiteral("问题 回答"));
    const qsizetype to = text.indexOf(QStringLiteral("什么会改变结果"), from);
    QVERIFY2(from >= 0 && to > from, qPrintable(text));
    const QString given = text.mid(from, to - from);
    QVERIFY2(given.contains(QStringLiteral("什么最重要？ 多功能性")), qPrintable(given));
    QVERIFY2(!given.contains(QStringLiteral("推理深度")), qPrintable(given));
}

// The bundled dataset in Chinese: the matrix's rows, the charts' titles and the report's
// own headings all in Chinese, none of the English left.
void TestReportCli::bundledInChinese()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bundled-zh.pdf"));
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QString text = ReportPdf::text(pdf);
    for (const char *needle : {"语言覆盖", "功能矩阵", "文档中的参数量", "AIME 2025：竞赛数学", "总参数量与激活参数量对比", "目录",
                               "第 2 页，共"}) {
        const QString zh = QString::fromUtf8(needle);
        QVERIFY2(ReportPdf::holds(text, zh), qPrintable(zh));
    }
    for (const char *english : {"Language Coverage", "AIME 2025: competition mathematics", "Contents", "Page 2 of"})
        QVERIFY2(!ReportPdf::holds(text, QLatin1String(english)), english);
}

void TestReportCli::failureLeavesOldFile_data()
{
    QTest::addColumn<QString>("target"); // in a folder holding old.pdf
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("fileWritable");
    QTest::newRow("unwritable folder") << QStringLiteral("old.pdf") << QStringLiteral("unprivileged") << false << true;
    QTest::newRow("read-only target") << QStringLiteral("old.pdf") << QStringLiteral("unprivileged") << true << false;
    QTest::newRow("full disk") << QStringLiteral("old.pdf") << QStringLiteral("full") << true << true;
    QTest::newRow("missing folder") << QStringLiteral("missing/old.pdf") << QString() << true << true;
}

void TestReportCli::failureLeavesOldFile()
{
    QFETCH(QString, target);
    QFETCH(QString, how);
    QFETCH(bool, folderWritable);
    QFETCH(bool, fileWritable);
    if (how == QLatin1String("unprivileged") && !TestUtil::canRunUnprivileged())
        QSKIP("running as root without setpriv: permissions cannot be tested");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkdir(folder));
    const QString oldPath = QDir(folder).filePath(QStringLiteral("old.pdf"));
    const QByteArray old("%PDF-1.4 the old report, which must survive byte for byte\n");
    QFile file(oldPath);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    file.close();
    const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const auto write = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    QVERIFY(QFile::setPermissions(dir.path(), all | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, folderWritable ? all | write : all));
    QVERIFY(QFile::setPermissions(oldPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | (fileWritable ? write : QFileDevice::Permissions())));
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const QString path = QDir(folder).filePath(target);
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--export-report"), path},
                                                how == QLatin1String("unprivileged") ? TestUtil::As::Unprivileged
                                                : how == QLatin1String("full")       ? TestUtil::As::FullDisk
                                                                                     : TestUtil::As::User);
    QFile::setPermissions(folder, all | QFile::WriteOwner);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(ReportPdf::bytes(oldPath), old);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
