#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>

class QPainter;
class QTextDocument;

// The report's wrapping: at word boundaries, inside a word only where it is wider than
// the column. Set before a document's text, so that the text is laid out once.
void setReportTextOption(QTextDocument *document);

// The pieces a paginated report is made of. Every block has a fixed width (set when it
// is built), knows its height and where it may be cut between two pages without
// cutting a line of text in half. All lengths are in the paint device's units.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    virtual qreal height() const = 0;
    // The largest offset in (0, limit] at which the block may be cut; 0 where there is none.
    virtual qreal breakBefore(qreal limit) const
    {
        Q_UNUSED(limit)
        return 0;
    }
    // Paints the part [from, to) of the block; the painter's origin is the block's top left.
    virtual void paint(QPainter *painter, qreal from, qreal to) const = 0;

    bool splittable = false;   // prose flows across pages; anything else moves whole to the next page
    bool keepWithNext = false; // a heading or a table header is never the last thing on a page
    bool pageBreakBefore = false;
    // With pageBreakBefore (a section's heading): no new page after the short end (under a
    // third of a page) of the section before, on a page it continued onto; else that page
    // would hold two table rows and nothing else.
    bool softPageBreak = false;
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    // A table row's header, repeated at the top of each page the table continues on.
    std::shared_ptr<ReportBlock> repeatHeader;
    // A heading: its text goes into the contents, at this level (1 or 2).
    QString heading;
    int headingLevel = 0;
};

// One rich text, laid out to a width (prose, headings, a list).
class TextBlock : public ReportBlock
{
public:
    explicit TextBlock(std::unique_ptr<QTextDocument> document);
    ~TextBlock() override;

    qreal height() const override;
    qreal breakBefore(qreal limit) const override;
    void paint(QPainter *painter, qreal from, qreal to) const override;
    QTextDocument *document() const { return m_document.get(); }

private:
    std::unique_ptr<QTextDocument> m_document;
};

// One row of a table: cells side by side, each a rich text, with a grid around them.
class RowBlock : public ReportBlock
{
public:
    struct Cell
    {
        std::unique_ptr<QTextDocument> document;
        qreal x = 0;
        qreal width = 0;
        QColor background; // invalid: none
        QColor accent;     // invalid: none; else a bar down the cell's left edge
    };

    RowBlock(std::vector<Cell> cells, qreal padding, qreal lineWidth, const QColor &gridColor);
    // The width a cell's text is laid out to: its own less the padding on both sides.
    static qreal textWidth(qreal cellWidth, qreal padding) { return std::max<qreal>(1, cellWidth - 2 * padding); }
    ~RowBlock() override;

    qreal height() const override;
    qreal breakBefore(qreal limit) const override;
    void paint(QPainter *painter, qreal from, qreal to) const override;
    const std::vector<Cell> &cells() const { return m_cells; }
    // Draws a dotted leader from the end of the first cell's last line to the second
    // cell (the contents' page numbers).
    void setLeader(bool leader) { m_leader = leader; }

private:
    std::vector<Cell> m_cells;
    qreal m_padding;
    qreal m_lineWidth;
    QColor m_gridColor;
    bool m_leader = false;
};

// A fixed area drawn by a function (a chart).
class PaintBlock : public ReportBlock
{
public:
    using Painter = std::function<void(QPainter *, const QRectF &)>;
    PaintBlock(qreal width, qreal height, Painter painter);

    qreal height() const override { return m_height; }
    void paint(QPainter *painter, qreal from, qreal to) const override;

private:
    qreal m_width;
    qreal m_height;
    Painter m_painter;
};

// Blank space (the title page's top margin).
class SpaceBlock : public ReportBlock
{
public:
    explicit SpaceBlock(qreal height) : m_height(height) {}
    qreal height() const override { return m_height; }
    void paint(QPainter *, qreal, qreal) const override {}

private:
    qreal m_height;
};

// Where each block went: page by page, the slices of blocks and their places.
struct ReportPlacement
{
    const ReportBlock *block = nullptr;
    qreal from = 0;
    qreal to = 0;
    qreal y = 0; // top of the slice on the page body
};

struct ReportPagination
{
    QList<QList<ReportPlacement>> pages;
    QHash<const ReportBlock *, int> firstPage; // 0-based page each block starts on
};

// Flows blocks onto pages of the given body height: no line cut in half, a block that
// may not be split moved whole to the next page (split only where it is taller than a
// page), headings kept with what follows, table headers repeated.
ReportPagination paginateReport(const QList<std::shared_ptr<ReportBlock>> &blocks, qreal bodyHeight);
