// View → Language switches the running application between English and Simplified
// Chinese: menus, tab titles, the window title, the Document tab (the dataset's texts),
// Qt's own buttons and the locale follow at once, and the choice is remembered.
#include "documentview.h"
#include "language.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

namespace {
QAction *languageAction(MainWindow &w, const QString &language)
{
    auto *menu = w.findChild<QMenu *>(QStringLiteral("languageMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == language)
            return a;
    }
    return nullptr;
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesAtRuntime();
};

void TestLanguageSwitch::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("VersusTest"));
    QApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
}

void TestLanguageSwitch::switchesAtRuntime()
{
    MainWindow w;
    QVERIFY(w.openDataset(QString()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showTab(QStringLiteral("document")));
    DocumentView *doc = w.documentView();
    QVERIFY(doc);
    const int documentTab = w.tabs()->currentIndex();

    // English first.
    QCOMPARE(w.tabs()->tabText(documentTab), QStringLiteral("Document"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("DeepSeek vs Alibaba Qwen")));
    QVERIFY(doc->browser()->toPlainText().contains(QStringLiteral("Feature Comparison")));
    QCOMPARE(w.viewMenu()->title(), QStringLiteral("&View"));
    const QList<QAction *> actions = w.findChildren<QAction *>();
    const auto helpAction = std::find_if(actions.begin(), actions.end(), [](QAction *a) {
        return a->shortcuts().contains(QKeySequence(QKeySequence::HelpContents));
    });
    QVERIFY(helpAction != actions.end());
    (*helpAction)->trigger();
    auto *help = w.findChild<QDialog *>(QStringLiteral("helpDialog"));
    QVERIFY(help);
    QCOMPARE(help->windowTitle(), QStringLiteral("Versus Help"));

    QAction *chinese = languageAction(w, QStringLiteral("zh_CN"));
    QAction *english = languageAction(w, QStringLiteral("en"));
    QVERIFY(chinese && english);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    QVERIFY(english->isChecked());

    chinese->trigger();
    QTRY_COMPARE(w.tabs()->tabText(documentTab), QStringLiteral("文档"));
    QVERIFY2(w.windowTitle().contains(QStringLiteral("Versus"))
                 && w.windowTitle().contains(QStringLiteral("DeepSeek 与阿里巴巴通义千问 Qwen 对比")),
             qPrintable(w.windowTitle()));
    QCOMPARE(w.viewMenu()->title(), QStringLiteral("视图(&V)"));
    QVERIFY(chinese->isChecked());
    QCOMPARE(help->windowTitle(), QStringLiteral("Versus 帮助"));
    // The Document tab re-renders the dataset's texts and its own.
    const QString text = doc->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("DeepSeek 与阿里巴巴通义千问 Qwen 对比")));
    QVERIFY(text.contains(QStringLiteral("功能对比")));
    QVERIFY(text.contains(QStringLiteral("维度")));
    QVERIFY(text.contains(QStringLiteral("混合专家（MoE）")));
    QVERIFY(!text.contains(QStringLiteral("Feature Comparison")));
    QCOMPARE(doc->contents()->topLevelItem(1)->text(0), QStringLiteral("功能对比"));
    QCOMPARE(doc->findEdit()->placeholderText(), QStringLiteral("在文档中查找"));
    // Qt's own strings and the locale follow.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().toString(1234567), QLocale(QLocale::Chinese, QLocale::China).toString(1234567));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));

    // And back.
    english->trigger();
    QTRY_COMPARE(w.tabs()->tabText(documentTab), QStringLiteral("Document"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("DeepSeek vs Alibaba Qwen")));
    QVERIFY(doc->browser()->toPlainText().contains(QStringLiteral("Feature Comparison")));
    QCOMPARE(help->windowTitle(), QStringLiteral("Versus Help"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
