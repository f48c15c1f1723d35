#include "render/recommend/robustnessreport.h"

#include "render/html/html.h"
#include "render/report/reportsection.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
QString esc(const QString &text)
{
    return Html::escape(text);
}

QString percent(double share)
{
    return RobustnessReport::tr("%1%").arg(QLocale().toString(100 * share, 'f', share > 0.995 || share < 0.005 ? 0 : 1));
}

// The win probability as labelled bars: each family's name and share say what the colour shows.
QString winBars(const Dataset &d, const WinProbability &p, bool dark)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const QString &family : p.families) {
        const Family *f = d.family(family);
        const double share = p.share.value(family);
        const int width = std::max(1, int(std::round(100 * share)));
        out += RecommendationRenderer::barRow(f ? f->name.text() : family,
                                            f ? f->displayColor(dark).name() : QStringLiteral("#888888"), width,
                                            percent(share));
    }
    return out + QStringLiteral("</table>");
}

// With more than two families, the share of draws at each rank.
QString rankTable(const Dataset &d, const WinProbability &p)
{
    if (p.families.size() <= 2)
        return {};
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th></th>");
    for (int rank = 1; rank <= p.families.size(); ++rank)
        out += QStringLiteral("<th>%1</th>").arg(esc(RobustnessReport::tr("rank %1").arg(rank)));
    out += QStringLiteral("</tr>");
    for (const QString &family : p.families) {
        out += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td>").arg(esc(RecommendationRenderer::outcomeName(d, family)));
        for (const double share : p.rankAcceptability.value(family))
            out += QStringLiteral("<td align=\"right\">%1&nbsp;&nbsp;</td>").arg(esc(percent(share)));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString statusName(const Dataset &d, const QString &id)
{
    const Status *s = d.status(id);
    return s ? s->name.text().toLower() : id;
}

// The readings side by side, then the reasons that rest on what is not yet shipped.
QString readingsHtml(const Dataset &d, const Readings &r)
{
    const Recommendation *readings[] = {&r.asDocument, &r.withoutUnshipped, &r.asTurnedOut};
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int i = 0; i < RobustnessReport::ReadingCount; ++i)
        out += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                   .arg(esc(RobustnessReport::readingName(i)),
                        esc(RecommendationRenderer::outcomeName(d, readings[i]->recommendation)));
    out += QStringLiteral("</table>");
    if (r.unshippedReasons.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(RobustnessReport::tr("No reason of this answer rests on rumored or anticipated evidence.")));
        return out;
    }
    out += QStringLiteral("<p>%1</p><ul>").arg(esc(RobustnessReport::tr("These reasons rest on what was not yet shipped when the document was written:")));
    for (const Reason &reason : r.unshippedReasons)
        out += QStringLiteral("<li>%1</li>")
                   .arg(esc(RobustnessReport::tr("%1 (%2, %3)")
                                .arg(reason.text.text(), RecommendationRenderer::outcomeName(d, reason.family),
                                     statusName(d, reason.evidenceStatus))));
    out += QStringLiteral("</ul>");
    const bool survives = r.withoutUnshipped.recommendation == r.asDocument.recommendation;
    out += QStringLiteral("<p><b>%1</b></p>")
               .arg(esc(survives ? RobustnessReport::tr("The answer survives without them.")
                                 : RobustnessReport::tr("Without them the answer becomes %1.")
                                       .arg(RecommendationRenderer::outcomeName(d, r.withoutUnshipped.recommendation))));
    return out;
}
} // namespace

QString RobustnessReport::countingName(double unshipped)
{
    if (unshipped >= 1)
        return tr("full");
    if (unshipped <= 0)
        return tr("not at all");
    return unshipped == 0.5 ? tr("half") : tr("×%1").arg(QLocale().toString(unshipped));
}

QString RobustnessReport::readingName(int reading)
{
    switch (reading) {
    case 0: return tr("As the document says");
    case 1: return tr("Without rumored or anticipated evidence");
    default: return tr("As things turned out");
    }
}

