#include "core/cost/selfhosting.h"

#include <QLocale>

#include <cmath>

QString SelfHosting::amountText(const std::optional<double> &v, const QString &currency)
{
    if (!v)
        return tr("not known");
    const QString amount = QLocale().toString(*v, 'f', *v < 1 ? 4 : 2);
    return currency.isEmpty() ? amount : tr("%1 %2").arg(amount, currency);
}

SelfHostingEstimate SelfHosting::estimate(const SelfHostingInput &in)
{
    SelfHostingEstimate e;
    e.assumptions << tr("An estimate, not a quote.")
                  << tr("Weights: total parameters × %1 bits per weight / 8.").arg(in.bitsPerWeight)
                  << tr("Memory beyond the weights (KV cache, activations, runtime): %1 GB.").arg(in.extraMemoryGB)
                  << (in.gpus ? tr("GPUs needed: the fewest of %1 GB each that hold the weights, KV cache and "
                                   "overhead at the context, as the Fit view counts them (each GPU's memory on its own).")
                                    .arg(in.gpuMemoryGB)
                              : tr("GPUs needed: the memory divided by one GPU's %1 GB, rounded up; no parallelism overhead.")
                                    .arg(in.gpuMemoryGB))
                  << tr("Cost per million tokens: GPU hours per million tokens at the throughput you typed × your "
                        "hourly price per GPU; idle time not counted (the always-on figure counts %1 hours a month).")
                         .arg(HoursPerMonth);
    if (in.throughputFromFit)
        e.assumptions << tr("Throughput: the Fit view's decode upper bound (memory bandwidth ÷ bytes read per token); "
                            "real throughput is lower, so the cost per token is a floor.");
    if (!in.totalParamsB)
        e.missing << tr("the model's parameter count is not stated");
    if (in.gpuMemoryGB <= 0)
        e.missing << tr("no GPU memory given");
    if (!in.gpuHourPrice)
        e.missing << tr("no hourly GPU price given");
    if (!in.tokensPerSecond || *in.tokensPerSecond <= 0)
        e.missing << tr("no throughput given");
    if (in.totalParamsB)
        e.weightsGB = *in.totalParamsB * in.bitsPerWeight / 8; // 1e9 parameters × bits / 8 bytes = GB
    if (in.gpus)
        e.gpus = in.gpus;
    else if (e.weightsGB && in.gpuMemoryGB > 0)
        e.gpus = std::max(1, int(std::ceil((*e.weightsGB + in.extraMemoryGB) / in.gpuMemoryGB - 1e-9)));
    if (e.gpus && in.gpuHourPrice) {
        e.alwaysOnMonthly = *e.gpus * *in.gpuHourPrice * HoursPerMonth;
        if (in.tokensPerSecond && *in.tokensPerSecond > 0) {
            const double hoursPerMTok = 1e6 / *in.tokensPerSecond / 3600;
            e.costPerMTok = *e.gpus * *in.gpuHourPrice * hoursPerMTok;
            e.monthlyCost = *e.costPerMTok * in.monthlyMTok;
            e.busyHours = hoursPerMTok * in.monthlyMTok;
            if (*e.busyHours > HoursPerMonth)
                e.warnings << tr("At this throughput the month's tokens need %1 hours, more than the %2 a month has: "
                                 "one deployment cannot serve them; it takes %3 copies of it.")
                                  .arg(QLocale().toString(*e.busyHours, 'f', 0))
                                  .arg(HoursPerMonth)
                                  .arg(int(std::ceil(*e.busyHours / HoursPerMonth)));
        }
    }
    return e;
}

std::optional<FitResult> SelfHosting::fewestDevices(const Dataset &dataset, const Model &model, FitRequest request,
                                                    int *count, int maxCount)
{
    for (int n = 1; n <= maxCount; ++n) {
        request.count = n;
        const FitResult f = Fit::compute(dataset, model, request);
        if (f.verdict == FitResult::Verdict::Unknown)
            return std::nullopt;
        if (f.verdict == FitResult::Verdict::Fits || f.verdict == FitResult::Verdict::Tight) {
            if (count)
                *count = n;
            return f;
        }
    }
    return std::nullopt;
}

SelfHostingInput SelfHosting::fromFit(const Dataset &dataset, const Model &model, const FitRequest &request,
                                      std::optional<double> gpuHourPrice, const QString &currency,
                                      std::optional<double> typedTokensPerSecond, double monthlyMTok)
{
    SelfHostingInput in;
    in.totalParamsB = model.totalParamsB;
    in.bitsPerWeight = request.weights ? request.weights->bitsPerWeight : 16;
    in.gpuMemoryGB = request.memoryGB;
    in.gpuHourPrice = gpuHourPrice;
    in.currency = currency;
    in.monthlyMTok = monthlyMTok;
    in.tokensPerSecond = typedTokensPerSecond;
    int count = 0;
    const std::optional<FitResult> fit = fewestDevices(dataset, model, request, &count);
    if (!fit)
        return in;
    in.gpus = count;
    if (fit->totalBytes && fit->weights.bytes)
        in.extraMemoryGB = double(*fit->totalBytes - *fit->weights.bytes) / 1e9;
    if (!typedTokensPerSecond && fit->decodeTokensPerSecond) {
        in.tokensPerSecond = *fit->decodeTokensPerSecond * std::max(1, request.sequences);
        in.throughputFromFit = true;
    }
    return in;
}
