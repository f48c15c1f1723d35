#include "core/dataset/datasetloader.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The contract's --list-devices, --list-precisions and --fit, run as a script would run them.
// Expected figures are worked by hand (see tests/core/tst_fit.cpp for the inputs).
class TestCliFit : public QObject
{
    Q_OBJECT

private:
    static QJsonObject modelEntry(const QJsonObject &o, const QString &id)
    {
        const QJsonArray models = o.value(QStringLiteral("models")).toArray();
        for (const QJsonValue &v : models) {
            if (v.toObject().value(QStringLiteral("model")).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void listDevices()
    {
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--list-devices")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), DatasetLoader::loadBundled().dataset->devices.size());
        QVERIFY(lines.contains(QStringLiteral("rtx-4090\t24\tNVIDIA GeForce RTX 4090")));
        QVERIFY(lines.contains(QStringLiteral("snapdragon-8-elite\t24\tQualcomm Snapdragon 8 Elite phone")));
    }

    void listPrecisions()
    {
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--list-precisions")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("q4_k_m\t4.8944\tQ4_K_M")));
        QVERIFY(lines.contains(QStringLiteral("bf16\t16\tBF16")));
        QVERIFY(lines.constFirst().startsWith(QLatin1String("bf16\t")));
    }

    void fitJson()
    {
        // The "RTX 4090, Q4_K_M, 32K context".
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--fit"), QStringLiteral("--device"), QStringLiteral("rtx-4090"),
                                                     QStringLiteral("--precision"), QStringLiteral("q4_k_m"), QStringLiteral("--context"),
                                                     QStringLiteral("32768"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("rtx-4090"));
        QCOMPARE(o.value(QStringLiteral("precision")).toString(), QStringLiteral("q4_k_m"));
        QCOMPARE(o.value(QStringLiteral("kvPrecision")).toString(), QStringLiteral("bf16"));
        QCOMPARE(o.value(QStringLiteral("context")).toInteger(), 32768);
        QCOMPARE(o.value(QStringLiteral("sequences")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("models")).toArray().size(), DatasetLoader::loadBundled().dataset->models.size());
        for (const QJsonValue &v : o.value(QStringLiteral("models")).toArray()) {
            const QJsonObject m = v.toObject();
            for (const char *key : {"model", "weightsBytes", "kvCacheBytes", "stateBytes", "overheadBytes", "totalBytes",
                                    "availableBytes", "fit", "maxContext", "decodeTokensPerSecond"})
                QVERIFY2(m.contains(QLatin1String(key)), key);
            QVERIFY(QStringList({QStringLiteral("fits"), QStringLiteral("tight"), QStringLiteral("no"), QStringLiteral("unknown")})
                        .contains(m.value(QStringLiteral("fit")).toString()));
            QCOMPARE(m.value(QStringLiteral("availableBytes")).toInteger(), 24000000000LL);
        }
        const QJsonObject q8 = modelEntry(o, QStringLiteral("qwen3-8b"));
        QCOMPARE(q8.value(QStringLiteral("weightsBytes")).toInteger(), 4894400000LL);          // 8e9 × 4.8944 ÷ 8
        QCOMPARE(q8.value(QStringLiteral("kvCacheBytes")).toInteger(), 2LL * 36 * 8 * 128 * 2 * 32768);
        QCOMPARE(q8.value(QStringLiteral("stateBytes")).toInteger(), 0);
        QCOMPARE(q8.value(QStringLiteral("overheadBytes")).toInteger(), 1244720000LL);
        QCOMPARE(q8.value(QStringLiteral("totalBytes")).toInteger(), 10970958208LL);
        QCOMPARE(q8.value(QStringLiteral("fit")).toString(), QStringLiteral("fits"));
        QCOMPARE(q8.value(QStringLiteral("maxContext")).toInteger(), 121126);
        QCOMPARE(q8.value(QStringLiteral("decodeTokensPerSecond")).toDouble(), 1008e9 / double(4894400000LL + 4831838208LL));
        const QJsonObject q32 = modelEntry(o, QStringLiteral("qwen3-32b"));
        QCOMPARE(q32.value(QStringLiteral("fit")).toString(), QStringLiteral("no"));
        QCOMPARE(q32.value(QStringLiteral("maxContext")).toInteger(), 9321);
        // Not stated: null, never a number.
        const QJsonObject q72 = modelEntry(o, QStringLiteral("qwen2.5-72b-instruct"));
        QVERIFY(q72.value(QStringLiteral("kvCacheBytes")).isNull());
        QVERIFY(q72.value(QStringLiteral("totalBytes")).isNull());
        QVERIFY(q72.value(QStringLiteral("maxContext")).isNull());
        QCOMPARE(q72.value(QStringLiteral("fit")).toString(), QStringLiteral("no")); // 44.5 GB of weights alone
    }

    // The chart of memory against context, exported headless for the hardware given.
    void exportFitChart()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("fit.svg")), pdf = dir.filePath(QStringLiteral("fit.pdf"));
        const QStringList hardware{QStringLiteral("--device"), QStringLiteral("rtx-4090"), QStringLiteral("--precision"),
                                   QStringLiteral("q4_k_m"), QStringLiteral("--context"), QStringLiteral("32768")};
        TestUtil::Run r = TestUtil::runVersus(QStringList{QStringLiteral("--export-chart"), QStringLiteral("fit-context"), svg} + hardware);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty() && r.out.isEmpty(), qPrintable(r.err + r.out));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("<?xml")) && text.contains(QLatin1String("<svg")));
        // The device's memory line and the context chosen, labelled; the K ticks.
        QVERIFY(text.contains(QStringLiteral("NVIDIA GeForce RTX 4090: 24 GB")));
        QVERIFY(text.contains(QStringLiteral("context chosen: 32K")));
        QVERIFY(text.contains(QStringLiteral(">128K<")));
        r = TestUtil::runVersus({QStringLiteral("--export-chart"), QStringLiteral("fit-context"), pdf});
        QCOMPARE(r.exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // Another chart takes no hardware; an unknown device names the valid ones.
        r = TestUtil::runVersus({QStringLiteral("--export-chart"), QStringLiteral("releases"), svg, QStringLiteral("--device"),
                                 QStringLiteral("rtx-4090")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("takes no hardware options")));
        r = TestUtil::runVersus({QStringLiteral("--export-chart"), QStringLiteral("fit-context"), svg, QStringLiteral("--device"),
                                 QStringLiteral("rtx-9999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("rtx-4090")));
        // The chart is listed like every other.
        r = TestUtil::runVersus({QStringLiteral("--list-charts")});
        QVERIFY(r.out.contains(QStringLiteral("fit-context\tMemory against context length\n")));
    }

    void fitTypedMemory()
    {
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--fit"), QStringLiteral("--memory"), QStringLiteral("24"),
                                                     QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--precision"),
                                                     QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("98304"),
                                                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).isNull());
        const QJsonObject q32 = modelEntry(o, QStringLiteral("qwen3-32b"));
        QCOMPARE(q32.value(QStringLiteral("fit")).toString(), QStringLiteral("no")); // not pooled: 24.16 GB a card
        QCOMPARE(q32.value(QStringLiteral("maxContext")).toInteger(), 97059);
        QVERIFY(q32.value(QStringLiteral("decodeTokensPerSecond")).isNull()); // no bandwidth typed
    }

    void deviceFromAUsersDataset()
    {
        // Another device comes from the user's own dataset, without a rebuild.
        const QJsonObject device{{QStringLiteral("id"), QStringLiteral("my-card")},
                                 {QStringLiteral("name"), QStringLiteral("My Card 48")},
                                 {QStringLiteral("kind"), QJsonObject{{QStringLiteral("en"), QStringLiteral("a card")},
                                                                      {QStringLiteral("zh_CN"), QStringLiteral("一张卡")}}},
                                 {QStringLiteral("vendor"), QStringLiteral("Me")},
                                 {QStringLiteral("memoryGB"), 48},
                                 {QStringLiteral("bandwidthGBps"), QJsonValue::Null},
                                 {QStringLiteral("sources"), QJsonArray()}};
        const int at = int(DatasetLoader::loadBundled().dataset->devices.size());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestUtil::bundledWith(QStringLiteral("/devices/%1").arg(at), device));
        file.close();
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--data"), file.fileName(), QStringLiteral("--fit"),
                                                     QStringLiteral("--device"), QStringLiteral("my-card"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("device")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("My Card 48"));
        const QJsonObject q8 = modelEntry(o, QStringLiteral("qwen3-8b"));
        QCOMPARE(q8.value(QStringLiteral("availableBytes")).toInteger(), 48000000000LL);
        QVERIFY(q8.value(QStringLiteral("decodeTokensPerSecond")).isNull()); // its bandwidth is not stated
    }

    void fitText()
    {
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--fit"), QStringLiteral("--device"), QStringLiteral("rtx-4090"),
                                                     QStringLiteral("--precision"), QStringLiteral("q4_k_m")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Qwen3-8B\tfits\t")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("names"); // what the one-line reason must name
        const QString fit = QStringLiteral("--fit");
        const QString dev = QStringLiteral("--device");
        const QString rtx = QStringLiteral("rtx-4090");
        QTest::newRow("unknown device") << QStringList{fit, dev, QStringLiteral("rtx-9999")} << 1 << QStringLiteral("rtx-4090, ");
        QTest::newRow("unknown precision") << QStringList{fit, dev, rtx, QStringLiteral("--precision"), QStringLiteral("q1")} << 1
                                           << QStringLiteral("q4_k_m");
        QTest::newRow("unknown kv precision") << QStringList{fit, dev, rtx, QStringLiteral("--kv-precision"), QStringLiteral("x")}
                                              << 1 << QStringLiteral("q8_0");
        QTest::newRow("negative context") << QStringList{fit, dev, rtx, QStringLiteral("--context"), QStringLiteral("-5")} << 1
                                          << QStringLiteral("--context");
        QTest::newRow("absurd context") << QStringList{fit, dev, rtx, QStringLiteral("--context"), QStringLiteral("1e15")} << 1
                                        << QStringLiteral("100000000");
        QTest::newRow("fractional context") << QStringList{fit, dev, rtx, QStringLiteral("--context"), QStringLiteral("10.5")} << 1
                                            << QStringLiteral("whole number");
        QTest::newRow("absurd memory") << QStringList{fit, QStringLiteral("--memory"), QStringLiteral("1e9")} << 1
                                       << QStringLiteral("--memory");
        QTest::newRow("negative memory") << QStringList{fit, QStringLiteral("--memory"), QStringLiteral("-24")} << 1
                                         << QStringLiteral("--memory");
        QTest::newRow("not a number") << QStringList{fit, QStringLiteral("--memory"), QStringLiteral("lots")} << 1
                                      << QStringLiteral("\"lots\"");
        QTest::newRow("zero devices") << QStringList{fit, dev, rtx, QStringLiteral("--count"), QStringLiteral("0")} << 1
                                      << QStringLiteral("--count");
        QTest::newRow("nan sequences") << QStringList{fit, dev, rtx, QStringLiteral("--sequences"), QStringLiteral("nan")} << 1
                                       << QStringLiteral("--sequences");
        QTest::newRow("no hardware") << QStringList{fit} << 2 << QStringLiteral("--device");
        QTest::newRow("both") << QStringList{fit, dev, rtx, QStringLiteral("--memory"), QStringLiteral("24")} << 2
                              << QStringLiteral("--memory");
        QTest::newRow("option without --fit") << QStringList{QStringLiteral("--list-devices"), dev, rtx} << 2
                                              << QStringLiteral("--fit");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, names);
        const TestUtil::Run r = TestUtil::runVersus(arguments);
        QCOMPARE(r.exitCode, status);
        QVERIFY(r.out.isEmpty());
        if (status == 1)
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(r.err.contains(names), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "tst_cli_fit.moc"
