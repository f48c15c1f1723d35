#include "core/dataset/datasetloader.h"
#include "app/document/documentview.h"
#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"

#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <array>

#include <QSettings>
#include <QTabWidget>
#include <QTextTable>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestDocumentView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowOpensOnTheDocument();
    void opensAPassageAndHighlightsTheQuote_data();
    void opensAPassageAndHighlightsTheQuote();
    void unknownPassage();
    void statusLineSaysWhatTheCellDoesNot();
    void chineseKeepsBodySizeUpright();
    void findHighlightsMatches();
    void contentsListEverySection();
    void brokenDatasetKeepsTheCurrentOne();
    void remembersTheLastTab();
    void largeDatasetOpensInTheBackground();
    void backgroundOpenCanBeCancelled();
};

namespace {
// The bundled dataset padded with white space past the size opened in the background.
QString writeLargeDataset(const QTemporaryDir &dir, const QByteArray &tail = {})
{
    QFile bundled(QStringLiteral(":/data/versus.json"));
    bundled.open(QIODevice::ReadOnly);
    QByteArray data = bundled.readAll();
    data.append(QByteArray(MainWindow::BackgroundLoadBytes + 1024, ' '));
    data.append(tail);
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(data);
    return path;
}
} // namespace

void TestDocumentView::initTestCase()
{
    QSettings().clear();
}

// Issue 17: under a cell, "Anticipated" alone where the statement is the cell's own text.
void TestDocumentView::statusLineSaysWhatTheCellDoesNot()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    QVERIFY(window.showTab(QStringLiteral("document")));
    const QString text = window.documentView()->browser()->toPlainText();
    const auto dataset = window.dataset();
    int repeats = 0, marks = 0;
    for (const Dimension &dim : dataset->dimensions) {
        for (const Cell &cell : dim.cells) {
            for (const Statement &st : cell.statements) {
                const Status *status = dataset->status(st.status);
                if (!status || dataset->statusRank(st.status) <= 0)
                    continue;
                ++marks;
                if (cell.text.text().simplified().contains(st.text.text().simplified()))
                    repeats += text.contains(status->name.text() + QStringLiteral(": ") + st.text.text().simplified());
            }
        }
    }
    QVERIFY(marks > 0);
    QCOMPARE(repeats, 0);
}

// Issue 17: Chinese text keeps at least the body size, takes no synthetic italic and no
// underline; English keeps its italics.
void TestDocumentView::chineseKeepsBodySizeUpright()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    QVERIFY(window.showTab(QStringLiteral("document")));
    auto count = [&window](bool hanOnly) {
        int italic = 0, small = 0, underlined = 0;
        const QTextDocument *doc = window.documentView()->browser()->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QString t = f.text();
                const bool han = std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
                if (hanOnly && !han)
                    continue;
                const QTextCharFormat format = f.charFormat();
                italic += format.fontItalic();
                small += format.property(QTextFormat::FontSizeAdjustment).toInt() < 0
                         || (format.fontPointSize() > 0 && format.fontPointSize() < doc->defaultFont().pointSizeF() - 0.01);
                underlined += format.fontUnderline();
            }
        }
        return std::array<int, 3>{italic, small, underlined};
    };
    const auto english = count(false);
    QVERIFY(english[0] > 0); // the statuses' words
    window.setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(window.documentView()->browser()->toPlainText().contains(QStringLiteral("阿里巴巴")));
    const auto chinese = count(true);
    QCOMPARE(chinese[0], 0);
    QCOMPARE(chinese[1], 0);
    QCOMPARE(chinese[2], 0);
    window.setLanguage(QStringLiteral("en"));
}

void TestDocumentView::windowOpensOnTheDocument()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Versus")));
    // A fresh start shows the Overview, the first tab; the Document is the next.
    QCOMPARE(window.currentTabId(), QStringLiteral("overview"));
    QVERIFY(window.showTab(QStringLiteral("document")));
    QCOMPARE(window.currentTabId(), QStringLiteral("document"));
    DocumentView *document = window.documentView();
    QVERIFY(document);
    const QString text = document->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("DeepSeek vs Alibaba Qwen")));
    QVERIFY(text.contains(QStringLiteral("Reasoning and Research: DeepSeek's Core Advantage")));
    QVERIFY(text.contains(QStringLiteral("201 languages and dialects as of Qwen 3.5")));
    QVERIFY(text.contains(QStringLiteral("The Bottom Line")));
    // The feature table is a real table.
    QTextCursor cursor = document->browser()->document()->find(QStringLiteral("Backing & Organization"));
    QVERIFY(!cursor.isNull());
    QVERIFY(cursor.currentTable());
    QCOMPARE(cursor.currentTable()->rows(), 13);
}

void TestDocumentView::opensAPassageAndHighlightsTheQuote_data()
{
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("highlighted");

    QTest::newRow("paragraph with quote")
        << QStringLiteral("reasoning-2") << QStringLiteral("Thinking Mode for step-by-step deliberation")
        << QStringLiteral("Thinking Mode for step-by-step deliberation");
    QTest::newRow("whole table cell") << QStringLiteral("languages/qwen") << QString()
                                      << QStringLiteral("201 languages and dialects as of Qwen 3.5 — the widest "
                                                        "coverage of any open-source model family");
    QTest::newRow("verdict") << QStringLiteral("verdict-e-commerce")
                             << QStringLiteral("Qwen is already deployed at massive scale")
                             << QStringLiteral("Qwen is already deployed at massive scale");
    QTest::newRow("row name") << QStringLiteral("hardware") << QString() << QStringLiteral("Hardware Strategy");
}

