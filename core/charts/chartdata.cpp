#include "core/charts/chartdata.h"

#include "core/cost/cost.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

QStringList stringList(const QJsonObject &spec, const char *key)
{
    QStringList out;
    const QJsonArray a = spec.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QString familyName(const Dataset &d, const QString &familyId)
{
    const Family *f = d.family(familyId);
    return f ? f->shortName.text() : familyId;
}

QString statusName(const Dataset &d, const QString &statusId)
{
    const Status *s = d.status(statusId);
    return s ? s->name.text() : statusId;
}

// The modes a benchmark chart shows for "both" (every mode): thinking and non-thinking
// first, then the dataset's own modes in its order, then scores that name no mode.
QStringList modesOf(const Dataset &d, const QString &benchmarkId)
{
    QStringList order{QStringLiteral("thinking"), QStringLiteral("non-thinking")};
    for (const Mode &m : d.modes) {
        if (!order.contains(m.id))
            order.append(m.id);
    }
    order.append(QString());
    QSet<QString> used;
    for (const Score &s : d.scores) {
        if (s.benchmark == benchmarkId)
            used.insert(s.mode);
    }
    QStringList modes;
    for (const QString &m : std::as_const(order)) {
        if (used.contains(m))
            modes.append(m);
    }
    return modes;
}

QString sourceTitle(const Dataset &d, const QString &sourceId)
{
    const Source *s = d.source(sourceId);
    return s ? s->title.text() : sourceId;
}

bool familyShown(const ChartOptions &o, const QString &family)
{
    return !o.hiddenFamilies.contains(family);
}

// Finds or adds the series for a family, mode and status, in a stable order.
ChartSeriesData &seriesFor(ChartData &c, const Dataset &d, const QString &family, const QString &mode,
                           const QString &status, bool withStatus)
{
    for (ChartSeriesData &s : c.series) {
        if (s.family == family && s.mode == mode && s.status == status)
            return s;
    }
    ChartSeriesData s;
    s.family = family;
    s.mode = mode;
    s.status = status;
    QStringList parts{familyName(d, family)};
    if (!mode.isEmpty())
        parts.append(d.modeName(mode));
    if (withStatus || (!status.isEmpty() && ChartData::statusStyle(d, status) != 0))
        parts.append(statusName(d, status));
    s.name = parts.join(QStringLiteral(" · "));
    c.series.append(s);
    return c.series.last();
}

// A sentence taken into another one: without its own final full stop.
QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)) || text.endsWith(QChar(0xFF0E)))
        text.chop(1);
    return text;
}

// A footnote naming the fill of every status the chart uses.
void addStyleNote(ChartData &c, const Dataset &d)
{
    QStringList seen;
    QStringList parts;
    for (const ChartSeriesData &s : std::as_const(c.series)) {
        if (seen.contains(s.status) || s.status.isEmpty())
            continue;
        seen.append(s.status);
        const int style = ChartData::statusStyle(d, s.status);
        const QString how = style == 0   ? ChartData::tr("solid")
                            : style == 1 ? ChartData::tr("pale with a border")
                            : style == 3 ? ChartData::tr("hatched with a border")
                                         : ChartData::tr("dashed outline, no fill");
        const Status *st = d.status(s.status);
        // The description is a sentence; inside the brackets it loses its full stop, which the
        // note's own ends the whole with (no ".)." nor "。）。").
        parts.append(ChartData::tr("%1 = %2 (%3)").arg(how, statusName(d, s.status),
                                                       withoutFinalStop(st ? st->description.text() : QString())));
    }
    if (!parts.isEmpty())
        c.footnotes.append(ChartData::tr("How sure: %1.").arg(parts.join(QStringLiteral("; "))));
}

QString sizeText(double billions)
{
    return ChartData::tr("%1B").arg(ChartData::formatNumber(billions));
}

QString betterText(bool higherIsBetter)
{
    return higherIsBetter ? ChartData::tr("higher is better") : ChartData::tr("lower is better");
}

QString sizeAxis(const QString &what, bool log)
{
    return log ? ChartData::tr("%1, billions (log scale): a size, not a score").arg(what)
               : ChartData::tr("%1, billions: a size, not a score").arg(what);
}

void addNotPlotted(ChartData &c, const QStringList &models)
{
    if (!models.isEmpty())
        c.footnotes.append(ChartData::tr("Not plotted, a size not stated by the source: %1.").arg(models.join(QStringLiteral(", "))));
}

// Whether a family's models are drawn: the chart's "families" (all if absent), less the hidden.
bool familyIncluded(const Chart &chart, const ChartOptions &o, const QString &family)
{
    const QJsonArray families = chart.spec.value(QLatin1String("families")).toArray();
    return (families.isEmpty() || families.contains(QJsonValue(family))) && familyShown(o, family);
}

} // namespace

QString ChartData::figureValue(const Figure &f)
{
    QString value = formatNumber(f.value);
    if (f.valueMax)
        value = tr("%1 to %2").arg(value, formatNumber(*f.valueMax));
    switch (f.bound) {
    case Figure::Bound::AtLeast: return tr("at least %1").arg(value);
    case Figure::Bound::Below: return tr("below %1").arg(value);
    case Figure::Bound::About: return tr("about %1").arg(value);
    case Figure::Bound::Exact: break;
    }
    return value;
}

