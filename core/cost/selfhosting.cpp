#include "core/cost/selfhosting.h"

#include <cmath>

SelfHostingEstimate SelfHosting::estimate(const SelfHostingInput &in)
{
    SelfHostingEstimate e;
    e.assumptions << tr("An estimate, not a quote.")
                  << tr("Weights: total parameters × %1 bits per weight / 8.").arg(in.bitsPerWeight)
                  << tr("Memory beyond the weights (KV cache, activations, runtime): %1 GB.").arg(in.extraMemoryGB)
                  << tr("GPUs needed: the memory divided by one GPU's %1 GB, rounded up; no parallelism overhead.")
                         .arg(in.gpuMemoryGB)
                  << tr("Cost per million tokens: GPU hours per million tokens at the throughput you typed × your "
                        "hourly price per GPU; idle time not counted (the always-on figure counts %1 hours a month).")
                         .arg(HoursPerMonth);
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
    if (e.weightsGB && in.gpuMemoryGB > 0)
        e.gpus = std::max(1, int(std::ceil((*e.weightsGB + in.extraMemoryGB) / in.gpuMemoryGB - 1e-9)));
    if (e.gpus && in.gpuHourPrice) {
        e.alwaysOnMonthly = *e.gpus * *in.gpuHourPrice * HoursPerMonth;
        if (in.tokensPerSecond && *in.tokensPerSecond > 0) {
            const double hoursPerMTok = 1e6 / *in.tokensPerSecond / 3600;
            e.costPerMTok = *e.gpus * *in.gpuHourPrice * hoursPerMTok;
            e.monthlyCost = *e.costPerMTok * in.monthlyMTok;
        }
    }
    return e;
}
