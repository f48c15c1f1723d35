// Every tab by the keyboard alone: from the tab bar, Tab walks through the tab's controls in
// reading order (the filter row left to right, then the content, then the side panes), every
// visible, enabled control that takes Tab focus exactly once, and out again; Shift+Tab walks
// the same stops backwards. Each tab's actions a mouse has (sort, open, tick) have a key.
#include "app/charts/chartsview.h"
#include "app/document/documentview.h"
#include "app/matrix/matrixview.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"
#include "app/shell/mainwindow.h"
#include "app/shell/theme.h"
#include "core/matrix/matrixfiltermodel.h"
#include "core/matrix/matrixmodel.h"
#include "core/models/modelsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSlider>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>

namespace {
// The control a focus widget stands for: a spin box's line edit is the spin box.
QWidget *control(QWidget *w)
{
    while (w && w->parentWidget() && w->parentWidget()->focusProxy() == w)
        w = w->parentWidget();
    return w;
}

QString nameOf(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    if (!w->objectName().isEmpty())
        return w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->accessibleName());
}

// What Tab should reach in a view: every visible, enabled control that takes Tab focus.
QStringList tabStops(QWidget *view)
{
    QStringList stops;
    const auto children = view->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->focusProxy() || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled()
            || w->window() != view->window())
            continue;
        stops.append(nameOf(control(w)));
    }
    stops.sort();
    return stops;
}

// Presses Tab (or Shift+Tab) until the focus leaves the view: the controls it stood on in
// turn (a browser once however many of its links Tab walked through).
QStringList walk(QWidget *view, bool forward, QWidget **leftTo)
{
    QStringList visited;
    for (int guard = 0; guard < 400; ++guard) {
        QWidget *from = QApplication::focusWidget();
        QTest::keyClick(from, Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *now = control(QApplication::focusWidget());
        if (!now || !view->isAncestorOf(now)) {
            *leftTo = now;
            return visited;
        }
        if (visited.isEmpty() || visited.constLast() != nameOf(now))
            visited.append(nameOf(now));
    }
    visited.append(QStringLiteral("(trapped)"));
    *leftTo = nullptr;
    return visited;
}

// A row's state before its walk, and back after it (one window serves every row).
void prepare(MainWindow &w, const QString &setup, bool on)
{
    if (setup == QLatin1String("find")) {
        auto *view = w.view(QStringLiteral("document"));
        if (on)
            QMetaObject::invokeMethod(view, "activateFind");
        else
            QTest::keyClick(view->findChild<QWidget *>(QStringLiteral("findEdit")), Qt::Key_Escape);
    } else if (setup == QLatin1String("noMatch")) {
        auto *search = w.view(QStringLiteral("matrix"))->findChild<QLineEdit *>(QStringLiteral("matrixSearch"));
        search->setText(on ? QStringLiteral("zqxjzqxj") : QString());
    } else if (setup == QLatin1String("limit")) {
        w.view(QStringLiteral("models"))
            ->findChild<QDoubleSpinBox *>(QStringLiteral("minParams"))
            ->setValue(on ? 10 : -1);
    } else if (setup == QLatin1String("modes")) {
        auto *charts = qobject_cast<ChartsView *>(w.view(QStringLiteral("charts")));
        charts->showChart(on ? QStringLiteral("benchmark-gpqa-diamond") : QStringLiteral("headline-parameters"));
    } else if (setup == QLatin1String("answered")) {
        RecommendWizard *wizard = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")))->wizard();
        const Question &first = w.dataset()->questions.constFirst();
        wizard->setAnswers(
            on ? QMap<QString, QString> {{first.id, first.options.constFirst().id}} : QMap<QString, QString>());
        wizard->restart();
    } else if (setup == QLatin1String("date")) {
        w.view(QStringLiteral("cost"))->findChild<QCheckBox *>(QStringLiteral("costNewest"))->setChecked(!on);
    }
    QTest::qWait(20);
}

// What the Menu key (or Shift+F10) does on a table: the platform sends a context menu event
// from the keyboard to the focus widget, at its input cursor, the current cell. Then the
// action named is made the menu's active one and Enter pressed (in a submenu first, if named).
bool chooseFromContextMenu(QAbstractItemView *table, const QString &action, const QString &submenu = {})
{
    bool chosen = false;
    QTimer::singleShot(0, table, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (!submenu.isEmpty()) {
            auto *sub = menu->findChild<QMenu *>(submenu);
            if (!sub) {
                menu->close();
                return;
            }
            menu->setActiveAction(sub->menuAction());
            QTest::keyClick(menu, Qt::Key_Right);
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        }
        QAction *target = menu ? menu->findChild<QAction *>(action) : nullptr;
        if (!target || !target->isEnabled()) {
            QApplication::activePopupWidget()->close();
            return;
        }
        menu->setActiveAction(target);
        if (qEnvironmentVariableIsSet("VERSUS_FOCUS_SHOTS")) // to look at the menus: a PNG each
            menu->grab().save(QStringLiteral("%1/menu-%2.png").arg(qEnvironmentVariable("VERSUS_FOCUS_SHOTS"), action));
        QTest::keyClick(menu, Qt::Key_Return);
        chosen = true;
    });
    const QPoint pos = table->inputMethodQuery(Qt::ImCursorRectangle).toRect().center(); // as QWidgetWindow does
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, table->mapToGlobal(pos));
    QApplication::sendEvent(table, &event);
    while (QWidget *left = QApplication::activePopupWidget())
        left->close();
    return chosen;
}

