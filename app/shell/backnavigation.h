#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

// Back, as browsers and help viewers have it: after a link jumps to another tab (a passage
// opened in the Document tab from the Matrix, the Overview or the wizard), View → Back
// (Alt+Left) returns to the tab and the control the user was at.
class BackNavigation : public QObject
{
    Q_OBJECT

public:
    // Adds its action to menu; follows window's language changes.
    BackNavigation(QTabWidget *tabs, QMenu *menu, QWidget *window);

    // Before a jump away from the current tab.
    void remember();
    // Returns to where the last jump left from; false when there is nowhere to go back to.
    bool goBack();
    QAction *action() const { return m_action; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Place
    {
        QPointer<QWidget> tab;
        QPointer<QWidget> focus;
    };
    void update();

    QTabWidget *m_tabs;
    QWidget *m_window;
    QAction *m_action;
    QList<Place> m_history;
};
