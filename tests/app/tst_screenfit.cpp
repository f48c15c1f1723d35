// The window and its dialogs on a small screen: the offscreen platform is given one screen of
// VERSUS_TEST_SCREEN pixels (default 1280x720; ctest runs it again as tst_screenfit_2x on
// 1600x1000 at QT_SCALE_FACTOR=2, i.e. 800x500 logical). A fresh start sizes the window from
// the screen, every tab's minimum size fits it, the wizard's buttons and the status bar are
// on it, a geometry saved on a larger screen comes back onto it, and every dialog fits.
//
// With VERSUS_SCREENSHOTS=DIR it also saves every tab (and the wizard's result) in English
// and Chinese, light and dark, as DIR/<screen>-<scale>x-<language>-<theme>-<tab>.png.
#include "app/charts/chartrenderer.h"
#include "app/charts/chartsview.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"
#include "app/report/reportactions.h"
#include "app/report/reportdialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/settingskeys.h"
#include "app/shell/theme.h"
#include "core/charts/chartdata.h"
#include "core/i18n/language.h"

#include <QAbstractButton>
#include <QAction>
#include <QBarCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QTextDocument>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScrollArea>
#include <QScrollBar>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {
QString describe(const QRect &r)
{
    return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// Where a widget is on the screen.
QRect onScreen(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

// The innermost visible widgets that need more than room, to say which ones are too large.
QStringList tooLarge(const QWidget *top, const QSize &room)
{
    QStringList found;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (need.width() <= room.width() && need.height() <= room.height())
            continue;
        bool inner = true;
        for (const QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const QSize c = child->minimumSizeHint().expandedTo(child->minimumSize());
            if (child->isVisible() && (c.width() > room.width() || c.height() > room.height()))
                inner = false;
        }
        if (inner || qEnvironmentVariableIsSet("VERSUS_SCREENFIT_ALL"))
            found.append(QStringLiteral("%1 \"%2\" %3x%4")
                             .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                             .arg(need.width())
                             .arg(need.height()));
    }
    return found;
}

// The modal dialog that `open` opens, handed to `check` once shown, then closed.
bool withModalDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &check)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        seen = true;
        check(dialog);
        dialog->reject();
    });
    poll.start();
    open();
    return seen;
}

// Every item under `item`, at any depth.
QList<QGraphicsItem *> descendants(QGraphicsItem *item)
{
    QList<QGraphicsItem *> all;
    for (QGraphicsItem *child : item->childItems())
        all.append(child), all.append(descendants(child));
    return all;
}

