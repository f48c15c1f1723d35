#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/recommender.h"
#include "core/recommend/robustness.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>

class QPagedPaintDevice;

// A recommendation written out for a decision-maker: the result large and plain, the
// scores as labelled bars, the reasons with their sources, the matching "Best For"
// verdicts quoted, what would change the answer, and the answers it rests on. The wizard's
// result page shows this HTML; the PDF export and the whole report reuse it.
class RecommendationReport
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationReport)

public:
    struct Options
    {
        bool darkPalette = false;  // family colours for a dark background
        bool links = true;         // reasons and verdicts link to "passage:" URLs
        int headingLevel = 1;      // the level of the top heading (2 inside a larger report)
        QMap<QString, double> importance; // shown when any is not 1 (analyst mode)
        // How sure the answer is (RobustnessReport), before the answers; none: left out.
        const RobustnessSummary *robustness = nullptr;
    };

    // Rich text for QTextDocument (a subset of HTML 4). Passage links have the form
    // passageUrl(); see passageFromUrl().
    static QString html(const Dataset &dataset, const Recommendation &recommendation, const Options &options);
    static QString html(const Dataset &dataset, const Recommendation &recommendation)
    {
        return html(dataset, recommendation, Options());
    }
    // Paints the HTML onto a paged device (a QPdfWriter or QPrinter), A4-friendly margins.
    static void print(const Dataset &dataset, const Recommendation &recommendation, QPagedPaintDevice *device,
                      const Options &options);
    // Writes a PDF atomically (AtomicFile); false with *error naming the path and the cause.
    static bool writePdf(const Dataset &dataset, const Recommendation &recommendation, const QString &path,
                         QString *error, const Options &options);

    // One labelled bar of a table of width 100%: the name, a bar of `percent` in colour, the value.
    static QString barRow(const QString &name, const QString &colour, int percent, const QString &value);

    // "passage:ID?quote=TEXT" and back.
    static QUrl passageUrl(const PassageRef &ref);
    static bool passageFromUrl(const QUrl &url, QString *passageId, LocalizedText *quote);

    // The family's name, or "a tie".
    static QString outcomeName(const Dataset &dataset, const QString &outcome);
    // The answers under the given heading, their importances, and where the weights come from.
    static QString answersHtml(const Dataset &dataset, const Recommendation &recommendation, const Options &options,
                               const QString &heading);
    // "Use case: E-commerce", "Use case: no preference" for a flip or an answer.
    static QString answerText(const Dataset &dataset, const QString &questionId, const QString &optionId);
};
