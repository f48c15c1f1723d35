#include "render/report/report.h"

#include "core/i18n/language.h"
#include "core/matrix/outcomes.h"
#include "render/fit/fitreport.h"
#include "render/html/html.h"
#include "render/pdf/pdfwriter.h"
#include "render/report/reportlayout.h"
#include "render/report/reportsection.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

using Html::escape;

namespace {
const QColor GridColor(0xb8, 0xbc, 0xc4);
const QColor HeaderBackground(0xec, 0xee, 0xf2);
const QColor MutedText(0x55, 0x5a, 0x64);

// The CJK fonts, picked by name so that Han characters take their Simplified Chinese forms.
QFont cjkFont()
{
    QFont font;
    font.setFamilies(Language::cjkFamilies());
    return font;
}

// The families the report's text is set in: the platform's sans serif first, the CJK fonts
// as the fallback for Han characters and full-width punctuation, in every language. (With a
// CJK font first, Qt's PDF writer loses the digits of Latin text, "SHA-256" or "AIME 2025",
// for copying and searching: they are drawn with substituted glyphs it has no text for.)
QFont reportFont()
{
    // The family the platform resolves a generic sans serif to (DejaVu Sans on Debian).
    QFont sans(QStringLiteral("Sans Serif"));
    sans.setStyleHint(QFont::SansSerif);
    QFont font;
    font.setFamilies(QStringList{QFontInfo(sans).family()} + cjkFont().families());
    font.setPointSizeF(9.5);
    font.setStyleHint(QFont::SansSerif);
    // Print metrics: no hinting (which is also what makes laying out at 600 dpi cheap).
    font.setHintingPreference(QFont::PreferNoHinting);
    // Letter spacing turns ligatures off, so "fi" stays two letters that a search finds
    // (half a device pixel: invisible at a PDF's or a printer's resolution).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.5); // the smallest step: 1/64 of a device pixel
    // No OpenType shaping where the script does not need it (Latin, Han): it was a fifth of
    // the report's time, and it is what makes ligatures.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}
} // namespace

// Turns the dataset into blocks for one paint device (its resolution decides the units).
class Report::Builder : public ReportSection
{
public:
    Builder(const Dataset &dataset, const ReportOptions &options, ChartDrawer charts, QString monoFamily,
            QPaintDevice *device, qreal width, QString language)
        : m_data(dataset), m_options(options), m_charts(std::move(charts)), m_monoFamily(std::move(monoFamily)),
          m_device(device), m_width(width), m_language(std::move(language)), m_font(reportFont()),
          m_scale(device->logicalDpiY() / 72.0)
    {
    }

    qreal pt(qreal points) const { return points * m_scale; }
    QString t(const LocalizedText &text) const { return text.text(m_language); }

    // A rich text laid out once, at its final width: every setting that shapes the layout
    // (font, margin, style sheet, wrapping, width) is made before the layout exists, as a
    // change after it lays the whole text out again.
    std::unique_ptr<QTextDocument> document(const QString &html, qreal width, qreal pointSize = 0) const
    {
        auto doc = std::make_unique<QTextDocument>();
        QFont font = m_font;
        if (pointSize > 0)
            font.setPointSizeF(pointSize);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setDefaultStyleSheet(QStringLiteral("p { margin: 0; } .muted { color: %1; } ").arg(MutedText.name())
                                  + Html::styleSheet());
        setReportTextOption(doc.get());
        doc->setTextWidth(width);
        doc->documentLayout()->setPaintDevice(m_device);
        doc->setHtml(html);
        return doc;
    }

    std::shared_ptr<TextBlock> text(const QString &html, qreal pointSize = 0, bool splittable = true)
    {
        auto block = std::make_shared<TextBlock>(document(html, m_width, pointSize));
        block->splittable = splittable;
        block->spaceAfter = pt(6);
        m_blocks.append(block);
        return block;
    }

