#include "core/recommend/followup.h"

#include <QJsonArray>

#include <algorithm>

namespace {
double params(const FitChoice &c)
{
    return c.model && c.model->totalParamsB ? *c.model->totalParamsB : 0;
}

// The family's models that have weights to run (not served only through an API).
QList<const Model *> runnable(const Dataset &dataset, const QString &family)
{
    QList<const Model *> models;
    for (const Model &m : dataset.models) {
        if (m.family == family && !m.apiOnly)
            models.append(&m);
    }
    return models;
}

// Per device, how much of the memory it needs (empty where not stated).
std::optional<double> load(const FitChoice &c)
{
    if (!c.result.perDeviceBytes || c.result.availableBytes <= 0)
        return std::nullopt;
    return double(*c.result.perDeviceBytes) / double(c.result.availableBytes);
}

// The best fit of the family (the most parameters), else the one nearest to fitting.
std::optional<FitChoice> closest(const QList<FitChoice> &choices)
{
    std::optional<FitChoice> best;
    for (const FitChoice &c : choices) {
        if (c.fits() && (!best || params(c) > params(*best)))
            best = c;
    }
    if (best)
        return best;
    for (const FitChoice &c : choices) {
        const std::optional<double> l = load(c);
        if (l && (!best || *l < *load(*best)))
            best = c;
    }
    return best;
}
QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject choiceJson(const FitChoice &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("model"), c.model ? c.model->id : QString());
    o.insert(QStringLiteral("precision"), c.precision ? QJsonValue(c.precision->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("fit"), FitResult::verdictId(c.result.verdict));
    o.insert(QStringLiteral("perDeviceBytes"), orNull(c.result.perDeviceBytes));
    o.insert(QStringLiteral("availableBytes"), c.result.availableBytes);
    o.insert(QStringLiteral("maxContext"), orNull(c.result.maxContext));
    o.insert(QStringLiteral("decodeTokensPerSecond"), c.result.decodeTokensPerSecond
                                                          ? QJsonValue(*c.result.decodeTokensPerSecond)
                                                          : QJsonValue(QJsonValue::Null));
    return o;
}
} // namespace

