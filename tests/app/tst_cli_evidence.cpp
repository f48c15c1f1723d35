#include "tests/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// versus --import, --diff and --export-scores (CONTRACT.md), on the files of tests/data/evidence/.
class TestCliEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReportsUnmatchedRowsAndValidates();
    void diffListsExactlyTheAdditions();
    void exportScores();
    void badInput_data();
    void badInput();

private:
    static QString data(const char *name) { return QStringLiteral(VERSUS_TEST_DATA "/evidence/") + QLatin1String(name); }
    QTemporaryDir m_dir;
    QString imported() const { return m_dir.filePath(QStringLiteral("imported.json")); }
};

void TestCliEvidence::importReportsUnmatchedRowsAndValidates()
{
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--import"), data("gpqa_diamond.csv"),
                                                 data("lmarena_text.csv"), QStringLiteral("--output"), imported()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList{data("gpqa_diamond.csv") + QStringLiteral(":5: no model matches \"DeepSeek-R1-Distill-Qwen-14B\""),
                          data("gpqa_diamond.csv") + QStringLiteral(":8: no score for \"qwen2.5-72b-instruct\""),
                          data("gpqa_diamond.csv") + QStringLiteral(":9: no model matches \"gpt-4o-2024-08-06\""),
                          data("lmarena_text.csv") + QStringLiteral(":4: no model matches \"deepseek-r1-distill-qwen-14b\""),
                          data("lmarena_text.csv") + QStringLiteral(":5: no model matches \"gemini-2.5-pro\"")}));
    const TestUtil::Run v = TestUtil::runVersus({QStringLiteral("--validate"), imported()});
    QCOMPARE(v.exitCode, 0);
    QVERIFY2(v.out.startsWith(imported() + QStringLiteral(": ok")), qPrintable(v.out + v.err));
}

void TestCliEvidence::diffListsExactlyTheAdditions()
{
    QVERIFY(QFile::exists(imported()));
    const QString bundled = m_dir.filePath(QStringLiteral("bundled.json"));
    QFile out(bundled);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(TestUtil::bundledBytes());
    out.close();
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--diff"), bundled, imported()});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5 + 2 + 1 + 2); // scores from each file, the new benchmark, a source a file
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("+ ")), qPrintable(line));
    QVERIFY(lines.contains(QStringLiteral("+ scores/qwen2.5-72b-instruct/lmarena/-/lmarena: 1257 Elo (+3/-4) [LMARENA1, independent]")));
    const TestUtil::Run j = TestUtil::runVersus({QStringLiteral("--diff"), imported(), bundled, QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 0);
    const QJsonArray changes = QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), lines.size());
    for (const QJsonValue &c : changes) {
        QCOMPARE(c.toObject().value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
        QVERIFY(c.toObject().value(QStringLiteral("new")).isNull());
    }
    const TestUtil::Run same = TestUtil::runVersus({QStringLiteral("--diff"), bundled, bundled});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.isEmpty());
}

void TestCliEvidence::exportScores()
{
    const QString csv = m_dir.filePath(QStringLiteral("scores.csv")), json = m_dir.filePath(QStringLiteral("scores.json"));
    QCOMPARE(TestUtil::runVersus({QStringLiteral("--data"), imported(), QStringLiteral("--export-scores"), csv}).exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readLine().startsWith("model,modelName,benchmark,benchmarkName,mode,value,unit,uncertainty,reporter,status,"
                                    "source,sourceWhere"));
    QCOMPARE(TestUtil::runVersus({QStringLiteral("--data"), imported(), QStringLiteral("--export-scores"), json}).exitCode, 0);
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonArray scores = QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("scores")).toArray();
    const QJsonObject last = scores.last().toObject();
    QCOMPARE(last.value(QStringLiteral("reporter")).toString(), QStringLiteral("LMArena"));
    QCOMPARE(last.value(QStringLiteral("value")).toDouble(), 1257.0);
    QCOMPARE(last.value(QStringLiteral("sourceLine")).toInt(), 3);
    QVERIFY(scores.first().toObject().value(QStringLiteral("uncertainty")).isNull());
}

void TestCliEvidence::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    const QString out = QDir::temp().filePath(QStringLiteral("versus-evidence-never.json"));
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--import"), data("unknown.csv"), QStringLiteral("--output"), out}
                                    << 1 << QStringLiteral("Model version");
    QTest::newRow("no output") << QStringList{QStringLiteral("--import"), data("unknown.csv")} << 2 << QStringLiteral("--output");
    QTest::newRow("diff of one") << QStringList{QStringLiteral("--diff"), data("unknown.csv")} << 2 << QStringLiteral("two datasets");
    QTest::newRow("diff of a non-dataset") << QStringList{QStringLiteral("--diff"), data("unknown.csv"), data("unknown.csv")}
                                           << 1 << QStringLiteral("unknown.csv");
    QTest::newRow("scores to .txt") << QStringList{QStringLiteral("--export-scores"), QStringLiteral("x.txt")} << 1
                                    << QStringLiteral(".csv or .json");
}

void TestCliEvidence::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const TestUtil::Run r = TestUtil::runVersus(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("versus-evidence-never.json"))));
}

QTEST_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
