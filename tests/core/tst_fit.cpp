#include "core/dataset/datasetloader.h"
#include "core/fit/fit.h"

#include <QtTest>

// core/fit against figures worked by hand from the formulas (fit-and-cost-notes.md) and the
// sourced inputs of the bundled dataset (architecture.csv, models.csv, devices.csv,
// quantization.csv). Expected values are written as the arithmetic that gives them.
//   Q4_K_M = 4.8944 bits, Q8_0 = 8.5008 bits (llama.cpp, K1); 1 GB = 10^9 B.
//   Overhead (fitDefaults, an assumption): 1 GB + 5% of the weights on each device.
//   Qwen3-8B: 8B params, 36 layers, 8 KV heads, head_dim 128, native 32,768, 131,072 with YaRN.
//   Qwen3-32B: 32B, 64 layers, 8 KV heads, head_dim 128.  Qwen3-0.6B: 28 layers, 8 KV, 128.
//   Qwen3-235B-A22B: 235B total / 22B active, 94 layers, 4 KV heads, head_dim 128.
//   DeepSeek-V3: 671B / 37B, 61 layers, kv_lora_rank 512, qk_rope_head_dim 64, 131,072.
//   Qwen3.5-397B-A17B: 397B, 15 of 60 layers with a KV cache, 2 KV heads, head_dim 256;
//   linear state 45 layers × 64 value heads × 128 × 128 × 4 B (float32), derived.
class TestFit : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_data;
    static constexpr qint64 G = 1000000000;
    static constexpr qint64 None = -1;

    FitRequest request(const QString &device, int count, const QString &weights, const QString &kv, qint64 context,
                       int sequences) const
    {
        FitRequest r = FitRequest::defaults(*m_data);
        if (device.startsWith(QLatin1Char('='))) { // "=16": 16 GB typed in
            r.setDevice(nullptr);
            r.memoryGB = device.mid(1).toDouble();
            r.bandwidthGBps.reset();
        } else {
            r.setDevice(m_data->device(device));
        }
        r.count = count;
        r.weights = m_data->precision(weights);
        r.kv = m_data->precision(kv);
        r.context = context;
        r.sequences = sequences;
        return r;
    }
    FitResult fit(const QString &model, const FitRequest &r) const
    {
        const Model *m = m_data->model(model);
        if (!m)
            qFatal("no model %s", qPrintable(model));
        return Fit::compute(*m_data, *m, r);
    }
    static qint64 orNone(const std::optional<qint64> &v) { return v.value_or(None); }