    void heading(const QString &title, int level, bool newPage, bool inContents = true)
    {
        const qreal size = level == 1 ? 17 : 12.5;
        auto block = text(QStringLiteral("<p><b>%1</b></p>").arg(escape(title)), size, false);
        block->keepWithNext = true;
        block->pageBreakBefore = newPage;
        block->softPageBreak = newPage;
        block->spaceBefore = pt(level == 1 ? 0 : 10);
        block->spaceAfter = pt(level == 1 ? 10 : 5);
        if (inContents) {
            block->heading = title;
            block->headingLevel = level;
        }
    }

    // The recommendation's section (RecommendationRenderer::writeReportSection) writes with these.
    void addHeading(const QString &title, int level, bool newPage) override { heading(title, level, newPage); }
    void addText(const QString &html, qreal pointSize, bool splittable) override { text(html, pointSize, splittable); }
    void addTable(const QList<Column> &columns, const QList<RowCells> &rows) override { table(columns, rows); }
    void addChart(std::function<void(QPainter *, const QRectF &)> draw) override
    {
        auto block = std::make_shared<PaintBlock>(m_chartSize.width(), m_chartSize.height(), std::move(draw));
        block->spaceAfter = pt(12);
        m_blocks.append(block);
    }
    QString familyLabel(const QString &id) const override { return familyName(id); }
    QString language() const override { return m_language; }

    // A table: columns by relative width; the header is repeated on each page.
    void table(const QList<Column> &columns, const QList<RowCells> &rows, qreal pointSize = 8.5)
    {
        qreal total = 0;
        for (const Column &c : columns)
            total += c.weight;
        QList<qreal> xs, widths;
        qreal x = 0;
        for (const Column &c : columns) {
            xs.append(x);
            widths.append(m_width * c.weight / total);
            x += widths.last();
        }
        const qreal padding = pt(4);
        auto makeRow = [&](const RowCells &cells, bool header) {
            std::vector<RowBlock::Cell> out;
            for (int i = 0; i < columns.size(); ++i) {
                RowBlock::Cell cell;
                const QString html = i < cells.size() ? cells.at(i).first : QString();
                cell.document = document(header ? QStringLiteral("<p><b>%1</b></p>").arg(html) : html,
                                         RowBlock::textWidth(widths.at(i), padding), pointSize);
                cell.x = xs.at(i);
                cell.width = widths.at(i);
                if (header)
                    cell.background = HeaderBackground;
                cell.accent = i < cells.size() ? cells.at(i).second : QColor();
                out.push_back(std::move(cell));
            }
            return std::make_shared<RowBlock>(std::move(out), padding, pt(0.5), GridColor);
        };
        RowCells headerCells;
        for (const Column &c : columns)
            headerCells.append({escape(c.title), c.accent});
        auto header = makeRow(headerCells, true);
        header->keepWithNext = true;
        m_blocks.append(header);
        auto repeated = makeRow(headerCells, true);
        for (const RowCells &row : rows) {
            auto block = makeRow(row, false);
            block->repeatHeader = repeated;
            m_blocks.append(block);
        }
        m_blocks.last()->spaceAfter = pt(10);
    }

    QString familyName(const QString &id, bool withSwatch = true) const
    {
        if (id == QLatin1String("tie"))
            return Report::tr("Tie");
        const Family *f = m_data.family(id);
        if (!f)
            return escape(id);
        const QString name = escape(t(f->shortName).isEmpty() ? t(f->name) : t(f->shortName));
        if (!withSwatch)
            return name;
        return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(f->color.name(), name);
    }

