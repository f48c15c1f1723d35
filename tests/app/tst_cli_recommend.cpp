#include "core/dataset/datasetloader.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// The contract's --list-questions and --recommend, run as a script would run them.
class TestCliRecommend : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments)
    {
        const TestUtil::Run r = TestUtil::runVersus(arguments);
        return {r.exitCode, r.out.toUtf8(), r.err.toUtf8()};
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void listQuestions()
    {
        const Run r = run({QStringLiteral("--list-questions")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const auto dataset = DatasetLoader::loadBundled().dataset;
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), dataset->questions.size());
        const QList<QByteArray> first = lines.constFirst().split('\t');
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0), QByteArray("use-case"));
        QVERIFY(first.at(1).startsWith("math-science-reasoning,multilingual-enterprise,"));
        QVERIFY(!first.at(2).isEmpty());
    }

    void jsonShape_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QString>("recommendation");
        const auto dataset = DatasetLoader::loadBundled().dataset;
        for (const Verdict &v : dataset->verdicts)
            QTest::newRow(qPrintable(v.id)) << QStringList{QStringLiteral("use-case=") + v.id} << v.winner;
        QTest::newRow("nothing") << QStringList() << QStringLiteral("tie");
    }
    void jsonShape()
    {
        QFETCH(QStringList, answers);
        QFETCH(QString, recommendation);
        QStringList arguments{QStringLiteral("--recommend"), QStringLiteral("--json")};
        for (const QString &a : answers)
            arguments << QStringLiteral("--answer") << a;
        const Run r = run(arguments);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("asTurnedOut"), QStringLiteral("centralWeights"),
                                    QStringLiteral("flips"), QStringLiteral("margin"), QStringLiteral("rankAcceptability"),
                                    QStringLiteral("reasons"), QStringLiteral("recommendation"), QStringLiteral("sampling"),
                                    QStringLiteral("scores"), QStringLiteral("smallestFlip"), QStringLiteral("winProbability"),
                                    QStringLiteral("withoutUnshipped")}));
        QCOMPARE(o.value(QLatin1String("recommendation")).toString(), recommendation);
        QVERIFY(o.value(QLatin1String("margin")).isDouble());
        const QJsonObject scores = o.value(QLatin1String("scores")).toObject();
        QCOMPARE(scores.keys(), (QStringList{QStringLiteral("deepseek"), QStringLiteral("qwen")}));
        for (const QJsonValue &v : scores)
            QVERIFY(v.isDouble());
        QCOMPARE(o.value(QLatin1String("margin")).toDouble(),
                 std::abs(scores.value(QLatin1String("deepseek")).toDouble() - scores.value(QLatin1String("qwen")).toDouble()));
        for (const QJsonValue &v : o.value(QLatin1String("reasons")).toArray()) {
            const QJsonObject reason = v.toObject();
            QCOMPARE(reason.keys(), (QStringList{QStringLiteral("family"), QStringLiteral("text"), QStringLiteral("weight")}));
            QVERIFY(reason.value(QLatin1String("text")).isString());
            QVERIFY(scores.contains(reason.value(QLatin1String("family")).toString()));
            QVERIFY(reason.value(QLatin1String("weight")).isDouble());
        }
        const QJsonArray flips = o.value(QLatin1String("flips")).toArray();
        QVERIFY(!flips.isEmpty());
        for (const QJsonValue &v : flips) {
            const QJsonObject flip = v.toObject();
            QCOMPARE(flip.keys(), (QStringList{QStringLiteral("option"), QStringLiteral("question"),
                                               QStringLiteral("recommendation")}));
            QVERIFY(flip.value(QLatin1String("recommendation")).toString() != recommendation);
        }
    }

    void threeFamilies()
    {
        const Run r = run({QStringLiteral("--data"), QStringLiteral(VERSUS_TEST_DATA "/three-families.json"),
                           QStringLiteral("--recommend"), QStringLiteral("--json"), QStringLiteral("--answer"),
                           QStringLiteral("goal=range"), QStringLiteral("--answer"), QStringLiteral("size=small")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("recommendation")).toString(), QStringLiteral("blue"));
        QCOMPARE(o.value(QLatin1String("scores")).toObject().size(), 3);
        QCOMPARE(o.value(QLatin1String("flips")).toArray().size(), 4);
    }

    // The robustness keys: shares that sum to 1, a rank row per family, the smallest
    // flip, the other readings; the same seed gives the same bytes.
    void robustnessJson()
    {
        const QStringList arguments{QStringLiteral("--recommend"), QStringLiteral("--json"), QStringLiteral("--answer"),
                                    QStringLiteral("use-case=codebase-analysis"), QStringLiteral("--answer"),
                                    QStringLiteral("languages=many"), QStringLiteral("--samples"), QStringLiteral("3000"),
                                    QStringLiteral("--seed"), QStringLiteral("7")};
        const Run r = run(arguments);
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject share = o.value(QLatin1String("winProbability")).toObject();
        QCOMPARE(share.keys(), (QStringList{QStringLiteral("deepseek"), QStringLiteral("qwen")}));
        double sum = 0;
        for (const QJsonValue &v : share) {
            QVERIFY(v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1);
            sum += v.toDouble();
        }
        QVERIFY(std::abs(sum - 1) < 1e-9);
        const QJsonObject ranks = o.value(QLatin1String("rankAcceptability")).toObject();
        QCOMPARE(ranks.keys(), share.keys());
        for (const QString &family : share.keys()) {
            const QJsonArray row = ranks.value(family).toArray();
            QCOMPARE(row.size(), 2);
            QCOMPARE(row.at(0).toDouble(), share.value(family).toDouble());
        }
        // DeepSeek 3 (codebase) - 1 (languages) against Qwen's 2: a tie. Use case at u gives
        // 3u - 1 against 2, a lead of 0.5 (the tie threshold) at u = 7/6 or 5/6; languages at
        // x gives 3 - x against 2x, the same distance 1/6. The first question wins among equals.
        QCOMPARE(o.value(QLatin1String("recommendation")).toString(), QStringLiteral("tie"));
        const QJsonObject flip = o.value(QLatin1String("smallestFlip")).toObject();
        QCOMPARE(flip.value(QLatin1String("question")).toString(), QStringLiteral("use-case"));
        const double at = flip.value(QLatin1String("switchAt")).toDouble();
        QVERIFY2(std::abs(at - 7.0 / 6) < 1e-6 || std::abs(at - 5.0 / 6) < 1e-6, qPrintable(QString::number(at)));
        QCOMPARE(flip.value(QLatin1String("recommendation")).toString(),
                 at > 1 ? QStringLiteral("deepseek") : QStringLiteral("qwen"));
        QVERIFY(!flip.value(QLatin1String("text")).toString().isEmpty());
        for (const char *key : {"withoutUnshipped", "asTurnedOut"}) {
            const QString v = o.value(QLatin1String(key)).toString();
            QVERIFY2(v == QLatin1String("deepseek") || v == QLatin1String("qwen") || v == QLatin1String("tie"), key);
        }
        const QJsonObject sampling = o.value(QLatin1String("sampling")).toObject();
        QCOMPARE(sampling.value(QLatin1String("samples")).toInt(), 3000);
        QCOMPARE(sampling.value(QLatin1String("seed")).toString(), QStringLiteral("7"));
        QCOMPARE(run(arguments).out, r.out);
        QStringList other = arguments;
        other.last() = QStringLiteral("8");
        const QJsonObject o8 = QJsonDocument::fromJson(run(other).out).object();
        QVERIFY(o8.value(QLatin1String("winProbability")) != o.value(QLatin1String("winProbability")));
    }

    void badSampling_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero samples") << QStringList{QStringLiteral("--samples"), QStringLiteral("0")} << 2 << QStringLiteral("--samples");
        QTest::newRow("too many") << QStringList{QStringLiteral("--samples"), QStringLiteral("1000001")} << 2 << QStringLiteral("1000000");
        QTest::newRow("word") << QStringList{QStringLiteral("--samples"), QStringLiteral("many")} << 2 << QStringLiteral("\"many\"");
        QTest::newRow("negative seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << 2 << QStringLiteral("--seed");
        QTest::newRow("huge seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("18446744073709551616")} << 2
                                   << QStringLiteral("18446744073709551615");
    }
    void badSampling()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const Run r = run(QStringList{QStringLiteral("--recommend"), QStringLiteral("--json")} + arguments);
        QCOMPARE(r.status, status);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(mentions), qPrintable(err));
        // Without --recommend the options are a usage error.
        QCOMPARE(run(QStringList{QStringLiteral("--list-questions")} + arguments).status, 2);
    }

    void plainText()
    {
        const Run r = run({QStringLiteral("--recommend"), QStringLiteral("--answer"), QStringLiteral("use-case=edge-on-device")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains("Recommendation: ") && r.out.contains("[verdict-edge-on-device]"), r.out.constData());
    }

    void answersFile()
    {
        QVERIFY(m_dir.isValid());
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"use-case": "codebase-analysis", "region": "no-preference"})");
        file.close();
        Run r = run({QStringLiteral("--recommend"), QStringLiteral("--json"), QStringLiteral("--answers"), good});
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("recommendation")).toString(),
                 QStringLiteral("deepseek"));
        // --answer wins over the file.
        r = run({QStringLiteral("--recommend"), QStringLiteral("--json"), QStringLiteral("--answers"), good,
                 QStringLiteral("--answer"), QStringLiteral("use-case=e-commerce")});
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("recommendation")).toString(),
                 QStringLiteral("qwen"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("content"); // of the --answers file, when not empty
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--answer"), QStringLiteral("use-case=toaster")}
                                        << QByteArray() << 1
                                        << QStringList{QStringLiteral("toaster"), QStringLiteral("math-science-reasoning"),
                                                       QStringLiteral("no-preference")};
        QTest::newRow("unknown question") << QStringList{QStringLiteral("--answer"), QStringLiteral("colour=red")}
                                          << QByteArray() << 1
                                          << QStringList{QStringLiteral("colour"), QStringLiteral("use-case")};
        QTest::newRow("malformed answer") << QStringList{QStringLiteral("--answer"), QStringLiteral("use-case")}
                                          << QByteArray() << 2 << QStringList{QStringLiteral("QUESTION=OPTION")};
        QTest::newRow("broken file") << QStringList() << QByteArray("{\n  \"use-case\": \"general\"\n  \"x\": 1\n}")
                                     << 1 << QStringList{QStringLiteral("answers.json:3:")};
        QTest::newRow("wrong type in file") << QStringList() << QByteArray(R"({"use-case": 7})") << 1
                                            << QStringList{QStringLiteral("answers.json: /use-case:")};
        QTest::newRow("unknown option in file") << QStringList() << QByteArray(R"({"priority": "speed"})") << 1
                                                << QStringList{QStringLiteral("speed"), QStringLiteral("reasoning-depth")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("--answers"), QStringLiteral("/nonexistent/a.json")}
                                      << QByteArray() << 1 << QStringList{QStringLiteral("/nonexistent/a.json")};
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QStringList, mentions);
        QStringList all{QStringLiteral("--recommend")};
        all += arguments;
        if (!content.isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("answers.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            all << QStringLiteral("--answers") << path;
        }
        const Run r = run(all);
        QCOMPARE(r.status, status);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
        for (const QString &m : mentions)
            QVERIFY2(err.contains(m), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliRecommend)
#include "tst_cli_recommend.moc"
