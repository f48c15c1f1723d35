// The main window's own behaviour: Ctrl+F finds within the tab shown and never switches tabs;
// View → Theme sets a light or dark palette that the views follow, and remembers it; a
// language switch leaves no text of the other language on any tab or wizard page.
#include "app/charts/chartsview.h"
#include "app/document/documentview.h"
#include "app/matrix/matrixview.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"
#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"
#include "app/shell/settingskeys.h"
#include "app/shell/theme.h"
#include "core/i18n/language.h"
#include "core/recommend/answers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTextDocumentFragment>

namespace {
QAction *findAction(MainWindow &w)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcuts().contains(QKeySequence(QKeySequence::Find)))
            return a;
    }
    return nullptr;
}

QAction *menuAction(MainWindow &w, const QString &menu, const QString &data)
{
    if (auto *m = w.findChild<QMenu *>(menu)) {
        for (QAction *a : m->actions()) {
            if (a->data().toString() == data)
                return a;
        }
    }
    return nullptr;
}

bool showActive(QWidget *w)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return false;
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

// Every text a user sees now in the window: tab titles, labels, buttons, group boxes, the
// views' column headers. Each with where it is.
QStringList visibleTexts(MainWindow &w)
{
    QStringList texts;
    auto add = [&texts](const QObject *o, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append(QStringLiteral("%1 \"%2\": %3").arg(QLatin1String(o->metaObject()->className()), o->objectName(), text));
    };
    for (int i = 0; i < w.tabs()->count(); ++i)
        add(w.tabs()->tabBar(), w.tabs()->tabText(i));
    for (const QLabel *l : w.findChildren<QLabel *>()) {
        if (l->isVisible())
            add(l, Qt::mightBeRichText(l->text()) ? QTextDocumentFragment::fromHtml(l->text()).toPlainText() : l->text());
    }
    for (const QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            add(b, b->text());
    }
    for (const QGroupBox *g : w.findChildren<QGroupBox *>()) {
        if (g->isVisible())
            add(g, g->title());
    }
    for (const QHeaderView *h : w.findChildren<QHeaderView *>()) {
        if (!h->isVisible() || !h->model() || h->orientation() != Qt::Horizontal)
            continue;
        for (int c = 0; c < h->model()->columnCount(); ++c) {
            if (!h->isSectionHidden(c))
                add(h, h->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    return texts;
}

// Every tab, and every page of the wizard, with texts(): the problems found on each.
QStringList walk(MainWindow &w, const std::function<QStringList(const QStringList &)> &problems)
{
    QStringList found;
    for (int i = 0; i < w.tabs()->count(); ++i) {
        w.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QTest::qWait(20);
        for (const QString &p : problems(visibleTexts(w)))
            found.append(w.currentTabId() + QStringLiteral(": ") + p);
    }
    auto *recommend = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")));
    w.showTab(QStringLiteral("recommend"));
    RecommendWizard *wizard = recommend->wizard();
    wizard->restart();
    for (int guard = 0; guard < 50 && wizard->currentId() != -1; ++guard) {
        QCoreApplication::processEvents();
        for (const QString &p : problems(visibleTexts(w)))
            found.append(wizard->currentPage()->objectName() + QStringLiteral(": ") + p);
        if (wizard->currentId() == RecommendWizard::Page_Result)
            break;
        wizard->next();
    }
    wizard->restart();
    return found;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("VersusTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        Language::apply(QStringLiteral("en"));
    }
    void cleanup()
    {
        Theme::apply(Theme::Choice::System);
        Language::apply(QStringLiteral("en"));
    }
    void findStaysInTheTab();
    void themeFollowsTheMenu();
    void languageSwitchLeavesNoOtherLanguage();
    void everythingByKeyboard();
    void opensAnswersFiles();
};

// `versus FILE` and a drop: an answers file (by its name, or a JSON object of option ids with
// no "format" member) opens the Recommend tab on its recommendation; a dataset stays a
// dataset; a bad answer is reported with the file and the answer, and the window stays.
void TestMainWindow::opensAnswersFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString byContent = write(QStringLiteral("mine.json"),
                                    "{\"use-case\": \"edge-on-device\", \"priority\": \"cost\"}");
    const QString byName = write(QStringLiteral("team.answers.json"), "{\"use-case\": \"nonsense\"}");
    const QString dataset = write(QStringLiteral("data.json"), "{\"format\": \"versus-dataset\", \"formatVersion\": 1}");
    QVERIFY(AnswersFile::isAnswersFile(byContent));
    QVERIFY(AnswersFile::isAnswersFile(byName)); // by name, though its answer is bad
    QVERIFY(!AnswersFile::isAnswersFile(dataset));
    QVERIFY(!AnswersFile::isAnswersFile(QStringLiteral(VERSUS_TEST_DATA "/three-families.json")));

    MainWindow w;
    QVERIFY(showActive(&w));
    QVERIFY(w.openFile(byContent));
    QCOMPARE(w.currentTabId(), QStringLiteral("recommend"));
    auto *wizard = w.findChild<RecommendWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
    QCOMPARE(wizard->answers().value(QStringLiteral("use-case")), QStringLiteral("edge-on-device"));
    QCOMPARE(wizard->answers().value(QStringLiteral("priority")), QStringLiteral("cost"));
    QVERIFY(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(byContent)));

    QVERIFY(!w.openFile(byName));
    QVERIFY(w.messageBar()->isVisible());
    QVERIFY2(w.messageBar()->details().contains(byName) && w.messageBar()->details().contains(QLatin1String("use-case")),
             qPrintable(w.messageBar()->details()));
    QCOMPARE(wizard->answers().value(QStringLiteral("use-case")), QStringLiteral("edge-on-device")); // nothing lost

    QVERIFY(!w.openFile(dataset)); // a dataset's own error, not the answers'
    QVERIFY2(!w.messageBar()->details().contains(QLatin1String("option id")), qPrintable(w.messageBar()->details()));
}

// Tabs by Ctrl+Tab and Ctrl+PgUp/PgDown; every menu by its mnemonic, every item in it by a
// mnemonic or a shortcut (the language names, each written in itself, by the arrow keys).
void TestMainWindow::everythingByKeyboard()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    QVERIFY(showActive(&w));
    QCOMPARE(w.currentTabId(), QStringLiteral("overview"));
    QTest::keyClick(&w, Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(w.currentTabId(), QStringLiteral("document"));
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(w.currentTabId(), QStringLiteral("matrix"));
    QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(w.currentTabId(), QStringLiteral("document"));
    QStringList missing;
    for (QAction *top : w.menuBar()->actions()) {
        if (!top->text().contains(QLatin1Char('&')))
            missing.append(top->text());
        QMenu *menu = top->menu();
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu() == w.findChild<QMenu *>(QStringLiteral("languageMenu")))
                continue;
            if (!a->text().contains(QLatin1Char('&')) && a->shortcut().isEmpty())
                missing.append(top->text() + QStringLiteral(" → ") + a->text());
        }
    }
    if (QMenu *theme = w.findChild<QMenu *>(QStringLiteral("themeMenu"))) {
        for (QAction *a : theme->actions())
            QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestMainWindow::findStaysInTheTab()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    QVERIFY(showActive(&w));
    QAction *find = findAction(w);
    QVERIFY(find);
    // Where a tab has nothing to search, Find is disabled and Ctrl+F leaves the tab as it is.
    for (const QString &tab : {QStringLiteral("charts"), QStringLiteral("recommend"), QStringLiteral("overview")}) {
        QVERIFY(w.showTab(tab));
        QCoreApplication::processEvents();
        QVERIFY2(!find->isEnabled(), qPrintable(tab));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(w.currentTabId(), tab);
    }
    // Where it has, Ctrl+F goes to its own search field.
    QVERIFY(w.showTab(QStringLiteral("matrix")));
    auto *matrix = qobject_cast<MatrixView *>(w.view(QStringLiteral("matrix")));
    QVERIFY(matrix);
    QTRY_VERIFY(matrix->isVisible());
    QVERIFY(find->isEnabled());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w.currentTabId(), QStringLiteral("matrix"));
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QVERIFY(matrix->isAncestorOf(edit));
    QVERIFY(w.showTab(QStringLiteral("document")));
    QTRY_VERIFY(w.documentView()->isVisible());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w.currentTabId(), QStringLiteral("document"));
    QVERIFY(w.documentView()->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindow::themeFollowsTheMenu()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    QVERIFY(showActive(&w));
    QVERIFY(w.showTab(QStringLiteral("charts")));
    auto *charts = qobject_cast<ChartsView *>(w.view(QStringLiteral("charts")));
    QVERIFY(charts);
    QVERIFY(w.showTab(QStringLiteral("matrix")));
    auto *matrix = qobject_cast<MatrixView *>(w.view(QStringLiteral("matrix")));
    QVERIFY(matrix);
    QAction *dark = menuAction(w, QStringLiteral("themeMenu"), QStringLiteral("dark"));
    QAction *light = menuAction(w, QStringLiteral("themeMenu"), QStringLiteral("light"));
    QAction *system = menuAction(w, QStringLiteral("themeMenu"), QStringLiteral("system"));
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked());
    QCOMPARE(dark->text(), QStringLiteral("&Dark"));

    dark->trigger();
    QCoreApplication::processEvents();
    QVERIFY(dark->isChecked());
    QCOMPARE(QSettings().value(SettingsKeys::Theme).toString(), QStringLiteral("dark"));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // The palette is Breeze Dark's: a dark window and view, light text.
    QCOMPARE(w.palette().color(QPalette::Window), QColor(0x31, 0x36, 0x3b));
    QCOMPARE(matrix->table()->palette().color(QPalette::Base), QColor(0x23, 0x26, 0x29));
    QVERIFY(w.palette().color(QPalette::WindowText).lightness() > 200);
    // The chart shown follows with Qt Charts' dark theme; the Matrix with its dark colours.
    QTRY_COMPARE(charts->chart()->theme(), QChart::ChartThemeDark);
    QTRY_VERIFY(charts->chart()->backgroundBrush().color().lightness() < 100);

    light->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(QSettings().value(SettingsKeys::Theme).toString(), QStringLiteral("light"));
    QVERIFY(w.palette().color(QPalette::Window).lightness() > 200);
    QTRY_VERIFY(charts->chart()->theme() != QChart::ChartThemeDark);
    system->trigger();
    QCOMPARE(QSettings().value(SettingsKeys::Theme).toString(), QStringLiteral("system"));
    QCOMPARE(Theme::current(), Theme::Choice::System);
    // The menu's names follow the language.
    w.setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(dark->text(), QStringLiteral("深色(&D)"));
}

