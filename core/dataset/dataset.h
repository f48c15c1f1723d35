#pragma once

#include "core/dataset/localizedtext.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The in-memory form of a Versus dataset (resources/data/SCHEMA.md). Plain values:
// DatasetLoader fills and validates them; views and models only read them.

// A pointer to a passage of the document, with the words in it that support a claim.
struct PassageRef
{
    QString passage;
    LocalizedText quote;
    bool isValid() const { return !passage.isEmpty(); }
};

struct Status
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    int rank = 0; // 0 = most sure
};

struct Family
{
    QString id;
    LocalizedText name;
    LocalizedText shortName;
    LocalizedText organisation;
    LocalizedText backing;
    LocalizedText character;
    PassageRef characterRef;
    QColor color;
    QColor colorDark;
    // The colour to draw with on a palette whose window is dark or light.
    QColor displayColor(bool darkPalette) const { return darkPalette ? colorDark : color; }
};

struct Paragraph
{
    QString id;
    LocalizedText text;
};

struct Section
{
    enum class Kind { Prose, FeatureTable, Analysis, Verdicts };
    QString id;
    Kind kind = Kind::Prose;
    LocalizedText title;
    LocalizedText group;
    QList<Paragraph> paragraphs;
    QString favours;
    PassageRef favoursRef;
};

struct Statement
{
    LocalizedText text;
    QString status;
    QStringList figures;
};

struct Cell
{
    LocalizedText text;
    QList<Statement> statements;
};

struct Dimension
{
    QString id;
    LocalizedText name;
    QHash<QString, Cell> cells; // by family id
    QString favours;            // family id, "tie", or empty where the document does not say
    PassageRef favoursRef;
    LocalizedText favoursNote;
    QString section;
};

struct Verdict
{
    QString id;
    LocalizedText title;
    QString winner; // family id or "tie"
    LocalizedText rationale;
    QString passageId() const { return QStringLiteral("verdict-") + id; }
};

struct Figure
{
    enum class Bound { Exact, AtLeast, Below, About };
    QString id;
    QString family;
    LocalizedText label;
    double value = 0;
    std::optional<double> valueMax;
    Bound bound = Bound::Exact;
    LocalizedText unit;
    QString status;
    PassageRef ref;
    QString check;
};

struct Source
{
    QString id;
    LocalizedText title;
    QString where;
    QString kind; // primary | secondary
};

// A reasoning mode a score was measured in (thinking, non-thinking, a maker's own setting).
struct Mode
{
    QString id;
    LocalizedText name;
    LocalizedText description;
};

struct Model
{
    QString id;
    QString name;
    QString family;
    QString released; // YYYY-MM; empty where no source states it
    std::optional<double> totalParamsB;
    std::optional<double> activeParamsB;
    LocalizedText architecture;
    std::optional<qint64> contextTokens;
    LocalizedText license; // empty where the source does not state it
    LocalizedText modalities;
    QString source;
    QStringList furtherSources; // more sources of the same facts, after source
    LocalizedText note;
    bool apiOnly = false; // the source says it is served only through an API (no open weights)
    QStringList allSources() const { return QStringList{source} + furtherSources; }
};

// The fixed recurrent state of a hybrid model's linear-attention layers (per sequence).
struct LinearState
{
    int layers = 0;
    int valueHeads = 0;
    int keyHeadDim = 0;
    int valueHeadDim = 0;
    std::optional<double> bytesPerElement; // empty where the dtype is not stated
    QStringList sources;
};

// What memory sizing needs of one model; an empty value is not stated by any source read.
struct Architecture
{
    enum class Attention { NotStated, Gqa, Mla, Hybrid, Other };
    QString model;
    Attention attention = Attention::NotStated;
    std::optional<qint64> layers, queryHeads, kvHeads, headDim, kvLoraRank, qkRopeHeadDim, kvCacheLayers,
        hiddenSize, nativeContext, extendedContext;
    std::optional<double> statedKvBytesPerToken;
    double extraKvBytesPerToken = 0; // a fixed-format cache beside the attention's (indexer keys)
    std::optional<LinearState> linearState;
    QStringList sources;
    QStringList secondaryFields; // JSON field names read only in a secondary source
    bool isSecondary(const char *field) const { return secondaryFields.contains(QLatin1String(field)); }
};

struct Device
{
    QString id;
    QString name;
    LocalizedText kind;
    QString vendor;
    double memoryGB = 0; // 1 GB = 10^9 bytes
    std::optional<double> bandwidthGBps;
    QStringList sources;
    QStringList secondaryFields;
    bool isSecondary(const char *field) const { return secondaryFields.contains(QLatin1String(field)); }
};

struct Precision
{
    QString id;
    QString name;
    double bitsPerWeight = 0;
    LocalizedText appliesTo;
    QStringList sources;
    bool nominal = false; // bits from the format's name, measured by no source
};