    void titlePage()
    {
        m_blocks.append(std::make_shared<SpaceBlock>(pt(90)));
        text(QStringLiteral("<p class=\"muted\">%1</p>").arg(escape(Report::tr("Versus report"))), 11, false);
        text(QStringLiteral("<p><b>%1</b></p>").arg(escape(t(m_data.title))), 24, false);
        if (!m_data.subtitle.isEmpty())
            text(QStringLiteral("<p>%1</p>").arg(escape(t(m_data.subtitle))), 13, false)->spaceAfter = pt(28);

        const QLocale locale(m_language);
        const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
        QString families;
        for (const Family &f : m_data.families) {
            families += QStringLiteral("<p>%1 — %2</p>").arg(familyName(f.id), escape(t(f.character)));
        }
        const QString &mono = m_monoFamily;
        QList<RowCells> rows{
            {{escape(Report::tr("Date")), {}}, {escape(locale.toString(date, QLocale::LongFormat)), {}}},
            {{escape(Report::tr("Dataset")), {}},
             {escape(Report::tr("%1, version %2").arg(m_data.id, m_data.version)), {}}},
            {{escape(Report::tr("Facts beyond the document")), {}}, {escape(Outcomes::asOf(m_data)), {}}},
            {{escape(Report::tr("SHA-256 checksum")), {}},
             {QStringLiteral("<span style=\"font-family:'%1'; font-size:8pt\">%2</span>").arg(escape(mono), escape(m_data.checksum)), {}}},
            {{escape(Report::tr("Language")), {}}, {escape(Language::displayName(m_language)), {}}},
            {{escape(Report::tr("Families compared")), {}}, {families, {}}},
            {{escape(Report::tr("Made with")), {}},
             {escape(Report::tr("Versus %1").arg(QStringLiteral(VERSUS_VERSION))), {}}},
        };
        table({{Report::tr("About this report"), 1, {}}, {QString(), 3, {}}}, rows, 9);

        heading(Report::tr("How sure each statement is"), 2, false, false);
        QString statuses;
        for (const Status &s : m_data.statuses)
            statuses += QStringLiteral("<p style=\"margin-bottom:4pt\"><b>%1</b>: %2</p>").arg(escape(t(s.name)),
                                                                                             escape(t(s.description)));
        text(statuses, 9);
    }