private Q_SLOTS:
    void initTestCase()
    {
        LocalizedText::setCurrentLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_data = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_data);
        for (const char *id : {"rtx-4090", "h100-sxm", "h200-sxm", "apple-m3-ultra-512gb"})
            QVERIFY2(m_data->device(QLatin1String(id)), id);
        for (const char *id : {"bf16", "fp16", "fp8", "q8_0", "q4_k_m"})
            QVERIFY2(m_data->precision(QLatin1String(id)), id);
    }

    void bytes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("kv");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<int>("sequences");
        QTest::addColumn<qint64>("weightsBytes");
        QTest::addColumn<qint64>("kvBytes");
        QTest::addColumn<qint64>("stateBytes");
        QTest::addColumn<qint64>("overheadBytes");
        QTest::addColumn<qint64>("perDevice");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<qint64>("maxContext");

        // Dense GQA.
        QTest::newRow("qwen3-8b 4090 q4_k_m 32K")
            << "qwen3-8b" << "rtx-4090" << 1 << "q4_k_m" << "bf16" << qint64(32768) << 1 << qint64(4894400000) // 8e9 × 4.8944 ÷ 8
            << qint64(2LL * 36 * 8 * 128 * 2 * 32768) << qint64(0) << qint64(G + 244720000) // 1 GB + 5% of 4,894,400,000
            << qint64(4894400000LL + 2LL * 36 * 8 * 128 * 2 * 32768 + G + 244720000) << "fits"
            << qint64(121126); // (24e9 − 4,894,400,000 − 1,244,720,000) ÷ 147,456 B/token = 121,126.4
        QTest::newRow("qwen3-32b 4090 q4_k_m 32K")
            << "qwen3-32b" << "rtx-4090" << 1 << "q4_k_m" << "bf16" << qint64(32768) << 1 << qint64(19577600000)
            << qint64(2LL * 64 * 8 * 128 * 2 * 32768) << qint64(0) << qint64(G + 978880000)
            << qint64(19577600000LL + 8589934592LL + 1978880000LL) << "no"
            << qint64(9321); // (24e9 − 19,577,600,000 − 1,978,880,000) ÷ 262,144 = 9,321.3
        QTest::newRow("qwen3-8b 16 GB typed fp16, fp8 cache 8K")
            << "qwen3-8b" << "=16" << 1 << "fp16" << "fp8" << qint64(8192) << 1 << qint64(16 * G)
            << qint64(2LL * 36 * 8 * 128 * 1 * 8192) << qint64(0) << qint64(G + 800000000)
            << qint64(16 * G + 603979776LL + 1800000000LL) << "no" << qint64(0); // weights + overhead alone: 17.8 GB
        QTest::newRow("qwen3-8b 4090 fp16, fp8 cache, 4 sequences")
            << "qwen3-8b" << "rtx-4090" << 1 << "fp16" << "fp8" << qint64(8192) << 4 << qint64(16 * G)
            << qint64(2LL * 36 * 8 * 128 * 1 * 8192 * 4) << qint64(0) << qint64(1800000000)
            << qint64(16 * G + 2415919104LL + 1800000000LL) << "fits" << qint64(21023); // 6.2e9 ÷ (73,728 × 4)
        // GQA mixture of experts on 8 GPUs: every expert counted, the weights split 8 ways.
        QTest::newRow("qwen3-235b 8×h200 bf16 32K")
            << "qwen3-235b-a22b" << "h200-sxm" << 8 << "bf16" << "bf16" << qint64(32768) << 1 << qint64(470 * G)
            << qint64(2LL * 94 * 4 * 128 * 2 * 32768) << qint64(0) << qint64(8 * (G + 2937500000LL)) // 5% of 58.75e9
            << qint64(58750000000LL + 6308233216LL / 8 + G + 2937500000LL) << "fits" << qint64(131072);
        // MLA.
        QTest::newRow("deepseek-v3 8×h200 fp8 128K")
            << "deepseek-v3" << "h200-sxm" << 8 << "fp8" << "bf16" << qint64(131072) << 1 << qint64(671 * G)
            << qint64(61LL * (512 + 64) * 2 * 131072) << qint64(0) << qint64(8 * (G + 4193750000LL)) // 5% of 83.875e9
            << qint64(83875000000LL + 9210691584LL / 8 + G + 4193750000LL) << "fits" << qint64(131072);
        QTest::newRow("deepseek-v3 8×h100 fp8 128K")
            << "deepseek-v3" << "h100-sxm" << 8 << "fp8" << "bf16" << qint64(131072) << 1 << qint64(671 * G)
            << qint64(61LL * (512 + 64) * 2 * 131072) << qint64(0) << qint64(8 * (G + 4193750000LL))
            << qint64(90220086448LL) << "no" << qint64(0);
        QTest::newRow("deepseek-v3 m3 ultra q4_k_m, q8_0 cache 32K")
            << "deepseek-v3" << "apple-m3-ultra-512gb" << 1 << "q4_k_m" << "q8_0" << qint64(32768) << 1
            << qint64(410517800000) // 671e9 × 4.8944 ÷ 8
            << qint64(1223410110)   // 61 × 576 × 32,768 × 8.5008 ÷ 8 = 1,223,410,109.5 → nearest byte
            << qint64(0) << qint64(G + 20525890000LL) << qint64(410517800000LL + 1223410110LL + 21525890000LL) << "fits"
            << qint64(131072);
        // MLA with DeepSeek Sparse Attention: the indexer's FP8 keys, 61 × 132 B a token, come on top.
        QTest::newRow("deepseek-v3.2-exp m3 ultra q4_k_m 32K")
            << "deepseek-v3.2-exp" << "apple-m3-ultra-512gb" << 1 << "q4_k_m" << "bf16" << qint64(32768) << 1
            << qint64(410517800000) << qint64(61LL * (512 + 64) * 2 * 32768 + 61LL * 132 * 32768) << qint64(0)
            << qint64(G + 20525890000LL) << qint64(410517800000LL + 2302672896LL + 263847936LL + 21525890000LL) << "fits"
            << qint64(131072);
        // Hybrid: 15 of 60 layers keep a KV cache; the linear layers' state is apart.
        QTest::newRow("qwen3.5-397b 4×h100 q4_k_m 256K")
            << "qwen3.5-397b-a17b" << "h100-sxm" << 4 << "q4_k_m" << "bf16" << qint64(262144) << 1
            << qint64(242884600000) // 397e9 × 4.8944 ÷ 8
            << qint64(2LL * 15 * 2 * 256 * 2 * 262144) << qint64(45LL * 64 * 128 * 128 * 4)
            << qint64(4 * (G + 3036057500LL)) // 5% of 60,721,150,000
            << qint64(60721150000LL + 8053063680LL / 4 + 188743680LL / 4 + G + 3036057500LL) << "fits"
            << qint64(1010000); // the card's extended maximum
        QTest::newRow("qwen3.5-397b 4×h100 q4_k_m 32K, 2 sequences")
            << "qwen3.5-397b-a17b" << "h100-sxm" << 4 << "q4_k_m" << "bf16" << qint64(32768) << 2 << qint64(242884600000)
            << qint64(2LL * 15 * 2 * 256 * 2 * 32768 * 2) << qint64(2LL * 45 * 64 * 128 * 128 * 4)
            << qint64(4 * (G + 3036057500LL)) << qint64(60721150000LL + 2013265920LL / 4 + 377487360LL / 4 + G + 3036057500LL)
            << "fits" << qint64(986225); // (80e9 − 60,721,150,000 − 94,371,840 − 4,036,057,500) × 4 ÷ (30,720 × 2)
    }
    void bytes()
    {
        QFETCH(QString, model);
        QFETCH(QString, device);
        QFETCH(int, count);
        QFETCH(QString, weights);
        QFETCH(QString, kv);
        QFETCH(qint64, context);
        QFETCH(int, sequences);
        const FitResult f = fit(model, request(device, count, weights, kv, context, sequences));
        QTEST(orNone(f.weights.bytes), "weightsBytes");
        QTEST(orNone(f.kvCache.bytes), "kvBytes");
        QTEST(orNone(f.state.bytes), "stateBytes");
        QTEST(orNone(f.overhead.bytes), "overheadBytes");
        QTEST(orNone(f.perDeviceBytes), "perDevice");
        QCOMPARE(orNone(f.totalBytes), *f.weights.bytes + *f.kvCache.bytes + *f.state.bytes + *f.overhead.bytes);
        QTEST(FitResult::verdictId(f.verdict), "verdict");
        QTEST(orNone(f.maxContext), "maxContext");
        QVERIFY(!f.weights.worked.isEmpty());
        QVERIFY(!f.kvCache.worked.isEmpty());
    }

    // The mistakes other calculators make (issue 13), one test each.
    void mlaIsOneLatentNotFullKeysAndValues()
    {
        const FitResult f = fit(QStringLiteral("deepseek-v3"),
                                request(QStringLiteral("h200-sxm"), 8, QStringLiteral("fp8"), QStringLiteral("bf16"), 32768, 1));
        // 61 × (512 + 64) = 35,136 elements a token, no factor 2, no per-head K/V (the HF
        // config's 128 KV heads × (192 + 128) would be 2,498,560 a token, 71 times more).
        QCOMPARE(*f.kvCache.bytes, 35136LL * 2 * 32768);
        QCOMPARE(*f.kvCache.bytes, 2302672896LL);
        QVERIFY(!m_data->architecture(QStringLiteral("deepseek-v3"))->kvHeads);
        QVERIFY(f.kvCache.formula.contains(QLatin1String("kv_lora_rank")));
    }
    void mixtureOfExpertsNeedsAllExperts()
    {
        const FitResult f = fit(QStringLiteral("qwen3-235b-a22b"),
                                request(QStringLiteral("h200-sxm"), 8, QStringLiteral("bf16"), QStringLiteral("bf16"), 32768, 1));
        QCOMPARE(*f.weights.bytes, 235LL * G * 2); // not 22B active × 2
        // Decoding reads only the active experts: 22e9 × 2 B + the cache.
        QCOMPARE(*f.speed.bytes, 22LL * G * 2 + 6308233216LL);
        QCOMPARE(*f.decodeTokensPerSecond, 8 * 4800e9 / double(44LL * G + 6308233216LL));
        QVERIFY(f.speed.note.contains(QLatin1String("upper bound")));
    }
    void headDimIsTheConfigsNotHiddenOverHeads()
    {
        // Qwen3-0.6B: hidden 1024 ÷ 16 heads = 64, but head_dim is 128.
        const FitResult f = fit(QStringLiteral("qwen3-0.6b"),
                                request(QStringLiteral("rtx-4090"), 1, QStringLiteral("bf16"), QStringLiteral("bf16"), 32768, 1));
        QCOMPARE(*f.kvCache.bytes, 2LL * 28 * 8 * 128 * 2 * 32768);
        QCOMPARE(*f.kvCache.bytes, 114688LL * 32768);
    }
    void hybridCachesOnlyFullAttentionLayers()
    {
        const FitResult f = fit(QStringLiteral("qwen3.5-397b-a17b"),
                                request(QStringLiteral("h100-sxm"), 4, QStringLiteral("q4_k_m"), QStringLiteral("bf16"), 262144, 1));
        QCOMPARE(*f.kvCache.bytes, 30720LL * 262144); // 15 layers, not all 60 (4 times as much)
        QCOMPARE(*f.state.bytes, 188743680LL);
        const bool derived = std::all_of(f.state.inputs.cbegin(), f.state.inputs.cend(), [](const FitInput &in) {
            return in.kind == FitInput::Kind::Derived || in.kind == FitInput::Kind::Chosen;
        });
        QVERIFY(derived);
        QVERIFY(f.state.note.contains(QLatin1String("derived")));
    }
    void sizedAtTheChosenContextNotTheAdvertisedOne()
    {
        const QString model = QStringLiteral("qwen3-8b");
        FitResult f = fit(model, request(QStringLiteral("rtx-4090"), 1, QStringLiteral("bf16"), QStringLiteral("bf16"), 8192, 1));
        QCOMPARE(*f.kvCache.bytes, 147456LL * 8192); // not × 131,072
        QVERIFY(!f.beyondNative);
        f = fit(model, request(QStringLiteral("rtx-4090"), 1, QStringLiteral("bf16"), QStringLiteral("bf16"), 65536, 1));
        QVERIFY(f.beyondNative); // allowed (YaRN), flagged
        QVERIFY(!f.beyondExtended);
        QCOMPARE(*f.kvCache.bytes, 147456LL * 65536);
        f = fit(model, request(QStringLiteral("rtx-4090"), 1, QStringLiteral("bf16"), QStringLiteral("bf16"), 262144, 1));
        QVERIFY(f.beyondExtended);
    }
    void memoryIsNotPooledAcrossDevices()
    {
        // Two 24 GB cards, Qwen3-32B Q4_K_M at 96K: pooled, with one overhead, the sum
        // (47,326,283,776 B) is within 48 GB, but each card would hold
        // 9,788,800,000 + 12,884,901,888 + 1,489,440,000 = 24,163,141,888 B > 24 GB.
        const FitResult f = fit(QStringLiteral("qwen3-32b"),
                                request(QStringLiteral("rtx-4090"), 2, QStringLiteral("q4_k_m"), QStringLiteral("bf16"), 98304, 1));
        QCOMPARE(f.availableBytes, 24 * G);
        QCOMPARE(*f.perDeviceBytes, 9788800000LL + 12884901888LL + 1489440000LL);
        QCOMPARE(f.verdict, FitResult::Verdict::No);
        QCOMPARE(*f.totalBytes, 48326283776LL);
        QVERIFY(19577600000LL + 25769803776LL + 1978880000LL <= 2 * f.availableBytes); // pooled, one overhead
        QCOMPARE(*f.maxContext, qint64(97059)); // (24e9 − 9,788,800,000 − 1,489,440,000) ÷ 131,072 B/token a card
    }

    void unstatedHeadCountIsNotANumber()
    {
        // Qwen2.5-72B-Instruct: no citable head_dim; DeepSeek-R1-0528: no architecture numbers.
        const FitRequest r = request(QStringLiteral("h200-sxm"), 1, QStringLiteral("q4_k_m"), QStringLiteral("bf16"), 32768, 1);
        FitResult f = fit(QStringLiteral("qwen2.5-72b-instruct"), r);
        QVERIFY(!m_data->architecture(QStringLiteral("qwen2.5-72b-instruct"))->headDim);
        QVERIFY(!f.kvCache.bytes);
        QVERIFY(!f.totalBytes);
        QVERIFY(!f.maxContext);
        QCOMPARE(f.verdict, FitResult::Verdict::Unknown);
        QCOMPARE(*f.weights.bytes, 44477860000LL); // 72.7e9 × 4.8944 ÷ 8: the weights are stated
        QVERIFY(f.kvCache.note.contains(QLatin1String("not stated")));
        QVERIFY(f.kvCache.explanation().contains(QStringLiteral("head_dim = — (not stated")));
        f = fit(QStringLiteral("deepseek-r1-0528"), r);
        QVERIFY(!f.kvCache.bytes);
        QCOMPARE(f.verdict, FitResult::Verdict::No); // 671e9 × 4.8944 ÷ 8 alone is more than 141 GB
    }

    void inputsCarryTheirSources()
    {
        const FitResult f = fit(QStringLiteral("qwen3-8b"),
                                request(QStringLiteral("rtx-4090"), 1, QStringLiteral("q4_k_m"), QStringLiteral("bf16"), 32768, 1));
        const auto input = [](const FitTerm &t, const QString &name) {
            for (const FitInput &in : t.inputs) {
                if (in.name == name)
                    return in;
            }
            return FitInput{};
        };
        // head_dim is read in a config copy bundled by another project (Q11): secondary.
        const FitInput headDim = input(f.kvCache, QStringLiteral("head_dim"));
        QCOMPARE(headDim.kind, FitInput::Kind::Secondary);
        QVERIFY(headDim.sources.contains(QStringLiteral("Q11")));
        QCOMPARE(input(f.kvCache, QStringLiteral("layers")).kind, FitInput::Kind::Sourced);
        // The RTX 4090's figures come from a spec table (D10), a secondary source.
        const FitInput bandwidth = input(f.speed, QStringLiteral("bandwidth per device"));
        QCOMPARE(bandwidth.kind, FitInput::Kind::Secondary);
        QCOMPARE(bandwidth.sources, QStringList{QStringLiteral("D10")});
        // The overhead is an assumption, and says so.
        QCOMPARE(input(f.overhead, QStringLiteral("allowance per device")).kind, FitInput::Kind::Assumption);
        QVERIFY(f.overhead.note.contains(QLatin1String("assumption")));
        QVERIFY(!m_data->fitDefaults.assumption.isEmpty());
        QVERIFY(f.weights.explanation().contains(QStringLiteral("8,000,000,000 × 4.8944 ÷ 8 = 4,894,400,000 B")));
        // Decode bound: 1,008 GB/s ÷ (8e9 × 4.8944 ÷ 8 + 4,831,838,208 B) = 103.6 tokens/s.
        QCOMPARE(*f.decodeTokensPerSecond, 1008e9 / double(4894400000LL + 4831838208LL));
    }

    void noBandwidthNoSpeed()
    {
        FitRequest r = request(QStringLiteral("=24"), 1, QStringLiteral("q4_k_m"), QStringLiteral("bf16"), 4096, 1);
        const FitResult f = fit(QStringLiteral("qwen3-8b"), r);
        QVERIFY(!f.decodeTokensPerSecond);
        QCOMPARE(f.availableBytes, 24 * G);
        QVERIFY(m_data->device(QStringLiteral("ascend-910b")));
        QVERIFY(!m_data->device(QStringLiteral("ascend-910b"))->bandwidthGBps); // not stated by a source
    }
};

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
