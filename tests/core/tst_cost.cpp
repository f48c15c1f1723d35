#include "core/cost/cost.h"
#include "core/cost/priceclaimcheck.h"
#include "core/cost/selfhosting.h"
#include "core/dataset/datasetloader.h"
#include "tests/testutil.h"

#include <QTest>

// Every expected figure below is worked out by hand from the formula
//   monthly = input × (1 − cached) × inputPrice + input × cached × cachedPrice + output × outputPrice
// (and, with a discount share s: (1 − s) × standard + s × discounted), from the prices of
// shared/data/prices.csv as the bundled dataset carries them.
class TestCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthlyCost_data();
    void monthlyCost();
    void priceBetweenTwoChanges();
    void tierBoundary_data();
    void tierBoundary();
    void modelWithoutPrice();
    void blendedRatio_data();
    void blendedRatio();
    void newestDateAndAge();
    void currenciesNeedARate();
    void claimCheck();
    void selfHosting();
    void selfHostingWithoutPrice();
    void selfHostingFromFit();
    void loaderRejectsBadPrices_data();
    void loaderRejectsBadPrices();

private:
    std::shared_ptr<const Dataset> m_data;
};

namespace {
// The line of a model at one API name, currency and mode (empty mode: both or unsplit).
const CostLine *lineOf(const QList<CostLine> &lines, const QString &model, const QString &currency,
                       const QString &mode = QString(), const QString &apiModel = QString())
{
    for (const CostLine &l : lines) {
        if (l.price->model == model && l.price->currency == currency && l.price->mode == mode
            && (apiModel.isEmpty() || l.price->apiModel == apiModel))
            return &l;
    }
    return nullptr;
}

Price tieredPrice(qint64 min, std::optional<qint64> max, double in, double cached, double out)
{
    Price p;
    p.model = QStringLiteral("m");
    p.provider.set(QStringLiteral("en"), QStringLiteral("Provider"));
    p.currency = QStringLiteral("CNY");
    p.inputPerMTok = in;
    p.cachedInputPerMTok = cached;
    p.outputPerMTok = out;
    p.tier = PriceTier{LocalizedText(), min, max};
    p.sources = QStringList{QStringLiteral("P9")};
    return p;
}
} // namespace

void TestCost::initTestCase()
{
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    QVERIFY(result.ok());
    m_data = result.dataset;
    QVERIFY(m_data->prices.size() >= 20);
}