namespace {
void buildFigures(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Bars;
    QStringList units;
    QStringList quotes;
    for (const QString &id : stringList(chart.spec, "figures")) {
        const Figure *f = d.figure(id);
        if (!f || !familyShown(o, f->family))
            continue;
        const int row = int(c.categories.size());
        c.categories.append(f->label.text());
        c.gapLabels.append(QString());
        const QString value = ChartData::figureValue(*f);
        const QString unit = f->unit.text();
        if (!units.contains(unit))
            units.append(unit);
        ChartPoint p;
        p.x = row;
        p.y = f->valueMax.value_or(f->value);
        p.key = f->id;
        p.label = ChartData::tr("%1 %2 · %3").arg(value, unit, statusName(d, f->status).toLower());
        const QString quote = f->ref.quote.text();
        p.tooltip = ChartData::tr("%1: %2 %3\nHow sure: %4\nThe document: “%5”")
                        .arg(f->label.text(), value, unit, statusName(d, f->status),
                             quote.isEmpty() ? f->ref.passage : quote);
        quotes.append(ChartData::tr("%1: %2 (passage %3)").arg(f->label.text(), statusName(d, f->status), f->ref.passage));
        seriesFor(c, d, f->family, QString(), f->status, true).points.append(p);
    }
    const QString better = chart.spec.value(QLatin1String("better")).toString();
    const QString which = better == QLatin1String("higher") ? betterText(true)
        : better == QLatin1String("lower")                  ? betterText(false)
                                                            : ChartData::tr("neither better nor worse");
    c.xTitle = units.size() == 1 ? ChartData::tr("%1: %2").arg(units.first(), which)
                                 : ChartData::tr("value in the unit each label names: %1").arg(which);
    c.percent = units.size() == 1 && units.first().contains(QLatin1Char('%'));
    c.footnotes.append(ChartData::tr("Source: the document itself. %1.").arg(quotes.join(QStringLiteral("; "))));
    addStyleNote(c, d);
}

void buildBenchmark(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Bars;
    const QString benchmarkId = chart.spec.value(QLatin1String("benchmark")).toString();
    const Benchmark *b = d.benchmark(benchmarkId);
    if (!b)
        return;
    const QStringList modes = c.mode == QLatin1String("both") || c.mode.isEmpty() ? modesOf(d, benchmarkId)
                                                                                  : QStringList{c.mode};
    QSet<QString> settings;
    QSet<QString> reporters;
    QMap<QString, QString> sourceNotes; // source id -> note
    QStringList settingNotes;
    QStringList missing;
    for (const QString &modelId : std::as_const(c.chosenModels)) {
        const Model *m = d.model(modelId);
        if (!m || !familyShown(o, m->family))
            continue;
        bool any = false;
        for (const QString &mode : std::as_const(modes)) {
            for (const Score &s : d.scores) {
                if (s.model != modelId || s.benchmark != benchmarkId || s.mode != mode)
                    continue;
                any = true;
                const int row = int(c.categories.size());
                c.categories.append(ChartData::tr("%1 · %2").arg(m->name, d.modeName(mode)));
                c.gapLabels.append(QString());
                const QString setting = s.setting.text();
                settings.insert(setting);
                reporters.insert(Dataset::reporterId(s));
                const QString value = s.uncertainty.isEmpty()
                                          ? ChartData::formatNumber(s.value)
                                          : ChartData::tr("%1 %2").arg(ChartData::formatNumber(s.value), s.uncertainty.text());
                QString label = ChartData::tr("%1  [%2]").arg(value, s.source);
                if (Dataset::reporterId(s) != m->family)
                    label += ChartData::tr(" reported by %1").arg(d.reporterName(s));
                if (!setting.isEmpty()) {
                    label += QStringLiteral(" *");
                    settingNotes.append(ChartData::tr("%1 · %2: %3").arg(m->name, d.modeName(mode), setting));
                }
                ChartPoint p;
                p.x = row;
                p.y = s.value;
                p.key = modelId;
                p.label = label;
                p.tooltip = ChartData::tr("%1 · %2 on %3: %4 %5\nReported by %6 in %7 (%8)\nSetting: %9\nHow sure: %10")
                                .arg(m->name, d.modeName(mode), b->name, value, s.unit.text(),
                                     d.reporterName(s), sourceTitle(d, s.source), s.source,
                                     setting.isEmpty() ? ChartData::tr("not stated by the source") : setting,
                                     statusName(d, s.status));
                sourceNotes.insert(s.source, ChartData::tr("[%1] %2, reported by %3")
                                                 .arg(s.source, sourceTitle(d, s.source), d.reporterName(s)));
                seriesFor(c, d, m->family, mode, s.status, false).points.append(p);
            }
        }
        if (!any) {
            c.categories.append(m->name);
            c.gapLabels.append(ChartData::tr("no score reported"));
            missing.append(m->name);
        }
    }
    c.xTitle = ChartData::tr("%1, %2: %3").arg(b->name, b->unit.text(), betterText(b->higherIsBetter));
    c.percent = b->unit.text().contains(QLatin1Char('%'));
    if (!sourceNotes.isEmpty())
        c.footnotes.append(ChartData::tr("Who reported each score: %1.").arg(sourceNotes.values().join(QStringLiteral("; "))));
    if (!settingNotes.isEmpty())
        c.footnotes.append(ChartData::tr("* Settings: %1. The other scores name no setting.")
                               .arg(settingNotes.join(QStringLiteral("; "))));
    if (settings.size() > 1 || reporters.size() > 1)
        c.footnotes.append(ChartData::tr("Not strictly comparable: these scores were measured under different "
                                         "settings or reported by different makers."));
    if (!missing.isEmpty())
        c.footnotes.append(ChartData::tr("No score reported for %1: shown as a gap, not as zero.")
                               .arg(missing.join(QStringLiteral(", "))));
    addStyleNote(c, d);
}

// Two scores in one unit: the same words, or both percentages ("pass@1 %" and "%").
bool sameUnit(const Score &a, const Score &b)
{
    const QString ua = a.unit.text(QStringLiteral("en")), ub = b.unit.text(QStringLiteral("en"));
    return ua == ub || (ua.contains(QLatin1Char('%')) && ub.contains(QLatin1Char('%')));
}

// The maker's score minus a third party's, per model and benchmark where both exist: the
// maker's highest where it reports several (modes, settings), as makers headline it.
void buildEvidenceGap(ChartData &c, const Dataset &d, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Bars;
    for (const Score &s : d.scores) {
        const Model *m = d.model(s.model);
        const Benchmark *b = d.benchmark(s.benchmark);
        if (s.evaluator.isEmpty() || !m || !b || !familyShown(o, m->family))
            continue;
        const Score *vendor = nullptr;
        for (const Score &v : d.scores) {
            if (v.model == s.model && v.benchmark == s.benchmark && v.evaluator.isEmpty()
                && sameUnit(v, s) && (!vendor || v.value > vendor->value))
                vendor = &v;
        }
        if (!vendor)
            continue;
        const QString who = s.setting.isEmpty() ? s.evaluator : ChartData::tr("%1, %2").arg(s.evaluator, s.setting.text());
        ChartPoint p;
        p.x = c.categories.size();
        p.y = vendor->value - s.value;
        p.key = s.model;
        const QString independent = s.uncertainty.isEmpty()
                                        ? ChartData::formatNumber(s.value)
                                        : ChartData::tr("%1 %2").arg(ChartData::formatNumber(s.value), s.uncertainty.text());
        p.label = ChartData::tr("%1%2 (%3 − %4)")
                      .arg(p.y > 0 ? QStringLiteral("+") : QString(), ChartData::formatNumber(p.y),
                           ChartData::formatNumber(vendor->value), independent);
        p.tooltip = ChartData::tr("%1 on %2: the maker's %3 %4 (%5, %6) minus %7's %8 %4 (%9)")
                        .arg(m->name, b->name, ChartData::formatNumber(vendor->value), vendor->unit.text(),
                             d.modeName(vendor->mode), sourceTitle(d, vendor->source), who, independent,
                             sourceTitle(d, s.source));
        c.categories.append(s.setting.isEmpty() ? ChartData::tr("%1 · %2").arg(m->name, b->name)
                                                : ChartData::tr("%1 · %2 · %3").arg(m->name, b->name, s.setting.text()));
        c.gapLabels.append(QString());
        seriesFor(c, d, m->family, QString(), QString(), false).points.append(p);
    }
    c.xTitle = ChartData::tr("Maker's minus independent score");
    c.footnotes.append(ChartData::tr("Above zero the maker's score is higher. Where the maker reports several scores on a "
                                     "benchmark (modes, settings), its highest is taken; each bar's tooltip names both "
                                     "sources."));
    if (c.categories.isEmpty())
        c.footnotes.append(ChartData::tr("No model has both a maker's and an independent score on one benchmark."));
}

void buildParameters(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Scatter;
    c.xLog = c.yLog;
    QStringList missing;
    QHash<QString, QList<QStringList>> names; // per family and point: the models drawn there
    for (const Model &m : d.models) {
        if (!familyIncluded(chart, o, m.family))
            continue;
        if (!m.totalParamsB || !m.activeParamsB || *m.totalParamsB <= 0 || *m.activeParamsB <= 0) {
            missing.append(m.name);
            continue;
        }
        ChartSeriesData &s = seriesFor(c, d, m.family, QString(), QString(), false);
        const QString line = ChartData::tr("%1 (source: %2, %3)").arg(m.name, sourceTitle(d, m.source), m.source);
        // Models of the same size share one point and one label.
        qsizetype at = -1;
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            if (s.points.at(i).x == *m.activeParamsB && s.points.at(i).y == *m.totalParamsB)
                at = i;
        }
        if (at < 0) {
            ChartPoint p;
            p.x = *m.activeParamsB;
            p.y = *m.totalParamsB;
            p.key = m.id;
            p.label = m.name;
            p.tooltip = ChartData::tr("%1 total, %2 active per token:\n%3").arg(sizeText(p.y), sizeText(p.x), line);
            s.points.append(p);
            names[m.family].append({m.name});
            continue;
        }
        QStringList &same = names[m.family][at];
        same.append(m.name);
        s.points[at].label = ChartData::tr("%1 and %n more", nullptr, int(same.size() - 1)).arg(same.first());
        s.points[at].tooltip += QLatin1Char('\n') + line;
    }
    c.diagonal = ChartData::tr("dense: total = active");
    c.xTitle = sizeAxis(ChartData::tr("Active parameters per token"), c.xLog);
    c.yTitle = sizeAxis(ChartData::tr("Total parameters"), c.yLog);
    c.footnotes.append(ChartData::tr("Sizes from each model's card or report, as the maker states them. "
                                     "Dense models have as many active as total parameters."));
    addNotPlotted(c, missing);
}

