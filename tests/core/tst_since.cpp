#include "core/dataset/datasetloader.h"
#include "tests/testutil.h"

#include <QTest>

// The layer since the document (resources/data/parts/since.json and the models of 2026):
// the anticipation checks with their outcomes, the dates, the reasoning modes, and what a
// dataset without the layer or with a broken one does.
class TestSince : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anticipationsLoadWithOutcomes();
    void outcomesAndDates();
    void modelsOf2026();
    void modesOfTheirOwn();
    void withoutTheLayer();
    void brokenLayer_data();
    void brokenLayer();
};

namespace {
std::shared_ptr<const Dataset> bundled()
{
    const DatasetLoader::Result r = DatasetLoader::loadBundled();
    for (const Problem &p : r.problems)
        qWarning().noquote() << p.toString();
    return r.dataset;
}

QStringList problemsOf(const QByteArray &data)
{
    QStringList lines;
    for (const Problem &p : DatasetLoader::loadData(data, QStringLiteral("bad.json")).problems)
        lines.append(p.toString());
    return lines;
}
} // namespace

void TestSince::anticipationsLoadWithOutcomes()
{
    const auto d = bundled();
    QVERIFY(d);
    // anticipations.md, row by row: "What happened" read as one of the four outcomes.
    const QStringList outcomes{
        QStringLiteral("shipped"),     QStringLiteral("shipped-differently"), QStringLiteral("not-shipped"),
        QStringLiteral("shipped-differently"), QStringLiteral("shipped"),    QStringLiteral("not-shipped"),
        QStringLiteral("unknown"),     QStringLiteral("shipped"),             QStringLiteral("shipped-differently"),
        QStringLiteral("shipped"),     QStringLiteral("shipped-differently"), QStringLiteral("shipped"),
        QStringLiteral("shipped"),     QStringLiteral("shipped"),             QStringLiteral("unknown"),
        QStringLiteral("shipped-differently")};
    const QStringList dates{QStringLiteral("2026-04-24"), QStringLiteral("2026-09-10"), QString(),
                            QStringLiteral("2026-09-10"), QStringLiteral("2026-04-24"), QString(),
                            QString(),                    QStringLiteral("2026-04-24"), QStringLiteral("2026-04-24"),
                            QString(),                    QStringLiteral("2026-09-10"), QStringLiteral("2026-03-02"),
                            QStringLiteral("2026-03-02"), QStringLiteral("2026-02-16"), QStringLiteral("2026-04"),
                            QStringLiteral("2026-08")};
    QCOMPARE(d->anticipationChecks.size(), 16);
    for (int i = 0; i < 16; ++i) {
        const QString id = QStringLiteral("antic-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const AnticipationCheck *c = d->anticipationCheck(id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->outcome, outcomes.at(i));
        QCOMPARE(c->date, dates.at(i));
        QVERIFY(d->outcome(c->outcome));
        QVERIFY(d->status(c->status));
        QVERIFY(!c->sources.isEmpty());
        QVERIFY(!c->outcomeText.text(QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(!c->detail.text(QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(d->dimension(c->dimension));
        QVERIFY(d->anticipationsFor(c->dimension, c->family).contains(c));
    }
    // The checker's own words are kept beside the outcome.
    QCOMPARE(d->anticipationCheck(QStringLiteral("antic-09"))->outcomeText.text(QStringLiteral("en")),
             QStringLiteral("superseded"));
    // The document's status of the statement is the dataset's: the R2 rumour stays rumored.
    QCOMPARE(d->anticipationCheck(QStringLiteral("antic-06"))->status, QStringLiteral("rumored"));
    QCOMPARE(d->anticipationCheck(QStringLiteral("antic-01"))->status, QStringLiteral("anticipated"));
    // The flagship row's DeepSeek cell carries three: V4's context, Engram, V3.2 "current".
    QCOMPARE(d->anticipationsFor(QStringLiteral("flagship"), QStringLiteral("deepseek")).size(), 3);
    QCOMPARE(d->anticipationsFor(QStringLiteral("backing"), QStringLiteral("deepseek")).size(), 0);
}

void TestSince::outcomesAndDates()
{
    const auto d = bundled();
    QVERIFY(d);
    QCOMPARE(d->asOf, QStringLiteral("2026-12-01"));
    QCOMPARE(d->documentDate, QStringLiteral("2026-02"));
    QVERIFY(!d->documentDateNote.text(QStringLiteral("zh_CN")).isEmpty());
    QCOMPARE(d->outcomes.size(), 4);
    QCOMPARE(d->outcome(QStringLiteral("shipped"))->factor, 1.0);
    QCOMPARE(d->outcome(QStringLiteral("shipped-differently"))->factor, 0.5);
    QCOMPARE(d->outcome(QStringLiteral("not-shipped"))->factor, 0.0);
    QCOMPARE(d->outcome(QStringLiteral("unknown"))->factor, 1.0);
}

void TestSince::modelsOf2026()
{
    const auto d = bundled();
    QVERIFY(d);
    int after = 0;
    int apiOnly = 0;
    for (const Model &m : d->models) {
        after += d->releasedAfterDocument(m);
        apiOnly += m.apiOnly;
    }
    // models-2026.csv: 28 models, of which 2 have no release month (the DSpark ones) and 4
    // were released in 2026-01 or 2026-02 (OCR-2, the Qwen3.5 Medium series): 22 after 2026-02.
    QCOMPARE(after, 22);
    QCOMPARE(apiOnly, 3); // Qwen3.6-Plus, Qwen3.7-Max, Qwen3.7-Plus: "API-only" in their notes
    const Model *plus = d->model(QStringLiteral("qwen3.6-plus"));
    QVERIFY(plus && plus->apiOnly);
    QVERIFY(!plus->totalParamsB && !plus->activeParamsB); // not stated: empty, never zero
    QCOMPARE(d->source(plus->source)->kind, QStringLiteral("secondary"));
    const Model *dspark = d->model(QStringLiteral("deepseek-v4-flash-dspark"));
    QVERIFY(dspark);
    QVERIFY(dspark->released.isEmpty());
    QVERIFY(!d->releasedAfterDocument(*dspark));
    const Model *pro = d->model(QStringLiteral("deepseek-v4-pro"));
    QVERIFY(pro);
    QCOMPARE(pro->released, QStringLiteral("2026-04"));
    QCOMPARE(*pro->totalParamsB, 1600.0);
    QCOMPARE(pro->allSources(), (QStringList{QStringLiteral("S31"), QStringLiteral("S32"), QStringLiteral("S33"),
                                             QStringLiteral("X31"), QStringLiteral("X46")}));
    QVERIFY(d->releasedAfterDocument(*pro));
    QVERIFY(!d->releasedAfterDocument(*d->model(QStringLiteral("qwen3.5-27b")))); // 2026-02, the document's month
    QVERIFY(!d->releasedAfterDocument(*d->model(QStringLiteral("deepseek-v3"))));
}

void TestSince::modesOfTheirOwn()
{
    const auto d = bundled();
    QVERIFY(d);
    for (const char *id : {"thinking", "non-thinking", "non-think", "high", "max"})
        QVERIFY2(d->mode(QLatin1String(id)), id);
    QCOMPARE(d->modeName(QStringLiteral("non-think")), QStringLiteral("Non-think"));
    int nonThink = 0, high = 0, max = 0, unstated = 0;
    for (const Score &s : d->scores) {
        nonThink += s.mode == QLatin1String("non-think");
        high += s.mode == QLatin1String("high");
        max += s.mode == QLatin1String("max");
        unstated += s.mode.isEmpty();
    }
    // benchmarks-2026.csv: 36 Non-think, 42 High; Max 44 + max 33 + "max (as run for the
    // 0731 card)" 6, less the 2 of the V4.1 card's DS-V4-Pro column; 63 rows name no mode.
    QCOMPARE(nonThink, 36);
    QCOMPARE(high, 42);
    QCOMPARE(max, 81); // the V4.1 card's DS-V4-Pro column (2 rows) ran at reasoning_effort=100
    QCOMPARE(unstated, 63);
}

void TestSince::withoutTheLayer()
{
    // A dataset of before the layer: no dates, outcomes, anticipation checks or modes, and
    // only thinking / non-thinking scores.
    QJsonObject root = TestUtil::bundledJson();
    for (const char *key : {"asOf", "documentDate", "documentDateNote", "outcomes", "anticipationChecks", "modes"})
        root.remove(QLatin1String(key));
    QJsonArray scores;
    for (const QJsonValue &s : root.value(QStringLiteral("scores")).toArray()) {
        const QString mode = s.toObject().value(QStringLiteral("mode")).toString();
        if (mode == QLatin1String("thinking") || mode == QLatin1String("non-thinking"))
            scores.append(s);
    }
    root.insert(QStringLiteral("scores"), scores);
    const DatasetLoader::Result r = DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
    for (const Problem &p : r.problems)
        qWarning().noquote() << p.toString();
    QVERIFY(r.ok());
    QVERIFY(r.dataset->anticipationChecks.isEmpty());
    QVERIFY(r.dataset->anticipationsFor(QStringLiteral("flagship"), QStringLiteral("deepseek")).isEmpty());
    QVERIFY(r.dataset->asOf.isEmpty());
    QVERIFY(!r.dataset->releasedAfterDocument(r.dataset->models.constLast()));
    QCOMPARE(r.dataset->modeName(QStringLiteral("thinking")), QStringLiteral("thinking"));
}

void TestSince::brokenLayer_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    auto with = [](const char *pointer, const QJsonValue &value) {
        return TestUtil::bundledWith(QLatin1String(pointer), value);
    };
    QTest::newRow("unknown outcome") << with("/anticipationChecks/0/outcome", QStringLiteral("happened"))
                                     << QStringLiteral("bad.json: /anticipationChecks/0/outcome: unknown outcome \"happened\"");
    QTest::newRow("outcome id not one of the four") << with("/outcomes/3/id", QStringLiteral("maybe"))
                                                    << QStringLiteral("bad.json: /outcomes/3/id: \"maybe\" is not one of");
    QTest::newRow("factor out of range") << with("/outcomes/0/factor", 2)
                                         << QStringLiteral("bad.json: /outcomes/0/factor: 2 is out of range [0, 1]");
    QTest::newRow("unknown status") << with("/anticipationChecks/5/status", QStringLiteral("whispered"))
                                    << QStringLiteral("bad.json: /anticipationChecks/5/status: unknown status \"whispered\"");
    QTest::newRow("unknown source") << with("/anticipationChecks/2/sources/1", QStringLiteral("Z9"))
                                    << QStringLiteral("bad.json: /anticipationChecks/2/sources/1: unknown source \"Z9\"");
    QTest::newRow("no source") << with("/anticipationChecks/2/sources", QJsonArray())
                               << QStringLiteral("bad.json: /anticipationChecks/2/sources: name at least one source");
    QTest::newRow("unknown passage") << with("/anticipationChecks/3/ref/passage", QStringLiteral("nowhere"))
                                     << QStringLiteral("bad.json: /anticipationChecks/3/ref/passage: unknown passage \"nowhere\"");
    QTest::newRow("quote not in passage") << with("/anticipationChecks/3/ref/quote/zh_CN", QStringLiteral("不在其中"))
                                          << QStringLiteral("bad.json: /anticipationChecks/3/ref/quote/zh_CN: \"不在其中\" does not occur");
    QTest::newRow("bad date") << with("/anticipationChecks/0/date", QStringLiteral("2026-13"))
                              << QStringLiteral("bad.json: /anticipationChecks/0/date: \"2026-13\" is not a date YYYY-MM or YYYY-MM-DD");
    QTest::newRow("year only") << with("/anticipationChecks/0/date", QStringLiteral("2026"))
                               << QStringLiteral("bad.json: /anticipationChecks/0/date: \"2026\" is not a date");
    QTest::newRow("bad as-of") << with("/asOf", QStringLiteral("2026-12"))
                               << QStringLiteral("bad.json: /asOf: \"2026-12\" is not a date YYYY-MM-DD");
    QTest::newRow("bad document date") << with("/documentDate", QStringLiteral("early 2026"))
                                       << QStringLiteral("bad.json: /documentDate: \"early 2026\" is not a date YYYY-MM");
    QTest::newRow("missing outcome text") << with("/anticipationChecks/7/outcomeText", QJsonValue::Undefined)
                                          << QStringLiteral("bad.json: /anticipationChecks/7: missing required field \"outcomeText\"");
    QTest::newRow("duplicate id") << with("/anticipationChecks/1/id", QStringLiteral("antic-01"))
                                  << QStringLiteral("bad.json: /anticipationChecks/1/id: duplicate id \"antic-01\"");
    QTest::newRow("unknown mode") << with("/scores/152/mode", QStringLiteral("turbo"))
                                  << QStringLiteral("bad.json: /scores/152/mode: unknown mode \"turbo\"");
    QTest::newRow("unknown further source") << with("/models/21/furtherSources/0", QStringLiteral("Z9"))
                                            << QStringLiteral("bad.json: /models/21/furtherSources/0: unknown source \"Z9\"");
    QTest::newRow("apiOnly not a bool") << with("/models/21/apiOnly", QStringLiteral("yes"))
                                        << QStringLiteral("bad.json: /models/21/apiOnly: expected true or false");
}

void TestSince::brokenLayer()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QStringList lines = problemsOf(data);
    QVERIFY(!lines.isEmpty());
    const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(expected); });
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\", got:\n%2").arg(expected, lines.mid(0, 5).join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestSince)
#include "tst_since.moc"