void TestCost::monthlyCost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<double>("inputMTok");
    QTest::addColumn<double>("outputMTok");
    QTest::addColumn<double>("cached");
    QTest::addColumn<double>("discount");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("cachedAtInputPrice");

    // deepseek-chat standard price from 2025-02-08: 0.27 miss, 0.07 hit, 1.1 output (USD, P3).
    // 200 × 0.7 × 0.27 = 37.8; 200 × 0.3 × 0.07 = 4.2; 40 × 1.1 = 44 → 86.
    QTest::newRow("V3, 200M in, 40M out, 30% cached") << QStringLiteral("deepseek-v3") << QString() << QDate(2025, 6, 1)
                                                      << 200.0 << 40.0 << 0.3 << 0.0 << 86.0 << false;
    // No cache: 200 × 0.27 + 40 × 1.1 = 54 + 44 = 98.
    QTest::newRow("V3, no cache") << QStringLiteral("deepseek-v3") << QString() << QDate(2025, 6, 1) << 200.0 << 40.0
                                  << 0.0 << 0.0 << 98.0 << false;
    // V3.1 non-thinking before 2025-09-05: standard 0.27/0.07/1.1; off-peak 0.135/0.035/0.55.
    // Standard: 100 × 0.27 + 20 × 1.1 = 49; off-peak: 13.5 + 11 = 24.5; 0.6 × 49 + 0.4 × 24.5 = 39.2.
    QTest::newRow("V3.1 non-thinking, 40% off-peak") << QStringLiteral("deepseek-v3.1") << QStringLiteral("non-thinking")
                                                     << QDate(2025, 8, 1) << 100.0 << 20.0 << 0.0 << 0.4 << 39.2
                                                     << false;
    // Half cached as well: standard 13.5 + 3.5 + 22 = 39; off-peak 6.75 + 1.75 + 11 = 19.5;
    // 0.6 × 39 + 0.4 × 19.5 = 23.4 + 7.8 = 31.2.
    QTest::newRow("V3.1 non-thinking, 50% cached, 40% off-peak")
        << QStringLiteral("deepseek-v3.1") << QStringLiteral("non-thinking") << QDate(2025, 8, 1) << 100.0 << 20.0
        << 0.5 << 0.4 << 31.2 << false;
    // After 2025-09-05 one price list, 0.56/0.07/1.68, no off-peak window:
    // 100 × 0.5 × 0.56 + 100 × 0.5 × 0.07 + 20 × 1.68 = 28 + 3.5 + 33.6 = 65.1 (all at the standard price).
    QTest::newRow("V3.1 after the discount ended") << QStringLiteral("deepseek-v3.1") << QString() << QDate(2025, 10, 1)
                                                   << 100.0 << 20.0 << 0.5 << 0.4 << 65.1 << false;
    // Qwen3-8B non-thinking (models.dev): 0.18 input, no cached price stated, 0.7 output.
    // Cached input counted at the input price: 50 × 0.18 + 10 × 0.7 = 9 + 7 = 16.
    QTest::newRow("Qwen3-8B, no cached price") << QStringLiteral("qwen3-8b") << QStringLiteral("non-thinking")
                                               << QDate(2026, 3, 1) << 50.0 << 10.0 << 0.3 << 0.0 << 16.0 << true;
    // Its thinking-mode output is 2.1: 50 × 0.18 + 10 × 2.1 = 9 + 21 = 30.
    QTest::newRow("Qwen3-8B thinking") << QStringLiteral("qwen3-8b") << QStringLiteral("thinking") << QDate(2026, 3, 1)
                                       << 50.0 << 10.0 << 0.0 << 0.0 << 30.0 << false;
}

void TestCost::monthlyCost()
{
    QFETCH(QString, model);
    QFETCH(QString, mode);
    QFETCH(QDate, on);
    QFETCH(double, inputMTok);
    QFETCH(double, outputMTok);
    QFETCH(double, cached);
    QFETCH(double, discount);
    QFETCH(double, expected);
    QFETCH(bool, cachedAtInputPrice);
    Workload w;
    w.inputMTok = inputMTok;
    w.outputMTok = outputMTok;
    w.cachedShare = cached;
    w.discountShare = discount;
    w.on = on;
    const QList<CostLine> lines = Cost::lines(*m_data, w, QDate(2026, 12, 1));
    const CostLine *line = lineOf(lines, model, QStringLiteral("USD"), mode);
    QVERIFY(line);
    QVERIFY(line->monthlyCost);
    QCOMPARE(qRound64(*line->monthlyCost * 1000), qRound64(expected * 1000));
    QCOMPARE(line->cachedAtInputPrice, cachedAtInputPrice);
    QCOMPARE(line->discountPrice != nullptr, discount > 0 && on < QDate(2025, 9, 5));
    QCOMPARE(line->discountNotOffered, discount > 0 && on >= QDate(2025, 9, 5));
}

