#include "core/cost/cost.h"

#include <algorithm>

namespace {
QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Prices that differ only in their tier and discount share this key.
QString groupKey(const Price &p)
{
    return QStringList{p.model, p.provider.text(QStringLiteral("en")), p.apiModel, p.currency, p.mode}.join(
        QChar(0x1f));
}

QString fullKey(const Price &p)
{
    QStringList key{groupKey(p)};
    if (p.tier)
        key << p.tier->label.text(QStringLiteral("en")) << QString::number(p.tier->minInputTokens)
            << QString::number(p.tier->maxInputTokens.value_or(-1));
    if (p.discount)
        key << p.discount->startUtc << p.discount->endUtc;
    return key.join(QChar(0x1e));
}

bool takes(const Price &p, qint64 requestInputTokens)
{
    return !p.tier || p.tier->contains(requestInputTokens);
}

// The first price of the list that takes requests of that many input tokens.
const Price *priceFor(const QList<const Price *> &prices, qint64 requestInputTokens)
{
    const auto it = std::find_if(prices.cbegin(), prices.cend(),
                                 [requestInputTokens](const Price *p) { return takes(*p, requestInputTokens); });
    return it == prices.cend() ? nullptr : *it;
}

CostLine costLine(const QList<const Price *> &standard, const QList<const Price *> &discounted,
                  const Workload &w, const QDate &reference, int maxAgeMonths)
{
    CostLine line;
    const Price *price = priceFor(standard, w.requestInputTokens);
    line.price = price ? price : standard.constFirst();
    line.possiblyOutdated = Cost::possiblyOutdated(*line.price, reference, maxAgeMonths);
    if (!price)
        return line;
    double cost = Cost::monthlyCost(*price, w, &line.cachedAtInputPrice);
    if (w.discountShare > 0) {
        line.discountPrice = priceFor(discounted, w.requestInputTokens);
        if (line.discountPrice) {
            bool cachedAtInput = false;
            cost = (1 - w.discountShare) * cost + w.discountShare * Cost::monthlyCost(*line.discountPrice, w, &cachedAtInput);
            line.cachedAtInputPrice = line.cachedAtInputPrice || cachedAtInput;
            line.possiblyOutdated = line.possiblyOutdated
                                    || Cost::possiblyOutdated(*line.discountPrice, reference, maxAgeMonths);
        } else {
            line.discountNotOffered = true;
        }
    }
    line.monthlyCost = cost;
    return line;
}
} // namespace

void CurrencyRates::set(const QString &from, const QString &to, double rate)
{
    m_rates.insert(from + QLatin1Char('>') + to, rate);
}

std::optional<double> CurrencyRates::convert(double amount, const QString &from, const QString &to) const
{
    if (from == to)
        return amount;
    const auto direct = m_rates.constFind(from + QLatin1Char('>') + to);
    if (direct != m_rates.cend() && *direct > 0)
        return amount * *direct;
    const auto inverse = m_rates.constFind(to + QLatin1Char('>') + from);
    if (inverse != m_rates.cend() && *inverse > 0)
        return amount / *inverse;
    return std::nullopt;
}

QDate Cost::newestDate(const Dataset &dataset)
{
    QDate newest;
    for (const Price &p : dataset.prices) {
        for (const QDate &d : {p.from, p.observed}) {
            if (d.isValid() && (!newest.isValid() || d > newest))
                newest = d;
        }
    }
    return newest;
}

QDate Cost::referenceDate(const Dataset &dataset)
{
    const QDate asOf = QDate::fromString(dataset.asOf, Qt::ISODate);
    return asOf.isValid() ? asOf : QDate::currentDate();
}

QList<const Price *> Cost::inForce(const Dataset &dataset, const QDate &day)
{
    QList<const Price *> result;
    QHash<QString, qsizetype> index;
    for (const Price &p : dataset.prices) {
        if (!p.inForceOn(day))
            continue;
        const QString key = fullKey(p);
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, result.size());
            result.append(&p);
        } else if (p.from.isValid() && (!result.at(*it)->from.isValid() || p.from > result.at(*it)->from)) {
            result[*it] = &p;
        }
    }
    return result;
}

