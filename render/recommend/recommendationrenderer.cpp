#include "render/recommend/recommendationrenderer.h"

#include "render/html/html.h"
#include "render/recommend/followupreport.h"
#include "render/html/passagelink.h"
#include "render/pdf/pdfwriter.h"
#include "render/report/report.h"
#include "render/report/reportsection.h"
#include "render/recommend/robustnessreport.h"

#include <QDate>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using Html::escape;

namespace {
QString formatNumber(double value)
{
    const double rounded = std::round(value * 100) / 100;
    return QLocale().toString(rounded, 'g', 6);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + formatNumber(value);
}

// A paragraph of plain text.
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(escape(text));
}

// An aside in brackets: Chinese writes them full-width.
QString parenthesised(const QString &text)
{
    return RecommendationRenderer::tr("(%1)").arg(text);
}

// RecommendationRenderer::html(), one step per part of the page.
class HtmlSteps {
public:
    HtmlSteps(const Dataset &dataset, const Recommendation &recommendation,
        const RecommendationRenderer::Options &htmlOptions)
        : d(dataset)
        , r(recommendation)
        , options(htmlOptions)
        , h(std::clamp(htmlOptions.headingLevel, 1, 4))
    {
    }

    // The answer, large and plain.
    QString result() const;
    // Scores as labelled bars: the name and the number say what the colour shows.
    QString scores() const;
    // Why: every reason with the words of the document it rests on.
    QString reasons() const;
    // The document's own verdict for the use case.
    QString verdicts() const;
    // What would change the answer.
    QString flips() const;
    // The answers it rests on, and where the weights come from.
    QString answers() const;

private:
    QString heading(int level, const QString &text) const
    {
        const int n = std::min(h + level, 6);
        return QStringLiteral("<h%1>%2</h%1>").arg(n).arg(text);
    }
    QString link(const PassageRef &ref, const QString &text) const
    {
        return options.links ? PassageLink::anchor(ref, text) : text;
    }
    QString colour(const QString &family) const
    {
        const Family *f = d.family(family);
        return f ? f->displayColor(options.darkPalette).name() : QStringLiteral("#888888");
    }
    QString familyName(const QString &family) const
    {
        const Family *f = d.family(family);
        return f ? f->name.text() : family;
    }

    const Dataset &d;
    const Recommendation &r;
    const RecommendationRenderer::Options &options;
    const int h;
};

QString HtmlSteps::result() const
{
    if (r.isTie()) {
        return QStringLiteral("<h%1>%2</h%1>").arg(h).arg(escape(RecommendationRenderer::tr("No clear winner: a tie")))
            + paragraph(RecommendationRenderer::tr("Neither family leads by at least %1 points on your answers; "
                                                   "the flips below show which answer would decide it.")
                            .arg(formatNumber(d.tieThreshold)));
    }
    const Family *winner = d.family(r.recommendation);
    QString out = QStringLiteral("<h%1>%2</h%1>")
                      .arg(h)
                      .arg(escape(RecommendationRenderer::tr("Recommended: %1").arg(winner->name.text())));
    // One message for both sentences: how sentences join is the translation's business.
    const QString lead = formatNumber(r.margin);
    const QString line = winner->character.isEmpty()
        ? RecommendationRenderer::tr("Lead over the runner-up: %1.").arg(lead)
        : RecommendationRenderer::tr("Lead over the runner-up: %1. The document calls it %2.")
              .arg(lead, link(winner->characterRef, escape(winner->character.text())));
    return out + QStringLiteral("<p>%1</p>").arg(line);
}

QString HtmlSteps::scores() const
{
    QString out = heading(1, escape(RecommendationRenderer::tr("Scores")));
    double top = 0;
    for (const double v : r.scores)
        top = std::max(top, std::abs(v));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const QString &family : r.ranking) {
        const double value = r.scores.value(family);
        const int percent = top > 0 ? std::max(1, int(std::round(100 * std::max(0.0, value) / top))) : 1;
        out += RecommendationRenderer::barRow(familyName(family), colour(family), percent, formatNumber(value));
    }
    return out + QStringLiteral("</table>");
}