void TestCost::priceBetweenTwoChanges()
{
    // deepseek-chat (V3): launch price until 2025-02-08, then the standard price.
    Workload w;
    w.inputMTok = 200;
    w.outputMTok = 40;
    w.on = QDate(2025, 2, 7);
    const QList<CostLine> before = Cost::lines(*m_data, w, w.on);
    const CostLine *launch = lineOf(before, QStringLiteral("deepseek-v3"), QStringLiteral("USD"));
    QVERIFY(launch);
    QCOMPARE(launch->price->inputPerMTok, 0.14);
    QCOMPARE(launch->price->outputPerMTok, 0.28);
    QCOMPARE(qRound64(*launch->monthlyCost * 100), qRound64((200 * 0.14 + 40 * 0.28) * 100)); // 39.2
    w.on = QDate(2025, 2, 8);
    const QList<CostLine> after = Cost::lines(*m_data, w, w.on);
    const CostLine *standard = lineOf(after, QStringLiteral("deepseek-v3"), QStringLiteral("USD"));
    QVERIFY(standard);
    QCOMPARE(standard->price->inputPerMTok, 0.27);

    // Three prices in a row: the middle one holds between the two changes, the last after.
    Dataset d;
    for (const auto &[in, from, until] : {std::tuple{1.0, QDate(), QDate(2025, 3, 1)},
                                          std::tuple{2.0, QDate(2025, 3, 1), QDate(2025, 9, 1)},
                                          std::tuple{3.0, QDate(2025, 9, 1), QDate()}}) {
        Price p = tieredPrice(0, std::nullopt, in, in, 10);
        p.tier.reset();
        p.from = from;
        p.until = until;
        d.prices.append(p);
    }
    w.inputMTok = 10;
    w.outputMTok = 1;
    for (const auto &[day, expected] : {std::pair{QDate(2025, 2, 28), 20.0}, std::pair{QDate(2025, 6, 15), 30.0},
                                        std::pair{QDate(2025, 9, 1), 40.0}}) {
        w.on = day;
        const QList<CostLine> lines = Cost::lines(d, w, day);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(*lines.constFirst().monthlyCost, expected); // 10 × in + 1 × 10
    }
}

void TestCost::tierBoundary_data()
{
    QTest::addColumn<qint64>("requestTokens");
    QTest::addColumn<double>("expected"); // < 0: not offered
    // Bands (CNY, per million): up to 131,072: 0.8 / 0.2 / 2; to 262,144: 2.4 / 0.5 / 20;
    // to 1,048,576: 4.8 / 1 / 48. Workload 10M input (20% cached), 1M output:
    // band 1: 8 × 0.8 + 2 × 0.2 + 2 = 6.4 + 0.4 + 2 = 8.8; band 2: 19.2 + 1 + 20 = 40.2;
    // band 3: 38.4 + 2 + 48 = 88.4.
    QTest::newRow("1 token") << qint64(1) << 8.8;
    QTest::newRow("131,072: the first band's top") << qint64(131072) << 8.8;
    QTest::newRow("131,073: the second band") << qint64(131073) << 40.2;
    QTest::newRow("262,144") << qint64(262144) << 40.2;
    QTest::newRow("262,145") << qint64(262145) << 88.4;
    QTest::newRow("beyond the last band") << qint64(1048577) << -1.0;
}

void TestCost::tierBoundary()
{
    QFETCH(qint64, requestTokens);
    QFETCH(double, expected);
    Dataset d;
    d.prices << tieredPrice(0, 131072, 0.8, 0.2, 2) << tieredPrice(131072, 262144, 2.4, 0.5, 20)
             << tieredPrice(262144, 1048576, 4.8, 1, 48);
    Workload w;
    w.inputMTok = 10;
    w.outputMTok = 1;
    w.cachedShare = 0.2;
    w.requestInputTokens = requestTokens;
    w.on = QDate(2026, 1, 1);
    const QList<CostLine> lines = Cost::lines(d, w, w.on);
    QCOMPARE(lines.size(), 1);
    if (expected < 0) {
        QVERIFY(!lines.constFirst().monthlyCost);
        QVERIFY(Cost::lineNotes(lines.constFirst(), w).constFirst().contains(QStringLiteral("1048577")));
    } else {
        QCOMPARE(qRound64(*lines.constFirst().monthlyCost * 1000), qRound64(expected * 1000));
    }
}

