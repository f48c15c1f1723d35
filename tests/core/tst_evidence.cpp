#include "core/charts/chartdata.h"
#include "core/dataset/datasetloader.h"
#include "core/evidence/csvreader.h"
#include "core/evidence/datasetdiff.h"
#include "core/evidence/evidenceimport.h"
#include "core/evidence/scoreexport.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList S(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}
} // namespace

// The CSV reader, the Epoch AI and LMArena importers, the dataset diff and the score export.
// Expected values are read off the test files in tests/data/evidence/ by hand.
class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvRecords_data();
    void csvRecords();
    void csvErrors_data();
    void csvErrors();
    void hostileInputIsBounded_data();
    void hostileInputIsBounded();
    void hugeFileIsRefusedBeforeReading();
    void normalisedNames_data();
    void normalisedNames();
    void epochFile();
    void lmArenaFile();
    void percentColumnAndNewBenchmark();
    void unknownFormat();
    void roundTripShowsExactlyTheAdditions();
    void aliasesMatchAndCollide();
    void independentNeedsEvaluator();
    void scoreExportColumns();
    void gapChart();

private:
    QString data(const char *name) const { return QStringLiteral(VERSUS_TEST_DATA "/evidence/") + QLatin1String(name); }
    std::shared_ptr<const Dataset> m_bundled;
};

void TestEvidence::initTestCase()
{
    const DatasetLoader::Result r = DatasetLoader::loadBundled();
    QVERIFY(r.ok());
    m_bundled = r.dataset;
}

void TestEvidence::csvRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{S({"a", "b"}), S({"1", "2"})} << QList<int>{1, 2};
    QTest::newRow("CRLF, no final break") << QByteArray("a,b\r\n1,2") << QList<QStringList>{S({"a", "b"}), S({"1", "2"})}
                                          << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFx,y\n") << QList<QStringList>{S({"x", "y"})} << QList<int>{1};
    QTest::newRow("quoted comma and doubled quote")
        << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << QList<QStringList>{S({"a,b", "say \"hi\""})} << QList<int>{1};
    QTest::newRow("quoted line breaks move the next record's line")
        << QByteArray("h\n\"one\r\ntwo\nthree\",x\nlast\n")
        << QList<QStringList>{S({"h"}), S({"one\r\ntwo\nthree", "x"}), S({"last"})} << QList<int>{1, 2, 5};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << QList<QStringList>{S({"", "", ""}), S({"", "x", ""})}
                                  << QList<int>{1, 2};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << QList<QStringList>{S({"a"}), S({"b"})}
                                         << QList<int>{1, 4};
    QTest::newRow("UTF-8 text") << QByteArray("\xE6\xB7\xB1\xE5\xBA\xA6,1\n")
                                << QList<QStringList>{QStringList{QString::fromUtf8("\xE6\xB7\xB1\xE5\xBA\xA6"), QStringLiteral("1")}} << QList<int>{1};
}

void TestEvidence::csvRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const CsvReader::Result r = CsvReader::parse(bytes);
    QVERIFY2(r.ok(), qPrintable(r.located()));
    QCOMPARE(r.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(r.records.at(i).fields, records.at(i));
        QCOMPARE(r.records.at(i).line, lines.at(i));
    }
}

void TestEvidence::csvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("unclosed quote") << QByteArray("a\nb,\"open\nstill\n") << 2 << QStringLiteral("not closed");
    QTest::newRow("text after a closing quote") << QByteArray("a\n\"x\"y\n") << 2 << QStringLiteral("closing quote");
    QTest::newRow("binary") << QByteArray("a,b\nc\0d\n", 8) << 2 << QStringLiteral("binary");
    QTest::newRow("not UTF-8") << QByteArray("a\n\xff\xfe,1\n") << 2 << QStringLiteral("UTF-8");
}