QString RobustnessReport::html(const Dataset &d, const RobustnessSummary &s, bool darkPalette, int headingLevel)
{
    const int h = std::clamp(headingLevel, 1, 5);
    auto heading = [](int level, const QString &text) { return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(text)); };
    QString out = heading(h, tr("How sure is this answer?"));
    if (s.unshipped < 1)
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("Rumored and anticipated evidence counted at: %1.").arg(countingName(s.unshipped))));
    out += QStringLiteral("<p>%1</p>").arg(esc(tr("Win probability: how often each family comes first when the criteria's importances are not known.")));
    out += winBars(d, s.probability, darkPalette) + rankTable(d, s.probability);
    out += QStringLiteral("<p><small>%1</small></p>")
               .arg(esc(tr("The share of %1 random draws (seed %2) in which each family scores highest: each answered "
                           "criterion's importance drawn uniformly between ×0 and ×%3, the scores summed as in the "
                           "recommendation.")
                            .arg(QLocale().toString(s.probability.samples), QString::number(s.sampling.seed),
                                 QLocale().toString(Recommender::MaxImportance))));
    out += heading(h + 1, tr("The smallest change that flips it"));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(s.smallestFlip ? Robustness::smallestFlipText(d, *s.smallestFlip)
                                       : tr("No change of one criterion's importance between ×0 and ×%1 changes the answer.")
                                             .arg(QLocale().toString(Recommender::MaxImportance))));
    out += heading(h + 1, tr("Three readings of the evidence"));
    out += readingsHtml(d, s.readings);
    return out;
}

ReportRecommendation::Robustness RobustnessReport::reportRobustness(const Dataset &dataset,
                                                                   const QMap<QString, QString> &answers)
{
    const RobustnessSummary s = Robustness::summarize(dataset, answers, {});
    ReportRecommendation::Robustness r;
    for (const QString &family : s.probability.families)
        r.winShare.append({family, s.probability.share.value(family)});
    r.samples = s.probability.samples;
    if (s.smallestFlip)
        r.smallestFlip = Robustness::smallestFlipText(dataset, *s.smallestFlip);
    r.readings = {s.readings.asDocument.recommendation, s.readings.withoutUnshipped.recommendation,
                  s.readings.asTurnedOut.recommendation};
    for (const Reason &reason : s.readings.unshippedReasons)
        r.unshippedReasons.append(reason.text.text());
    return r;
}

void RobustnessReport::writeReportSection(ReportSection *section, const Dataset &dataset,
                                          const ReportRecommendation::Robustness &r)
{
    section->addHeading(tr("How sure is this answer?"), 2, false);
    const QLocale locale(section->language());
    QList<ReportSection::RowCells> shares;
    for (const auto &s : r.winShare) {
        const Family *f = dataset.family(s.first);
        shares.append({{section->familyLabel(s.first), f ? f->color : QColor()},
                       {esc(tr("%1%").arg(locale.toString(100 * s.second, 'f', 1))), {}}});
    }
    section->addTable({{tr("Family"), 2, {}}, {tr("Comes first"), 1, {}}}, shares);
    section->addText(QStringLiteral("<p class=\"muted\">%1</p>")
                         .arg(esc(tr("Share of %1 random draws of the criteria's importances (each between ×0 and ×3) "
                                     "in which each family scores highest.")
                                      .arg(locale.toString(r.samples)))),
                     0, true);
    section->addText(QStringLiteral("<p>%1</p>")
                         .arg(esc(r.smallestFlip.isEmpty() ? tr("No change of one criterion's importance changes the answer.")
                                                           : r.smallestFlip)),
                     0, true);
    QList<ReportSection::RowCells> readings;
    for (int i = 0; i < std::min(int(ReadingCount), int(r.readings.size())); ++i) {
        const Family *f = dataset.family(r.readings.at(i));
        readings.append({{esc(readingName(i)), {}}, {section->familyLabel(r.readings.at(i)), f ? f->color : QColor()}});
    }
    section->addTable({{tr("Reading"), 3, {}}, {tr("Result"), 1.2, {}}}, readings);
    if (r.unshippedReasons.isEmpty())
        return;
    QString items;
    for (const QString &reason : r.unshippedReasons)
        items += QStringLiteral("<li>%1</li>").arg(esc(reason));
    section->addText(QStringLiteral("<p>%1</p><ul>%2</ul>").arg(esc(tr("Resting on rumored or anticipated evidence:")), items),
                     0, true);
}