// What is wrong with a chart's legend as shown: an entry (a visible marker's series or bar
// set) whose name is not shown whole, in view. Qt Charts' legend elides a name that does not
// fit its one row ("DeepSeek · ..."), or shows the marker alone.
QStringList legendProblems(QChartView *view, const QString &where)
{
    QChart *chart = view->chart();
    QStringList expected;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (m->isVisible())
            expected.append(m->label());
    }
    QStringList shown;
    if (chart->legend()->isVisible()) {
        for (QGraphicsItem *item : descendants(chart->legend())) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                shown.append(text->toPlainText());
        }
    }
    // The tab's own legend: each name in a box wide enough for it (or wrapped within it, as
    // tall as the wrapped lines), inside the chart and on no other entry.
    QStringList problems;
    const QList<ChartLegendItem *> entries = ChartRenderer::legendItems(chart);
    QList<QRectF> boxes;
    for (const ChartLegendItem *entry : entries) {
        const QFontMetricsF metrics(entry->font());
        const QRectF box = entry->textRect();
        const QSizeF need = entry->wrapped()
            ? metrics.boundingRect(QRectF(0, 0, box.width(), 1e6), Qt::TextWordWrap, entry->text()).size()
            : metrics.boundingRect(entry->text()).size();
        const QRectF inChart = entry->mapRectToItem(chart, box);
        const bool whole = need.width() <= box.width() + 0.5 && need.height() <= box.height() + 0.5
            && chart->rect().contains(inChart);
        const bool apart = std::none_of(boxes.cbegin(), boxes.cend(), [&](const QRectF &b) { return b.intersects(inChart); });
        boxes.append(inChart);
        if (whole && apart && entry->isVisible())
            shown.append(entry->text());
        else
            problems.append(QStringLiteral("%1: \"%2\" needs %3x%4, has %5x%6 at %7,%8%9")
                                .arg(where, entry->text())
                                .arg(need.width()).arg(need.height()).arg(box.width()).arg(box.height())
                                .arg(inChart.x()).arg(inChart.y())
                                .arg(apart ? QString() : QStringLiteral(", on another entry")));
    }
    for (const QString &name : std::as_const(expected)) {
        if (!shown.contains(name))
            problems.append(QStringLiteral("%1: the legend shows \"%2\" for \"%3\"")
                                .arg(where, shown.join(QStringLiteral("\", \"")), name));
    }
    return problems;
}
// What is wrong with a bar chart's texts as shown (the row names, the value labels, the
// title, the axis titles and ticks: every text item in the chart but the legend's): one cut
// short with "..." that the chart's own words do not have, or one not inside the view.
QStringList textProblems(QChartView *view, const ChartData &data, const QString &where)
{
    QStringList problems;
    QChart *chart = view->chart();
    if (data.shape != ChartData::Shape::Bars || chart->axes(Qt::Vertical).isEmpty()
        || !qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first()))
        return problems;
    QStringList words{data.title, data.xTitle, data.yTitle};
    words += data.categories;
    for (const ChartSeriesData &s : data.series) {
        for (const ChartPoint &p : s.points)
            words.append(p.label);
    }
    const QString all = words.join(QLatin1Char('\n'));
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    for (QGraphicsItem *item : descendants(chart)) {
        if (!item->isVisible())
            continue;
        QString text;
        QRectF box = item->sceneBoundingRect();
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item)) {
            text = rich->toPlainText();
            const qreal margin = rich->document()->documentMargin();
            box.adjust(margin, margin, -margin, -margin);
        } else if (auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            text = plain->text();
        }
        if (text.trimmed().isEmpty())
            continue;
        for (const QString &ellipsis : {QStringLiteral("..."), QStringLiteral("\u2026")}) {
            if (text.contains(ellipsis) && !all.contains(ellipsis))
                problems.append(QStringLiteral("%1: \"%2\" is cut short").arg(where, text));
        }
        if (!visible.contains(box))
            problems.append(QStringLiteral("%1: \"%2\" at %3,%4 %5x%6 is not inside the view's %7,%8 %9x%10")
                                .arg(where, text)
                                .arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())
                                .arg(visible.x()).arg(visible.y()).arg(visible.width()).arg(visible.height()));
    }
    return problems;
}
} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // The whole window (frame included) is on the screen.
    void verifyOnScreen(const QWidget *w, const QString &what)
    {
        QVERIFY2(available().contains(w->frameGeometry()),
                 qPrintable(QStringLiteral("%1 at %2 is not within the screen's %3")
                                .arg(what, describe(w->frameGeometry()), describe(available()))));
    }

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void firstStartFitsTheScreen();
    void everyTabFits();
    void savedGeometryComesBack();
    void dialogsFit();
    void chartsNeverScrollSideways();
    void screenshots();
};

void TestScreenFit::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("VersusTest"));
    QApplication::setApplicationName(QStringLiteral("tst_screenfit"));
    Language::apply(QStringLiteral("en"));
    const QByteArray spec = qgetenv("VERSUS_TEST_SCREEN");
    qInfo("screen %s, available %s, device pixel ratio %g", spec.isEmpty() ? "1280x720" : spec.constData(),
          qPrintable(describe(available())), QGuiApplication::primaryScreen()->devicePixelRatio());
}

void TestScreenFit::firstStartFitsTheScreen()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    verifyOnScreen(&w, QStringLiteral("the main window"));
    // Most of the screen, not a fixed size.
    QVERIFY2(w.width() >= available().width() * 3 / 4 || w.width() >= 1400, qPrintable(describe(w.geometry())));
    QVERIFY2(w.height() >= available().height() * 3 / 4 || w.height() >= 900, qPrintable(describe(w.geometry())));
    QVERIFY(available().contains(onScreen(w.statusBar())));
}