    void matrix()
    {
        heading(Report::sectionName(ReportOptions::Matrix), 1, true);
        text(QStringLiteral("<p>%1</p>")
                 .arg(escape(Report::tr("Each row of the document's feature table: what it says of each family, how sure "
                                     "each statement is, and which family the document's analysis favours."))));
        QList<Column> columns{{Report::tr("Dimension"), 1.1, {}}};
        for (const Family &f : m_data.families)
            columns.append({t(f.shortName).isEmpty() ? t(f.name) : t(f.shortName), 2, f.color});
        columns.append({Report::tr("Favoured"), 0.9, {}});
        QList<RowCells> rows;
        for (const Dimension &d : m_data.dimensions) {
            RowCells row{{QStringLiteral("<p><b>%1</b></p>").arg(escape(t(d.name))), {}}};
            for (const Family &f : m_data.families) {
                const Cell cell = d.cells.value(f.id);
                QStringList statusIds;
                for (const Statement &s : cell.statements) {
                    if (!statusIds.contains(s.status))
                        statusIds.append(s.status);
                }
                std::sort(statusIds.begin(), statusIds.end(),
                          [this](const QString &a, const QString &b) { return m_data.statusRank(a) < m_data.statusRank(b); });
                QStringList words;
                for (const QString &id : std::as_const(statusIds)) {
                    const Status *s = m_data.status(id);
                    words.append(escape(s ? t(s->name) : id));
                }
                QString html = QStringLiteral("<p>%1</p>").arg(escape(t(cell.text)));
                if (!words.isEmpty())
                    html += QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\"><i>%1</i></p>")
                                .arg(words.join(QStringLiteral(" · ")));
                for (const ClaimCheck *check : m_data.checksFor(d.id, f.id)) {
                    if (check->differs())
                        html += QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\">%1</p>")
                                    .arg(escape(Report::tr("Check: %1").arg(t(check->verdictText))));
                }
                row.append({html, {}});
            }
            QString favours = d.favours.isEmpty()
                                  ? QStringLiteral("<span class=\"muted\">%1</span>").arg(escape(LocalizedText::notStated()))
                                  : familyName(d.favours);
            const Family *favoured = m_data.family(d.favours);
            row.append({favours, favoured ? favoured->color : QColor()});
            rows.append(row);
        }
        table(columns, rows);
    }

    void charts()
    {
        heading(Report::sectionName(ReportOptions::Charts), 1, true);
        const QSizeF size = m_chartSize;
        QStringList elsewhere; // in the Charts tab and exports only
        for (qsizetype i = 0; i < m_data.charts.size(); ++i) {
            const Chart &chart = m_data.charts.at(i);
            if (chart.kind == QLatin1String("fit-context"))
                continue; // in the hardware-fit section, for its hardware
            if (!chart.inReport) {
                elsewhere.append(t(chart.title));
                continue;
            }
            heading(t(chart.title), 2, false);
            if (!chart.subtitle.isEmpty())
                text(QStringLiteral("<p class=\"muted\">%1</p>").arg(escape(t(chart.subtitle))), 0, false)->keepWithNext = true;
            auto block = std::make_shared<PaintBlock>(size.width(), size.height(), [this, i](QPainter *p, const QRectF &r) {
                m_charts(p, r, i);
            });
            block->spaceAfter = pt(12);
            m_blocks.append(block);
        }
        if (!elsewhere.isEmpty())
            text(QStringLiteral("<p class=\"muted\">%1</p>")
                     .arg(escape(Report::tr("Not drawn here, as only one family reports them: the charts of %1 "
                                            "more benchmarks, in the Charts tab and its exports: %2.")
                                     .arg(QLocale(m_language).toString(elsewhere.size()),
                                          QLocale(m_language).createSeparatedList(elsewhere)))),
                 0, false);
    }

    void recommendation(const ReportRecommendation &rec)
    {
        RecommendationRenderer::writeReportSection(this, m_data, rec);
    }

    void verdicts()
    {
        heading(Report::sectionName(ReportOptions::Verdicts), 1, true);
        QList<RowCells> rows;
        for (const Verdict &v : m_data.verdicts) {
            const Family *f = m_data.family(v.winner);
            rows.append({{QStringLiteral("<p><b>%1</b></p>").arg(escape(t(v.title))), {}},
                         {familyName(v.winner), f ? f->color : QColor()},
                         {escape(t(v.rationale)), {}}});
        }
        table({{Report::tr("Use"), 1.6, {}}, {Report::tr("Best choice"), 0.9, {}}, {Report::tr("Why"), 3.5, {}}}, rows);
    }

    void claimChecks()
    {
        heading(Report::sectionName(ReportOptions::ClaimChecks), 1, true);
        text(QStringLiteral("<p>%1</p>")
                 .arg(escape(Report::tr("Claims of the document checked against public sources. A check that does not "
                                     "simply confirm a claim is marked in the feature matrix."))));
        QList<RowCells> rows;
        for (const ClaimCheck &c : m_data.claimChecks) {
            QString claim = QStringLiteral("<p>%1</p>").arg(escape(t(c.claim)));
            if (const Dimension *d = m_data.dimension(c.dimension)) {
                claim += QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\">%1</p>")
                             .arg(c.family.isEmpty() ? escape(t(d->name))
                                                     : Report::tr("%1, %2").arg(escape(t(d->name)), familyName(c.family, false)));
            }
            const QString check = QStringLiteral("<p><b>%1</b></p><p style=\"margin-top:2pt\">%2</p>")
                                      .arg(escape(t(c.verdictText)), escape(t(c.detail)));
            rows.append({{claim, {}}, {check, {}}, {escape(c.sources.join(QStringLiteral(", "))), {}}});
        }
        table({{Report::tr("Claim"), 2, {}}, {Report::tr("What the sources say"), 3, {}}, {Report::tr("Sources"), 0.8, {}}},
              rows);
    }

    // The document's anticipated, rumored and time-bound statements, and what became of
    // each by the date of the facts: the layer since the document, apart from its words.
    void anticipationChecks()
    {
        heading(Report::tr("Since the document"), 1, true);
        text(QStringLiteral("<p>%1</p>")
                 .arg(escape(Report::tr("What became of the document's anticipated, rumored and time-bound statements, "
                                     "%1. The document's own words and statuses are as it wrote them.")
                                 .arg(Outcomes::asOf(m_data)))));
        QList<RowCells> rows;
        for (const AnticipationCheck &c : m_data.anticipationChecks) {
            QString claim = QStringLiteral("<p>%1</p>").arg(escape(t(c.claim)));
            if (const Dimension *d = m_data.dimension(c.dimension))
                claim += QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\">%1</p>")
                             .arg(Report::tr("%1, %2").arg(escape(t(d->name)), familyName(c.family, false)));
            const QString happened =
                QStringLiteral("<p><b><span style=\"color:%1\">%2 %3</span></b> (%4)</p><p style=\"margin-top:2pt\">%5</p>")
                    .arg(Outcomes::color(c.outcome, false).name(), Outcomes::glyph(c.outcome),
                         escape(Outcomes::line(m_data, c, m_language)), escape(t(c.outcomeText)), escape(t(c.detail)));
            QStringList sources;
            for (const QString &id : c.sources) {
                const Source *s = m_data.source(id);
                sources.append(s && s->kind == QLatin1String("secondary") ? Report::tr("%1 (secondary)").arg(id) : id);
            }
            rows.append({{claim, {}}, {happened, {}}, {escape(c.date.isEmpty() ? Report::tr("none") : c.date), {}},
                         {escape(sources.join(QStringLiteral(", "))), {}}});
        }
        table({{Report::tr("The document"), 2, {}}, {Report::tr("What happened"), 2.8, {}}, {Report::tr("Date"), 0.9, {}},
               {Report::tr("Sources"), 1.2, {}}},
              rows);
    }

    void sources()
    {
        heading(Report::sectionName(ReportOptions::Sources), 1, true);
        text(QStringLiteral("<p>%1</p>")
                 .arg(escape(Report::tr("Besides the comparison document itself, these public sources were read."))));
        QList<RowCells> rows;
        for (const Source &s : m_data.sources) {
            const QString kind = s.kind == QLatin1String("primary") ? Report::tr("primary") : Report::tr("secondary");
            rows.append({{QStringLiteral("<b>%1</b>").arg(escape(s.id)), {}},
                         {escape(t(s.title)), {}},
                         {s.attribution.isEmpty() ? escape(s.where)
                                                  : escape(s.where) + QStringLiteral("<br>") + escape(s.attribution),
                          {}},
                         {escape(kind), {}}});
        }
        // A long list: a little smaller than the other tables, and the short kind column narrower.
        table({{Report::tr("ID"), 0.5, {}}, {Report::tr("Source"), 2.3, {}}, {Report::tr("Where"), 3.1, {}}, {Report::tr("Kind"), 0.7, {}}},
              rows, 7.5);
    }

    // The contents go after the title page; their page numbers are filled in once the
    // report is paginated (a number never changes a row's height).
    void contents(int at)
    {
        QList<std::shared_ptr<ReportBlock>> entries;
        auto title = std::make_shared<TextBlock>(
            document(QStringLiteral("<p><b>%1</b></p>").arg(escape(Report::tr("Contents"))), m_width, 17));
        title->pageBreakBefore = true;
        title->spaceAfter = pt(10);
        entries.append(title);
        for (const auto &block : std::as_const(m_blocks)) {
            if (block->heading.isEmpty())
                continue;
            const qreal indent = block->headingLevel > 1 ? pt(16) : 0;
            const qreal padding = pt(2);
            const qreal size = block->headingLevel > 1 ? 9.5 : 11;
            std::vector<RowBlock::Cell> cells(2);
            cells[0].x = indent;
            cells[0].width = m_width - pt(48) - indent;
            cells[0].document = document(QStringLiteral("<p>%1</p>").arg(escape(block->heading)),
                                         RowBlock::textWidth(cells[0].width, padding), size);
            cells[1].x = m_width - pt(48);
            cells[1].width = pt(48);
            cells[1].document = document(QStringLiteral("<p align=\"right\">000</p>"),
                                         RowBlock::textWidth(cells[1].width, padding), size);
            auto row = std::make_shared<RowBlock>(std::move(cells), padding, pt(0.6), GridColor);
            row->setLeader(true);
            m_contentsRows.append({row, block.get()});
            entries.append(row);
        }
        for (int i = 0; i < entries.size(); ++i)
            m_blocks.insert(at + i, entries.at(i));
    }

    // The area each chart is drawn into.
    void setChartSize(const QSizeF &size) { m_chartSize = size; }

    QList<std::shared_ptr<ReportBlock>> &blocks() { return m_blocks; }
    QList<QPair<std::shared_ptr<RowBlock>, const ReportBlock *>> &contentsRows() { return m_contentsRows; }