// Tab, then Tab again, until the focus is on the widget named (from the tab bar).
bool tabTo(MainWindow &w, const QString &name)
{
    QApplication::setActiveWindow(&w); // back from a popup menu
    QCoreApplication::processEvents(); // a view just made is shown by a queued call
    w.tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    for (int guard = 0; guard < 60 && QApplication::focusWidget(); ++guard) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (nameOf(control(QApplication::focusWidget())) == name)
            return true;
    }
    return false;
}
} // namespace

class TestFocusOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabOrder_data();
    void tabOrder();
    void cleanupTestCase();
    void overviewByKeyboard();
    void documentByKeyboard();
    void matrixByKeyboard();
    void modelsByKeyboard();
    void chartsByKeyboard();
    void costByKeyboard();
    void fitByKeyboard();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestFocusOrder::initTestCase()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDataset(QString()));
    m_window->show();
    QApplication::setActiveWindow(m_window.get()); // keys go to the focus widget of the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Each tab's stops in reading order: its filter row or form left to right and row by row,
// then the content (table, chart, text), then the panes beside or below it. Each in the light
// palette, then again in the dark one (the views rebuild parts of themselves on a palette change).
void TestFocusOrder::tabOrder_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("dark");
    struct Row {
        const char *name, *tab, *setup;
        QString stops;
    };
    const QString matrix
        = QStringLiteral("matrixSearch favouredFilter statusFilter matrixColumns matrixPin matrixOrder ");
    const QString models = QStringLiteral("modelsSearch familyFilter licenseFilter minParams maxParams ");
    const QString workload = QStringLiteral("costInput costOutput costCached costDiscount costRequest costNewest ");
    const QString rest = QStringLiteral("costMaxAge costInputParts costOutputParts costTarget costTable costBenchmark "
                                        "costChart selfHostModel selfHostDevice selfHostPrecision selfHostContext "
                                        "selfHostPrice selfHostCurrency selfHostThroughput");
    const QString wizard = QStringLiteral("loadAnswers __qt__passive_wizardbutton1 startOver analystMode");
    const QList<Row> rows {
        {"overview", "overview", "", QStringLiteral("overviewWizard overviewMatrix overviewChart overviewBrowser")},
        {"document", "document", "", QStringLiteral("contents documentBrowser")},
        {"document, find bar", "document", "find",
            QStringLiteral("contents documentBrowser findEdit findPrevious findNext findClose")},
        {"matrix", "matrix", "", matrix + QStringLiteral("matrixTable matrixDetail")},
        {"matrix, no match", "matrix", "noMatch", matrix + QStringLiteral("matrixNoMatch matrixTable matrixDetail")},
        {"models", "models", "", models + QStringLiteral("modelsTable")},
        {"models, a limit", "models", "limit", models + QStringLiteral("includeUnknownSize modelsTable")},
        {"charts", "charts", "", QStringLiteral("chartList family-deepseek family-qwen chartView chartNotes")},
        {"charts, modes", "charts", "modes",
            QStringLiteral("chartList modeCombo family-deepseek family-qwen modelList chartView chartNotes")},
        {"cost", "cost", "", workload + rest},
        {"cost, a date", "cost", "date", workload + QStringLiteral("costOn ") + rest},
        {"fit", "fit", "",
            QStringLiteral("fitDevice fitMemory fitBandwidth fitCount fitWeights fitKv fitSequences fitOverhead "
                           "fitContext fitOnlyFitting fitTable fitDetails fitContextChartView")},
        // The wizard's first page: its own buttons, then Next (Back is off), Start Over, analyst mode.
        {"recommend", "recommend", "", wizard},
        {"recommend, answers from last time", "recommend", "answered", QStringLiteral("showResult ") + wizard},
    };
    for (const bool dark : {false, true}) {
        for (const Row &row : rows) {
            QTest::addRow("%s%s", row.name, dark ? ", dark" : "")
                << QString::fromLatin1(row.tab) << QString::fromLatin1(row.setup) << row.stops.split(QLatin1Char(' '))
                << dark;
        }
    }
}