// Each tab in turn, in both languages: the window's minimum size stays within the screen and
// the window on it; on the Recommend tab the wizard's buttons are on screen.
void TestScreenFit::everyTabFits()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setTheme(Theme::Choice::Dark); // as the screenshots are taken
    QStringList sideways;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        w.setLanguage(language);
        QCoreApplication::processEvents();
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            const QString tab = w.currentTabId() + QLatin1Char(' ') + language;
            const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(minimum.width() <= available().width() && minimum.height() <= available().height(),
                     qPrintable(QStringLiteral("%1: the window needs at least %2x%3 on a %4 screen: %5")
                                    .arg(tab)
                                    .arg(minimum.width())
                                    .arg(minimum.height())
                                    .arg(describe(available()))
                                    .arg(tooLarge(&w, QSize(available().width() * 2 / 3, available().height() * 2 / 3))
                                             .join(QStringLiteral("; ")))));
            verifyOnScreen(&w, tab);
            // A view larger than its tab scrolls in it, never squeezed below its minimum size;
            // and never sideways: what is wider than the tab is laid out again in it.
            QWidget *view = w.view(w.currentTabId());
            for (QWidget *p = view->parentWidget(); p; p = p->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                    if (scroll->horizontalScrollBar()->isVisible())
                        sideways.append(QStringLiteral("%1: the tab scrolls sideways: its view needs %2 px, has %3: %4")
                                            .arg(tab)
                                            .arg(view->minimumSizeHint().width())
                                            .arg(scroll->viewport()->width())
                                            .arg(tooLarge(view, QSize(scroll->viewport()->width(), 100000)).join(QStringLiteral("; "))));
                    break;
                }
            }
            QVERIFY2(view->width() >= view->minimumSizeHint().width() && view->height() >= view->minimumSizeHint().height(),
                         qPrintable(QStringLiteral("%1: the view is %2x%3, its minimum %4x%5")
                                        .arg(tab)
                                        .arg(view->width())
                                        .arg(view->height())
                                        .arg(view->minimumSizeHint().width())
                                        .arg(view->minimumSizeHint().height())));
        }
    }
    QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QLatin1Char('\n'))));
    w.setTheme(Theme::Choice::System);
    w.setLanguage(QStringLiteral("en"));
    QVERIFY(w.showTab(QStringLiteral("recommend")));
    auto *recommend = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")));
    QVERIFY(recommend);
    QTRY_VERIFY(recommend->wizard()->isVisible());
    recommend->setAnalystMode(true);
    recommend->wizard()->next(); // the first question, the longest page
    QTest::qWait(50);
    for (const QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CustomButton1, QWizard::CustomButton2}) {
        QAbstractButton *b = recommend->wizard()->button(which);
        // On the screen, and not scrolled out of view.
        if (b->isVisible()) {
            QVERIFY2(available().contains(onScreen(b)),
                     qPrintable(QStringLiteral("%1 at %2").arg(b->text(), describe(onScreen(b)))));
            QVERIFY2(b->visibleRegion().boundingRect() == b->rect(),
                     qPrintable(QStringLiteral("%1 is scrolled out of view: the tab needs %2 px, has %3: %4")
                                    .arg(b->text())
                                    .arg(recommend->minimumSizeHint().height())
                                    .arg(recommend->parentWidget()->height())
                                    .arg(tooLarge(recommend, QSize(available().width(), available().height() / 3))
                                             .join(QStringLiteral("; ")))));
        }
    }
    verifyOnScreen(&w, QStringLiteral("with the analyst mode"));
    recommend->setAnalystMode(false);
}

// A geometry saved on a larger screen, or where no screen is any more, comes back onto this one.
void TestScreenFit::savedGeometryComesBack()
{
    {
        QMainWindow big;
        big.setGeometry(available().width() + 900, available().height() + 700, 2400, 1600);
        QSettings().setValue(SettingsKeys::WindowGeometry, big.saveGeometry());
    }
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    verifyOnScreen(&w, QStringLiteral("the restored window"));
}

