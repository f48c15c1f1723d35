#include "tests/reportpdf.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// --recommend and --export-report with the hardware and workload options (and answer files
// carrying them). Expected figures by hand (tst_followup shows the arithmetic).
class TestCliFollowUp : public QObject
{
    Q_OBJECT

    static QJsonObject recommendJson(const QStringList &arguments)
    {
        const TestUtil::Run r = TestUtil::runVersus(QStringList{QStringLiteral("--recommend"), QStringLiteral("--json")} + arguments);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static QJsonObject model(const QJsonArray &models, const QString &id)
    {
        for (const QJsonValue &v : models) {
            if (v.toObject().value(QStringLiteral("model")).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void hardwareFit()
    {
        const QJsonObject o = recommendJson({QStringLiteral("--answer"), QStringLiteral("use-case=edge-on-device"),
                                             QStringLiteral("--device"), QStringLiteral("rtx-4090"), QStringLiteral("--precision"),
                                             QStringLiteral("q4_k_m"), QStringLiteral("--context"), QStringLiteral("32768")});
        // The contract's keys stay.
        for (const char *key : {"recommendation", "scores", "margin", "reasons", "flips", "winProbability"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("recommendation")).toString(), QStringLiteral("qwen"));
        const QJsonObject h = o.value(QStringLiteral("hardwareFit")).toObject();
        QCOMPARE(h.value(QStringLiteral("device")).toString(), QStringLiteral("rtx-4090"));
        QCOMPARE(h.value(QStringLiteral("precision")).toString(), QStringLiteral("q4_k_m"));
        QCOMPARE(h.value(QStringLiteral("context")).toInteger(), 32768);
        const QJsonArray fitting = h.value(QStringLiteral("fitting")).toArray();
        const QJsonObject moe = model(fitting, QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(moe.value(QStringLiteral("perDeviceBytes")).toInteger(), Q_INT64_C(23492925472));
        QCOMPARE(moe.value(QStringLiteral("maxContext")).toInteger(), Q_INT64_C(37926));
        QCOMPARE(moe.value(QStringLiteral("fit")).toString(), QStringLiteral("tight"));
        QCOMPARE(model(fitting, QStringLiteral("qwen3-8b")).value(QStringLiteral("perDeviceBytes")).toInteger(),
                 Q_INT64_C(10970958208));
        QVERIFY(model(fitting, QStringLiteral("qwen3-32b")).isEmpty());
        QCOMPARE(h.value(QStringLiteral("closestOther")).toObject().value(QStringLiteral("fit")).toString(), QStringLiteral("no"));
        QVERIFY(!o.contains(QStringLiteral("workloadCost"))); // no answer asked for it
    }

    void hardwareNotAsked()
    {
        // The API deployment asks for no hardware: the key stays out.
        const QJsonObject o = recommendJson({QStringLiteral("--answer"), QStringLiteral("deployment=api"),
                                             QStringLiteral("--device"), QStringLiteral("rtx-4090")});
        QVERIFY(o.contains(QStringLiteral("recommendation")));
        QVERIFY(!o.contains(QStringLiteral("hardwareFit")));
    }

    void workloadCost()
    {
        const QJsonObject o = recommendJson({QStringLiteral("--answer"), QStringLiteral("priority=cost"),
                                             QStringLiteral("--input-mtok"), QStringLiteral("200"), QStringLiteral("--output-mtok"),
                                             QStringLiteral("40"), QStringLiteral("--cached-share"), QStringLiteral("0.3")});
        const QJsonObject w = o.value(QStringLiteral("workloadCost")).toObject();
        QCOMPARE(w.value(QStringLiteral("family")).toString(), QStringLiteral("deepseek"));
        bool found = false;
        for (const QJsonValue &v : w.value(QStringLiteral("models")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("model")).toString() == QLatin1String("deepseek-v3")
                && m.value(QStringLiteral("currency")).toString() == QLatin1String("USD")) {
                found = true; // 140 × 0.27 + 60 × 0.07 + 40 × 1.10 = 86
                QVERIFY(qAbs(m.value(QStringLiteral("monthlyCost")).toDouble() - 86.0) < 1e-9);
                QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2025-02-08"));
                QVERIFY(m.value(QStringLiteral("sources")).toArray().contains(QStringLiteral("P3")));
            }
        }
        QVERIFY(found);
    }

    void answersFileCarriesHardware()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.answers.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"use-case\": \"edge-on-device\", \"hardware\": {\"device\": \"rtx-4090\", \"count\": 2, \"precision\": "
                "\"q4_k_m\", \"context\": 32768}}");
        f.close();
        const QJsonObject o = recommendJson({QStringLiteral("--answers"), path});
        const QJsonObject h = o.value(QStringLiteral("hardwareFit")).toObject();
        QCOMPARE(h.value(QStringLiteral("count")).toInt(), 2);
        // Qwen3-32B on two cards, per card: (19,577,600,000 + 8,589,934,592) / 2 + 1e9 + 5% × 9,788,800,000.
        const QJsonArray lists = h.value(QStringLiteral("fitting")).toArray() + QJsonArray{h.value(QStringLiteral("closestOther"))};
        QCOMPARE(model(lists, QStringLiteral("qwen3-32b")).value(QStringLiteral("perDeviceBytes")).toInteger(),
                 Q_INT64_C(15573207296));
        // The command line wins over the file.
        const QJsonObject one = recommendJson({QStringLiteral("--answers"), path, QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(one.value(QStringLiteral("hardwareFit")).toObject().value(QStringLiteral("count")).toInt(), 1);
        // A bad member of the file: exit 1, located.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"hardware\": {\"device\": \"rtx-4090\", \"count\": -3}}");
        f.close();
        const TestUtil::Run bad = TestUtil::runVersus({QStringLiteral("--recommend"), QStringLiteral("--answers"), path});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("/hardware/count: expected a whole number from 1 to 1024")), qPrintable(bad.err));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown device") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--device"), QStringLiteral("toaster")}
                                        << 1 << QStringLiteral("unknown device \"toaster\"; choose one of");
        QTest::newRow("unknown precision") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--device"), QStringLiteral("rtx-4090"),
                                                          QStringLiteral("--precision"), QStringLiteral("q9")}
                                           << 1 << QStringLiteral("unknown precision \"q9\"");
        QTest::newRow("negative context") << QStringList{QStringLiteral("--export-report"), QStringLiteral("x.pdf"), QStringLiteral("--device"),
                                                         QStringLiteral("rtx-4090"), QStringLiteral("--context"), QStringLiteral("-5")}
                                          << 1 << QStringLiteral("--context takes a number from 1");
        QTest::newRow("device and memory") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--device"), QStringLiteral("rtx-4090"),
                                                          QStringLiteral("--memory"), QStringLiteral("24")}
                                           << 2 << QStringLiteral("either --device or --memory");
        QTest::newRow("kv with recommend") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--kv-precision"), QStringLiteral("q8_0")}
                                           << 2 << QStringLiteral("--kv-precision goes with --fit");
        QTest::newRow("on with recommend") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--on"), QStringLiteral("2025-01-01")}
                                           << 2 << QStringLiteral("--on goes with --cost or --export-report");
        QTest::newRow("bad share") << QStringList{QStringLiteral("--recommend"), QStringLiteral("--cached-share"), QStringLiteral("2")}
                                   << 1 << QStringLiteral("--cached-share takes a number from 0 to 1");
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const TestUtil::Run r = TestUtil::runVersus(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // --self-host: the GPUs from the fit, the user's price, the fit's decode bound (figures
    // by hand in tst_cost::selfHostingFromFit).
    void selfHost()
    {
        const QStringList base{QStringLiteral("--self-host"), QStringLiteral("qwen3-32b"), QStringLiteral("--device"),
                               QStringLiteral("rtx-4090"), QStringLiteral("--precision"), QStringLiteral("q4_k_m"),
                               QStringLiteral("--context"), QStringLiteral("32768"), QStringLiteral("--gpu-hour-price"),
                               QStringLiteral("0.5"), QStringLiteral("--currency"), QStringLiteral("usd")};
        TestUtil::Run r = TestUtil::runVersus(base + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("gpus")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(o.value(QStringLiteral("throughputFromFit")).toBool());
        QCOMPARE(qRound64(o.value(QStringLiteral("costPerMTok")).toDouble() * 10000), qint64(38811));
        QVERIFY(!o.value(QStringLiteral("assumptions")).toArray().isEmpty());
        r = TestUtil::runVersus(base + QStringList{QStringLiteral("--tokens-per-second"), QStringLiteral("1000"),
                                                   QStringLiteral("--input-mtok"), QStringLiteral("200"),
                                                   QStringLiteral("--output-mtok"), QStringLiteral("40"), QStringLiteral("--json")});
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(qRound64(o.value(QStringLiteral("costPerMTok")).toDouble() * 10000), qint64(2778));
        QCOMPARE(qRound64(o.value(QStringLiteral("monthlyCost")).toDouble() * 100), qint64(6667));
        // Text: labelled an estimate, its assumptions listed.
        r = TestUtil::runVersus(base);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("an estimate")) && r.out.contains(QStringLiteral("Assumption\t")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("3.88 USD")));
        // No price: a usage error naming it; an unknown model: exit 1.
        r = TestUtil::runVersus(base.mid(0, 8));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--gpu-hour-price")), qPrintable(r.err));
        QStringList unknown = base;
        unknown[1] = QStringLiteral("toaster");
        r = TestUtil::runVersus(unknown);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown model \"toaster\"")) && r.err.contains(QStringLiteral("qwen3-32b")),
                 qPrintable(r.err));
    }

    // The report headless: the hardware-fit section for --device, the cost section for the
    // workload given, the recommendation with both.
    void exportReport()
    {
        if (!ReportPdf::available())
            QSKIP("poppler-utils are needed to read the PDF back");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const TestUtil::Run r = TestUtil::runVersus(
            {QStringLiteral("--export-report"), pdf, QStringLiteral("--answer"), QStringLiteral("deployment=self-hosted"),
             QStringLiteral("--answer"), QStringLiteral("priority=cost"), QStringLiteral("--device"), QStringLiteral("rtx-4090"),
             QStringLiteral("--precision"), QStringLiteral("q4_k_m"), QStringLiteral("--context"), QStringLiteral("32768"),
             QStringLiteral("--input-mtok"), QStringLiteral("200"), QStringLiteral("--output-mtok"), QStringLiteral("40"),
             QStringLiteral("--cached-share"), QStringLiteral("0.3")});
        QCOMPARE(r.exitCode, 0);
        const QString text = ReportPdf::text(pdf);
        QVERIFY2(text.contains(QStringLiteral("Workload: 200 million input tokens a month (30% from the cache), 40 million")),
                 qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("On your hardware")));
        QVERIFY(text.contains(QStringLiteral("What it would cost")));
        QVERIFY(text.contains(QStringLiteral("NVIDIA GeForce RTX 4090")));
        if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("VERSUS_SCREENSHOTS") + QLatin1String("/report-followup.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestCliFollowUp)
#include "tst_cli_followup.moc"
