#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One weighted argument behind a recommendation: an answered option's weight for a
// family, scaled by the question's importance, and the passage that supports it.
struct Reason
{
    LocalizedText text;
    QString family;
    double weight = 0;
    PassageRef ref;
    QString question;
    QString option;
    bool unshipped = false;  // rests on rumored or anticipated evidence
    QString evidenceStatus;  // the least sure status of its evidence; empty without evidence
};

// A single answer change that changes the recommendation.
struct Flip
{
    QString question;
    QString option; // an option id, or Question::noPreference()
    QString recommendation;
};

struct Recommendation
{
    QString recommendation; // a family id, or "tie"
    QMap<QString, double> scores;
    QStringList ranking; // every family id, best first (dataset order among equals)
    double margin = 0;   // the leader's score minus the runner-up's
    QList<Reason> reasons; // ranked by weight, largest first
    QList<Flip> flips;
    QMap<QString, QString> answers; // the answers that counted (applicable, not "no preference")
    QStringList verdicts;           // ids of verdicts named by an answered option
    bool isTie() const { return recommendation == tieId(); }
    static QString tieId() { return QStringLiteral("tie"); }
};

// Where changing one question's importance changes the recommendation.
struct Sensitivity
{
    QString question;
    double importance = 1;          // the importance it has now
    std::optional<double> switchAt; // the nearest importance at which the result changes
    QString switchTo;               // the recommendation past that point
};

// How the weights resting on evidence (QuestionWeight::evidence: anticipation checks)
// count. As the document says: each at full, except that `unshipped` scales those whose
// evidence is rumored or anticipated (1 full, 0.5 half, 0 not at all). As things turned
// out: each weight resting on anticipations counts by the least of its outcomes' factors.
struct WeightCounting
{
    double unshipped = 1;
    bool asTurnedOut = false;
    static WeightCounting withUnshippedAt(double factor) { return {factor, false}; }
    static WeightCounting turnedOut() { return {1, true}; }
};

// Turns answers (question id -> option id) into a recommendation. Each answered option
// adds its weights (times the question's importance, 1 by default) to the families'
// scores; the leader wins unless its margin is below the dataset's tie threshold.
// Everything it knows comes from the dataset.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)

public:
    static constexpr double DefaultImportance = 1.0;
    static constexpr double MaxImportance = 3.0;

    explicit Recommender(const Dataset &dataset, WeightCounting counting = WeightCounting());

    Recommendation recommend(const QMap<QString, QString> &answers, const QMap<QString, double> &importance = {}) const;
    // An empty string when every answer names a question and one of its options; else a
    // message naming the first unknown one and listing the valid ids.
    QString validate(const QMap<QString, QString> &answers) const;
    // Whether a question is asked, given the answers to the questions before it.
    bool applies(const Question &question, const QMap<QString, QString> &answers) const;
    // The answers with "no preference" and inapplicable questions removed.
    QMap<QString, QString> effectiveAnswers(const QMap<QString, QString> &answers) const;
    // The importance of one question, between 0 and maxImportance and nearest to its
    // current one, at which the recommendation changes; none if it never does.
    Sensitivity sensitivity(const QMap<QString, QString> &answers, const QMap<QString, double> &importance,
                            const QString &questionId, double maxImportance = MaxImportance) const;

    // The recommendation without its flips (what recommend() computes first).
    Recommendation score(const QMap<QString, QString> &answers, const QMap<QString, double> &importance) const;
    // The factor a weight counts by under this recommender's counting.
    double weightFactor(const QuestionWeight &weight) const;
    // Whether a weight rests on rumored or anticipated evidence (its evidence's least sure
    // status is one of those).
    bool restsOnUnshipped(const QuestionWeight &weight) const;
    // The least sure status among a weight's evidence; empty when it names none.
    QString evidenceStatus(const QuestionWeight &weight) const;

    const Dataset &dataset() const { return m_dataset; }
    WeightCounting counting() const { return m_counting; }

private:
    QString decide(const QMap<QString, double> &scores, QStringList *ranking, double *margin) const;

    const Dataset &m_dataset;
    WeightCounting m_counting;
};

// The recommendation as CONTRACT.md's --recommend --json prints it: recommendation,
// scores, margin, reasons (text in the current language, family, weight) and flips.
QJsonObject recommendationToJson(const Recommendation &recommendation);
