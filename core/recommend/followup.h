#pragma once

#include "core/cost/cost.h"
#include "core/dataset/dataset.h"
#include "core/fit/fit.h"
#include "core/recommend/answers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What the wizard's follow-up pages add to a recommendation (an option's `asks`): the models
// of the recommended family that run on the user's hardware (core/fit), and what the user's
// monthly volume costs at the family's list prices (core/cost). Pure: the dataset and the
// answers in, figures out; RecommendationRenderer writes them for people.

// One model on the hardware, at the precision chosen for it.
struct FitChoice
{
    const Model *model = nullptr;
    const Precision *precision = nullptr;
    FitResult result;
    bool fits() const { return result.verdict == FitResult::Verdict::Fits || result.verdict == FitResult::Verdict::Tight; }
};

struct HardwareAdvice
{
    FitRequest request;    // the hardware; request.weights: the chosen precision, or null (each model's best)
    QString family;        // the family whose models are listed (the recommended one, or the leader of a tie)
    QString otherFamily;   // the runner-up
    QList<FitChoice> fitting; // the family's open-weight models that fit, the most parameters first
    std::optional<FitChoice> closestOther; // the other family's best fit, else the one nearest to fitting
    int notStated = 0;     // the family's models whose fit cannot be told (an input not stated)
};

struct WorkloadAdvice
{
    Workload workload;         // workload.on: the day whose prices count
    QString family;
    QList<CostLine> lines;     // the family's priced models
    QStringList unpriced;      // the family's model ids without a price that day
};

class FollowUp
{
    Q_DECLARE_TR_FUNCTIONS(FollowUp)

public:
    // The follow-up pages the answers ask for ("hardware", "workload"), each once, among the
    // questions that apply.
    static QStringList asked(const Dataset &dataset, const QMap<QString, QString> &effectiveAnswers);
    // Empty when the device and precision named exist; else a one-line reason naming the choices.
    static QString validate(const Dataset &dataset, const AnswerExtras &extras);
    // The FitRequest of a hardware answer (the dataset's defaults for what it leaves out); the
    // weights' precision stays null when the answer names none.
    static FitRequest request(const Dataset &dataset, const HardwareAnswer &hardware);
    // The models of ranking's first family that fit, and the closest of the second.
    static HardwareAdvice hardware(const Dataset &dataset, const QStringList &ranking, const HardwareAnswer &answer);
    // The monthly cost of the volume at the family's prices in force on the newest day.
    static WorkloadAdvice workload(const Dataset &dataset, const QString &family, const WorkloadAnswer &answer);
    // --recommend --json's "hardwareFit" and "workloadCost" (CONTRACT.md).
    static QJsonObject toJson(const HardwareAdvice &advice);
    static QJsonObject toJson(const WorkloadAdvice &advice);
    // One model at a precision: the given one, else the one with the most bits that fits
    // (the fewest bits when none does).
    static FitChoice choose(const Dataset &dataset, const Model &model, const FitRequest &request);
};