// The overhead allowance and the "tight" threshold; an assumption where sources is empty.
struct FitDefaults
{
    qint64 overheadBytes = 0;
    double overheadShare = 0;
    double tightShare = 1;
    LocalizedText assumption;
    QStringList sources;
};

struct Benchmark
{
    QString id;
    QString name;
    LocalizedText unit;
    bool higherIsBetter = true;
    LocalizedText description;
};

struct Score
{
    QString model;
    QString benchmark;
    QString mode; // thinking | non-thinking | a mode of Dataset::modes; empty where the source names none
    double value = 0;
    LocalizedText unit;
    LocalizedText setting;
    QString reportedBy;
    QString source;
    QStringList furtherSources;
    QString status;
    LocalizedText note;
    QString reportedAs;    // the benchmark's name as the source writes it, where it differs
    QString reportedModel; // the model's name as the source writes it, where it differs
    QStringList allSources() const { return QStringList{source} + furtherSources; }
};

// A context band a price applies to: requests whose input is more than minInputTokens and at
// most maxInputTokens (no upper bound where none is recorded).
struct PriceTier
{
    LocalizedText label;
    qint64 minInputTokens = 0;
    std::optional<qint64> maxInputTokens;
    bool contains(qint64 inputTokens) const
    {
        return inputTokens > minInputTokens && (!maxInputTokens || inputTokens <= *maxInputTokens);
    }
};

// The hours (UTC, "HH:MM") of a discount window; the window may pass midnight.
struct DiscountWindow
{
    QString startUtc;
    QString endUtc;
};

// One list price of a model at a provider, per million tokens, in its own currency.
struct Price
{
    QString model;
    QString apiModel;
    LocalizedText provider;
    QString mode; // thinking | non-thinking | empty: both or not stated
    QString currency; // ISO 4217
    double inputPerMTok = 0; // input on a cache miss
    std::optional<double> cachedInputPerMTok;
    double outputPerMTok = 0;
    std::optional<PriceTier> tier;
    std::optional<DiscountWindow> discount; // set: the price inside this window
    QDate from;     // first day known in force (null: not stated)
    QDate until;    // the day it stopped being in force (null: not stated)
    QDate observed; // the latest day it was seen in force (null: not stated)
    LocalizedText period; // the date or period as the source words it
    LocalizedText terms;
    QStringList sources;
    LocalizedText note;
    // The date the price is shown with: seen, else taking effect, else ending; null when no
    // source dates it.
    QDate date() const { return observed.isValid() ? observed : from.isValid() ? from : until; }
    bool inForceOn(const QDate &day) const
    {
        return (!from.isValid() || from <= day) && (!until.isValid() || day < until);
    }
};

// A claim of the document about prices, checked from the prices themselves (core/cost).
struct PriceClaim
{
    QString id;
    LocalizedText claim;
    PassageRef ref;
    QString family;       // the family the claim says is cheaper
    QString comparedWith; // the family it is compared with
};

struct ClaimCheck
{
    QString id;
    LocalizedText claim;
    QString verdict;
    LocalizedText verdictText;
    LocalizedText detail;
    QStringList sources;
    PassageRef ref;
    QString dimension;
    QString family;
    // A check that does not simply confirm the claim marks the claim as differing.
    bool differs() const { return verdict != QLatin1String("confirmed"); }
};

// What became of an anticipation: shipped, shipped-differently, not-shipped, unknown.
struct Outcome
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    // How much a recommendation weight resting on an anticipation with this outcome counts
    // "as things turned out" (1: as the document says).
    double factor = 1;
};

// One of the document's anticipated, rumored or time-bound statements, and what happened.
struct AnticipationCheck
{
    QString id;
    LocalizedText claim;
    QString status;            // the document's status of the statement
    QString outcome;           // an Outcome id
    LocalizedText outcomeText; // the checker's own words ("superseded", "still true", ...)
    QString date;              // YYYY-MM or YYYY-MM-DD; empty for none
    LocalizedText detail;
    QStringList sources;
    PassageRef ref;
    QString dimension;
    QString family;
};

struct QuestionWeight
{
    // Anticipation checks of the statements this weight rests on (optional): its evidence
    // status is the least sure of their statuses; "as things turned out" it counts by the
    // least of their outcomes' factors.
    QStringList evidence;
    QString family;
    double weight = 0;
    LocalizedText reason;
    PassageRef ref;
};

struct QuestionOption
{
    QString id;
    LocalizedText label;
    LocalizedText description;
    QList<QuestionWeight> weights;
    // The follow-up page this answer asks for: "hardware" (the device, for self-hosting or
    // on-device use), "workload" (tokens a month, for costs); empty: none.
    QString asks;
};

