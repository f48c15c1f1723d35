#include "app/cli/commandline.h"
#include "core/cost/selfhosting.h"
#include "core/fit/fit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

QString ids(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

template<typename T>
QStringList idsOf(const QList<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list.append(item.id);
    return list;
}

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The number an option gives, within [min, max]; else the reason on err and false.
bool numberOption(const CliContext &c, const char *name, double min, double max, double *value)
{
    const QString option = QLatin1String(name);
    const QString text = c.commandLine.value(option);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        c.err << CommandLine::tr("versus: --%1 takes a number from %2 to %3, not \"%4\"")
                     .arg(option, QString::number(min, 'g', 12), QString::number(max, 'g', 12), text)
              << Qt::endl;
        return false;
    }
    *value = v;
    return true;
}

bool wholeOption(const CliContext &c, const char *name, qint64 min, qint64 max, qint64 *value)
{
    double v = double(*value);
    if (!numberOption(c, name, double(min), double(max), &v))
        return false;
    if (v != std::floor(v)) {
        c.err << CommandLine::tr("versus: --%1 takes a whole number, not \"%2\"")
                     .arg(QLatin1String(name), c.commandLine.value(QLatin1String(name)))
              << Qt::endl;
        return false;
    }
    *value = qint64(v);
    return true;
}

const Precision *precisionOption(const CliContext &c, const char *name, const Precision *fallback)
{
    const QString id = c.commandLine.value(QLatin1String(name));
    if (id.isEmpty())
        return fallback;
    if (const Precision *p = c.dataset->precision(id.toLower()))
        return p;
    c.err << CommandLine::tr("versus: unknown precision \"%1\"; choose one of %2").arg(id, ids(idsOf(c.dataset->precisions)))
          << Qt::endl;
    return nullptr;
}

// The request the options describe, over base's where given (else the dataset's defaults
// without a device); false (the reason printed) on bad input.
bool readRequest(const CliContext &c, FitRequest *r, const FitRequest *base = nullptr)
{
    const Dataset &d = *c.dataset;
    *r = base ? *base : FitRequest::defaults(d);
    if (!base || c.commandLine.isSet(QStringLiteral("memory"))) {
        r->setDevice(nullptr);
        r->memoryGB = 0;
        r->bandwidthGBps.reset();
    }
    const QString deviceId = c.commandLine.value(QStringLiteral("device"));
    if (!deviceId.isEmpty()) {
        const Device *device = d.device(deviceId.toLower());
        if (!device) {
            c.err << CommandLine::tr("versus: unknown device \"%1\"; choose one of %2").arg(deviceId, ids(idsOf(d.devices)))
                  << Qt::endl;
            return false;
        }
        r->setDevice(device);
    } else if (!r->device) {
        double bandwidth = -1;
        if (!numberOption(c, "memory", 0.001, 1e6, &r->memoryGB) || !numberOption(c, "bandwidth", 0.001, 1e6, &bandwidth))
            return false;
        if (bandwidth > 0)
            r->bandwidthGBps = bandwidth;
    }
    qint64 count = 1, sequences = 1;
    if (!wholeOption(c, "count", 1, 1024, &count) || !wholeOption(c, "context", 1, Fit::MaxContext, &r->context)
        || !wholeOption(c, "sequences", 1, 4096, &sequences))
        return false;
    r->count = int(count);
    r->sequences = int(sequences);
    r->weights = precisionOption(c, "precision", r->weights);
    r->kv = r->weights ? precisionOption(c, "kv-precision", r->kv) : nullptr;
    if (!r->weights || !r->kv) {
        if (d.precisions.isEmpty())
            c.err << CommandLine::tr("versus: the dataset has no precisions") << Qt::endl;
        return false;
    }
    return true;
}

QJsonObject deviceJson(const FitRequest &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.device ? QJsonValue(r.device->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("name"), r.device ? QJsonValue(r.device->name) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("memoryGB"), r.memoryGB);
    o.insert(QStringLiteral("bandwidthGBps"), r.bandwidthGBps ? QJsonValue(*r.bandwidthGBps) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(r.device ? r.device->sources : QStringList()));
    return o;
}

QJsonObject resultJson(const FitResult &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("model"), f.model);
    o.insert(QStringLiteral("weightsBytes"), orNull(f.weights.bytes));
    o.insert(QStringLiteral("kvCacheBytes"), orNull(f.kvCache.bytes));
    o.insert(QStringLiteral("stateBytes"), orNull(f.state.bytes));
    o.insert(QStringLiteral("overheadBytes"), orNull(f.overhead.bytes));
    o.insert(QStringLiteral("totalBytes"), orNull(f.totalBytes));
    o.insert(QStringLiteral("perDeviceBytes"), orNull(f.perDeviceBytes));
    o.insert(QStringLiteral("availableBytes"), f.availableBytes);
    o.insert(QStringLiteral("fit"), FitResult::verdictId(f.verdict));
    o.insert(QStringLiteral("maxContext"), orNull(f.maxContext));
    o.insert(QStringLiteral("decodeTokensPerSecond"),
             f.decodeTokensPerSecond ? QJsonValue(*f.decodeTokensPerSecond) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("beyondNativeContext"), f.beyondNative);
    return o;
}

