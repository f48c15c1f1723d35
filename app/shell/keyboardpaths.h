#pragma once

#include <QCoreApplication>
#include <QList>
#include <Qt>

#include <functional>

class QMenu;
class QTableView;
class QWidget;

// Keyboard ways to what the mouse does (issue 19): a Tab order set in one go; a table's
// sorting, which a click on its header gives the mouse, in the table's context menu (the
// Menu key or Shift+F10 on the current cell); the tooltip a pointer resting on it shows.
class KeyboardPaths {
    Q_DECLARE_TR_FUNCTIONS(KeyboardPaths)

public:
    // Tab moves from each widget to the next, in this order (the first keeps what comes before it).
    static void setTabOrder(const QList<QWidget *> &chain);

    using Sort = std::function<void(int column, Qt::SortOrder order)>;
    // "Sort by “Column”, Ascending" and "…, Descending" for a column of the table; sort does it
    // (the table's own sortByColumn without one).
    static void addSortActions(QMenu *menu, QTableView *table, int column, const Sort &sort = {});
    // A context menu for a table that sorts by header clicks and has no menu of its own: the
    // sort actions for the column clicked, or by the keyboard the current cell's.
    static void addSortMenu(QTableView *table);
    // Shows the tooltip a pointer would get on the focused control, or on an item view's current
    // cell (Help → Show Tooltip, Ctrl+F1); false when there is none.
    static bool showTip(QWidget *focus);
};
