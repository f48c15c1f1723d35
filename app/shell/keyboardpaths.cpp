#include "app/shell/keyboardpaths.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QToolTip>
#include <QWidget>

void KeyboardPaths::setTabOrder(const QList<QWidget *> &chain)
{
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void KeyboardPaths::addSortActions(QMenu *menu, QTableView *table, int column, const Sort &sort)
{
    if (!table->model() || column < 0 || column >= table->model()->columnCount())
        return;
    const QString name = table->model()->headerData(column, Qt::Horizontal).toString().simplified();
    const Sort apply = sort ? sort : Sort([table](int c, Qt::SortOrder order) { table->sortByColumn(c, order); });
    QAction *up = menu->addAction(
        tr("Sort by “%1”, Ascending").arg(name), table, [apply, column] { apply(column, Qt::AscendingOrder); });
    up->setObjectName(QStringLiteral("sortAscending"));
    QAction *down = menu->addAction(
        tr("Sort by “%1”, Descending").arg(name), table, [apply, column] { apply(column, Qt::DescendingOrder); });
    down->setObjectName(QStringLiteral("sortDescending"));
}

void KeyboardPaths::addSortMenu(QTableView *table)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table](const QPoint &pos) {
        // A keyboard's request comes at the current cell; a click's at the cell clicked.
        QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            index = table->currentIndex();
        if (!index.isValid())
            return;
        QMenu menu(table);
        addSortActions(&menu, table, index.column());
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

bool KeyboardPaths::showTip(QWidget *focus)
{
    // A spin box's or combo box's line edit has the focus; the tooltip is the box's.
    QWidget *over = focus;
    while (over && over->toolTip().isEmpty() && over->parentWidget() && over->parentWidget()->focusProxy() == over)
        over = over->parentWidget();
    if (!over)
        return false;
    QString tip = over->toolTip();
    QRect rect = over->rect();
    if (auto *view = qobject_cast<QAbstractItemView *>(over); view && view->currentIndex().isValid()) {
        const QString cell = view->currentIndex().data(Qt::ToolTipRole).toString();
        if (!cell.isEmpty()) {
            tip = cell;
            over = view->viewport();
            rect = view->visualRect(view->currentIndex());
        }
    }
    if (tip.isEmpty())
        return false;
    QToolTip::showText(over->mapToGlobal(rect.bottomLeft()), tip, over);
    return true;
}
