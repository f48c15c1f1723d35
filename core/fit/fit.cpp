#include "core/fit/fit.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

using Kind = FitInput::Kind;

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

QString integer(qint64 v)
{
    return QLocale().toString(v);
}

QString byteCount(qint64 v)
{
    return Fit::tr("%1 B").arg(integer(v));
}

// The kind of a fact whose sources are these: secondary when every one of them is.
Kind kindOf(const Dataset &d, const QStringList &sources, bool secondaryField)
{
    if (secondaryField)
        return Kind::Secondary;
    if (sources.isEmpty())
        return Kind::Assumption;
    const bool allSecondary = std::all_of(sources.cbegin(), sources.cend(), [&d](const QString &id) {
        const Source *s = d.source(id);
        return s && s->kind == QLatin1String("secondary");
    });
    return allSecondary ? Kind::Secondary : Kind::Sourced;
}

FitInput archInput(const Dataset &d, const Architecture &a, const char *field, const QString &name,
                   const std::optional<qint64> &value)
{
    if (!value)
        return {name, QString(), a.sources, Kind::NotStated};
    return {name, integer(*value), a.sources, kindOf(d, a.sources, a.isSecondary(field))};
}

FitInput precisionInput(const Dataset &d, const QString &name, const Precision &p)
{
    FitInput in{name, Fit::tr("%1 bits (%2)").arg(number(p.bitsPerWeight), p.name), p.sources, Kind::Sourced};
    in.kind = p.nominal ? Kind::Assumption : kindOf(d, p.sources, false);
    return in;
}

// A model's parameter count (in billions), from the model's source.
FitInput paramsInput(const Dataset &d, const QString &name, const std::optional<double> &billions, const QString &source)
{
    const QStringList sources{source};
    if (!billions)
        return {name, QString(), sources, Kind::NotStated};
    return {name, Fit::tr("%1 billion").arg(number(*billions)), sources, kindOf(d, sources, false)};
}

FitInput chosen(const QString &name, const QString &value)
{
    return {name, value, {}, Kind::Chosen};
}

QStringList missing(const QList<FitInput> &inputs)
{
    QStringList names;
    for (const FitInput &in : inputs) {
        if (in.kind == Kind::NotStated)
            names.append(in.name);
    }
    return names;
}

// Marks a term not stated when one of its inputs is not; true when all are stated.
bool allStated(FitTerm *t)
{
    const QStringList names = missing(t->inputs);
    if (names.isEmpty())
        return true;
    t->bytes.reset();
    t->note = Fit::tr("not stated: no source read states %1").arg(names.join(QStringLiteral(", ")));
    return false;
}

FitTerm weightsTerm(const Dataset &d, const Model &m, const Precision &p)
{
    FitTerm t;
    t.formula = Fit::tr("total parameters × bits per weight ÷ 8 (every expert of a mixture of experts)");
    t.inputs.append(paramsInput(d, Fit::tr("total parameters"), m.totalParamsB, m.source));
    t.inputs.append(precisionInput(d, Fit::tr("weight precision"), p));
    if (!allStated(&t))
        return t;
    const double params = *m.totalParamsB * 1e9;
    t.bytes = Fit::bytes(params, p.bitsPerWeight);
    t.worked = Fit::tr("%1 × %2 ÷ 8 = %3").arg(number(params), number(p.bitsPerWeight), byteCount(*t.bytes));
    return t;
}

// Elements of cache per token and sequence, with its formula and inputs; empty where the
// attention kind's inputs are not stated. DeepSeek-V4-style attention ("other") has none.
struct PerToken
{
    std::optional<qint64> elements;
    std::optional<double> statedBytes; // a per-token figure the maker states (no formula covers it)
    QString formula;
    QString worked; // the elements' part, "2 × 94 × 4 × 128"
    QList<FitInput> inputs;
    QString note;
};

