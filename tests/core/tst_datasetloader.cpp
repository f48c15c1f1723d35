#include "core/dataset/datasetloader.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

class TestDatasetLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledDatasetLoads();
    void bundledContent();
    void everyTextIsVerbatimInTheDocument();
    void passagesResolve();
    void brokenInput_data();
    void brokenInput();
    void unreadableFiles();
    void problemFormat();
    void largeDatasetReadOnTwoThreads();
    void largeDatasetProblemsAreLocated();
};

namespace {
// The bundled dataset with its dimensions repeated up to count, each with a new id: long
// enough for the loader to read the dimensions on two threads.
QJsonObject withDimensions(int count)
{
    QJsonObject root = TestUtil::bundledJson();
    const QJsonArray original = root.value(QStringLiteral("dimensions")).toArray();
    QJsonArray dimensions = original;
    for (int i = int(original.size()); i < count; ++i) {
        QJsonObject d = original.at(i % original.size()).toObject();
        d.insert(QStringLiteral("id"), QStringLiteral("dim-%1").arg(i));
        dimensions.append(d);
    }
    root.insert(QStringLiteral("dimensions"), dimensions);
    return root;
}

QJsonObject setCell(QJsonObject root, int dimension, const QString &family, const QJsonValue &cell)
{
    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    QJsonObject d = dimensions.at(dimension).toObject();
    QJsonObject cells = d.value(QStringLiteral("cells")).toObject();
    cells.insert(family, cell);
    d.insert(QStringLiteral("cells"), cells);
    dimensions.replace(dimension, d);
    root.insert(QStringLiteral("dimensions"), dimensions);
    return root;
}
} // namespace

void TestDatasetLoader::bundledDatasetLoads()
{
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    for (const Problem &p : result.problems)
        qWarning().noquote() << p.toString();
    QVERIFY(result.ok());
    const Dataset &d = *result.dataset;
    QCOMPARE(d.families.size(), 2);
    QCOMPARE(d.dimensions.size(), 12);
    QCOMPARE(d.verdicts.size(), 8);
    QCOMPARE(d.claimChecks.size(), 8);
    QVERIFY(d.figures.size() >= 15);
    QCOMPARE(d.models.size(), 20 + 28); // models.csv + models-2026.csv
    QCOMPARE(d.scores.size(), 152 + 277); // benchmarks.csv + benchmarks-2026.csv
    QVERIFY(d.sources.size() >= 18);
    int analysis = 0;
    for (const Section &s : d.sections)
        analysis += s.kind == Section::Kind::Analysis;
    QCOMPARE(analysis, 6);
    QCOMPARE(d.checksum.size(), 64);
    QCOMPARE(d.checksum, QString::fromLatin1(QCryptographicHash::hash(TestUtil::bundledBytes(), QCryptographicHash::Sha256).toHex()));
}

void TestDatasetLoader::bundledContent()
{
    const auto d = DatasetLoader::loadBundled().dataset;
    QVERIFY(d);
    QVERIFY(d->family(QStringLiteral("deepseek")));
    QVERIFY(d->family(QStringLiteral("qwen")));

    const Dimension *languages = d->dimension(QStringLiteral("languages"));
    QVERIFY(languages);
    QVERIFY(languages->cells.value(QStringLiteral("qwen")).text.text(QStringLiteral("en")).contains(
        QStringLiteral("201 languages")));

    // The eight verdicts and their winners, in the document's order.
    const QStringList ids{QStringLiteral("math-science-reasoning"), QStringLiteral("multilingual-enterprise"),
                          QStringLiteral("edge-on-device"),         QStringLiteral("cost-optimized-inference"),
                          QStringLiteral("multimodal-agents"),      QStringLiteral("codebase-analysis"),
                          QStringLiteral("e-commerce"),             QStringLiteral("fine-tuning")};
    const QStringList winners{QStringLiteral("deepseek"), QStringLiteral("qwen"), QStringLiteral("qwen"),
                              QStringLiteral("deepseek"), QStringLiteral("qwen"), QStringLiteral("deepseek"),
                              QStringLiteral("qwen"),     QStringLiteral("tie")};
    QCOMPARE(d->verdicts.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(d->verdicts.at(i).id, ids.at(i));
        QCOMPARE(d->verdicts.at(i).winner, winners.at(i));
    }

    // Statuses follow the document's words.
    const Cell reasoning = d->dimension(QStringLiteral("reasoning"))->cells.value(QStringLiteral("deepseek"));
    QCOMPARE(d->cellStatus(reasoning), QStringLiteral("rumored"));
    const Cell cost = d->dimension(QStringLiteral("training-cost"))->cells.value(QStringLiteral("deepseek"));
    QCOMPARE(d->cellStatus(cost), QStringLiteral("reported"));
    const Cell flagship = d->dimension(QStringLiteral("flagship"))->cells.value(QStringLiteral("deepseek"));
    QCOMPARE(d->cellStatus(flagship), QStringLiteral("anticipated"));

    // Named numbers with units and statuses.
    bool found = false;
    for (const Figure &f : d->figures) {
        if (f.value == 85.7) {
            found = true;
            QCOMPARE(f.family, QStringLiteral("qwen"));
            QVERIFY(f.ref.quote.text().contains(QStringLiteral("85.7")));
        }
    }
    QVERIFY(found);
    const Figure *r2 = d->figure(QStringLiteral("deepseek-r2-total-params"));
    QVERIFY(r2);
    QCOMPARE(r2->status, QStringLiteral("rumored"));

    // A claim the sources contradict is marked.
    const ClaimCheck *misattributed = nullptr;
    for (const ClaimCheck &c : d->claimChecks) {
        if (c.verdict == QLatin1String("misattributed"))
            misattributed = &c;
    }
    QVERIFY(misattributed);
    QVERIFY(misattributed->differs());
}