void buildSizeLadder(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Lines;
    QStringList missing;
    for (const Family &f : d.families) {
        if (!familyIncluded(chart, o, f.id))
            continue;
        QMap<double, QList<const Model *>> bySize;
        for (const Model &m : d.models) {
            if (m.family != f.id)
                continue;
            if (!m.totalParamsB || *m.totalParamsB <= 0)
                missing.append(m.name);
            else
                bySize[*m.totalParamsB].append(&m);
        }
        if (bySize.isEmpty())
            continue;
        ChartSeriesData &s = seriesFor(c, d, f.id, QString(), QString(), false);
        int step = 0;
        for (auto it = bySize.cbegin(); it != bySize.cend(); ++it) {
            QStringList names;
            QStringList sources;
            for (const Model *m : it.value()) {
                names.append(m->name);
                sources.append(m->source);
            }
            sources.removeDuplicates();
            ChartPoint p;
            p.x = ++step;
            p.y = it.key();
            p.key = it.value().first()->id;
            p.label = names.size() == 1 ? ChartData::tr("%1 (%2)").arg(names.first(), sizeText(it.key()))
                                        : ChartData::tr("%1 and %n more (%2)", nullptr, int(names.size() - 1))
                                              .arg(names.first(), sizeText(it.key()));
            p.tooltip = ChartData::tr("%1 total parameters: %2\nSource: %3")
                            .arg(sizeText(it.key()), names.join(QStringLiteral(", ")), sources.join(QStringLiteral(", ")));
            s.points.append(p);
        }
    }
    const QString figureId = chart.spec.value(QLatin1String("figure")).toString();
    if (const Figure *fig = d.figure(figureId)) {
        const QString status = statusName(d, fig->status).toLower();
        c.referenceLines.append({fig->value, ChartData::tr("The document: %1 %2 (%3)")
                                                 .arg(ChartData::formatNumber(fig->value),
                                                      fig->unit.text(), status)});
        if (fig->valueMax)
            c.referenceLines.append({*fig->valueMax, ChartData::tr("The document: %1 %2 (%3)")
                                                         .arg(ChartData::formatNumber(*fig->valueMax),
                                                              fig->unit.text(), status)});
        c.footnotes.append(ChartData::tr("Dashed lines: the document's range, “%1” (passage %2).")
                               .arg(fig->ref.quote.text(), fig->ref.passage));
    }
    c.xTitle = ChartData::tr("Sizes of the family, smallest to largest (one step per distinct size)");
    c.yTitle = sizeAxis(ChartData::tr("Total parameters"), c.yLog);
    c.footnotes.append(ChartData::tr("Only the models in the dataset; a family may publish more sizes."));
    addNotPlotted(c, missing);
}