PerToken perToken(const Dataset &d, const Architecture &a)
{
    PerToken p;
    using A = Architecture::Attention;
    switch (a.attention) {
    case A::Gqa:
    case A::Hybrid: {
        const bool hybrid = a.attention == A::Hybrid;
        p.formula = hybrid ? Fit::tr("2 (K and V) × layers that keep a KV cache × KV heads × head_dim × bytes × tokens × sequences")
                           : Fit::tr("2 (K and V) × layers × KV heads × head_dim × bytes × tokens × sequences");
        const auto layers = hybrid ? a.kvCacheLayers : a.layers;
        p.inputs = {hybrid ? archInput(d, a, "kvCacheLayers", Fit::tr("layers that keep a KV cache"), layers)
                           : archInput(d, a, "layers", Fit::tr("layers"), layers),
                    archInput(d, a, "kvHeads", Fit::tr("KV heads"), a.kvHeads),
                    archInput(d, a, "headDim", Fit::tr("head_dim"), a.headDim)};
        if (layers && a.kvHeads && a.headDim) {
            p.elements = 2 * *layers * *a.kvHeads * *a.headDim;
            p.worked = QStringLiteral("2 × %1 × %2 × %3").arg(integer(*layers), integer(*a.kvHeads), integer(*a.headDim));
        }
        if (hybrid)
            p.note = Fit::tr("only the full-attention layers keep a cache that grows with the context");
        break;
    }
    case A::Mla:
        p.formula = Fit::tr("layers × (kv_lora_rank + qk_rope_head_dim) × bytes × tokens × sequences (one latent per token and layer, no factor 2)");
        p.inputs = {archInput(d, a, "layers", Fit::tr("layers"), a.layers),
                    archInput(d, a, "kvLoraRank", Fit::tr("kv_lora_rank"), a.kvLoraRank),
                    archInput(d, a, "qkRopeHeadDim", Fit::tr("qk_rope_head_dim"), a.qkRopeHeadDim)};
        if (a.layers && a.kvLoraRank && a.qkRopeHeadDim) {
            p.elements = *a.layers * (*a.kvLoraRank + *a.qkRopeHeadDim);
            p.worked = QStringLiteral("%1 × (%2 + %3)").arg(integer(*a.layers), integer(*a.kvLoraRank), integer(*a.qkRopeHeadDim));
        }
        break;
    case A::Other:
        p.formula = Fit::tr("bytes per token as the maker states them × tokens × sequences");
        p.statedBytes = a.statedKvBytesPerToken;
        p.inputs = {a.statedKvBytesPerToken
                        ? FitInput{Fit::tr("KV bytes per token"), number(*a.statedKvBytesPerToken), a.sources, Kind::Sourced}
                        : FitInput{Fit::tr("KV bytes per token"), QString(), a.sources, Kind::NotStated}};
        p.note = Fit::tr("an attention that none of the formulas covers: only a per-token figure its maker states is used");
        break;
    case A::NotStated:
        p.formula = Fit::tr("depends on the attention kind");
        p.inputs = {{Fit::tr("attention kind"), QString(), a.sources, Kind::NotStated}};
        break;
    }
    return p;
}