void TestEvidence::csvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, words);
    const CsvReader::Result r = CsvReader::parse(bytes);
    QVERIFY(!r.ok());
    QVERIFY(r.records.isEmpty());
    QCOMPARE(r.errorLine, line);
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QVERIFY(r.located().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestEvidence::hostileInputIsBounded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QByteArray wide = "x";
    for (int i = 1; i < 10000; ++i)
        wide += ",x";
    QTest::newRow("10,000 columns") << wide << QStringLiteral("more than 1000 columns");
    QByteArray rows;
    rows.reserve(4 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        rows += "a,1\n";
    QTest::newRow("a million rows") << rows << QStringLiteral("more than 200000 records");
    QTest::newRow("a field of 2 MB") << ("\"" + QByteArray(2 * 1024 * 1024, 'z') + "\"\n")
                                     << QStringLiteral("longer than 1048576 bytes");
    QTest::newRow("an unclosed quote at the start of 3 MB")
        << ("\"" + QByteArray(3 * 1024 * 1024 / 2, ',') + QByteArray(3 * 1024 * 1024 / 2, '\n')) << QStringLiteral("longer than");
}

void TestEvidence::hostileInputIsBounded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    QElapsedTimer timer;
    timer.start();
    const CsvReader::Result r = CsvReader::parse(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QVERIFY(r.records.isEmpty());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestEvidence::hugeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(CsvReader::Limits().maxBytes + 1)); // sparse: no time or disk to speak of
    f.close();
    const EvidenceImport::File file = EvidenceImport::readFile(path, *m_bundled);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(QStringLiteral("more than")), qPrintable(file.error));
    const CsvReader::Result small = CsvReader::parse(QByteArray(2048, 'a'), CsvReader::Limits{1024, 10, 10, 10});
    QVERIFY(small.error.contains(QStringLiteral("2048 bytes")));
}

void TestEvidence::normalisedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("case and spaces") << QStringLiteral("Qwen2.5 72B Instruct") << QStringLiteral("qwen2.5-72b-instruct");
    QTest::newRow("underscores, runs") << QStringLiteral("  gpqa__diamond ") << QStringLiteral("gpqa-diamond");
    QTest::newRow("hyphens kept once") << QStringLiteral("DeepSeek-R1") << QStringLiteral("deepseek-r1");
}

void TestEvidence::normalisedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(Dataset::normalisedName(name), normalised);
}

void TestEvidence::epochFile()
{
    const EvidenceImport::File f = EvidenceImport::readFile(data("gpqa_diamond.csv"), *m_bundled);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QCOMPARE(f.format, EvidenceImport::Format::EpochAi);
    QCOMPARE(f.benchmarkId, QStringLiteral("gpqa-diamond")); // the file's name, as the dataset names it
    QVERIFY(f.benchmarkName.isEmpty());
    QCOMPARE(f.rows.size(), 8);
    // DeepSeek-R1: its notes hold a doubled quote and a line break; 0.715 is 71.5 %, stderr 0.032 is 3.2.
    const EvidenceImport::Row &r1 = f.rows.at(0);
    QCOMPARE(r1.line, 2);
    QCOMPARE(r1.modelId, QStringLiteral("deepseek-r1"));
    QCOMPARE(*r1.value, 71.5);
    QCOMPARE(*r1.uncertainty.standardError, 3.2);
    QVERIFY(r1.note.contains(QStringLiteral("Run with \"default\" settings,\r\nsecond line")));
    QCOMPARE(f.rows.at(1).line, 4); // after the quoted line break
    QCOMPARE(f.rows.at(1).modelId, QStringLiteral("deepseek-r1-0528")); // the dated version, not R1
    // A distill of Qwen made by DeepSeek is neither R1 nor a Qwen model.
    QCOMPARE(f.rows.at(2).name, QStringLiteral("DeepSeek-R1-Distill-Qwen-14B"));
    QVERIFY(f.rows.at(2).modelId.isEmpty());
    // One model at two settings: the suffix becomes the setting.
    QCOMPARE(f.rows.at(3).modelId, QStringLiteral("qwen3-235b-a22b"));
    QCOMPARE(f.rows.at(3).setting, QStringLiteral("high"));
    QCOMPARE(*f.rows.at(3).value, 70.0);
    QCOMPARE(f.rows.at(4).modelId, QStringLiteral("qwen3-235b-a22b"));
    QCOMPARE(f.rows.at(4).setting, QStringLiteral("32K"));
    QVERIFY(!f.rows.at(5).value); // an empty score
    QCOMPARE(f.rows.at(7).modelId, QStringLiteral("qwq-32b")); // "Qwen/QwQ-32B": an organisation prefix
    QCOMPARE(EvidenceImport::importedCount(f), 5);
    const QString path = data("gpqa_diamond.csv");
    QCOMPARE(EvidenceImport::messages(f),
             (QStringList{path + QStringLiteral(":5: no model matches \"DeepSeek-R1-Distill-Qwen-14B\""),
                          path + QStringLiteral(":8: no score for \"qwen2.5-72b-instruct\""),
                          path + QStringLiteral(":9: no model matches \"gpt-4o-2024-08-06\"")}));
}

