#include "core/cost/priceclaimcheck.h"

#include <QLocale>

#include <algorithm>

namespace {
// Each model's lowest blended price in one currency, per family.
QHash<QString, QHash<QString, double>> lowestByModel(const Dataset &dataset, const QDate &on, const QString &currency,
                                                     double inputParts, double outputParts)
{
    QHash<QString, QHash<QString, double>> byFamily; // family -> model -> blended
    for (const Price *p : Cost::inForce(dataset, on)) {
        const Model *m = dataset.model(p->model);
        if (!m || p->discount || p->currency != currency || (p->tier && p->tier->minInputTokens > 0))
            continue;
        const double blended = Cost::blendedPrice(*p, inputParts, outputParts);
        QHash<QString, double> &models = byFamily[m->family];
        const auto it = models.constFind(m->id);
        if (it == models.cend() || blended < *it)
            models.insert(m->id, blended);
    }
    return byFamily;
}

PriceFamilyFigures figures(const QString &family, const QHash<QString, double> &models)
{
    PriceFamilyFigures f;
    f.family = family;
    QList<std::pair<double, QString>> sorted;
    for (auto it = models.cbegin(); it != models.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[value, model] : sorted) {
        f.models.append(model);
        f.blended.append(value);
    }
    return f;
}

QString money(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', value < 1 ? 3 : 2), currency);
}
} // namespace

double PriceFamilyFigures::median() const
{
    const qsizetype n = blended.size();
    if (n == 0)
        return 0;
    return n % 2 ? blended.at(n / 2) : (blended.at(n / 2 - 1) + blended.at(n / 2)) / 2;
}

PriceClaimCheck PriceClaimCheck::check(const Dataset &dataset, const PriceClaim &claim, const QDate &on,
                                       double inputParts, double outputParts)
{
    PriceClaimCheck c;
    c.claim = &claim;
    c.on = on;
    c.inputParts = inputParts;
    c.outputParts = outputParts;
    QStringList currencies;
    for (const Price *p : Cost::inForce(dataset, on)) {
        if (!currencies.contains(p->currency))
            currencies.append(p->currency);
    }
    int holding = 0;
    for (const QString &currency : std::as_const(currencies)) {
        const auto byFamily = lowestByModel(dataset, on, currency, inputParts, outputParts);
        if (byFamily.value(claim.family).isEmpty() || byFamily.value(claim.comparedWith).isEmpty())
            continue;
        c.comparisons.append({currency, figures(claim.family, byFamily.value(claim.family)),
                              figures(claim.comparedWith, byFamily.value(claim.comparedWith))});
        holding += c.comparisons.constLast().holds() ? 1 : 0;
    }
    if (c.comparisons.isEmpty())
        c.verdict = Verdict::CannotCheck;
    else if (holding == c.comparisons.size())
        c.verdict = Verdict::Holds;
    else
        c.verdict = holding == 0 ? Verdict::DoesNotHold : Verdict::Mixed;
    return c;
}

QString PriceClaimCheck::verdictText() const
{
    switch (verdict) {
    case Verdict::Holds: return tr("Holds in the list prices");
    case Verdict::DoesNotHold: return tr("Does not hold in the list prices");
    case Verdict::Mixed: return tr("Holds in some currencies only");
    case Verdict::CannotCheck: break;
    }
    return tr("Cannot be checked: no currency has prices of both families");
}

QStringList PriceClaimCheck::detail(const Dataset &dataset) const
{
    auto familyName = [&dataset](const QString &id) {
        const Family *f = dataset.family(id);
        return f ? f->name.text() : id;
    };
    QStringList lines;
    for (const PriceComparison &c : comparisons) {
        lines << tr("%1: median blended price %2 (%n model(s), lowest %3) for %4 against %5 (%6 models, lowest %7) "
                    "for %8.",
                    nullptr, int(c.claimed.models.size()))
                     .arg(c.currency, money(c.claimed.median(), c.currency), money(c.claimed.lowest(), c.currency),
                          familyName(c.claimed.family), money(c.other.median(), c.currency))
                     .arg(c.other.models.size())
                     .arg(money(c.other.lowest(), c.currency), familyName(c.other.family));
    }
    lines << tr("Prices in force on %1, per million tokens, blended %2:%3 (input on a cache miss : output); each model "
                "counts once, at its lowest standard price (no discount window, the lowest context band); currencies "
                "are compared separately, never converted.")
                 .arg(on.toString(Qt::ISODate))
                 .arg(inputParts)
                 .arg(outputParts);
    return lines;
}
