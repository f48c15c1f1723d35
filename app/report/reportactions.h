#pragma once

#include "render/report/report.h"

#include <QMap>
#include <QObject>

#include <functional>

class MainWindow;
class QAction;
class QMenu;
class QPrinter;
class QPrintPreviewDialog;
class ReportDialog;

// File → Export Report…, Print Preview… and Print… (Ctrl+P): the same report, saved as a
// PDF or sent to a printer. Errors go to the main window's message bar.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(MainWindow *window, QMenu *menu);

    // Stand-ins for the modal dialogs, so GUI tests never block: each one, when set, is
    // called instead of exec() (return false to cancel).
    struct TestHooks
    {
        std::function<bool(ReportDialog *)> chooseSections;
        std::function<QString()> saveFileName;
        std::function<bool(QPrinter *)> printDialog;
        std::function<void(QPrintPreviewDialog *)> previewDialog;
    };
    static void setTestHooks(TestHooks hooks);

    // The wizard's answers, when it has any (empty map: no recommendation section).
    void setAnswersProvider(std::function<QMap<QString, QString>()> provider) { m_answers = std::move(provider); }
    // The Fit tab's hardware, when it has been opened (empty: no hardware-fit section).
    void setFitProvider(std::function<std::optional<FitRequest>()> provider) { m_fit = std::move(provider); }
    // The models its chart of memory against context shows (empty: the chart's own).
    void setFitModelsProvider(std::function<QStringList()> provider) { m_fitModels = std::move(provider); }
    // The wizard's follow-up answers (hardware, volume) for the recommendation section.
    void setFollowUpsProvider(std::function<AnswerExtras()> provider) { m_followUps = std::move(provider); }
    // The cost section's workload (the Cost tab's); none: 1 M + 1 M tokens.
    void setCostWorkloadProvider(std::function<std::optional<Workload>()> provider) { m_costWorkload = std::move(provider); }

    QAction *exportAction() const { return m_export; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }

    void retranslate();
    bool exportReport();
    bool printPreview();
    bool print();

private:
    ReportOptions options() const;
    void preparePrinter(QPrinter *printer, const Report &report) const;

    MainWindow *m_window;
    QAction *m_export = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    std::function<QMap<QString, QString>()> m_answers;
    std::function<std::optional<FitRequest>()> m_fit;
    std::function<QStringList()> m_fitModels;
    std::function<AnswerExtras()> m_followUps;
    std::function<std::optional<Workload>()> m_costWorkload;
};
