#include "core/recommend/robustness.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
constexpr double Level = 1e-9; // scores closer than this rank level

// SplitMix64: tiny, fast and the same on every platform and standard library (the
// standard distributions are not), so a seed reproduces the same draws everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

// Each answered question's contribution to each family's score at importance 1:
// score(family) = sum over questions of importance(question) * contribution.
struct Contributions
{
    QStringList questions;
    QList<double> values; // questions.size() x families.size(), row by question
};

Contributions contributions(const Recommender &recommender, const QMap<QString, QString> &answers,
                            const QStringList &families)
{
    QMap<QString, double> unit;
    for (const Question &q : recommender.dataset().questions)
        unit.insert(q.id, 1);
    const Recommendation r = recommender.score(answers, unit);
    Contributions c;
    for (const Question &q : recommender.dataset().questions) {
        if (r.answers.contains(q.id))
            c.questions.append(q.id);
    }
    c.values.fill(0, c.questions.size() * families.size());
    for (const Reason &reason : r.reasons) {
        const qsizetype row = c.questions.indexOf(reason.question);
        const qsizetype column = families.indexOf(reason.family);
        if (row >= 0 && column >= 0)
            c.values[row * families.size() + column] += reason.weight;
    }
    return c;
}

QString factorText(double value)
{
    return QLocale().toString(value, 'g', 3);
}
} // namespace

WinProbability Robustness::winProbability(const Recommender &recommender, const QMap<QString, QString> &answers,
                                          const QMap<QString, double> &importance, const SamplingOptions &options)
{
    WinProbability result;
    for (const Family &f : recommender.dataset().families)
        result.families.append(f.id);
    const qsizetype nf = result.families.size();
    const Contributions c = contributions(recommender, answers, result.families);
    const qsizetype nq = c.questions.size();
    result.samples = std::max(options.samples, 0);

    QList<double> low(nq, 0);
    QList<double> high(nq, Recommender::MaxImportance);
    if (options.band) {
        const double band = std::abs(*options.band);
        for (qsizetype q = 0; q < nq; ++q) {
            double now = importance.value(c.questions.at(q), Recommender::DefaultImportance);
            now = std::isfinite(now) ? std::clamp(now, 0.0, Recommender::MaxImportance) : 0;
            low[q] = std::max(0.0, now - band);
            high[q] = std::min(Recommender::MaxImportance, now + band);
        }
    }

    QList<double> wins(nf, 0);
    QList<double> ranks(nf * nf, 0);      // family x rank
    QList<double> central(nf * nq, 0);    // family x question
    QList<double> x(nq, 0);
    QList<double> scores(nf, 0);
    QList<int> order(nf, 0);
    Random random(options.seed);
    for (int s = 0; s < result.samples; ++s) {
        for (qsizetype q = 0; q < nq; ++q)
            x[q] = low.at(q) + (high.at(q) - low.at(q)) * random.uniform();
        for (qsizetype f = 0; f < nf; ++f) {
            double sum = 0;
            for (qsizetype q = 0; q < nq; ++q)
                sum += x.at(q) * c.values.at(q * nf + f);
            scores[f] = sum;
            order[f] = int(f);
        }
        std::stable_sort(order.begin(), order.end(), [&scores](int a, int b) { return scores.at(a) > scores.at(b) + Level; });
        // Families level with each other share the ranks they occupy together.
        for (qsizetype start = 0; start < nf;) {
            qsizetype end = start + 1;
            while (end < nf && scores.at(order.at(start)) - scores.at(order.at(end)) <= Level)
                ++end;
            const double share = 1.0 / double(end - start);
            for (qsizetype i = start; i < end; ++i) {
                const int f = order.at(i);
                for (qsizetype rank = start; rank < end; ++rank)
                    ranks[f * nf + rank] += share;
                if (start == 0) {
                    wins[f] += share;
                    for (qsizetype q = 0; q < nq; ++q)
                        central[f * nq + q] += share * x.at(q);
                }
            }
            start = end;
        }
    }

    const double n = result.samples > 0 ? double(result.samples) : 1;
    for (qsizetype f = 0; f < nf; ++f) {
        const QString &family = result.families.at(f);
        result.share.insert(family, result.samples > 0 ? wins.at(f) / n : 0);
        QList<double> acceptability;
        for (qsizetype rank = 0; rank < nf; ++rank)
            acceptability.append(result.samples > 0 ? ranks.at(f * nf + rank) / n : 0);
        result.rankAcceptability.insert(family, acceptability);
        QMap<QString, double> weights;
        if (wins.at(f) > 0) {
            for (qsizetype q = 0; q < nq; ++q)
                weights.insert(c.questions.at(q), central.at(f * nq + q) / wins.at(f));
        }
        result.centralWeights.insert(family, weights);
    }
    return result;
}

std::optional<Sensitivity> Robustness::smallestFlip(const Recommender &recommender,
                                                     const QMap<QString, QString> &answers,
                                                     const QMap<QString, double> &importance)
{
    std::optional<Sensitivity> best;
    const QMap<QString, QString> answered = recommender.effectiveAnswers(answers);
    for (const Question &q : recommender.dataset().questions) {
        if (!answered.contains(q.id))
            continue;
        const Sensitivity s = recommender.sensitivity(answers, importance, q.id);
        if (!s.switchAt)
            continue;
        if (!best || std::abs(*s.switchAt - s.importance) < std::abs(*best->switchAt - best->importance) - Level)
            best = s;
    }
    return best;
}

