#include "render/report/costreport.h"

#include "core/cost/priceclaimcheck.h"
#include "render/html/html.h"

#include <QLocale>

namespace {
QString amount(const QLocale &locale, const std::optional<double> &value, const QString &missing)
{
    if (!value)
        return Html::escape(missing);
    return locale.toString(*value, 'f', *value != 0 && *value < 1 ? 4 : 2);
}

QList<ReportSection::RowCells> rows(ReportSection *section, const Dataset &d, const CostExport::Table &t)
{
    const QLocale locale(section->language());
    QList<ReportSection::RowCells> result;
    for (const CostLine &l : t.lines) {
        const Price &p = *l.price;
        const Model *m = d.model(p.model);
        const Family *f = m ? d.family(m->family) : nullptr;
        QString date = Html::escape(Cost::dateText(p));
        if (l.possiblyOutdated)
            date = Cost::outdated(date);
        const QString mode = Cost::modeText(d, p.mode);
        const QString name = mode.isEmpty() ? Html::escape(m ? m->name : p.model)
                                            : QStringLiteral("%1 · %2").arg(Html::escape(m ? m->name : p.model), Html::escape(mode));
        result.append({{name, f ? f->color : QColor()},
                       {amount(locale, l.monthlyCost, Cost::notOffered()) + QLatin1Char(' ') + p.currency, {}},
                       {amount(locale, p.inputPerMTok, {}), {}},
                       {amount(locale, p.cachedInputPerMTok, Cost::notStated()), {}},
                       {amount(locale, p.outputPerMTok, {}), {}},
                       {date, {}},
                       {Html::escape(p.sources.join(QStringLiteral(", "))), {}}});
    }
    return result;
}
} // namespace

QString CostReport::title()
{
    return tr("What it costs");
}

void CostReport::write(ReportSection *section, const Dataset &d, const CostExport::Table &t)
{
    section->addHeading(title(), 1, true);
    const Workload &w = t.workload;
    const QLocale locale(section->language());
    section->addText(tr("<p>List prices in force on %1, per million tokens, each in its own currency (never converted). "
                        "Workload: %2 million input tokens a month (%3% from the cache), %4 million output tokens. A "
                        "price dated more than six months before %5, or undated, is marked possibly out of date.</p>")
                         .arg(w.on.toString(Qt::ISODate), locale.toString(w.inputMTok), locale.toString(w.cachedShare * 100),
                              locale.toString(w.outputMTok), Cost::referenceDate(d).toString(Qt::ISODate)),
                     0, true);
    using F = Cost::Field;
    section->addTable({{Cost::fieldTitle(F::Model), 2.2, {}},
                       {Cost::fieldTitle(F::Monthly), 1.3, {}},
                       {Cost::fieldTitle(F::Input), 0.9, {}},
                       {Cost::fieldTitle(F::Cached), 0.9, {}},
                       {Cost::fieldTitle(F::Output), 0.9, {}},
                       {Cost::fieldTitle(F::Date), 2.2, {}},
                       {Cost::fieldTitle(F::Source), 1, {}}},
                      rows(section, d, t));
    for (const PriceClaim &claim : d.priceClaims) {
        const PriceClaimCheck check = PriceClaimCheck::check(d, claim, w.on, t.inputParts, t.outputParts);
        section->addHeading(tr("The cost claim, checked from the prices"), 2, false);
        QStringList lines{tr("<p>“%1” — <b>%2</b></p>").arg(Html::escape(claim.claim.text()), Html::escape(check.verdictText()))};
        for (const QString &line : check.detail(d))
            lines << QStringLiteral("<p>%1</p>").arg(Html::escape(line));
        section->addText(lines.join(QString()), 0, true);
    }
}
