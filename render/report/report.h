#pragma once

#include "core/dataset/dataset.h"
#include "render/pdf/pdfwriter.h"
#include "render/recommend/recommendationrenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QStringList>

#include "core/fit/fit.h"

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

struct ReportOptions
{
    enum Section {
        Matrix = 0x01,
        Charts = 0x02,
        Recommendation = 0x04,
        Verdicts = 0x08,
        ClaimChecks = 0x10,
        Sources = 0x20,
        Cost = 0x40,
        HardwareFit = 0x80,
    };
    Q_DECLARE_FLAGS(Sections, Section)
    static constexpr int AllSections = 0xff;

    Sections sections = Sections(AllSections);
    std::optional<QPageSize> pageSize; // empty: from the locale (Letter in the Americas' Letter countries, else A4)
    QString language;                  // dataset texts; empty: the current language
    QDate date;                        // invalid: today
    // Draws a chart as vector graphics into target; without it, the report has no charts.
    std::function<void(QPainter *, const QRectF &target, const Chart &)> chartPainter;
    std::optional<ReportRecommendation> recommendation; // shown where Recommendation is chosen (RecommendationRenderer)
    // Writes the cost section (CostReport, set by addReportParts); without it, no cost section.
    std::function<void(ReportSection *)> costSection;
    std::optional<FitRequest> fit; // the hardware for HardwareFit (the Fit tab's choice; FitReport)
    QStringList fitModels;         // its chart's models (the Fit tab's chosen rows); empty: the chart's own
};
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportOptions::Sections)

// The PDF report, laid out as an analyst would: a title page, contents with page
// numbers, the feature matrix, the charts, the recommendation, the Best For verdicts, the
// claim checks and the sources, with page numbers in the footer. It paints onto any paged
// device (QPdfWriter, QPrinter, a print preview) as vector graphics and selectable text.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    Report(std::shared_ptr<const Dataset> dataset, ReportOptions options);
    ~Report();

    // The options' paper, else the locale's (PdfWriter::localePageSize()).
    QPageSize pageSize() const;
    // The margins the report is designed for, in millimetres.
    static QMarginsF pageMargins();
    // The section names for a chooser and the contents, in the current language.
    static QString sectionName(ReportOptions::Section section);
    // Which sections have something to show for this dataset and these options.
    ReportOptions::Sections availableSections() const;

    // Lays out and paints the whole report; the device's page size and margins are the
    // caller's (a printer the user set up). Returns the number of pages, 0 on failure.
    int paint(QPagedPaintDevice *device, QString *error = nullptr);
    // Writes the PDF (through PdfWriter) to an open device; false with a reason when it cannot.
    bool writePdf(QIODevice *device, QString *error);
    // Writes the PDF to path atomically (AtomicFile): on failure the old file stays as it was.
    bool exportPdf(const QString &path, QString *error);

    // After paint(): the contents, "title<TAB>page" per heading, for tests and checks.
    QStringList contents() const { return m_contents; }
    int pageCount() const { return m_pageCount; }

private:
    class Builder;
    // Draws chart number index of the dataset into target.
    using ChartDrawer = std::function<void(QPainter *, const QRectF &target, qsizetype index)>;
    // The paper, margins, resolution and metadata the report is written with.
    PdfWriter::Setup pdfSetup() const;
    // The sections chosen and available, in the report's order, after the title page.
    void writeSections(Builder &b) const;

    std::shared_ptr<const Dataset> m_dataset;
    ReportOptions m_options;
    QString m_monoFamily; // the system's fixed-pitch family, for the checksum
    QStringList m_contents;
    int m_pageCount = 0;
};
