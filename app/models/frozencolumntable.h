#pragma once

#include <QTableView>

// A table whose first column stays in view while the others scroll sideways: a second view
// laid over the left edge shows that column (Qt's "frozen column" example), sharing the
// model, the selection, the row heights, the vertical scroll and the sorting. The first
// column also stays first: a header drag cannot move it.
class FrozenColumnTable : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QTableView *frozenView() const { return m_frozen; }
    // After restoring a saved header state, keep the first column first and the copy in step.
    void keepFirstColumnFirst();

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void updateFrozenGeometry();
    void updateFrozenColumns();

    QTableView *m_frozen = nullptr;
};
