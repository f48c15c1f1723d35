#include "core/recommend/answers.h"
#include "app/cli/commandline.h"
#include "core/recommend/followup.h"
#include "render/recommend/followupreport.h"
#include "render/recommend/recommendationrenderer.h"
#include "core/recommend/recommender.h"
#include "core/recommend/robustness.h"

#include <QJsonDocument>

namespace {
QString familyName(const Dataset &dataset, const QString &id)
{
    if (const Family *f = dataset.family(id))
        return f->name.text();
    return id == Recommendation::tieId() ? CommandLine::tr("a tie") : id;
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

// Win probability, the smallest importance change and the three readings, as text.
void printRobustness(const CliContext &context, const QMap<QString, QString> &answers, const SamplingOptions &sampling)
{
    const Dataset &dataset = *context.dataset;
    const Recommender recommender(dataset);
    const WinProbability p = Robustness::winProbability(recommender, answers, {}, sampling);
    QTextStream &out = context.out;
    out << CommandLine::tr("Win probability (%n random importance draws):", nullptr, p.samples) << Qt::endl;
    for (const QString &family : p.families)
        out << QStringLiteral("  %1\t%2").arg(familyName(dataset, family), number(p.share.value(family))) << Qt::endl;
    const std::optional<Sensitivity> flip = Robustness::smallestFlip(recommender, answers, {});
    out << CommandLine::tr("Smallest importance change:") << Qt::endl << QStringLiteral("  ")
        << (flip ? Robustness::smallestFlipText(dataset, *flip) : CommandLine::tr("none within the sliders' range"))
        << Qt::endl;
    const Readings readings = Robustness::readings(dataset, answers);
    out << CommandLine::tr("Without rumored or anticipated evidence: %1").arg(familyName(dataset, readings.withoutUnshipped.recommendation))
        << Qt::endl
        << CommandLine::tr("As things turned out: %1").arg(familyName(dataset, readings.asTurnedOut.recommendation))
        << Qt::endl;
}
} // namespace

int cliListQuestions(const CliContext &context)
{
    for (const Question &q : context.dataset->questions) {
        context.out << q.id << QLatin1Char('\t') << q.optionIds().join(QLatin1Char(',')) << QLatin1Char('\t')
                    << q.text.text() << Qt::endl;
    }
    return ExitOk;
}

int cliAnswers(const CliContext &context, QMap<QString, QString> *answers)
{
    AnswerExtras ignored;
    return cliAnswers(context, answers, &ignored);
}

int cliAnswers(const CliContext &context, QMap<QString, QString> *answers, AnswerExtras *extras)
{
    QMap<QString, QString> result;
    AnswerExtras followUps;
    const QString file = context.commandLine.answersFile();
    QString error;
    if (!file.isEmpty() && !AnswersFile::load(file, &result, &error, &followUps)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    for (const QString &assignment : context.commandLine.answers()) {
        QString question;
        QString option;
        if (!AnswersFile::parseAssignment(assignment, &question, &option)) {
            context.err << CommandLine::tr("versus: --answer takes QUESTION=OPTION, not \"%1\"").arg(assignment)
                        << Qt::endl;
            return ExitUsage;
        }
        result.insert(question, option);
    }
    error = Recommender(*context.dataset).validate(result);
    if (error.isEmpty())
        error = FollowUp::validate(*context.dataset, followUps);
    if (!error.isEmpty()) {
        context.err << (file.isEmpty() ? error : CommandLine::tr("%1: %2").arg(file, error)) << Qt::endl;
        return ExitBadInput;
    }
    if (!cliHardware(context, &followUps.hardware))
        return ExitBadInput;
    const CommandLine &cl = context.commandLine;
    if (cl.isSet(QStringLiteral("input-mtok")) || cl.isSet(QStringLiteral("output-mtok"))
        || cl.isSet(QStringLiteral("cached-share"))) {
        Workload w;
        w.inputMTok = followUps.workload.isSet() ? followUps.workload.inputMTok : 1;
        w.outputMTok = followUps.workload.isSet() ? followUps.workload.outputMTok : 1;
        if (!cliWorkload(cl, &w, &error)) {
            context.err << error << Qt::endl;
            return ExitBadInput;
        }
        followUps.workload = {w.inputMTok, w.outputMTok, w.cachedShare};
    }
    *answers = result;
    *extras = followUps;
    return ExitOk;
}

// The follow-up pages' part as text: the heading, the lines, a row a line, the notes.
static void printPart(QTextStream &out, const FollowUpReport::Part &part)
{
    out << part.heading << QLatin1Char(':') << Qt::endl;
    for (const QString &line : part.before)
        out << QStringLiteral("  ") << line << Qt::endl;
    for (const QStringList &row : part.rows)
        out << QStringLiteral("  ") << row.join(QLatin1Char('\t')) << Qt::endl;
    for (const QString &line : part.after)
        out << QStringLiteral("  ") << line << Qt::endl;
}

int cliRecommend(const CliContext &context)
{
    QMap<QString, QString> answers;
    AnswerExtras extras;
    if (const int status = cliAnswers(context, &answers, &extras); status != ExitOk)
        return status;
    SamplingOptions sampling;
    QString error;
    if (!context.commandLine.sampling(&sampling, &error)) {
        context.err << error << Qt::endl;
        return ExitUsage;
    }
    const Dataset &dataset = *context.dataset;
    const Recommendation r = Recommender(dataset).recommend(answers);
    if (context.commandLine.json()) {
        QJsonObject object = recommendationToJson(r);
        addRobustnessToJson(&object, dataset, answers, {}, sampling);
        if (const auto hardware = RecommendationRenderer::hardwareAdvice(dataset, r, extras))
            object.insert(QStringLiteral("hardwareFit"), FollowUp::toJson(*hardware));
        if (const auto workload = RecommendationRenderer::workloadAdvice(dataset, r, extras))
            object.insert(QStringLiteral("workloadCost"), FollowUp::toJson(*workload));
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = context.out;
    if (r.isTie())
        out << CommandLine::tr("Recommendation: a tie (margin %1)").arg(number(r.margin)) << Qt::endl;
    else
        out << CommandLine::tr("Recommendation: %1 (margin %2)").arg(familyName(dataset, r.recommendation), number(r.margin))
            << Qt::endl;
    out << CommandLine::tr("Scores:") << Qt::endl;
    for (const QString &family : r.ranking)
        out << QStringLiteral("  %1\t%2").arg(familyName(dataset, family), number(r.scores.value(family))) << Qt::endl;
    out << CommandLine::tr("Reasons:") << Qt::endl;
    if (r.reasons.isEmpty())
        out << QStringLiteral("  ") << CommandLine::tr("none: no answer favours a family") << Qt::endl;
    for (const Reason &reason : r.reasons)
        out << QStringLiteral("  %1%2\t%3\t%4 [%5]")
                   .arg(reason.weight > 0 ? QStringLiteral("+") : QString(), number(reason.weight),
                        familyName(dataset, reason.family), reason.text.text(), reason.ref.passage)
            << Qt::endl;
    out << CommandLine::tr("What would change it:") << Qt::endl;
    if (r.flips.isEmpty())
        out << QStringLiteral("  ") << CommandLine::tr("no single answer change") << Qt::endl;
    for (const Flip &flip : r.flips)
        out << QStringLiteral("  %1=%2\t%3").arg(flip.question, flip.option, familyName(dataset, flip.recommendation))
            << Qt::endl;
    printRobustness(context, answers, sampling);
    if (const auto hardware = RecommendationRenderer::hardwareAdvice(dataset, r, extras))
        printPart(out, FollowUpReport::hardwarePart(dataset, *hardware));
    if (const auto workload = RecommendationRenderer::workloadAdvice(dataset, r, extras))
        printPart(out, FollowUpReport::workloadPart(dataset, *workload));
    return ExitOk;
}