private:
    const Dataset &m_data;
    const ReportOptions &m_options;
    ChartDrawer m_charts;
    QString m_monoFamily;
    QPaintDevice *m_device;
    qreal m_width;
    QSizeF m_chartSize;
    QString m_language;
    QFont m_font;
    qreal m_scale;
    QList<std::shared_ptr<ReportBlock>> m_blocks;
    QList<QPair<std::shared_ptr<RowBlock>, const ReportBlock *>> m_contentsRows;

    friend class Report;
};

Report::Report(std::shared_ptr<const Dataset> dataset, ReportOptions options)
    : m_dataset(std::move(dataset)), m_options(std::move(options)),
      // Asked here, on the GUI thread: the PDF may be laid out on another.
      m_monoFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family())
{
}

Report::~Report() = default;

QPageSize Report::pageSize() const
{
    return m_options.pageSize ? *m_options.pageSize : PdfWriter::localePageSize();
}

QMarginsF Report::pageMargins()
{
    return QMarginsF(20, 18, 20, 16);
}

QString Report::sectionName(ReportOptions::Section section)
{
    switch (section) {
    case ReportOptions::Matrix: return tr("Feature matrix");
    case ReportOptions::Charts: return tr("Charts");
    case ReportOptions::Recommendation: return tr("Recommendation");
    case ReportOptions::Verdicts: return tr("Best for");
    case ReportOptions::ClaimChecks: return tr("Claim checks");
    case ReportOptions::Sources: return tr("Sources");
    case ReportOptions::Cost: return tr("What it costs");
    case ReportOptions::HardwareFit: return tr("Hardware fit");
    }
    return {};
}