void TestEvidence::lmArenaFile()
{
    const EvidenceImport::File f = EvidenceImport::readFile(data("lmarena_text.csv"), *m_bundled);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QCOMPARE(f.format, EvidenceImport::Format::LmArena);
    QCOMPARE(f.benchmarkId, QStringLiteral("lmarena"));
    QCOMPARE(f.rows.size(), 4);
    QCOMPARE(f.rows.at(0).modelId, QStringLiteral("deepseek-r1"));
    QCOMPARE(*f.rows.at(0).value, 1358.0);
    QCOMPARE(*f.rows.at(0).uncertainty.plus, 5.0);
    QCOMPARE(*f.rows.at(0).uncertainty.minus, 5.0);
    QCOMPARE(f.rows.at(1).modelId, QStringLiteral("qwen2.5-72b-instruct"));
    QCOMPARE(*f.rows.at(1).uncertainty.plus, 3.0);
    QCOMPARE(*f.rows.at(1).uncertainty.minus, 4.0);
    QCOMPARE(f.rows.at(1).note, QStringLiteral("41530 votes"));
    QVERIFY(f.rows.at(2).modelId.isEmpty()); // deepseek-r1-distill-qwen-14b
    QVERIFY(f.rows.at(3).modelId.isEmpty());
    QCOMPARE(EvidenceImport::messages(f).size(), 2);
    QVERIFY(EvidenceImport::messages(f).at(0).endsWith(QStringLiteral(":4: no model matches \"deepseek-r1-distill-qwen-14b\"")));
}

void TestEvidence::percentColumnAndNewBenchmark()
{
    const EvidenceImport::File f = EvidenceImport::readFile(data("math_level_5.csv"), *m_bundled);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QCOMPARE(f.benchmarkId, QStringLiteral("math-level-5"));
    QCOMPARE(f.benchmarkName, QStringLiteral("math level 5"));
    QCOMPARE(*f.rows.at(0).value, 85.5);             // a percentage stays one
    QCOMPARE(*f.rows.at(1).value, 83.1);             // "83.1%"
    QVERIFY(f.rows.at(2).modelId.isEmpty());         // "Qwen3-32B (Qwen)" is no name of Qwen3-32B
    QVERIFY(f.rows.at(0).note.contains(QStringLiteral("Vendor paper, table 3")));
}

void TestEvidence::unknownFormat()
{
    const EvidenceImport::File f = EvidenceImport::readFile(data("unknown.csv"), *m_bundled);
    QVERIFY(!f.ok());
    QVERIFY(f.error.contains(QStringLiteral("Model version")));
    QVERIFY(f.error.contains(QStringLiteral("arena_score")));
}