void TestFocusOrder::tabOrder()
{
    QFETCH(QString, tab);
    QFETCH(QString, setup);
    QFETCH(QStringList, expected);
    QFETCH(bool, dark);
    MainWindow &w = *m_window;
    if (dark != (w.palette().color(QPalette::Window).lightness() < 128))
        w.setTheme(dark ? Theme::Choice::Dark : Theme::Choice::Light);
    QCoreApplication::processEvents();
    QVERIFY(w.showTab(tab));
    QWidget *view = w.view(tab);
    QVERIFY(view);
    QCoreApplication::processEvents(); // a view just made is shown by a queued call
    QTRY_COMPARE(view->palette().color(QPalette::Window).lightness() < 128, dark);
    prepare(w, setup, true);
    QTabBar *bar = w.tabs()->tabBar();
    bar->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), bar);

    // Tab from the tab bar: into the tab at its first control, through each once, out again.
    QWidget *leftTo = nullptr;
    const QStringList forward = walk(view, true, &leftTo);
    QCOMPARE(forward, expected);
    QCOMPARE(leftTo, control(bar));
    // None left out: every control that takes Tab focus and shows is among the stops.
    QStringList stops = forward;
    stops.sort();
    QCOMPARE(tabStops(view), stops);
    // Shift+Tab from the tab bar: the same stops backwards.
    QStringList backward = walk(view, false, &leftTo);
    std::reverse(backward.begin(), backward.end());
    QCOMPARE(backward, expected);
    QCOMPARE(leftTo, control(bar));
    // A text a Tab reaches reads by keys too: PageDown scrolls it where there is more.
    for (QTextBrowser *text : view->findChildren<QTextBrowser *>()) {
        QScrollBar *scroll = text->verticalScrollBar();
        if (!text->isVisible() || scroll->maximum() == 0)
            continue;
        text->setFocus(Qt::TabFocusReason);
        scroll->setValue(0);
        QTest::keyClick(text, Qt::Key_PageDown);
        QVERIFY2(scroll->value() > 0, qPrintable(nameOf(text)));
        scroll->setValue(0);
    }
    prepare(w, setup, false);
}

