#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What runs on given hardware: the memory a model needs (weights, KV cache, linear-attention
// state, overhead), whether it fits, the largest context that fits and an upper bound of the
// decode speed. Pure: the numbers come from the dataset (architectures, devices, precisions,
// fitDefaults) and the request; every figure carries its formula, with the numbers put in,
// and the sources of its inputs. 1 GB = 10^9 bytes. Bytes are rounded to the nearest byte
// once, at the end of each term (a Q8_0 cache has 8.5008 bits an element).

// One input of a computed figure and where it comes from.
struct FitInput
{
    enum class Kind { Sourced, Secondary, Derived, Assumption, Chosen, NotStated };
    QString name;
    QString value;       // formatted for the current locale; empty where not stated
    QStringList sources; // source ids
    Kind kind = Kind::Sourced;
};

// A computed figure: empty bytes where an input is not stated.
struct FitTerm
{
    std::optional<qint64> bytes;
    QString formula; // in words: "2 × layers × KV heads × head_dim × bytes × tokens × sequences"
    QString worked;  // the numbers put in: "2 × 94 × 4 × 128 × 2 B × 32,768 × 1 = 6,308,233,216 B"
    QList<FitInput> inputs;
    QString note; // why it is not stated, or that it is derived / an assumption
    // The formula, the numbers and each input with its sources, as lines of plain text.
    QString explanation() const;
};

struct FitRequest
{
    const Device *device = nullptr; // null: memory (and bandwidth) typed in
    double memoryGB = 0;            // per device
    std::optional<double> bandwidthGBps;
    int count = 1; // devices of one kind; the weights are split, each one's memory counted on its own
    const Precision *weights = nullptr;
    const Precision *kv = nullptr;
    qint64 context = 8192;
    int sequences = 1;
    qint64 overheadBytes = 0; // per device, plus overheadShare × the weights it holds
    double overheadShare = 0;
    double tightShare = 1;
    bool overheadFromSource = false; // false: an assumption (FitDefaults without sources)

    // The dataset's defaults: overhead and threshold from fitDefaults, bf16 weights and cache.
    static FitRequest defaults(const Dataset &dataset);
    void setDevice(const Device *d);
};

struct FitResult
{
    enum class Verdict { Fits, Tight, No, Unknown };
    QString model;
    FitTerm weights;  // all of them, every expert of a mixture of experts
    FitTerm kvCache;  // grows with the context
    FitTerm state;    // fixed per sequence (linear-attention layers); 0 where the model has none
    FitTerm overhead; // on all devices together
    std::optional<qint64> totalBytes;     // on all devices together
    std::optional<qint64> perDeviceBytes; // on each device (the weights split evenly)
    qint64 availableBytes = 0;            // the memory of one device
    Verdict verdict = Verdict::Unknown;
    std::optional<qint64> maxContext; // the largest that fits; 0: none; empty: the cache is not stated
    bool maxContextCapped = false;    // maxContext is the model's stated maximum, not the memory's limit
    FitTerm speed;                    // bytes read per decoded token
    std::optional<double> decodeTokensPerSecond; // an upper bound, per sequence
    std::optional<qint64> nativeContext, extendedContext;
    bool beyondNative = false;   // allowed, flagged: needs YaRN or the like
    bool beyondExtended = false; // beyond any context a source states

    static QString verdictId(Verdict v); // fits | tight | no | unknown (CONTRACT.md)
    static QString verdictText(Verdict v);
};

class Fit
{
    Q_DECLARE_TR_FUNCTIONS(Fit)

public:
    static FitResult compute(const Dataset &dataset, const Model &model, const FitRequest &request);
    static QList<FitResult> computeAll(const Dataset &dataset, const FitRequest &request);

    // The KV cache at one context, for charts of memory against context (empty: not stated).
    static std::optional<qint64> kvCacheBytes(const Dataset &dataset, const Model &model, const FitRequest &request,
                                              qint64 context);
    // What one device holds at a context (empty where an input is not stated), for charts.
    static std::optional<qint64> perDeviceBytes(const Dataset &dataset, const Model &model, const FitRequest &request,
                                                qint64 context);
    // bits × elements ÷ 8, rounded to the nearest byte.
    static qint64 bytes(double elements, double bits);
    // "12.3 GB" in the current locale (10^9 bytes).
    static QString gigabytes(qint64 bytes);
    // A result's figures as a table shows them (the Fit tab, the report), in the current locale.
    static QString memoryText(const FitResult &f, int count);
    static QString contextText(const FitResult &f);
    static QString speedText(const FitResult &f);
    // The model's name, or its id.
    static QString modelName(const Dataset &dataset, const QString &modelId);

    // The context lengths the Fit tab's slider and the memory-against-context chart step
    // through: powers of two from 1,024 to 1,048,576 tokens.
    static QList<qint64> contextSteps();

    static constexpr qint64 MaxContext = 100000000; // searched up to this where a model states no limit
};
