#pragma once

#include "core/cost/cost.h"

// A price claim of the document (Dataset::priceClaims) checked from the prices in force on
// a day. The comparison it rests on: per currency (never converted), each model's lowest
// blended price among its standard prices in force (cache misses, no discount window, at the
// input:output ratio), then the median over each family's models. The claim holds in a
// currency where the claimed family's median is lower.
struct PriceFamilyFigures
{
    QString family;
    QStringList models;        // model ids, cheapest first
    QList<double> blended;     // their blended prices, same order
    double median() const;
    double lowest() const { return blended.isEmpty() ? 0 : blended.constFirst(); }
};

struct PriceComparison
{
    QString currency;
    PriceFamilyFigures claimed;
    PriceFamilyFigures other;
    bool holds() const { return claimed.median() < other.median(); }
};

class PriceClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(PriceClaimCheck)

public:
    enum class Verdict { Holds, DoesNotHold, Mixed, CannotCheck };

    static PriceClaimCheck check(const Dataset &dataset, const PriceClaim &claim, const QDate &on,
                                 double inputParts = Cost::DefaultInputParts,
                                 double outputParts = Cost::DefaultOutputParts);

    const PriceClaim *claim = nullptr;
    QDate on;
    double inputParts = Cost::DefaultInputParts;
    double outputParts = Cost::DefaultOutputParts;
    QList<PriceComparison> comparisons; // currencies where both families have prices
    Verdict verdict = Verdict::CannotCheck;

    QString verdictText() const;
    // The comparison in words: one line per currency, then how it was computed.
    QStringList detail(const Dataset &dataset) const;
};