ReportOptions::Sections Report::availableSections() const
{
    ReportOptions::Sections sections = ReportOptions::Matrix | ReportOptions::Verdicts | ReportOptions::ClaimChecks
                                       | ReportOptions::Sources;
    if (m_options.chartPainter && m_dataset && !m_dataset->charts.isEmpty())
        sections |= ReportOptions::Charts;
    if (m_options.recommendation)
        sections |= ReportOptions::Recommendation;
    if (m_options.costSection)
        sections |= ReportOptions::Cost;
    if (m_options.fit && m_options.fit->weights && m_options.fit->kv && m_dataset && !m_dataset->models.isEmpty())
        sections |= ReportOptions::HardwareFit;
    return sections;
}

void Report::writeSections(Builder &b) const
{
    const ReportOptions::Sections sections = m_options.sections & availableSections();
    if (sections & ReportOptions::Matrix)
        b.matrix();
    if (sections & ReportOptions::Charts)
        b.charts();
    if (sections & ReportOptions::Recommendation)
        b.recommendation(*m_options.recommendation);
    if (sections & ReportOptions::HardwareFit)
        FitReport::writeSection(&b, *m_dataset, *m_options.fit, m_options.fitModels, sectionName(ReportOptions::HardwareFit));
    if (sections & ReportOptions::Verdicts)
        b.verdicts();
    if (sections & ReportOptions::ClaimChecks)
        b.claimChecks();
    if (sections & ReportOptions::Cost)
        m_options.costSection(&b);
    if (sections & ReportOptions::ClaimChecks && !m_dataset->anticipationChecks.isEmpty())
        b.anticipationChecks();
    if (sections & ReportOptions::Sources)
        b.sources();
}