void TestCost::modelWithoutPrice()
{
    QVERIFY(m_data->model(QStringLiteral("qwen3-4b")));
    QCOMPARE(Cost::missingPrice(*m_data, QStringLiteral("qwen3-4b"), QDate(2026, 6, 27)),
             QStringLiteral("no price in the dataset"));
    // V3.2-Exp's price dates from 2025-09-29: none in force before.
    QCOMPARE(Cost::missingPrice(*m_data, QStringLiteral("deepseek-v3.2-exp"), QDate(2025, 1, 1)),
             QStringLiteral("no price in force on 2025-01-01"));
    QCOMPARE(Cost::missingPrice(*m_data, QStringLiteral("deepseek-v3.2-exp"), QDate(2025, 10, 1)), QString());
    Workload w;
    w.on = QDate(2025, 1, 1);
    const QList<CostLine> early = Cost::lines(*m_data, w, w.on);
    QVERIFY(!lineOf(early, QStringLiteral("deepseek-v3.2-exp"), QStringLiteral("USD")));
    // A 70,000-token request is beyond deepseek-chat's 64K context of the V3 era.
    w.on = QDate(2025, 6, 1);
    w.inputMTok = 1;
    w.requestInputTokens = 70000;
    const QList<CostLine> longRequests = Cost::lines(*m_data, w, w.on);
    const CostLine *v3 = lineOf(longRequests, QStringLiteral("deepseek-v3"), QStringLiteral("USD"));
    QVERIFY(v3);
    QVERIFY(!v3->monthlyCost);
}

void TestCost::blendedRatio_data()
{
    QTest::addColumn<double>("inputParts");
    QTest::addColumn<double>("outputParts");
    QTest::addColumn<double>("expected");
    // V3.2-Exp: 0.28 input, 0.42 output.
    QTest::newRow("3:1") << 3.0 << 1.0 << 0.315;     // (0.84 + 0.42) / 4
    QTest::newRow("1:1") << 1.0 << 1.0 << 0.35;      // (0.28 + 0.42) / 2
    QTest::newRow("1:3") << 1.0 << 3.0 << 0.385;     // (0.28 + 1.26) / 4
    QTest::newRow("input only") << 1.0 << 0.0 << 0.28;
}

void TestCost::blendedRatio()
{
    QFETCH(double, inputParts);
    QFETCH(double, outputParts);
    QFETCH(double, expected);
    const auto it = std::find_if(m_data->prices.cbegin(), m_data->prices.cend(),
                                 [](const Price &p) { return p.model == QLatin1String("deepseek-v3.2-exp"); });
    QVERIFY(it != m_data->prices.cend());
    QCOMPARE(qRound64(Cost::blendedPrice(*it, inputParts, outputParts) * 1e6), qRound64(expected * 1e6));
    QCOMPARE(qRound64(Cost::blendedPrice(*it) * 1e6), qRound64(0.315 * 1e6)); // 3:1 by default
}

void TestCost::newestDateAndAge()
{
    // The latest date in prices.csv: Qwen's models.dev prices, seen up to 2026-06-27.
    QCOMPARE(Cost::newestDate(*m_data), QDate(2026, 6, 27));
    Workload w;
    const QList<CostLine> lines = Cost::lines(*m_data, w, QDate(2026, 12, 1));
    const CostLine *qwen = lineOf(lines, QStringLiteral("qwen3-8b"), QStringLiteral("USD"), QStringLiteral("non-thinking"));
    const CostLine *v32 = lineOf(lines, QStringLiteral("deepseek-v3.2-exp"), QStringLiteral("USD"));
    const CostLine *r1 = lineOf(lines, QStringLiteral("deepseek-r1"), QStringLiteral("CNY"));
    QVERIFY(qwen && v32 && r1);
    QVERIFY(!qwen->possiblyOutdated);  // seen 2026-06-27: 5 months before 2026-12-01
    QVERIFY(v32->possiblyOutdated);    // seen 2026-04-13: more than 6 months before
    QVERIFY(r1->possiblyOutdated);     // undated
    QCOMPARE(Cost::dateText(*r1->price), QStringLiteral("date not stated"));
    QCOMPARE(Cost::dateText(*v32->price), QStringLiteral("seen in force 2025-09-29 to 2026-04-13"));
    QVERIFY(!Cost::possiblyOutdated(*v32->price, QDate(2026, 10, 13), 6));
    QVERIFY(Cost::possiblyOutdated(*v32->price, QDate(2026, 10, 14), 6));
    QVERIFY(!Cost::possiblyOutdated(*v32->price, QDate(2026, 12, 1), 12));
}