QString orDash(const std::optional<qint64> &v, QString (*format)(qint64))
{
    return v ? format(*v) : CommandLine::tr("not stated");
}

QString tokens(qint64 v)
{
    return v == 0 ? CommandLine::tr("none") : QLocale().toString(v);
}

} // namespace

bool cliFitRequest(const CliContext &context, const FitRequest &base, FitRequest *request)
{
    return readRequest(context, request, &base);
}

bool cliHardware(const CliContext &c, HardwareAnswer *h)
{
    const Dataset &d = *c.dataset;
    const QString deviceId = c.commandLine.value(QStringLiteral("device")).toLower();
    if (!deviceId.isEmpty()) {
        if (!d.device(deviceId)) {
            c.err << CommandLine::tr("versus: unknown device \"%1\"; choose one of %2").arg(deviceId, ids(idsOf(d.devices)))
                  << Qt::endl;
            return false;
        }
        *h = HardwareAnswer{};
        h->device = deviceId;
    } else if (c.commandLine.isSet(QStringLiteral("memory"))) {
        *h = HardwareAnswer{};
        double bandwidth = -1;
        if (!numberOption(c, "memory", 0.001, 1e6, &h->memoryGB) || !numberOption(c, "bandwidth", 0.001, 1e6, &bandwidth))
            return false;
        if (bandwidth > 0)
            h->bandwidthGBps = bandwidth;
    }
    qint64 count = h->count, context = h->context > 0 ? h->context : FitRequest::defaults(d).context;
    if (!wholeOption(c, "count", 1, 1024, &count) || !wholeOption(c, "context", 1, Fit::MaxContext, &context))
        return false;
    h->count = int(count);
    h->context = context;
    if (c.commandLine.isSet(QStringLiteral("precision"))) {
        const Precision *p = precisionOption(c, "precision", nullptr);
        if (!p)
            return false;
        h->precision = p->id;
    }
    return true;
}

int cliListDevices(const CliContext &context)
{
    for (const Device &d : context.dataset->devices)
        context.out << d.id << QLatin1Char('\t') << QString::number(d.memoryGB, 'g', 12) << QLatin1Char('\t') << d.name
                    << Qt::endl;
    return ExitOk;
}

int cliListPrecisions(const CliContext &context)
{
    for (const Precision &p : context.dataset->precisions)
        context.out << p.id << QLatin1Char('\t') << QString::number(p.bitsPerWeight, 'g', 12) << QLatin1Char('\t') << p.name
                    << Qt::endl;
    return ExitOk;
}

int cliFit(const CliContext &context)
{
    FitRequest r;
    if (!readRequest(context, &r))
        return ExitBadInput;
    const QList<FitResult> results = Fit::computeAll(*context.dataset, r);
    if (context.commandLine.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("device"), deviceJson(r));
        o.insert(QStringLiteral("precision"), r.weights->id);
        o.insert(QStringLiteral("kvPrecision"), r.kv->id);
        o.insert(QStringLiteral("context"), r.context);
        o.insert(QStringLiteral("sequences"), r.sequences);
        o.insert(QStringLiteral("count"), r.count);
        QJsonArray models;
        for (const FitResult &f : results)
            models.append(resultJson(f));
        o.insert(QStringLiteral("models"), models);
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const FitResult &f : results) {
        const QString speed = f.decodeTokensPerSecond
                                  ? CommandLine::tr("≤ %1 tokens/s").arg(QLocale().toString(*f.decodeTokensPerSecond, 'f', 1))
                                  : CommandLine::tr("not stated");
        context.out << Fit::modelName(*context.dataset, f.model) << QLatin1Char('\t') << FitResult::verdictText(f.verdict)
                    << QLatin1Char('\t')
                    << CommandLine::tr("%1 of %2 a device").arg(orDash(f.perDeviceBytes, Fit::gigabytes), Fit::gigabytes(f.availableBytes))
                    << QLatin1Char('\t') << CommandLine::tr("max context %1").arg(orDash(f.maxContext, tokens))
                    << QLatin1Char('\t') << speed << Qt::endl;
    }
    return ExitOk;
}

namespace {
QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}


