#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// versus --cost (CONTRACT.md): the JSON shape, hand-computed costs, bad input.
class TestCliCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape();
    void workloadOnADay();
    void textListsUnpricedModels();
    void helpNamesIt();
    void badInput_data();
    void badInput();
};

namespace {
QJsonObject costJson(const QStringList &extra)
{
    const TestUtil::Run r = TestUtil::runVersus(QStringList{QStringLiteral("--cost"), QStringLiteral("--json")} + extra);
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    return e.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QJsonObject find(const QJsonArray &models, const QString &model, const QString &currency, const QString &apiModel)
{
    for (const QJsonValue &v : models) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("model")).toString() == model && o.value(QStringLiteral("currency")).toString() == currency
            && o.value(QStringLiteral("apiModel")).toString() == apiModel)
            return o;
    }
    return {};
}
} // namespace

void TestCliCost::jsonShape()
{
    const QJsonObject root = costJson({});
    QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-06-27")); // the newest price's day
    QCOMPARE(root.value(QStringLiteral("inputMTok")).toDouble(), 1.0);
    QCOMPARE(root.value(QStringLiteral("outputMTok")).toDouble(), 1.0);
    QCOMPARE(root.value(QStringLiteral("cachedShare")).toDouble(), 0.0);
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    QVERIFY(models.size() >= 15);
    for (const QJsonValue &v : models) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("model")).isString());
        QVERIFY(o.value(QStringLiteral("provider")).isString());
        QVERIFY(o.value(QStringLiteral("inputPerMTok")).isDouble());
        QVERIFY(o.value(QStringLiteral("cachedInputPerMTok")).isDouble() || o.value(QStringLiteral("cachedInputPerMTok")).isNull());
        QVERIFY(o.value(QStringLiteral("outputPerMTok")).isDouble());
        const QString currency = o.value(QStringLiteral("currency")).toString();
        QVERIFY2(currency == QLatin1String("USD") || currency == QLatin1String("CNY"), qPrintable(currency));
        const QJsonValue observed = o.value(QStringLiteral("observed"));
        QVERIFY(observed.isNull() || QDate::fromString(observed.toString(), Qt::ISODate).isValid());
        QVERIFY(o.value(QStringLiteral("source")).isString());
        QVERIFY(!o.value(QStringLiteral("source")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("monthlyCost")).isDouble());
    }
    // 1 M in + 1 M out at V3.2-Exp's 0.28 and 0.42: 0.70 USD, seen 2026-04-13.
    const QJsonObject v32 = find(models, QStringLiteral("deepseek-v3.2-exp"), QStringLiteral("USD"),
                                 QStringLiteral("deepseek-chat / deepseek-reasoner"));
    QCOMPARE(v32.value(QStringLiteral("monthlyCost")).toDouble(), 0.7);
    QCOMPARE(v32.value(QStringLiteral("cachedInputPerMTok")).toDouble(), 0.028);
    QCOMPARE(v32.value(QStringLiteral("observed")).toString(), QStringLiteral("2026-04-13"));
    QCOMPARE(v32.value(QStringLiteral("source")).toString(), QStringLiteral("P5"));
    // The CNY price stays in CNY: V3 2 + 8 = 10 CNY, undated.
    const QJsonObject v3cny = find(models, QStringLiteral("deepseek-v3"), QStringLiteral("CNY"), QStringLiteral("deepseek-chat"));
    QCOMPARE(v3cny.value(QStringLiteral("monthlyCost")).toDouble(), 10.0);
    QVERIFY(v3cny.value(QStringLiteral("observed")).isNull());
    QVERIFY(root.value(QStringLiteral("unpriced")).toArray().contains(QStringLiteral("qwen3-4b")));
}

void TestCliCost::workloadOnADay()
{
    // 200 M input (30% cached), 40 M output on 2025-06-01: deepseek-chat at 0.27 / 0.07 / 1.1:
    // 200 × 0.7 × 0.27 + 200 × 0.3 × 0.07 + 40 × 1.1 = 37.8 + 4.2 + 44 = 86.
    const QJsonObject root = costJson({QStringLiteral("--input-mtok"), QStringLiteral("200"), QStringLiteral("--output-mtok"),
                                       QStringLiteral("40"), QStringLiteral("--cached-share"), QStringLiteral("0.3"),
                                       QStringLiteral("--on"), QStringLiteral("2025-06-01")});
    QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2025-06-01"));
    QCOMPARE(root.value(QStringLiteral("cachedShare")).toDouble(), 0.3);
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    const QJsonObject v3 = find(models, QStringLiteral("deepseek-v3"), QStringLiteral("USD"), QStringLiteral("deepseek-chat"));
    QCOMPARE(v3.value(QStringLiteral("monthlyCost")).toDouble(), 86.0);
    QCOMPARE(v3.value(QStringLiteral("observed")).toString(), QStringLiteral("2025-02-08"));
    // V3.2-Exp had no price before 2025-09-29.
    QVERIFY(find(models, QStringLiteral("deepseek-v3.2-exp"), QStringLiteral("USD"),
                 QStringLiteral("deepseek-chat / deepseek-reasoner")).isEmpty());
    QVERIFY(root.value(QStringLiteral("unpriced")).toArray().contains(QStringLiteral("deepseek-v3.2-exp")));
}

void TestCliCost::textListsUnpricedModels()
{
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--cost"), QStringLiteral("--on"), QStringLiteral("2025-06-01")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Prices in force on 2025-06-01")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Qwen3-4B\tno price in the dataset")));
    QVERIFY(r.out.contains(QStringLiteral("DeepSeek-V3.2-Exp\tno price in force on 2025-06-01")));
    QVERIFY(r.err.isEmpty());
}

void TestCliCost::helpNamesIt()
{
    const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--help")});
    for (const char *option : {"--cost", "--input-mtok", "--output-mtok", "--cached-share", "--on"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void TestCliCost::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--input-mtok"), QStringLiteral("lots")} << 1
                                  << QStringLiteral("--input-mtok takes a number of at least 0, not \"lots\"");
    QTest::newRow("negative") << QStringList{QStringLiteral("--output-mtok"), QStringLiteral("-5")} << 1
                              << QStringLiteral("--output-mtok takes a number of at least 0, not \"-5\"");
    QTest::newRow("share above 1") << QStringList{QStringLiteral("--cached-share"), QStringLiteral("30")} << 1
                                   << QStringLiteral("--cached-share takes a number from 0 to 1, not \"30\"");
    QTest::newRow("infinite") << QStringList{QStringLiteral("--input-mtok"), QStringLiteral("inf")} << 1
                              << QStringLiteral("--input-mtok takes a number");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--on"), QStringLiteral("2025-02-30")} << 1
                              << QStringLiteral("--on takes a date YYYY-MM-DD, not \"2025-02-30\"");
    QTest::newRow("short date") << QStringList{QStringLiteral("--on"), QStringLiteral("2025-6-1")} << 1
                                << QStringLiteral("--on takes a date YYYY-MM-DD");
}

void TestCliCost::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const TestUtil::Run r = TestUtil::runVersus(QStringList{QStringLiteral("--cost")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.out.isEmpty());
    // Without --cost the options are a usage error.
    const TestUtil::Run usage = TestUtil::runVersus({QStringLiteral("--input-mtok"), QStringLiteral("5")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"
