#include "app/overview/overviewview.h"

#include "core/charts/chartdata.h"
#include "render/html/html.h"
#include "render/html/passagelink.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString esc(const QString &text)
{
    return Html::escape(text);
}

QString statusName(const Dataset &d, const QString &statusId)
{
    const Status *s = d.status(statusId);
    return s ? s->name.text() : statusId;
}

// A family's name on its colour, in a text colour that reads on it: the colour never
// says it alone.
QString familyChip(const Family &f, bool dark, const QString &text)
{
    const QColor background = f.displayColor(dark);
    const QString ink = background.lightnessF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    return QStringLiteral("<td bgcolor=\"%1\" align=\"center\"><font color=\"%2\"><b>%3</b></font></td>")
        .arg(background.name(), ink, esc(text));
}

QString passageLink(const PassageRef &ref, const QString &text)
{
    return PassageLink::anchor(ref, esc(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

const char *const tableStart = "<table cellspacing=\"2\" cellpadding=\"4\" width=\"100%\">";

// One row per dimension: a column per family, the leader's cell in its colour with its
// name, and how sure the document is of the leader's cell.
QString leadersHtml(const Dataset &d, bool dark)
{
    QString out = heading(OverviewView::tr("Who leads, dimension by dimension"));
    out += QLatin1String(tableStart);
    // The families share half the width, whatever their number.
    const int familyWidth = d.families.isEmpty() ? 0 : int(50 / d.families.size());
    out += QStringLiteral("<tr><th align=\"left\" width=\"30%\">%1</th>").arg(esc(OverviewView::tr("Dimension")));
    for (const Family &f : d.families)
        out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(familyWidth).arg(esc(f.shortName.isEmpty() ? f.name.text() : f.shortName.text()));
    out += QStringLiteral("<th align=\"left\">%1</th></tr>").arg(esc(OverviewView::tr("How sure")));
    for (const Dimension &dim : d.dimensions) {
        out += QStringLiteral("<tr><td>%1</td>").arg(passageLink(dim.favoursRef, dim.name.text()));
        const bool tie = dim.favours == QLatin1String("tie");
        QStringList sure;
        for (const Family &f : d.families) {
            const QString name = f.shortName.isEmpty() ? f.name.text() : f.shortName.text();
            if (dim.favours == f.id) {
                out += familyChip(f, dark, OverviewView::tr("%1 leads").arg(name));
            } else if (tie) {
                out += QStringLiteral("<td align=\"center\">%1</td>").arg(esc(OverviewView::tr("level")));
            } else {
                out += QStringLiteral("<td></td>");
                continue;
            }
            sure.append(statusName(d, d.cellStatus(dim.cells.value(f.id))));
        }
        sure.removeDuplicates();
        const QString how = dim.favours.isEmpty() ? OverviewView::tr("the document names no leader") : sure.join(QStringLiteral(" / "));
        out += QStringLiteral("<td><small>%1</small></td></tr>").arg(esc(how));
    }
    out += QStringLiteral("</table>");
    return out;
}

QString verdictsHtml(const Dataset &d, bool dark)
{
    if (d.verdicts.isEmpty())
        return {};
    QString out = heading(OverviewView::tr("The document's verdicts: best for…"));
    out += QLatin1String(tableStart);
    for (const Verdict &v : d.verdicts) {
        PassageRef ref;
        ref.passage = v.passageId();
        out += QStringLiteral("<tr><td width=\"70%\">%1</td>").arg(passageLink(ref, v.title.text()));
        if (const Family *f = d.family(v.winner))
            out += familyChip(*f, dark, f->shortName.isEmpty() ? f->name.text() : f->shortName.text());
        else
            out += QStringLiteral("<td align=\"center\">%1</td>").arg(esc(OverviewView::tr("a tie")));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

// The figures the document gives, a column per family, each with how sure it is.
QString figuresHtml(const Dataset &d)
{
    if (d.figures.isEmpty())
        return {};
    QString out = heading(OverviewView::tr("The document's figures"));
    out += QLatin1String(tableStart);
    out += QStringLiteral("<tr>");
    for (const Family &f : d.families)
        out += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(f.name.text()));
    out += QStringLiteral("</tr><tr>");
    const int width = d.families.isEmpty() ? 100 : int(100 / d.families.size());
    for (const Family &f : d.families) {
        QStringList lines;
        for (const Figure &figure : d.figures) {
            if (figure.family != f.id)
                continue;
            lines.append(OverviewView::tr("%1: <b>%2 %3</b> <small>(%4)</small>")
                             .arg(passageLink(figure.ref, figure.label.text()), esc(ChartData::figureValue(figure)),
                                  esc(figure.unit.text()), esc(statusName(d, figure.status).toLower())));
        }
        out += QStringLiteral("<td valign=\"top\" width=\"%1%\">%2</td>").arg(width).arg(lines.join(QStringLiteral("<br>")));
    }
    out += QStringLiteral("</tr></table>");
    return out;
}
// What became of the document's anticipated, rumored and time-bound statements: one
// row each, the outcome in words with the checker's own, and when.
QString sinceHtml(const Dataset &d)
{
    if (d.anticipationChecks.isEmpty())
        return {};
    QString out = heading(d.asOf.isEmpty() ? OverviewView::tr("Since the document")
                                           : OverviewView::tr("Since the document (as of %1)").arg(d.asOf));
    out += QLatin1String(tableStart);
    out += QStringLiteral("<tr><th align=\"left\" width=\"55%\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
               .arg(esc(OverviewView::tr("The document said")), esc(OverviewView::tr("What happened")),
                    esc(OverviewView::tr("When")));
    for (const AnticipationCheck &c : d.anticipationChecks) {
        const Outcome *outcome = d.outcome(c.outcome);
        const QString name = outcome ? outcome->name.text() : c.outcome;
        // The checker's words, where they add to the outcome's name.
        const QString words = c.outcomeText.text().compare(name, Qt::CaseInsensitive) == 0 ? QString() : c.outcomeText.text();
        out += QStringLiteral("<tr><td>%1 <small>(%2)</small></td><td><b>%3</b><br><small>%4</small></td><td>%5</td></tr>")
                   .arg(passageLink(c.ref, c.claim.text()), esc(statusName(d, c.status).toLower()),
                        esc(name), esc(words),
                        esc(c.date.isEmpty() ? OverviewView::tr("not stated") : c.date));
    }
    out += QStringLiteral("</table>");
    return out;
}
} // namespace

QString OverviewView::html(const Dataset &dataset, bool darkPalette)
{
    return leadersHtml(dataset, darkPalette) + verdictsHtml(dataset, darkPalette) + figuresHtml(dataset)
        + sinceHtml(dataset);
}

OverviewView::OverviewView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("overviewView"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setObjectName(QStringLiteral("overviewMeta"));
    m_meta->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);

    auto *buttons = new QHBoxLayout;
    m_wizardButton = new QPushButton(this);
    m_wizardButton->setObjectName(QStringLiteral("overviewWizard"));
    m_matrixButton = new QPushButton(this);
    m_matrixButton->setObjectName(QStringLiteral("overviewMatrix"));
    m_chartButton = new QPushButton(this);
    m_chartButton->setObjectName(QStringLiteral("overviewChart"));
    connect(m_wizardButton, &QPushButton::clicked, this, &OverviewView::wizardRequested);
    connect(m_matrixButton, &QPushButton::clicked, this, &OverviewView::matrixRequested);
    connect(m_chartButton, &QPushButton::clicked, this, &OverviewView::chartRequested);
    for (QPushButton *b : {m_wizardButton, m_matrixButton, m_chartButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("overviewBrowser"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QString passage;
        LocalizedText quote;
        if (PassageLink::parse(url, &passage, &quote))
            Q_EMIT passageRequested(passage, quote);
    });
    layout->addWidget(m_browser, 1);
    retranslateUi();
}

void OverviewView::retranslateUi()
{
    const Dataset &d = *m_dataset;
    m_title->setText(d.title.text());
    QString meta = tr("Dataset %1, version %2").arg(d.id, d.version);
    if (!d.documentDate.isEmpty())
        meta += tr(" · the document of %1").arg(d.documentDate);
    if (!d.asOf.isEmpty())
        meta += tr(" · facts since then as of %1").arg(d.asOf);
    m_meta->setText(meta);
    m_wizardButton->setText(tr("&Which family for me?"));
    m_matrixButton->setText(tr("Open the Ma&trix"));
    m_chartButton->setText(tr("See the &Charts"));
    render();
}

void OverviewView::render()
{
    // The first screen's part at once; the figures and "since the document", below it,
    // right after the window is painted, so that start-up does not wait for their tables.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_browser->document()->setDefaultStyleSheet(Html::styleSheet()); // Chinese: body size, upright, no underline
    m_browser->setHtml(leadersHtml(*m_dataset, dark) + verdictsHtml(*m_dataset, dark));
    const int generation = ++m_renders;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_renders)
            return; // a newer render is on its way
        QTextCursor end(m_browser->document());
        end.movePosition(QTextCursor::End);
        end.insertHtml(figuresHtml(*m_dataset) + sinceHtml(*m_dataset));
    });
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}