void TestFocusOrder::cleanupTestCase()
{
    m_window->setTheme(Theme::Choice::Light);
}

// The buttons by Space; the links in the text by Tab, then Enter; the text scrolls by keys.
void TestFocusOrder::overviewByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("overview")));
    QVERIFY(tabTo(w, QStringLiteral("overviewMatrix")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(w.currentTabId(), QStringLiteral("matrix"));
    QVERIFY(w.showTab(QStringLiteral("overview")));
    QVERIFY(tabTo(w, QStringLiteral("overviewBrowser")));
    auto *browser = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
    QVERIFY(browser);
    QScrollBar *scroll = browser->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(0);
    QTest::keyClick(browser, Qt::Key_PageDown);
    QVERIFY2(scroll->value() > 0, "PageDown scrolls the overview");
    QTest::keyClick(browser, Qt::Key_Home, Qt::ControlModifier);
    // Tab within it goes to its first link (a dimension's passage); Enter follows it.
    QVERIFY(!browser->textCursor().hasSelection());
    QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), browser);
    QVERIFY(browser->textCursor().hasSelection());
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(w.currentTabId(), QStringLiteral("document"));
    QVERIFY(!w.documentView()->highlightedPassage().isEmpty());
}

// The contents by the arrows, Enter opens a passage.
void TestFocusOrder::documentByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("document")));
    QVERIFY(tabTo(w, QStringLiteral("contents")));
    auto *contents = qobject_cast<QTreeWidget *>(QApplication::focusWidget());
    QVERIFY(contents);
    // A section (the feature table) scrolls to it, as a click does.
    auto item = [contents] {
        return contents->currentItem() ? contents->currentItem()->data(0, Qt::UserRole + 1).toString() : QString();
    };
    QScrollBar *scroll = w.documentView()->browser()->verticalScrollBar();
    scroll->setValue(0);
    QTest::keyClick(contents, Qt::Key_Home);
    for (int guard = 0; guard < 40 && item() != QLatin1String("feature-table"); ++guard)
        QTest::keyClick(contents, Qt::Key_Down);
    QCOMPARE(item(), QStringLiteral("feature-table"));
    QTest::keyClick(contents, Qt::Key_Return);
    QVERIFY2(scroll->value() > 0, "Enter on a section scrolls to it");
    // A dimension in it opens its passage, highlighted.
    QTest::keyClick(contents, Qt::Key_Down);
    const QString passage = item();
    QVERIFY(w.dataset()->dimension(passage));
    QTest::keyClick(contents, Qt::Key_Return);
    QCOMPARE(w.documentView()->highlightedPassage(), passage);
}

