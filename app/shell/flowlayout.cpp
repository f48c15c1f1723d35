#include "app/shell/flowlayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_hSpace(horizontalSpacing)
    , m_vSpace(verticalSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

QHBoxLayout *FlowLayout::addGroup(const QList<QWidget *> &widgets, int stretch)
{
    auto *group = new QHBoxLayout;
    group->setContentsMargins(0, 0, 0, 0);
    addChildLayout(group);
    for (QWidget *w : widgets)
        group->addWidget(w);
    m_items.append({group, stretch});
    invalidate();
    return group;
}

void FlowLayout::addLayout(QLayout *layout, int stretch)
{
    addChildLayout(layout);
    m_items.append({layout, stretch});
    invalidate();
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append({new QWidgetItem(widget), stretch});
    invalidate();
}

void FlowLayout::addBreak()
{
    if (!m_items.isEmpty())
        m_items.last().breakAfter = true;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, 0});
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index).item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const Entry &e : m_items) {
        if (!e.item->isEmpty())
            size = size.expandedTo(e.item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

// Each row (between breaks) on one line: what a wide window shows.
QSize FlowLayout::sizeHint() const
{
    int width = 0, rowWidth = 0, height = 0, rowHeight = 0, shown = 0;
    for (const Entry &e : m_items) {
        if (!e.item->isEmpty()) {
            const QSize hint = e.item->sizeHint();
            rowWidth += hint.width() + (shown++ > 0 ? spacing(Qt::Horizontal) : 0);
            rowHeight = std::max(rowHeight, hint.height());
        }
        if (e.breakAfter || &e == &m_items.last()) {
            width = std::max(width, rowWidth);
            height += rowHeight + (height > 0 && rowHeight > 0 ? spacing(Qt::Vertical) : 0);
            rowWidth = rowHeight = shown = 0;
        }
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacing(Qt::Orientation orientation) const
{
    const int given = orientation == Qt::Horizontal ? m_hSpace : m_vSpace;
    if (given >= 0)
        return given;
    const QWidget *w = parentWidget();
    if (!w)
        return 6;
    return w->style()->pixelMetric(orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing
                                                                 : QStyle::PM_LayoutVerticalSpacing,
                                   nullptr, w);
}

// Rows of items at their size hints (narrowed to the row's width, never below their
// minimum); a row's spare width goes to its stretching items; each row as tall as its
// tallest item, items centred in it. Returns the height used.
int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hSpace = spacing(Qt::Horizontal), vSpace = spacing(Qt::Vertical);
    int y = area.y();
    QList<const Entry *> row;
    int rowWidth = 0;
    auto place = [&] {
        if (row.isEmpty())
            return;
        int stretch = 0;
        for (const Entry *e : row)
            stretch += e->stretch;
        const int spare = std::max(0, area.width() - rowWidth);
        QList<int> widths, heights;
        int height = 0;
        for (const Entry *e : row) {
            int width = std::min(std::max(e->item->sizeHint().width(), e->item->minimumSize().width()), area.width());
            if (stretch > 0)
                width += spare * e->stretch / stretch;
            // A wrapped text is as tall as its lines at that width.
            const int h = e->item->hasHeightForWidth() ? e->item->heightForWidth(width) : e->item->sizeHint().height();
            widths.append(width);
            heights.append(h);
            height = std::max(height, h);
        }
        int x = area.x();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (apply)
                row.at(i)->item->setGeometry(QRect(x, y + (m_top ? 0 : (height - heights.at(i)) / 2), widths.at(i), heights.at(i)));
            x += widths.at(i) + hSpace;
        }
        y += height + vSpace;
        row.clear();
        rowWidth = 0;
    };
    for (const Entry &e : m_items) {
        if (!e.item->isEmpty()) {
            const int width = std::min(std::max(e.item->sizeHint().width(), e.item->minimumSize().width()), area.width());
            const int needed = rowWidth + (row.isEmpty() ? 0 : hSpace) + width;
            if (!row.isEmpty() && needed > area.width())
                place();
            rowWidth += (row.isEmpty() ? 0 : hSpace) + width;
            row.append(&e);
        }
        if (e.breakAfter)
            place();
    }
    place();
    const int used = y - area.y() - (y > area.y() ? vSpace : 0);
    return used + contentsMargins().top() + contentsMargins().bottom();
}