QList<CostLine> Cost::lines(const Dataset &dataset, const Workload &workload, const QDate &reference, int maxAgeMonths)
{
    const QDate on = workload.on.isValid() ? workload.on : newestDate(dataset);
    QStringList order;
    QHash<QString, QList<const Price *>> standard, discounted;
    for (const Price *p : inForce(dataset, on)) {
        const QString key = groupKey(*p);
        if (!standard.contains(key) && !discounted.contains(key))
            order.append(key);
        (p->discount ? discounted : standard)[key].append(p);
    }
    QList<CostLine> result;
    for (const QString &key : std::as_const(order)) {
        if (!standard.value(key).isEmpty()) // a discount alone has no standard price to stand beside
            result.append(costLine(standard.value(key), discounted.value(key), workload, reference, maxAgeMonths));
    }
    return result;
}

double Cost::monthlyCost(const Price &price, const Workload &w, bool *cachedAtInputPrice)
{
    if (cachedAtInputPrice)
        *cachedAtInputPrice = !price.cachedInputPerMTok && w.cachedShare > 0;
    const double cached = price.cachedInputPerMTok.value_or(price.inputPerMTok);
    return w.inputMTok * (1 - w.cachedShare) * price.inputPerMTok + w.inputMTok * w.cachedShare * cached
           + w.outputMTok * price.outputPerMTok;
}

double Cost::blendedPrice(const Price &price, double inputParts, double outputParts)
{
    const double parts = inputParts + outputParts;
    if (parts <= 0)
        return 0;
    return (inputParts * price.inputPerMTok + outputParts * price.outputPerMTok) / parts;
}

bool Cost::possiblyOutdated(const Price &price, const QDate &reference, int maxAgeMonths)
{
    const QDate date = price.date();
    return !date.isValid() || date.addMonths(maxAgeMonths) < reference;
}

QString Cost::missingPrice(const Dataset &dataset, const QString &modelId, const QDate &on)
{
    const bool any = std::any_of(dataset.prices.cbegin(), dataset.prices.cend(),
                                 [&modelId](const Price &p) { return p.model == modelId; });
    if (!any)
        return tr("no price in the dataset");
    const bool inForceThen = std::any_of(dataset.prices.cbegin(), dataset.prices.cend(), [&](const Price &p) {
        return p.model == modelId && p.inForceOn(on);
    });
    return inForceThen ? QString() : tr("no price in force on %1").arg(day(on));
}

QString Cost::dateText(const Price &p)
{
    QStringList parts;
    if (p.from.isValid() && p.observed.isValid() && p.from < p.observed)
        parts << tr("seen in force %1 to %2").arg(day(p.from), day(p.observed));
    else if (p.observed.isValid() && p.observed != p.from)
        parts << tr("seen in force %1").arg(day(p.observed));
    else if (p.from.isValid())
        parts << tr("from %1").arg(day(p.from));
    if (p.until.isValid())
        parts << tr("until %1").arg(day(p.until));
    return parts.isEmpty() ? tr("date not stated") : parts.join(QStringLiteral("; "));
}

QString Cost::fieldTitle(Field field)
{
    switch (field) {
    case Field::Model: return tr("Model");
    case Field::Mode: return tr("Mode");
    case Field::Monthly: return tr("Monthly cost");
    case Field::Converted: return tr("Monthly, converted");
    case Field::Currency: return tr("Currency");
    case Field::Input: return tr("Input / M");
    case Field::Cached: return tr("Cached / M");
    case Field::Output: return tr("Output / M");
    case Field::Blended: return tr("Blended / M");
    case Field::Date: return tr("Price's date");
    case Field::Source: return tr("Sources");
    case Field::Provider: return tr("Provider");
    case Field::Notes: return tr("Notes");
    }
    return {};
}

QString Cost::modeText(const Dataset &dataset, const QString &mode)
{
    return mode.isEmpty() ? QString() : dataset.modeName(mode);
}

QStringList Cost::lineNotes(const CostLine &line, const Workload &w)
{
    QStringList notes;
    if (!line.monthlyCost) {
        const QString band = line.price->tier ? line.price->tier->label.text() : QString();
        notes << tr("not offered for requests of %1 input tokens (%2)").arg(w.requestInputTokens).arg(band);
    }
    if (line.cachedAtInputPrice)
        notes << tr("no cached price stated: cached input counted at the input price");
    if (line.discountPrice)
        notes << tr("%1% of traffic at the discount price (UTC %2–%3)")
                     .arg(w.discountShare * 100, 0, 'g', 3)
                     .arg(line.discountPrice->discount->startUtc, line.discountPrice->discount->endUtc);
    if (line.discountNotOffered)
        notes << tr("no discount window in force: all traffic at the standard price");
    if (line.possiblyOutdated)
        notes << (line.price->date().isValid() ? tr("possibly out of date") : tr("undated: possibly out of date"));
    return notes;
}