FitTerm kvTerm(const Dataset &d, const Architecture *a, const FitRequest &r, qint64 context)
{
    FitTerm t;
    if (!a) {
        t.formula = Fit::tr("depends on the architecture");
        t.inputs = {{Fit::tr("architecture"), QString(), {}, Kind::NotStated}};
        allStated(&t);
        return t;
    }
    const PerToken p = perToken(d, *a);
    t.formula = p.formula;
    t.inputs = p.inputs;
    t.note = p.note;
    const QString tokens = integer(context), sequences = integer(r.sequences);
    t.inputs.append(chosen(Fit::tr("tokens (context)"), tokens));
    t.inputs.append(chosen(Fit::tr("sequences"), sequences));
    if (p.statedBytes) {
        t.bytes = qint64(std::llround(*p.statedBytes * double(context) * r.sequences));
        t.worked = QStringLiteral("%1 × %2 × %3 = %4").arg(number(*p.statedBytes), tokens, sequences, byteCount(*t.bytes));
        return t;
    }
    t.inputs.append(precisionInput(d, Fit::tr("KV cache precision"), *r.kv));
    const double extra = a->extraKvBytesPerToken;
    if (extra > 0) {
        t.formula += Fit::tr(" + indexer key bytes per token × tokens × sequences (a fixed format, whatever the KV precision)");
        t.inputs.append({Fit::tr("indexer key bytes per token"), number(extra), a->sources, kindOf(d, a->sources, false)});
    }
    if (!allStated(&t))
        return t;
    const qint64 extraBytes = qint64(std::llround(extra * double(context) * r.sequences));
    t.bytes = Fit::bytes(double(*p.elements) * double(context) * r.sequences, r.kv->bitsPerWeight) + extraBytes;
    const QString extraWorked = extra > 0 ? QStringLiteral(" + %1 × %2 × %3").arg(number(extra), tokens, sequences) : QString();
    t.worked = QStringLiteral("%1 × %2 ÷ 8 × %3 × %4%5 = %6")
                   .arg(p.worked, number(r.kv->bitsPerWeight), tokens, sequences, extraWorked, byteCount(*t.bytes));
    return t;
}

FitTerm stateTerm(const Architecture *a, const FitRequest &r)
{
    FitTerm t;
    if (!a || a->attention != Architecture::Attention::Hybrid) {
        const bool known = a && (a->attention == Architecture::Attention::Gqa || a->attention == Architecture::Attention::Mla);
        t.formula = Fit::tr("no linear-attention layers");
        if (known)
            t.bytes = 0;
        else
            t.note = Fit::tr("not stated");
        return t;
    }
    t.formula = Fit::tr("linear-attention layers × value heads × key dim × value dim × bytes × sequences");
    if (!a->linearState) {
        t.inputs = {{Fit::tr("linear-attention state"), QString(), a->sources, Kind::NotStated}};
        allStated(&t);
        return t;
    }
    const LinearState &s = *a->linearState;
    const QList<QPair<QString, int>> dims{{Fit::tr("linear-attention layers"), s.layers},
                                          {Fit::tr("value heads"), s.valueHeads},
                                          {Fit::tr("key head dim"), s.keyHeadDim},
                                          {Fit::tr("value head dim"), s.valueHeadDim}};
    for (const auto &dim : dims)
        t.inputs.append({dim.first, integer(dim.second), s.sources, Kind::Derived});
    t.inputs.append(s.bytesPerElement ? FitInput{Fit::tr("bytes per state element"), number(*s.bytesPerElement), s.sources, Kind::Derived}
                                      : FitInput{Fit::tr("bytes per state element"), QString(), s.sources, Kind::NotStated});
    t.inputs.append(chosen(Fit::tr("sequences"), integer(r.sequences)));
    if (!allStated(&t))
        return t;
    const double elements = double(s.layers) * s.valueHeads * s.keyHeadDim * s.valueHeadDim;
    t.bytes = qint64(std::llround(elements * *s.bytesPerElement * r.sequences));
    t.worked = QStringLiteral("%1 × %2 × %3 × %4 × %5 × %6 = %7")
                   .arg(integer(s.layers), integer(s.valueHeads), integer(s.keyHeadDim), integer(s.valueHeadDim),
                        number(*s.bytesPerElement), integer(r.sequences), byteCount(*t.bytes));
    t.note = Fit::tr("derived from the configuration, not a number the maker states (the small convolution state is left out)");
    return t;
}

qint64 share(qint64 bytes, int count)
{
    return (bytes + count - 1) / count;
}

// The overhead on one device that holds weightsShare bytes of weights.
qint64 deviceOverhead(const FitRequest &r, qint64 weightsShare)
{
    return r.overheadBytes + qint64(std::llround(r.overheadShare * double(weightsShare)));
}

