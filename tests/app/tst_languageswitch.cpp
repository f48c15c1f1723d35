// View → Language switches the running application between English and Simplified
// Chinese: menus, tab titles, the window title, the Document tab (the dataset's texts),
// the Recommend tab's wizard (questions, options, the result), Qt's own buttons and the
// locale follow at once, and the choice is remembered. The Matrix and Charts tabs re-render
// their headers and chart titles.
#include "app/charts/chartsview.h"
#include "app/document/documentview.h"
#include "core/i18n/language.h"
#include "app/shell/mainwindow.h"
#include "core/matrix/matrixmodel.h"
#include "app/matrix/matrixview.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
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

// The text of the matrix's column header for a family (by id), or of column 0 with "".
QString matrixHeader(MatrixView *matrix, const QString &familyId)
{
    const QAbstractItemModel *model = matrix->table()->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (familyId.isEmpty() ? c == 0 : model->headerData(c, Qt::Horizontal, +MatrixModel::Role::FamilyId).toString() == familyId)
            return model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    return {};
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
    // The Recommend tab, open on its result page before the switch.
    QVERIFY(w.showTab(QStringLiteral("recommend")));
    const int recommendTab = w.tabs()->currentIndex();
    auto *recommend = qobject_cast<RecommendView *>(w.view(QStringLiteral("recommend")));
    QVERIFY(recommend);
    RecommendWizard *wizard = recommend->wizard();
    QuestionPage *useCase = wizard->questionPage(QStringLiteral("use-case"));
    QVERIFY(useCase);
    const auto optionTexts = [useCase] {
        QStringList texts;
        for (const QRadioButton *b : useCase->findChildren<QRadioButton *>())
            texts.append(b->text());
        return texts.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY(wizard->isVisible()); // a view added to a shown tab is shown by a queued call
    wizard->showResult();
    QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
    QCOMPARE(w.tabs()->tabText(recommendTab), QStringLiteral("Recommend"));
    QCOMPARE(useCase->title(), QStringLiteral("What are you building?"));
    QVERIFY(optionTexts().contains(QStringLiteral("Advanced mathematical and scientific reasoning")));
    QVERIFY(wizard->resultBrowser()->toPlainText().contains(QStringLiteral("Your answers")));
    // The Matrix and Charts tabs, built before the switch.
    QVERIFY(w.showTab(QStringLiteral("matrix")));
    const int matrixTab = w.tabs()->currentIndex();
    auto *matrix = qobject_cast<MatrixView *>(w.view(QStringLiteral("matrix")));
    QVERIFY(matrix);
    QCOMPARE(matrixHeader(matrix, QString()), QStringLiteral("Dimension"));
    QCOMPARE(matrixHeader(matrix, QStringLiteral("qwen")), QStringLiteral("Alibaba (Qwen)"));
    QVERIFY(w.showTab(QStringLiteral("charts")));
    const int chartsTab = w.tabs()->currentIndex();
    auto *charts = qobject_cast<ChartsView *>(w.view(QStringLiteral("charts")));
    QVERIFY(charts);
    QVERIFY(charts->showChart(QStringLiteral("benchmark-aime-2025")));
    QCOMPARE(charts->chart()->title(), QStringLiteral("AIME 2025: competition mathematics"));
    QVERIFY(w.showTab(QStringLiteral("document")));

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
    // The Recommend tab: its title, a question with its options, the result page.
    QCOMPARE(w.tabs()->tabText(recommendTab), QStringLiteral("推荐"));
    QCOMPARE(useCase->title(), QStringLiteral("你要构建什么？"));
    QVERIFY2(optionTexts().contains(QStringLiteral("高级数学与科学推理")), qPrintable(optionTexts()));
    QVERIFY(optionTexts().contains(QStringLiteral("无偏好")));
    QVERIFY(!optionTexts().contains(QStringLiteral("No preference")));
    const QString result = wizard->resultBrowser()->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("你的回答")) && !result.contains(QStringLiteral("Your answers")),
             qPrintable(result));
    // The Matrix's headers and the chart shown in the Charts tab.
    QCOMPARE(matrixHeader(matrix, QString()), QStringLiteral("维度"));
    QCOMPARE(matrixHeader(matrix, QStringLiteral("qwen")), QStringLiteral("阿里巴巴（通义千问 Qwen）"));
    QCOMPARE(w.tabs()->tabText(matrixTab), QStringLiteral("矩阵"));
    QCOMPARE(w.tabs()->tabText(chartsTab), QStringLiteral("图表"));
    QCOMPARE(charts->currentChartId(), QStringLiteral("benchmark-aime-2025"));
    QCOMPARE(charts->chart()->title(), QStringLiteral("AIME 2025：竞赛数学"));
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
    QCOMPARE(w.tabs()->tabText(recommendTab), QStringLiteral("Recommend"));
    QCOMPARE(useCase->title(), QStringLiteral("What are you building?"));
    QCOMPARE(matrixHeader(matrix, QString()), QStringLiteral("Dimension"));
    QCOMPARE(charts->chart()->title(), QStringLiteral("AIME 2025: competition mathematics"));
    QCOMPARE(help->windowTitle(), QStringLiteral("Versus Help"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
