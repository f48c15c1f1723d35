#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
template<typename T>
QHash<QString, int> indexOf(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

template<typename T>
const T *lookup(const QList<T> &items, const QHash<QString, int> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.at(it.value());
}
// Each item's id, name and aliases, normalised; the first item keeps a name two share
// (the loader reports the second).
template<typename T>
QHash<QString, int> nameIndex(const QList<T> &items)
{
    QHash<QString, int> index;
    for (int i = 0; i < items.size(); ++i) {
        const T &item = items.at(i);
        for (const QString &name : QStringList{item.id, item.name} + item.aliases) {
            const QString key = Dataset::normalisedName(name);
            if (!key.isEmpty() && !index.contains(key))
                index.insert(key, i);
        }
    }
    return index;
}
} // namespace

QString Uncertainty::text() const
{
    auto number = [](double v) { return QLocale().toString(v, 'g', 4); };
    if (standardError)
        return QStringLiteral("±") + number(*standardError);
    if (plus || minus)
        return QStringLiteral("+%1/\u2212%2").arg(number(plus.value_or(0)), number(minus.value_or(0)));
    return {};
}

const QuestionOption *Question::option(const QString &optionId) const
{
    for (const QuestionOption &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

QStringList Question::optionIds() const
{
    QStringList ids;
    for (const QuestionOption &o : options)
        ids.append(o.id);
    return ids;
}

void Dataset::buildIndexes()
{
    m_families = indexOf(families);
    m_statuses = indexOf(statuses);
    m_sections = indexOf(sections);
    m_dimensions = indexOf(dimensions);
    m_verdicts = indexOf(verdicts);
    m_figures = indexOf(figures);
    m_sources = indexOf(sources);
    m_models = indexOf(models);
    m_benchmarks = indexOf(benchmarks);
    m_devices = indexOf(devices);
    m_precisions = indexOf(precisions);
    m_architectures.clear();
    for (int i = 0; i < architectures.size(); ++i)
        m_architectures.insert(architectures.at(i).model, i);
    m_claimChecks = indexOf(claimChecks);
    m_questions = indexOf(questions);
    m_charts = indexOf(charts);
    m_modes = indexOf(modes);
    m_outcomes = indexOf(outcomes);
    m_anticipationChecks = indexOf(anticipationChecks);
    m_modelNames = nameIndex(models);
    m_benchmarkNames = nameIndex(benchmarks);
    for (int i = 0; i < statuses.size(); ++i)
        statuses[i].rank = i;

    // Paragraphs and verdicts are indexed; a feature-table row and its cells are found from
    // their ids ("DIMENSION", "DIMENSION/FAMILY") when asked, as a large dataset has
    // hundreds of thousands of them.
    m_passages.clear();
    m_tableSection.clear();
    for (const Section &s : sections) {
        for (const Paragraph &p : s.paragraphs)
            m_passages.insert(p.id, {PassageInfo::Kind::Paragraph, p.id, s.id, p.text});
        if (s.kind == Section::Kind::FeatureTable && m_tableSection.isNull()) {
            m_tableSection = s.id;
        } else if (s.kind == Section::Kind::Verdicts) {
            for (const Verdict &v : verdicts)
                m_passages.insert(v.passageId(), {PassageInfo::Kind::Verdict, v.passageId(), s.id, v.rationale});
        }
    }
}

const Family *Dataset::family(const QString &key) const { return lookup(families, m_families, key); }
const Status *Dataset::status(const QString &key) const { return lookup(statuses, m_statuses, key); }
const Section *Dataset::section(const QString &key) const { return lookup(sections, m_sections, key); }
const Dimension *Dataset::dimension(const QString &key) const { return lookup(dimensions, m_dimensions, key); }
const Verdict *Dataset::verdict(const QString &key) const { return lookup(verdicts, m_verdicts, key); }
const Figure *Dataset::figure(const QString &key) const { return lookup(figures, m_figures, key); }
const Source *Dataset::source(const QString &key) const { return lookup(sources, m_sources, key); }
const Model *Dataset::model(const QString &key) const { return lookup(models, m_models, key); }
const Architecture *Dataset::architecture(const QString &modelId) const
{
    return lookup(architectures, m_architectures, modelId);
}
const Device *Dataset::device(const QString &key) const { return lookup(devices, m_devices, key); }
const Precision *Dataset::precision(const QString &key) const { return lookup(precisions, m_precisions, key); }
const Benchmark *Dataset::benchmark(const QString &key) const { return lookup(benchmarks, m_benchmarks, key); }
const ClaimCheck *Dataset::claimCheck(const QString &key) const { return lookup(claimChecks, m_claimChecks, key); }
const Question *Dataset::question(const QString &key) const { return lookup(questions, m_questions, key); }
const Mode *Dataset::mode(const QString &key) const { return lookup(modes, m_modes, key); }
const Outcome *Dataset::outcome(const QString &key) const { return lookup(outcomes, m_outcomes, key); }
const AnticipationCheck *Dataset::anticipationCheck(const QString &key) const
{
    return lookup(anticipationChecks, m_anticipationChecks, key);
}
const Chart *Dataset::chart(const QString &key) const { return lookup(charts, m_charts, key); }

std::optional<PassageInfo> Dataset::passage(const QString &key) const
{
    const auto it = m_passages.constFind(key);
    if (it != m_passages.cend())
        return it.value();
    if (m_tableSection.isNull())
        return std::nullopt;
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const Dimension *d = dimension(slash < 0 ? key : key.left(slash));
    if (!d)
        return std::nullopt;
    if (slash < 0)
        return PassageInfo{PassageInfo::Kind::Dimension, key, m_tableSection, d->name};
    const auto cell = d->cells.constFind(key.mid(slash + 1));
    if (cell == d->cells.cend())
        return std::nullopt;
    return PassageInfo{PassageInfo::Kind::Cell, key, m_tableSection, cell->text};
}

QStringList Dataset::passageIds() const
{
    QStringList ids;
    for (const Section &s : sections) {
        for (const Paragraph &p : s.paragraphs)
            ids.append(p.id);
        if (s.kind == Section::Kind::FeatureTable && s.id == m_tableSection) {
            for (const Dimension &d : dimensions) {
                ids.append(d.id);
                for (const Family &f : families) {
                    if (d.cells.contains(f.id))
                        ids.append(d.id + QLatin1Char('/') + f.id);
                }
            }
        } else if (s.kind == Section::Kind::Verdicts) {
            for (const Verdict &v : verdicts)
                ids.append(v.passageId());
        }
    }
    return ids;
}

int Dataset::statusRank(const QString &statusId) const
{
    const Status *s = status(statusId);
    return s ? s->rank : -1;
}

QString Dataset::cellStatus(const Cell &cell) const
{
    QString least;
    int leastRank = -1;
    for (const Statement &st : cell.statements) {
        const int rank = statusRank(st.status);
        if (rank > leastRank) {
            leastRank = rank;
            least = st.status;
        }
    }
    return least;
}

namespace {
// The checks (claim or anticipation) that bear on a dimension's cell for a family: those
// naming the dimension and the family, or the dimension alone.
template<typename T>
QList<const T *> bearingOn(const QList<T> &checks, const QString &dimensionId, const QString &familyId)
{
    QList<const T *> result;
    for (const T &c : checks) {
        if (c.dimension == dimensionId && (c.family.isEmpty() || c.family == familyId))
            result.append(&c);
    }
    return result;
}
} // namespace

QList<const ClaimCheck *> Dataset::checksFor(const QString &dimensionId, const QString &familyId) const
{
    return bearingOn(claimChecks, dimensionId, familyId);
}

QList<const AnticipationCheck *> Dataset::anticipationsFor(const QString &dimensionId, const QString &familyId) const
{
    return bearingOn(anticipationChecks, dimensionId, familyId);
}

QString Dataset::modeName(const QString &modeId) const
{
    if (modeId.isEmpty())
        return QCoreApplication::translate("Dataset", "mode not stated");
    if (const Mode *m = mode(modeId))
        return m->name.text();
    if (modeId == QLatin1String("thinking"))
        return QCoreApplication::translate("Dataset", "thinking");
    if (modeId == QLatin1String("non-thinking"))
        return QCoreApplication::translate("Dataset", "non-thinking");
    return modeId;
}

bool Dataset::releasedAfterDocument(const Model &m) const
{
    // Both are YYYY-MM (a release month) or start so: they compare as strings.
    return !documentDate.isEmpty() && !m.released.isEmpty() && m.released.left(7) > documentDate.left(7);
}

QString Dataset::reporterName(const Score &s) const
{
    if (!s.evaluator.isEmpty())
        return s.evaluator;
    const Family *f = family(s.reportedBy);
    return f ? f->name.text() : s.reportedBy;
}

QString Dataset::reporterId(const Score &s)
{
    return s.evaluator.isEmpty() ? s.reportedBy : normalisedName(s.evaluator);
}

QString Dataset::normalisedName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool gap = false;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.')) {
            if (gap && !out.isEmpty())
                out += QLatin1Char('-');
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

const Model *Dataset::modelNamed(const QString &name) const
{
    const auto it = m_modelNames.constFind(normalisedName(name));
    return it == m_modelNames.cend() ? nullptr : &models.at(it.value());
}

const Benchmark *Dataset::benchmarkNamed(const QString &name) const
{
    const auto it = m_benchmarkNames.constFind(normalisedName(name));
    return it == m_benchmarkNames.cend() ? nullptr : &benchmarks.at(it.value());
}
