#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"
#include "app/report/reportactions.h"
#include "app/report/reportdialog.h"
#include "tests/reportpdf.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// With VERSUS_SCREENSHOT_DIR set, the dialogs are shown and saved as PNG there, to look at.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QTest::qWait(400);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

// File → Export Report…, Print Preview… and Print… on the real main window; the modal
// dialogs are answered by ReportActions' test hooks.
class TestReportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasActions();
    void exportWithChosenSections();
    void exportCancelled();
    void exportFailureShowsMessage();
    void printWithShortcut();
    void printPreviewShowsPages();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestReportGui::initTestCase()
{
    if (!ReportPdf::available())
        QSKIP("poppler-utils are needed to read the PDF back");
    QVERIFY(m_dir.isValid());
}

void TestReportGui::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDataset(QString()));
}

void TestReportGui::cleanup()
{
    ReportActions::setTestHooks({});
    m_window.reset();
}

void TestReportGui::menuHasActions()
{
    ReportActions *actions = m_window->reportActions();
    QVERIFY(actions);
    const QList<QAction *> menu = m_window->fileMenu()->actions();
    for (QAction *a : {actions->exportAction(), actions->previewAction(), actions->printAction()}) {
        QVERIFY(menu.contains(a));
        QVERIFY(a->text().endsWith(QChar(0x2026))); // they open a dialog
    }
    QCOMPARE(actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOT_DIR")) {
        m_window->fileMenu()->popup(m_window->mapToGlobal(QPoint(0, 0)));
        screenshot(m_window->fileMenu(), QStringLiteral("file-menu"));
        m_window->fileMenu()->hide();
    }
}

void TestReportGui::exportWithChosenSections()
{
    bool asked = false;
    ReportActions::TestHooks hooks;
    hooks.chooseSections = [&asked](ReportDialog *dialog) {
        asked = true;
        screenshot(dialog, QStringLiteral("report-dialog"));
        // The charts are drawn; nothing to recommend without answers.
        if (dialog->sectionBox(ReportOptions::Charts)->isEnabled() && !dialog->sectionBox(ReportOptions::Recommendation)->isEnabled())
            dialog->sectionBox(ReportOptions::Sources)->setChecked(false);
        dialog->pageSizeBox()->setCurrentIndex(dialog->pageSizeBox()->findData(int(QPageSize::Letter)));
        return true;
    };
    const QString base = m_dir.filePath(QStringLiteral("chosen"));
    hooks.saveFileName = [base] { return base; };
    ReportActions::setTestHooks(hooks);
    m_window->reportActions()->exportAction()->trigger();
    QVERIFY(asked);
    const QString pdf = base + QStringLiteral(".pdf"); // the suffix is added
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(ReportPdf::info(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    const QString text = ReportPdf::text(pdf);
    const auto dataset = m_window->dataset();
    QVERIFY(ReportPdf::holds(text, dataset->dimensions.constFirst().name.text()));
    QVERIFY(!text.contains(dataset->sources.constFirst().where));
    QVERIFY(m_window->messageBar()->isHidden());

    // The choice is remembered for the next export.
    hooks.chooseSections = [](ReportDialog *dialog) {
        return !dialog->sectionBox(ReportOptions::Sources)->isChecked() && dialog->sectionBox(ReportOptions::Matrix)->isChecked()
               && dialog->pageSize() && dialog->pageSize()->id() == QPageSize::Letter;
    };
    hooks.saveFileName = [this] { return m_dir.filePath(QStringLiteral("again.pdf")); };
    ReportActions::setTestHooks(hooks);
    QVERIFY(m_window->reportActions()->exportReport());
}

void TestReportGui::exportCancelled()
{
    bool askedForName = false;
    ReportActions::TestHooks hooks;
    hooks.chooseSections = [](ReportDialog *) { return false; };
    hooks.saveFileName = [&askedForName] {
        askedForName = true;
        return QString();
    };
    ReportActions::setTestHooks(hooks);
    QVERIFY(!m_window->reportActions()->exportReport());
    QVERIFY(!askedForName);
}

void TestReportGui::exportFailureShowsMessage()
{
    const QString folder = m_dir.filePath(QStringLiteral("taken.pdf"));
    QVERIFY(QDir().mkpath(folder));
    ReportActions::TestHooks hooks;
    hooks.chooseSections = [](ReportDialog *) { return true; };
    hooks.saveFileName = [folder] { return folder; };
    ReportActions::setTestHooks(hooks);
    QVERIFY(!m_window->reportActions()->exportReport());
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("unchanged")));
    QVERIFY2(m_window->messageBar()->details().contains(folder), qPrintable(m_window->messageBar()->details()));
    QVERIFY(QDir(folder).isEmpty());
}

void TestReportGui::printWithShortcut()
{
    const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    bool printed = false;
    ReportActions::TestHooks hooks;
    hooks.printDialog = [&](QPrinter *printer) {
        printed = true;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        printer->setPageSize(QPageSize(QPageSize::Letter)); // as chosen in the print dialog
        return true;
    };
    ReportActions::setTestHooks(hooks);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(printed);
    QVERIFY(ReportPdf::pages(pdf) >= 5);
    const QString text = ReportPdf::text(pdf);
    for (const Dimension &d : m_window->dataset()->dimensions)
        QVERIFY2(ReportPdf::holds(text, d.name.text()), qPrintable(d.id));
    // Printing to a PDF file makes the exported report, on the paper chosen.
    QVERIFY2(ReportPdf::info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("letter")),
             qPrintable(ReportPdf::info(pdf, QStringLiteral("Page size"))));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("printed.pdf")));
}

void TestReportGui::printPreviewShowsPages()
{
    int pages = 0;
    ReportActions::TestHooks hooks;
    hooks.previewDialog = [&pages](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        preview->updatePreview();
        pages = preview->pageCount();
        dialog->resize(1000, 800);
        screenshot(dialog, QStringLiteral("print-preview"));
    };
    ReportActions::setTestHooks(hooks);
    m_window->reportActions()->previewAction()->trigger();
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
}

QTEST_MAIN(TestReportGui)
#include "tst_reportgui.moc"