void TestDocumentView::opensAPassageAndHighlightsTheQuote()
{
    QFETCH(QString, passage);
    QFETCH(QString, quote);
    QFETCH(QString, highlighted);
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    LocalizedText q;
    if (!quote.isEmpty())
        q.set(QStringLiteral("en"), quote);
    QVERIFY(window.showPassage(passage, q));
    QCOMPARE(window.currentTabId(), QStringLiteral("document"));
    DocumentView *document = window.documentView();
    QCOMPARE(document->highlightedPassage(), passage);
    QCOMPARE(document->highlightedText(), highlighted);
    // The highlight is drawn: one extra selection covers it.
    const auto selections = document->browser()->extraSelections();
    QVERIFY(std::any_of(selections.cbegin(), selections.cend(),
                        [&](const QTextEdit::ExtraSelection &s) { return s.cursor.selectedText() == highlighted; }));
}

void TestDocumentView::unknownPassage()
{
    MainWindow window;
    QVERIFY(window.openDataset(QString()));
    QVERIFY(!window.showPassage(QStringLiteral("no-such-passage")));
    QVERIFY(window.documentView()->highlightedPassage().isEmpty());
}

void TestDocumentView::findHighlightsMatches()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    QVERIFY(window.showTab(QStringLiteral("document"))); // a fresh start shows the Overview
    DocumentView *document = window.documentView();
    document->activateFind();
    QTRY_VERIFY(document->findEdit()->isVisible());
    QTest::keyClicks(document->findEdit(), QStringLiteral("Qwen3-Omni"));
    QVERIFY(document->matchCount() >= 3);
    QCOMPARE(document->currentMatch(), 0);
    QTest::keyClick(document->findEdit(), Qt::Key_Return);
    QCOMPARE(document->currentMatch(), 1);
    QTest::keyClick(document->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(document->currentMatch(), 0);
    QTest::keyClick(document->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(document->currentMatch(), document->matchCount() - 1);
    QCOMPARE(document->browser()->textCursor().selectedText(), QStringLiteral("Qwen3-Omni"));
    QTest::keyClicks(document->findEdit(), QStringLiteral("zzz"));
    QCOMPARE(document->matchCount(), 0);
    QTest::keyClick(document->findEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!document->findEdit()->isVisible());
}

void TestDocumentView::contentsListEverySection()
{
    MainWindow window;
    QVERIFY(window.openDataset(QString()));
    QTreeWidget *contents = window.documentView()->contents();
    QStringList titles;
    for (QTreeWidgetItemIterator it(contents); *it; ++it)
        titles.append((*it)->text(0));
    QVERIFY(titles.contains(QStringLiteral("Feature Comparison")));
    QVERIFY(titles.contains(QStringLiteral("Detailed Analysis")));
    QVERIFY(titles.contains(QStringLiteral("Hardware Independence and Geopolitical Risk")));
    QVERIFY(titles.contains(QStringLiteral("Open-Source Model Fine-Tuning")));
    QVERIFY(titles.contains(QStringLiteral("The Bottom Line")));
}

void TestDocumentView::brokenDatasetKeepsTheCurrentOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"versus-dataset\",\n  oops\n}");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    const auto before = window.dataset();
    QVERIFY(!window.openDataset(path));
    QCOMPARE(window.dataset(), before);
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY2(window.messageBar()->details().contains(path + QStringLiteral(":3:")),
             qPrintable(window.messageBar()->details()));
}

void TestDocumentView::remembersTheLastTab()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDataset(QString()));
        QVERIFY(window.showTab(QStringLiteral("document")));
        // A size that fits the offscreen platform's 800x600 screen: one that does not is
        // brought back within the screen (tst_screenfit).
        window.resize(700, 500);
        window.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("window/tab")).toString(), QStringLiteral("document"));
    MainWindow again;
    QVERIFY(again.openDataset(QString()));
    QCOMPARE(again.size(), QSize(700, 500));
}

void TestDocumentView::largeDatasetOpensInTheBackground()
{
    QTemporaryDir dir;
    const QString path = writeLargeDataset(dir);
    MainWindow window;
    window.show();
    QVERIFY(window.openDataset(QString()));
    window.openDatasetInBackground(path);
    QCOMPARE(window.datasetPath(), QString()); // not yet: the window stays on the current data
    QTRY_COMPARE_WITH_TIMEOUT(window.datasetPath(), path, 30000);
    QVERIFY(window.documentView()->browser()->toPlainText().contains(QStringLiteral("The Bottom Line")));

    // A broken large file: located problems in the message bar, the dataset kept.
    const QString broken = writeLargeDataset(dir, "x");
    window.openDatasetInBackground(broken);
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 30000);
    QVERIFY2(window.messageBar()->details().contains(broken + QLatin1Char(':')), qPrintable(window.messageBar()->details()));
    QCOMPARE(window.datasetPath(), path);
}

void TestDocumentView::backgroundOpenCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = writeLargeDataset(dir);
    MainWindow window;
    QVERIFY(window.openDataset(QString()));
    const auto before = window.dataset();
    window.openDatasetInBackground(path);
    window.cancelBackgroundLoad();
    QTest::qWait(3000); // the worker finishes; its result is dropped
    QCOMPARE(window.dataset(), before);
    QCOMPARE(window.datasetPath(), QString());
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
