#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What API use costs, from the dataset's dated list prices (resources/data/SCHEMA.md,
// "Price"). Pure functions of the dataset and a workload: no widgets, no settings. A price
// stays in its currency; amounts in two currencies are compared only through a rate the
// user gives (CurrencyRates).

// A month of API use.
struct Workload
{
    double inputMTok = 0;  // input tokens a month, in millions
    double outputMTok = 0; // output tokens a month, in millions
    double cachedShare = 0;   // share of the input served from the cache, 0..1
    double discountShare = 0; // share of the traffic inside a discount window, 0..1
    qint64 requestInputTokens = 1; // input tokens of one request: picks the context band
    QDate on;                      // the day whose prices count; null: the newest (Cost::newestDate)
};

// One model at one provider (API name, currency, mode) on the workload's day.
struct CostLine
{
    const Price *price = nullptr;         // the standard price in force (never null)
    const Price *discountPrice = nullptr; // the price inside a discount window, where one is in force
    std::optional<double> monthlyCost;    // null: no band of this price takes requests that long
    bool cachedAtInputPrice = false;      // no cached price stated: cached input billed at the input price
    bool discountNotOffered = false;      // a discount share was asked for, but no discount is in force
    bool possiblyOutdated = false;        // older than the age limit, or undated
};

// A rate the user enters: 1 unit of `from` buys `rate` units of `to`.
class CurrencyRates
{
public:
    void set(const QString &from, const QString &to, double rate);
    // The amount in `to`; null without a rate (either direction) the user gave.
    std::optional<double> convert(double amount, const QString &from, const QString &to) const;
    bool isEmpty() const { return m_rates.isEmpty(); }

private:
    QHash<QString, double> m_rates; // "FROM>TO"
};

class Cost
{
    Q_DECLARE_TR_FUNCTIONS(Cost)

public:
    static constexpr int DefaultMaxAgeMonths = 6;
    static constexpr double DefaultInputParts = 3; // the blended price's input:output ratio
    static constexpr double DefaultOutputParts = 1;

    // The latest day any price carries (from or observed); null without prices.
    static QDate newestDate(const Dataset &dataset);
    // The day prices' ages are measured against: the dataset's facts date (asOf), else today.
    static QDate referenceDate(const Dataset &dataset);
    // The prices in force on day: per model, provider, API name, currency, mode, tier and
    // discount, the one with the latest `from`.
    static QList<const Price *> inForce(const Dataset &dataset, const QDate &day);
    // Every priced model's cost lines for the workload, in the dataset's order of prices.
    static QList<CostLine> lines(const Dataset &dataset, const Workload &workload, const QDate &reference,
                                 int maxAgeMonths = DefaultMaxAgeMonths);
    // The workload's monthly cost at one price (the input on a cache miss, the cached input,
    // the output); cachedAtInputPrice is set where the price states no cached price.
    static double monthlyCost(const Price &price, const Workload &workload, bool *cachedAtInputPrice = nullptr);
    // (inputParts × input + outputParts × output) / (inputParts + outputParts), cache misses.
    static double blendedPrice(const Price &price, double inputParts = DefaultInputParts,
                               double outputParts = DefaultOutputParts);
    // Undated, or dated more than maxAgeMonths before reference.
    static bool possiblyOutdated(const Price &price, const QDate &reference, int maxAgeMonths = DefaultMaxAgeMonths);
    // Empty when the model has a price in force on day; else why not, in words.
    static QString missingPrice(const Dataset &dataset, const QString &modelId, const QDate &day);
    // The price's date as the user reads it: "seen 2026-06-27", "from …", "until …", "date not stated".
    static QString dateText(const Price &price);
    // Words every view of the costs shares: a missing price,
    // a price not offered for the request size, a date marked as possibly out of date.
    // A price's mode by its name in the dataset (Dataset::modeName); empty where none is given.
    static QString modeText(const Dataset &dataset, const QString &mode);
    // The titles of a cost table's columns, the same in the Cost tab and the report.
    enum class Field { Model, Mode, Monthly, Converted, Currency, Input, Cached, Output, Blended, Date, Source, Provider, Notes };
    static QString fieldTitle(Field field);
    static QString notStated() { return tr("not stated"); }
    static QString notOffered() { return tr("not offered"); }
    static QString outdated(const QString &dateText) { return tr("%1 (possibly out of date)").arg(dateText); }
    // The tier, discount and date notes of a line, in words (empty when there are none).
    static QStringList lineNotes(const CostLine &line, const Workload &workload);
};
