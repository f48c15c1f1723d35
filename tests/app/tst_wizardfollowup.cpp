#include "app/recommend/followuppages.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"
#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "core/recommend/answers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The wizard's follow-up pages driven by keyboard: an answer that asks for the hardware or
// the volume leads to its page; the result then names the models that fit and what the
// volume costs. Expected figures by hand (see tst_followup for the arithmetic).
class TestWizardFollowUp : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_dataset;
    QTemporaryDir m_dir;

    static QWidget *focused() { return QApplication::focusWidget(); }
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png"));
    }
    static bool showActive(QWidget *w)
    {
        w->resize(1100, 760);
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            return false;
        QApplication::setActiveWindow(w);
        return QTest::qWaitForWindowActive(w);
    }
    // Return on each page until the wizard shows page id (or gives up).
    static bool returnUntil(RecommendWizard *wizard, int id)
    {
        for (int guard = 0; guard < 40 && wizard->currentId() != id; ++guard)
            QTest::keyClick(focused(), Qt::Key_Return);
        return wizard->currentId() == id;
    }
    static void typeInto(QAbstractSpinBox *spin, const QString &text)
    {
        QCOMPARE(focused(), spin);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
    }
    int deviceIndex(const QString &id) const
    {
        for (int i = 0; i < m_dataset->devices.size(); ++i) {
            if (m_dataset->devices.at(i).id == id)
                return i;
        }
        return -1;
    }
    int precisionIndex(const QString &id) const
    {
        for (int i = 0; i < m_dataset->precisions.size(); ++i) {
            if (m_dataset->precisions.at(i).id == id)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_dataset);
    }
    void init() { QSettings().clear(); }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void hardwarePageByKeyboard()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view));
        RecommendWizard *wizard = view.wizard();
        wizard->setAnswers({{QStringLiteral("use-case"), QStringLiteral("edge-on-device")}});
        wizard->restart();
        wizard->button(QWizard::NextButton)->setFocus();
        QVERIFY(returnUntil(wizard, RecommendWizard::Page_Hardware));
        HardwarePage *page = wizard->hardwarePage();
        // The device first: Down walks from "Not given" to the RTX 4090.
        QCOMPARE(focused(), page->deviceBox());
        const int rtx = deviceIndex(QStringLiteral("rtx-4090"));
        QVERIFY(rtx >= 0);
        for (int i = 0; i <= rtx; ++i)
            QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(page->deviceBox()->currentData().toString(), QStringLiteral("rtx-4090"));
        QVERIFY(!page->memoryBox()->isEnabled()); // a listed device: its memory is the data's
        // Tab skips the typed memory to the count, then the precision: Q4_K_M.
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), page->countBox());
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), page->precisionBox());
        for (int i = 0; i <= precisionIndex(QStringLiteral("q4_k_m")); ++i)
            QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(page->precisionBox()->currentData().toString(), QStringLiteral("q4_k_m"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeInto(page->contextBox(), QStringLiteral("32768"));
        QCOMPARE(wizard->followUps().hardware.context, 32768);
        shoot(&view, QStringLiteral("followup-hardware"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));

        // The result names the Qwen models that fit (the recommended family for edge use),
        // with their precision, memory and largest context, and DeepSeek's nearest.
        QCOMPARE(wizard->recommendation().recommendation, QStringLiteral("qwen"));
        const QString text = wizard->resultBrowser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("On your hardware")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("NVIDIA GeForce RTX 4090")));
        // Qwen3-30B-A3B: 23,492,925,472 B of 24e9, tight; largest context 37,926.
        QVERIFY(text.contains(QStringLiteral("Qwen3-30B-A3B")));
        QVERIFY(text.contains(QStringLiteral("23.5 GB of 24.0 GB (tight)")));
        QVERIFY(text.contains(QLocale().toString(37926) + QStringLiteral(" tokens")));
        // Qwen3-8B: 10,970,958,208 B.
        QVERIFY(text.contains(QStringLiteral("11.0 GB of 24.0 GB")));
        // Qwen3-32B needs 30.1 GB at Q4_K_M: not among those that fit.
        QVERIFY(!text.contains(QStringLiteral("Qwen3-32B\tQ4_K_M")) && !text.contains(QStringLiteral("30.1 GB")));
        QVERIFY(text.contains(QStringLiteral("None of DeepSeek's models fits; the nearest is")));
        shoot(&view, QStringLiteral("followup-result"));

        // Remembered: a new view has the hardware back; saved with the answers and loaded again.
        {
            RecommendView again(m_dataset);
            const HardwareAnswer h = again.wizard()->followUps().hardware;
            QCOMPARE(h.device, QStringLiteral("rtx-4090"));
            QCOMPARE(h.precision, QStringLiteral("q4_k_m"));
            QCOMPARE(h.context, 32768);
        }
        const QString path = m_dir.filePath(QStringLiteral("hardware.answers.json"));
        QString error;
        QVERIFY2(wizard->saveAnswers(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("use-case")).toString(), QStringLiteral("edge-on-device"));
        QCOMPARE(saved.value(QStringLiteral("hardware")).toObject().value(QStringLiteral("device")).toString(),
                 QStringLiteral("rtx-4090"));
        QVERIFY(!saved.contains(QStringLiteral("workload"))); // nothing asked for it
        wizard->startOver();
        QVERIFY(!wizard->followUps().hardware.isSet());
        QVERIFY2(wizard->loadAnswers(path, &error), qPrintable(error));
        QCOMPARE(wizard->hardwarePage()->deviceBox()->currentData().toString(), QStringLiteral("rtx-4090"));

        // The PDF says the same.
        const QString pdf = m_dir.filePath(QStringLiteral("hardware.pdf"));
        QVERIFY2(wizard->exportPdf(pdf, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("VERSUS_SCREENSHOTS") + QLatin1String("/followup.pdf"));
    }

    // A typed device: memory (and bandwidth) take the list's place.
    void typedDevice()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view));
        RecommendWizard *wizard = view.wizard();
        wizard->setAnswers({{QStringLiteral("deployment"), QStringLiteral("on-device")}});
        wizard->restart();
        wizard->button(QWizard::NextButton)->setFocus();
        QVERIFY(returnUntil(wizard, RecommendWizard::Page_Hardware));
        HardwarePage *page = wizard->hardwarePage();
        QTest::keyClick(focused(), Qt::Key_End); // "Another device: type its memory"
        QVERIFY(page->memoryBox()->isEnabled());
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeInto(page->memoryBox(), QStringLiteral("16"));
        const HardwareAnswer h = wizard->followUps().hardware;
        QVERIFY(h.device.isEmpty());
        QCOMPARE(h.memoryGB, 16.0);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        const QString text = wizard->resultBrowser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("a device of 16.0 GB")), qPrintable(text));
    }

    // The cost priority asks for the volume; the result shows its monthly cost.
    void workloadPageByKeyboard()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view));
        RecommendWizard *wizard = view.wizard();
        wizard->setAnswers({{QStringLiteral("priority"), QStringLiteral("cost")}});
        wizard->restart();
        wizard->button(QWizard::NextButton)->setFocus();
        QVERIFY(returnUntil(wizard, RecommendWizard::Page_Workload));
        WorkloadPage *page = wizard->workloadPage();
        typeInto(page->inputBox(), QStringLiteral("200"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeInto(page->outputBox(), QStringLiteral("40"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeInto(page->cachedBox(), QStringLiteral("30"));
        const WorkloadAnswer w = wizard->followUps().workload;
        QCOMPARE(w.inputMTok, 200.0);
        QCOMPARE(w.outputMTok, 40.0);
        QCOMPARE(w.cachedShare, 0.3);
        shoot(&view, QStringLiteral("followup-workload"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        QCOMPARE(wizard->recommendation().recommendation, QStringLiteral("deepseek"));
        const QString text = wizard->resultBrowser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("What it would cost")), qPrintable(text));
        // DeepSeek-V3 at 0.27 / 0.07 / 1.10 USD: 140 × 0.27 + 60 × 0.07 + 40 × 1.10 = 86.
        QVERIFY(text.contains(QStringLiteral("DeepSeek-V3")));
        QVERIFY(text.contains(QLocale().toString(86.0, 'f', 2) + QStringLiteral(" USD")));
        QVERIFY(text.contains(QStringLiteral("from 2025-02-08"))); // the price's date
        QVERIFY(text.contains(QStringLiteral("P3"))); // and its source
        QVERIFY(!text.contains(QStringLiteral("On your hardware"))); // nothing asked for it
        shoot(&view, QStringLiteral("followup-cost"));

        // In Chinese.
        Language::apply(QStringLiteral("zh_CN"));
        QTRY_VERIFY(wizard->resultBrowser()->toPlainText().contains(QStringLiteral("要花多少钱")));
        shoot(&view, QStringLiteral("followup-cost-zh"));
        const QString pdf = m_dir.filePath(QStringLiteral("cost-zh.pdf"));
        QString error;
        QVERIFY2(wizard->exportPdf(pdf, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("VERSUS_SCREENSHOTS") + QLatin1String("/followup-zh.pdf"));
    }
};

QTEST_MAIN(TestWizardFollowUp)
#include "tst_wizardfollowup.moc"
