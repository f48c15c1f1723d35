#include "core/evidence/evidenceimport.h"

#include "core/evidence/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {
// The score columns of Epoch AI's files and whether they hold fractions (0-1) or percentages:
// its own runs have "Best score (across scorers)", the external results other names.
struct ScoreColumn
{
    const char *name;
    bool fraction;
};
const ScoreColumn epochScoreColumns[] = {
    {"Best score (across scorers)", true}, {"mean_score", true}, {"Percent correct", false},
    {"Global average", false},             {"Score", true},
};

QString epochExpected()
{
    QStringList names;
    for (const ScoreColumn &c : epochScoreColumns)
        names.append(QLatin1Char('"') + QLatin1String(c.name) + QLatin1Char('"'));
    return names.join(QStringLiteral(", "));
}

// The column indexes of a header, by their trimmed names.
struct Header
{
    QStringList names;
    int at(const char *name) const { return int(names.indexOf(QLatin1String(name))); }
};

QString fieldAt(const CsvReader::Record &r, int column)
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column).trimmed() : QString();
}

// A number as the files write it: "0.853", "85.3", "85.3%"; empty for an empty field.
std::optional<double> numberOf(QString text, bool *bad)
{
    *bad = false;
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

// A settings suffix of Epoch AI's model versions, by an explicit rule: "_low", "_medium",
// "_high", "_minimal", "_xhigh" (reasoning effort) and "_<N>K" (a thinking budget).
bool splitSetting(const QString &name, QString *base, QString *setting)
{
    static const QRegularExpression re(QStringLiteral("^(.+)_(low|medium|high|minimal|xhigh|[0-9]+[kK])$"));
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return false;
    *base = m.captured(1);
    *setting = m.captured(2);
    if (setting->endsWith(QLatin1Char('k')))
        setting->back() = QLatin1Char('K');
    return true;
}

// The model a name matches: exactly (normalised), else without an organisation prefix
// ("deepseek-ai/DeepSeek-R1"), else without a settings suffix.
QString matchModel(const Dataset &d, const QString &name, QString *setting)
{
    QString n = name.trimmed();
    if (const Model *m = d.modelNamed(n))
        return m->id;
    const qsizetype slash = n.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        n = n.mid(slash + 1);
        if (const Model *m = d.modelNamed(n))
            return m->id;
    }
    QString base;
    if (splitSetting(n, &base, setting)) {
        if (const Model *m = d.modelNamed(base))
            return m->id;
    }
    setting->clear();
    return {};
}

// The benchmark a file is about: by its base name ("gpqa_diamond.csv" is GPQA Diamond), else
// a new one named so.
void chooseBenchmark(EvidenceImport::File &f, const Dataset &d, const QString &fallbackName)
{
    const QString base = QFileInfo(f.path).completeBaseName();
    const Benchmark *b = d.benchmarkNamed(base);
    if (!b && !fallbackName.isEmpty())
        b = d.benchmarkNamed(fallbackName);
    if (b) {
        f.benchmarkId = b->id;
        f.percent = b->unit.text(QStringLiteral("en")).contains(QLatin1Char('%'));
        return;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QString name = fallbackName.isEmpty() ? QString(base).replace(QLatin1Char('_'), QLatin1Char(' ')) : fallbackName;
    f.benchmarkId = Dataset::normalisedName(name);
    if (!idPattern.match(f.benchmarkId).hasMatch())
        f.benchmarkId = QStringLiteral("imported-benchmark");
    f.benchmarkName = name;
}

void readEpoch(EvidenceImport::File &f, const Dataset &d, const QList<CsvReader::Record> &records)
{
    const Header h{records.constFirst().fields};
    int scoreColumn = -1;
    bool fraction = true;
    for (const ScoreColumn &c : epochScoreColumns) {
        if (h.at(c.name) >= 0) {
            scoreColumn = h.at(c.name);
            fraction = c.fraction;
            break;
        }
    }
    if (scoreColumn < 0) {
        f.error = EvidenceImport::tr("an Epoch AI file (its header starts \"Model version\") but no score column: "
                                     "expected one of %1").arg(epochExpected());
        return;
    }
    chooseBenchmark(f, d, QString());
    if (!f.benchmarkName.isEmpty()) {
        f.percent = true;
        f.unit = QStringLiteral("%");
    }
    const double scale = f.percent && fraction ? 100 : (!f.percent && !fraction ? 0.01 : 1);
    const int stderrColumn = h.at("stderr"), notes = h.at("Notes"), id = h.at("id"), source = h.at("Source");
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &r = records.at(i);
        EvidenceImport::Row row;
        row.line = r.line;
        row.name = fieldAt(r, 0);
        row.modelId = matchModel(d, row.name, &row.setting);
        bool bad = false;
        const auto value = numberOf(fieldAt(r, scoreColumn), &bad);
        if (bad)
            row.problem = EvidenceImport::tr("\"%1\" is not a number").arg(fieldAt(r, scoreColumn));
        else if (value && (*value < 0 || *value > (fraction ? 1 : 100)))
            row.problem = fraction ? EvidenceImport::tr("%1 is not a fraction from 0 to 1").arg(*value)
                                   : EvidenceImport::tr("%1 is not a percentage from 0 to 100").arg(*value);
        else if (value)
            row.value = rounded(*value * scale);
        const auto se = numberOf(fieldAt(r, stderrColumn), &bad);
        if (se && !bad && *se >= 0)
            row.uncertainty.standardError = rounded(*se * scale);
        QStringList note;
        if (!fieldAt(r, source).isEmpty())
            note.append(EvidenceImport::tr("Source: %1").arg(fieldAt(r, source)));
        if (!fieldAt(r, notes).isEmpty())
            note.append(fieldAt(r, notes));
        if (!fieldAt(r, id).isEmpty())
            note.append(QStringLiteral("id %1").arg(fieldAt(r, id)));
        row.note = note.join(QStringLiteral("; "));
        f.rows.append(row);
    }
}