// The cells by the arrows; Enter opens the cell's passage; the pane follows the current cell;
// the Menu key gives what the header's clicks and drags give (sort, move); Space pins a row.
void TestFocusOrder::matrixByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("matrix")));
    auto *view = qobject_cast<MatrixView *>(w.view(QStringLiteral("matrix")));
    QVERIFY(tabTo(w, QStringLiteral("matrixTable")));
    MatrixTable *table = view->table();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QVERIFY(table->currentIndex().isValid());
    QTest::keyClick(table, Qt::Key_Right);
    const QString before = view->detail()->toPlainText();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(!view->detail()->toPlainText().isEmpty());
    QVERIFY(view->detail()->toPlainText() != before);
    const QModelIndex cell = table->currentIndex();
    const QString passage = cell.data(+MatrixModel::Role::PassageId).toString();
    QVERIFY(!passage.isEmpty());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(w.currentTabId(), QStringLiteral("document"));
    QCOMPARE(w.documentView()->highlightedPassage(), passage);

    QVERIFY(w.showTab(QStringLiteral("matrix")));
    table->setFocus(Qt::TabFocusReason);
    const int column = table->currentIndex().column();
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortDescending")));
    QCOMPARE(view->filterModel()->sortColumn(), column);
    QCOMPARE(view->filterModel()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(!view->filterModel()->isInDocumentOrder());
    QHeaderView *header = table->horizontalHeader();
    const int visual = header->visualIndex(column);
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("moveRight"), QStringLiteral("columnMenu")));
    QCOMPARE(header->visualIndex(column), visual + 1);
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("moveLeft"), QStringLiteral("columnMenu")));
    QCOMPARE(header->visualIndex(column), visual);
    QVERIFY(tabTo(w, QStringLiteral("matrixOrder")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(view->filterModel()->isInDocumentOrder());

    const QString dimension = table->currentIndex().data(+MatrixModel::Role::DimensionId).toString();
    QVERIFY(tabTo(w, QStringLiteral("matrixPin")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(view->filterModel()->isPinned(dimension));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!view->filterModel()->isPinned(dimension));

    // No match: the message's link by Tab and Enter clears the search.
    view->searchEdit()->setText(QStringLiteral("zqxjzqxj"));
    QVERIFY(tabTo(w, QStringLiteral("matrixNoMatch")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to its link, as in a browser
    QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("matrixNoMatch"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(view->searchEdit()->text().isEmpty());
}

// Sorting, a header click, by the Menu key on the current cell.
void TestFocusOrder::modelsByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("models")));
    QVERIFY(tabTo(w, QStringLiteral("modelsTable")));
    auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
    QVERIFY(table && table->currentIndex().isValid());
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Right);
    const int column = table->currentIndex().column();
    QVERIFY(column > 0);
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortDescending")));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortAscending")));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // What a pointer resting on a cell shows (a model's sources) by Ctrl+F1, and a field's.
    QToolTip::hideText();
    QApplication::setActiveWindow(&w); // back from the menus: a window's shortcuts work while it is active
    for (int guard = 0; guard < 30 && table->currentIndex().column() != ModelsModel::SourceColumn; ++guard)
        QTest::keyClick(
            table, table->currentIndex().column() < ModelsModel::SourceColumn ? Qt::Key_Right : Qt::Key_Left);
    QCOMPARE(table->currentIndex().column(), int(ModelsModel::SourceColumn));
    const QString sources = table->currentIndex().data(Qt::ToolTipRole).toString();
    QVERIFY(!sources.isEmpty());
    QTest::keyClick(table, Qt::Key_F1, Qt::ControlModifier);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), sources);
    QVERIFY(tabTo(w, QStringLiteral("minParams")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1, Qt::ControlModifier);
    QCOMPARE(QToolTip::text(),
        w.view(QStringLiteral("models"))->findChild<QWidget *>(QStringLiteral("minParams"))->toolTip());
    // Where there is none, the status bar says so.
    QToolTip::hideText();
    w.tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w.tabs()->tabBar(), Qt::Key_F1, Qt::ControlModifier);
    QVERIFY(!QToolTip::isVisible());
    QVERIFY(!w.statusBar()->currentMessage().isEmpty());
}