QString HtmlSteps::reasons() const
{
    QString out = heading(1, escape(RecommendationRenderer::tr("Why")));
    if (r.reasons.isEmpty())
        return out + paragraph(RecommendationRenderer::tr("No answer favours either family yet."));
    out += QStringLiteral("<ol>");
    for (const Reason &reason : r.reasons) {
        QString item = QStringLiteral("<b>%1 %2</b> — %3")
                           .arg(escape(signedNumber(reason.weight)), escape(familyName(reason.family)),
                               escape(reason.text.text()));
        const QString quote = reason.ref.quote.text();
        item += QStringLiteral("<br>")
              + Html::small(link(reason.ref, escape(quote.isEmpty() ? RecommendationRenderer::tr("Source")
                                                                    : RecommendationRenderer::tr("“%1”").arg(quote))));
        item += QStringLiteral(" ")
              + Html::small(escape(parenthesised(RecommendationRenderer::answerText(d, reason.question, reason.option))));
        out += QStringLiteral("<li>%1</li>").arg(item);
    }
    return out + QStringLiteral("</ol>");
}

QString HtmlSteps::verdicts() const
{
    QString out;
    for (const QString &id : r.verdicts) {
        const Verdict *v = d.verdict(id);
        if (!v)
            continue;
        out += heading(1, escape(RecommendationRenderer::tr("The document's verdict: %1").arg(v->title.text())));
        PassageRef ref;
        ref.passage = v->passageId();
        const QString winner = v->winner == Recommendation::tieId() ? RecommendationRenderer::tr("a tie")
                                                                    : RecommendationRenderer::outcomeName(d, v->winner);
        out += QStringLiteral("<blockquote><p><b>%1</b></p><p>%2</p></blockquote>")
                   .arg(escape(RecommendationRenderer::tr("Best for this: %1").arg(winner)),
                       Html::italic(link(ref, escape(v->rationale.text()))));
    }
    return out;
}

QString HtmlSteps::flips() const
{
    QString out = heading(1, escape(RecommendationRenderer::tr("What would change the answer")));
    if (r.flips.isEmpty())
        return out + paragraph(RecommendationRenderer::tr("No single change of answer changes the recommendation."));
    out += QStringLiteral("<ul>");
    for (const Flip &flip : r.flips)
        out += QStringLiteral("<li>%1</li>")
                   .arg(escape(RecommendationRenderer::tr("%1 → %2").arg(
                       RecommendationRenderer::answerText(d, flip.question, flip.option),
                       RecommendationRenderer::outcomeName(d, flip.recommendation))));
    return out + QStringLiteral("</ul>");
}

QString HtmlSteps::answers() const
{
    QString out = heading(1, escape(RecommendationRenderer::tr("Your answers")));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Question &q : d.questions) {
        const QuestionOption *o = q.option(r.answers.value(q.id));
        const double importance = options.importance.value(q.id, Recommender::DefaultImportance);
        QString weight;
        if (std::abs(importance - Recommender::DefaultImportance) > 1e-9)
            weight = QStringLiteral(" <small>%1</small>")
                         .arg(escape(parenthesised(
                             RecommendationRenderer::tr("importance ×%1").arg(formatNumber(importance)))));
        out += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2%3</td></tr>")
                   .arg(escape(q.criterionText()),
                       escape(o ? o->label.text() : RecommendationRenderer::tr("No preference")), weight);
    }
    out += QStringLiteral("</table>");
    return out
        + QStringLiteral("<p><small>%1</small></p>")
              .arg(escape(RecommendationRenderer::tr(
                  "Source: %1 (dataset %2, version %3). Every weight is derived from the document; "
                  "each reason names the words it rests on.")
                              .arg(d.title.text(), d.id, d.version)));
}
} // namespace

QString RecommendationRenderer::outcomeName(const Dataset &dataset, const QString &outcome)
{
    if (const Family *f = dataset.family(outcome))
        return f->name.text();
    return tr("a tie");
}

QString RecommendationRenderer::answerText(const Dataset &dataset, const QString &questionId, const QString &optionId)
{
    const Question *q = dataset.question(questionId);
    if (!q)
        return questionId;
    const QuestionOption *o = q->option(optionId);
    return tr("%1: %2").arg(q->criterionText(), o ? o->label.text() : tr("No preference"));
}

