#include "core/recommend/answers.h"
#include "core/dataset/datasetloader.h"
#include "core/recommend/recommender.h"

#include <QFile>
#include <QTest>

using Answers = QMap<QString, QString>;

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const Dataset> bundled()
    {
        static const DatasetLoader::Result result = DatasetLoader::loadBundled();
        return result.dataset;
    }
    static std::shared_ptr<const Dataset> small()
    {
        static const DatasetLoader::Result result =
            DatasetLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/three-families.json"));
        return result.dataset;
    }
    static QStringList flipList(const Recommendation &r)
    {
        QStringList result;
        for (const Flip &f : r.flips)
            result.append(f.question + QLatin1Char('=') + f.option + QLatin1String("->") + f.recommendation);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(bundled());
        QVERIFY(small());
    }

    // Answering only the use case reproduces each "Best For" verdict of the document.
    void verdicts_data()
    {
        QTest::addColumn<QString>("useCase");
        QTest::addColumn<QString>("winner");
        for (const Verdict &v : bundled()->verdicts)
            QTest::newRow(qPrintable(v.id)) << v.id << v.winner;
    }
    void verdicts()
    {
        QFETCH(QString, useCase);
        QFETCH(QString, winner);
        const Recommender recommender(*bundled());
        const Recommendation r = recommender.recommend({{QStringLiteral("use-case"), useCase}});
        QCOMPARE(r.recommendation, winner);
        QCOMPARE(r.verdicts, QStringList{useCase});
        QVERIFY(!r.reasons.isEmpty());
        for (const Reason &reason : r.reasons) {
            QCOMPARE(reason.ref.passage, QStringLiteral("verdict-") + useCase);
            QCOMPARE(reason.question, QStringLiteral("use-case"));
        }
    }
    void eightVerdictsAndContractIds()
    {
        const Dataset &d = *bundled();
        QCOMPARE(d.verdicts.size(), 8);
        const QMap<QString, QStringList> contract{
            {QStringLiteral("use-case"),
             {QStringLiteral("math-science-reasoning"), QStringLiteral("multilingual-enterprise"),
              QStringLiteral("edge-on-device"), QStringLiteral("cost-optimized-inference"),
              QStringLiteral("multimodal-agents"), QStringLiteral("codebase-analysis"), QStringLiteral("e-commerce"),
              QStringLiteral("fine-tuning"), QStringLiteral("general")}},
            {QStringLiteral("languages"), {QStringLiteral("english-chinese"), QStringLiteral("many")}},
            {QStringLiteral("modalities"), {QStringLiteral("text"), QStringLiteral("vision"), QStringLiteral("audio-video")}},
            {QStringLiteral("deployment"), {QStringLiteral("api"), QStringLiteral("self-hosted"), QStringLiteral("on-device")}},
            {QStringLiteral("region"), {QStringLiteral("asia-pacific"), QStringLiteral("western"), QStringLiteral("global")}},
            {QStringLiteral("priority"),
             {QStringLiteral("reasoning-depth"), QStringLiteral("versatility"), QStringLiteral("cost")}},
        };
        for (auto it = contract.cbegin(); it != contract.cend(); ++it) {
            const Question *q = d.question(it.key());
            QVERIFY2(q, qPrintable(it.key()));
            for (const QString &option : it.value())
                QVERIFY2(q->option(option), qPrintable(it.key() + QLatin1Char('=') + option));
        }
    }
    // Every weight of the bundled data points at a passage that holds its quote.
    void everyWeightIsTraceable()
    {
        const Dataset &d = *bundled();
        int weights = 0;
        for (const Question &q : d.questions) {
            for (const QuestionOption &o : q.options) {
                for (const QuestionWeight &w : o.weights) {
                    ++weights;
                    const auto passage = d.passage(w.ref.passage);
                    QVERIFY2(passage, qPrintable(w.ref.passage));
                    QVERIFY(!w.ref.quote.text().isEmpty());
                    QVERIFY(passage->text.text().contains(w.ref.quote.text()));
                    QVERIFY(!w.reason.text().isEmpty());
                }
            }
        }
        QVERIFY(weights > 20);
    }
    void noAnswersIsATie()
    {
        const Recommendation r = Recommender(*bundled()).recommend({});
        QCOMPARE(r.recommendation, QStringLiteral("tie"));
        QCOMPARE(r.margin, 0.0);
        QVERIFY(r.reasons.isEmpty());
        QVERIFY(!r.flips.isEmpty());
    }

    void flips_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<double>("margin");
        QTest::addColumn<QStringList>("ranking");
        QTest::addColumn<QStringList>("flips");
        QTest::newRow("speed") << Answers{{QStringLiteral("goal"), QStringLiteral("speed")}} << QStringLiteral("red") << 3.0
                               << QStringList{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")}
                               << QStringList{QStringLiteral("goal=range->green"), QStringLiteral("goal=none->tie"),
                                              QStringLiteral("goal=no-preference->tie")};
        QTest::newRow("range, small")
            << Answers{{QStringLiteral("goal"), QStringLiteral("range")}, {QStringLiteral("size"), QStringLiteral("small")}}
            << QStringLiteral("blue") << 1.0
            << QStringList{QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("red")}
            << QStringList{QStringLiteral("goal=speed->red"), QStringLiteral("size=large->tie"),
                           QStringLiteral("size=no-preference->green"), QStringLiteral("extra=yes->green")};
        // "extra" is asked for small sizes only: its answer does not count here.
        QTest::newRow("inapplicable answer ignored")
            << Answers{{QStringLiteral("goal"), QStringLiteral("range")},
                       {QStringLiteral("size"), QStringLiteral("large")},
                       {QStringLiteral("extra"), QStringLiteral("yes")}}
            << QStringLiteral("tie") << 0.0
            << QStringList{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")}
            << QStringList{QStringLiteral("goal=speed->red"), QStringLiteral("goal=none->red"),
                           QStringLiteral("goal=no-preference->red"), QStringLiteral("size=small->green"),
                           QStringLiteral("size=no-preference->green")};
        QTest::newRow("explicit no preference") << Answers{{QStringLiteral("goal"), QStringLiteral("no-preference")}}
                                                << QStringLiteral("tie") << 0.0
                                                << QStringList{QStringLiteral("red"), QStringLiteral("green"),
                                                               QStringLiteral("blue")}
                                                << QStringList{QStringLiteral("goal=speed->red"),
                                                               QStringLiteral("goal=range->green"),
                                                               QStringLiteral("size=small->blue"),
                                                               QStringLiteral("size=large->red")};
    }
    void flips()
    {
        QFETCH(Answers, answers);
        QFETCH(QString, recommendation);
        QFETCH(double, margin);
        QFETCH(QStringList, ranking);
        QFETCH(QStringList, flips);
        const Recommender recommender(*small());
        QVERIFY(recommender.validate(answers).isEmpty());
        const Recommendation r = recommender.recommend(answers);
        QCOMPARE(r.recommendation, recommendation);
        QCOMPARE(r.margin, margin);
        QCOMPARE(r.ranking, ranking);
        QCOMPARE(r.scores.size(), 3);
        QCOMPARE(flipList(r), flips);
        // Each flip, applied, gives what it says.
        for (const Flip &f : r.flips) {
            Answers changed = answers;
            changed.insert(f.question, f.option);
            QCOMPARE(recommender.recommend(changed).recommendation, f.recommendation);
        }
    }
    void reasonsRankedByWeight()
    {
        const Recommendation r = Recommender(*small()).recommend(
            {{QStringLiteral("goal"), QStringLiteral("range")}, {QStringLiteral("size"), QStringLiteral("large")}});
        QCOMPARE(r.reasons.size(), 4);
        QCOMPARE(r.reasons.at(0).weight, 2.0);
        QCOMPARE(r.reasons.at(0).family, QStringLiteral("green"));
        for (qsizetype i = 1; i < r.reasons.size(); ++i)
            QVERIFY(std::abs(r.reasons.at(i - 1).weight) >= std::abs(r.reasons.at(i).weight));
        QCOMPARE(r.reasons.constLast().weight, -1.0);
    }
    void importanceScales()
    {
        const Answers answers{{QStringLiteral("goal"), QStringLiteral("range")}, {QStringLiteral("size"), QStringLiteral("small")}};
        const Recommender recommender(*small());
        const Recommendation r = recommender.recommend(answers, {{QStringLiteral("goal"), 3.0}});
        QCOMPARE(r.scores.value(QStringLiteral("green")), 6.0);
        QCOMPARE(r.scores.value(QStringLiteral("blue")), 5.0);
        QCOMPARE(r.recommendation, QStringLiteral("green"));
        const Recommendation off = recommender.recommend(answers, {{QStringLiteral("size"), 0.0}});
        QCOMPARE(off.recommendation, QStringLiteral("green"));
        for (const Reason &reason : off.reasons)
            QVERIFY(reason.question != QLatin1String("size"));
    }
    void sensitivity_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<double>("switchAt");
        QTest::addColumn<QString>("switchTo");
        QTest::newRow("goal") << QStringLiteral("goal") << 1.5 << QStringLiteral("tie");
        QTest::newRow("size") << QStringLiteral("size") << 0.75 << QStringLiteral("tie");
        QTest::newRow("unanswered") << QStringLiteral("extra") << -1.0 << QString();
    }
    void sensitivity()
    {
        QFETCH(QString, question);
        QFETCH(double, switchAt);
        QFETCH(QString, switchTo);
        const Answers answers{{QStringLiteral("goal"), QStringLiteral("range")}, {QStringLiteral("size"), QStringLiteral("small")}};
        const Sensitivity s = Recommender(*small()).sensitivity(answers, {}, question);
        QCOMPARE(s.importance, 1.0);
        if (switchAt < 0) {
            QVERIFY(!s.switchAt);
            return;
        }
        QVERIFY(s.switchAt);
        QVERIFY(qAbs(*s.switchAt - switchAt) < 1e-6);
        QCOMPARE(s.switchTo, switchTo);
    }
    void validate_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("ok") << Answers{{QStringLiteral("goal"), QStringLiteral("speed")}} << QStringList();
        QTest::newRow("no preference") << Answers{{QStringLiteral("size"), QStringLiteral("no-preference")}}
                                       << QStringList();
        QTest::newRow("unknown question") << Answers{{QStringLiteral("colour"), QStringLiteral("red")}}
                                          << QStringList{QStringLiteral("\"colour\""), QStringLiteral("goal, size, extra")};
        QTest::newRow("unknown option") << Answers{{QStringLiteral("size"), QStringLiteral("huge")}}
                                        << QStringList{QStringLiteral("\"huge\""), QStringLiteral("\"size\""),
                                                       QStringLiteral("small, large, no-preference")};
    }
    void validate()
    {
        QFETCH(Answers, answers);
        QFETCH(QStringList, mentions);
        const QString error = Recommender(*small()).validate(answers);
        QCOMPARE(error.isEmpty(), mentions.isEmpty());
        for (const QString &m : mentions)
            QVERIFY2(error.contains(m), qPrintable(error));
    }

    // The loader's rules for questions, at the pointer of the offending value.
    void loaderRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("reserved option id") << QStringLiteral("\"id\": \"none\"")
                                            << QStringLiteral("\"id\": \"no-preference\"")
                                            << QStringLiteral("/questions/0/options/2/id: \"no-preference\" is reserved");
        QTest::newRow("when names a later question")
            << QStringLiteral("\"question\": \"size\"") << QStringLiteral("\"question\": \"extra\"")
            << QStringLiteral("/questions/2/when/question: \"extra\" is not a question asked before this one");
        QTest::newRow("when names an unknown option")
            << QStringLiteral("\"small\"\n") << QStringLiteral("\"tiny\"\n")
            << QStringLiteral("/questions/2/when/options/0: question \"size\" has no option \"tiny\"");
        QTest::newRow("unknown key") << QStringLiteral("\"criterion\": {") << QStringLiteral("\"criteria\": {")
                                     << QStringLiteral("/questions/0/criteria: unknown field");
        QTest::newRow("unknown family") << QStringLiteral("\"family\": \"blue\"") << QStringLiteral("\"family\": \"teal\"")
                                        << QStringLiteral("unknown family \"teal\"");
    }
    void loaderRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        QFile file(QStringLiteral(VERSUS_TEST_DATA "/three-families.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
        const DatasetLoader::Result result = DatasetLoader::loadData(text.toUtf8(), QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        QStringList problems;
        for (const Problem &p : result.problems)
            problems.append(p.toString());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void answersFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QByteArray(R"({"goal": "speed", "size": "no-preference"})") << QString();
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("syntax") << QByteArray("{\n  \"goal\": \"speed\",\n  \"size\" \"small\"\n}")
                                << QStringLiteral("a.json:3:11: missing name separator");
        QTest::newRow("not an object") << QByteArray(R"(["goal"])") << QStringLiteral("a.json: /: expected an object");
        QTest::newRow("number") << QByteArray(R"({"goal": 3})") << QStringLiteral("a.json: /goal: expected an option id");
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("a.json:1:1: the file is empty");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("a.json:1:");
        QTest::newRow("deep") << QByteArray(5000, '[') << QStringLiteral("a.json:1:");
        QTest::newRow("huge") << QByteArray(AnswersFile::MaxFileSize + 1, ' ') << QStringLiteral("a.json: over");
    }
    void answersFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        Answers answers;
        QString message;
        const bool ok = AnswersFile::parse(data, QStringLiteral("a.json"), &answers, &message);
        QCOMPARE(ok, error.isEmpty());
        if (!ok)
            QVERIFY2(message.startsWith(error), qPrintable(message));
    }
    void answersRoundTrip()
    {
        const Answers answers{{QStringLiteral("goal"), QStringLiteral("speed")}, {QStringLiteral("size"), QStringLiteral("small")}};
        Answers back;
        QVERIFY(AnswersFile::parse(AnswersFile::toJson(answers), QStringLiteral("x"), &back, nullptr));
        QCOMPARE(back, answers);
    }
    void assignment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ok") << QStringLiteral("use-case=general") << true;
        QTest::newRow("no equals") << QStringLiteral("use-case") << false;
        QTest::newRow("no option") << QStringLiteral("use-case=") << false;
        QTest::newRow("no question") << QStringLiteral("=general") << false;
        QTest::newRow("two equals") << QStringLiteral("a=b=c") << false;
    }
    void assignment()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString question, option;
        QCOMPARE(AnswersFile::parseAssignment(text, &question, &option), ok);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
