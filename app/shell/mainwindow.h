#pragma once

#include "core/dataset/dataset.h"
#include "core/dataset/datasetloader.h"
#include "app/shell/theme.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class BackNavigation;
class DocumentView;
class EvidenceActions;
class MessageBar;
class QActionGroup;
class QMenu;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class ReportActions;

// The main window: a tab per view, each built the first time it is shown, over one
// dataset. Views reach each other through it (a cell opens its passage in the Document).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a dataset (empty path: the bundled one). On failure the current dataset
    // stays and the message bar says what is wrong and where; returns false.
    bool openDataset(const QString &path);
    // What `versus FILE`, a file manager and a drop open: a dataset, or an answers file,
    // whose recommendation the Recommend tab then shows (on the dataset open, else the
    // bundled one). background: a large dataset is read off the GUI thread.
    bool openFile(const QString &path, bool background = false);
    bool openAnswers(const QString &path);
    // The same for what the user opens (dialog, recent files, drop): a file of more than
    // BackgroundLoadBytes is loaded on a worker thread, cancellable from the status bar.
    void openDatasetInBackground(const QString &path);
    void cancelBackgroundLoad();
    // Shows a dataset made in memory (imported scores: File → Import Scores…), which has no
    // file until it is saved; note says so in About.
    bool useDataset(const DatasetLoader::Result &result, const QString &note);
    static constexpr qint64 BackgroundLoadBytes = 2 * 1024 * 1024;
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    QString datasetPath() const { return m_datasetPath; }

    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The view in the tab with this id ("document", ...), built if it was not yet.
    QWidget *view(const QString &tabId);
    DocumentView *documentView();
    QString currentTabId() const;
    bool showTab(const QString &tabId);

    // Shows a passage of the document in the Document tab, highlighted.
    bool showPassage(const QString &passageId, const LocalizedText &quote = {});

    // Switches the UI and the dataset's texts to language ("en", "zh_CN") at once, in
    // every open window, and remembers the choice (SettingsKeys::Language).
    void setLanguage(const QString &language);
    // View → Theme: the style and palette of the whole application, remembered (SettingsKeys::Theme).
    void setTheme(Theme::Choice choice);

    // The available area of the screen a widget is on (the primary screen's without one).
    static QRect availableScreen(const QWidget *widget);
    // Resizes a window to wanted, or less where the screen is smaller.
    static void fitToScreen(QWidget *window, const QSize &wanted);
    // Room kept for a window frame and a title bar, which the screen's available area includes.
    static constexpr int FrameAllowance = 40;

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    ReportActions *reportActions() const { return m_reportActions; }
    EvidenceActions *evidenceActions() const { return m_evidenceActions; }

Q_SIGNALS:
    void datasetChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Tab
    {
        QString id;
        std::function<QString()> title;
        std::function<QWidget *(MainWindow *)> create;
        QScrollArea *scroll = nullptr; // the tab's page
        QWidget *container = nullptr; // in it, holding the view
        QPointer<QWidget> view;
    };

    void addTab(const QString &id, std::function<QString()> title, std::function<QWidget *(MainWindow *)> create);
    void ensureView(int index);
    bool applyDataset(const QString &path, const DatasetLoader::Result &result);
    void createActions();
    QAction *createFileMenu();
    void connectReportProviders();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void exportCurrentView();
    void retranslateUi();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void openDatasetDialog();
    // Exports the whole matrix, or only the rows and columns the Matrix tab shows.
    void exportMatrixDialog(bool shownOnly = false);
    void showAbout();
    void showHelp();
    void retranslateHelp();
    void activateFind();
    QWidget *currentFindableView() const;
    void updateFindAction();
    void readSettings();
    void keepOnScreen();
    void writeSettings() const;

    std::shared_ptr<const Dataset> m_dataset;
    QString m_datasetPath;
    QString m_datasetNote; // where a dataset without a file comes from
    QTabWidget *m_tabs = nullptr;
    MessageBar *m_messageBar = nullptr;
    QList<Tab> m_tabList;
    QString m_restoredTab;
    QProgressBar *m_loadProgress = nullptr;
    QPushButton *m_cancelLoad = nullptr;
    int m_loadGeneration = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    BackNavigation *m_back = nullptr; // View → Back after a passage link (issue 17, views)
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openBundledAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportMatrixAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_tipAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    ReportActions *m_reportActions = nullptr;
    EvidenceActions *m_evidenceActions = nullptr;
};