QString RecommendationRenderer::html(const Dataset &d, const Recommendation &r, const Options &options)
{
    const HtmlSteps steps(d, r, options);
    // How sure: right under the scores, before the reasons.
    const QString robustness = options.robustness
        ? RobustnessReport::html(d, *options.robustness, options.darkPalette, std::min(std::clamp(options.headingLevel, 1, 4) + 1, 6))
        : QString();
    const int level = std::min(std::clamp(options.headingLevel, 1, 4) + 1, 6);
    QString followUps;
    if (options.hardware)
        followUps += FollowUpReport::html(FollowUpReport::hardwarePart(d, *options.hardware), level);
    if (options.workload)
        followUps += FollowUpReport::html(FollowUpReport::workloadPart(d, *options.workload), level);
    return steps.result() + steps.scores() + robustness + steps.reasons() + followUps + steps.verdicts() + steps.flips()
        + steps.answers();
}

QString RecommendationRenderer::barRow(const QString &name, const QString &colour, int percent, const QString &value)
{
    // A bar is a coloured cell beside an empty one: QTextDocument sizes cells, not spans.
    QString bar = QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(percent).arg(colour);
    if (percent < 100)
        bar += QStringLiteral("<td width=\"%1%\"></td>").arg(100 - percent);
    return QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td width=\"66%\">"
                          "<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\"><tr>%2</tr></table></td>"
                          "<td width=\"12%\" align=\"right\">%3</td></tr>")
        .arg(escape(name), bar, escape(value));
}