void buildReleases(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Timeline;
    QStringList missing;
    for (const Model &m : d.models) {
        if (!familyIncluded(chart, o, m.family))
            continue;
        const QDate date = QDate::fromString(m.released + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid() || !m.totalParamsB || *m.totalParamsB <= 0) {
            missing.append(m.name);
            continue;
        }
        ChartPoint p;
        p.x = double(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
        p.y = *m.totalParamsB;
        p.key = m.id;
        p.label = m.name;
        p.tooltip = ChartData::tr("%1: released %2, %3 total parameters\nSource: %4 (%5)")
                        .arg(m.name, m.released, sizeText(p.y), sourceTitle(d, m.source), m.source);
        seriesFor(c, d, m.family, QString(), QString(), false).points.append(p);
    }
    const QDate document = QDate::fromString(d.documentDate + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (document.isValid()) {
        // The document's month: models right of the line were released after it.
        const QString month = QLocale().toString(document, QStringLiteral("yyyy-MM"));
        c.referenceLines.append({double(document.startOfDay(Qt::UTC).toMSecsSinceEpoch()),
                                 ChartData::tr("The document (%1)").arg(month), true});
        c.footnotes.append(ChartData::tr("Dashed line: the document's date, %1; the models right of it were released "
                                         "after it (facts as of %2).")
                               .arg(month, d.asOf.isEmpty() ? LocalizedText::notStated() : d.asOf));
    }
    c.xTitle = ChartData::tr("Release month");
    c.yTitle = sizeAxis(ChartData::tr("Total parameters"), c.yLog);
    c.footnotes.append(ChartData::tr("Release months and sizes from each model's card or report."));
    addNotPlotted(c, missing);
}

void buildEfficiency(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Scatter;
    const QString benchmarkId = chart.spec.value(QLatin1String("benchmark")).toString();
    const Benchmark *b = d.benchmark(benchmarkId);
    if (!b)
        return;
    c.xLog = c.yLog;
    c.yLog = false;
    QStringList missing;
    QStringList noSize;
    QSet<QString> settings;
    QMap<QString, QString> sourceNotes;
    for (const QString &modelId : std::as_const(c.chosenModels)) {
        const Model *m = d.model(modelId);
        if (!m || !familyShown(o, m->family))
            continue;
        bool any = false;
        for (const Score &s : d.scores) {
            if (s.model != modelId || s.benchmark != benchmarkId
                || (c.mode != QLatin1String("both") && s.mode != c.mode))
                continue;
            any = true;
            if (!m->activeParamsB || *m->activeParamsB <= 0) {
                noSize.append(m->name);
                continue;
            }
            settings.insert(s.setting.text());
            ChartPoint p;
            p.x = *m->activeParamsB;
            p.y = s.value;
            p.key = modelId;
            p.label = c.mode == QLatin1String("both") ? ChartData::tr("%1 · %2").arg(m->name, d.modeName(s.mode)) : m->name;
            p.tooltip = ChartData::tr("%1 · %2: %3 %4 with %5 active parameters\nReported by %6 in %7 (%8)\nSetting: %9")
                            .arg(m->name, d.modeName(s.mode), ChartData::formatNumber(s.value), s.unit.text(),
                                 sizeText(p.x), d.reporterName(s), sourceTitle(d, s.source), s.source,
                                 s.setting.isEmpty() ? ChartData::tr("not stated by the source") : s.setting.text());
            sourceNotes.insert(s.source, ChartData::tr("[%1] %2, reported by %3")
                                             .arg(s.source, sourceTitle(d, s.source), d.reporterName(s)));
            seriesFor(c, d, m->family, s.mode, s.status, false).points.append(p);
        }
        if (!any)
            missing.append(m->name);
    }
    c.xTitle = sizeAxis(ChartData::tr("Active parameters per token"), c.xLog);
    c.yTitle = ChartData::tr("%1, %2: %3").arg(b->name, b->unit.text(), betterText(b->higherIsBetter));
    c.percent = b->unit.text().contains(QLatin1Char('%'));
    c.footnotes.append(ChartData::tr("Up and to the left is more score for fewer active parameters."));
    if (!sourceNotes.isEmpty())
        c.footnotes.append(ChartData::tr("Who reported each score: %1.").arg(sourceNotes.values().join(QStringLiteral("; "))));
    if (settings.size() > 1)
        c.footnotes.append(ChartData::tr("Not strictly comparable: these scores were measured under different settings "
                                         "(hover a point for its setting)."));
    if (!missing.isEmpty() && c.mode == QLatin1String("both"))
        c.footnotes.append(ChartData::tr("No score for %1: left out, not drawn as zero.").arg(missing.join(QStringLiteral(", "))));
    else if (!missing.isEmpty())
        c.footnotes.append(ChartData::tr("No %1 score for %2: left out, not drawn as zero.")
                               .arg(d.modeName(c.mode), missing.join(QStringLiteral(", "))));
    if (!noSize.isEmpty())
        c.footnotes.append(ChartData::tr("Not plotted, active parameters not stated: %1.").arg(noSize.join(QStringLiteral(", "))));
    addStyleNote(c, d);
}

// Each model's lowest standard blended price in one currency on a day (cache misses, no
// discount window, the lowest context band).
QHash<QString, const Price *> cheapestPrices(const Dataset &d, const QDate &day, const QString &currency,
                                             const ChartOptions &o)
{
    QHash<QString, const Price *> cheapest;
    for (const Price *p : Cost::inForce(d, day)) {
        if (p->discount || p->currency != currency || (p->tier && p->tier->minInputTokens > 0))
            continue;
        const Price *before = cheapest.value(p->model);
        if (!before || Cost::blendedPrice(*p, o.inputParts, o.outputParts)
                           < Cost::blendedPrice(*before, o.inputParts, o.outputParts))
            cheapest.insert(p->model, p);
    }
    return cheapest;
}

// Whether no point of the chart beats p on both price (lower) and score (higher).
bool unbeaten(const ChartData &c, const ChartPoint &p)
{
    for (const ChartSeriesData &t : c.series) {
        for (const ChartPoint &q : t.points) {
            if (q.x <= p.x && q.y >= p.y && (q.x < p.x || q.y > p.y))
                return false;
        }
    }
    return true;
}

// The points no other point beats: the models in the cheaper-and-better corner.
QStringList cheaperAndBetter(const ChartData &c)
{
    QStringList names;
    for (const ChartSeriesData &s : c.series) {
        for (const ChartPoint &p : s.points) {
            if (unbeaten(c, p) && !names.contains(p.label))
                names.append(p.label);
        }
    }
    return names;
}

// Those points themselves, by price (then score), once each.
QList<QPointF> frontierOf(const ChartData &c)
{
    QList<QPointF> points;
    for (const ChartSeriesData &s : c.series) {
        for (const ChartPoint &p : s.points) {
            if (unbeaten(c, p) && !points.contains(QPointF(p.x, p.y)))
                points.append(QPointF(p.x, p.y));
        }
    }
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    return points;
}

void buildPriceScore(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Scatter;
    const Benchmark *b = d.benchmark(o.benchmark.isEmpty() ? chart.spec.value(QLatin1String("benchmark")).toString()
                                                           : o.benchmark);
    if (!b)
        return;
    c.xLog = c.yLog;
    c.yLog = false;
    const QString currency = chart.spec.value(QLatin1String("currency")).toString(QStringLiteral("USD"));
    const QDate day = o.pricesOn.isValid() ? o.pricesOn : Cost::newestDate(d);
    const QHash<QString, const Price *> cheapest = cheapestPrices(d, day, currency, o);
    QStringList unpriced;
    QMap<QString, QString> sourceNotes;
    for (const QString &modelId : std::as_const(c.chosenModels)) {
        const Model *m = d.model(modelId);
        if (!m || !familyShown(o, m->family))
            continue;
        const Price *price = cheapest.value(modelId);
        for (const Score &s : d.scores) {
            if (s.model != modelId || s.benchmark != b->id || (c.mode != QLatin1String("both") && s.mode != c.mode))
                continue;
            if (!price) {
                if (!unpriced.contains(m->name))
                    unpriced.append(m->name);
                continue;
            }
            ChartPoint p;
            p.x = Cost::blendedPrice(*price, o.inputParts, o.outputParts);
            p.y = s.value;
            p.key = modelId;
            p.label = c.mode == QLatin1String("both") ? ChartData::tr("%1 · %2").arg(m->name, d.modeName(s.mode)) : m->name;
            p.tooltip = ChartData::tr("%1 · %2: %3 %4 at %5 %6 per million tokens (blended)\nPrice: %7, %8 (%9)\n"
                                      "Score reported by %10 in %11 (%12)")
                            .arg(m->name, d.modeName(s.mode), ChartData::formatNumber(s.value), s.unit.text(),
                                 ChartData::formatNumber(p.x), currency, price->provider.text(), Cost::dateText(*price),
                                 price->sources.join(QStringLiteral(", ")))
                            .arg(d.reporterName(s), sourceTitle(d, s.source), s.source);
            sourceNotes.insert(s.source, ChartData::tr("[%1] %2, reported by %3")
                                             .arg(s.source, sourceTitle(d, s.source), d.reporterName(s)));
            seriesFor(c, d, m->family, s.mode, s.status, false).points.append(p);
        }
    }
    c.xTitle = c.xLog ? ChartData::tr("Blended price, %1 per million tokens (log scale)").arg(currency)
                      : ChartData::tr("Blended price, %1 per million tokens").arg(currency);
    c.yTitle = ChartData::tr("%1, %2: %3").arg(b->name, b->unit.text(), betterText(b->higherIsBetter));
    c.percent = b->unit.text().contains(QLatin1Char('%'));
    c.footnotes.append(ChartData::tr("Up and to the left is a higher score for a lower price. Cheaper and better than "
                                     "every other model shown (none both cheaper and higher): %1.")
                           .arg(cheaperAndBetter(c).join(QStringLiteral(", "))));
    c.frontier = frontierOf(c);
    if (!c.frontier.isEmpty())
        c.footnotes.append(ChartData::tr("The shaded corner: prices and scores that no model shown beats on both."));
    c.footnotes.append(ChartData::tr("List prices in force on %1, %2 per million tokens, blended %3:%4 (input on a cache "
                                     "miss : output), each model at its lowest standard price; prices in other "
                                     "currencies are not drawn (no exchange rate is assumed).")
                           .arg(day.toString(Qt::ISODate), currency)
                           .arg(o.inputParts)
                           .arg(o.outputParts));
    if (!sourceNotes.isEmpty())
        c.footnotes.append(ChartData::tr("Who reported each score: %1.").arg(sourceNotes.values().join(QStringLiteral("; "))));
    if (!unpriced.isEmpty())
        c.footnotes.append(ChartData::tr("Not plotted, no %1 price in force that day: %2.")
                               .arg(currency, unpriced.join(QStringLiteral(", "))));
    addStyleNote(c, d);
}


QString contextShort(qint64 tokens)
{
    return ChartData::tr("%1K").arg(QLocale().toString(double(tokens) / 1024, 'g', 6));
}

QString fitHardware(const FitRequest &r)
{
    const QString device = r.device ? r.device->name : ChartData::tr("a device");
    const QString memory = QLocale().toString(r.memoryGB, 'g', 12);
    return r.count > 1 ? ChartData::tr("each of %1 × %2: %3 GB").arg(r.count).arg(device, memory)
                       : ChartData::tr("%1: %2 GB").arg(device, memory);
}

// One model's line: its memory on a device at each context step up to its longest stated one.
void addFitSeries(ChartData &c, const Dataset &d, const Model &m, const FitRequest &r, QStringList *missing)
{
    const Architecture *a = d.architecture(m.id);
    const std::optional<qint64> native = a ? a->nativeContext : std::nullopt;
    const qint64 cap = a ? a->extendedContext.value_or(native.value_or(Fit::MaxContext)) : Fit::MaxContext;
    ChartSeriesData s;
    s.name = m.name;
    s.family = m.family;
    for (const qint64 tokens : Fit::contextSteps()) {
        if (tokens > cap)
            break;
        const std::optional<qint64> bytes = Fit::perDeviceBytes(d, m, r, tokens);
        const std::optional<qint64> kv = Fit::kvCacheBytes(d, m, r, tokens);
        if (!bytes || !kv)
            break;
        ChartPoint p;
        p.x = double(tokens) / 1024;
        p.y = double(*bytes) / 1e9;
        p.key = m.id;
        p.tooltip = ChartData::tr("%1 at %2 tokens: %3 on a device, of which the KV cache %4 in all")
                        .arg(m.name, QLocale().toString(tokens), Fit::gigabytes(*bytes), Fit::gigabytes(*kv));
        if (native && tokens > *native)
            p.tooltip += QLatin1Char('\n') + ChartData::tr("beyond the native %1: needs YaRN or the like").arg(QLocale().toString(*native));
        s.points.append(p);
    }
    if (s.points.isEmpty()) {
        missing->append(m.name);
        return;
    }
    s.points.last().label = m.name;
    c.series.append(s);
}

// Hardware given without models: the five largest models that fit at its context, one of
// each size (their lines would coincide); empty when none fits.
QStringList largestThatFit(const Dataset &d, const FitRequest &r)
{
    QList<FitResult> results = Fit::computeAll(d, r);
    results.removeIf([](const FitResult &f) {
        return !f.totalBytes || (f.verdict != FitResult::Verdict::Fits && f.verdict != FitResult::Verdict::Tight);
    });
    std::stable_sort(results.begin(), results.end(),
                     [](const FitResult &a, const FitResult &b) { return *a.totalBytes > *b.totalBytes; });
    QStringList models;
    std::optional<qint64> last;
    for (qsizetype i = 0; i < results.size() && models.size() < 5; ++i) {
        if (results.at(i).totalBytes != last)
            models.append(results.at(i).model);
        last = results.at(i).totalBytes;
    }
    return models;
}

void buildFitContext(ChartData &c, const Dataset &d, const Chart &chart, const ChartOptions &o)
{
    c.shape = ChartData::Shape::Curves;
    c.xLog = true;
    c.yLog = false;
    c.xLogBase = 2;
    c.xTickSuffix = ChartData::tr("K");
    c.distinctSeries = true;
    const FitRequest r = o.fit ? *o.fit : ChartData::fitRequest(d, chart);
    if (!r.weights || !r.kv || r.memoryGB <= 0)
        return;
    QStringList models = o.models;
    if (models.isEmpty() && o.fit) {
        models = largestThatFit(d, r);
        if (!models.isEmpty())
            c.footnotes.append(ChartData::tr("The largest models that fit on this hardware at %1 tokens, one of each size.")
                                   .arg(QLocale().toString(r.context)));
    }
    if (models.isEmpty())
        models = stringList(chart.spec, "models");
    QStringList missing;
    for (const QString &id : models) {
        const Model *m = d.model(id);
        if (m && familyShown(o, m->family))
            addFitSeries(c, d, *m, r, &missing);
    }
    c.referenceLines.append({r.memoryGB, fitHardware(r)});
    const QList<qint64> steps = Fit::contextSteps();
    if (o.fit && r.context >= steps.constFirst() && r.context <= steps.constLast())
        c.referenceLines.append({double(r.context) / 1024, ChartData::tr("context chosen: %1").arg(contextShort(r.context)), true});
    c.xTitle = ChartData::tr("Context, tokens (log scale; 1K = 1,024 tokens)");
    c.yTitle = r.count > 1 ? ChartData::tr("Memory on each device, GB (10^9 bytes): a size, not a score")
                           : ChartData::tr("Memory on the device, GB (10^9 bytes): a size, not a score");
    c.footnotes.append(ChartData::tr("Weights %1, KV cache %2, sequences: %3; memory = weights (total parameters × bits "
                                     "÷ 8) + KV cache (by attention kind, growing with the context) + linear-attention "
                                     "state + overhead, each device holding its share.")
                           .arg(r.weights->name, r.kv->name)
                           .arg(r.sequences));
    c.footnotes.append(ChartData::tr("Each line ends at its model's longest stated context; past the native one it "
                                     "needs YaRN or the like. The Fit tab shows every formula with its sources."));
    if (!d.fitDefaults.assumption.isEmpty())
        c.footnotes.append(d.fitDefaults.assumption.text());
    if (!missing.isEmpty())
        c.footnotes.append(ChartData::tr("Not drawn, an input not stated by any source read: %1.").arg(missing.join(QStringLiteral(", "))));
}
} // namespace

ChartData::Extent ChartData::extent() const
{
    Extent e{1e300, -1e300, 1e300, -1e300};
    for (const ChartSeriesData &s : series) {
        for (const ChartPoint &p : s.points) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y))
                continue;
            e.minX = std::min(e.minX, p.x);
            e.maxX = std::max(e.maxX, p.x);
            e.minY = std::min(e.minY, p.y);
            e.maxY = std::max(e.maxY, p.y);
        }
    }
    for (const ChartReferenceLine &line : referenceLines) {
        if (!std::isfinite(line.y))
            continue;
        (line.vertical ? e.minX : e.minY) = std::min(line.vertical ? e.minX : e.minY, line.y);
        (line.vertical ? e.maxX : e.maxY) = std::max(line.vertical ? e.maxX : e.maxY, line.y);
    }
    if (e.minX > e.maxX || e.minY > e.maxY)
        return Extent();
    return e;
}