void TestDatasetLoader::everyTextIsVerbatimInTheDocument()
{
    QFile file(QStringLiteral(":/document/deepseek-vs-qwen.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString document = QString::fromUtf8(file.readAll());
    const auto d = DatasetLoader::loadBundled().dataset;
    QVERIFY(d);
    int checked = 0;
    auto check = [&](const LocalizedText &t) {
        const QString en = t.text(QStringLiteral("en"));
        QVERIFY2(document.contains(en), qPrintable(en));
        ++checked;
    };
    for (const Section &s : d->sections) {
        check(s.title);
        for (const Paragraph &p : s.paragraphs)
            check(p.text);
    }
    for (const Dimension &dim : d->dimensions) {
        check(dim.name);
        for (const Cell &c : dim.cells)
            check(c.text);
    }
    for (const Verdict &v : d->verdicts) {
        check(v.title);
        check(v.rationale);
    }
    QVERIFY(checked > 70);
}

void TestDatasetLoader::passagesResolve()
{
    const auto d = DatasetLoader::loadBundled().dataset;
    QVERIFY(d);
    QVERIFY(d->passage(QStringLiteral("reasoning-1")));
    QCOMPARE(d->passage(QStringLiteral("languages/qwen"))->kind, PassageInfo::Kind::Cell);
    QCOMPARE(d->passage(QStringLiteral("verdict-e-commerce"))->kind, PassageInfo::Kind::Verdict);
    QVERIFY(!d->passage(QStringLiteral("nowhere")));
    QVERIFY(d->passageIds().size() > 24 + 12 * 3 + 8 - 1);
}

void TestDatasetLoader::brokenInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.json:1:1: the file is empty");
    QTest::newRow("whitespace") << QByteArray("  \n  ") << QStringLiteral("bad.json:1:1: the file is empty");
    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"versus-dataset\",\n  \"id\": ")
                               << QStringLiteral("bad.json:3:");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QStringLiteral("bad.json:1:");
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << QStringLiteral("bad.json:1:");
    QTest::newRow("deeply nested") << QByteArray(5000, '[') << QStringLiteral("bad.json:1:65: nested deeper than 64");
    QTest::newRow("brackets in a string do not nest")
        << (QByteArray("{\"a\": \"") + QByteArray(100, '[') + QByteArray("\"}"))
        << QStringLiteral("bad.json: /: missing required field \"format\"");
    QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("bad.json: /: expected an object");
    QTest::newRow("wrong format")
        << TestUtil::bundledWith(QStringLiteral("/format"), QStringLiteral("something-else"))
        << QStringLiteral("bad.json: /format: \"something-else\" is not a Versus dataset");
    QTest::newRow("wrong type") << TestUtil::bundledWith(QStringLiteral("/families/0/color"), 5)
                                << QStringLiteral("bad.json: /families/0/color: expected a string, found a number");
    QTest::newRow("bad colour") << TestUtil::bundledWith(QStringLiteral("/families/1/color"), QStringLiteral("orange"))
                                << QStringLiteral("bad.json: /families/1/color: \"orange\" is not a colour");
    QTest::newRow("missing field") << TestUtil::bundledWith(QStringLiteral("/dimensions/0/name"), QJsonValue::Undefined)
                                   << QStringLiteral("bad.json: /dimensions/0: missing required field \"name\"");
    QTest::newRow("unknown field") << TestUtil::bundledWith(QStringLiteral("/verdicts/2/score"), 3)
                                   << QStringLiteral("bad.json: /verdicts/2/score: unknown field \"score\"");
    QTest::newRow("duplicate id") << TestUtil::bundledWith(QStringLiteral("/dimensions/1/id"), QStringLiteral("backing"))
                                  << QStringLiteral("bad.json: /dimensions/1/id: duplicate id \"backing\" (first at /dimensions/0)");
    QTest::newRow("dangling family") << TestUtil::bundledWith(QStringLiteral("/verdicts/0/winner"), QStringLiteral("mistral"))
                                     << QStringLiteral("bad.json: /verdicts/0/winner: unknown family \"mistral\"");
    QTest::newRow("dangling source") << TestUtil::bundledWith(QStringLiteral("/models/0/source"), QStringLiteral("Z9"))
                                     << QStringLiteral("bad.json: /models/0/source: unknown source \"Z9\"");
    QTest::newRow("dangling passage")
        << TestUtil::bundledWith(QStringLiteral("/figures/0/ref/passage"), QStringLiteral("nowhere"))
        << QStringLiteral("bad.json: /figures/0/ref/passage: unknown passage \"nowhere\"");
    QTest::newRow("quote not in passage")
        << TestUtil::bundledWith(QStringLiteral("/figures/0/ref/quote/en"), QStringLiteral("not in the text"))
        << QStringLiteral("bad.json: /figures/0/ref/quote/en: \"not in the text\" does not occur in passage");
    QTest::newRow("negative parameters") << TestUtil::bundledWith(QStringLiteral("/models/0/totalParamsB"), -1)
                                         << QStringLiteral("bad.json: /models/0/totalParamsB: -1 is out of range");
    QTest::newRow("bad month") << TestUtil::bundledWith(QStringLiteral("/models/0/released"), QStringLiteral("2024-13"))
                               << QStringLiteral("bad.json: /models/0/released: \"2024-13\" is not a month YYYY-MM");
    QTest::newRow("bad status") << TestUtil::bundledWith(QStringLiteral("/figures/0/status"), QStringLiteral("certain"))
                                << QStringLiteral("bad.json: /figures/0/status: unknown status \"certain\"");
    QTest::newRow("missing language")
        << TestUtil::bundledWith(QStringLiteral("/languages"), QJsonArray{QStringLiteral("en"), QStringLiteral("fr")})
        << QStringLiteral("bad.json: /title: no fr text");
    QTest::newRow("text is a string") << TestUtil::bundledWith(QStringLiteral("/title"), QStringLiteral("Versus"))
                                      << QStringLiteral("bad.json: /title: expected a text (an object of languages), found a string");
    QTest::newRow("missing cell")
        << TestUtil::bundledWith(QStringLiteral("/dimensions/3/cells/qwen"), QJsonValue::Undefined)
        << QStringLiteral("bad.json: /dimensions/3/cells: no cell for family \"qwen\"");
    QTest::newRow("one family")
        << TestUtil::bundledWith(QStringLiteral("/families/1"), QJsonValue::Undefined)
        << QStringLiteral("bad.json: /");
    // The hardware sections (core/fit).
    QTest::newRow("architecture of no model")
        << TestUtil::bundledWith(QStringLiteral("/architectures/0/model"), QStringLiteral("gpt-9"))
        << QStringLiteral("bad.json: /architectures/0/model: unknown model \"gpt-9\"");
    QTest::newRow("fractional layers") << TestUtil::bundledWith(QStringLiteral("/architectures/0/layers"), 61.5)
                                       << QStringLiteral("bad.json: /architectures/0/layers: 61.5 is not a whole number");
    QTest::newRow("zero KV heads") << TestUtil::bundledWith(QStringLiteral("/architectures/6/kvHeads"), 0)
                                   << QStringLiteral("bad.json: /architectures/6/kvHeads: 0 is out of range");
    QTest::newRow("unknown attention") << TestUtil::bundledWith(QStringLiteral("/architectures/0/attention"), QStringLiteral("mqa"))
                                       << QStringLiteral("bad.json: /architectures/0/attention: \"mqa\" is not one of gqa, mla, hybrid, other");
    QTest::newRow("more cache layers than layers")
        << TestUtil::bundledWith(QStringLiteral("/architectures/0/kvCacheLayers"), 62)
        << QStringLiteral("bad.json: /architectures/0/kvCacheLayers: more layers with a KV cache than layers");
    QTest::newRow("two architectures for one model")
        << TestUtil::bundledWith(QStringLiteral("/architectures/1/model"), QStringLiteral("deepseek-v3"))
        << QStringLiteral("bad.json: /architectures/1/model: a second architecture for model \"deepseek-v3\"");
    QTest::newRow("unknown secondary field")
        << TestUtil::bundledWith(QStringLiteral("/architectures/0/secondaryFields"), QJsonArray{QStringLiteral("colour")})
        << QStringLiteral("bad.json: /architectures/0/secondaryFields/0: \"colour\" is not one of");
    QTest::newRow("dangling architecture source")
        << TestUtil::bundledWith(QStringLiteral("/architectures/0/sources/0"), QStringLiteral("Z9"))
        << QStringLiteral("bad.json: /architectures/0/sources/0: unknown source \"Z9\"");
    QTest::newRow("negative memory") << TestUtil::bundledWith(QStringLiteral("/devices/8/memoryGB"), -24)
                                     << QStringLiteral("bad.json: /devices/8/memoryGB: -24 is out of range");
    QTest::newRow("duplicate device") << TestUtil::bundledWith(QStringLiteral("/devices/9/id"), QStringLiteral("rtx-4090"))
                                      << QStringLiteral("bad.json: /devices/9/id: duplicate id \"rtx-4090\"");
    QTest::newRow("absurd bits") << TestUtil::bundledWith(QStringLiteral("/precisions/8/bitsPerWeight"), 1000)
                                 << QStringLiteral("bad.json: /precisions/8/bitsPerWeight: 1000 is out of range");
    QTest::newRow("precision id") << TestUtil::bundledWith(QStringLiteral("/precisions/8/id"), QStringLiteral("Q4_K_M"))
                                  << QStringLiteral("bad.json: /precisions/8/id: \"Q4_K_M\" is not a valid id");
    QTest::newRow("tight share above 1") << TestUtil::bundledWith(QStringLiteral("/fitDefaults/tightShare"), 1.5)
                                         << QStringLiteral("bad.json: /fitDefaults/tightShare: 1.5 is out of range");
    QTest::newRow("number out of double range") << QByteArray("{\"x\": 1e999}") << QStringLiteral("bad.json:1:");
}

