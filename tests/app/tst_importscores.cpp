#include "app/charts/chartsview.h"
#include "app/evidence/changesdialog.h"
#include "app/evidence/evidenceactions.h"
#include "app/evidence/importdialog.h"
#include "app/matrix/matrixview.h"
#include "core/matrix/matrixfiltermodel.h"
#include "core/matrix/matrixmodel.h"
#include "app/shell/mainwindow.h"
#include "core/dataset/datasetloader.h"
#include "core/evidence/csvreader.h"
#include "tests/testutil.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// File → Import Scores… on the real window: the review lists every row with its line, an
// unmatched row is mapped by hand, the window then shows the dataset with the scores, which
// File → Save Dataset As… writes and View → Compare with Dataset… compares.
class TestImportScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reviewMapSaveCompare();
    void matrixPaneListsIndependentEvidence();

private:
    static QString data(const char *name) { return QStringLiteral(VERSUS_TEST_DATA "/evidence/") + QLatin1String(name); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestImportScores::initTestCase()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDataset(QString()));
}

void TestImportScores::cleanupTestCase()
{
    EvidenceActions::setTestHooks({});
    m_window.reset();
}

void TestImportScores::reviewMapSaveCompare()
{
    const qsizetype bundledScores = m_window->dataset()->scores.size();
    const QString saved = m_dir.filePath(QStringLiteral("with-evidence.json"));
    const QString bundledCopy = m_dir.filePath(QStringLiteral("bundled.json"));
    QFile copy(bundledCopy);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(TestUtil::bundledBytes());
    copy.close();
    EvidenceActions::setTestHooks({[] { return QStringList{data("gpqa_diamond.csv"), data("math_level_5.csv")}; },
                                   [bundledCopy] { return bundledCopy; }, [saved] { return saved; }});
    QVERIFY(m_window->fileMenu()->actions().contains(action("importScoresAction")));
    action("importScoresAction")->trigger();
    ImportDialog *review = m_window->evidenceActions()->reviewDialog();
    QVERIFY(review);
    QVERIFY(QTest::qWaitForWindowExposed(review));
    QTableWidget *table = review->table();
    QCOMPARE(table->rowCount(), 8 + 3); // every row of both files, matched or not
    QCOMPARE(table->item(2, ImportDialog::LineColumn)->text(), QStringLiteral("5"));
    QCOMPARE(table->item(2, ImportDialog::NameColumn)->text(), QStringLiteral("DeepSeek-R1-Distill-Qwen-14B"));
    auto *distill = qobject_cast<QComboBox *>(table->cellWidget(2, ImportDialog::ModelColumn));
    QCOMPARE(distill->currentIndex(), 0); // skipped: no model of the dataset is this distill
    // "Qwen3-32B (Qwen)" at line 4 of math_level_5.csv matched nothing; the user maps it.
    QCOMPARE(table->item(10, ImportDialog::NameColumn)->text(), QStringLiteral("Qwen3-32B (Qwen)"));
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(10, ImportDialog::ModelColumn));
    QCOMPARE(combo->currentIndex(), 0);
    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("Qwen3-32B"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("qwen3-32b"));
    const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOT_DIR"); // to look at them
    if (!dir.isEmpty()) {
        review->grab().save(QDir(dir).filePath(QStringLiteral("import-review.png")));
        m_window->setLanguage(QStringLiteral("zh_CN"));
        QTest::qWait(100); // the language change is an event
        review->grab().save(QDir(dir).filePath(QStringLiteral("import-review-zh.png")));
        m_window->setLanguage(QStringLiteral("en"));
        QTest::qWait(100);
    }
    QPushButton *import = review->importButton();
    QCOMPARE(import->text(), QStringLiteral("&Import"));
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(m_window->dataset()->scores.size(), bundledScores + 5 + 2 + 1);
    const Score &mapped = m_window->dataset()->scores.constLast();
    QCOMPARE(mapped.model, QStringLiteral("qwen3-32b"));
    QCOMPARE(mapped.reportedModel, QStringLiteral("Qwen3-32B (Qwen)"));
    QCOMPARE(mapped.sourceLine, 4);
    QCOMPARE(mapped.evaluator, QStringLiteral("Epoch AI"));
    if (!dir.isEmpty() && m_window->showTab(QStringLiteral("models"))) {
        QTest::qWait(200);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("models-independent.png")));
    }

    // The Charts tab draws the gap between the makers' scores and Epoch AI's.
    auto *charts = qobject_cast<ChartsView *>(m_window->view(QStringLiteral("charts")));
    QVERIFY(charts && m_window->showTab(QStringLiteral("charts")));
    QVERIFY(charts->showChart(QStringLiteral("evidence-gap")));
    QVERIFY(charts->chart());
    QVERIFY(!charts->chart()->series().isEmpty());
    if (!dir.isEmpty()) {
        QTest::qWait(200);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("charts-gap.png")));
    }

    action("saveDatasetAsAction")->trigger();
    const DatasetLoader::Result reread = DatasetLoader::loadFile(saved);
    QVERIFY(reread.ok());
    QCOMPARE(reread.dataset->scores.size(), bundledScores + 8);

    action("compareDatasetAction")->trigger();
    auto *changes = m_window->findChild<ChangesDialog *>();
    QVERIFY(changes);
    QCOMPARE(changes->tree()->topLevelItemCount(), 8 + 1 + 2); // scores, the new benchmark, a source a file
    for (int i = 0; i < changes->tree()->topLevelItemCount(); ++i)
        QVERIFY(changes->tree()->topLevelItem(i)->text(1).startsWith(QStringLiteral("scores/"))
                || changes->tree()->topLevelItem(i)->text(1).startsWith(QStringLiteral("sources/"))
                || changes->tree()->topLevelItem(i)->text(1) == QStringLiteral("benchmarks/math-level-5"));
    if (!dir.isEmpty())
        changes->grab().save(QDir(dir).filePath(QStringLiteral("changes.png")));
    changes->close();

    const QString csv = m_dir.filePath(QStringLiteral("scores.csv"));
    EvidenceActions::setTestHooks({{}, {}, [csv] { return csv; }});
    action("exportScoresAction")->trigger();
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CsvReader::Result rows = CsvReader::parse(f.readAll());
    QVERIFY(rows.ok());
    QCOMPARE(rows.records.size(), bundledScores + 8 + 1);
    QCOMPARE(rows.records.constLast().fields.at(0), QStringLiteral("qwen3-32b"));
    QCOMPARE(rows.records.constLast().fields.at(8), QStringLiteral("Epoch AI"));
}