void TestCost::currenciesNeedARate()
{
    CurrencyRates rates;
    QVERIFY(!rates.convert(100, QStringLiteral("CNY"), QStringLiteral("USD")));
    QCOMPARE(*rates.convert(100, QStringLiteral("USD"), QStringLiteral("USD")), 100.0);
    rates.set(QStringLiteral("CNY"), QStringLiteral("USD"), 0.14);
    QCOMPARE(qRound64(*rates.convert(100, QStringLiteral("CNY"), QStringLiteral("USD")) * 1000), qint64(14000));
    QCOMPARE(qRound64(*rates.convert(14, QStringLiteral("USD"), QStringLiteral("CNY")) * 1000), qint64(100000));
    QVERIFY(!rates.convert(1, QStringLiteral("EUR"), QStringLiteral("USD")));
}

void TestCost::claimCheck()
{
    QCOMPARE(m_data->priceClaims.size(), 1);
    const PriceClaim &claim = m_data->priceClaims.constFirst();
    const PriceClaimCheck check = PriceClaimCheck::check(*m_data, claim, QDate(2026, 6, 27));
    QCOMPARE(check.comparisons.size(), 2);
    // USD, blended 3:1, each model's cheapest standard price in force on 2026-06-27:
    // DeepSeek V3.2-Exp 0.315, V3 0.4775, V3.1 0.84, R1 0.96 → median (0.4775 + 0.84) / 2 = 0.65875;
    // Qwen3-8B 0.31, Qwen3.5-397B (hosted) 0.9, Qwen3-235B and -32B 1.225, Qwen2.5-72B 2.45,
    // Qwen3-Coder-480B 3.0 → median 1.225. The claim holds in USD.
    const PriceComparison &usd = check.comparisons.at(0);
    QCOMPARE(usd.currency, QStringLiteral("USD"));
    QCOMPARE(usd.claimed.models.size(), 4);
    QCOMPARE(usd.other.models.size(), 6);
    QCOMPARE(qRound64(usd.claimed.median() * 1e5), qint64(65875));
    QCOMPARE(qRound64(usd.other.median() * 1e5), qint64(122500));
    QCOMPARE(usd.claimed.models.constFirst(), QStringLiteral("deepseek-v3.2-exp"));
    QVERIFY(usd.holds());
    // CNY (undated pages): DeepSeek V3 3.5, R1 7 → 5.25; Qwen3-235B 3.5, Qwen3-32B 3.5 → 3.5.
    const PriceComparison &cny = check.comparisons.at(1);
    QCOMPARE(cny.currency, QStringLiteral("CNY"));
    QCOMPARE(qRound64(cny.claimed.median() * 100), qint64(525));
    QCOMPARE(qRound64(cny.other.median() * 100), qint64(350));
    QVERIFY(!cny.holds());
    QCOMPARE(check.verdict, PriceClaimCheck::Verdict::Mixed);
    const QStringList detail = check.detail(*m_data);
    QCOMPARE(detail.size(), 3);
    QVERIFY(detail.constLast().contains(QStringLiteral("2026-06-27")));
    // Without prices: nothing to compare.
    Dataset unpriced = *m_data;
    unpriced.prices.clear();
    QCOMPARE(PriceClaimCheck::check(unpriced, claim, QDate(2026, 6, 27)).verdict, PriceClaimCheck::Verdict::CannotCheck);
}

void TestCost::selfHosting()
{
    SelfHostingInput in;
    in.totalParamsB = 671;
    in.bitsPerWeight = 8;
    in.gpuMemoryGB = 80;
    in.extraMemoryGB = 50;
    in.gpuHourPrice = 2.0;
    in.tokensPerSecond = 1000;
    in.monthlyMTok = 240;
    const SelfHostingEstimate e = SelfHosting::estimate(in);
    QVERIFY(e.missing.isEmpty());
    QCOMPARE(*e.weightsGB, 671.0); // 671e9 × 8 / 8 bytes
    QCOMPARE(*e.gpus, 10);         // (671 + 50) / 80 = 9.01 → 10
    // 1e6 / 1000 tokens/s = 1000 s = 0.2778 h per million; × 10 GPUs × 2.0 = 5.556.
    QCOMPARE(qRound64(*e.costPerMTok * 1000), qint64(5556));
    QCOMPARE(qRound64(*e.monthlyCost), qint64(1333)); // × 240 M
    QCOMPARE(*e.alwaysOnMonthly, 14600.0);            // 10 × 2.0 × 730
    QVERIFY(e.assumptions.constFirst().contains(QStringLiteral("estimate")));
}

