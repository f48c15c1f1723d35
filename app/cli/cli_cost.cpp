#include "app/cli/commandline.h"
#include "core/cost/costexport.h"

#include <QJsonDocument>

#include <cmath>

namespace {
// The number of option name, or a one-line reason in *error.
std::optional<double> numberOption(const CommandLine &cl, const char *name, double fallback, double max, QString *error)
{
    const QString option = QLatin1String(name);
    if (!cl.isSet(option))
        return fallback;
    bool ok = false;
    const double value = cl.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > max) {
        *error = max >= 1e15 ? CommandLine::tr("versus: --%1 takes a number of at least 0, not \"%2\"").arg(option, cl.value(option))
                             : CommandLine::tr("versus: --%1 takes a number from 0 to %3, not \"%2\"")
                                   .arg(option, cl.value(option))
                                   .arg(max);
        return std::nullopt;
    }
    return value;
}

} // namespace

bool cliWorkload(const CommandLine &cl, Workload *w, QString *error)
{
    const auto input = numberOption(cl, "input-mtok", w->inputMTok, 1e15, error);
    const auto output = input ? numberOption(cl, "output-mtok", w->outputMTok, 1e15, error) : std::nullopt;
    const auto cached = output ? numberOption(cl, "cached-share", w->cachedShare, 1, error) : std::nullopt;
    if (!cached)
        return false;
    w->inputMTok = *input;
    w->outputMTok = *output;
    w->cachedShare = *cached;
    if (cl.isSet(QStringLiteral("on"))) {
        const QString text = cl.value(QStringLiteral("on"));
        w->on = QDate::fromString(text, Qt::ISODate);
        if (!w->on.isValid() || text.size() != 10) {
            *error = CommandLine::tr("versus: --on takes a date YYYY-MM-DD, not \"%1\"").arg(text);
            return false;
        }
    }
    return true;
}

namespace {
QString amount(const std::optional<double> &value)
{
    return value ? QString::number(std::round(*value * 1e6) / 1e6, 'g', 12) : Cost::notStated();
}

void printText(const CliContext &context, const CostExport::Table &t)
{
    const Workload &w = t.workload;
    QTextStream &out = context.out;
    out << CommandLine::tr("Prices in force on %1; %2 M input tokens (%3% cached), %4 M output tokens a month")
               .arg(w.on.toString(Qt::ISODate))
               .arg(w.inputMTok)
               .arg(w.cachedShare * 100)
               .arg(w.outputMTok)
        << Qt::endl;
    for (const CostLine &l : t.lines) {
        const Price &p = *l.price;
        const Model *m = context.dataset->model(p.model);
        const QStringList cells{m ? m->name : p.model,
                                p.provider.text(),
                                p.apiModel,
                                p.mode,
                                p.currency,
                                amount(p.inputPerMTok),
                                amount(p.cachedInputPerMTok),
                                amount(p.outputPerMTok),
                                l.monthlyCost ? amount(l.monthlyCost) : Cost::notOffered(),
                                Cost::dateText(p),
                                p.sources.join(QLatin1Char(',')),
                                Cost::lineNotes(l, w).join(QStringLiteral("; "))};
        out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    for (const QString &id : t.unpriced) {
        const Model *m = context.dataset->model(id);
        out << (m ? m->name : id) << QLatin1Char('\t') << Cost::missingPrice(*context.dataset, id, w.on) << Qt::endl;
    }
}
} // namespace

int cliCost(const CliContext &context)
{
    Workload w;
    w.inputMTok = 1; // the defaults --help states
    w.outputMTok = 1;
    QString error;
    if (!cliWorkload(context.commandLine, &w, &error)) {
        context.err << error << Qt::endl;
        return ExitBadInput;
    }
    const Dataset &d = *context.dataset;
    const CostExport::Table table = CostExport::table(d, w, Cost::referenceDate(d));
    if (context.commandLine.json())
        context.out << QJsonDocument(CostExport::toJson(table)).toJson(QJsonDocument::Indented);
    else
        printText(context, table);
    return ExitOk;
}