void TestEvidence::roundTripShowsExactlyTheAdditions()
{
    QList<EvidenceImport::File> files;
    for (const char *name : {"gpqa_diamond.csv", "math_level_5.csv", "lmarena_text.csv"})
        files.append(EvidenceImport::readFile(data(name), *m_bundled));
    QString error;
    const QByteArray json = EvidenceImport::apply(TestUtil::bundledBytes(), files, QDate(2026, 12, 1), &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    QVERIFY(json.left(200).contains("\"format\": \"versus-dataset\""));
    const DatasetLoader::Result r = DatasetLoader::loadData(json, QStringLiteral("imported.json"));
    QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.constFirst().toString()));
    QCOMPARE(r.dataset->scores.size(), m_bundled->scores.size() + 5 + 2 + 2);
    const QList<DatasetDiff::Change> changes = DatasetDiff::compare(*m_bundled, *r.dataset);
    QStringList lines;
    for (const DatasetDiff::Change &c : changes) {
        QCOMPARE(c.kind, DatasetDiff::Change::Kind::Added);
        lines.append(c.line());
    }
    QCOMPARE(changes.size(), 9 + 2 + 3); // scores, benchmarks, one source a file
    QVERIFY(lines.contains(QStringLiteral("+ scores/deepseek-r1/gpqa-diamond/-/epoch-ai: 71.5 % (stderr 3.2) [EPOCH1, independent]")));
    QVERIFY(lines.contains(QStringLiteral("+ scores/qwen3-235b-a22b/gpqa-diamond/-/epoch-ai@32K: 66 % (stderr 3.1) [EPOCH1, independent]")));
    QVERIFY(lines.contains(QStringLiteral("+ scores/deepseek-r1/lmarena/-/lmarena: 1358 Elo (+5/-5) [LMARENA1, independent]")));
    QVERIFY(lines.contains(QStringLiteral("+ benchmarks/math-level-5: math level 5 (%)")));
    const Source *epoch = r.dataset->source(QStringLiteral("EPOCH1"));
    QVERIFY(epoch);
    QVERIFY(epoch->attribution.contains(QStringLiteral("CC BY 4.0")));
    QCOMPARE(epoch->accessed, QStringLiteral("2026-12-01"));
    // Nothing but what was added: the diff the other way round removes exactly that.
    const QList<DatasetDiff::Change> back = DatasetDiff::compare(*r.dataset, *m_bundled);
    QCOMPARE(back.size(), changes.size());
    QVERIFY(DatasetDiff::compare(*m_bundled, *m_bundled).isEmpty());
}

void TestEvidence::aliasesMatchAndCollide()
{
    QJsonObject root = TestUtil::bundledJson();
    QJsonArray models = root.value(QStringLiteral("models")).toArray();
    int qwq = -1, qwen8 = -1;
    for (int i = 0; i < models.size(); ++i) {
        const QString id = models.at(i).toObject().value(QStringLiteral("id")).toString();
        qwq = id == QLatin1String("qwq-32b") ? i : qwq;
        qwen8 = id == QLatin1String("qwen3-8b") ? i : qwen8;
    }
    QVERIFY(qwq >= 0 && qwen8 >= 0);
    QJsonObject m = models.at(qwq).toObject();
    m.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral("QwQ 32B Preview")});
    models[qwq] = m;
    root.insert(QStringLiteral("models"), models);
    auto good = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
    QVERIFY(good.ok());
    QCOMPARE(good.dataset->modelNamed(QStringLiteral("qwq_32b_preview"))->id, QStringLiteral("qwq-32b"));
    QVERIFY(!good.dataset->modelNamed(QStringLiteral("qwq")));
    m = models.at(qwen8).toObject();
    m.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral("QWQ-32B")});
    models[qwen8] = m;
    root.insert(QStringLiteral("models"), models);
    const auto bad = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("b.json"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.problems.constFirst().pointer, QStringLiteral("/models/%1/aliases/0").arg(qwen8));
    QVERIFY(bad.problems.constFirst().message.contains(QStringLiteral("QWQ-32B")));
}

