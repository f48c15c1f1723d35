#include "core/recommend/recommender.h"


#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {
// Scores are sums of products; differences closer than this count as equal.
constexpr double Epsilon = 1e-9;

double importanceOf(const QMap<QString, double> &importance, const QString &questionId)
{
    const double value = importance.value(questionId, Recommender::DefaultImportance);
    return std::isfinite(value) && value > 0 ? value : 0;
}
} // namespace

Recommender::Recommender(const Dataset &dataset, WeightCounting counting)
    : m_dataset(dataset)
    , m_counting(counting)
{
}

QString Recommender::evidenceStatus(const QuestionWeight &weight) const
{
    QString least;
    for (const QString &id : weight.evidence) {
        const AnticipationCheck *check = m_dataset.anticipationCheck(id);
        if (check && (least.isEmpty() || m_dataset.statusRank(check->status) > m_dataset.statusRank(least)))
            least = check->status;
    }
    return least;
}

bool Recommender::restsOnUnshipped(const QuestionWeight &weight) const
{
    const QString status = evidenceStatus(weight);
    return status == QLatin1String("anticipated") || status == QLatin1String("rumored");
}

double Recommender::weightFactor(const QuestionWeight &weight) const
{
    if (m_counting.asTurnedOut) {
        // The least of the outcomes' factors: a weight is as good as its weakest support.
        double factor = 1;
        for (const QString &id : weight.evidence) {
            const AnticipationCheck *check = m_dataset.anticipationCheck(id);
            if (const Outcome *outcome = check ? m_dataset.outcome(check->outcome) : nullptr)
                factor = std::min(factor, outcome->factor);
        }
        return factor;
    }
    return restsOnUnshipped(weight) ? m_counting.unshipped : 1;
}

bool Recommender::applies(const Question &question, const QMap<QString, QString> &answers) const
{
    if (question.whenQuestion.isEmpty())
        return true;
    const Question *condition = m_dataset.question(question.whenQuestion);
    if (!condition)
        return true;
    // The condition's own answer counts only where its question is asked.
    QString answer = applies(*condition, answers) ? answers.value(condition->id) : QString();
    if (answer.isEmpty())
        answer = Question::noPreference();
    return question.whenOptions.contains(answer);
}

QMap<QString, QString> Recommender::effectiveAnswers(const QMap<QString, QString> &answers) const
{
    QMap<QString, QString> result;
    for (const Question &q : m_dataset.questions) {
        const QString answer = answers.value(q.id);
        if (!answer.isEmpty() && answer != Question::noPreference() && q.option(answer) && applies(q, answers))
            result.insert(q.id, answer);
    }
    return result;
}

QString Recommender::validate(const QMap<QString, QString> &answers) const
{
    QStringList questionIds;
    for (const Question &q : m_dataset.questions)
        questionIds.append(q.id);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Question *q = m_dataset.question(it.key());
        if (!q)
            return tr("unknown question \"%1\"; the questions are: %2")
                .arg(it.key(), questionIds.join(QStringLiteral(", ")));
        if (it.value() != Question::noPreference() && !q->option(it.value()))
            return tr("question \"%1\" has no option \"%2\"; its options are: %3, %4")
                .arg(q->id, it.value(), q->optionIds().join(QStringLiteral(", ")), Question::noPreference());
    }
    return {};
}

QString Recommender::decide(const QMap<QString, double> &scores, QStringList *ranking, double *margin) const
{
    QStringList order;
    for (const Family &f : m_dataset.families)
        order.append(f.id);
    std::stable_sort(order.begin(), order.end(), [&scores](const QString &a, const QString &b) {
        return scores.value(a) > scores.value(b) + Epsilon;
    });
    const double m = order.size() > 1 ? scores.value(order.at(0)) - scores.value(order.at(1)) : 0;
    if (ranking)
        *ranking = order;
    if (margin)
        *margin = m;
    if (order.isEmpty())
        return Recommendation::tieId();
    if (order.size() > 1 && (m <= Epsilon || m + Epsilon < m_dataset.tieThreshold))
        return Recommendation::tieId();
    return order.constFirst();
}

Recommendation Recommender::score(const QMap<QString, QString> &answers, const QMap<QString, double> &importance) const
{
    Recommendation r;
    r.answers = effectiveAnswers(answers);
    for (const Family &f : m_dataset.families)
        r.scores.insert(f.id, 0);
    for (const Question &q : m_dataset.questions) {
        const QString answer = r.answers.value(q.id);
        if (answer.isEmpty())
            continue;
        const double factor = importanceOf(importance, q.id);
        const QuestionOption *option = q.option(answer);
        for (const QuestionWeight &w : option->weights) {
            const double weight = w.weight * factor * weightFactor(w);
            if (!r.scores.contains(w.family) || weight == 0)
                continue;
            r.scores[w.family] += weight;
            r.reasons.append({w.reason, w.family, weight, w.ref, q.id, option->id, restsOnUnshipped(w), evidenceStatus(w)});
        }
        if (m_dataset.verdict(answer) && !r.verdicts.contains(answer))
            r.verdicts.append(answer);
    }
    std::stable_sort(r.reasons.begin(), r.reasons.end(), [](const Reason &a, const Reason &b) {
        return std::abs(a.weight) > std::abs(b.weight) + Epsilon;
    });
    r.recommendation = decide(r.scores, &r.ranking, &r.margin);
    return r;
}

