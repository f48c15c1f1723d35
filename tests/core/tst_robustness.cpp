// Win probability, rank acceptability, central weights and the smallest importance change
// that flips a recommendation, on small constructed datasets whose answers are known.

#include "core/dataset/datasetloader.h"
#include "core/recommend/robustness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using Answers = QMap<QString, QString>;

namespace {
QJsonObject text(const QString &en)
{
    return QJsonObject{{QStringLiteral("en"), en}};
}

QJsonObject weight(const QString &family, double value, const QStringList &evidence = {})
{
    QJsonObject w{{QStringLiteral("family"), family},
                  {QStringLiteral("weight"), value},
                  {QStringLiteral("reason"), text(family + QStringLiteral(" reason"))},
                  {QStringLiteral("ref"), QJsonObject{{QStringLiteral("passage"), QStringLiteral("p1")},
                                                      {QStringLiteral("quote"), text(QStringLiteral("alpha"))}}}};
    if (!evidence.isEmpty())
        w.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidence));
    return w;
}

// A question with one option "yes" carrying the weights.
QJsonObject question(const QString &id, const QJsonArray &weights)
{
    const QJsonObject option{{QStringLiteral("id"), QStringLiteral("yes")},
                             {QStringLiteral("label"), text(QStringLiteral("Yes"))},
                             {QStringLiteral("weights"), weights}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("criterion"), text(id.toUpper())},
                       {QStringLiteral("text"), text(id + QStringLiteral("?"))},
                       {QStringLiteral("options"), QJsonArray{option}}};
}

QJsonObject base(int families)
{
    QFile file(QStringLiteral(VERSUS_TEST_DATA "/three-families.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray kept;
    const QJsonArray all = o.value(QLatin1String("families")).toArray();
    for (int i = 0; i < families && i < all.size(); ++i)
        kept.append(all.at(i));
    o.insert(QStringLiteral("families"), kept);
    return o;
}

std::shared_ptr<const Dataset> load(const QJsonObject &object)
{
    const DatasetLoader::Result r =
        DatasetLoader::loadData(QJsonDocument(object).toJson(), QStringLiteral("constructed.json"));
    return r.dataset;
}

// Red and green, with the given questions; every question answered "yes".
std::shared_ptr<const Dataset> twoFamilies(const QJsonArray &questions)
{
    QJsonObject o = base(2);
    o.insert(QStringLiteral("questions"), questions);
    return load(o);
}

Answers allYes(const Dataset &d)
{
    Answers a;
    for (const Question &q : d.questions)
        a.insert(q.id, QStringLiteral("yes"));
    return a;
}

const QString red = QStringLiteral("red");
const QString green = QStringLiteral("green");

QJsonObject status(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), text(id)}, {QStringLiteral("description"), text(id)}};
}

QJsonObject check(const QString &id, const QString &statusId, const QString &outcome)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("claim"), text(id)},
                       {QStringLiteral("status"), statusId},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("outcomeText"), text(outcome)},
                       {QStringLiteral("detail"), text(QStringLiteral("what happened"))},
                       {QStringLiteral("sources"), QJsonArray{QStringLiteral("S1")}},
                       {QStringLiteral("ref"), QJsonObject{{QStringLiteral("passage"), QStringLiteral("p1")},
                                                           {QStringLiteral("quote"), text(QStringLiteral("alpha"))}}}};
}

// Red and green with statuses stated < anticipated < rumored, the four outcomes (factors
// 1, 0.5, 0, 1) and three checks: "said" (stated, shipped), "v4" (anticipated, with the
// given outcome) and "r2" (rumored, not shipped).
QJsonObject withEvidence(const QJsonArray &questions, const QString &v4Outcome)
{
    QJsonObject o = base(2);
    o.insert(QStringLiteral("statuses"), QJsonArray{status(QStringLiteral("stated")), status(QStringLiteral("anticipated")),
                                                    status(QStringLiteral("rumored"))});
    o.insert(QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                                                               {QStringLiteral("title"), text(QStringLiteral("A source"))},
                                                               {QStringLiteral("where"), QStringLiteral("https://example.org")},
                                                               {QStringLiteral("kind"), QStringLiteral("primary")}}});
    QJsonArray outcomes;
    const QList<QPair<QString, double>> factors{{QStringLiteral("shipped"), 1}, {QStringLiteral("shipped-differently"), 0.5},
                                                {QStringLiteral("not-shipped"), 0}, {QStringLiteral("unknown"), 1}};
    for (const auto &f : factors)
        outcomes.append(QJsonObject{{QStringLiteral("id"), f.first}, {QStringLiteral("name"), text(f.first)},
                                    {QStringLiteral("description"), text(f.first)}, {QStringLiteral("factor"), f.second}});
    o.insert(QStringLiteral("outcomes"), outcomes);
    o.insert(QStringLiteral("anticipationChecks"),
             QJsonArray{check(QStringLiteral("said"), QStringLiteral("stated"), QStringLiteral("shipped")),
                        check(QStringLiteral("v4"), QStringLiteral("anticipated"), v4Outcome),
                        check(QStringLiteral("r2"), QStringLiteral("rumored"), QStringLiteral("not-shipped"))});
    o.insert(QStringLiteral("questions"), questions);
    return o;
}

