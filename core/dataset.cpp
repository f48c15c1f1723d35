#include "dataset.h"

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
} // namespace

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
    m_claimChecks = indexOf(claimChecks);
    m_questions = indexOf(questions);
    m_charts = indexOf(charts);
    for (int i = 0; i < statuses.size(); ++i)
        statuses[i].rank = i;

    m_passages.clear();
    m_passageOrder.clear();
    auto add = [this](PassageInfo info) {
        m_passageOrder.append(info.id);
        m_passages.insert(info.id, std::move(info));
    };
    for (const Section &s : sections) {
        for (const Paragraph &p : s.paragraphs)
            add({PassageInfo::Kind::Paragraph, p.id, s.id, p.text});
        if (s.kind == Section::Kind::FeatureTable) {
            for (const Dimension &d : dimensions) {
                add({PassageInfo::Kind::Dimension, d.id, s.id, d.name});
                for (const Family &f : families) {
                    const auto cell = d.cells.constFind(f.id);
                    if (cell != d.cells.cend())
                        add({PassageInfo::Kind::Cell, d.id + QLatin1Char('/') + f.id, s.id, cell->text});
                }
            }
        } else if (s.kind == Section::Kind::Verdicts) {
            for (const Verdict &v : verdicts)
                add({PassageInfo::Kind::Verdict, v.passageId(), s.id, v.rationale});
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
const Benchmark *Dataset::benchmark(const QString &key) const { return lookup(benchmarks, m_benchmarks, key); }
const ClaimCheck *Dataset::claimCheck(const QString &key) const { return lookup(claimChecks, m_claimChecks, key); }
const Question *Dataset::question(const QString &key) const { return lookup(questions, m_questions, key); }
const Chart *Dataset::chart(const QString &key) const { return lookup(charts, m_charts, key); }

std::optional<PassageInfo> Dataset::passage(const QString &key) const
{
    const auto it = m_passages.constFind(key);
    if (it == m_passages.cend())
        return std::nullopt;
    return it.value();
}

QStringList Dataset::passageIds() const
{
    return m_passageOrder;
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

QList<const ClaimCheck *> Dataset::checksFor(const QString &dimensionId, const QString &familyId) const
{
    QList<const ClaimCheck *> result;
    for (const ClaimCheck &c : claimChecks) {
        if (c.dimension == dimensionId && (c.family.isEmpty() || c.family == familyId))
            result.append(&c);
    }
    return result;
}
