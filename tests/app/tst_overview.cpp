// The Overview tab: the first screen, a real view of the dataset (a column per family),
// and one click into the wizard, the matrix or the charts.

#include "app/overview/overviewview.h"
#include "app/shell/mainwindow.h"
#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"

#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {
// The tables of the view's document, in order.
QList<QTextTable *> tables(QTextDocument *document)
{
    QList<QTextTable *> result;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            result.append(table);
    }
    return result;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText();
}

// Set VERSUS_SCREENSHOTS=DIR to look at the overview as a user sees it, top and bottom.
void saveScreenshot(QWidget *w, OverviewView *overview, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QScrollBar *bar = overview->browser()->verticalScrollBar();
    bar->setValue(0);
    w->grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png"));
    bar->setValue(bar->maximum());
    w->grab().save(dir + QLatin1Char('/') + name + QLatin1String("-end.png"));
    bar->setValue(0);
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    // A fresh start shows the Overview first; its buttons open the wizard, the matrix
    // and the charts.
    void firstTabAndButtons()
    {
        MainWindow w;
        w.resize(1100, 800);
        w.show();
        QVERIFY(w.openDataset(QString()));
        QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(w.currentTabId(), QStringLiteral("overview"));
        auto *overview = qobject_cast<OverviewView *>(w.view(QStringLiteral("overview")));
        QVERIFY(overview);
        QTRY_VERIFY(overview->isVisible());
        saveScreenshot(&w, overview, QStringLiteral("overview-en"));
        QTest::mouseClick(overview->wizardButton(), Qt::LeftButton);
        QCOMPARE(w.currentTabId(), QStringLiteral("recommend"));
        QVERIFY(w.showTab(QStringLiteral("overview")));
        QTest::mouseClick(overview->matrixButton(), Qt::LeftButton);
        QCOMPARE(w.currentTabId(), QStringLiteral("matrix"));
        QVERIFY(w.showTab(QStringLiteral("overview")));
        // The chart button by its mnemonic, as a keyboard user reaches it.
        QTRY_VERIFY(overview->chartButton()->isVisible());
        QTest::keyClick(&w, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(w.currentTabId(), QStringLiteral("charts"));

        w.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(w.showTab(QStringLiteral("overview")));
        QTRY_COMPARE(w.tabs()->tabText(0), QStringLiteral("概览"));
        QVERIFY(overview->browser()->toPlainText().contains(QStringLiteral("逐项看谁领先")));
        saveScreenshot(&w, overview, QStringLiteral("overview-zh"));
    }

    // The bundled dataset: one row per dimension, a column per family between the
    // dimension and "how sure"; the document's leader named in its column.
    void leadersTable()
    {
        const DatasetLoader::Result loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.dataset);
        const Dataset &d = *loaded.dataset;
        OverviewView view(loaded.dataset);
        const QList<QTextTable *> t = tables(view.browser()->document());
        QVERIFY(t.size() >= 2);
        QCOMPARE(t.at(0)->columns(), int(d.families.size()) + 2);
        QCOMPARE(t.at(0)->rows(), int(d.dimensions.size()) + 1);
        // Reasoning: the document favours DeepSeek, the first family; its cell says so in words.
        const int reasoning = int(std::find_if(d.dimensions.cbegin(), d.dimensions.cend(),
                                               [](const Dimension &x) { return x.id == QLatin1String("reasoning"); })
                                  - d.dimensions.cbegin());
        QVERIFY(reasoning < d.dimensions.size());
        QCOMPARE(d.dimensions.at(reasoning).favours, d.families.at(0).id);
        QCOMPARE(cellText(t.at(0), reasoning + 1, 1), d.families.at(0).shortName.text() + QStringLiteral(" leads"));
        QCOMPARE(cellText(t.at(0), reasoning + 1, 2), QString());
        // The verdicts: one row each.
        QCOMPARE(t.at(1)->rows(), int(d.verdicts.size()));
        // Right after the first paint: the figures (a column per family) and what became
        // of the document's anticipations, one row each under a header.
        QTRY_COMPARE(tables(view.browser()->document()).size(), 4);
        const QList<QTextTable *> all = tables(view.browser()->document());
        QCOMPARE(all.at(2)->columns(), int(d.families.size()));
        QCOMPARE(all.at(3)->rows(), int(d.anticipationChecks.size()) + 1);
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Since the document (as of %1)").arg(d.asOf)));
    }

    // A third family is a third column: three-families-matrix.json favours gamma on speed,
    // nobody on price and a tie on languages.
    void threeFamiliesThreeColumns()
    {
        const DatasetLoader::Result loaded = DatasetLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/three-families-matrix.json"));
        QVERIFY(loaded.dataset);
        OverviewView view(loaded.dataset);
        const QList<QTextTable *> t = tables(view.browser()->document());
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.at(0)->columns(), 5);
        QCOMPARE(t.at(0)->rows(), 4);
        QStringList header;
        for (int c = 0; c < 5; ++c)
            header.append(cellText(t.at(0), 0, c));
        const Dataset &d = *loaded.dataset;
        QCOMPARE(header.mid(1, 3), (QStringList{d.families.at(0).shortName.text(), d.families.at(1).shortName.text(),
                                               d.families.at(2).shortName.text()}));
        QCOMPARE(cellText(t.at(0), 1, 3), d.families.at(2).shortName.text() + QStringLiteral(" leads"));
        QCOMPARE(cellText(t.at(0), 2, 4), QStringLiteral("the document names no leader"));
        QCOMPARE(cellText(t.at(0), 3, 1), QStringLiteral("level"));
        QCOMPARE(cellText(t.at(0), 3, 2), QStringLiteral("level"));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