void printSelfHost(const CliContext &c, const Model &m, const FitRequest &r, const SelfHostingInput &in,
                   const SelfHostingEstimate &e, bool monthly)
{
    QTextStream &out = c.out;
    const QString device = r.device ? r.device->name : CommandLine::tr("a device of %1").arg(Fit::gigabytes(qint64(r.memoryGB * 1e9)));
    out << CommandLine::tr("Self-hosting %1: an estimate").arg(m.name) << Qt::endl;
    out << CommandLine::tr("GPUs needed\t%1 × %2 at %3, %4 tokens of context")
               .arg(e.gpus ? QString::number(*e.gpus) : CommandLine::tr("not known"), device, r.weights->name,
                    QLocale().toString(r.context))
        << Qt::endl;
    out << CommandLine::tr("Throughput\t%1 (%2)")
               .arg(in.tokensPerSecond ? CommandLine::tr("%1 tokens/s").arg(QLocale().toString(*in.tokensPerSecond, 'f', 1))
                                       : CommandLine::tr("not known"),
                    in.throughputFromFit ? CommandLine::tr("the fit's decode upper bound") : CommandLine::tr("yours"))
        << Qt::endl;
    out << CommandLine::tr("Cost per million tokens\t%1").arg(SelfHosting::amountText(e.costPerMTok, in.currency)) << Qt::endl;
    if (monthly)
        out << CommandLine::tr("A month of %1 M tokens\t%2 (GPUs paid while busy); %3 always on")
                   .arg(QLocale().toString(in.monthlyMTok), SelfHosting::amountText(e.monthlyCost, in.currency),
                        SelfHosting::amountText(e.alwaysOnMonthly, in.currency))
            << Qt::endl;
    for (const QString &warning : e.warnings)
        out << CommandLine::tr("Warning\t%1").arg(warning) << Qt::endl;
    for (const QString &missing : e.missing)
        out << CommandLine::tr("Missing\t%1").arg(missing) << Qt::endl;
    for (const QString &assumption : e.assumptions)
        out << CommandLine::tr("Assumption\t%1").arg(assumption) << Qt::endl;
}
} // namespace

// versus --self-host MODEL --device ID | --memory GB [--precision ID] [--context N]
//        --gpu-hour-price P [--currency C] [--tokens-per-second T] [--input-mtok N --output-mtok N] [--json]
int cliSelfHost(const CliContext &context, const QString &modelId)
{
    const Dataset &d = *context.dataset;
    const Model *m = d.model(modelId.toLower());
    if (!m) {
        QStringList models;
        for (const Architecture &a : d.architectures)
            models.append(a.model);
        context.err << CommandLine::tr("versus: unknown model \"%1\"; choose one of %2").arg(modelId, ids(models)) << Qt::endl;
        return ExitBadInput;
    }
    FitRequest r;
    double price = 0, input = 0, output = 0, typed = 0;
    if (!readRequest(context, &r) || !numberOption(context, "gpu-hour-price", 0, 1e6, &price)
        || !numberOption(context, "tokens-per-second", 0.001, 1e9, &typed) || !numberOption(context, "input-mtok", 0, 1e15, &input)
        || !numberOption(context, "output-mtok", 0, 1e15, &output))
        return ExitBadInput;
    const CommandLine &cl = context.commandLine;
    const QString currency = cl.value(QStringLiteral("currency")).toUpper();
    const bool monthly = cl.isSet(QStringLiteral("input-mtok")) || cl.isSet(QStringLiteral("output-mtok"));
    const SelfHostingInput in = SelfHosting::fromFit(d, *m, r, price, currency,
                                                     typed > 0 ? std::optional<double>(typed) : std::nullopt, input + output);
    const SelfHostingEstimate e = SelfHosting::estimate(in);
    if (!cl.json()) {
        printSelfHost(context, *m, r, in, e, monthly);
        return ExitOk;
    }
    QJsonObject o;
    o.insert(QStringLiteral("model"), m->id);
    o.insert(QStringLiteral("device"), deviceJson(r));
    o.insert(QStringLiteral("precision"), r.weights->id);
    o.insert(QStringLiteral("context"), r.context);
    o.insert(QStringLiteral("gpus"), e.gpus ? QJsonValue(*e.gpus) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("gpuHourPrice"), price);
    o.insert(QStringLiteral("currency"), currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(currency));
    o.insert(QStringLiteral("tokensPerSecond"), numberOrNull(in.tokensPerSecond));
    o.insert(QStringLiteral("throughputFromFit"), in.throughputFromFit);
    o.insert(QStringLiteral("costPerMTok"), numberOrNull(e.costPerMTok));
    o.insert(QStringLiteral("monthlyMTok"), monthly ? QJsonValue(in.monthlyMTok) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("monthlyCost"), monthly ? numberOrNull(e.monthlyCost) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("alwaysOnMonthly"), numberOrNull(e.alwaysOnMonthly));
    o.insert(QStringLiteral("assumptions"), QJsonArray::fromStringList(e.assumptions));
    o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(e.missing));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings));
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return ExitOk;
}