// Another chart by the arrows, the mode by the arrows, a family (the legend's click) and a
// model by Space.
void TestFocusOrder::chartsByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("charts")));
    auto *charts = qobject_cast<ChartsView *>(w.view(QStringLiteral("charts")));
    QVERIFY(charts->showChart(QStringLiteral("headline-parameters")));
    QVERIFY(tabTo(w, QStringLiteral("chartList")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(charts->currentChartId() != QLatin1String("headline-parameters"));

    QVERIFY(charts->showChart(QStringLiteral("benchmark-gpqa-diamond")));
    QVERIFY(tabTo(w, QStringLiteral("modeCombo")));
    auto *mode = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(mode && mode->count() > 1);
    const QString first = mode->currentData().toString();
    QTest::keyClick(mode, mode->currentIndex() + 1 < mode->count() ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(charts->options().mode != first);
    QCOMPARE(charts->options().mode, mode->currentData().toString());

    const QString family = w.dataset()->families.constLast().id;
    QVERIFY(tabTo(w, QStringLiteral("family-") + family));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(charts->options().hiddenFamilies.contains(family));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!charts->options().hiddenFamilies.contains(family));

    QVERIFY(tabTo(w, QStringLiteral("modelList")));
    auto *models = qobject_cast<QListWidget *>(QApplication::focusWidget());
    QVERIFY(models);
    QTest::keyClick(models, Qt::Key_Home);
    QVERIFY(models->currentItem());
    const QString model = models->currentItem()->data(Qt::UserRole).toString();
    const Qt::CheckState state = models->currentItem()->checkState();
    const QStringList shown = charts->options().models;
    auto itemOf = [models, &model]() -> QListWidgetItem * {
        for (int i = 0; i < models->count(); ++i) {
            if (models->item(i)->data(Qt::UserRole).toString() == model)
                return models->item(i);
        }
        return nullptr;
    };
    QTest::keyClick(models, Qt::Key_Space);
    QVERIFY(itemOf() && itemOf()->checkState() != state);
    QVERIFY(charts->options().models != shown);
    QCOMPARE(charts->options().models.contains(model), state != Qt::Checked);
    // The list is made again with the chart; its current row stays, so Space again and the
    // arrows go on from it.
    QCOMPARE(models->currentItem(), itemOf());
    QTest::keyClick(models, Qt::Key_Space);
    QVERIFY(itemOf() && itemOf()->checkState() == state);
    QCOMPARE(models->currentItem(), itemOf());
    QTest::keyClick(models, Qt::Key_Down);
    QCOMPARE(models->currentRow(), models->row(itemOf()) + 1);
    QVERIFY(charts->showChart(QStringLiteral("headline-parameters")));
}

// The table sorts by the Menu key; "newest prices" by Space opens the date.
void TestFocusOrder::costByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("cost")));
    QVERIFY(tabTo(w, QStringLiteral("costTable")));
    auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
    QVERIFY(table && table->currentIndex().isValid());
    // A row by the arrows shows its price's sources below.
    auto *details = w.view(QStringLiteral("cost"))->findChild<QLabel *>(QStringLiteral("costDetails"));
    QVERIFY(details);
    QTest::keyClick(table, Qt::Key_Down);
    const QString first = details->text();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(!details->text().isEmpty());
    QVERIFY(details->text() != first);
    const int column = table->currentIndex().column();
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortDescending")));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(tabTo(w, QStringLiteral("costNewest")));
    auto *on = w.view(QStringLiteral("cost"))->findChild<QWidget *>(QStringLiteral("costOn"));
    QVERIFY(!on->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(on->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!on->isEnabled());
}

// The context by the arrows; a row by the arrows shows its details; sorting by the Menu key.
void TestFocusOrder::fitByKeyboard()
{
    MainWindow &w = *m_window;
    QVERIFY(w.showTab(QStringLiteral("fit")));
    QVERIFY(tabTo(w, QStringLiteral("fitContext")));
    auto *slider = qobject_cast<QSlider *>(QApplication::focusWidget());
    QVERIFY(slider);
    const int context = slider->value();
    QTest::keyClick(slider, context < slider->maximum() ? Qt::Key_Right : Qt::Key_Left);
    QVERIFY(slider->value() != context);
    slider->setValue(context);
    QVERIFY(tabTo(w, QStringLiteral("fitTable")));
    auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
    auto *details = w.view(QStringLiteral("fit"))->findChild<QTextBrowser *>(QStringLiteral("fitDetails"));
    QVERIFY(table && details && table->currentIndex().isValid());
    const QString before = details->toPlainText();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(details->toPlainText() != before);
    const int column = table->currentIndex().column();
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortDescending")));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(chooseFromContextMenu(table, QStringLiteral("sortAscending")));
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