// "+5/-4" (LMArena's 95% interval): plus and minus, both given.
bool intervalOf(const QString &text, Uncertainty *u)
{
    static const QRegularExpression re(QStringLiteral("^\\+\\s*([0-9.]+)\\s*/\\s*[-\u2212]\\s*([0-9.]+)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    bool ok1 = false, ok2 = false;
    const double plus = m.captured(1).toDouble(&ok1), minus = m.captured(2).toDouble(&ok2);
    if (!m.hasMatch() || !ok1 || !ok2)
        return false;
    u->plus = plus;
    u->minus = minus;
    return true;
}

void readLmArena(EvidenceImport::File &f, const Dataset &d, const QList<CsvReader::Record> &records)
{
    const Header h{records.constFirst().fields};
    chooseBenchmark(f, d, QStringLiteral("LMArena"));
    f.percent = false;
    f.unit = QStringLiteral("Elo");
    const int model = h.at("model"), score = h.at("arena_score"), ci = h.at("95_pct_ci"), votes = h.at("votes");
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &r = records.at(i);
        EvidenceImport::Row row;
        row.line = r.line;
        row.name = fieldAt(r, model);
        row.modelId = matchModel(d, row.name, &row.setting);
        row.setting.clear(); // LMArena's names carry no settings suffixes: only exact matches count
        if (!row.modelId.isEmpty() && !d.modelNamed(row.name) && !d.modelNamed(row.name.section(QLatin1Char('/'), -1)))
            row.modelId.clear();
        bool bad = false;
        row.value = numberOf(fieldAt(r, score), &bad);
        if (bad)
            row.problem = EvidenceImport::tr("\"%1\" is not a number").arg(fieldAt(r, score));
        if (!fieldAt(r, ci).isEmpty() && !intervalOf(fieldAt(r, ci), &row.uncertainty))
            row.problem = EvidenceImport::tr("\"%1\" is not an interval \"+N/-N\"").arg(fieldAt(r, ci));
        if (!fieldAt(r, votes).isEmpty())
            row.note = EvidenceImport::tr("%1 votes").arg(fieldAt(r, votes));
        f.rows.append(row);
    }
}
} // namespace

QString EvidenceImport::File::evaluator() const
{
    return format == Format::EpochAi ? QStringLiteral("Epoch AI")
                                     : format == Format::LmArena ? QStringLiteral("LMArena") : QString();
}

EvidenceImport::File EvidenceImport::read(const QString &path, const QByteArray &bytes, const Dataset &dataset)
{
    File f;
    f.path = path;
    const CsvReader::Result csv = CsvReader::parse(bytes);
    if (!csv.ok()) {
        f.error = csv.located();
        return f;
    }
    const QStringList header = csv.records.isEmpty() ? QStringList() : csv.records.constFirst().fields;
    const Header h{header};
    if (!header.isEmpty() && header.constFirst().trimmed() == QLatin1String("Model version")) {
        f.format = Format::EpochAi;
        readEpoch(f, dataset, csv.records);
    } else if (h.at("model") >= 0 && h.at("arena_score") >= 0) {
        f.format = Format::LmArena;
        readLmArena(f, dataset, csv.records);
    } else {
        f.error = tr("not a file of a known format: expected an Epoch AI benchmark CSV (a header starting "
                     "\"Model version\") or an LMArena leaderboard CSV (columns \"model\" and \"arena_score\")");
    }
    return f;
}