Recommendation Recommender::recommend(const QMap<QString, QString> &answers, const QMap<QString, double> &importance) const
{
    Recommendation r = score(answers, importance);
    for (const Question &q : m_dataset.questions) {
        if (!applies(q, answers))
            continue;
        const QString current = r.answers.value(q.id, Question::noPreference());
        QStringList alternatives = q.optionIds();
        alternatives.append(Question::noPreference());
        for (const QString &option : std::as_const(alternatives)) {
            if (option == current)
                continue;
            QMap<QString, QString> changed = answers;
            changed.insert(q.id, option);
            const QString outcome = score(changed, importance).recommendation;
            if (outcome != r.recommendation)
                r.flips.append({q.id, option, outcome});
        }
    }
    return r;
}

Sensitivity Recommender::sensitivity(const QMap<QString, QString> &answers, const QMap<QString, double> &importance,
                                     const QString &questionId, double maxImportance) const
{
    Sensitivity s;
    s.question = questionId;
    s.importance = importanceOf(importance, questionId);
    const QString current = score(answers, importance).recommendation;

    // Each family's score is linear in this question's importance x: base + x * slope.
    QMap<QString, double> without = importance;
    without.insert(questionId, 0);
    const Recommendation base = score(answers, without);
    QMap<QString, double> unit = without;
    unit.insert(questionId, 1);
    const Recommendation one = score(answers, unit);

    QList<double> candidates{0, maxImportance};
    const QStringList families = base.scores.keys();
    for (qsizetype i = 0; i < families.size(); ++i) {
        for (qsizetype j = i + 1; j < families.size(); ++j) {
            const QString &a = families.at(i);
            const QString &b = families.at(j);
            const double slope = (one.scores.value(a) - base.scores.value(a)) - (one.scores.value(b) - base.scores.value(b));
            if (std::abs(slope) <= Epsilon)
                continue;
            const double gap = base.scores.value(a) - base.scores.value(b);
            for (const double target : {0.0, m_dataset.tieThreshold, -m_dataset.tieThreshold})
                candidates.append((target - gap) / slope);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [&s](double x, double y) {
        return std::abs(x - s.importance) < std::abs(y - s.importance);
    });
    constexpr double Step = 1e-6;
    for (const double x : std::as_const(candidates)) {
        if (!(x >= 0 && x <= maxImportance))
            continue;
        // Look just beyond the crossing, on the far side from the current importance.
        QList<double> probes;
        if (x > s.importance)
            probes = {std::min(x + Step, maxImportance), x};
        else if (x < s.importance)
            probes = {std::max(x - Step, 0.0), x};
        else
            probes = {std::min(x + Step, maxImportance), std::max(x - Step, 0.0)};
        for (const double probe : std::as_const(probes)) {
            QMap<QString, double> changed = importance;
            changed.insert(questionId, probe);
            const QString outcome = score(answers, changed).recommendation;
            if (outcome != current) {
                s.switchAt = x;
                s.switchTo = outcome;
                return s;
            }
        }
    }
    return s;
}

QJsonObject recommendationToJson(const Recommendation &recommendation)
{
    QJsonObject scores;
    for (auto it = recommendation.scores.cbegin(); it != recommendation.scores.cend(); ++it)
        scores.insert(it.key(), it.value());
    QJsonArray reasons;
    for (const Reason &reason : recommendation.reasons)
        reasons.append(QJsonObject{{QStringLiteral("text"), reason.text.text()},
                                   {QStringLiteral("family"), reason.family},
                                   {QStringLiteral("weight"), reason.weight}});
    QJsonArray flips;
    for (const Flip &flip : recommendation.flips)
        flips.append(QJsonObject{{QStringLiteral("question"), flip.question},
                                 {QStringLiteral("option"), flip.option},
                                 {QStringLiteral("recommendation"), flip.recommendation}});
    return QJsonObject{{QStringLiteral("recommendation"), recommendation.recommendation},
                       {QStringLiteral("scores"), scores},
                       {QStringLiteral("margin"), recommendation.margin},
                       {QStringLiteral("reasons"), reasons},
                       {QStringLiteral("flips"), flips}};
}
