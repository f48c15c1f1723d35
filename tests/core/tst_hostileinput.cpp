#include "core/dataset/datasetloader.h"
#include "core/json/jsondom.h"
#include "core/recommend/answers.h"
#include "core/recommend/recommender.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

// Bounded work on hostile input: the loader and the answers file refuse or finish within
// the limits DEVELOPING.md states ("Hostile input"), on inputs at their size limit that are
// huge, deep, wide or binary. Time and peak memory are measured around each load (the peak
// is reset through /proc/self/clear_refs). The bounds are for this sanitizer build, which is
// several times slower and hungrier than a release one.
namespace {

constexpr qint64 MiB = 1024 * 1024;
// The stated limits, for an input at the size limit, in the test (sanitizer) build.
constexpr qint64 LoadSeconds = 60;
constexpr qint64 LoadPeakMiB = 1024;

// A "VmHWM:" (peak) or "VmRSS:" (now) line of /proc/self/status, in KiB.
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

struct Cost
{
    qint64 ms = 0;
    qint64 peakMiB = 0; // above what was resident before
};

template<typename F>
Cost measure(F &&work)
{
    resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    work();
    Cost c;
    c.ms = timer.elapsed();
    c.peakMiB = (statusKiB("VmHWM:") - before) / 1024;
    return c;
}

// Repeats unit until the whole, with head and tail around it, is just under size.
QByteArray filled(const QByteArray &head, const QByteArray &unit, const QByteArray &tail, qint64 size)
{
    const qint64 n = (size - head.size() - tail.size()) / unit.size();
    return head + unit.repeated(n) + tail;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loaderAtTheSizeLimit_data();
    void loaderAtTheSizeLimit();
    void overTheLimitIsNotRead();
    void manyProblemsAreCapped();
    void wideObjectInTheDataset();
    void longArraysInTheDataset_data();
    void longArraysInTheDataset();
    void answersAtTheSizeLimit_data();
    void answersAtTheSizeLimit();

private:
    void checkBounds(const Cost &c, const char *what);
};

void TestHostileInput::checkBounds(const Cost &c, const char *what)
{
    qInfo("%s: %lld ms, peak +%lld MiB", what, c.ms, c.peakMiB);
    QVERIFY2(c.ms < LoadSeconds * 1000, qPrintable(QStringLiteral("%1 ms").arg(c.ms)));
    QVERIFY2(c.peakMiB < LoadPeakMiB, qPrintable(QStringLiteral("%1 MiB").arg(c.peakMiB)));
}

void TestHostileInput::loaderAtTheSizeLimit_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const qint64 limit = DatasetLoader::MaxFileSize;
    // The worst cases for the node table, at a quarter of the limit (time and memory grow
    // linearly: DEVELOPING.md states them for the whole 64 MiB).
    QTest::newRow("wide array") << filled("[", "0,", "0]", limit / 4) << QStringLiteral("wide.json: /: expected an object");
    QTest::newRow("wide object") << filled("{", "\"k\":0,", "\"z\":0}", limit / 8)
                                 << QStringLiteral("wide.json:1:"); // duplicate keys, found by sorting
    QTest::newRow("deep, one level less than refused, many times")
        << filled("[", QByteArray(63, '[') + QByteArray(63, ']') + ',', "0]", limit / 4)
        << QStringLiteral("wide.json: /: expected an object");
    QTest::newRow("one huge string") << filled("{\"format\": \"versus-dataset\", \"title\": {\"en\": \"", "x", "\"}}", limit)
                                     << QStringLiteral("wide.json: /: missing required field");
    QTest::newRow("one huge number") << filled("[1", "0", "]", limit) << QStringLiteral("wide.json:1:");
    QTest::newRow("a bad byte at the very end of a huge string")
        << filled("[\"", "a", "\xff\"]", limit) << QStringLiteral("wide.json:1:");
    QByteArray binary(limit, Qt::Uninitialized);
    QRandomGenerator random(18);
    random.fillRange(reinterpret_cast<quint32 *>(binary.data()), binary.size() / 4);
    binary[0] = '{';
    QTest::newRow("binary") << binary << QStringLiteral("wide.json:1:");
    QTest::newRow("one huge line of whitespace then an error") << filled("", " ", "x", limit)
                                                               << QStringLiteral("wide.json:1:");
}

void TestHostileInput::loaderAtTheSizeLimit()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QVERIFY(data.size() <= DatasetLoader::MaxFileSize);
    DatasetLoader::Result result;
    const Cost c = measure([&] { result = DatasetLoader::loadData(data, QStringLiteral("wide.json")); });
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.constFirst().toString().startsWith(expected),
             qPrintable(result.problems.constFirst().toString().left(300)));
    QVERIFY(result.problems.size() <= DatasetLoader::MaxProblems);
    checkBounds(c, QTest::currentDataTag());
}

void TestHostileInput::overTheLimitIsNotRead()
{
    // A file (or a device that never ends) over the limit: at most the limit and a byte read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(4 * DatasetLoader::MaxFileSize)); // sparse: costs no disk
    f.close();
    DatasetLoader::Result result;
    const Cost c = measure([&] { result = DatasetLoader::loadFile(path); });
    QVERIFY(result.problems.constFirst().message.contains(QStringLiteral("refused")));
    QVERIFY2(c.ms < 1000, qPrintable(QString::number(c.ms)));
    QVERIFY2(c.peakMiB < 16, qPrintable(QString::number(c.peakMiB)));

    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
        const Cost z = measure([&] { result = DatasetLoader::loadFile(QStringLiteral("/dev/zero")); });
        QVERIFY(!result.ok());
        checkBounds(z, "/dev/zero");
    }
}

