#include "app/report/reportactions.h"

#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"
#include "app/shell/settingskeys.h"
#include "app/report/reportdialog.h"
#include "render/report/reportparts.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>

namespace {
ReportActions::TestHooks &hooks()
{
    static ReportActions::TestHooks h;
    return h;
}

} // namespace

ReportActions::ReportActions(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
{
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_export->setObjectName(QStringLiteral("exportReportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ReportActions::exportReport);
    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), QString(), this);
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    menu->addActions({m_export, m_preview, m_print});
    menu->addSeparator();
    retranslate();
}

void ReportActions::setTestHooks(TestHooks h)
{
    hooks() = std::move(h);
}

void ReportActions::retranslate()
{
    m_export->setText(tr("&Export Report…"));
    m_export->setStatusTip(tr("Save the report on this dataset as a PDF"));
    m_preview->setText(tr("Print Pre&view…"));
    m_preview->setStatusTip(tr("See the report as it will print"));
    m_print->setText(tr("&Print…"));
    m_print->setStatusTip(tr("Print the report"));
}

ReportOptions ReportActions::options() const
{
    ReportOptions options;
    const QSettings settings;
    options.sections =
        ReportOptions::Sections(settings.value(SettingsKeys::ReportSections, ReportOptions::AllSections).toInt());
    const QString size = settings.value(SettingsKeys::ReportPageSize).toString();
    if (size == QLatin1String("A4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("Letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    ReportInputs inputs;
    if (m_answers)
        inputs.answers = m_answers();
    if (m_followUps)
        inputs.followUps = m_followUps();
    if (m_costWorkload)
        inputs.costWorkload = m_costWorkload();
    addReportParts(&options, m_window->dataset(), inputs);
    if (m_fit)
        options.fit = m_fit();
    if (m_fitModels)
        options.fitModels = m_fitModels();
    return options;
}

bool ReportActions::exportReport()
{
    const auto dataset = m_window->dataset();
    if (!dataset)
        return false;
    ReportOptions chosen = options();
    ReportDialog dialog(Report(dataset, chosen).availableSections(), chosen.sections, chosen.pageSize, m_window);
    if (hooks().chooseSections ? !hooks().chooseSections(&dialog) : dialog.exec() != QDialog::Accepted)
        return false;
    chosen.sections = dialog.sections();
    chosen.pageSize = dialog.pageSize();
    QSettings settings;
    settings.setValue(SettingsKeys::ReportSections, int(chosen.sections));
    settings.setValue(SettingsKeys::ReportPageSize,
                      chosen.pageSize ? (chosen.pageSize->id() == QPageSize::A4 ? QStringLiteral("A4")
                                                                                : QStringLiteral("Letter"))
                                      : QString());

    const QString dir = settings.value(SettingsKeys::ReportLastDir, QDir::homePath()).toString();
    QString path = hooks().saveFileName
                       ? hooks().saveFileName()
                       : QFileDialog::getSaveFileName(m_window, tr("Export Report"),
                                                      QDir(dir).filePath(tr("versus-report.pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(SettingsKeys::ReportLastDir, QFileInfo(path).absolutePath());

    Report report(dataset, chosen);
    QString error;
    if (!report.exportPdf(path, &error)) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Error,
                                            tr("The report was not saved; any file that was there is unchanged. "
                                               "Choose another folder or free some space, then export again."),
                                            error);
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Saved the report (%n page(s)) to %1", nullptr, report.pageCount()).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void ReportActions::preparePrinter(QPrinter *printer, const Report &report) const
{
    printer->setPageSize(report.pageSize());
    printer->setPageMargins(Report::pageMargins(), QPageLayout::Millimeter);
    printer->setFullPage(false);
    printer->setDocName(tr("Versus report"));
}

bool ReportActions::printPreview()
{
    if (!m_window->dataset())
        return false;
    auto report = std::make_shared<Report>(m_window->dataset(), options());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, *report);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview — Versus report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, report](QPrinter *target) {
        QString error;
        if (report->paint(target, &error) == 0)
            m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The report could not be drawn."), error);
    });
    if (hooks().previewDialog)
        hooks().previewDialog(&dialog);
    else
        dialog.exec();
    return true;
}

bool ReportActions::print()
{
    if (!m_window->dataset())
        return false;
    Report report(m_window->dataset(), options());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, report);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (hooks().printDialog ? !hooks().printDialog(&printer) : dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        // "Print to file" as PDF: the same file as Export Report (written atomically, with
        // Chinese text that can be searched and copied), on the paper chosen here.
        ReportOptions pdfOptions = options();
        pdfOptions.pageSize = printer.pageLayout().pageSize();
        Report pdf(m_window->dataset(), pdfOptions);
        if (!pdf.exportPdf(printer.outputFileName(), &error)) {
            m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The report could not be printed."), error);
            return false;
        }
        m_window->statusBar()->showMessage(tr("Report exported to %1").arg(QDir::toNativeSeparators(printer.outputFileName())),
                                           8000);
        return true;
    }
    if (report.paint(&printer, &error) == 0) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The report could not be printed."), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Sent the report (%n page(s)) to the printer", nullptr, report.pageCount()),
                                       8000);
    return true;
}
