#include "app/models/frozencolumntable.h"

#include <QHeaderView>
#include <QScrollBar>

FrozenColumnTable::FrozenColumnTable(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setFrameShape(QFrame::NoFrame);
    setHorizontalScrollMode(ScrollPerPixel);
    setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { keepFirstColumnFirst(); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    // A click on the copy's header sorts as a click on the table's own would.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] {
        if (!isSortingEnabled())
            return;
        const QHeaderView *h = horizontalHeader();
        const bool again = h->sortIndicatorSection() == 0 && h->sortIndicatorOrder() == Qt::AscendingOrder;
        sortByColumn(0, again ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicatorShown(section == 0);
        m_frozen->horizontalHeader()->setSortIndicator(section == 0 ? 0 : -1, order);
    });
}

void FrozenColumnTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTable::updateFrozenColumns);
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTable::updateFrozenColumns);
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            for (int row = 0; row < this->model()->rowCount(); ++row)
                m_frozen->setRowHeight(row, rowHeight(row));
        });
    }
    updateFrozenColumns();
}

void FrozenColumnTable::updateFrozenColumns()
{
    if (!model())
        return;
    for (int column = 1; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->setWordWrap(wordWrap());
    updateFrozenGeometry();
}

void FrozenColumnTable::keepFirstColumnFirst()
{
    QHeaderView *h = horizontalHeader();
    if (h->count() > 0 && h->visualIndex(0) != 0)
        h->moveSection(h->visualIndex(0), 0);
    updateFrozenColumns();
}

void FrozenColumnTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnTable::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenColumnTable::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    const int x = (verticalHeader()->isVisible() ? verticalHeader()->width() : 0) + frameWidth();
    m_frozen->setGeometry(x, frameWidth(), columnWidth(0), viewport()->height() + horizontalHeader()->height());
    m_frozen->setVisible(!isColumnHidden(0) && columnWidth(0) > 0);
}

// Moving left with the keyboard brings a cell hidden under the copy into view.
QModelIndex FrozenColumnTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (cursorAction == MoveLeft && current.column() > 0 && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

// The first column is always in view: for its cells only the rows scroll.
void FrozenColumnTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() > 0) {
        QTableView::scrollTo(index, hint);
        return;
    }
    const int shown = columnAt(m_frozen->columnWidth(0) + 1);
    if (index.isValid() && shown > 0)
        QTableView::scrollTo(index.siblingAtColumn(shown), hint);
}