// After a switch to English no visible text has a Han character; after a switch to Chinese
// none has a lowercase English word (dataset names such as "DeepSeek-V3" or "BF16" have none),
// and the wizard's own buttons are in Chinese.
void TestMainWindow::languageSwitchLeavesNoOtherLanguage()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    QVERIFY(showActive(&w));
    w.resize(1280, 720);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    // A lowercase English word ("models", "rows"); names are capitalised or carry digits, ids
    // are joined with "-" or "/" ("deepseek-vs-qwen", "flagship/qwen"), and Chinese writes "token".
    static const QRegularExpression english(QStringLiteral("(?<![-/.\\w])(?!tokens?\\b)[a-z]{3,}(?![-/.\\w])"));
    const auto chineseLeft = [](const QStringList &texts) {
        QStringList found;
        for (const QString &t : texts) {
            if (t.section(QStringLiteral(": "), 1).contains(han))
                found.append(t);
        }
        return found;
    };
    const auto englishLeft = [](const QStringList &texts) {
        QStringList found;
        for (const QString &t : texts) {
            QString text = t.section(QStringLiteral(": "), 1);
            text.remove(QLatin1Char('&'));
            if (text.contains(english))
                found.append(t);
        }
        return found;
    };
    // Every tab built and seen in English first, so that a switch has to re-translate them.
    QStringList found = walk(w, chineseLeft);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    w.statusBar()->showMessage(QStringLiteral("Opened the bundled dataset")); // as at start-up
    w.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    found = walk(w, englishLeft);
    found += englishLeft({QStringLiteral("status bar: ") + w.statusBar()->currentMessage()});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    RecommendWizard *wizard = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")))->wizard();
    for (const QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CustomButton1})
        QVERIFY2(wizard->button(b)->text().contains(han), qPrintable(wizard->button(b)->text()));
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    found = walk(w, chineseLeft);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