void TestEvidence::independentNeedsEvaluator()
{
    QJsonObject root = TestUtil::bundledJson();
    QJsonArray scores = root.value(QStringLiteral("scores")).toArray();
    QJsonObject s = scores.at(0).toObject();
    s.insert(QStringLiteral("status"), QStringLiteral("independent"));
    scores[0] = s;
    root.insert(QStringLiteral("scores"), scores);
    auto r = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("c.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.constFirst().pointer, QStringLiteral("/scores/0/status"));
    s.insert(QStringLiteral("evaluator"), QStringLiteral("Epoch AI"));
    scores[0] = s;
    root.insert(QStringLiteral("scores"), scores);
    r = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("d.json"));
    QVERIFY(!r.ok()); // a family and a third party at once
    QCOMPARE(r.problems.constFirst().pointer, QStringLiteral("/scores/0"));
    s.remove(QStringLiteral("reportedBy"));
    s.insert(QStringLiteral("uncertainty"), QJsonObject{{QStringLiteral("plus"), 1}});
    scores[0] = s;
    root.insert(QStringLiteral("scores"), scores);
    r = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("e.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.constFirst().pointer, QStringLiteral("/scores/0/uncertainty"));
}

void TestEvidence::scoreExportColumns()
{
    const QList<EvidenceImport::File> files{EvidenceImport::readFile(data("lmarena_text.csv"), *m_bundled)};
    QString error;
    const auto r = DatasetLoader::loadData(EvidenceImport::apply(TestUtil::bundledBytes(), files, QDate(2026, 12, 1), &error),
                                           QStringLiteral("x.json"));
    QVERIFY(r.ok());
    const CsvReader::Result csv = CsvReader::parse(ScoreExport::toCsv(*r.dataset));
    QVERIFY(csv.ok());
    QCOMPARE(csv.records.size(), r.dataset->scores.size() + 1);
    QCOMPARE(csv.records.constFirst().fields.mid(0, 12),
             S({"model", "modelName", "benchmark", "benchmarkName", "mode", "value", "unit", "uncertainty",
                          "reporter", "status", "source", "sourceWhere"}));
    const QStringList last = csv.records.constLast().fields;
    QCOMPARE(last.mid(0, 6), S({"qwen2.5-72b-instruct", "Qwen2.5-72B-Instruct", "lmarena", "LMArena", "", "1257"}));
    QCOMPARE(last.at(8), QStringLiteral("LMArena"));
    QCOMPARE(last.at(9), QStringLiteral("independent"));
    QCOMPARE(last.at(10), QStringLiteral("LMARENA1"));
    QCOMPARE(last.at(13), QStringLiteral("3")); // its line in the file
}

void TestEvidence::gapChart()
{
    const QList<EvidenceImport::File> files{EvidenceImport::readFile(data("gpqa_diamond.csv"), *m_bundled)};
    QString error;
    const auto r = DatasetLoader::loadData(EvidenceImport::apply(TestUtil::bundledBytes(), files, QDate(2026, 12, 1), &error),
                                           QStringLiteral("g.json"));
    QVERIFY(r.ok());
    const Chart *chart = r.dataset->chart(QStringLiteral("evidence-gap"));
    QVERIFY(chart);
    const ChartData c = ChartData::build(*r.dataset, *chart);
    // The makers' highest GPQA-Diamond scores (parts/public.json: R1 71.5, R1-0528 81, Qwen3-235B-A22B 71.1
    // thinking, QwQ-32B 65.6) minus Epoch AI's rows of gpqa_diamond.csv.
    QCOMPARE(c.categories.size(), 5);
    QMap<QString, double> gaps;
    for (const ChartSeriesData &s : c.series) {
        for (const ChartPoint &p : s.points)
            gaps.insert(c.categories.at(int(p.x)), p.y);
    }
    QCOMPARE(gaps.size(), 5);
    QCOMPARE(gaps.value(QStringLiteral("DeepSeek-R1 · GPQA-Diamond")), 0.0);
    QCOMPARE(gaps.value(QStringLiteral("DeepSeek-R1-0528 · GPQA-Diamond")), 0.0);
    QVERIFY(qFuzzyCompare(gaps.value(QStringLiteral("Qwen3-235B-A22B · GPQA-Diamond · high")), 71.1 - 70));
    QVERIFY(qFuzzyCompare(gaps.value(QStringLiteral("Qwen3-235B-A22B · GPQA-Diamond · 32K")), 71.1 - 66));
    QVERIFY(qFuzzyCompare(gaps.value(QStringLiteral("QwQ-32B · GPQA-Diamond")), 65.6 - 59));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
