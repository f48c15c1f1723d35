// The recommendation's robustness: how long the win probability takes for thousands of
// random importance draws (it must update live as an analyst-mode slider moves), and the
// whole live update (draws, smallest flip, the three readings) on the bundled dataset
// with every question answered. Beside it, the other computations an input change redoes
// for every model: the hardware fit (Fit::computeAll at each context step) and the monthly
// cost (Cost::lines), each timed per change (goal: under 5 ms, docs/PERFORMANCE.md).
//
//   bench_recommend [--runs N] [--samples N]

#include "core/cost/cost.h"
#include "core/dataset/datasetloader.h"
#include "core/fit/fit.h"
#include "core/recommend/robustness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : fallback;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = argument(args, QStringLiteral("--runs"), 20);
    const int samples = argument(args, QStringLiteral("--samples"), SamplingOptions::DefaultSamples);
    const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
    if (!loaded.dataset)
        return 1;
    const Dataset &d = *loaded.dataset;
    QMap<QString, QString> answers; // the first option of every question that is asked
    const Recommender recommender(d);
    for (const Question &q : d.questions) {
        if (recommender.applies(q, answers) && !q.options.isEmpty())
            answers.insert(q.id, q.options.constFirst().id);
    }
    SamplingOptions options;
    options.samples = samples;
    options.band = 0.5;
    QList<double> draws;
    QList<double> live;
    double share = 0;
    for (int i = 0; i < runs; ++i) {
        options.seed = quint64(i + 1);
        QElapsedTimer t;
        t.start();
        const WinProbability p = Robustness::winProbability(recommender, answers, {}, options);
        draws.append(t.nsecsElapsed() / 1e6);
        share += p.share.value(p.families.value(0));
        t.restart();
        Robustness::winProbability(recommender, answers, {}, options);
        Robustness::smallestFlip(recommender, answers, {});
        Robustness::readings(d, answers);
        live.append(t.nsecsElapsed() / 1e6);
    }
    // A fit per change of the context (every model), and a cost per change of the workload.
    QList<double> fits;
    QList<double> costs;
    FitRequest request = FitRequest::defaults(d);
    Workload workload;
    workload.inputMTok = 1;
    workload.outputMTok = 1;
    const QDate reference = Cost::referenceDate(d);
    qsizetype fitted = 0;
    qsizetype priced = 0;
    for (int i = 0; i < runs; ++i) {
        request.context = 4096 << (i % 8);
        QElapsedTimer t;
        t.start();
        fitted = Fit::computeAll(d, request).size();
        fits.append(t.nsecsElapsed() / 1e6);
        workload.cachedShare = (i % 10) / 10.0;
        t.restart();
        priced = Cost::lines(d, workload, reference).size();
        costs.append(t.nsecsElapsed() / 1e6);
    }
    QTextStream out(stdout);
    out << "bench_recommend: " << runs << " runs, " << samples << " draws, " << recommender.effectiveAnswers(answers).size()
        << " answered questions, " << d.families.size() << " families\n"
        << "  win probability:  median " << QString::number(median(draws), 'f', 2) << " ms\n"
        << "  live update:      median " << QString::number(median(live), 'f', 2)
        << " ms (draws + smallest flip + three readings)\n"
        << "  (mean first-family share " << QString::number(share / runs, 'f', 3) << ")\n"
        << "  fit, every model: median " << QString::number(median(fits), 'f', 2) << " ms (" << fitted << " models)\n"
        << "  cost, every price: median " << QString::number(median(costs), 'f', 2) << " ms (" << priced << " lines)\n";
    return 0;
}
