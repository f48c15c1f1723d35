#pragma once

#include <QColor>
#include <QRectF>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QPainter;

// What a section written outside the report (the recommendation:
// RecommendationRenderer::writeReportSection) adds to it with: headings that go into the
// contents, rich-text paragraphs and tables, in the report's fonts, sizes and colours.
// Report's builder implements it.
class ReportSection {
public:
    struct Column {
        QString title;
        qreal weight = 1;
        QColor accent;
    };
    using RowCells = QList<QPair<QString, QColor>>; // html, accent

    virtual ~ReportSection() = default;

    // Level 1 starts a section (on a new page when newPage), level 2 a part of it.
    virtual void addHeading(const QString &title, int level, bool newPage) = 0;
    // Rich text; pointSize 0 is the body size; a splittable text may break across pages.
    virtual void addText(const QString &html, qreal pointSize, bool splittable) = 0;
    // Columns by relative width; the header is repeated on each page.
    virtual void addTable(const QList<Column> &columns, const QList<RowCells> &rows) = 0;
    // A chart as wide as the page, the height the report gives its charts, drawn by draw.
    virtual void addChart(std::function<void(QPainter *, const QRectF &)> draw) = 0;
    // A family's short name after a swatch of its colour, as rich text; "Tie" for "tie".
    virtual QString familyLabel(const QString &id) const = 0;
    // The report's language, for numbers and dates.
    virtual QString language() const = 0;
};