void TestCost::selfHostingWithoutPrice()
{
    SelfHostingInput in;
    in.totalParamsB = 8;
    in.gpuMemoryGB = 24;
    const SelfHostingEstimate e = SelfHosting::estimate(in);
    QCOMPARE(*e.gpus, 1); // 8 × 16 / 8 = 16 GB
    QVERIFY(!e.costPerMTok);
    QVERIFY(!e.alwaysOnMonthly);
    QVERIFY(e.missing.contains(QStringLiteral("no hourly GPU price given")));
    QVERIFY(e.missing.contains(QStringLiteral("no throughput given")));
}

// Qwen3-32B on RTX 4090s at Q4_K_M, 32,768 tokens: one card needs 30,146,414,592 B of 24e9;
// two hold 15,573,207,296 B each (see tst_followup): 2 GPUs. The decode upper bound there:
// 2 × 1,008 GB/s ÷ (32e9 × 4.8944 / 8 + 8,589,934,592 B of cache) = 2016e9 / 28,167,534,592
// = 71.5718 tokens/s; at 0.50 an hour per GPU, 2 × 0.5 × 1e6 / 71.5718 / 3600 = 3.8811 a million.
void TestCost::selfHostingFromFit()
{
    const auto d = DatasetLoader::loadBundled().dataset;
    QVERIFY(d);
    FitRequest r = FitRequest::defaults(*d);
    r.setDevice(d->device(QStringLiteral("rtx-4090")));
    r.weights = d->precision(QStringLiteral("q4_k_m"));
    r.context = 32768;
    const Model *m = d->model(QStringLiteral("qwen3-32b"));
    QVERIFY(m && r.device && r.weights);
    int count = 0;
    QVERIFY(SelfHosting::fewestDevices(*d, *m, r, &count));
    QCOMPARE(count, 2);
    SelfHostingInput in = SelfHosting::fromFit(*d, *m, r, 0.5, QStringLiteral("USD"), std::nullopt, 240);
    QCOMPARE(*in.gpus, 2);
    QVERIFY(in.throughputFromFit);
    QCOMPARE(qRound64(*in.tokensPerSecond * 10000), qint64(715718));
    SelfHostingEstimate e = SelfHosting::estimate(in);
    QCOMPARE(*e.gpus, 2);
    QCOMPARE(qRound64(*e.costPerMTok * 10000), qint64(38811));
    QCOMPARE(*e.alwaysOnMonthly, 730.0); // 2 × 0.5 × 730 hours
    QVERIFY(e.assumptions.join(QLatin1Char(' ')).contains(QStringLiteral("upper bound")));
    // 240 M tokens at 71.5718 tokens/s: 240e6 / 71.5718 / 3600 = 931.5 hours, more than a
    // month's 730: two copies of the deployment (931.5 / 730 = 1.28, rounded up).
    QCOMPARE(qRound64(*e.busyHours * 10), qint64(9315));
    QCOMPARE(e.warnings.size(), 1);
    QVERIFY2(e.warnings.constFirst().contains(QStringLiteral("it takes 2 copies")), qPrintable(e.warnings.constFirst()));
    // A throughput typed wins: 1,000 tokens/s → 2 × 0.5 × 1e6 / 1000 / 3600 = 0.2778.
    in = SelfHosting::fromFit(*d, *m, r, 0.5, QStringLiteral("USD"), 1000.0, 240);
    QVERIFY(!in.throughputFromFit);
    e = SelfHosting::estimate(in);
    QCOMPARE(qRound64(*e.costPerMTok * 10000), qint64(2778));
    QCOMPARE(qRound64(*e.monthlyCost * 100), qint64(6667)); // × 240 M tokens
    QVERIFY(e.warnings.isEmpty()); // 240e6 / 1000 / 3600 = 66.7 hours
    // No price given: no cost, and it says so.
    e = SelfHosting::estimate(SelfHosting::fromFit(*d, *m, r, std::nullopt, QString(), std::nullopt, 240));
    QVERIFY(!e.costPerMTok);
    QVERIFY(e.missing.contains(QStringLiteral("no hourly GPU price given")));
}

