#include "core/evidence/independent.h"

#include <QLocale>

namespace {
QString valueText(const Score &s)
{
    QString v = QLocale().toString(s.value, 'g', 10);
    if (!s.uncertainty.isEmpty())
        v += QLatin1Char(' ') + s.uncertainty.text();
    return v + QLatin1Char(' ') + s.unit.text();
}

IndependentEvidence::Pair pairOf(const Dataset &d, const Score &s)
{
    IndependentEvidence::Pair p{&s, {}};
    for (const Score &other : d.scores) {
        if (other.model == s.model && other.benchmark == s.benchmark && !IndependentEvidence::isIndependent(other))
            p.vendor.append(&other);
    }
    return p;
}
} // namespace

QList<IndependentEvidence::Pair> IndependentEvidence::forModel(const Dataset &d, const QString &modelId)
{
    QList<Pair> pairs;
    for (const Score &s : d.scores) {
        if (s.model == modelId && isIndependent(s))
            pairs.append(pairOf(d, s));
    }
    return pairs;
}

QList<IndependentEvidence::Pair> IndependentEvidence::forText(const Dataset &d, const QString &familyId, const QString &text)
{
    const QString words = QLatin1Char('-') + Dataset::normalisedName(text) + QLatin1Char('-');
    QList<Pair> pairs;
    for (const Score &s : d.scores) {
        const Model *m = d.model(s.model);
        const Benchmark *b = d.benchmark(s.benchmark);
        if (!isIndependent(s) || !m || m->family != familyId || !b)
            continue;
        bool named = false;
        for (const QString &name : QStringList{b->name} + b->aliases)
            named = named || words.contains(QLatin1Char('-') + Dataset::normalisedName(name) + QLatin1Char('-'));
        if (named)
            pairs.append(pairOf(d, s));
    }
    return pairs;
}

QString IndependentEvidence::text(const Dataset &d, const Pair &p, bool withModel)
{
    const Score &s = *p.independent;
    const Benchmark *b = d.benchmark(s.benchmark);
    const Model *m = d.model(s.model);
    QString who = s.evaluator;
    if (!s.setting.isEmpty())
        who = tr("%1 (setting %2)").arg(who, s.setting.text());
    QString line = tr("%1: %2 %3").arg(b ? b->name : s.benchmark, who, valueText(s));
    if (withModel && m)
        line = tr("%1, %2").arg(m->name, line);
    QStringList vendor;
    for (const Score *v : p.vendor)
        vendor.append(tr("%1 (%2)").arg(valueText(*v), d.modeName(v->mode)));
    line += vendor.isEmpty() ? tr("; no score of the maker's") : tr("; the maker's: %1").arg(vendor.join(QStringLiteral(", ")));
    return line;
}
