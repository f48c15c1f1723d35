#include "app/report/reportactions.h"
#include "app/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

#include <functional>

namespace {

// Where a link would go if anything tried to open one: nothing may.
class UrlTrap : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

// The monkey: seeded random clicks, double clicks, drags, wheel turns and keys on whatever
// the real main window shows (every tab, the menus, the dialogs they open), plus random
// menu actions so that every dialog comes up. Modal dialogs get a few random events of
// their own, then the test closes them; file dialogs are closed at once, and every other
// write goes to a temporary directory (the report's test hooks for its file name, the print
// dialog and the preview). The run must end with no
// crash, no sanitizer report, no modal dialog left open and no URL opened.
//
// VERSUS_MONKEY_SEED (default: random, printed) and VERSUS_MONKEY_EVENTS (default 1500)
// choose the run; a failure prints the seed to run it again:
//   VERSUS_MONKEY_SEED=1234 VERSUS_MONKEY_EVENTS=20000 build-test/tests/tst_monkey
// VERSUS_MONKEY_VERBOSE=1 prints every event; VERSUS_MONKEY_DATASET=FILE plays on that dataset.
class TestMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void randomEvents();

private:
    void step();
    void act(QWidget *root);
    void click(QWidget *target, QPoint pos);
    void drag(QWidget *target, QPoint from, QPoint to);
    void wheel(QWidget *target, QPoint pos);
    void key(QWidget *target);
    void triggerRandomAction();
    void closeModal(QWidget *modal);
    QWidget *randomWidgetIn(QWidget *root);
    void log(const QString &what, QWidget *target = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    UrlTrap m_urls;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_events = 0;
    int m_done = 0;
    int m_modalSteps = 0;
    int m_depth = 0;
    int m_maxDepth = 0;
    bool m_finished = false;
    bool m_verbose = false;
    QStringList m_tabsSeen;
    QStringList m_dialogsSeen;
};

void TestMonkey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Nothing the app writes by default may land outside the temporary directory.
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QDir::setCurrent(m_dir.path());
    QSettings().clear();
    QApplication::setQuitOnLastWindowClosed(false); // File → Quit hides the window; it comes back