void TestCost::loaderRejectsBadPrices_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lowercase currency") << TestUtil::bundledWith(QStringLiteral("/prices/0/currency"), QStringLiteral("usd"))
                                        << QStringLiteral("bad.json: /prices/0/currency: \"usd\" is not a currency code");
    QTest::newRow("bad date") << TestUtil::bundledWith(QStringLiteral("/prices/1/from"), QStringLiteral("2025-02-30"))
                              << QStringLiteral("bad.json: /prices/1/from: \"2025-02-30\" is not a date YYYY-MM-DD");
    QTest::newRow("month only") << TestUtil::bundledWith(QStringLiteral("/prices/1/observed"), QStringLiteral("2025-02"))
                                << QStringLiteral("bad.json: /prices/1/observed: \"2025-02\" is not a date YYYY-MM-DD");
    QTest::newRow("negative price") << TestUtil::bundledWith(QStringLiteral("/prices/2/outputPerMTok"), -8)
                                    << QStringLiteral("bad.json: /prices/2/outputPerMTok: a price cannot be negative");
    QTest::newRow("negative cached") << TestUtil::bundledWith(QStringLiteral("/prices/1/cachedInputPerMTok"), -0.07)
                                     << QStringLiteral("bad.json: /prices/1/cachedInputPerMTok: a price cannot be negative");
    QTest::newRow("unknown model") << TestUtil::bundledWith(QStringLiteral("/prices/3/model"), QStringLiteral("gpt-9"))
                                   << QStringLiteral("bad.json: /prices/3/model: unknown model \"gpt-9\"");
    QTest::newRow("unknown source") << TestUtil::bundledWith(QStringLiteral("/prices/3/sources/1"), QStringLiteral("Z9"))
                                    << QStringLiteral("bad.json: /prices/3/sources/1: unknown source \"Z9\"");
    QTest::newRow("no source") << TestUtil::bundledWith(QStringLiteral("/prices/3/sources"), QJsonArray())
                               << QStringLiteral("bad.json: /prices/3/sources: a price needs at least one source");
    QTest::newRow("ends before it starts")
        << TestUtil::bundledWith(QStringLiteral("/prices/1/until"), QStringLiteral("2025-01-01"))
        << QStringLiteral("bad.json: /prices/1/until: ends on or before it starts");
    QTest::newRow("bad hour") << TestUtil::bundledWith(QStringLiteral("/prices/6/discount/startUtc"), QStringLiteral("25:00"))
                              << QStringLiteral("bad.json: /prices/6/discount/startUtc: \"25:00\" is not a time HH:MM");
    QTest::newRow("unknown mode") << TestUtil::bundledWith(QStringLiteral("/prices/5/mode"), QStringLiteral("fast"))
                                  << QStringLiteral("bad.json: /prices/5/mode: \"fast\" is not one of");
    QTest::newRow("claim against itself")
        << TestUtil::bundledWith(QStringLiteral("/priceClaims/0/comparedWith"), QStringLiteral("deepseek"))
        << QStringLiteral("bad.json: /priceClaims/0/comparedWith: a family is compared with itself");
}

void TestCost::loaderRejectsBadPrices()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const DatasetLoader::Result result = DatasetLoader::loadData(data, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    QStringList lines;
    for (const Problem &p : result.problems)
        lines.append(p.toString());
    const bool found = std::any_of(lines.cbegin(), lines.cend(),
                                   [&expected](const QString &line) { return line.startsWith(expected); });
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\", got:\n%2").arg(expected, lines.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
