#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

// A recommendation as the report shows it: plain texts, already in the report's
// language. Filled from the recommender's result (see reportRecommendation() in
// cli_report.cpp); only `answers` is needed for a report that lists the answers alone.
struct ReportRecommendation
{
    struct Answer
    {
        QString question; // the question's text
        QString option;   // the chosen option's label
    };
    struct Reason
    {
        QString text;
        QString family; // family id, or empty
        double weight = 0;
        QString passage; // where the document says it, or empty
    };
    struct Flip
    {
        QString question;       // the question's text
        QString option;         // the option's label
        QString recommendation; // family id or "tie"
    };

    QList<Answer> answers;
    QString recommendation;               // family id or "tie"; empty: no recommender in this build
    QList<QPair<QString, double>> scores; // family id, score
    double margin = 0;
    QList<Reason> reasons;
    QList<Flip> flips;

    // How sure the answer is (RobustnessReport's content as plain texts).
    struct Robustness
    {
        QList<QPair<QString, double>> winShare; // family id, share of the draws it ranks first
        int samples = 0;
        QString smallestFlip;   // in words; empty: no importance change flips it
        QStringList readings;   // as the document says, without unshipped evidence, as things turned out
        QStringList unshippedReasons; // the reasons resting on rumored or anticipated evidence
    };
    std::optional<Robustness> robustness;
};

struct ReportOptions
{
    enum Section {
        Matrix = 0x01,
        Charts = 0x02,
        Recommendation = 0x04,
        Verdicts = 0x08,
        ClaimChecks = 0x10,
        Sources = 0x20,
    };
    Q_DECLARE_FLAGS(Sections, Section)
    static constexpr int AllSections = 0x3f;

    Sections sections = Sections(AllSections);
    std::optional<QPageSize> pageSize; // empty: from the locale (Letter in the Americas' Letter countries, else A4)
    QString language;                  // dataset texts; empty: the current language
    QDate date;                        // invalid: today
    // Draws a chart as vector graphics into target; without it, the report has no charts.
    std::function<void(QPainter *, const QRectF &target, const Chart &)> chartPainter;
    std::optional<ReportRecommendation> recommendation; // shown where Recommendation is chosen
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

    // Letter for the territories that use it, A4 elsewhere. The paper locale is LC_PAPER,
    // else LC_ALL, else LANG (the same order the C library follows).
    static QPageSize defaultPageSize(const QLocale &locale);
    static QLocale paperLocale();
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
    // Writes the PDF to an open device; false with a reason when it cannot.
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
    // The whole PDF in memory.
    bool makePdf(QByteArray *pdf, QString *error);
    void setUpWriter(QPdfWriter *writer) const;

    std::shared_ptr<const Dataset> m_dataset;
    ReportOptions m_options;
    QString m_monoFamily; // the system's fixed-pitch family, for the checksum
    QStringList m_contents;
    int m_pageCount = 0;
};
