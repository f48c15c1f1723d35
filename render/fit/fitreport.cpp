#include "render/fit/fitreport.h"

#include "render/charts/chartexport.h"
#include "render/html/html.h"
#include "render/report/reportsection.h"

#include <QLocale>

#include <algorithm>

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(Html::escapeLines(text));
}

QString hardware(const FitRequest &r)
{
    const QString device = r.device ? r.device->name : Fit::tr("a device of %1 GB").arg(QLocale().toString(r.memoryGB));
    const QString bandwidth = r.bandwidthGBps ? Fit::tr("%1 GB/s").arg(QLocale().toString(*r.bandwidthGBps)) : Fit::tr("not stated");
    return Fit::tr("%1 × %2 (%3 GB each, bandwidth %4); weights %5, KV cache %6; context %7 tokens, sequences: %8.")
        .arg(r.count)
        .arg(device, QLocale().toString(r.memoryGB), bandwidth, r.weights->name, r.kv->name, QLocale().toString(r.context))
        .arg(r.sequences);
}
// The dataset's memory-against-context chart for this hardware, under its own heading.
void addChart(ReportSection *section, const Dataset &dataset, const FitRequest &request, const QStringList &models)
{
    const auto chart = std::find_if(dataset.charts.cbegin(), dataset.charts.cend(),
                                    [](const Chart &c) { return c.kind == QLatin1String("fit-context"); });
    if (chart == dataset.charts.cend())
        return;
    section->addHeading(chart->title.text(section->language()), 2, false);
    Chart untitled = *chart;
    untitled.title = {};
    untitled.subtitle = {};
    ChartOptions options;
    options.fit = request;
    options.models = models;
    section->addChart([&dataset, untitled, options](QPainter *p, const QRectF &r) {
        ChartExport::paint(dataset, untitled, p, r, options);
    });
}
} // namespace

void FitReport::writeSection(ReportSection *section, const Dataset &dataset, const FitRequest &request,
                             const QStringList &chartModels, const QString &title)
{
    if (!request.weights || !request.kv)
        return;
    section->addHeading(title, 1, true);
    section->addText(paragraph(hardware(request)), 0, false);
    const QList<FitResult> results = Fit::computeAll(dataset, request);
    QList<ReportSection::RowCells> rows;
    for (const FitResult &f : results) {
        const Model *model = dataset.model(f.model);
        rows.append({{Html::escape(Fit::modelName(dataset, f.model)), {}},
                     {model ? section->familyLabel(model->family) : QString(), {}},
                     {Html::escapeLines(Fit::memoryText(f, request.count)), {}},
                     {Html::escape(FitResult::verdictText(f.verdict)), {}},
                     {Html::escapeLines(Fit::contextText(f)), {}},
                     {Html::escape(Fit::speedText(f)), {}}});
    }
    section->addTable({{Fit::tr("Model"), 1.4, {}},
                       {Fit::tr("Family"), 1.1, {}},
                       {Fit::tr("Memory on a device"), 1.4, {}},
                       {Fit::tr("Fit"), 0.8, {}},
                       {Fit::tr("Largest context that fits"), 1.6, {}},
                       {Fit::tr("Decode speed bound"), 1.3, {}}},
                      rows);
    // The formulas once, as the first model with every input stated has them.
    section->addHeading(Fit::tr("How the figures are computed"), 2, false);
    QStringList formulas{Fit::tr("Weights: %1.").arg(results.isEmpty() ? QString() : results.constFirst().weights.formula),
                         Fit::tr("KV cache, GQA: 2 (K and V) × layers × KV heads × head_dim × bytes × tokens × sequences; "
                                 "MLA: layers × (kv_lora_rank + qk_rope_head_dim) × bytes × tokens × sequences; hybrid: "
                                 "only the layers that keep a KV cache. The linear-attention state of a hybrid model is "
                                 "derived from its configuration."),
                         Fit::tr("Several devices split the weights and the cache; each one's memory is counted on its own."),
                         Fit::tr("The decode speed is an upper bound from memory bandwidth alone, never a measurement."),
                         dataset.fitDefaults.assumption.text(),
                         Fit::tr("\"Not stated\" marks a figure one of whose inputs no source read states.")};
    for (const QString &f : std::as_const(formulas)) {
        if (!f.isEmpty())
            section->addText(paragraph(f), 0, true);
    }
    addChart(section, dataset, request, chartModels);
}