// About, Help, the report's dialog and its print preview each fit the screen.
void TestScreenFit::dialogsFit()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *about = nullptr;
    QAction *help = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->menuRole() == QAction::AboutRole)
            about = a;
        if (a->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)))
            help = a;
    }
    QVERIFY(about && help);
    const bool aboutShown = withModalDialog([about] { about->trigger(); }, [this](QDialog *d) {
        verifyOnScreen(d, QStringLiteral("About"));
    });
    QVERIFY(aboutShown);

    help->trigger();
    auto *helpDialog = w.findChild<QDialog *>(QStringLiteral("helpDialog"));
    QVERIFY(helpDialog);
    QVERIFY(QTest::qWaitForWindowExposed(helpDialog));
    verifyOnScreen(helpDialog, QStringLiteral("Help"));
    helpDialog->close();

    ReportActions::TestHooks hooks;
    bool reportShown = false;
    hooks.chooseSections = [&](ReportDialog *d) {
        d->show();
        if (QTest::qWaitForWindowExposed(d)) {
            reportShown = true;
            verifyOnScreen(d, QStringLiteral("Export Report"));
        }
        return false;
    };
    bool previewShown = false;
    hooks.previewDialog = [&](QPrintPreviewDialog *d) {
        d->show();
        if (QTest::qWaitForWindowExposed(d)) {
            previewShown = true;
            verifyOnScreen(d, QStringLiteral("Print Preview"));
        }
    };
    ReportActions::setTestHooks(hooks);
    w.reportActions()->exportReport();
    w.reportActions()->printPreview();
    ReportActions::setTestHooks({});
    QVERIFY(reportShown);
    QVERIFY(previewShown);
}

// Issue 19: the Charts tab, at the window's first size and in narrow windows (1280 and 1024
// pixels wide at 2x: 640 and 512 logical), in English and Chinese, with every chart: its tab
// never scrolls sideways (at 2x its minimum width was wider than the window), and every
// legend entry's name reads whole.
void TestScreenFit::chartsNeverScrollSideways()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showTab(QStringLiteral("charts")));
    auto *charts = qobject_cast<ChartsView *>(w.view(QStringLiteral("charts")));
    QVERIFY(charts);
    QScrollArea *scroll = nullptr;
    for (QWidget *p = charts->parentWidget(); p && !scroll; p = p->parentWidget())
        scroll = qobject_cast<QScrollArea *>(p);
    QVERIFY(scroll);
    auto *chartView = charts->findChild<QChartView *>(QStringLiteral("chartView"));
    QVERIFY(chartView);
    QStringList problems;
    const QSize first = w.size();
    for (const QSize &size : {first, QSize(640, 360), QSize(512, 360)}) {
        w.resize(size);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            w.setLanguage(language);
            for (const Chart &c : w.dataset()->charts) {
                QVERIFY(charts->showChart(c.id));
                QTest::qWait(5);
                const QString where = QStringLiteral("%1 at %2x%3, %4").arg(c.id).arg(w.width()).arg(w.height()).arg(language);
                if (scroll->horizontalScrollBar()->isVisible())
                    problems.append(QStringLiteral("%1: the tab scrolls sideways: it needs %2 px, has %3")
                                        .arg(where)
                                        .arg(charts->minimumSizeHint().width())
                                        .arg(scroll->viewport()->width())
                                    + tooLarge(charts, QSize(scroll->viewport()->width() / 2, 100000)).join(QStringLiteral("; ")));
                if (chartView->isVisible()) {
                    problems.append(legendProblems(chartView, where));
                    // The margins settle over a few layout passes, as the names and labels wrap.
                    const ChartData data = ChartData::build(*w.dataset(), c, {});
                    QStringList texts = textProblems(chartView, data, where);
                    for (int wait = 0; wait < 50 && !texts.isEmpty(); ++wait) {
                        QTest::qWait(10);
                        texts = textProblems(chartView, data, where);
                    }
                    problems.append(texts);
                }
                const QString shots = qEnvironmentVariable("VERSUS_SCREENSHOTS");
                if (shots.isEmpty() || (c.id != QLatin1String("headline-parameters") && c.id != QLatin1String("benchmark-gpqa-diamond")))
                    continue;
                QTest::qWait(100); // settled, as a user sees it
                const QString name = QStringLiteral("%1/narrow-%2x%3-%4x-%5-%6")
                                         .arg(shots).arg(w.width()).arg(w.height())
                                         .arg(QGuiApplication::primaryScreen()->devicePixelRatio()).arg(language, c.id);
                w.grab().save(name + QStringLiteral(".png"));
                chartView->grab().save(name + QStringLiteral("-chart.png")); // the whole chart, below the fold too
            }
        }
    }
    w.setLanguage(QStringLiteral("en"));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, the first ones:\n").arg(problems.size())
                                             + problems.mid(0, 12).join(QLatin1Char('\n'))));
}