EvidenceImport::File EvidenceImport::readFile(const QString &path, const Dataset &dataset)
{
    QFile file(path);
    const CsvReader::Limits limits;
    if (!file.open(QIODevice::ReadOnly)) {
        File f;
        f.path = path;
        f.error = tr("cannot be read: %1").arg(file.errorString());
        return f;
    }
    if (file.size() > limits.maxBytes) { // before reading it into memory
        File f;
        f.path = path;
        f.error = tr("the file is %1 bytes, more than the %2 a CSV file may have").arg(file.size()).arg(limits.maxBytes);
        return f;
    }
    return read(path, file.read(limits.maxBytes + 1), dataset);
}

QStringList EvidenceImport::messages(const File &file)
{
    QStringList lines;
    if (!file.ok()) {
        lines.append(tr("%1: %2").arg(file.path, file.error));
        return lines;
    }
    for (const Row &r : file.rows) {
        if (r.modelId.isEmpty())
            lines.append(tr("%1:%2: no model matches \"%3\"").arg(file.path).arg(r.line).arg(r.name));
        else if (!r.problem.isEmpty())
            lines.append(tr("%1:%2: %3").arg(file.path).arg(r.line).arg(r.problem));
        else if (!r.value)
            lines.append(tr("%1:%2: no score for \"%3\"").arg(file.path).arg(r.line).arg(r.name));
    }
    return lines;
}

int EvidenceImport::importedCount(const File &file)
{
    int n = 0;
    for (const Row &r : file.rows)
        n += !r.modelId.isEmpty() && r.problem.isEmpty() && r.value ? 1 : 0;
    return n;
}

namespace {
// A text of the dataset in each of its languages: Chinese where given, else the English.
QJsonObject textIn(const QStringList &languages, const QString &en, const QString &zh = QString())
{
    QJsonObject t;
    for (const QString &l : languages)
        t.insert(l, l == QLatin1String("zh_CN") && !zh.isEmpty() ? zh : en);
    return t;
}

struct Publisher
{
    QString idPrefix, titleEn, titleZh, where, attribution;
};

// What each publisher asks to be credited with (Epoch AI's data is CC BY 4.0).
Publisher publisherOf(EvidenceImport::Format format)
{
    if (format == EvidenceImport::Format::EpochAi)
        return {QStringLiteral("EPOCH"), QStringLiteral("Epoch AI Benchmarking Hub: %1 (read %2)"),
                QStringLiteral("Epoch AI 基准测试中心：%1（%2 读取）"), QStringLiteral("epoch.ai/benchmarks (%1)"),
                QStringLiteral("Epoch AI, \u201cAI Benchmarking Hub\u201d, epoch.ai/benchmarks, licensed under CC BY 4.0")};
    return {QStringLiteral("LMARENA"), QStringLiteral("LMArena leaderboard: %1 (read %2)"),
            QStringLiteral("LMArena 排行榜：%1（%2 读取）"), QStringLiteral("lmarena.ai/leaderboard (%1)"),
            QStringLiteral("LMArena, \u201cLeaderboard\u201d, lmarena.ai/leaderboard")};
}

QString freeSourceId(const QJsonArray &sources, const QString &prefix)
{
    QSet<QString> used;
    for (const QJsonValue &v : sources)
        used.insert(v.toObject().value(QLatin1String("id")).toString());
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

QJsonObject byId(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// The top level as build_dataset.py writes it: format first (file types sniff for it).
QByteArray writeTopLevel(const QJsonObject &root)
{
    QStringList keys = root.keys();
    for (const char *first : {"formatVersion", "format"}) {
        keys.removeAll(QLatin1String(first));
        if (root.contains(QLatin1String(first)))
            keys.prepend(QLatin1String(first));
    }
    auto compact = [](const QJsonValue &v) { return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1); };
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonValue v = root.value(keys.at(i));
        QByteArray value = v.isArray()    ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented).trimmed()
                           : v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented).trimmed()
                                          : compact(v);
        out += "    " + compact(keys.at(i)) + ": " + value.replace("\n", "\n    ") + (i + 1 < keys.size() ? ",\n" : "\n");
    }
    return out + "}\n";
}

struct Target
{
    QJsonArray sources, benchmarks, scores, statuses;
    QStringList languages;
};

void addBenchmark(Target &t, const EvidenceImport::File &f)
{
    if (!byId(t.benchmarks, f.benchmarkId).isEmpty())
        return;
    t.benchmarks.append(QJsonObject{{QStringLiteral("id"), f.benchmarkId},
                                    {QStringLiteral("name"), f.benchmarkName},
                                    {QStringLiteral("unit"), textIn(t.languages, f.unit)},
                                    {QStringLiteral("higherIsBetter"), true}});
}