// Question a gives red 1, question b gives green 1.
std::shared_ptr<const Dataset> symmetric()
{
    return twoFamilies({question(QStringLiteral("a"), {weight(red, 1)}), question(QStringLiteral("b"), {weight(green, 1)})});
}
} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Red ahead on every question: it ranks first in every draw, green second.
    void dominantFamilyWinsEveryDraw()
    {
        const auto d = twoFamilies({question(QStringLiteral("a"), {weight(red, 2), weight(green, 1)}),
                                    question(QStringLiteral("b"), {weight(red, 1)})});
        QVERIFY(d);
        const WinProbability p = Robustness::winProbability(Recommender(*d), allYes(*d), {});
        QCOMPARE(p.samples, SamplingOptions::DefaultSamples);
        QCOMPARE(p.share.value(red), 1.0);
        QCOMPARE(p.share.value(green), 0.0);
        QCOMPARE(p.rankAcceptability.value(red), (QList<double>{1.0, 0.0}));
        QCOMPARE(p.rankAcceptability.value(green), (QList<double>{0.0, 1.0}));
        QVERIFY(p.centralWeights.value(green).isEmpty()); // it never wins
        QCOMPARE(p.centralWeights.value(red).keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    // Red gains x_a, green x_b, each uniform on [0, 3]: red wins when x_a > x_b, half the
    // time. With n = 20,000 draws the share's standard error is sqrt(0.25 / n) = 0.0035;
    // the tolerance is four of them, 0.015. Among red's wins x_a is the larger of two
    // uniforms (mean 2) and x_b the smaller (mean 1); their standard error is below 0.01
    // over ~10,000 wins, so 0.04 is a safe tolerance.
    void symmetricFamiliesHalfEach()
    {
        const auto d = symmetric();
        QVERIFY(d);
        SamplingOptions options;
        options.samples = 20000;
        const WinProbability p = Robustness::winProbability(Recommender(*d), allYes(*d), {}, options);
        QVERIFY2(std::abs(p.share.value(red) - 0.5) < 0.015, qPrintable(QString::number(p.share.value(red))));
        QVERIFY(std::abs(p.share.value(green) - 0.5) < 0.015);
        QVERIFY(std::abs(p.share.value(red) + p.share.value(green) - 1) < 1e-12);
        QVERIFY(std::abs(p.rankAcceptability.value(red).at(1) - p.share.value(green)) < 1e-12);
        const QMap<QString, double> central = p.centralWeights.value(red);
        QVERIFY2(std::abs(central.value(QStringLiteral("a")) - 2) < 0.04, qPrintable(QString::number(central.value(QStringLiteral("a")))));
        QVERIFY(std::abs(central.value(QStringLiteral("b")) - 1) < 0.04);
        QVERIFY(std::abs(p.centralWeights.value(green).value(QStringLiteral("b")) - 2) < 0.04);
    }

    // No answer: every draw is level, so the families share every rank equally.
    void levelFamiliesShareRanks()
    {
        const auto d = twoFamilies({question(QStringLiteral("a"), {weight(red, 1)})});
        QVERIFY(d);
        const WinProbability p = Robustness::winProbability(Recommender(*d), {}, {});
        QCOMPARE(p.share.value(red), 0.5);
        QCOMPARE(p.rankAcceptability.value(green), (QList<double>{0.5, 0.5}));
    }

    // Within ±0.4 of importances a = 2 and b = 1, x_a >= 1.6 > 1.4 >= x_b: red always wins;
    // uniformly it wins about half the time.
    void bandAroundTheSliders()
    {
        const auto d = symmetric();
        QVERIFY(d);
        SamplingOptions options;
        options.band = 0.4;
        const QMap<QString, double> importance{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}};
        const WinProbability p = Robustness::winProbability(Recommender(*d), allYes(*d), importance, options);
        QCOMPARE(p.share.value(red), 1.0);
        for (const double x : p.centralWeights.value(red))
            QVERIFY(x >= 0.6 - 1e-12 && x <= 2.4 + 1e-12);
    }

    void sameSeedSameDraws()
    {
        const auto d = symmetric();
        QVERIFY(d);
        SamplingOptions options;
        options.samples = 500;
        options.seed = 42;
        const Recommender recommender(*d);
        const WinProbability one = Robustness::winProbability(recommender, allYes(*d), {}, options);
        const WinProbability two = Robustness::winProbability(recommender, allYes(*d), {}, options);
        QCOMPARE(one.share, two.share);
        QCOMPARE(one.centralWeights, two.centralWeights);
        options.seed = 43;
        const WinProbability other = Robustness::winProbability(recommender, allYes(*d), {}, options);
        QVERIFY(other.share != one.share);
        options.samples = 0;
        const WinProbability none = Robustness::winProbability(recommender, allYes(*d), {}, options);
        QCOMPARE(none.samples, 0);
        QCOMPARE(none.share.value(red), 0.0);
    }

    // three-families.json, goal=range and size=small: green 2, blue 1 + 2 = 3, red 0.
    // Blue leads green by 1 against a tie threshold of 0.5. Goal's importance g gives
    // green 2g, blue g + 2: the lead 2 - g falls to 0.5 at g = 1.5. Size's s gives green 2,
    // blue 1 + 2s: 2s - 1 = 0.5 at s = 0.75. The nearer change is size, from 1 to 0.75.
    void smallestFlipIsTheNearestBreakpoint()
    {
        const DatasetLoader::Result loaded = DatasetLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/three-families.json"));
        QVERIFY(loaded.dataset);
        const Recommender recommender(*loaded.dataset);
        const Answers answers{{QStringLiteral("goal"), QStringLiteral("range")}, {QStringLiteral("size"), QStringLiteral("small")}};
        const std::optional<Sensitivity> flip = Robustness::smallestFlip(recommender, answers, {});
        QVERIFY(flip);
        QCOMPARE(flip->question, QStringLiteral("size"));
        QVERIFY(flip->switchAt);
        QVERIFY(std::abs(*flip->switchAt - 0.75) < 1e-6);
        QCOMPARE(flip->switchTo, QStringLiteral("tie"));
        // The very breakpoint analyst mode shows for that criterion.
        const Sensitivity analyst = recommender.sensitivity(answers, {}, QStringLiteral("size"));
        QCOMPARE(*flip->switchAt, *analyst.switchAt);
        QCOMPARE(Robustness::smallestFlipText(*loaded.dataset, *flip),
                 QStringLiteral("If “Size” mattered 0.75× as much, the result would be a tie."));
        // With size already at 0.8, goal's 1.5 is 0.5 away and size's 0.75 only 0.05.
        const QMap<QString, double> importance{{QStringLiteral("size"), 0.8}};
        const std::optional<Sensitivity> near = Robustness::smallestFlip(recommender, answers, importance);
        QVERIFY(near);
        QCOMPARE(near->question, QStringLiteral("size"));
        QCOMPARE(near->importance, 0.8);
    }

    // Red 3 on an anticipated statement against green 2 on nothing: red by 1 as the document
    // says; at half red has 1.5 (green leads by 0.5, the tie threshold); without it green
    // leads by 2. As things turned out it depends on what became of the anticipation.
    void discountingUnshippedEvidenceFlips()
    {
        const QJsonArray questions{question(QStringLiteral("a"), {weight(red, 3, {QStringLiteral("v4")})}),
                                   question(QStringLiteral("b"), {weight(green, 2, {QStringLiteral("said")})})};
        const auto shipped = load(withEvidence(questions, QStringLiteral("shipped")));
        QVERIFY(shipped);
        const Answers answers = allYes(*shipped);
        QCOMPARE(Recommender(*shipped).recommend(answers).recommendation, red);
        const Recommendation half = Recommender(*shipped, WeightCounting::withUnshippedAt(0.5)).recommend(answers);
        QCOMPARE(half.scores.value(red), 1.5);
        QCOMPARE(half.recommendation, green);
        const Readings r = Robustness::readings(*shipped, answers);
        QCOMPARE(r.asDocument.recommendation, red);
        QCOMPARE(r.withoutUnshipped.recommendation, green);
        QCOMPARE(r.withoutUnshipped.scores.value(red), 0.0);
        QCOMPARE(r.asTurnedOut.recommendation, red); // shipped: factor 1
        QCOMPARE(r.unshippedReasons.size(), 1);
        QCOMPARE(r.unshippedReasons.constFirst().family, red);
        QCOMPARE(r.unshippedReasons.constFirst().evidenceStatus, QStringLiteral("anticipated"));

        // The same anticipation not shipped (factor 0): as things turned out, green.
        const auto notShipped = load(withEvidence(questions, QStringLiteral("not-shipped")));
        QVERIFY(notShipped);
        const Readings n = Robustness::readings(*notShipped, answers);
        QCOMPARE(n.asDocument.recommendation, red);
        QCOMPARE(n.asTurnedOut.recommendation, green);
        QCOMPARE(n.asTurnedOut.scores.value(red), 0.0);
        // Shipped differently (factor 0.5): red 1.5 against 2, green by 0.5.
        const auto differently = load(withEvidence(questions, QStringLiteral("shipped-differently")));
        QVERIFY(differently);
        QCOMPARE(Robustness::readings(*differently, answers).asTurnedOut.scores.value(red), 1.5);
    }

    // A weight's evidence status is the least sure of its checks'; as things turned out it
    // counts by the least factor (stated+shipped 1, rumored+not shipped 0: 0).
    void leastSureEvidence()
    {
        const auto d = load(withEvidence({question(QStringLiteral("a"), {weight(red, 2, {QStringLiteral("said"), QStringLiteral("r2")})})},
                                         QStringLiteral("shipped")));
        QVERIFY(d);
        const QuestionWeight &w = d->questions.constFirst().options.constFirst().weights.constFirst();
        QCOMPARE(w.evidence, (QStringList{QStringLiteral("said"), QStringLiteral("r2")}));
        const Recommender recommender(*d);
        QCOMPARE(recommender.evidenceStatus(w), QStringLiteral("rumored"));
        QVERIFY(recommender.restsOnUnshipped(w));
        QCOMPARE(Recommender(*d, WeightCounting::turnedOut()).weightFactor(w), 0.0);
        QCOMPARE(recommender.weightFactor(w), 1.0);
    }

    // An unknown anticipation check id is a located error.
    void unknownEvidenceIsLocated()
    {
        QJsonObject o = withEvidence({question(QStringLiteral("a"), {weight(red, 2, {QStringLiteral("v5")})})}, QStringLiteral("shipped"));
        const DatasetLoader::Result r = DatasetLoader::loadData(QJsonDocument(o).toJson(), QStringLiteral("constructed.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.constFirst().pointer, QStringLiteral("/questions/0/options/0/weights/0/evidence/0"));
        QVERIFY2(r.problems.constFirst().message.contains(QStringLiteral("unknown anticipation check \"v5\"")),
                 qPrintable(r.problems.constFirst().toString()));
    }

    // The bundled dataset: the codebase-analysis verdict leans on the anticipated V4
    // (antic-05, antic-01, both shipped since): without unshipped evidence its 3 goes and the
    // answer is a tie; as things turned out DeepSeek still leads.
    void bundledCodebaseVerdict()
    {
        const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.dataset);
        const Readings r = Robustness::readings(*loaded.dataset, {{QStringLiteral("use-case"), QStringLiteral("codebase-analysis")}});
        QCOMPARE(r.asDocument.recommendation, QStringLiteral("deepseek"));
        QCOMPARE(r.withoutUnshipped.recommendation, QStringLiteral("tie"));
        QCOMPARE(r.asTurnedOut.recommendation, QStringLiteral("deepseek"));
        QCOMPARE(r.unshippedReasons.size(), 1);
        QCOMPARE(r.unshippedReasons.constFirst().evidenceStatus, QStringLiteral("anticipated"));
    }

    // One question: red +2 beats green +1 at every importance above 0; only "not at all"
    // makes it a tie.
    void smallestFlipToZero()
    {
        const auto d = twoFamilies({question(QStringLiteral("a"), {weight(red, 2), weight(green, 1)})});
        QVERIFY(d);
        const std::optional<Sensitivity> flip = Robustness::smallestFlip(Recommender(*d), allYes(*d), {});
        QVERIFY(flip);
        // The tie threshold is 0.5: the lead x * (2 - 1) reaches it at x = 0.5.
        QVERIFY(std::abs(*flip->switchAt - 0.5) < 1e-6);
        QCOMPARE(Robustness::smallestFlipText(*d, *flip), QStringLiteral("If “A” mattered 0.5× as much, the result would be a tie."));
        const QJsonObject json = smallestFlipToJson(*d, flip).toObject();
        QCOMPARE(json.value(QLatin1String("question")).toString(), QStringLiteral("a"));
        QCOMPARE(json.value(QLatin1String("recommendation")).toString(), QStringLiteral("tie"));
        QVERIFY(smallestFlipToJson(*d, std::nullopt).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
