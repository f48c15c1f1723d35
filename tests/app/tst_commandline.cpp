#include "tests/testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The contract's command line, run as a user runs it: the real binary, no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void validateBundled();
    void validateBroken();
    void listModels();
};

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--export-chart") << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("0.") << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << QString()
                                    << QStringLiteral("bogus");
    QTest::newRow("validate without file") << QStringList{QStringLiteral("--validate")} << 2 << QString()
                                           << QStringLiteral("validate");
    QTest::newRow("two modes") << QStringList{QStringLiteral("--list-charts"), QStringLiteral("--list-questions")} << 2
                               << QString() << QStringLiteral("choose one mode");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                                     QStringLiteral("--list-charts")}
                                      << 2 << QString() << QStringLiteral("xx");
    QTest::newRow("validate missing file") << QStringList{QStringLiteral("--validate"), QStringLiteral("/nonexistent/x.json")}
                                           << 1 << QString() << QStringLiteral("/nonexistent/x.json: cannot be read");
    QTest::newRow("bad --data") << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/x.json"),
                                               QStringLiteral("--list-charts")}
                                << 1 << QString() << QStringLiteral("/nonexistent/x.json");
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const TestUtil::Run r = TestUtil::runVersus(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(stdoutContains), qPrintable(r.out));
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    if (exitCode != 0) {
        QVERIFY(!r.err.isEmpty());
    } else {
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // headless modes print only their result
    }
}

void TestCommandLine::validateBundled()
{
    const QString file = QStringLiteral(VERSUS_SOURCE_DIR "/resources/data/versus.json");
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--validate"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(file + QStringLiteral(": ok (")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("12 dimensions")));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::listModels()
{
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--list-models")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 20 + 28); // models.csv and models-2026.csv
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 3); // ID, name, family, released
    // models.csv's first row and models-2026.csv's rows, as the CSV files give them.
    QCOMPARE(lines.constFirst(), QStringLiteral("deepseek-v3\tDeepSeek-V3\tdeepseek\t2024-12"));
    QVERIFY(lines.contains(QStringLiteral("deepseek-v4-pro\tDeepSeek-V4-Pro\tdeepseek\t2026-04")));
    QVERIFY(lines.contains(QStringLiteral("qwen3.8-2.4t-a95b\tQwen3.8-2.4T-A95B\tqwen\t2026-08")));
    // No source states the DSpark checkpoint's release: the field is empty, not invented.
    QVERIFY(lines.contains(QStringLiteral("deepseek-v4-flash-dspark\tDeepSeek-V4-Flash-DSpark\tdeepseek\t")));
    // The same in Chinese: ids, names and months do not change with the language.
    const TestUtil::Run zh = TestUtil::runVersus({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--list-models")});
    QCOMPARE(zh.out, r.out);
}

void TestCommandLine::validateBroken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"versus-dataset\",\n  \"id\": tru\n}\n");
    file.close();
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--validate"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":3:")), qPrintable(r.err));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"versus-dataset\", \"formatVersion\": 1}");
    file.close();
    const TestUtil::Run schema = TestUtil::runVersus({QStringLiteral("--validate"), path});
    QCOMPARE(schema.exitCode, 1);
    QVERIFY2(schema.err.contains(path + QStringLiteral(": /: missing required field \"families\"")),
             qPrintable(schema.err));
    // One line per problem.
    QVERIFY(schema.err.count(QLatin1Char('\n')) >= 5);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