QJsonObject FollowUp::toJson(const HardwareAdvice &a)
{
    const FitRequest &r = a.request;
    QJsonObject o;
    o.insert(QStringLiteral("device"), r.device ? QJsonValue(r.device->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("memoryGB"), r.memoryGB);
    o.insert(QStringLiteral("count"), r.count);
    o.insert(QStringLiteral("precision"), r.weights ? QJsonValue(r.weights->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("kvPrecision"), r.kv ? QJsonValue(r.kv->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("context"), r.context);
    o.insert(QStringLiteral("family"), a.family);
    QJsonArray fitting;
    for (const FitChoice &c : a.fitting)
        fitting.append(choiceJson(c));
    o.insert(QStringLiteral("fitting"), fitting);
    o.insert(QStringLiteral("otherFamily"), a.otherFamily);
    o.insert(QStringLiteral("closestOther"), a.closestOther ? QJsonValue(choiceJson(*a.closestOther)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("notStated"), a.notStated);
    return o;
}

QJsonObject FollowUp::toJson(const WorkloadAdvice &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), a.workload.on.toString(Qt::ISODate));
    o.insert(QStringLiteral("inputMTok"), a.workload.inputMTok);
    o.insert(QStringLiteral("outputMTok"), a.workload.outputMTok);
    o.insert(QStringLiteral("cachedShare"), a.workload.cachedShare);
    o.insert(QStringLiteral("family"), a.family);
    QJsonArray models;
    for (const CostLine &l : a.lines) {
        const Price &p = *l.price;
        QJsonObject m;
        m.insert(QStringLiteral("model"), p.model);
        m.insert(QStringLiteral("provider"), p.provider.text());
        m.insert(QStringLiteral("mode"), p.mode);
        m.insert(QStringLiteral("currency"), p.currency);
        m.insert(QStringLiteral("monthlyCost"), l.monthlyCost ? QJsonValue(*l.monthlyCost) : QJsonValue(QJsonValue::Null));
        m.insert(QStringLiteral("date"), p.date().isValid() ? QJsonValue(p.date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
        m.insert(QStringLiteral("possiblyOutdated"), l.possiblyOutdated);
        m.insert(QStringLiteral("sources"), QJsonArray::fromStringList(p.sources));
        models.append(m);
    }
    o.insert(QStringLiteral("models"), models);
    return o;
}

QStringList FollowUp::asked(const Dataset &dataset, const QMap<QString, QString> &effectiveAnswers)
{
    QStringList pages;
    for (const Question &q : dataset.questions) {
        const QuestionOption *o = q.option(effectiveAnswers.value(q.id));
        if (o && !o->asks.isEmpty() && !pages.contains(o->asks))
            pages.append(o->asks);
    }
    // In a fixed order: the hardware first.
    std::sort(pages.begin(), pages.end(), [](const QString &a, const QString &b) {
        return (a == QLatin1String("hardware")) > (b == QLatin1String("hardware"));
    });
    return pages;
}

QString FollowUp::validate(const Dataset &dataset, const AnswerExtras &extras)
{
    const HardwareAnswer &h = extras.hardware;
    if (!h.device.isEmpty() && !dataset.device(h.device)) {
        QStringList ids;
        for (const Device &d : dataset.devices)
            ids.append(d.id);
        return tr("unknown device \"%1\"; choose one of %2").arg(h.device, ids.join(QStringLiteral(", ")));
    }
    if (!h.precision.isEmpty() && !dataset.precision(h.precision)) {
        QStringList ids;
        for (const Precision &p : dataset.precisions)
            ids.append(p.id);
        return tr("unknown precision \"%1\"; choose one of %2").arg(h.precision, ids.join(QStringLiteral(", ")));
    }
    return {};
}

FitRequest FollowUp::request(const Dataset &dataset, const HardwareAnswer &hardware)
{
    FitRequest r = FitRequest::defaults(dataset);
    if (const Device *d = dataset.device(hardware.device)) {
        r.setDevice(d);
    } else {
        r.setDevice(nullptr);
        r.memoryGB = hardware.memoryGB;
        r.bandwidthGBps = hardware.bandwidthGBps;
    }
    r.count = std::max(1, hardware.count);
    if (hardware.context > 0)
        r.context = hardware.context;
    r.weights = hardware.precision.isEmpty() ? nullptr : dataset.precision(hardware.precision);
    return r;
}

FitChoice FollowUp::choose(const Dataset &dataset, const Model &model, const FitRequest &request)
{
    FitChoice choice;
    choice.model = &model;
    FitRequest r = request;
    if (r.weights) {
        choice.precision = r.weights;
        choice.result = Fit::compute(dataset, model, r);
        return choice;
    }
    QList<const Precision *> precisions;
    for (const Precision &p : dataset.precisions)
        precisions.append(&p);
    std::stable_sort(precisions.begin(), precisions.end(),
                     [](const Precision *a, const Precision *b) { return a->bitsPerWeight > b->bitsPerWeight; });
    for (const Precision *p : std::as_const(precisions)) {
        r.weights = p;
        choice.precision = p;
        choice.result = Fit::compute(dataset, model, r);
        if (choice.fits() || choice.result.verdict == FitResult::Verdict::Unknown)
            break;
    }
    return choice;
}

HardwareAdvice FollowUp::hardware(const Dataset &dataset, const QStringList &ranking, const HardwareAnswer &answer)
{
    HardwareAdvice advice;
    advice.request = request(dataset, answer);
    advice.family = ranking.value(0);
    advice.otherFamily = ranking.value(1);
    for (const Model *m : runnable(dataset, advice.family)) {
        const FitChoice c = choose(dataset, *m, advice.request);
        if (c.result.verdict == FitResult::Verdict::Unknown)
            ++advice.notStated;
        else if (c.fits())
            advice.fitting.append(c);
    }
    std::stable_sort(advice.fitting.begin(), advice.fitting.end(),
                     [](const FitChoice &a, const FitChoice &b) { return params(a) > params(b); });
    QList<FitChoice> others;
    for (const Model *m : runnable(dataset, advice.otherFamily))
        others.append(choose(dataset, *m, advice.request));
    advice.closestOther = closest(others);
    return advice;
}

WorkloadAdvice FollowUp::workload(const Dataset &dataset, const QString &family, const WorkloadAnswer &answer)
{
    WorkloadAdvice advice;
    advice.family = family;
    advice.workload.inputMTok = answer.inputMTok;
    advice.workload.outputMTok = answer.outputMTok;
    advice.workload.cachedShare = answer.cachedShare;
    advice.workload.on = Cost::newestDate(dataset);
    for (const CostLine &line : Cost::lines(dataset, advice.workload, Cost::referenceDate(dataset))) {
        const Model *m = dataset.model(line.price->model);
        if (m && m->family == family)
            advice.lines.append(line);
    }
    // Open-weight models without a list price are many (they are run, not rented); a model
    // served only through an API without a price is named.
    for (const Model &m : dataset.models) {
        const bool priced = std::any_of(advice.lines.cbegin(), advice.lines.cend(),
                                        [&m](const CostLine &l) { return l.price->model == m.id; });
        if (m.family == family && m.apiOnly && !priced)
            advice.unpriced.append(m.id);
    }
    return advice;
}