FitTerm overheadTerm(const FitRequest &r, const std::optional<qint64> &weights)
{
    FitTerm t;
    t.formula = Fit::tr("devices × (allowance + share × weights on the device)");
    const QList<FitInput> inputs{{Fit::tr("allowance per device"), byteCount(r.overheadBytes), {},
                                  r.overheadFromSource ? Kind::Sourced : Kind::Assumption},
                                 {Fit::tr("share of the weights"), number(r.overheadShare), {},
                                  r.overheadFromSource ? Kind::Sourced : Kind::Assumption},
                                 chosen(Fit::tr("devices"), integer(r.count))};
    t.inputs = inputs;
    if (!r.overheadFromSource)
        t.note = Fit::tr("an assumption, adjustable; no source states it");
    const qint64 w = weights ? share(*weights, r.count) : 0;
    t.bytes = r.count * deviceOverhead(r, w);
    t.worked = QStringLiteral("%1 × (%2 + %3 × %4) = %5")
                   .arg(integer(r.count), byteCount(r.overheadBytes), number(r.overheadShare), byteCount(w), byteCount(*t.bytes));
    return t;
}

// What one device holds: its share of the weights, cache and state, and its own overhead.
std::optional<qint64> perDevice(const FitRequest &r, const std::optional<qint64> &weights, const std::optional<qint64> &kv,
                                const std::optional<qint64> &state)
{
    if (!weights || !kv || !state)
        return std::nullopt;
    const qint64 w = share(*weights, r.count);
    return w + share(*kv, r.count) + share(*state, r.count) + deviceOverhead(r, w);
}

FitResult::Verdict verdictFor(const FitRequest &r, const FitResult &f)
{
    using V = FitResult::Verdict;
    if (!f.weights.bytes)
        return V::Unknown;
    if (!f.perDeviceBytes) { // the weights alone may already be too much
        const qint64 w = share(*f.weights.bytes, r.count);
        return w + deviceOverhead(r, w) > f.availableBytes ? V::No : V::Unknown;
    }
    if (*f.perDeviceBytes > f.availableBytes)
        return V::No;
    return double(*f.perDeviceBytes) > r.tightShare * double(f.availableBytes) ? V::Tight : V::Fits;
}

// The largest context whose need on one device is within its memory (binary search).
void findMaxContext(const Dataset &d, const Architecture *a, const FitRequest &r, FitResult *f)
{
    if (!f->weights.bytes || !f->state.bytes || !kvTerm(d, a, r, 1).bytes)
        return;
    auto fits = [&](qint64 context) {
        const auto need = perDevice(r, f->weights.bytes, kvTerm(d, a, r, context).bytes, f->state.bytes);
        return need && *need <= f->availableBytes;
    };
    const qint64 cap = f->extendedContext.value_or(f->nativeContext.value_or(Fit::MaxContext));
    if (!fits(1)) {
        f->maxContext = 0;
        return;
    }
    if (fits(cap)) {
        f->maxContext = cap;
        f->maxContextCapped = f->extendedContext || f->nativeContext;
        return;
    }
    qint64 lo = 1, hi = cap; // fits(lo), !fits(hi)
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    f->maxContext = lo;
}