QList<double> ChartData::quarterTicks() const
{
    // Whole quarters, a tick on each quarter's first day (a date-time axis would space ticks
    // evenly in time, which misses month starts).
    const Extent e = extent();
    const QDate first = QDateTime::fromMSecsSinceEpoch(qint64(e.minX), Qt::UTC).date().addMonths(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(qint64(e.maxX), Qt::UTC).date().addMonths(1);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
    const int quarters = std::max(1, (months + 2) / 3);
    const QDate start(first.year(), first.month(), 1);
    QList<double> ticks;
    for (int q = 0; q <= quarters; ++q)
        ticks.append(double(start.addMonths(q * 3).startOfDay(Qt::UTC).toMSecsSinceEpoch()));
    return ticks;
}

QString ChartData::formatNumber(double value)
{
    return QLocale().toString(value, 'g', 10);
}

int ChartData::statusStyle(const Dataset &dataset, const QString &statusId)
{
    if (statusId == QLatin1String("independent"))
        return 3; // a third party's measurement: hatched, beside the maker's solid bar
    const int rank = dataset.statusRank(statusId);
    if (rank <= 1)
        return 0;
    return rank == 2 ? 1 : 2;
}

FitRequest ChartData::fitRequest(const Dataset &dataset, const Chart &chart)
{
    FitRequest r = FitRequest::defaults(dataset);
    r.setDevice(dataset.device(chart.spec.value(QLatin1String("device")).toString()));
    if (const Precision *p = dataset.precision(chart.spec.value(QLatin1String("precision")).toString()))
        r.weights = p;
    if (const Precision *p = dataset.precision(chart.spec.value(QLatin1String("kvPrecision")).toString()))
        r.kv = p;
    return r;
}

ChartData ChartData::build(const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    ChartData c;
    c.title = chart.title.text();
    c.subtitle = chart.subtitle.text();
    const QString scale = chart.spec.value(QLatin1String("scale")).toString();
    c.logSwitchable = chart.kind != QLatin1String("figures") && chart.kind != QLatin1String("benchmark")
        && chart.kind != QLatin1String("fit-context");
    c.yLog = options.logScale.value_or(scale == QLatin1String("log") || chart.kind == QLatin1String("parameters"));
    const bool scores = chart.kind == QLatin1String("benchmark") || chart.kind == QLatin1String("efficiency")
        || chart.kind == QLatin1String("price-score");
    if (scores) {
        c.hasModes = true;
        c.mode = options.mode.isEmpty() ? chart.spec.value(QLatin1String("mode")).toString(QStringLiteral("both"))
                                        : options.mode;
        const QString benchmarkId = options.benchmark.isEmpty() ? chart.spec.value(QLatin1String("benchmark")).toString()
                                                                : options.benchmark;
        for (const Score &s : dataset.scores) {
            if (s.benchmark == benchmarkId && !c.availableModels.contains(s.model))
                c.availableModels.append(s.model);
        }
        c.chosenModels = options.models.isEmpty() ? stringList(chart.spec, "models") : options.models;
        if (c.chosenModels.isEmpty())
            c.chosenModels = c.availableModels;
    }
    if (chart.kind == QLatin1String("figures"))
        buildFigures(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("benchmark"))
        buildBenchmark(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("parameters"))
        buildParameters(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("size-ladder"))
        buildSizeLadder(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("releases"))
        buildReleases(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("efficiency"))
        buildEfficiency(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("price-score"))
        buildPriceScore(c, dataset, chart, options);
    else if (chart.kind == QLatin1String("evidence-gap"))
        buildEvidenceGap(c, dataset, options);
    else if (chart.kind == QLatin1String("fit-context"))
        buildFitContext(c, dataset, chart, options);
    if (options.provenance) {
        c.footnotes.append(dataset.asOf.isEmpty()
                               ? ChartData::tr("From the Versus dataset %1, version %2.").arg(dataset.id, dataset.version)
                               : ChartData::tr("From the Versus dataset %1, version %2; facts as of %3.")
                                     .arg(dataset.id, dataset.version, dataset.asOf));
    }
    // Legend order: families as the dataset lists them, thinking first, surest first.
    auto familyIndex = [&dataset](const QString &id) {
        for (qsizetype i = 0; i < dataset.families.size(); ++i) {
            if (dataset.families.at(i).id == id)
                return i;
        }
        return dataset.families.size();
    };
    std::stable_sort(c.series.begin(), c.series.end(), [&](const ChartSeriesData &a, const ChartSeriesData &b) {
        return std::make_tuple(familyIndex(a.family), a.mode == QLatin1String("non-thinking"), dataset.statusRank(a.status))
            < std::make_tuple(familyIndex(b.family), b.mode == QLatin1String("non-thinking"), dataset.statusRank(b.status));
    });
    return c;
}
