#include "render/recommend/followupreport.h"

#include "render/html/html.h"
#include "render/report/reportsection.h"

#include <QLocale>

#include <cmath>

using Html::escape;

namespace {
QString familyName(const Dataset &d, const QString &id)
{
    const Family *f = d.family(id);
    return f ? f->name.text() : id;
}

// "RTX 4090 (24 GB)", "2 × H100 SXM (80 GB each)", "a device of 16 GB".
QString hardwareText(const FitRequest &r)
{
    const QString memory = Fit::gigabytes(qint64(std::llround(r.memoryGB * 1e9)));
    const QString one = r.device ? FollowUpReport::tr("%1 (%2)").arg(r.device->name, memory)
                                 : FollowUpReport::tr("a device of %1").arg(memory);
    return r.count > 1 ? FollowUpReport::tr("%1 × %2, each counted on its own").arg(r.count).arg(one) : one;
}

QString modelName(const FitChoice &c)
{
    return c.model ? c.model->name : QString();
}

QString choiceText(const FitChoice &c, int count)
{
    return FollowUpReport::tr("%1 at %2: %3, largest context %4")
        .arg(modelName(c), c.precision ? c.precision->name : FollowUpReport::tr("not stated"), Fit::memoryText(c.result, count),
             Fit::contextText(c.result).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

QString sourceNames(const Dataset &d, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Source *s = d.source(id);
        names.append(s && !s->title.isEmpty() ? FollowUpReport::tr("%1: %2").arg(id, s->title.text()) : id);
    }
    return names.join(QStringLiteral("; "));
}

QString money(double value, const QString &currency)
{
    return FollowUpReport::tr("%1 %2").arg(QLocale().toString(value, 'f', value != 0 && value < 1 ? 4 : 2), currency);
}
} // namespace

FollowUpReport::Part FollowUpReport::hardwarePart(const Dataset &d, const HardwareAdvice &a)
{
    Part part;
    const FitRequest &r = a.request;
    const QString family = familyName(d, a.family);
    part.heading = tr("On your hardware");
    const QString precision = r.weights ? tr("weights at %1").arg(r.weights->name)
                                        : tr("weights at the precision with the most bits that fits each model");
    part.before << tr("%1; %2, a context of %3 tokens, the KV cache at %4.")
                       .arg(hardwareText(r), precision, QLocale().toString(r.context),
                            r.kv ? r.kv->name : FollowUpReport::tr("not stated"));
    if (a.fitting.isEmpty())
        part.before << tr("None of %1's models with open weights fits this hardware.").arg(family);
    else
        part.before << tr("%1's models that fit (%n):", nullptr, int(a.fitting.size())).arg(family);
    part.columns = {tr("Model"), tr("Precision"), tr("Memory per device"), tr("Largest context"), tr("Decode speed, upper bound")};
    part.widths = {2.2, 1, 1.8, 1.8, 1.2};
    for (const FitChoice &c : a.fitting) {
        QString memory = Fit::memoryText(c.result, r.count);
        if (c.result.verdict == FitResult::Verdict::Tight)
            memory = tr("%1 (tight)").arg(memory);
        part.rows.append({modelName(c), c.precision->name, memory,
                          Fit::contextText(c.result).replace(QLatin1Char('\n'), QLatin1Char(' ')), Fit::speedText(c.result)});
    }
    const QString other = familyName(d, a.otherFamily);
    if (a.closestOther && a.closestOther->fits())
        part.after << tr("The closest of %1: %2.").arg(other, choiceText(*a.closestOther, r.count));
    else if (a.closestOther)
        part.after << tr("None of %1's models fits; the nearest is %2.").arg(other, choiceText(*a.closestOther, r.count));
    else if (!a.otherFamily.isEmpty())
        part.after << tr("No model of %1 can be sized: an input is not stated.").arg(other);
    if (a.notStated > 0)
        part.after << tr("%n of %1's models cannot be sized: an input is not stated.", nullptr, a.notStated).arg(family);
    part.after << d.fitDefaults.assumption.text()
               << tr("Memory: weights (all parameters, every expert) + KV cache at the context + overhead; the decode "
                     "speed is an upper bound from the memory bandwidth, not a measurement. Each figure's formula and "
                     "sources: the Fit tab, or versus --fit.");
    return part;
}

FollowUpReport::Part FollowUpReport::workloadPart(const Dataset &d, const WorkloadAdvice &a)
{
    Part part;
    const Workload &w = a.workload;
    const QLocale locale;
    part.heading = tr("What it would cost");
    part.before << tr("%1 million input tokens a month (%2% from the cache), %3 million output tokens, at %4's list "
                      "prices in force on %5, each in its own currency.")
                       .arg(locale.toString(w.inputMTok), locale.toString(w.cachedShare * 100), locale.toString(w.outputMTok),
                            familyName(d, a.family), w.on.toString(Qt::ISODate));
    if (a.lines.isEmpty())
        part.before << tr("No model of %1 has a list price in the dataset.").arg(familyName(d, a.family));
    part.columns = {tr("Model"), tr("Provider"), tr("Monthly cost"), tr("Price date"), tr("Source")};
    part.widths = {2, 1.5, 1.3, 2.6, 0.8};
    QStringList sources;
    for (const CostLine &l : a.lines) {
        const Price &p = *l.price;
        const Model *m = d.model(p.model);
        const QString mode = Cost::modeText(d, p.mode);
        const QString name = mode.isEmpty() ? (m ? m->name : p.model) : tr("%1 · %2").arg(m ? m->name : p.model, mode);
        const QStringList notes = Cost::lineNotes(l, w);
        const QString date = notes.isEmpty() ? Cost::dateText(p) : tr("%1 (%2)").arg(Cost::dateText(p), notes.join(QStringLiteral("; ")));
        const QString monthly = l.monthlyCost ? money(*l.monthlyCost, p.currency) : Cost::notOffered();
        part.rows.append({name, p.provider.text(), monthly, date, p.sources.join(QStringLiteral(", "))});
        for (const QString &id : p.sources) {
            if (!sources.contains(id))
                sources.append(id);
        }
    }
    if (!sources.isEmpty())
        part.after << tr("Sources: %1.").arg(sourceNames(d, sources));
    for (const QString &id : a.unpriced)
        part.after << Cost::missingPrice(d, id, w.on);
    part.after << tr("Monthly cost = input on a cache miss × its price + cached input × the cached price + output × "
                     "the output price, per million tokens. The Cost tab compares every priced model.");
    return part;
}

QString FollowUpReport::html(const Part &part, int headingLevel)
{
    const int level = std::clamp(headingLevel, 1, 6);
    QString out = QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escape(part.heading));
    for (const QString &p : part.before)
        out += QStringLiteral("<p>%1</p>").arg(escape(p));
    if (!part.rows.isEmpty()) {
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr>");
        qreal total = 0;
        for (int i = 0; i < part.columns.size(); ++i)
            total += part.widths.value(i, 1);
        for (int i = 0; i < part.columns.size(); ++i)
            out += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                       .arg(int(100 * part.widths.value(i, 1) / total))
                       .arg(escape(part.columns.at(i)));
        out += QStringLiteral("</tr>");
        for (const QStringList &row : part.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(escape(cell));
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    for (const QString &p : part.after)
        out += QStringLiteral("<p><small>%1</small></p>").arg(escape(p));
    return out;
}

void FollowUpReport::writeReportSection(ReportSection *section, const Part &part)
{
    section->addHeading(part.heading, 2, false);
    QStringList before;
    for (const QString &p : part.before)
        before << QStringLiteral("<p>%1</p>").arg(escape(p));
    section->addText(before.join(QString()), 0, true);
    if (!part.rows.isEmpty()) {
        QList<ReportSection::Column> columns;
        for (int i = 0; i < part.columns.size(); ++i)
            columns.append({part.columns.at(i), part.widths.value(i, 1), {}});
        QList<ReportSection::RowCells> rows;
        for (const QStringList &row : part.rows) {
            ReportSection::RowCells cells;
            for (const QString &cell : row)
                cells.append({escape(cell), {}});
            rows.append(cells);
        }
        section->addTable(columns, rows);
    }
    QStringList after;
    for (const QString &p : part.after)
        after << QStringLiteral("<p class=\"muted\">%1</p>").arg(escape(p));
    section->addText(after.join(QString()), 0, true);
}