void TestDatasetLoader::brokenInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const DatasetLoader::Result result = DatasetLoader::loadData(data, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.dataset);
    QVERIFY(!result.problems.isEmpty());
    QStringList lines;
    for (const Problem &p : result.problems)
        lines.append(p.toString());
    const bool found = std::any_of(lines.cbegin(), lines.cend(),
                                   [&expected](const QString &line) { return line.startsWith(expected); });
    QVERIFY2(found, qPrintable(QStringLiteral("expected a line starting with \"%1\", got:\n%2")
                                   .arg(expected, lines.mid(0, 5).join(QLatin1Char('\n')))));
    QVERIFY(result.problems.size() <= DatasetLoader::MaxProblems);
}

void TestDatasetLoader::unreadableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatasetLoader::Result missing = DatasetLoader::loadFile(dir.filePath(QStringLiteral("missing.json")));
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.constFirst().toString().contains(QStringLiteral("missing.json: cannot be read")));

    const DatasetLoader::Result folder = DatasetLoader::loadFile(dir.path());
    QVERIFY(folder.problems.constFirst().toString().contains(QStringLiteral("is a folder")));

    // Over the size limit: refused before parsing.
    const QByteArray huge(DatasetLoader::MaxFileSize + 1, ' ');
    const DatasetLoader::Result tooBig = DatasetLoader::loadData(huge, QStringLiteral("huge.json"));
    QVERIFY(tooBig.problems.constFirst().toString().contains(QStringLiteral("refused")));
}