// Every tab as a user sees it, for looking at (VERSUS_SCREENSHOTS=DIR).
void TestScreenFit::screenshots()
{
    const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set VERSUS_SCREENSHOTS=DIR to save the screenshots");
    QDir().mkpath(dir);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QString prefix = QStringLiteral("%1x%2-%3x")
                               .arg(int(screen->geometry().width() * screen->devicePixelRatio()))
                               .arg(int(screen->geometry().height() * screen->devicePixelRatio()))
                               .arg(screen->devicePixelRatio());
    const QStringList themes = qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOT_THEMES")
        ? QStringList{QStringLiteral("light"), QStringLiteral("dark")}
        : qEnvironmentVariable("VERSUS_SCREENSHOT_THEMES").split(QLatin1Char(','));
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString &theme : themes) {
        w.setTheme(Theme::fromId(theme));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            w.setLanguage(language);
            QCoreApplication::processEvents();
            for (int i = 0; i < w.tabs()->count(); ++i) {
                w.tabs()->setCurrentIndex(i);
                QTest::qWait(50);
                const QString name = QStringLiteral("%1/%2-%3-%4-%5.png").arg(dir, prefix, language, theme, w.currentTabId());
                QVERIFY(w.grab().save(name));
            }
            auto *recommend = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")));
            QVERIFY(recommend);
            w.showTab(QStringLiteral("recommend"));
            recommend->wizard()->next();
            QTest::qWait(50);
            QVERIFY(w.grab().save(QStringLiteral("%1/%2-%3-%4-question.png").arg(dir, prefix, language, theme)));
            recommend->wizard()->showResult();
            recommend->setAnalystMode(true);
            QTest::qWait(50);
            QVERIFY(w.grab().save(QStringLiteral("%1/%2-%3-%4-result.png").arg(dir, prefix, language, theme)));
            recommend->setAnalystMode(false);
            recommend->wizard()->restart();
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->menuRole() == QAction::AboutRole) {
                    withModalDialog([a] { a->trigger(); }, [&](QDialog *d) {
                        QTest::qWait(50);
                        d->grab().save(QStringLiteral("%1/%2-%3-%4-about.png").arg(dir, prefix, language, theme));
                    });
                }
            }
        }
    }
    w.setTheme(Theme::Choice::System);
    w.setLanguage(QStringLiteral("en"));
}

// The screen is the platform's, set before the application starts: a configuration file
// for the offscreen platform with one screen of VERSUS_TEST_SCREEN pixels.
int main(int argc, char *argv[])
{
    QByteArray spec = qgetenv("VERSUS_TEST_SCREEN");
    if (spec.isEmpty())
        spec = "1280x720";
    const QList<QByteArray> size = spec.split('x');
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (width <= 0 || height <= 0) {
        std::fprintf(stderr, "VERSUS_TEST_SCREEN: WIDTHxHEIGHT, not %s\n", spec.constData());
        return 2;
    }
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2, "
                              "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(width)
                   .arg(height)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
