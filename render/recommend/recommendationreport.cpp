#include "render/recommend/recommendationreport.h"

#include "core/export/atomicfile.h"
#include "render/recommend/robustnessreport.h"

#include <QDate>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString formatNumber(double value)
{
    const double rounded = std::round(value * 100) / 100;
    return QLocale().toString(rounded, 'g', 6);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + formatNumber(value);
}

// An aside in brackets: Chinese writes them full-width.
QString parenthesised(const QString &text)
{
    return RecommendationReport::tr("(%1)").arg(text);
}
} // namespace

QUrl RecommendationReport::passageUrl(const PassageRef &ref)
{
    QUrl url;
    url.setScheme(QStringLiteral("passage"));
    url.setPath(ref.passage);
    const QString quote = ref.quote.text();
    if (!quote.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("quote"), quote);
        url.setQuery(query);
    }
    return url;
}

bool RecommendationReport::passageFromUrl(const QUrl &url, QString *passageId, LocalizedText *quote)
{
    if (url.scheme() != QLatin1String("passage") || url.path().isEmpty())
        return false;
    *passageId = url.path();
    *quote = LocalizedText();
    const QString text = QUrlQuery(url).queryItemValue(QStringLiteral("quote"), QUrl::FullyDecoded);
    if (!text.isEmpty()) {
        quote->set(LocalizedText::currentLanguage(), text);
        quote->set(LocalizedText::fallbackLanguage(), text);
    }
    return true;
}

QString RecommendationReport::outcomeName(const Dataset &dataset, const QString &outcome)
{
    if (const Family *f = dataset.family(outcome))
        return f->name.text();
    return tr("a tie");
}

QString RecommendationReport::answerText(const Dataset &dataset, const QString &questionId, const QString &optionId)
{
    const Question *q = dataset.question(questionId);
    if (!q)
        return questionId;
    const QuestionOption *o = q->option(optionId);
    return tr("%1: %2").arg(q->criterionText(), o ? o->label.text() : tr("No preference"));
}

QString RecommendationReport::barRow(const QString &name, const QString &colour, int percent, const QString &value)
{
    // A bar is a coloured cell beside an empty one: QTextDocument sizes cells, not spans.
    QString bar = QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(percent).arg(colour);
    if (percent < 100)
        bar += QStringLiteral("<td width=\"%1%\"></td>").arg(100 - percent);
    return QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td width=\"66%\">"
                          "<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\"><tr>%2</tr></table></td>"
                          "<td width=\"12%\" align=\"right\">%3</td></tr>")
        .arg(esc(name), bar, esc(value));
}

