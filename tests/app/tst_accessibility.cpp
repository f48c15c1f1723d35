// What a screen reader is given: the main window opened offscreen, every tab visited (and
// every page of a wizard in one), the QAccessible tree walked from the window down. Every
// visible interactive control has an accessible name, in English and in Chinese; the tables
// expose their cells' text; a chart has a name and a description that names its series.
#include "app/charts/chartsview.h"
#include "core/i18n/language.h"
#include "app/shell/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarSet>
#include <QTabWidget>
#include <QTest>
#include <QWizard>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControlHasAName_data();
    void everyControlHasAName();

private:
    struct Counts
    {
        int controls = 0, tables = 0, charts = 0, wizardPages = 0;
    };
    void walkEveryTab(MainWindow &window, QStringList *problems, Counts *counts);
};

namespace {
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *o = iface->object();
    return QStringLiteral("%1 (role 0x%2, %3 \"%4\")")
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"))
        .arg(int(iface->role()), 0, 16)
        .arg(o ? o->objectName() : QString(), iface->text(QAccessible::Value).left(40));
}

// A table's or list's content: at least one cell says something.
bool exposesContent(QAccessibleInterface *iface)
{
    if (QAccessibleTableInterface *table = iface->tableInterface()) {
        for (int r = 0; r < qMin(table->rowCount(), 5); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QAccessibleInterface *cell = table->cellAt(r, c);
                if (cell && !cell->text(QAccessible::Name).trimmed().isEmpty())
                    return true;
            }
        }
        return false;
    }
    for (int i = 0; i < qMin(iface->childCount(), 20); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && !child->text(QAccessible::Name).trimmed().isEmpty())
            return true;
    }
    return false;
}

struct Walk
{
    QString tab;
    QStringList *problems;
    int *controls;
    int *tables;
};

void walk(QAccessibleInterface *iface, const Walk &w)
{
    if (!iface || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++*w.controls;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            w.problems->append(w.tab + QStringLiteral(": no accessible name: ") + describe(iface));
    }
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree) {
        // The cells are the model's; the view is what needs a name and has content.
        const bool empty = iface->tableInterface() ? iface->tableInterface()->rowCount() == 0 : iface->childCount() == 0;
        if (!empty) {
            ++*w.tables;
            if (!exposesContent(iface))
                w.problems->append(w.tab + QStringLiteral(": cells without text: ") + describe(iface));
        }
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), w);
}

// A chart view speaks for its chart: a name, and a description naming every series.
void checkCharts(QWidget *tab, const QString &tabName, QStringList *problems, int *charts)
{
    const auto views = tab->findChildren<QChartView *>();
    for (QChartView *view : views) {
        if (!view->isVisible() || !view->chart())
            continue;
        ++*charts;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const QString description = iface ? iface->text(QAccessible::Description) : QString();
        if (name.trimmed().isEmpty())
            problems->append(tabName + QStringLiteral(": a chart without an accessible name"));
        if (!view->chart()->title().isEmpty() && !name.contains(view->chart()->title()))
            problems->append(tabName + QStringLiteral(": the chart's name lacks its title: ") + name);
        const auto series = view->chart()->series();
        QStringList legend; // what the legend names: a series, or each set of bars
        for (QAbstractSeries *s : series) {
            legend.append(s->name());
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                const auto sets = bars->barSets();
                for (const QBarSet *set : sets)
                    legend.append(set->label());
            }
        }
        for (const QString &entry : legend) {
            if (!entry.isEmpty() && !description.contains(entry))
                problems->append(tabName + QStringLiteral(": the description of \"%1\" lacks the series %2").arg(name, entry));
        }
        if (qEnvironmentVariableIsSet("VERSUS_A11Y_VERBOSE"))
            qInfo("%s: \"%s\":\n%s", qPrintable(tabName), qPrintable(name), qPrintable(description));
        if (!series.isEmpty() && description.trimmed().isEmpty())
            problems->append(tabName + QStringLiteral(": a chart without a description"));
    }
}
} // namespace

void TestAccessibility::walkEveryTab(MainWindow &window, QStringList *problems, Counts *counts)
{
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString tabName = tabs->tabText(i);
        QWidget *page = tabs->widget(i);
        walk(QAccessible::queryAccessibleInterface(&window), Walk{tabName, problems, &counts->controls, &counts->tables});
        checkCharts(page, tabName, problems, &counts->charts);
        // The Charts tab shows one chart at a time: each is checked.
        if (auto *chartsView = page->findChild<ChartsView *>()) {
            for (const Chart &c : window.dataset()->charts) {
                if (!chartsView->showChart(c.id))
                    problems->append(tabName + QStringLiteral(": cannot show chart ") + c.id);
                QApplication::processEvents();
                checkCharts(page, tabName, problems, &counts->charts);
            }
        }
        // A wizard shows one page at a time: each is walked.
        if (QWizard *wizard = page->findChild<QWizard *>()) {
            wizard->restart();
            for (int guard = 0; wizard->nextId() != -1 && guard < 50; ++guard) {
                wizard->next();
                QApplication::processEvents();
                ++counts->wizardPages;
                walk(QAccessible::queryAccessibleInterface(&window),
                     Walk{tabName + QStringLiteral(" / ") + wizard->currentPage()->title(), problems, &counts->controls,
                          &counts->tables});
            }
            wizard->restart();
        }
    }
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, language);
    Language::apply(language);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDataset(QString()));
    QVERIFY(window.tabs()->count() >= 5);

    QStringList problems;
    Counts counts;
    walkEveryTab(window, &problems, &counts);
    qInfo("%s: %d controls, %d tables and lists, %d charts, %d wizard pages after the first walked", qPrintable(language),
          counts.controls, counts.tables, counts.charts, counts.wizardPages);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The walk reached the controls: the matrix and models tables, the chart list, the charts,
    // the wizard's questions (one page each) and its result.
    QVERIFY(counts.controls > 20);
    QVERIFY(counts.tables >= 3);
    // The Charts tab's view once for each chart and once as first shown, and once for every
    // other tab's chart view (the Cost tab's price against score).
    const int otherCharts = int(window.findChildren<QChartView *>().size()) - 1;
    QCOMPARE(counts.charts, 1 + int(window.dataset()->charts.size()) + otherCharts);
    QVERIFY(counts.wizardPages >= int(window.dataset()->questions.size()));
    Language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