QJsonObject scoreOf(const Target &t, const EvidenceImport::File &f, const EvidenceImport::Row &r, const QString &sourceId,
                    const QJsonObject &unit)
{
    QJsonObject s{{QStringLiteral("model"), r.modelId}, {QStringLiteral("benchmark"), f.benchmarkId},
                  {QStringLiteral("value"), *r.value}, {QStringLiteral("unit"), unit},
                  {QStringLiteral("evaluator"), f.evaluator()}, {QStringLiteral("source"), sourceId},
                  {QStringLiteral("sourceLine"), r.line}, {QStringLiteral("status"), QStringLiteral("independent")},
                  {QStringLiteral("reportedModel"), r.name}};
    if (!r.setting.isEmpty())
        s.insert(QStringLiteral("setting"), textIn(t.languages, r.setting));
    if (!r.note.isEmpty())
        s.insert(QStringLiteral("note"), textIn(t.languages, r.note));
    if (r.uncertainty.standardError)
        s.insert(QStringLiteral("uncertainty"), QJsonObject{{QStringLiteral("stderr"), *r.uncertainty.standardError}});
    else if (r.uncertainty.plus)
        s.insert(QStringLiteral("uncertainty"), QJsonObject{{QStringLiteral("plus"), *r.uncertainty.plus},
                                                            {QStringLiteral("minus"), r.uncertainty.minus.value_or(0)}});
    return s;
}

void addFile(Target &t, const EvidenceImport::File &f, const QDate &day)
{
    const Publisher p = publisherOf(f.format);
    const QString id = freeSourceId(t.sources, p.idPrefix);
    const QString name = QFileInfo(f.path).fileName(), date = day.toString(Qt::ISODate);
    t.sources.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("title"), textIn(t.languages, p.titleEn.arg(name, date),
                                                                  p.titleZh.arg(name, date))},
                                 {QStringLiteral("where"), p.where.arg(name)},
                                 {QStringLiteral("kind"), QStringLiteral("primary")},
                                 {QStringLiteral("attribution"), p.attribution},
                                 {QStringLiteral("accessed"), date}});
    if (!f.benchmarkName.isEmpty())
        addBenchmark(t, f);
    const QJsonObject unit = byId(t.benchmarks, f.benchmarkId).value(QLatin1String("unit")).toObject();
    for (const EvidenceImport::Row &r : f.rows) {
        if (!r.modelId.isEmpty() && r.problem.isEmpty() && r.value)
            t.scores.append(scoreOf(t, f, r, id, unit));
    }
}
} // namespace

QByteArray EvidenceImport::apply(const QByteArray &datasetJson, const QList<File> &files, const QDate &day, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(datasetJson, &parseError);
    if (!doc.isObject()) {
        *error = tr("the dataset is not a JSON object: %1").arg(parseError.errorString());
        return {};
    }
    QJsonObject root = doc.object();
    Target t{root.value(QLatin1String("sources")).toArray(), root.value(QLatin1String("benchmarks")).toArray(),
             root.value(QLatin1String("scores")).toArray(), root.value(QLatin1String("statuses")).toArray(), {}};
    for (const QJsonValue &l : root.value(QLatin1String("languages")).toArray())
        t.languages.append(l.toString());
    if (byId(t.statuses, QStringLiteral("independent")).isEmpty())
        t.statuses.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("independent")},
            {QStringLiteral("name"), textIn(t.languages, QStringLiteral("Independent"), QStringLiteral("独立评测"))},
            {QStringLiteral("description"),
             textIn(t.languages, QStringLiteral("Measured by a third party that did not make the model."),
                    QStringLiteral("由非模型开发方的第三方测得。"))}});
    for (const File &f : files) {
        if (f.ok())
            addFile(t, f, day);
    }
    root.insert(QStringLiteral("statuses"), t.statuses);
    root.insert(QStringLiteral("sources"), t.sources);
    root.insert(QStringLiteral("benchmarks"), t.benchmarks);
    root.insert(QStringLiteral("scores"), t.scores);
    QJsonArray charts = root.value(QLatin1String("charts")).toArray();
    if (byId(charts, QStringLiteral("evidence-gap")).isEmpty()) // the vendor-minus-independent chart
        charts.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("evidence-gap")},
            {QStringLiteral("kind"), QStringLiteral("evidence-gap")},
            {QStringLiteral("title"), textIn(t.languages, QStringLiteral("Maker's score against an independent one"),
                                              QStringLiteral("开发方自报分数与独立评测分数之差"))},
            {QStringLiteral("subtitle"),
             textIn(t.languages, QStringLiteral("The maker's own score minus a third party's, per model and benchmark"),
                    QStringLiteral("每个模型、每个基准上，开发方自报分数减去第三方测得的分数"))}});
    root.insert(QStringLiteral("charts"), charts);
    return writeTopLevel(root);
}
