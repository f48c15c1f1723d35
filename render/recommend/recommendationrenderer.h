#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/recommender.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPageSize>
#include <QPair>
#include <QString>

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

    // The answers as question and option texts in the dataset's order, and the
    // recommender's result for them.
    static ReportRecommendation fromAnswers(const Dataset &dataset, const QMap<QString, QString> &answers);
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
    };

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