QString RecommendationReport::html(const Dataset &d, const Recommendation &r, const Options &options)
{
    const int h = std::clamp(options.headingLevel, 1, 4);
    auto heading = [h](int level, const QString &text) {
        const int n = std::min(h + level, 6);
        return QStringLiteral("<h%1>%2</h%1>").arg(n).arg(text);
    };
    auto link = [&options](const PassageRef &ref, const QString &text) {
        if (!options.links || !ref.isValid())
            return text;
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(passageUrl(ref).toString(QUrl::FullyEncoded)), text);
    };
    auto colour = [&d, &options](const QString &family) {
        const Family *f = d.family(family);
        return f ? f->displayColor(options.darkPalette).name() : QStringLiteral("#888888");
    };

    QString out;
    // The answer, large and plain.
    if (r.isTie()) {
        out += QStringLiteral("<h%1>%2</h%1>").arg(h).arg(esc(tr("No clear winner: a tie")));
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("Neither family leads by at least %1 points on your answers; "
                               "the flips below show which answer would decide it.")
                                .arg(formatNumber(d.tieThreshold))));
    } else {
        const Family *winner = d.family(r.recommendation);
        out += QStringLiteral("<h%1>%2</h%1>").arg(h).arg(esc(tr("Recommended: %1").arg(winner->name.text())));
        // One message for both sentences: how sentences join is the translation's business.
        const QString lead = formatNumber(r.margin);
        const QString line = winner->character.isEmpty()
            ? tr("Lead over the runner-up: %1.").arg(lead)
            : tr("Lead over the runner-up: %1. The document calls it %2.")
                  .arg(lead, link(winner->characterRef, esc(winner->character.text())));
        out += QStringLiteral("<p>%1</p>").arg(line);
    }

    // Scores as labelled bars: the name and the number say what the colour shows.
    out += heading(1, esc(tr("Scores")));
    double top = 0;
    for (const double v : r.scores)
        top = std::max(top, std::abs(v));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const QString &family : r.ranking) {
        const double value = r.scores.value(family);
        const int percent = top > 0 ? std::max(1, int(std::round(100 * std::max(0.0, value) / top))) : 1;
        const Family *f = d.family(family);
        out += barRow(f ? f->name.text() : family, colour(family), percent, formatNumber(value));
    }
    out += QStringLiteral("</table>");

    // How sure: right under the scores, before the reasons.
    if (options.robustness)
        out += RobustnessReport::html(d, *options.robustness, options.darkPalette, std::min(h + 1, 6));

    // Why: every reason with the words of the document it rests on.
    out += heading(1, esc(tr("Why")));
    if (r.reasons.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No answer favours either family yet.")));
    } else {
        out += QStringLiteral("<ol>");
        for (const Reason &reason : r.reasons) {
            const Family *f = d.family(reason.family);
            QString item = QStringLiteral("<b>%1 %2</b> — %3")
                               .arg(esc(signedNumber(reason.weight)), esc(f ? f->name.text() : reason.family),
                                    esc(reason.text.text()));
            const QString quote = reason.ref.quote.text();
            item += QStringLiteral("<br><small>%1</small>")
                        .arg(link(reason.ref, esc(quote.isEmpty() ? tr("Source") : tr("“%1”").arg(quote))));
            item += QStringLiteral(" <small>%1</small>").arg(esc(parenthesised(answerText(d, reason.question, reason.option))));
            out += QStringLiteral("<li>%1</li>").arg(item);
        }
        out += QStringLiteral("</ol>");
    }

    // The document's own verdict for the use case.
    for (const QString &id : r.verdicts) {
        const Verdict *v = d.verdict(id);
        if (!v)
            continue;
        out += heading(1, esc(tr("The document's verdict: %1").arg(v->title.text())));
        PassageRef ref;
        ref.passage = v->passageId();
        out += QStringLiteral("<blockquote><p><b>%1</b></p><p><i>%2</i></p></blockquote>")
                   .arg(esc(tr("Best for this: %1")
                                .arg(v->winner == Recommendation::tieId() ? tr("a tie") : outcomeName(d, v->winner))),
                        link(ref, esc(v->rationale.text())));
    }

    // What would change the answer.
    out += heading(1, esc(tr("What would change the answer")));
    if (r.flips.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No single change of answer changes the recommendation.")));
    } else {
        out += QStringLiteral("<ul>");
        for (const Flip &flip : r.flips)
            out += QStringLiteral("<li>%1</li>")
                       .arg(esc(tr("%1 → %2").arg(answerText(d, flip.question, flip.option),
                                                 outcomeName(d, flip.recommendation))));
        out += QStringLiteral("</ul>");
    }

    return out + answersHtml(d, r, options, heading(1, esc(tr("Your answers"))));
}

// The answers a recommendation rests on, with their importance where it is not 1.
QString RecommendationReport::answersHtml(const Dataset &d, const Recommendation &r, const Options &options,
                                          const QString &heading)
{
    QString out = heading;
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Question &q : d.questions) {
        const QString answer = r.answers.value(q.id);
        const QuestionOption *o = q.option(answer);
        double importance = options.importance.value(q.id, Recommender::DefaultImportance);
        QString weight;
        if (std::abs(importance - Recommender::DefaultImportance) > 1e-9)
            weight = QStringLiteral(" <small>%1</small>").arg(esc(parenthesised(tr("importance ×%1").arg(formatNumber(importance)))));
        out += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2%3</td></tr>")
                   .arg(esc(q.criterionText()), esc(o ? o->label.text() : tr("No preference")), weight);
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><small>%1</small></p>")
               .arg(esc(tr("Source: %1 (dataset %2, version %3). Every weight is derived from the document; "
                           "each reason names the words it rests on.")
                            .arg(d.title.text(), d.id, d.version)));
    return out;
}

void RecommendationReport::print(const Dataset &dataset, const Recommendation &recommendation,
                                 QPagedPaintDevice *device, const Options &options)
{
    QTextDocument document;
    document.setDocumentMargin(0);
    // A printed page says what it is and when it was made.
    const QString header = QStringLiteral("<p><small>%1</small></p>")
                               .arg(esc(tr("Versus recommendation · %1 · %2")
                                            .arg(dataset.title.text(),
                                                 QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
    document.setHtml(header + html(dataset, recommendation, options));
    document.print(device);
}

bool RecommendationReport::writePdf(const Dataset &dataset, const Recommendation &recommendation, const QString &path,
                                    QString *error, const Options &options)
{
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(tr("Recommendation: %1").arg(outcomeName(dataset, recommendation.recommendation)));
        writer.setCreator(QStringLiteral("Versus"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        Options printOptions = options;
        printOptions.darkPalette = false;
        print(dataset, recommendation, &writer, printOptions);
    }
    return file.commit(error);
}
