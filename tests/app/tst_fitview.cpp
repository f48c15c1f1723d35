#include "app/charts/charthover.h"
#include "app/fit/fitcontextchart.h"
#include "app/fit/fittablemodel.h"
#include "app/fit/fitview.h"
#include "core/charts/chartdata.h"
#include "core/fit/fit.h"
#include "tests/app/chartpointer.h"
#include "core/dataset/datasetloader.h"

#include <QCheckBox>
#include <QSettings>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QToolTip>
#include <QtTest>

#include <cmath>

// The Fit tab driven as a user drives it: keys on the device, precision and context
// controls, then the rows read back. Figures worked by hand in tests/core/tst_fit.cpp.
class TestFitView : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_data;

    // Presses Down (from the top) until the combo shows the item with data id.
    static bool chooseWithKeys(QComboBox *combo, const QString &id)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData().toString() != id; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentData().toString() == id;
    }
    static int rowOf(const QAbstractItemModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, FitTableModel::ModelColumn).data().toString() == name)
                return row;
        }
        return -1;
    }
    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LocalizedText::setCurrentLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_data = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_data);
        QSettings().remove(QStringLiteral("fit")); // a previous run's choices
    }

    void rtx4090Q4At32K()
    {
        FitView view(m_data);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(chooseWithKeys(view.deviceCombo(), QStringLiteral("rtx-4090")));
        QVERIFY(chooseWithKeys(view.weightsCombo(), QStringLiteral("q4_k_m")));
        QVERIFY(chooseWithKeys(view.kvCombo(), QStringLiteral("bf16")));
        view.contextSlider()->setFocus();
        QTest::keyClick(view.contextSlider(), Qt::Key_Home); // 1,024 tokens
        for (int i = 0; i < 5; ++i)                           // ×2 each: 32,768
            QTest::keyClick(view.contextSlider(), Qt::Key_Right);
        settle();
        QCOMPARE(view.model()->request().context, 32768);
        const QAbstractItemModel *rows = view.table()->model();
        QCOMPARE(rows->rowCount(), m_data->models.size());

        const int q8 = rowOf(rows, QStringLiteral("Qwen3-8B"));
        QVERIFY(q8 >= 0);
        QCOMPARE(cell(rows, q8, FitTableModel::FitColumn), QStringLiteral("fits"));
        QCOMPARE(cell(rows, q8, FitTableModel::MemoryColumn), QStringLiteral("11.0 GB of 24.0 GB")); // 10,970,958,208 B
        QVERIFY(cell(rows, q8, FitTableModel::ContextColumn).startsWith(QLatin1String("121,126 tokens")));
        QVERIFY(cell(rows, q8, FitTableModel::SpeedColumn).contains(QLatin1String("103.6")));
        QVERIFY(cell(rows, q8, FitTableModel::SpeedColumn).contains(QLatin1String("upper bound")));
        const int q32 = rowOf(rows, QStringLiteral("Qwen3-32B"));
        QCOMPARE(cell(rows, q32, FitTableModel::FitColumn), QStringLiteral("does not fit"));
        QCOMPARE(cell(rows, q32, FitTableModel::ContextColumn), QStringLiteral("9,321 tokens"));
        const int q72 = rowOf(rows, QStringLiteral("Qwen2.5-72B-Instruct"));
        QCOMPARE(cell(rows, q72, FitTableModel::ContextColumn), QStringLiteral("not stated"));
        QVERIFY(cell(rows, q72, FitTableModel::MemoryColumn).startsWith(QLatin1String("not stated")));

        // A row's working: formulas, numbers, sources.
        view.table()->setFocus();
        view.table()->setCurrentIndex(rows->index(q8, 0));
        settle();
        const QString details = view.details()->toPlainText();
        QVERIFY(details.contains(QStringLiteral("2 (K and V) × layers × KV heads × head_dim")));
        QVERIFY(details.contains(QLatin1String("head_dim = 128 (secondary source")));
        QVERIFY(details.contains(QLatin1String("assumption")));

        // The chart of memory against context: two chosen models, the device's memory as a line.
        QTest::keyClick(view.table(), Qt::Key_Up, Qt::ShiftModifier);
        settle();
        const QList<ChartSeriesData> series = view.chart()->data().series;
        QCOMPARE(series.size(), 2);
        const auto eightB = std::find_if(series.cbegin(), series.cend(),
                                         [](const ChartSeriesData &s) { return s.name == QLatin1String("Qwen3-8B"); });
        QVERIFY(eightB != series.cend());
        // Its line ends at its longest stated context, 131,072 tokens (extended): 1K to 128K.
        QCOMPARE(eightB->points.size(), Fit::contextSteps().indexOf(131072) + 1);
        auto bytesAt = [&](qsizetype step) { return qint64(std::llround(eightB->points.at(step).y * 1e9)); };
        QCOMPARE(bytesAt(Fit::contextSteps().indexOf(32768)), 10970958208LL);
        QCOMPARE(bytesAt(0), 4894400000LL + 147456LL * 1024 + 1244720000LL);
        // Drawn by the Qt Charts backend, with the device's memory as a labelled line.
        QVERIFY(view.chart()->chartView()->isVisible());
        QVERIFY(view.chart()->chartView()->chart()->series().size() >= 2);
        QCOMPARE(view.chart()->data().referenceLines.first().y, view.model()->request().memoryGB);
        // Hovering a point says what it is: the model, the context and the memory it needs; the
        // one at the chosen context too, where the "context chosen" line crosses it.
        QScatterSeries *points = nullptr;
        for (QAbstractSeries *s : view.chart()->chartView()->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->name() == QLatin1String("Qwen3-8B"))
                points = scatter;
        }
        QVERIFY(points);
        view.activateWindow(); // a scene sends hover events to an active window's view
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(ChartPointer::moveTo(view.chart()->chartView(), points, int(Fit::contextSteps().indexOf(32768))));
        QTRY_VERIFY2(view.chart()->hover()->lastText().startsWith(QLatin1String("Qwen3-8B at 32,768 tokens: 11.0 GB on a device")),
                     qPrintable(view.chart()->hover()->lastText()));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.chart()->hover()->lastText());
        if (qEnvironmentVariableIsSet("VERSUS_SCREENSHOTS"))
            view.grab().save(QStringLiteral("/tmp/fitview-chart.png"));

        // Only what fits.
        QTest::mouseClick(view.onlyFittingBox(), Qt::LeftButton, {}, QPoint(4, view.onlyFittingBox()->height() / 2));
        settle();
        QVERIFY(view.onlyFittingBox()->isChecked());
        QVERIFY(rowOf(rows, QStringLiteral("Qwen3-8B")) >= 0);
        QCOMPARE(rowOf(rows, QStringLiteral("Qwen3-32B")), -1);
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString fit = cell(rows, row, FitTableModel::FitColumn);
            QVERIFY2(fit == QLatin1String("fits") || fit == QLatin1String("tight"), qPrintable(fit));
        }
        if (qEnvironmentVariableIsSet("VERSUS_SCREENSHOTS"))
            view.grab().save(QStringLiteral("/tmp/fitview.png"));
    }

    void twoCardsAreNotOnePool()
    {
        FitView view(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.onlyFittingBox()->setChecked(false);
        QVERIFY(chooseWithKeys(view.deviceCombo(), QStringLiteral("rtx-4090")));
        QVERIFY(chooseWithKeys(view.weightsCombo(), QStringLiteral("q4_k_m")));
        QVERIFY(chooseWithKeys(view.kvCombo(), QStringLiteral("bf16")));
        view.countSpin()->setFocus();
        view.countSpin()->selectAll();
        QTest::keyClicks(view.countSpin(), QStringLiteral("2"));
        view.contextSlider()->setFocus();
        QTest::keyClick(view.contextSlider(), Qt::Key_End); // 1,048,576
        QElapsedTimer timer;
        timer.start();
        int steps = 0;
        while (view.contextSlider()->value() > 0) { // the slider moving, an update each step
            QTest::keyClick(view.contextSlider(), Qt::Key_Left);
            settle();
            ++steps;
        }
        const qint64 perStep = timer.elapsed() / qMax(1, steps);
        qInfo("%lld ms a slider step (sanitizer build)", perStep);
        QVERIFY2(perStep < 1000, qPrintable(QString::number(perStep)));
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp); // 2,048
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp);
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp);
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp);
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp);
        QTest::keyClick(view.contextSlider(), Qt::Key_PageUp);
        settle();
        QCOMPARE(view.model()->request().context, 65536);
        QCOMPARE(view.model()->request().count, 2);
        const QAbstractItemModel *rows = view.table()->model();
        const int q32 = rowOf(rows, QStringLiteral("Qwen3-32B"));
        // Each card: 9,788,800,000 + 262,144 × 65,536 ÷ 2 + 1,489,440,000 = 19,868,174,592 B.
        QCOMPARE(cell(rows, q32, FitTableModel::MemoryColumn), QStringLiteral("19.9 GB of 24.0 GB on each of 2 devices"));
        QCOMPARE(cell(rows, q32, FitTableModel::FitColumn), QStringLiteral("fits"));
        QVERIFY(cell(rows, q32, FitTableModel::ContextColumn).startsWith(QLatin1String("97,059 tokens")));
        QVERIFY(cell(rows, q32, FitTableModel::ContextColumn).contains(QLatin1String("beyond the native 32,768")));
    }
};

QTEST_MAIN(TestFitView)
#include "tst_fitview.moc"