void TestDatasetLoader::problemFormat()
{
    Problem syntax;
    syntax.file = QStringLiteral("f.json");
    syntax.line = 3;
    syntax.column = 7;
    syntax.message = QStringLiteral("oops");
    QCOMPARE(syntax.toString(), QStringLiteral("f.json:3:7: oops"));
    Problem schema;
    schema.file = QStringLiteral("f.json");
    schema.pointer = QStringLiteral("/a/0");
    schema.message = QStringLiteral("bad");
    QCOMPARE(schema.toString(), QStringLiteral("f.json: /a/0: bad"));
}

void TestDatasetLoader::largeDatasetReadOnTwoThreads()
{
    const QByteArray json = QJsonDocument(withDimensions(3000)).toJson(QJsonDocument::Indented);
    QVERIFY(json.size() > 4 * 1024 * 1024); // its checksum is read on a thread too
    const DatasetLoader::Result result = DatasetLoader::loadData(json, QStringLiteral("large.json"));
    for (const Problem &p : result.problems.mid(0, 5))
        qWarning().noquote() << p.toString();
    QVERIFY(result.ok());
    const Dataset &d = *result.dataset;
    QCOMPARE(d.checksum, QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(d.dimensions.size(), 3000);
    // In the file's order, across the halves read by the two threads.
    QCOMPARE(d.dimensions.at(1499).id, QStringLiteral("dim-1499"));
    QCOMPARE(d.dimensions.at(1500).id, QStringLiteral("dim-1500"));
    QCOMPARE(d.dimensions.at(2999).id, QStringLiteral("dim-2999"));
    QVERIFY(d.dimension(QStringLiteral("dim-2999")));
    const Cell &cell = d.dimensions.at(2999).cells.value(QStringLiteral("qwen"));
    QVERIFY(!cell.statements.isEmpty());
    QVERIFY(d.status(cell.statements.constFirst().status));
    // Rows and cells are passages, found from their ids.
    QVERIFY(d.passage(QStringLiteral("dim-2999/qwen")));
    QVERIFY(d.passage(QStringLiteral("dim-2999")));
    QVERIFY(!d.passage(QStringLiteral("dim-2999/mistral")));
    QVERIFY(!d.passage(QStringLiteral("dim-3000")));
    const QStringList ids = d.passageIds();
    QCOMPARE(ids.size(), 24 + 3000 * 3 + 8); // paragraphs, rows and their two cells, verdicts
    for (const QString &id : ids)
        QVERIFY2(d.passage(id), qPrintable(id));
}

void TestDatasetLoader::largeDatasetProblemsAreLocated()
{
    QJsonObject root = withDimensions(3000);
    const QJsonObject good = root.value(QStringLiteral("dimensions")).toArray().at(0).toObject()
                                 .value(QStringLiteral("cells")).toObject().value(QStringLiteral("qwen")).toObject();
    QJsonObject badStatus = good;
    QJsonArray statements = badStatus.value(QStringLiteral("statements")).toArray();
    QJsonObject statement = statements.at(0).toObject();
    statement.insert(QStringLiteral("status"), QStringLiteral("certain"));
    statements.replace(0, statement);
    badStatus.insert(QStringLiteral("statements"), statements);
    root = setCell(root, 2500, QStringLiteral("qwen"), badStatus);      // in the second half
    root = setCell(root, 100, QStringLiteral("mistral"), good);         // in the first half
    QJsonObject noText = good;
    noText.remove(QStringLiteral("text"));
    noText.insert(QStringLiteral("note"), 1);
    root = setCell(root, 2999, QStringLiteral("deepseek"), noText);
    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    QJsonObject duplicate = dimensions.at(2800).toObject();
    duplicate.insert(QStringLiteral("id"), QStringLiteral("dim-20"));
    dimensions.replace(2800, duplicate);
    root.insert(QStringLiteral("dimensions"), dimensions);

    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const DatasetLoader::Result result = DatasetLoader::loadData(json, QStringLiteral("large.json"));
    QVERIFY(!result.ok());
    QStringList lines;
    for (const Problem &p : result.problems)
        lines.append(p.toString());
    const QStringList expected{
        QStringLiteral("large.json: /dimensions/100/cells/mistral: unknown family \"mistral\""),
        QStringLiteral("large.json: /dimensions/2500/cells/qwen/statements/0/status: unknown status \"certain\""),
        QStringLiteral("large.json: /dimensions/2999/cells/deepseek/note: unknown field \"note\""),
        QStringLiteral("large.json: /dimensions/2999/cells/deepseek: missing required field \"text\""),
        QStringLiteral("large.json: /dimensions/2800/id: duplicate id \"dim-20\" (first at /dimensions/20)"),
    };
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\nnot in:\n") + lines.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