void TestHostileInput::manyProblemsAreCapped()
{
    // 50,000 dimensions, each with three things wrong: 200 problems, then it stops counting.
    QJsonObject root = TestUtil::bundledJson();
    QJsonArray dimensions;
    for (int i = 0; i < 50000; ++i)
        dimensions.append(QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("extra"), true}});
    root.insert(QStringLiteral("dimensions"), dimensions);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Compact);
    DatasetLoader::Result result;
    const Cost c = measure([&] { result = DatasetLoader::loadData(data, QStringLiteral("many.json")); });
    QCOMPARE(result.problems.size(), DatasetLoader::MaxProblems);
    checkBounds(c, "50,000 broken dimensions");
}

void TestHostileInput::wideObjectInTheDataset()
{
    // A million unknown members beside the known ones: refused, the first 200 named.
    QByteArray data = TestUtil::bundledBytes();
    QByteArray members;
    for (int i = 0; i < 1000000; ++i)
        members += "\"x" + QByteArray::number(i) + "\":0,";
    data.insert(data.indexOf('{') + 1, members);
    QVERIFY(data.size() < DatasetLoader::MaxFileSize);
    DatasetLoader::Result result;
    const Cost c = measure([&] { result = DatasetLoader::loadData(data, QStringLiteral("wide.json")); });
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.constFirst().toString().startsWith(QStringLiteral("wide.json: /x0: unknown field")),
             qPrintable(result.problems.constFirst().toString()));
    checkBounds(c, "a million unknown members");
}

void TestHostileInput::longArraysInTheDataset_data()
{
    // Places in long arrays were found again by index, walking from the start each time:
    // quadratic (a million source ids took minutes). Now each element's place is its own.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QJsonObject root = TestUtil::bundledJson();
    QJsonArray architectures = root.value(QStringLiteral("architectures")).toArray();
    QJsonObject first = architectures.at(0).toObject();
    QJsonArray sources;
    for (int i = 0; i < 1000000; ++i)
        sources.append(i % 2 ? QJsonValue(QStringLiteral("no-such-source")) : QJsonValue(i));
    first.insert(QStringLiteral("sources"), sources);
    architectures[0] = first;
    QJsonObject withSources = root;
    withSources.insert(QStringLiteral("architectures"), architectures);
    QTest::newRow("a million source ids") << QJsonDocument(withSources).toJson(QJsonDocument::Compact)
                                          << QStringLiteral("long.json: /architectures/0/sources/0: expected a source id");

    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    const QJsonValue one = dimensions.at(0);
    while (dimensions.size() < 20000)
        dimensions.append(one);
    QJsonObject duplicated = root;
    duplicated.insert(QStringLiteral("dimensions"), dimensions);
    QTest::newRow("20,000 copies of a dimension")
        << QJsonDocument(duplicated).toJson(QJsonDocument::Compact)
        << QStringLiteral("long.json: /dimensions/");
}

void TestHostileInput::longArraysInTheDataset()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QVERIFY(data.size() < DatasetLoader::MaxFileSize);
    DatasetLoader::Result result;
    const Cost c = measure([&] { result = DatasetLoader::loadData(data, QStringLiteral("long.json")); });
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.constFirst().toString().startsWith(expected),
             qPrintable(result.problems.constFirst().toString()));
    QCOMPARE(result.problems.size(), DatasetLoader::MaxProblems);
    checkBounds(c, QTest::currentDataTag());
}

void TestHostileInput::answersAtTheSizeLimit_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("parses");
    const qint64 limit = AnswersFile::MaxFileSize;
    QByteArray wide = "{";
    for (int i = 0; wide.size() < limit - 40; ++i)
        wide += "\"q" + QByteArray::number(i) + "\":\"o\",";
    wide += "\"last\":\"o\"}";
    QTest::newRow("wide") << wide << true;
    QTest::newRow("deep") << filled("", "[", "", limit) << false;
    QTest::newRow("one huge string") << filled("{\"use-case\":\"", "x", "\"}", limit) << true;
    QTest::newRow("binary") << filled("{", "\xff\xfe\x00", "}", limit) << false;
}

void TestHostileInput::answersAtTheSizeLimit()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, parses);
    QVERIFY(data.size() <= AnswersFile::MaxFileSize);
    const DatasetLoader::Result bundled = DatasetLoader::loadBundled();
    QVERIFY(bundled.ok());
    const Recommender recommender(*bundled.dataset);
    bool ok = false;
    QString error;
    QString invalid;
    const Cost c = measure([&] {
        QMap<QString, QString> answers;
        ok = AnswersFile::parse(data, QStringLiteral("a.json"), &answers, &error);
        if (ok)
            invalid = recommender.validate(answers);
    });
    QCOMPARE(ok, parses);
    QVERIFY(ok ? !invalid.isEmpty() : !error.isEmpty()); // unknown questions or options, named
    qInfo("%s: %lld ms, peak +%lld MiB", QTest::currentDataTag(), c.ms, c.peakMiB);
    QVERIFY2(c.ms < 10000, qPrintable(QString::number(c.ms)));
    QVERIFY2(c.peakMiB < 256, qPrintable(QString::number(c.peakMiB)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
