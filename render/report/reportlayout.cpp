#include "render/report/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace {
constexpr qreal Epsilon = 0.01;

struct Span
{
    qreal top;
    qreal bottom;
};

// The vertical extent of every line of a laid-out document, offset by dy.
void appendLineSpans(const QTextDocument &document, qreal dy, QList<Span> *spans)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const qreal y = layout->position().y() + dy;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            spans->append({y + line.y(), y + line.y() + line.height()});
        }
    }
}

// The largest cut in (0, limit] that no span straddles; 0 where there is none.
qreal bestCut(const QList<Span> &spans, qreal limit)
{
    qreal best = 0;
    auto valid = [&spans](qreal cut) {
        return std::none_of(spans.cbegin(), spans.cend(),
                            [cut](const Span &s) { return s.top < cut - Epsilon && s.bottom > cut + Epsilon; });
    };
    for (const Span &s : spans) {
        for (const qreal cut : {s.top, s.bottom}) {
            if (cut > best && cut > Epsilon && cut <= limit + Epsilon && valid(cut))
                best = cut;
        }
    }
    return best;
}

// The first cut that keeps at least two lines together (widow and orphan control).
qreal firstCut(const QList<Span> &spans, qreal height)
{
    return spans.size() > 2 ? std::min(height, spans.at(1).bottom) : height;
}

} // namespace

void setReportTextOption(QTextDocument *document)
{
    QTextOption option = document->defaultTextOption();
    if (option.wrapMode() == QTextOption::WrapAtWordBoundaryOrAnywhere)
        return; // setting it again would lay the text out again
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
}

TextBlock::TextBlock(std::unique_ptr<QTextDocument> document)
    : m_document(std::move(document))
{
    setReportTextOption(m_document.get());
}

TextBlock::~TextBlock() = default;

qreal TextBlock::height() const
{
    return m_document->size().height();
}

qreal TextBlock::breakBefore(qreal limit) const
{
    QList<Span> spans;
    appendLineSpans(*m_document, 0, &spans);
    return bestCut(spans, limit);
}

void TextBlock::paint(QPainter *painter, qreal from, qreal to) const
{
    // A whole block needs no clip (in a PDF, each clip restates the graphics state).
    const bool whole = from < Epsilon && to > height() - Epsilon;
    m_document->drawContents(painter, whole ? QRectF() : QRectF(0, from, m_document->textWidth(), to - from));
}

RowBlock::RowBlock(std::vector<Cell> cells, qreal padding, qreal lineWidth, const QColor &gridColor)
    : m_cells(std::move(cells)), m_padding(padding), m_lineWidth(lineWidth), m_gridColor(gridColor)
{
    // Documents made for their cell are left alone: each change here lays a text out again.
    for (Cell &cell : m_cells) {
        setReportTextOption(cell.document.get());
        if (cell.document->documentMargin() != 0)
            cell.document->setDocumentMargin(0);
        const qreal width = textWidth(cell.width, m_padding);
        if (cell.document->textWidth() != width)
            cell.document->setTextWidth(width);
    }
}

RowBlock::~RowBlock() = default;

qreal RowBlock::height() const
{
    qreal h = 0;
    for (const Cell &cell : m_cells)
        h = std::max(h, cell.document->size().height());
    return h + 2 * m_padding;
}

qreal RowBlock::breakBefore(qreal limit) const
{
    QList<Span> spans;
    for (const Cell &cell : m_cells)
        appendLineSpans(*cell.document, m_padding, &spans);
    return bestCut(spans, limit);
}

void RowBlock::paint(QPainter *painter, qreal from, qreal to) const
{
    const qreal h = height();
    const bool whole = from < Epsilon && to > h - Epsilon; // no clip needed
    painter->save();
    for (const Cell &cell : m_cells) {
        const QRectF area(cell.x, from, cell.width, to - from);
        if (cell.background.isValid())
            painter->fillRect(area, cell.background);
        if (cell.accent.isValid())
            painter->fillRect(QRectF(cell.x, from, 3 * m_lineWidth, to - from), cell.accent);
        painter->save();
        painter->translate(cell.x + m_padding, m_padding);
        cell.document->drawContents(painter, whole ? QRectF()
                                                   : QRectF(0, from - m_padding, cell.document->textWidth(), to - from));
        painter->restore();
    }
    if (m_leader && m_cells.size() >= 2) {
        // From the end of the title's last line to the page number, a dotted line.
        const QTextDocument &title = *m_cells.front().document;
        const QTextBlock last = title.lastBlock();
        const QTextLayout *layout = last.layout();
        if (layout && layout->lineCount() > 0) {
            const QTextLine line = layout->lineAt(layout->lineCount() - 1);
            const qreal x0 = m_cells.front().x + m_padding + layout->position().x() + line.naturalTextWidth() + m_padding;
            const QTextDocument &number = *m_cells.at(1).document;
            const qreal x1 = m_cells.at(1).x + m_padding + number.size().width() - number.idealWidth() - m_padding;
            const qreal y = m_padding + layout->position().y() + line.y() + line.ascent();
            if (x1 > x0) {
                QPen pen(m_gridColor, m_lineWidth, Qt::DotLine);
                painter->setPen(pen);
                painter->drawLine(QPointF(x0, y), QPointF(x1, y));
            }
        }
    }
    if (m_lineWidth > 0 && !m_leader) {
        painter->setPen(QPen(m_gridColor, m_lineWidth));
        painter->setBrush(Qt::NoBrush);
        for (const Cell &cell : m_cells) {
            if (from < Epsilon)
                painter->drawLine(QPointF(cell.x, 0), QPointF(cell.x + cell.width, 0));
            if (to > h - Epsilon)
                painter->drawLine(QPointF(cell.x, h), QPointF(cell.x + cell.width, h));
        }
    }
    painter->restore();
}