struct Question
{
    QString id;
    LocalizedText criterion; // a short name for the question ("Use case"), for sliders and reports
    LocalizedText text;
    LocalizedText help;
    QList<QuestionOption> options;
    // Asked only when the answer to whenQuestion is one of whenOptions ("no-preference"
    // standing for no answer); always asked when whenQuestion is empty.
    QString whenQuestion;
    QStringList whenOptions;
    const QuestionOption *option(const QString &id) const;
    QStringList optionIds() const;
    // The criterion, or the question's text where the dataset names no criterion.
    QString criterionText() const { return criterion.isEmpty() ? text.text() : criterion.text(); }
    // The answer that stands for "no preference"; no option may use this id.
    static QString noPreference() { return QStringLiteral("no-preference"); }
};

struct Chart
{
    QString id;
    QString kind;
    LocalizedText title;
    LocalizedText subtitle;
    QJsonObject spec; // the whole definition, read by the chart that kind names
    bool inReport = true; // false: in the Charts tab and exports, not among the report's charts
};

// What a passage id resolves to: its text and where it sits.
struct PassageInfo
{
    enum class Kind { Paragraph, Dimension, Cell, Verdict };
    Kind kind = Kind::Paragraph;
    QString id;
    QString sectionId; // the section it is shown in
    LocalizedText text;
};

class Dataset
{
public:
    QString format;
    int formatVersion = 0;
    QString id;
    QString version;
    QString asOf;                   // the date of the facts beyond the document, YYYY-MM-DD (optional)
    QString documentDate;           // the document's date, YYYY-MM (optional)
    LocalizedText documentDateNote; // how that date was chosen
    QStringList languages;
    LocalizedText title;
    LocalizedText subtitle;
    QList<Status> statuses;
    QList<Family> families;
    QList<Section> sections;
    QList<Dimension> dimensions;
    QList<Verdict> verdicts;
    QList<Figure> figures;
    QList<Source> sources;
    QList<Mode> modes;
    QList<Model> models;
    QList<Architecture> architectures;
    QList<Device> devices;
    QList<Precision> precisions;
    FitDefaults fitDefaults;
    QList<Benchmark> benchmarks;
    QList<Score> scores;
    QList<ClaimCheck> claimChecks;
    QList<Price> prices;
    QList<PriceClaim> priceClaims;
    QList<Outcome> outcomes;
    QList<AnticipationCheck> anticipationChecks;
    QList<Question> questions;
    double tieThreshold = 0;
    QList<Chart> charts;
    QString checksum; // SHA-256 of the file's bytes, hex

    // Builds the id indexes below; the loader calls it once everything is read.
    void buildIndexes();

    const Family *family(const QString &id) const;
    const Status *status(const QString &id) const;
    const Section *section(const QString &id) const;
    const Dimension *dimension(const QString &id) const;
    const Verdict *verdict(const QString &id) const;
    const Figure *figure(const QString &id) const;
    const Source *source(const QString &id) const;
    const Model *model(const QString &id) const;
    const Architecture *architecture(const QString &modelId) const;
    const Device *device(const QString &id) const;
    const Precision *precision(const QString &id) const;
    const Benchmark *benchmark(const QString &id) const;
    const ClaimCheck *claimCheck(const QString &id) const;
    const Mode *mode(const QString &id) const;
    const Outcome *outcome(const QString &id) const;
    const AnticipationCheck *anticipationCheck(const QString &id) const;
    const Question *question(const QString &id) const;
    const Chart *chart(const QString &id) const;
    std::optional<PassageInfo> passage(const QString &id) const;
    QStringList passageIds() const; // in reading order

    // The least sure status among a cell's statements (highest rank).
    QString cellStatus(const Cell &cell) const;
    int statusRank(const QString &statusId) const;
    // Claim checks that bear on a dimension's cell for a family.
    QList<const ClaimCheck *> checksFor(const QString &dimensionId, const QString &familyId) const;
    // Anticipation checks that bear on a dimension's cell for a family.
    QList<const AnticipationCheck *> anticipationsFor(const QString &dimensionId, const QString &familyId) const;
    // A mode's name: the dataset's, else the built-in thinking / non-thinking, else the id;
    // "not stated" for an empty id.
    QString modeName(const QString &modeId) const;
    // Whether a model was released after the document's date (false where either is not stated).
    bool releasedAfterDocument(const Model &m) const;

private:
    QHash<QString, int> m_families, m_statuses, m_sections, m_dimensions, m_verdicts, m_figures,
        m_sources, m_models, m_architectures, m_devices, m_precisions, m_benchmarks, m_claimChecks, m_questions,
        m_charts, m_modes, m_outcomes, m_anticipationChecks;
    QHash<QString, PassageInfo> m_passages; // paragraphs and verdicts
    QString m_tableSection;                 // the feature table's section: its rows and cells are passages
};
