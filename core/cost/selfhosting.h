#pragma once

#include "core/fit/fit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A self-hosting estimate: GPUs needed to hold a model at a precision, and what its tokens
// cost at the user's GPU price and throughput. Nothing here has a default a source does not
// give: the hourly price and the throughput are the user's, and the memory beyond the weights
// (KV cache, activations, runtime) is what the user or the fit view says, else 0 and listed
// as such among the assumptions.
struct SelfHostingInput
{
    std::optional<double> totalParamsB; // the model's total parameters, billions
    double bitsPerWeight = 16;          // the precision's bits per weight
    double gpuMemoryGB = 0;             // memory of one GPU, GB (10^9 bytes)
    double extraMemoryGB = 0;           // memory beyond the weights, GB
    std::optional<double> gpuHourPrice; // the user's price of one GPU hour
    QString currency;                   // the currency of that price
    std::optional<double> tokensPerSecond; // the deployment's total throughput, typed by the user
    double monthlyMTok = 0;                // tokens a month (input + output), millions
    std::optional<int> gpus; // from the fit view (the fewest devices that hold the model); else memory ÷ one GPU's
    bool throughputFromFit = false; // tokensPerSecond is the fit view's decode upper bound, not the user's
};

struct SelfHostingEstimate
{
    std::optional<double> weightsGB;
    std::optional<int> gpus;
    std::optional<double> costPerMTok;    // GPU hours per million tokens × the hourly price
    std::optional<double> monthlyCost;    // the month's tokens at that cost (GPUs paid only while busy)
    std::optional<double> alwaysOnMonthly; // the GPUs paid around the clock (730 hours)
    std::optional<double> busyHours;       // hours a month the GPUs run to serve the month's tokens
    QStringList warnings;                  // where the figures do not add up (more hours than a month has)
    QStringList missing;                   // what the estimate lacks, in words
    QStringList assumptions;               // what it rests on, in words
};

class SelfHosting
{
    Q_DECLARE_TR_FUNCTIONS(SelfHosting)

public:
    static constexpr double HoursPerMonth = 730; // 365 × 24 / 12
    static SelfHostingEstimate estimate(const SelfHostingInput &input);
    // An amount of the estimate as shown: "3.88 USD", "0.2778" without a currency, "not known".
    static QString amountText(const std::optional<double> &amount, const QString &currency);
    // The fewest devices (*count) of the request's kind (1 to maxCount) on which the model fits
    // (Fits or Tight) at the request's precision and context, with that fit; none when
    // none does or an input is not stated.
    static std::optional<FitResult> fewestDevices(const Dataset &dataset, const Model &model, FitRequest request,
                                                  int *count = nullptr, int maxCount = 64);
    // The estimate's input for a model on the request's hardware: its parameters and the
    // precision's bits, the GPUs needed from fewestDevices(), the throughput typed or else
    // that fit's decode upper bound (per sequence × sequences).
    static SelfHostingInput fromFit(const Dataset &dataset, const Model &model, const FitRequest &request,
                                    std::optional<double> gpuHourPrice, const QString &currency,
                                    std::optional<double> typedTokensPerSecond, double monthlyMTok);
};
