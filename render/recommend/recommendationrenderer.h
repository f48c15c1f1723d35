#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/followup.h"
#include "core/recommend/recommender.h"
#include "core/recommend/robustness.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class ReportSection;

// A recommendation as the report's section shows it: plain texts, already in the report's
// language (fromAnswers() fills it from the recommender); only `answers` is needed for a
// report that lists the answers alone.
struct ReportRecommendation {
    struct Answer {
        QString question; // the question's text
        QString option; // the chosen option's label
    };
    struct Reason {
        QString text;
        QString family; // family id, or empty
        double weight = 0;
        QString passage; // where the document says it, or empty
    };
    struct Flip {
        QString question; // the question's text
        QString option; // the option's label
        QString recommendation; // family id or "tie"
    };

    QList<Answer> answers;
    QString recommendation; // family id or "tie"; empty: no result, the answers alone
    QList<QPair<QString, double>> scores; // family id, score
    double margin = 0;
    QList<Reason> reasons;
    QList<Flip> flips;

    // How sure the answer is (RobustnessReport's content as plain texts).
    struct Robustness {
        QList<QPair<QString, double>> winShare; // family id, share of the draws it ranks first
        int samples = 0;
        QString smallestFlip; // in words; empty: no importance change flips it
        QStringList readings; // as the document says, without unshipped evidence, as things turned out
        QStringList unshippedReasons; // the reasons resting on rumored or anticipated evidence
    };
    std::optional<Robustness> robustness;
    // The follow-up pages' part (FollowUpReport), where the answers ask for it and give it.
    std::optional<HardwareAdvice> hardware;
    std::optional<WorkloadAdvice> workload;

    // The answers as question and option texts in the dataset's order, and the
    // recommender's result for them (with the follow-up pages' answers).
    static ReportRecommendation fromAnswers(const Dataset &dataset, const QMap<QString, QString> &answers,
                                            const AnswerExtras &extras = {});
};

// The one place a recommendation is written out for people: the wizard's result page and
// its PDF (html(), writePdf(): the result large and plain, the scores as labelled bars, the
// reasons with their sources, the matching "Best For" verdicts quoted, what would change
// the answer, and the answers it rests on) and the full report's recommendation section
// (writeReportSection()).
class RecommendationRenderer {
    Q_DECLARE_TR_FUNCTIONS(RecommendationRenderer)

public:
    struct Options {
        bool darkPalette = false; // family colours for a dark background
        bool links = true; // reasons and verdicts link to passages (PassageLink)
        int headingLevel = 1; // the level of the top heading (2 inside a larger document)
        QMap<QString, double> importance; // shown when any is not 1 (analyst mode)
        std::optional<QPageSize> pageSize; // writePdf(): empty: the locale's paper
        // How sure the answer is (RobustnessReport), under the scores; none: left out.
        const RobustnessSummary *robustness = nullptr;
        // The follow-up pages' part (FollowUpReport), after the reasons; none: left out.
        const HardwareAdvice *hardware = nullptr;
        const WorkloadAdvice *workload = nullptr;
    };

    // What the follow-up pages add for these answers: set where the answers ask for a page
    // (FollowUp::asked) and its answer is given.
    static std::optional<HardwareAdvice> hardwareAdvice(const Dataset &dataset, const Recommendation &recommendation,
                                                        const AnswerExtras &extras);
    static std::optional<WorkloadAdvice> workloadAdvice(const Dataset &dataset, const Recommendation &recommendation,
                                                        const AnswerExtras &extras);

    // Rich text for QTextDocument (a subset of HTML 4), with PassageLink links.
    static QString html(const Dataset &dataset, const Recommendation &recommendation, const Options &options);
    static QString html(const Dataset &dataset, const Recommendation &recommendation)
    {
        return html(dataset, recommendation, Options());
    }
    // Paints the HTML, under a line saying what it is and when it was made, onto a paged
    // device (a QPdfWriter or QPrinter).
    static void print(const Dataset &dataset, const Recommendation &recommendation, QPagedPaintDevice *device,
        const Options &options);
    // Writes a PDF through PdfWriter (atomic, searchable Chinese, the locale's paper unless
    // options.pageSize); false with *error naming the path and the cause.
    static bool writePdf(const Dataset &dataset, const Recommendation &recommendation, const QString &path,
        QString *error, const Options &options);

    // The report's recommendation section: the result and scores, the answers, the reasons
    // and what would change the result, as tables.
    static void writeReportSection(ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec);

    // One labelled bar of a table of width 100%: the name, a bar of `percent` in colour, the value.
    static QString barRow(const QString &name, const QString &colour, int percent, const QString &value);

    // The family's name, or "a tie".
    static QString outcomeName(const Dataset &dataset, const QString &outcome);
    // "Use case: E-commerce", "Use case: no preference" for a flip or an answer.
    static QString answerText(const Dataset &dataset, const QString &questionId, const QString &optionId);

private:
    // writeReportSection()'s steps.
    static void writeReportResult(ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec);
    static void writeReportReasons(ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec);
    static void writeReportFlips(ReportSection *section, const ReportRecommendation &rec);
};