FitTerm speedTerm(const Dataset &d, const Model &m, const FitRequest &r, const FitResult &f, std::optional<double> *tps)
{
    FitTerm t;
    t.formula = Fit::tr("upper bound = devices × bandwidth ÷ (active parameters × bits ÷ 8 + KV cache + state read per token)");
    t.inputs.append(paramsInput(d, Fit::tr("active parameters"), m.activeParamsB, m.source));
    t.inputs.append(precisionInput(d, Fit::tr("weight precision"), *r.weights));
    const QStringList deviceSources = r.device ? r.device->sources : QStringList();
    const Kind bandwidthKind = !r.device ? Kind::Chosen : kindOf(d, deviceSources, r.device->isSecondary("bandwidthGBps"));
    t.inputs.append(r.bandwidthGBps ? FitInput{Fit::tr("bandwidth per device"), Fit::tr("%1 GB/s").arg(number(*r.bandwidthGBps)),
                                               deviceSources, bandwidthKind}
                                    : FitInput{Fit::tr("bandwidth per device"), QString(), deviceSources, Kind::NotStated});
    t.inputs.append({Fit::tr("KV cache and state"), f.kvCache.bytes && f.state.bytes ? byteCount(*f.kvCache.bytes + *f.state.bytes) : QString(),
                     {}, f.kvCache.bytes && f.state.bytes ? Kind::Derived : Kind::NotStated});
    t.inputs.append(chosen(Fit::tr("devices"), integer(r.count)));
    t.note = Fit::tr("an upper bound from memory bandwidth alone, per sequence; never a measurement");
    if (!allStated(&t))
        return t;
    const qint64 active = Fit::bytes(*m.activeParamsB * 1e9, r.weights->bitsPerWeight);
    t.bytes = active + *f.kvCache.bytes + *f.state.bytes;
    *tps = r.count * *r.bandwidthGBps * 1e9 / double(*t.bytes);
    t.worked = QStringLiteral("%1 × %2 ÷ (%3 + %4) = %5")
                   .arg(integer(r.count), Fit::tr("%1 GB/s").arg(number(*r.bandwidthGBps)), byteCount(active),
                        byteCount(*f.kvCache.bytes + *f.state.bytes), Fit::tr("%1 tokens/s").arg(number(std::floor(**tps * 10) / 10)));
    return t;
}

} // namespace

QString FitTerm::explanation() const
{
    QStringList lines{formula};
    if (!worked.isEmpty())
        lines.append(worked);
    for (const FitInput &in : inputs) {
        QString kind;
        switch (in.kind) {
        case Kind::Sourced: break;
        case Kind::Secondary: kind = Fit::tr("secondary source"); break;
        case Kind::Derived: kind = Fit::tr("derived"); break;
        case Kind::Assumption: kind = Fit::tr("assumption"); break;
        case Kind::Chosen: kind = Fit::tr("your choice"); break;
        case Kind::NotStated: kind = Fit::tr("not stated"); break;
        }
        QStringList where = in.sources;
        if (!kind.isEmpty())
            where.prepend(kind);
        lines.append(Fit::tr("%1 = %2 (%3)")
                         .arg(in.name, in.value.isEmpty() ? Fit::tr("—") : in.value, where.join(QStringLiteral("; "))));
    }
    if (!note.isEmpty())
        lines.append(note);
    return lines.join(QLatin1Char('\n'));
}

FitRequest FitRequest::defaults(const Dataset &dataset)
{
    FitRequest r;
    r.overheadBytes = dataset.fitDefaults.overheadBytes;
    r.overheadShare = dataset.fitDefaults.overheadShare;
    r.tightShare = dataset.fitDefaults.tightShare;
    r.overheadFromSource = !dataset.fitDefaults.sources.isEmpty();
    r.weights = dataset.precision(QStringLiteral("bf16"));
    if (!r.weights && !dataset.precisions.isEmpty())
        r.weights = &dataset.precisions.constFirst();
    r.kv = r.weights;
    if (!dataset.devices.isEmpty())
        r.setDevice(&dataset.devices.constFirst());
    return r;
}

void FitRequest::setDevice(const Device *d)
{
    device = d;
    if (d) {
        memoryGB = d->memoryGB;
        bandwidthGBps = d->bandwidthGBps;
    }
}

QString FitResult::verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Fits: return QStringLiteral("fits");
    case Verdict::Tight: return QStringLiteral("tight");
    case Verdict::No: return QStringLiteral("no");
    case Verdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString FitResult::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Fits: return Fit::tr("fits");
    case Verdict::Tight: return Fit::tr("tight");
    case Verdict::No: return Fit::tr("does not fit");
    case Verdict::Unknown: break;
    }
    return Fit::tr("unknown");
}

qint64 Fit::bytes(double elements, double bits)
{
    return qint64(std::llround(elements * bits / 8.0));
}

QString Fit::gigabytes(qint64 bytes)
{
    return tr("%1 GB").arg(QLocale().toString(double(bytes) / 1e9, 'f', 1));
}