void RecommendationRenderer::print(
    const Dataset &dataset, const Recommendation &recommendation, QPagedPaintDevice *device, const Options &options)
{
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(Html::styleSheet());
    // A printed page says what it is and when it was made.
    const QString header = QStringLiteral("<p><small>%1</small></p>")
                               .arg(escape(tr("Versus recommendation · %1 · %2")
                                               .arg(dataset.title.text(),
                                                   QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
    document.setHtml(header + html(dataset, recommendation, options));
    document.print(device);
}

bool RecommendationRenderer::writePdf(const Dataset &dataset, const Recommendation &recommendation, const QString &path,
    QString *error, const Options &options)
{
    PdfWriter::Setup setup;
    setup.pageSize = options.pageSize;
    // QTextDocument::print (print()) keeps 2 cm margins of its own: page margins besides
    // would leave the text half the page's width.
    setup.margins = QMarginsF(0, 0, 0, 0);
    setup.title = tr("Recommendation: %1").arg(outcomeName(dataset, recommendation.recommendation));
    Options printOptions = options;
    printOptions.darkPalette = false;
    return PdfWriter::write(
        path, setup,
        [&](QPdfWriter *writer, QString *) {
            print(dataset, recommendation, writer, printOptions);
            return true;
        },
        error);
}

std::optional<HardwareAdvice> RecommendationRenderer::hardwareAdvice(const Dataset &dataset, const Recommendation &r,
                                                                     const AnswerExtras &extras)
{
    if (!extras.hardware.isSet() || !FollowUp::asked(dataset, r.answers).contains(QLatin1String("hardware")))
        return std::nullopt;
    return FollowUp::hardware(dataset, r.ranking, extras.hardware);
}

std::optional<WorkloadAdvice> RecommendationRenderer::workloadAdvice(const Dataset &dataset, const Recommendation &r,
                                                                     const AnswerExtras &extras)
{
    if (!extras.workload.isSet() || !FollowUp::asked(dataset, r.answers).contains(QLatin1String("workload")))
        return std::nullopt;
    return FollowUp::workload(dataset, r.ranking.value(0), extras.workload);
}

ReportRecommendation ReportRecommendation::fromAnswers(const Dataset &dataset, const QMap<QString, QString> &answers,
                                                       const AnswerExtras &extras)
{
    ReportRecommendation rec;
    for (const Question &q : dataset.questions) {
        if (const QuestionOption *o = q.option(answers.value(q.id)))
            rec.answers.append({q.text.text(), o->label.text()});
    }
    const Recommendation r = Recommender(dataset).recommend(answers);
    rec.recommendation = r.recommendation;
    rec.margin = r.margin;
    for (const QString &family : r.ranking)
        rec.scores.append({family, r.scores.value(family)});
    for (const ::Reason &reason : r.reasons)
        rec.reasons.append({reason.text.text(), reason.family, reason.weight, reason.ref.passage});
    for (const ::Flip &flip : r.flips) {
        const Question *q = dataset.question(flip.question);
        const QuestionOption *o = q ? q->option(flip.option) : nullptr;
        const QString option = o
            ? o->label.text()
            : (flip.option == Question::noPreference() ? RecommendationRenderer::tr("No preference") : flip.option);
        rec.flips.append({q ? q->text.text() : flip.question, option, flip.recommendation});
    }
    rec.robustness = RobustnessReport::reportRobustness(dataset, answers);
    rec.hardware = RecommendationRenderer::hardwareAdvice(dataset, r, extras);
    rec.workload = RecommendationRenderer::workloadAdvice(dataset, r, extras);
    return rec;
}

// The report section's parts: the result and the scores; the reasons; the flips.
void RecommendationRenderer::writeReportResult(
    ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec)
{
    const QLocale locale(section->language());
    const QString result = rec.recommendation == QLatin1String("tie")
        ? escape(tr("No family leads: a tie"))
        : tr("Recommended: %1").arg(section->familyLabel(rec.recommendation));
    section->addText(QStringLiteral("<p><b>%1</b></p>").arg(result), 14, false);
    QList<ReportSection::RowCells> scores;
    for (const auto &s : rec.scores) {
        const Family *f = dataset.family(s.first);
        scores.append({{section->familyLabel(s.first), f ? f->color : QColor()},
            {escape(locale.toString(s.second, 'f', 1)), {}}});
    }
    if (!scores.isEmpty())
        section->addTable({{tr("Family"), 2, {}}, {tr("Score"), 1, {}}}, scores);
    section->addText(paragraph(tr("Margin: %1").arg(locale.toString(rec.margin, 'f', 1))), 0, true);
}

void RecommendationRenderer::writeReportReasons(
    ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec)
{
    if (rec.reasons.isEmpty())
        return;
    const QLocale locale(section->language());
    section->addHeading(tr("Why"), 2, false);
    QList<ReportSection::RowCells> rows;
    for (const auto &r : rec.reasons) {
        const Family *f = dataset.family(r.family);
        rows.append({{escape(r.text), {}},
            {r.family.isEmpty() ? QString() : section->familyLabel(r.family), f ? f->color : QColor()},
            {escape(locale.toString(r.weight, 'f', 1)), {}}});
    }
    section->addTable({{tr("Reason"), 5, {}}, {tr("Favours"), 1.2, {}}, {tr("Weight"), 0.8, {}}}, rows);
}

void RecommendationRenderer::writeReportFlips(ReportSection *section, const ReportRecommendation &rec)
{
    section->addHeading(tr("What would change it"), 2, false);
    if (rec.flips.isEmpty()) {
        section->addText(paragraph(tr("No single changed answer would change the result.")), 0, true);
        return;
    }
    QList<ReportSection::RowCells> rows;
    for (const auto &flip : rec.flips)
        rows.append(
            {{escape(flip.question), {}}, {escape(flip.option), {}}, {section->familyLabel(flip.recommendation), {}}});
    section->addTable({{tr("Question"), 3, {}}, {tr("Answer instead"), 2, {}}, {tr("Result"), 1.2, {}}}, rows);
}

void RecommendationRenderer::writeReportSection(
    ReportSection *section, const Dataset &dataset, const ReportRecommendation &rec)
{
    section->addHeading(Report::sectionName(ReportOptions::Recommendation), 1, true);
    if (!rec.recommendation.isEmpty())
        writeReportResult(section, dataset, rec);
    section->addHeading(tr("Your answers"), 2, false);
    QList<ReportSection::RowCells> answers;
    for (const auto &a : rec.answers)
        answers.append({{escape(a.question), {}}, {escape(a.option), {}}});
    if (answers.isEmpty())
        section->addText(paragraph(tr("No question was answered.")), 0, true);
    else
        section->addTable({{tr("Question"), 3, {}}, {tr("Answer"), 2, {}}}, answers);
    if (rec.recommendation.isEmpty()) {
        section->addText(
            QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(escape(tr("This build of Versus does not compute recommendations yet; the answers are "
                               "listed as given."))),
            0, true);
        return;
    }
    writeReportReasons(section, dataset, rec);
    if (rec.hardware)
        FollowUpReport::writeReportSection(section, FollowUpReport::hardwarePart(dataset, *rec.hardware));
    if (rec.workload)
        FollowUpReport::writeReportSection(section, FollowUpReport::workloadPart(dataset, *rec.workload));
    writeReportFlips(section, rec);
    if (rec.robustness)
        RobustnessReport::writeReportSection(section, dataset, *rec.robustness);
}