    bool ok = false;
    m_seed = qEnvironmentVariableIntValue("VERSUS_MONKEY_SEED", &ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    m_events = qEnvironmentVariableIntValue("VERSUS_MONKEY_EVENTS", &ok);
    if (!ok || m_events <= 0)
        m_events = 1500;
    m_verbose = qEnvironmentVariableIsSet("VERSUS_MONKEY_VERBOSE");
    m_random.seed(m_seed);
    qInfo("monkey: VERSUS_MONKEY_SEED=%u VERSUS_MONKEY_EVENTS=%d", m_seed, m_events);

    for (const char *scheme : {"http", "https", "file", "ftp", "mailto", "data"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_urls, "open");

    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    ReportActions::TestHooks hooks;
    // The report's own dialog is shown (the monkey plays in it); its file name, the print
    // dialog and the preview are stand-ins, so nothing is printed or written outside.
    hooks.saveFileName = [out] { return out; };
    hooks.printDialog = [](QPrinter *) { return false; };
    hooks.previewDialog = [](QPrintPreviewDialog *) {};
    ReportActions::setTestHooks(hooks);
}

void TestMonkey::cleanupTestCase()
{
    ReportActions::setTestHooks({});
    for (const char *scheme : {"http", "https", "file", "ftp", "mailto", "data"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestMonkey::log(const QString &what, QWidget *target)
{
    if (!m_verbose)
        return;
    QString name;
    if (target)
        name = QString::fromLatin1(target->metaObject()->className()) + QLatin1Char(' ') + target->objectName();
    qInfo("monkey %d (depth %d): %s %s", m_done, m_depth, qPrintable(what), qPrintable(name));
}

QWidget *TestMonkey::randomWidgetIn(QWidget *root)
{
    QList<QWidget *> candidates{root};
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisible() && w->isEnabled() && w->width() > 0 && w->height() > 0 && w->window() == root)
            candidates.append(w);
    return candidates.at(int(m_random.bounded(quint32(candidates.size()))));
}

void TestMonkey::click(QWidget *target, QPoint pos)
{
    const Qt::MouseButton button = m_random.bounded(8) == 0 ? Qt::RightButton : Qt::LeftButton;
    const Qt::KeyboardModifiers modifiers = m_random.bounded(6) == 0 ? Qt::ShiftModifier : Qt::NoModifier;
    QPointer<QWidget> guard(target);
    if (m_random.bounded(5) == 0) {
        log(QStringLiteral("double click"), target);
        QTest::mouseDClick(target, button, modifiers, pos);
    } else {
        log(QStringLiteral("click"), target);
        QTest::mouseClick(target, button, modifiers, pos);
    }
}

void TestMonkey::drag(QWidget *target, QPoint from, QPoint to)
{
    log(QStringLiteral("drag"), target);
    QPointer<QWidget> guard(target);
    QTest::mousePress(target, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 4 && guard; ++i) {
        const QPoint at = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, at, target->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
    }
    if (guard)
        QTest::mouseRelease(target, Qt::LeftButton, Qt::NoModifier, to);
}

void TestMonkey::wheel(QWidget *target, QPoint pos)
{
    log(QStringLiteral("wheel"), target);
    const int delta = (m_random.bounded(2) ? 1 : -1) * 120 * int(1 + m_random.bounded(3));
    const Qt::KeyboardModifiers modifiers = m_random.bounded(5) == 0 ? Qt::ControlModifier : Qt::NoModifier;
    QWheelEvent event(QPointF(pos), QPointF(target->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

void TestMonkey::key(QWidget *target)
{
    static const Qt::Key keys[] = {
        Qt::Key_Tab,    Qt::Key_Backtab, Qt::Key_Return, Qt::Key_Escape,   Qt::Key_Space,  Qt::Key_Up,
        Qt::Key_Down,   Qt::Key_Left,    Qt::Key_Right,  Qt::Key_PageUp,   Qt::Key_PageDown, Qt::Key_Home,
        Qt::Key_End,    Qt::Key_Delete,  Qt::Key_Backspace, Qt::Key_A,     Qt::Key_E,      Qt::Key_Q,
        Qt::Key_W,      Qt::Key_0,       Qt::Key_5,      Qt::Key_Minus,    Qt::Key_Period, Qt::Key_F1,
    };
    const Qt::Key k = keys[m_random.bounded(quint32(sizeof keys / sizeof keys[0]))];
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    switch (m_random.bounded(8)) {
    case 0: modifiers = Qt::ControlModifier; break;
    case 1: modifiers = Qt::ShiftModifier; break;
    case 2: modifiers = Qt::AltModifier; break;
    default: break;
    }
    if (k == Qt::Key_Q && modifiers == Qt::ControlModifier)
        modifiers = Qt::NoModifier; // Ctrl+Q quits: the run would end early
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != target->window())
        focus = target;
    log(QStringLiteral("key %1").arg(QKeySequence(k | modifiers).toString()), focus);
    QTest::keyClick(focus, k, modifiers);
}

void TestMonkey::triggerRandomAction()
{
    QList<QAction *> actions;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->isEnabled() && !a->isSeparator() && !a->menu() && a->shortcut() != QKeySequence(QKeySequence::Quit))
            actions.append(a);
    if (actions.isEmpty())
        return;
    QAction *a = actions.at(int(m_random.bounded(quint32(actions.size()))));
    log(QStringLiteral("action \"%1\"").arg(a->text()));
    a->trigger();
}

void TestMonkey::closeModal(QWidget *modal)
{
    log(QStringLiteral("close modal"), modal);
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

void TestMonkey::act(QWidget *root)
{
    QWidget *target = randomWidgetIn(root);
    const QPoint pos(int(m_random.bounded(quint32(target->width()))), int(m_random.bounded(quint32(target->height()))));
    switch (m_random.bounded(20)) {
    case 0:
    case 1:
        drag(target, pos, QPoint(int(m_random.bounded(quint32(target->width()))), int(m_random.bounded(quint32(target->height())))));
        break;
    case 2:
    case 3:
        wheel(target, pos);
        break;
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
        key(target);
        break;
    default:
        click(target, pos);
        break;
    }
}

// One event, then the next is queued: the queue keeps running inside a modal dialog's own
// event loop, so the monkey plays in the dialogs too.
void TestMonkey::step()
{
    if (m_done >= m_events) {
        if (QWidget *modal = QApplication::activeModalWidget())
            closeModal(modal); // unwinding: each nested loop ends in turn
        else if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        else {
            m_finished = true;
            return;
        }
        QTimer::singleShot(0, this, &TestMonkey::step);
        return;
    }
    ++m_done;
    QTimer::singleShot(0, this, &TestMonkey::step);
    ++m_depth;
    m_maxDepth = qMax(m_maxDepth, m_depth);

    if (QWidget *popup = QApplication::activePopupWidget()) {
        if (m_random.bounded(4) == 0)
            popup->close();
        else
            act(popup);
    } else if (QWidget *modal = QApplication::activeModalWidget()) {
        const QString name = QString::fromLatin1(modal->metaObject()->className());
        if (!m_dialogsSeen.contains(name))
            m_dialogsSeen.append(name);
        // File dialogs would write where the user points them: never played with.
        if (qobject_cast<QFileDialog *>(modal) || ++m_modalSteps > 25) {
            m_modalSteps = 0;
            closeModal(modal);
        } else {
            act(modal);
        }
    } else {
        m_modalSteps = 0;
        if (!m_window->isVisible())
            m_window->show(); // Escape or a stray close: the window comes back
        const QString tab = m_window->currentTabId();
        if (!m_tabsSeen.contains(tab))
            m_tabsSeen.append(tab);
        const quint32 choice = m_random.bounded(40);
        if (choice == 0) {
            QTabWidget *tabs = m_window->tabs();
            log(QStringLiteral("tab"));
            tabs->setCurrentIndex(int(m_random.bounded(quint32(tabs->count()))));
        } else if (choice == 1) {
            triggerRandomAction();
        } else {
            act(m_window.get());
        }
    }
    --m_depth;
}

void TestMonkey::randomEvents()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // VERSUS_MONKEY_DATASET: another dataset to play on (tests/hostile/no_network.sh).
    QVERIFY(m_window->openDataset(qEnvironmentVariable("VERSUS_MONKEY_DATASET")));

    auto failed = [this] { return QStringLiteral("rerun with VERSUS_MONKEY_SEED=%1 VERSUS_MONKEY_EVENTS=%2").arg(m_seed).arg(m_events); };
    QTimer::singleShot(0, this, &TestMonkey::step);
    // Generous: a slow machine under the sanitizers does about 50 events a second.
    const int timeout = 60000 + m_events * 100;
    QTRY_VERIFY2_WITH_TIMEOUT(m_finished, qPrintable(failed() + QStringLiteral(": did not finish")), timeout);

    QVERIFY2(QApplication::activeModalWidget() == nullptr, qPrintable(failed() + QStringLiteral(": a modal dialog is left")));
    if (!m_urls.opened.isEmpty())
        QFAIL(qPrintable(failed() + QStringLiteral(": opened %1").arg(m_urls.opened.first().toString())));
    // Every file written went to the temporary directory (the report's hook).
    qInfo("monkey: %d events, nested up to %d deep; tabs seen: %s; dialogs seen: %s", m_done, m_maxDepth,
          qPrintable(m_tabsSeen.join(QLatin1String(", "))), qPrintable(m_dialogsSeen.join(QLatin1String(", "))));
    m_window.reset();
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
