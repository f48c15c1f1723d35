#include "core/dataset/datasetloader.h"
#include "core/recommend/answers.h"
#include "core/recommend/followup.h"

#include <QJsonDocument>
#include <QTest>

// The wizard's follow-up answers: the answer file's optional "hardware" and "workload"
// objects, and what they give. Expected figures by hand from the formulas and the sourced
// inputs in resources/data/parts/hardware.json and prices.json (1 GB = 10^9 B; overhead
// 1 GB + 5% of the weights; tight above 90% of the memory).
class TestFollowUp : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_dataset;

    const FitChoice *find(const QList<FitChoice> &list, const QString &model)
    {
        for (const FitChoice &c : list) {
            if (c.model && c.model->id == model)
                return &c;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_dataset);
    }

    void answerFiles()
    {
        // An answer file of before (no follow-up objects) reads as it did.
        QMap<QString, QString> answers;
        AnswerExtras extras;
        QString error;
        QVERIFY(AnswersFile::parse("{\"deployment\": \"self-hosted\"}", QStringLiteral("a.json"), &answers, &error, &extras));
        QCOMPARE(answers, (QMap<QString, QString>{{QStringLiteral("deployment"), QStringLiteral("self-hosted")}}));
        QVERIFY(extras.isEmpty());
        // Both objects, and back.
        const QByteArray full = "{\"deployment\": \"self-hosted\", \"hardware\": {\"device\": \"rtx-4090\", \"count\": 2, "
                                "\"precision\": \"q4_k_m\", \"context\": 32768}, \"workload\": {\"inputMTok\": 200, "
                                "\"outputMTok\": 40, \"cachedShare\": 0.3}}";
        QVERIFY2(AnswersFile::parse(full, QStringLiteral("a.json"), &answers, &error, &extras), qPrintable(error));
        QCOMPARE(answers.size(), 1);
        QCOMPARE(extras.hardware.device, QStringLiteral("rtx-4090"));
        QCOMPARE(extras.hardware.count, 2);
        QCOMPARE(extras.hardware.precision, QStringLiteral("q4_k_m"));
        QCOMPARE(extras.hardware.context, 32768);
        QCOMPARE(extras.workload.inputMTok, 200.0);
        QCOMPARE(extras.workload.outputMTok, 40.0);
        QCOMPARE(extras.workload.cachedShare, 0.3);
        QMap<QString, QString> again;
        AnswerExtras extrasAgain;
        QVERIFY(AnswersFile::parse(AnswersFile::toJson(answers, extras), QStringLiteral("b.json"), &again, &error, &extrasAgain));
        QCOMPARE(again, answers);
        QCOMPARE(QJsonDocument(AnswersFile::extrasToJson(extrasAgain)).toJson(), QJsonDocument(AnswersFile::extrasToJson(extras)).toJson());
        // A typed device: memory and bandwidth.
        QVERIFY(AnswersFile::parse("{\"hardware\": {\"memoryGB\": 16, \"bandwidthGBps\": 273}}", QStringLiteral("c.json"),
                                   &answers, &error, &extras));
        QCOMPARE(extras.hardware.memoryGB, 16.0);
        QCOMPARE(extras.hardware.bandwidthGBps.value_or(0), 273.0);
        QVERIFY(extras.hardware.isSet());
    }

    void badAnswerFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("count 0") << QByteArray("{\"hardware\": {\"device\": \"rtx-4090\", \"count\": 0}}")
                                 << QStringLiteral("x.json: /hardware/count: expected a whole number from 1 to 1024");
        QTest::newRow("count 1.5") << QByteArray("{\"hardware\": {\"device\": \"rtx-4090\", \"count\": 1.5}}")
                                   << QStringLiteral("x.json: /hardware/count: expected a whole number");
        QTest::newRow("unknown member") << QByteArray("{\"hardware\": {\"gpu\": \"rtx-4090\"}}")
                                        << QStringLiteral("x.json: /hardware/gpu: unknown member");
        QTest::newRow("negative tokens") << QByteArray("{\"workload\": {\"inputMTok\": -1}}")
                                         << QStringLiteral("x.json: /workload/inputMTok: expected a number from 0 to");
        QTest::newRow("share over 1") << QByteArray("{\"workload\": {\"cachedShare\": 1.5}}")
                                      << QStringLiteral("x.json: /workload/cachedShare: expected a number from 0 to 1");
        QTest::newRow("device a number") << QByteArray("{\"hardware\": {\"device\": 4090}}")
                                         << QStringLiteral("x.json: /hardware/device: expected an id (a string)");
        QTest::newRow("other object") << QByteArray("{\"region\": {\"x\": 1}}")
                                      << QStringLiteral("x.json: /region: expected an option id (a string)");
    }

    void badAnswerFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!AnswersFile::parse(json, QStringLiteral("x.json"), nullptr, &error, nullptr));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void validateIds()
    {
        AnswerExtras extras;
        extras.hardware.device = QStringLiteral("toaster");
        const QString error = FollowUp::validate(*m_dataset, extras);
        QVERIFY2(error.contains(QStringLiteral("toaster")) && error.contains(QStringLiteral("rtx-4090")), qPrintable(error));
        extras.hardware.device = QStringLiteral("rtx-4090");
        extras.hardware.precision = QStringLiteral("q9");
        QVERIFY(FollowUp::validate(*m_dataset, extras).contains(QStringLiteral("q4_k_m")));
        extras.hardware.precision = QStringLiteral("q4_k_m");
        QVERIFY(FollowUp::validate(*m_dataset, extras).isEmpty());
    }

    // The pages are asked for by the options' `asks`: self-hosted and on-device use, edge
    // use, the cost priority and the volume answers.
    void asked()
    {
        const auto asks = [this](const QMap<QString, QString> &a) { return FollowUp::asked(*m_dataset, a); };
        const QString deployment = QStringLiteral("deployment");
        QCOMPARE(asks({{deployment, QStringLiteral("self-hosted")}}), QStringList{QStringLiteral("hardware")});
        QCOMPARE(asks({{deployment, QStringLiteral("on-device")}}), QStringList{QStringLiteral("hardware")});
        QCOMPARE(asks({{deployment, QStringLiteral("api")}}), QStringList());
        QCOMPARE(asks({{QStringLiteral("use-case"), QStringLiteral("edge-on-device")}}), QStringList{QStringLiteral("hardware")});
        QCOMPARE(asks({{QStringLiteral("priority"), QStringLiteral("cost")}, {deployment, QStringLiteral("self-hosted")}}),
                 (QStringList{QStringLiteral("hardware"), QStringLiteral("workload")}));
        QCOMPARE(asks({{QStringLiteral("volume"), QStringLiteral("high-volume")}}), QStringList{QStringLiteral("workload")});
    }

    // RTX 4090 (24 GB), Q4_K_M (4.8944 bits), 32,768 tokens, BF16 cache, on the Qwen side.
    void hardwareAtAPrecision()
    {
        HardwareAnswer h;
        h.device = QStringLiteral("rtx-4090");
        h.precision = QStringLiteral("q4_k_m");
        h.context = 32768;
        const HardwareAdvice a = FollowUp::hardware(*m_dataset, {QStringLiteral("qwen"), QStringLiteral("deepseek")}, h);
        QCOMPARE(a.family, QStringLiteral("qwen"));
        // Qwen3-30B-A3B: weights 30e9 × 4.8944 / 8 = 18,354,000,000; cache 2 × 48 layers × 4 KV
        // heads × 128 × 2 B × 32,768 = 3,221,225,472; overhead 1e9 + 5% × 18,354,000,000 =
        // 1,917,700,000; total 23,492,925,472 > 21.6e9: tight. Largest context:
        // (24e9 − 18,354,000,000 − 1,917,700,000) / 98,304 B a token = 37,926.
        const FitChoice *moe = find(a.fitting, QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(moe);
        QCOMPARE(moe->precision->id, QStringLiteral("q4_k_m"));
        QCOMPARE(*moe->result.perDeviceBytes, Q_INT64_C(23492925472));
        QCOMPARE(moe->result.verdict, FitResult::Verdict::Tight);
        QCOMPARE(*moe->result.maxContext, Q_INT64_C(37926));
        // Qwen3-8B: 4,894,400,000 + 2 × 36 × 8 × 128 × 2 × 32,768 (4,831,838,208) + 1,244,720,000
        // = 10,970,958,208: fits.
        const FitChoice *dense = find(a.fitting, QStringLiteral("qwen3-8b"));
        QVERIFY(dense);
        QCOMPARE(*dense->result.perDeviceBytes, Q_INT64_C(10970958208));
        QCOMPARE(dense->result.verdict, FitResult::Verdict::Fits);
        // Qwen3-32B: 19,577,600,000 + 8,589,934,592 + 1,978,880,000 = 30,146,414,592 > 24e9: not listed.
        QVERIFY(!find(a.fitting, QStringLiteral("qwen3-32b")));
        // The most parameters first.
        for (int i = 1; i < a.fitting.size(); ++i)
            QVERIFY(a.fitting.at(i - 1).model->totalParamsB.value_or(0) >= a.fitting.at(i).model->totalParamsB.value_or(0));
        // No DeepSeek model fits one 4090 at Q4_K_M; the closest is named all the same.
        QVERIFY(a.closestOther);
        QCOMPARE(a.closestOther->model->family, QStringLiteral("deepseek"));
        QVERIFY(!a.closestOther->fits());
    }

    // Without a precision: each model at the one with the most bits that fits.
    void hardwareBestPrecision()
    {
        HardwareAnswer h;
        h.device = QStringLiteral("rtx-4090");
        h.context = 32768;
        const HardwareAdvice a = FollowUp::hardware(*m_dataset, {QStringLiteral("qwen"), QStringLiteral("deepseek")}, h);
        QVERIFY(!a.request.weights);
        // Qwen3-8B at BF16: 16e9 + 4,831,838,208 + 1.8e9 = 22,631,838,208 (tight); largest
        // context (24e9 − 16e9 − 1.8e9) / 147,456 = 42,046.
        const FitChoice *dense = find(a.fitting, QStringLiteral("qwen3-8b"));
        QVERIFY(dense);
        QCOMPARE(dense->precision->id, QStringLiteral("bf16"));
        QCOMPARE(*dense->result.perDeviceBytes, Q_INT64_C(22631838208));
        QCOMPARE(*dense->result.maxContext, Q_INT64_C(42046));
        // Qwen3-30B-A3B: Q5_K_S (5.5704 bits) needs 20,889,000,000 + 3,221,225,472 + 2,044,450,000 =
        // 26,154,675,472 > 24e9, so Q4_K_M, the next with fewer bits.
        const FitChoice *moe = find(a.fitting, QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(moe);
        QCOMPARE(moe->precision->id, QStringLiteral("q4_k_m"));
    }

    // Two cards: the weights are split, each card's memory counted on its own.
    void hardwareTwoDevices()
    {
        HardwareAnswer h;
        h.device = QStringLiteral("rtx-4090");
        h.count = 2;
        h.precision = QStringLiteral("q4_k_m");
        h.context = 32768;
        const HardwareAdvice a = FollowUp::hardware(*m_dataset, {QStringLiteral("qwen"), QStringLiteral("deepseek")}, h);
        // Qwen3-32B per card: (19,577,600,000 + 8,589,934,592 + 2 × 1e9 + 978,880,000) / 2 = 15,573,207,296.
        const FitChoice *c = find(a.fitting, QStringLiteral("qwen3-32b"));
        QVERIFY(c);
        QCOMPARE(*c->result.perDeviceBytes, Q_INT64_C(15573207296));
    }

    // 200 M input (30% cached), 40 M output a month at DeepSeek-V3's USD price (0.27 / 0.07 /
    // 1.10 per million): 140 × 0.27 + 60 × 0.07 + 40 × 1.10 = 37.8 + 4.2 + 44 = 86.
    void workload()
    {
        WorkloadAnswer w{200, 40, 0.3};
        const WorkloadAdvice a = FollowUp::workload(*m_dataset, QStringLiteral("deepseek"), w);
        QCOMPARE(a.workload.on, Cost::newestDate(*m_dataset));
        bool found = false;
        for (const CostLine &l : a.lines) {
            QCOMPARE(m_dataset->model(l.price->model)->family, QStringLiteral("deepseek"));
            if (l.price->model == QLatin1String("deepseek-v3") && l.price->currency == QLatin1String("USD")) {
                found = true;
                QVERIFY(qAbs(*l.monthlyCost - 86.0) < 1e-9);
                QCOMPARE(l.price->from, QDate(2025, 2, 8));
            }
        }
        QVERIFY(found);
        const QJsonObject json = FollowUp::toJson(a);
        QCOMPARE(json.value(QStringLiteral("family")).toString(), QStringLiteral("deepseek"));
        QCOMPARE(json.value(QStringLiteral("inputMTok")).toDouble(), 200.0);
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