QString Robustness::smallestFlipText(const Dataset &dataset, const Sensitivity &flip)
{
    const Question *q = dataset.question(flip.question);
    const QString criterion = q ? q->criterionText() : flip.question;
    const Family *family = dataset.family(flip.switchTo);
    const double to = flip.switchAt.value_or(flip.importance);
    if (to <= Level) {
        return family ? tr("If “%1” did not count at all, %2 would lead.").arg(criterion, family->name.text())
                      : tr("If “%1” did not count at all, the result would be a tie.").arg(criterion);
    }
    if (flip.importance <= Level) {
        return family ? tr("If “%1” counted ×%2 instead of not at all, %3 would lead.")
                            .arg(criterion, factorText(to), family->name.text())
                      : tr("If “%1” counted ×%2 instead of not at all, the result would be a tie.")
                            .arg(criterion, factorText(to));
    }
    const QString factor = factorText(to / flip.importance);
    return family ? tr("If “%1” mattered %2× as much, %3 would lead.").arg(criterion, factor, family->name.text())
                  : tr("If “%1” mattered %2× as much, the result would be a tie.").arg(criterion, factor);
}

Readings Robustness::readings(const Dataset &dataset, const QMap<QString, QString> &answers,
                              const QMap<QString, double> &importance)
{
    Readings r;
    r.asDocument = Recommender(dataset).recommend(answers, importance);
    r.withoutUnshipped = Recommender(dataset, WeightCounting::withUnshippedAt(0)).recommend(answers, importance);
    r.asTurnedOut = Recommender(dataset, WeightCounting::turnedOut()).recommend(answers, importance);
    for (const Reason &reason : std::as_const(r.asDocument.reasons)) {
        if (reason.unshipped)
            r.unshippedReasons.append(reason);
    }
    return r;
}

RobustnessSummary Robustness::summarize(const Dataset &dataset, const QMap<QString, QString> &answers,
                                         const QMap<QString, double> &importance, double unshipped,
                                         const SamplingOptions &sampling)
{
    RobustnessSummary s;
    s.unshipped = unshipped;
    s.sampling = sampling;
    const Recommender recommender(dataset, WeightCounting::withUnshippedAt(unshipped));
    s.counted = recommender.recommend(answers, importance);
    s.probability = winProbability(recommender, answers, importance, sampling);
    s.smallestFlip = smallestFlip(recommender, answers, importance);
    s.readings = readings(dataset, answers, importance);
    return s;
}

QJsonObject winProbabilityToJson(const WinProbability &probability)
{
    QJsonObject object;
    for (const QString &family : probability.families)
        object.insert(family, probability.share.value(family));
    return object;
}

QJsonObject rankAcceptabilityToJson(const WinProbability &probability)
{
    QJsonObject object;
    for (const QString &family : probability.families) {
        QJsonArray ranks;
        for (const double share : probability.rankAcceptability.value(family))
            ranks.append(share);
        object.insert(family, ranks);
    }
    return object;
}

QJsonObject centralWeightsToJson(const WinProbability &probability)
{
    QJsonObject object;
    for (const QString &family : probability.families) {
        QJsonObject weights;
        const QMap<QString, double> central = probability.centralWeights.value(family);
        for (auto it = central.cbegin(); it != central.cend(); ++it)
            weights.insert(it.key(), it.value());
        object.insert(family, weights);
    }
    return object;
}

QJsonValue smallestFlipToJson(const Dataset &dataset, const std::optional<Sensitivity> &flip)
{
    if (!flip || !flip->switchAt)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("question"), flip->question},
                       {QStringLiteral("importance"), flip->importance},
                       {QStringLiteral("switchAt"), *flip->switchAt},
                       {QStringLiteral("recommendation"), flip->switchTo},
                       {QStringLiteral("text"), Robustness::smallestFlipText(dataset, *flip)}};
}

void addRobustnessToJson(QJsonObject *object, const Dataset &dataset, const QMap<QString, QString> &answers,
                         const QMap<QString, double> &importance, const SamplingOptions &options)
{
    const RobustnessSummary s = Robustness::summarize(dataset, answers, importance, 1, options);
    object->insert(QStringLiteral("winProbability"), winProbabilityToJson(s.probability));
    object->insert(QStringLiteral("rankAcceptability"), rankAcceptabilityToJson(s.probability));
    object->insert(QStringLiteral("centralWeights"), centralWeightsToJson(s.probability));
    object->insert(QStringLiteral("smallestFlip"), smallestFlipToJson(dataset, s.smallestFlip));
    object->insert(QStringLiteral("withoutUnshipped"), s.readings.withoutUnshipped.recommendation);
    object->insert(QStringLiteral("asTurnedOut"), s.readings.asTurnedOut.recommendation);
    object->insert(QStringLiteral("sampling"),
                   QJsonObject{{QStringLiteral("samples"), options.samples},
                               {QStringLiteral("seed"), QString::number(options.seed)},
                               {QStringLiteral("band"), options.band ? QJsonValue(*options.band) : QJsonValue()}});
}
