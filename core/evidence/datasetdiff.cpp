#include "core/evidence/datasetdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace {
using Entries = QMap<QString, QString>; // path -> value, in path order

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("null");
}

QString en(const LocalizedText &t)
{
    return t.text(QStringLiteral("en"));
}

// Every path once: a repeated one gets "#2", "#3", ... in the dataset's order.
void insertUnique(Entries &entries, const QString &path, const QString &value)
{
    QString key = path;
    for (int n = 2; entries.contains(key); ++n)
        key = path + QLatin1Char('#') + QString::number(n);
    entries.insert(key, value);
}

void addModels(Entries &e, const Dataset &d)
{
    for (const Model &m : d.models) {
        const QString p = QStringLiteral("models/") + m.id;
        e.insert(p, m.name);
        e.insert(p + QStringLiteral("/family"), m.family);
        e.insert(p + QStringLiteral("/released"), m.released.isEmpty() ? QStringLiteral("null") : m.released);
        e.insert(p + QStringLiteral("/totalParamsB"), number(m.totalParamsB));
        e.insert(p + QStringLiteral("/activeParamsB"), number(m.activeParamsB));
        e.insert(p + QStringLiteral("/contextTokens"),
                 m.contextTokens ? QString::number(*m.contextTokens) : QStringLiteral("null"));
        if (!m.aliases.isEmpty())
            e.insert(p + QStringLiteral("/aliases"), m.aliases.join(QStringLiteral(", ")));
    }
}

QString scoreValue(const Score &s)
{
    QString v = QString::number(s.value, 'g', 12) + QLatin1Char(' ') + en(s.unit);
    if (!s.uncertainty.isEmpty()) {
        v += s.uncertainty.standardError
                 ? QStringLiteral(" (stderr %1)").arg(number(s.uncertainty.standardError))
                 : QStringLiteral(" (+%1/-%2)").arg(number(s.uncertainty.plus), number(s.uncertainty.minus));
    }
    return v + QStringLiteral(" [%1, %2]").arg(s.source, s.status);
}

QString priceValue(const Price &p)
{
    QString v = QStringLiteral("%1 in / %2 out per MTok").arg(number(p.inputPerMTok), number(p.outputPerMTok));
    if (p.cachedInputPerMTok)
        v += QStringLiteral(", cached %1").arg(number(p.cachedInputPerMTok));
    return v + QLatin1Char(' ') + p.currency;
}

void addRest(Entries &e, const Dataset &d)
{
    for (const Benchmark &b : d.benchmarks)
        e.insert(QStringLiteral("benchmarks/") + b.id, b.name + QStringLiteral(" (") + en(b.unit) + QLatin1Char(')'));
    for (const Source &s : d.sources)
        e.insert(QStringLiteral("sources/") + s.id, en(s.title));
    for (const Score &s : d.scores)
        insertUnique(e, DatasetDiff::scorePath(s), scoreValue(s));
    for (const Price &p : d.prices) {
        const QString path = QStringLiteral("prices/%1/%2/%3/%4/%5")
                                 .arg(p.model, Dataset::normalisedName(en(p.provider)),
                                      p.mode.isEmpty() ? QStringLiteral("-") : p.mode,
                                      p.tier ? Dataset::normalisedName(en(p.tier->label)) : QStringLiteral("-"),
                                      p.from.isValid() ? p.from.toString(Qt::ISODate) : QStringLiteral("-"));
        insertUnique(e, path + (p.discount ? QStringLiteral("/discount") : QString()), priceValue(p));
    }
    for (const Dimension &dim : d.dimensions) {
        for (auto it = dim.cells.cbegin(); it != dim.cells.cend(); ++it)
            e.insert(QStringLiteral("cells/%1/%2").arg(dim.id, it.key()), en(it->text));
    }
}

Entries entriesOf(const Dataset &d)
{
    Entries e;
    addModels(e, d);
    addRest(e, d);
    return e;
}
} // namespace

QString DatasetDiff::scorePath(const Score &s)
{
    QString path = QStringLiteral("scores/%1/%2/%3/%4")
                       .arg(s.model, s.benchmark, s.mode.isEmpty() ? QStringLiteral("-") : s.mode, Dataset::reporterId(s));
    if (!s.setting.isEmpty())
        path += QLatin1Char('@') + en(s.setting);
    return path;
}

QString DatasetDiff::Change::line() const
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("+ %1: %2").arg(path, newValue);
    case Kind::Removed:
        return QStringLiteral("- %1: %2").arg(path, oldValue);
    case Kind::Changed:
        break;
    }
    return QStringLiteral("~ %1: %2 -> %3").arg(path, oldValue, newValue);
}

QList<DatasetDiff::Change> DatasetDiff::compare(const Dataset &older, const Dataset &newer)
{
    const Entries a = entriesOf(older), b = entriesOf(newer);
    QList<Change> changes;
    auto removedParent = [&b](const QString &path) { // a removed model's fields are not listed again
        const qsizetype slash = path.indexOf(QLatin1Char('/'), path.indexOf(QLatin1Char('/')) + 1);
        return path.startsWith(QLatin1String("models/")) && slash > 0 && !b.contains(path.left(slash));
    };
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend()) {
            if (!removedParent(it.key()))
                changes.append({Change::Kind::Removed, it.key(), it.value(), QString()});
        } else if (other.value() != it.value()) {
            changes.append({Change::Kind::Changed, it.key(), it.value(), other.value()});
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'), it.key().indexOf(QLatin1Char('/')) + 1);
        const bool newModelField = it.key().startsWith(QLatin1String("models/")) && slash > 0 && !a.contains(it.key().left(slash));
        if (!a.contains(it.key()) && !newModelField)
            changes.append({Change::Kind::Added, it.key(), QString(), it.value()});
    }
    return changes;
}

QByteArray DatasetDiff::toJson(const QList<Change> &changes)
{
    QJsonArray list;
    for (const Change &c : changes) {
        QJsonObject o{{QStringLiteral("path"), c.path}};
        o.insert(QStringLiteral("change"), c.kind == Change::Kind::Added     ? QStringLiteral("added")
                                           : c.kind == Change::Kind::Removed ? QStringLiteral("removed")
                                                                             : QStringLiteral("changed"));
        o.insert(QStringLiteral("old"), c.kind == Change::Kind::Added ? QJsonValue() : QJsonValue(c.oldValue));
        o.insert(QStringLiteral("new"), c.kind == Change::Kind::Removed ? QJsonValue() : QJsonValue(c.newValue));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), list}}).toJson(QJsonDocument::Indented);
}