QString Fit::memoryText(const FitResult &f, int count)
{
    const QString memory = gigabytes(f.availableBytes);
    if (!f.perDeviceBytes)
        return tr("not stated of %1").arg(memory);
    return count > 1 ? tr("%1 of %2 on each of %3 devices").arg(gigabytes(*f.perDeviceBytes), memory).arg(count)
                     : tr("%1 of %2").arg(gigabytes(*f.perDeviceBytes), memory);
}

QString Fit::contextText(const FitResult &f)
{
    if (!f.maxContext)
        return tr("not stated");
    if (*f.maxContext == 0)
        return tr("none");
    const QString tokens = tr("%1 tokens").arg(QLocale().toString(*f.maxContext));
    QString text = f.maxContextCapped ? tr("%1 (the model's maximum)").arg(tokens) : tokens;
    if (f.nativeContext && *f.maxContext > *f.nativeContext)
        text += QLatin1Char('\n') + tr("beyond the native %1: needs YaRN or the like").arg(QLocale().toString(*f.nativeContext));
    return text;
}

QString Fit::speedText(const FitResult &f)
{
    if (!f.decodeTokensPerSecond)
        return tr("not stated");
    return tr("≤ %1 tokens/s (upper bound)").arg(QLocale().toString(*f.decodeTokensPerSecond, 'f', 1));
}

QString Fit::modelName(const Dataset &dataset, const QString &modelId)
{
    const Model *m = dataset.model(modelId);
    return m ? m->name : modelId;
}

std::optional<qint64> Fit::kvCacheBytes(const Dataset &dataset, const Model &model, const FitRequest &request, qint64 context)
{
    return kvTerm(dataset, dataset.architecture(model.id), request, context).bytes;
}

std::optional<qint64> Fit::perDeviceBytes(const Dataset &dataset, const Model &model, const FitRequest &request,
                                          qint64 context)
{
    const Architecture *a = dataset.architecture(model.id);
    return perDevice(request, weightsTerm(dataset, model, *request.weights).bytes, kvTerm(dataset, a, request, context).bytes,
                     stateTerm(a, request).bytes);
}

FitResult Fit::compute(const Dataset &d, const Model &m, const FitRequest &r)
{
    Q_ASSERT(r.weights && r.kv && r.count >= 1 && r.sequences >= 1);
    FitResult f;
    f.model = m.id;
    const Architecture *a = d.architecture(m.id);
    if (a) {
        f.nativeContext = a->nativeContext;
        f.extendedContext = a->extendedContext;
    }
    f.beyondNative = f.nativeContext && r.context > *f.nativeContext;
    f.beyondExtended = r.context > f.extendedContext.value_or(f.nativeContext.value_or(MaxContext));
    f.weights = weightsTerm(d, m, *r.weights);
    f.kvCache = kvTerm(d, a, r, r.context);
    f.state = stateTerm(a, r);
    f.overhead = overheadTerm(r, f.weights.bytes);
    f.availableBytes = qint64(std::llround(r.memoryGB * 1e9));
    if (f.weights.bytes && f.kvCache.bytes && f.state.bytes)
        f.totalBytes = *f.weights.bytes + *f.kvCache.bytes + *f.state.bytes + *f.overhead.bytes;
    f.perDeviceBytes = perDevice(r, f.weights.bytes, f.kvCache.bytes, f.state.bytes);
    f.verdict = verdictFor(r, f);
    findMaxContext(d, a, r, &f);
    f.speed = speedTerm(d, m, r, f, &f.decodeTokensPerSecond);
    return f;
}

QList<qint64> Fit::contextSteps()
{
    QList<qint64> steps;
    for (qint64 tokens = 1024; tokens <= 1048576; tokens *= 2)
        steps.append(tokens);
    return steps;
}

QList<FitResult> Fit::computeAll(const Dataset &dataset, const FitRequest &request)
{
    QList<FitResult> results;
    results.reserve(dataset.models.size());
    for (const Model &m : dataset.models)
        results.append(compute(dataset, m, request));
    return results;
}
