#pragma once

#include <QLayout>
#include <QList>

class QHBoxLayout;

// Lays its items out in rows, left to right, starting a new row where the next item would
// not fit: a toolbar or a form that reads on one line in a wide window and wraps in a narrow
// one (a small screen, or 2x scale), so its tab never scrolls sideways. Its minimum width is
// its widest item's. A group (addGroup) stays together on one row: a label with its field.
// An item's horizontal stretch > 0 lets it take a row's spare width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    // The widgets (already children of the layout's widget) side by side, never apart.
    QHBoxLayout *addGroup(const QList<QWidget *> &widgets, int stretch = 0);
    void addWidget(QWidget *widget, int stretch);
    void addLayout(QLayout *layout, int stretch = 0);
    using QLayout::addWidget;
    // The next item starts a new row, however wide the layout is.
    void addBreak();
    // Items at the top of their row (a form beside a text), not centred in it (a toolbar).
    void setItemsAtTop(bool top) { m_top = top; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int spacing(Qt::Orientation orientation) const;

    struct Entry {
        QLayoutItem *item;
        int stretch;
        bool breakAfter = false;
    };
    QList<Entry> m_items;
    int m_hSpace;
    int m_vSpace;
    bool m_top = false;
};