// The Qwen coding cell names SWE-bench Verified: an Epoch AI score of a Qwen model on it is
// listed in the Matrix pane, with its file and line.
void TestImportScores::matrixPaneListsIndependentEvidence()
{
    const QString path = m_dir.filePath(QStringLiteral("swe_bench_verified.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Model version,Best score (across scorers),stderr\nQwen3-Coder-480B-A35B-Instruct,0.552,0.022\n");
    f.close();
    m_window->evidenceActions()->importFiles({path});
    ImportDialog *review = m_window->evidenceActions()->reviewDialog();
    QVERIFY(review && QTest::qWaitForWindowExposed(review));
    QTest::mouseClick(review->importButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->dataset()->scores.constLast().value, 55.2);
    auto *matrix = qobject_cast<MatrixView *>(m_window->view(QStringLiteral("matrix")));
    QVERIFY(matrix && m_window->showTab(QStringLiteral("matrix")));
    int row = -1;
    for (int r = 0; r < matrix->model()->rowCount(); ++r)
        row = matrix->model()->dimensionAt(r).id == QLatin1String("coding") ? r : row;
    QVERIFY(row >= 0);
    const QModelIndex cell =
        matrix->filterModel()->mapFromSource(matrix->model()->index(row, matrix->model()->columnOfFamily(QStringLiteral("qwen"))));
    matrix->table()->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect);
    const QString pane = matrix->findChild<QTextBrowser *>(QStringLiteral("matrixDetail"))->toPlainText();
    QVERIFY2(pane.contains(QStringLiteral("Independent evidence")), qPrintable(pane));
    QVERIFY2(pane.contains(QStringLiteral("Qwen3-Coder-480B-A35B-Instruct, SWE-bench Verified: Epoch AI 55.2 ±2.2 resolved %")), qPrintable(pane.right(600)));
    QVERIFY(pane.contains(QStringLiteral("swe_bench_verified.csv")));
    QVERIFY(pane.contains(QStringLiteral("line 2")));
}

QTEST_MAIN(TestImportScores)
#include "tst_importscores.moc"