PaintBlock::PaintBlock(qreal width, qreal height, Painter painter)
    : m_width(width), m_height(height), m_painter(std::move(painter))
{
}

void PaintBlock::paint(QPainter *painter, qreal from, qreal to) const
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    painter->save();
    m_painter(painter, QRectF(0, 0, m_width, m_height));
    painter->restore();
}

ReportPagination paginateReport(const QList<std::shared_ptr<ReportBlock>> &blocks, qreal bodyHeight)
{
    ReportPagination result;
    result.pages.append(QList<ReportPlacement>());
    qreal y = 0;
    bool fresh = true; // nothing on the page yet but a repeated table header
    int sectionPage = -1; // the page the last section (a block with pageBreakBefore) began on

    auto newPage = [&] {
        result.pages.append(QList<ReportPlacement>());
        y = 0;
        fresh = true;
    };
    auto place = [&](const ReportBlock *block, qreal from, qreal to) {
        result.pages.last().append({block, from, to, y});
        y += to - from;
    };
    auto minimumSlice = [](const ReportBlock &block) {
        if (!block.splittable)
            return block.height();
        const auto *text = dynamic_cast<const TextBlock *>(&block);
        if (!text)
            return block.height();
        QList<Span> spans;
        appendLineSpans(*text->document(), 0, &spans);
        return firstCut(spans, block.height());
    };
    // What must fit on this page with a block: a heading with the start of what follows it.
    std::function<qreal(int)> keepNeed = [&](int i) -> qreal {
        const ReportBlock &block = *blocks.at(i);
        if (block.keepWithNext && i + 1 < blocks.size())
            return block.height() + block.spaceAfter + blocks.at(i + 1)->spaceBefore + keepNeed(i + 1);
        return minimumSlice(block);
    };

    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock &block = *blocks.at(i);
        if (block.pageBreakBefore) {
            // A section's heading may follow the short end of the section before, on a page
            // that section continued onto; not the contents' page, nor a title page.
            const int page = int(result.pages.size() - 1);
            const bool tail = block.softPageBreak && sectionPage >= 0 && page > sectionPage && y < bodyHeight / 3;
            if (!fresh && !tail)
                newPage();
            sectionPage = int(result.pages.size() - 1);
        }
        if (!fresh)
            y += block.spaceBefore;
        if (!fresh && block.keepWithNext) {
            const qreal need = keepNeed(i);
            if (y + need > bodyHeight + Epsilon && need <= bodyHeight)
                newPage();
        }
        const qreal h = block.height();
        qreal offset = 0;
        bool placedFirst = false;
        while (true) {
            if (fresh && block.repeatHeader && result.pages.last().isEmpty()) {
                place(block.repeatHeader.get(), 0, block.repeatHeader->height());
            }
            const qreal available = bodyHeight - y;
            if (h - offset <= available + Epsilon) {
                if (!placedFirst)
                    result.firstPage.insert(&block, int(result.pages.size() - 1));
                place(&block, offset, h);
                fresh = false;
                break;
            }
            if (!block.splittable && !fresh) {
                newPage();
                continue;
            }
            qreal cut = block.breakBefore(offset + available);
            if (cut <= offset + Epsilon) {
                if (!fresh) {
                    newPage();
                    continue;
                }
                cut = offset + available; // taller than a page and nowhere to cut: the last resort
            }
            if (!placedFirst) {
                result.firstPage.insert(&block, int(result.pages.size() - 1));
                placedFirst = true;
            }
            place(&block, offset, cut);
            offset = cut;
            newPage();
        }
        y += block.spaceAfter;
    }
    return result;
}
