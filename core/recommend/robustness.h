#pragma once

#include "core/recommend/recommender.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// How sure a recommendation is when the criteria's importances are not known exactly
// (SMAA-style): the importances of the answered questions are drawn at random, many
// times, and each draw ranks the families.
struct SamplingOptions
{
    static constexpr int DefaultSamples = 4000;
    static constexpr quint64 DefaultSeed = 1;
    int samples = DefaultSamples;
    quint64 seed = DefaultSeed; // the same seed gives the same draws, on every machine
    // None: each importance uniform between 0 and Recommender::MaxImportance. A band b:
    // uniform within ±b of the importance given (clamped to 0..MaxImportance).
    std::optional<double> band;
};

struct WinProbability
{
    int samples = 0;
    QStringList families; // dataset order
    // The share of draws in which each family ranks first (families level within 1e-9
    // share the draw), summing to 1.
    QMap<QString, double> share;
    // For each family, the share of draws at each rank: [0] first, [1] second, ...
    QMap<QString, QList<double>> rankAcceptability;
    // For each family, the mean importance of each answered question over the draws it
    // wins (the "central weights" that make it win); empty when it never wins.
    QMap<QString, QMap<QString, double>> centralWeights;
};

// The three readings of a recommendation's evidence (issue 15 and 20).
struct Readings
{
    Recommendation asDocument;        // the document's words, every weight at full
    Recommendation withoutUnshipped;  // rumored and anticipated evidence counts zero
    Recommendation asTurnedOut;       // each anticipation counts by what became of it
    // Reasons of asDocument resting on rumored or anticipated evidence.
    QList<Reason> unshippedReasons;
};

// Everything the result page, the report and the JSON say about how sure a
// recommendation is, for one set of answers and importances.
struct RobustnessSummary
{
    double unshipped = 1; // how rumored and anticipated evidence counted (1, 0.5, 0)
    Recommendation counted; // the recommendation with that counting
    WinProbability probability;
    std::optional<Sensitivity> smallestFlip;
    Readings readings;
    SamplingOptions sampling;
};

class Robustness
{
    Q_DECLARE_TR_FUNCTIONS(Robustness)

public:
    // Draws importances for the answered questions and ranks the families each time.
    // Thousands of draws take a few milliseconds (bench/bench_recommend).
    static WinProbability winProbability(const Recommender &recommender, const QMap<QString, QString> &answers,
                                         const QMap<QString, double> &importance, const SamplingOptions &options = {});

    // The smallest change of one answered question's importance (within 0..MaxImportance)
    // that changes the recommendation: analyst mode's breakpoint (Recommender::sensitivity)
    // nearest to its current importance, the first question winning among equals. None
    // when no importance change does.
    static std::optional<Sensitivity> smallestFlip(const Recommender &recommender,
                                                   const QMap<QString, QString> &answers,
                                                   const QMap<QString, double> &importance);
    // "If Languages mattered 1.8× as much, Qwen would lead."
    static QString smallestFlipText(const Dataset &dataset, const Sensitivity &flip);

    // The recommendation read three ways, with the same answers and importances.
    static Readings readings(const Dataset &dataset, const QMap<QString, QString> &answers,
                             const QMap<QString, double> &importance = {});

    // All of it, with rumored and anticipated evidence counted at `unshipped` (the win
    // probability and the smallest flip too; the readings always as they are defined).
    static RobustnessSummary summarize(const Dataset &dataset, const QMap<QString, QString> &answers,
                                       const QMap<QString, double> &importance, double unshipped = 1,
                                       const SamplingOptions &sampling = {});
};

// The JSON of winProbability, rankAcceptability and smallestFlip as `--recommend --json`
// adds them (CONTRACT.md), and the readings' withoutUnshipped / asTurnedOut.
QJsonObject winProbabilityToJson(const WinProbability &probability);
QJsonObject rankAcceptabilityToJson(const WinProbability &probability);
QJsonObject centralWeightsToJson(const WinProbability &probability);
QJsonValue smallestFlipToJson(const Dataset &dataset, const std::optional<Sensitivity> &flip);
// Adds to a recommendation's JSON what CONTRACT.md's --recommend --json carries beyond it:
// winProbability, rankAcceptability, centralWeights, smallestFlip, withoutUnshipped,
// asTurnedOut (family ids or "tie") and sampling {samples, seed, band or null}.
void addRobustnessToJson(QJsonObject *object, const Dataset &dataset, const QMap<QString, QString> &answers,
                         const QMap<QString, double> &importance, const SamplingOptions &options);