int Report::paint(QPagedPaintDevice *device, QString *error)
{
    m_contents.clear();
    m_pageCount = 0;
    if (!m_dataset) {
        if (error)
            *error = tr("no dataset is open");
        return 0;
    }
    const QString language = m_options.language.isEmpty() ? LocalizedText::currentLanguage() : m_options.language;
    const qreal width = device->width();
    const qreal points = device->logicalDpiY() / 72.0;
    const qreal footerGap = 10 * points;
    const ChartDrawer charts = [this](QPainter *painter, const QRectF &target, qsizetype index) {
        m_options.chartPainter(painter, target, m_dataset->charts.at(index));
    };
    Builder b(*m_dataset, m_options, charts, m_monoFamily, device, width, language);
    auto footerDocument = [&](const QString &html, qreal w) { return b.document(html, w, 8); };
    // The footer's height, from a sample of its text.
    const qreal footerHeight = footerDocument(QStringLiteral("<p>0</p>"), width)->size().height();
    const qreal bodyHeight = device->height() - footerHeight - footerGap;
    // The charts are as wide as the page and 0.62 as high, or 0.8 of the body where that is less.
    b.setChartSize(QSizeF(width, std::min(width * 0.62, bodyHeight * 0.8)));

    b.titlePage();
    const int contentsAt = int(b.blocks().size());
    writeSections(b);
    b.contents(contentsAt);

    const ReportPagination pagination = paginateReport(b.blocks(), bodyHeight);
    const int pages = int(pagination.pages.size());
    for (const auto &entry : std::as_const(b.contentsRows())) {
        const int page = pagination.firstPage.value(entry.second, -1) + 1;
        QTextDocument *number = entry.first->cells().at(1).document.get();
        number->setHtml(QStringLiteral("<p align=\"right\">%1</p>").arg(page));
        m_contents.append(entry.second->heading + QLatin1Char('\t') + QString::number(page));
    }

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("cannot start drawing the report");
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QString footerLeft = escape(tr("%1 — dataset %2").arg(b.t(m_dataset->title), m_dataset->version));
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            if (error)
                *error = tr("cannot start page %1").arg(p + 1);
            painter.end();
            return 0;
        }
        for (const ReportPlacement &placement : pagination.pages.at(p)) {
            painter.save();
            painter.translate(0, placement.y - placement.from);
            placement.block->paint(&painter, placement.from, placement.to);
            painter.restore();
        }
        if (p == 0)
            continue; // the title page has no footer
        const qreal y = device->height() - footerHeight;
        painter.save();
        painter.setPen(QPen(GridColor, b.pt(0.5)));
        painter.drawLine(QPointF(0, y - footerGap / 2), QPointF(width, y - footerGap / 2));
        const auto right = footerDocument(
            QStringLiteral("<p align=\"right\" class=\"muted\">%1</p>").arg(escape(tr("Page %1 of %2").arg(p + 1).arg(pages))),
            width * 0.3);
        const auto left = footerDocument(QStringLiteral("<p class=\"muted\">%1</p>").arg(footerLeft), width * 0.68);
        painter.translate(0, y);
        left->drawContents(&painter);
        painter.translate(width * 0.7, 0);
        right->drawContents(&painter);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = tr("cannot finish drawing the report");
        return 0;
    }
    m_pageCount = pages;
    return pages;
}

PdfWriter::Setup Report::pdfSetup() const
{
    PdfWriter::Setup setup;
    setup.pageSize = pageSize();
    setup.margins = pageMargins();
    setup.resolution = 600;
    setup.title = tr("Versus report: %1").arg(m_dataset ? m_dataset->title.text(m_options.language) : QString());
    setup.creator = tr("Versus %1").arg(QStringLiteral(VERSUS_VERSION));
    return setup;
}

bool Report::writePdf(QIODevice *device, QString *error)
{
    return PdfWriter::write(device, pdfSetup(), [this](QPdfWriter *writer, QString *why) { return paint(writer, why) > 0; },
                            error);
}

bool Report::exportPdf(const QString &path, QString *error)
{
    return PdfWriter::write(path, pdfSetup(), [this](QPdfWriter *writer, QString *why) { return paint(writer, why) > 0; },
                            error);
}
