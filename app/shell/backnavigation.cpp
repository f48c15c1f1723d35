#include "app/shell/backnavigation.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QTabWidget>

namespace {
constexpr int MaxHistory = 50;
}

BackNavigation::BackNavigation(QTabWidget *tabs, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
    , m_action(menu->addAction(QString()))
{
    m_action->setObjectName(QStringLiteral("backAction"));
    m_action->setShortcuts(QKeySequence::Back);
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &BackNavigation::goBack);
    window->installEventFilter(this);
    update();
}

void BackNavigation::remember()
{
    QWidget *tab = m_tabs->currentWidget();
    if (!tab)
        return;
    QWidget *focus = QApplication::focusWidget();
    m_history.append(Place{tab, focus && tab->isAncestorOf(focus) ? focus : nullptr});
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    update();
}

bool BackNavigation::goBack()
{
    while (!m_history.isEmpty()) {
        const Place place = m_history.takeLast();
        const int index = place.tab ? m_tabs->indexOf(place.tab) : -1;
        if (index < 0)
            continue; // the tab went with a dataset replaced since
        m_tabs->setCurrentIndex(index);
        if (place.focus)
            place.focus->setFocus(Qt::OtherFocusReason);
        update();
        return true;
    }
    update();
    return false;
}

void BackNavigation::update()
{
    const int index = m_history.isEmpty() || !m_history.constLast().tab ? -1 : m_tabs->indexOf(m_history.constLast().tab);
    m_action->setEnabled(index >= 0);
    m_action->setText(index >= 0 ? tr("&Back to %1").arg(m_tabs->tabText(index).remove(QLatin1Char('&'))) : tr("&Back"));
    m_action->setStatusTip(tr("Return to where you were before a link opened another tab (Alt+Left)"));
}

bool BackNavigation::eventFilter(QObject *watched, QEvent *event)
{
    // After the window has retranslated its tabs' titles.
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &BackNavigation::update, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}
