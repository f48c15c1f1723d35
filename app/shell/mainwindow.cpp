#include "app/shell/mainwindow.h"
#include "app/shell/backnavigation.h"
#include "app/shell/keyboardpaths.h"

#include "app/charts/chartsview.h"
#include "app/evidence/evidenceactions.h"
#include "core/dataset/datasetloader.h"
#include "app/document/documentview.h"
#include "core/i18n/language.h"
#include "app/shell/messagebar.h"
#include "app/overview/overviewview.h"
#include "app/shell/settingscheck.h"
#include "app/shell/settingskeys.h"
#include "app/shell/theme.h"
#include "core/recommend/recommender.h"
#include "core/util/background.h"
#include "app/recommend/recommendview.h"
#include "core/recommend/answers.h"
#include "app/recommend/recommendwizard.h"
#include "app/report/reportactions.h"
#include "core/export/matrixexport.h"
#include "app/matrix/matrixview.h"
#include "app/cost/costview.h"
#include "app/fit/fitcontextchart.h"
#include "app/fit/fittablemodel.h"
#include "app/fit/fitview.h"
#include "app/models/modelsview.h"
#include "core/matrix/outcomes.h"
#include "render/html/html.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The credit each imported publisher asks for (Epoch AI's CC BY 4.0), once each.
QString aboutCredits(const Dataset &d)
{
    QStringList credits;
    for (const Source &s : d.sources) {
        if (!s.attribution.isEmpty() && !credits.contains(s.attribution))
            credits.append(s.attribution);
    }
    if (credits.isEmpty())
        return {};
    QString text = MainWindow::tr("<p>Independent evidence imported from:</p><ul>");
    for (const QString &c : std::as_const(credits))
        text += QStringLiteral("<li>%1</li>").arg(Html::escape(c));
    return text + QStringLiteral("</ul>");
}

// The window's saved geometry and state; returns the keys whose values do not restore (the
// window then gets its default size), and removes them.
QStringList restoreWindowSettings(QMainWindow *window)
{
    QStringList unusable;
    QSettings settings;
    const QByteArray geometry = settings.value(SettingsKeys::WindowGeometry).toByteArray();
    if (!window->restoreGeometry(geometry)) {
        // A first start: most of the screen, as the screen's shape allows.
        const QRect screen = MainWindow::availableScreen(window);
        window->resize(std::min(screen.width() * 9 / 10, 1600), std::min(screen.height() * 9 / 10, 1000));
        window->move(screen.center() - window->rect().center());
        if (!geometry.isEmpty())
            unusable.append(SettingsKeys::WindowGeometry);
    }
    const QByteArray state = settings.value(SettingsKeys::WindowState).toByteArray();
    if (!window->restoreState(state) && !state.isEmpty())
        unusable.append(SettingsKeys::WindowState);
    for (const QString &key : std::as_const(unusable))
        settings.remove(key);
    return unusable;
}

constexpr int MaxRecentFiles = 8;
const char *const tabIdProperty = "versusTabId";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new MessageBar(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setRange(0, 0); // busy: a JSON parse has no progress to report
    m_loadProgress->setMaximumWidth(160);
    m_loadProgress->hide();
    m_cancelLoad = new QPushButton(this);
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QPushButton::clicked, this, &MainWindow::cancelBackgroundLoad);
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_cancelLoad);

    // The tabs, in order. Each view is built the first time its tab is shown; the first
    // is the one a fresh start shows.
    addTab(QStringLiteral("overview"), [] { return tr("Overview"); }, [](MainWindow *w) {
        auto *view = new OverviewView(w->dataset(), w);
        connect(view, &OverviewView::wizardRequested, w, [w] { w->showTab(QStringLiteral("recommend")); });
        connect(view, &OverviewView::matrixRequested, w, [w] { w->showTab(QStringLiteral("matrix")); });
        connect(view, &OverviewView::chartRequested, w, [w] { w->showTab(QStringLiteral("charts")); });
        connect(view, &OverviewView::passageRequested, w, &MainWindow::showPassage);
        return view;
    });
    addTab(QStringLiteral("document"), [] { return tr("Document"); },
           [](MainWindow *w) { return new DocumentView(w->dataset(), w); });
    addTab(QStringLiteral("matrix"), [] { return tr("Matrix"); }, [](MainWindow *w) {
        auto *view = new MatrixView(w->dataset(), w);
        connect(view, &MatrixView::passageRequested, w, &MainWindow::showPassage);
        connect(view, &MatrixView::exportShownRequested, w, [w] { w->exportMatrixDialog(true); });
        return view;
    });
    addTab(QStringLiteral("models"), [] { return tr("Models"); },
           [](MainWindow *w) { return new ModelsView(w->dataset(), w); });

    addTab(QStringLiteral("charts"), [] { return tr("Charts"); },
           [](MainWindow *w) { return new ChartsView(w->dataset(), w); });
    addTab(QStringLiteral("cost"), [] { return tr("Cost"); }, [](MainWindow *w) {
        auto *view = new CostView(w->dataset(), w);
        connect(view, &CostView::message, w, [w](const QString &text, bool error) {
            if (error)
                w->messageBar()->showMessage(MessageBar::Kind::Error, text);
            else
                w->statusBar()->showMessage(text, 5000);
        });
        return view;
    });
    addTab(QStringLiteral("fit"), [] { return tr("Fit"); }, [](MainWindow *w) { return new FitView(w->dataset(), w); });
    addTab(QStringLiteral("recommend"), [] { return tr("Recommend"); }, [](MainWindow *w) {
        auto *view = new RecommendView(w->dataset(), w);
        connect(view, &RecommendView::passageRequested, w, &MainWindow::showPassage);
        connect(view, &RecommendView::message, w, [w](const QString &text, bool error) {
            if (error)
                w->messageBar()->showMessage(MessageBar::Kind::Error, text);
            else
                w->statusBar()->showMessage(text, 5000);
        });
        return view;
    });
    createActions();
    retranslateUi();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensureView);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateFindAction);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_tabList.size()) // the tab shown takes its view's minimum size again
            QCoreApplication::postEvent(m_tabList.at(index).scroll, new QEvent(QEvent::LayoutRequest));
    });
    QStringList tabIds;
    for (const Tab &tab : std::as_const(m_tabList))
        tabIds.append(tab.id);
    SettingsCheck::Result check = SettingsCheck::checkOnce(tabIds);
    check.resetKeys += restoreWindowSettings(this);
    readSettings();
    if (!check.isClean())
        m_messageBar->showMessage(MessageBar::Kind::Warning, check.message(), check.details());
}

MainWindow::~MainWindow() = default;

void MainWindow::addTab(const QString &id, std::function<QString()> title, std::function<QWidget *(MainWindow *)> create)
{
    Tab tab;
    tab.id = id;
    tab.title = std::move(title);
    tab.create = std::move(create);
    // On a screen smaller than a view's minimum size, the view scrolls within its tab, so
    // that the window (its wizard buttons, its status bar) still fits the screen.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("tabScroll"));
    scroll->setProperty(tabIdProperty, id);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    tab.scroll = scroll;
    tab.container = new QWidget(scroll);
    auto *layout = new QVBoxLayout(tab.container);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(tab.container);
    tab.container->installEventFilter(this); // its view's minimum size changes: see eventFilter()
    m_tabs->addTab(scroll, tab.title());
    m_tabList.append(tab);
}

// A scroll area takes its widget's minimum size again only on its own layout requests: when a
// tab's view is added or its minimum size changes (another language, another chart), it is
// told, so the view scrolls instead of being squeezed below its minimum.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        for (const Tab &tab : std::as_const(m_tabList)) {
            if (tab.container == watched || (tab.view && tab.view == watched))
                QCoreApplication::postEvent(tab.scroll, new QEvent(QEvent::LayoutRequest));
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::ensureView(int index)
{
    if (index < 0 || index >= m_tabList.size() || !m_dataset)
        return;
    Tab &tab = m_tabList[index];
    if (tab.view)
        return;
    tab.view = tab.create(this);
    tab.container->layout()->addWidget(tab.view);
    tab.view->installEventFilter(this);
    // At once, so that the view has its size when it is first shown.
    tab.container->layout()->activate();
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(tab.scroll, &request);
    updateFindAction();
}

QWidget *MainWindow::view(const QString &tabId)
{
    for (int i = 0; i < m_tabList.size(); ++i) {
        if (m_tabList.at(i).id == tabId) {
            ensureView(i);
            return m_tabList.at(i).view;
        }
    }
    return nullptr;
}

DocumentView *MainWindow::documentView()
{
    return qobject_cast<DocumentView *>(view(QStringLiteral("document")));
}

QString MainWindow::currentTabId() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_tabList.size() ? m_tabList.at(index).id : QString();
}

bool MainWindow::showTab(const QString &tabId)
{
    for (int i = 0; i < m_tabList.size(); ++i) {
        if (m_tabList.at(i).id == tabId) {
            m_tabs->setCurrentIndex(i);
            ensureView(i);
            return true;
        }
    }
    return false;
}

bool MainWindow::showPassage(const QString &passageId, const LocalizedText &quote)
{
    DocumentView *document = documentView();
    if (!document)
        return false;
    if (m_back && currentTabId() != QLatin1String("document"))
        m_back->remember();
    showTab(QStringLiteral("document"));
    return document->openPassage(passageId, quote);
}

bool MainWindow::openDataset(const QString &path)
{
    return applyDataset(path, path.isEmpty() ? DatasetLoader::loadBundled() : DatasetLoader::loadFile(path));
}

bool MainWindow::openFile(const QString &path, bool background)
{
    if (AnswersFile::isAnswersFile(path))
        return openAnswers(path);
    if (!background)
        return openDataset(path);
    openDatasetInBackground(path);
    return true;
}

bool MainWindow::openAnswers(const QString &path)
{
    if (!m_dataset && !openDataset(QString()))
        return false;
    if (!showTab(QStringLiteral("recommend")))
        return false;
    auto *recommend = qobject_cast<RecommendView *>(view(QStringLiteral("recommend")));
    if (recommend && recommend->wizard()->currentId() == -1)
        recommend->wizard()->restart(); // not shown yet: on its first page, as showing it would
    QString error;
    if (!recommend || !recommend->wizard()->loadAnswers(path, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("The answers could not be loaded."), error);
        return false;
    }
    recommend->wizard()->showResult();
    statusBar()->showMessage(tr("Loaded the answers from %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::openDatasetInBackground(const QString &path)
{
    // A large file is read and checked off the GUI thread, with a busy indicator and a Cancel
    // button in the status bar; the window stays usable on the current dataset meanwhile.
    // Small ones (the usual case) open at once.
    if (QFileInfo(path).size() < BackgroundLoadBytes) {
        openDataset(path);
        return;
    }
    const int generation = ++m_loadGeneration;
    m_loadProgress->show();
    m_cancelLoad->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    Background::deliver(
        this, [path] { return DatasetLoader::loadFile(path); },
        [this, path, generation](const DatasetLoader::Result &result) {
            if (generation != m_loadGeneration)
                return; // cancelled, or overtaken by another open
            m_loadProgress->hide();
            m_cancelLoad->hide();
            applyDataset(path, result);
        });
}

void MainWindow::cancelBackgroundLoad()
{
    ++m_loadGeneration;
    m_loadProgress->hide();
    m_cancelLoad->hide();
    statusBar()->showMessage(tr("Opening was cancelled; the dataset shown stays open."), 5000);
}

bool MainWindow::useDataset(const DatasetLoader::Result &result, const QString &note)
{
    const bool ok = applyDataset(QString(), result);
    if (ok) {
        m_datasetNote = note;
        statusBar()->showMessage(tr("Showing %1 (version %2)").arg(note, m_dataset->version), 5000);
    }
    return ok;
}

bool MainWindow::applyDataset(const QString &path, const DatasetLoader::Result &result)
{
    if (!result.ok()) {
        QStringList lines;
        for (const Problem &p : result.problems.mid(0, 12))
            lines.append(p.toString());
        if (result.problems.size() > 12)
            lines.append(tr("… and %n more problem(s).", nullptr, int(result.problems.size() - 12)));
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  m_dataset ? tr("The dataset could not be opened; the one shown before stays open. "
                                                 "Correct these problems and open it again:")
                                            : tr("The dataset could not be opened; the bundled dataset is shown "
                                                 "instead. Correct these problems and open it again:"),
                                  lines.join(QLatin1Char('\n')));
        if (!m_dataset && !path.isEmpty())
            openDataset(QString());
        return false;
    }
    if (!path.isEmpty())
        m_messageBar->hide();
    m_dataset = result.dataset;
    m_datasetPath = path;
    m_datasetNote.clear();
    if (!path.isEmpty())
        addRecentFile(QFileInfo(path).absoluteFilePath());
    retranslateUi();
    for (Tab &tab : m_tabList) {
        delete tab.view;
        tab.view = nullptr;
    }
    // Only the tab on screen is built; the one the user left last time comes back.
    if (!m_restoredTab.isEmpty()) {
        showTab(m_restoredTab);
        m_restoredTab.clear();
    }
    ensureView(m_tabs->currentIndex());
    statusBar()->showMessage(tr("Opened %1 (version %2)")
                                 .arg(path.isEmpty() ? tr("the bundled dataset") : QFileInfo(path).fileName(),
                                      m_dataset->version),
                             5000);
    Q_EMIT datasetChanged();
    return true;
}

void MainWindow::exportCurrentView()
{
    const QString tab = currentTabId();
    if (tab == QLatin1String("matrix")) {
        exportMatrixDialog(true); // what the tab shows: its filters, sort and columns
    } else if (tab == QLatin1String("charts")) {
        m_exportChartAction->trigger();
    } else if (tab == QLatin1String("cost")) {
        if (auto *cost = qobject_cast<CostView *>(view(tab)))
            cost->exportWithDialog();
    } else if (tab == QLatin1String("fit")) {
        if (auto *fit = qobject_cast<FitView *>(view(tab)))
            fit->chart()->exportWithDialog(); // memory against context, as shown
    } else if (tab == QLatin1String("recommend")) {
        if (auto *recommend = qobject_cast<RecommendView *>(view(tab)))
            recommend->exportView();
    } else {
        m_reportActions->exportAction()->trigger();
    }
}

void MainWindow::createActions()
{
    QAction *beforeQuit = createFileMenu();
    createEditMenu();
    createViewMenu();
    m_viewMenu->addSeparator();
    // The evidence actions go into File (before Quit) and View.
    m_evidenceActions = new EvidenceActions(this, m_fileMenu, beforeQuit, m_viewMenu);
    createHelpMenu();
    updateRecentMenu();
}

// File: open, recent, export, the report; returns the separator before Quit, where the
// evidence actions go.
QAction *MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this,
                                         &MainWindow::openDatasetDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_openBundledAction = m_fileMenu->addAction(QString(), this, [this] { openDataset(QString()); });
    // Ctrl+E exports what the current tab shows: the matrix, the chart, the recommendation;
    // elsewhere the report.
    m_exportAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this,
                                           &MainWindow::exportCurrentView);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportChartAction = m_fileMenu->addAction(QString(), this, [this] {
        if (auto *charts = qobject_cast<ChartsView *>(view(QStringLiteral("charts"))); charts && showTab(QStringLiteral("charts")))
            charts->exportWithDialog();
    });
    m_fileMenu->addSeparator();
    m_reportActions = new ReportActions(this, m_fileMenu);
    connectReportProviders();
    m_exportMatrixAction = m_fileMenu->addAction(QString(), this, [this] { exportMatrixDialog(); });
    m_fileMenu->addSeparator();
    QAction *beforeQuit = m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this,
                                         &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    return beforeQuit;
}

// What the report includes beyond the dataset comes from the views and saved answers.
void MainWindow::connectReportProviders()
{
    // The report includes the recommendation for the wizard's answers, as last given.
    m_reportActions->setAnswersProvider([this]() -> QMap<QString, QString> {
        if (!m_dataset)
            return {};
        return Recommender(*m_dataset).effectiveAnswers(RecommendWizard::savedAnswers(*m_dataset));
    });
    m_reportActions->setFollowUpsProvider([this]() -> AnswerExtras {
        return m_dataset ? RecommendWizard::savedFollowUps(*m_dataset) : AnswerExtras();
    });
    // The cost section for the Cost tab's workload: the open tab's, else the one it last had.
    m_reportActions->setCostWorkloadProvider([this]() -> std::optional<Workload> {
        if (const CostView *cost = findChild<CostView *>())
            return cost->table().workload;
        return CostView::savedWorkload();
    });
    // And the hardware fit for the Fit tab's choice, once that tab is open on this dataset.
    m_reportActions->setFitProvider([this]() -> std::optional<FitRequest> {
        const FitView *fit = findChild<FitView *>();
        if (!fit || !m_dataset || fit->dataset() != m_dataset)
            return std::nullopt;
        return fit->model()->request();
    });
    m_reportActions->setFitModelsProvider([this]() -> QStringList {
        const FitView *fit = findChild<FitView *>();
        return fit && fit->dataset() == m_dataset ? fit->chartModels() : QStringList();
    });
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(QString());
    m_findAction = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this,
                                         &MainWindow::activateFind);
    m_findAction->setShortcut(QKeySequence::Find);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_nextTabAction = m_viewMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild});
    m_previousTabAction = m_viewMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild});
    m_back = new BackNavigation(m_tabs, m_viewMenu, this);
    m_viewMenu->addSeparator();
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Language::supported()) {
        QAction *action = m_languageMenu->addAction(Language::displayName(language), this,
                                                    [this, language] { setLanguage(language); });
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == Language::current());
        m_languageGroup->addAction(action);
    }
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    for (const Theme::Choice choice : Theme::all()) {
        QAction *action = m_themeMenu->addAction(QString(), this, [this, choice] { setTheme(choice); });
        action->setCheckable(true);
        action->setData(Theme::id(choice));
        m_themeGroup->addAction(action);
    }
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this,
                                         &MainWindow::showHelp);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    // What a pointer resting on a control shows, for the focused control or cell (GNOME's key).
    m_tipAction = m_helpMenu->addAction(QString(), this, [this] {
        if (!KeyboardPaths::showTip(QApplication::focusWidget()))
            statusBar()->showMessage(tr("The focused control has no tooltip."), 5000);
    });
    m_tipAction->setObjectName(QStringLiteral("showTip"));
    m_tipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_dataset ? tr("Versus — %1").arg(m_dataset->title.text()) : tr("Versus"));
    for (int i = 0; i < m_tabList.size(); ++i) {
        m_tabs->setTabText(i, m_tabList.at(i).title());
        m_tabs->setTabToolTip(i, m_tabList.at(i).title());
    }
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Dataset…"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop opening the dataset and keep the one shown"));
    m_loadProgress->setAccessibleName(tr("Opening dataset"));
    m_openAction->setStatusTip(tr("Open another Versus dataset (JSON)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openBundledAction->setText(tr("Open &Bundled Dataset"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Export what this tab shows: the matrix, the chart, the recommendation, or else the report"));
    m_exportChartAction->setText(tr("Export &Chart…"));
    m_exportChartAction->setStatusTip(tr("Save the chart shown in the Charts tab as PDF, SVG or PNG"));
    m_exportMatrixAction->setText(tr("Export &Matrix…"));
    m_exportMatrixAction->setStatusTip(tr("Save the feature matrix as CSV or JSON"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    m_nextTabAction->setText(tr("&Next Tab"));
    m_previousTabAction->setText(tr("&Previous Tab"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("Versus &Help"));
    m_aboutAction->setText(tr("&About Versus"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_tipAction->setText(tr("Show &Tooltip"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Language::current());
    m_themeMenu->setTitle(tr("&Theme"));
    for (QAction *action : m_themeGroup->actions()) {
        const Theme::Choice choice = Theme::fromId(action->data().toString());
        action->setText(Theme::displayName(choice));
        action->setChecked(choice == Theme::current());
    }
    m_tabs->setAccessibleName(tr("Views"));
    m_reportActions->retranslate();
    m_evidenceActions->retranslate();
    updateRecentMenu();
    retranslateHelp();
}

void MainWindow::setLanguage(const QString &language)
{
    if (!Language::supported().contains(language))
        return;
    QSettings().setValue(SettingsKeys::Language, language);
    if (language == Language::current())
        return;
    // Installing the translators posts one LanguageChange to the application, which
    // reaches every window and widget; views re-read the dataset's texts on it.
    Language::apply(language);
}

void MainWindow::setTheme(Theme::Choice choice)
{
    QSettings().setValue(SettingsKeys::Theme, Theme::id(choice));
    Theme::apply(choice);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == Theme::id(choice));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A passing message was written in the language before; it goes rather than stays
        // in the other language (the message bar's errors say what they said).
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(SettingsKeys::RecentFiles).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openDatasetInBackground(file); });
        action->setToolTip(file);
        action->setStatusTip(file);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(SettingsKeys::RecentFiles);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(SettingsKeys::RecentFiles).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(SettingsKeys::RecentFiles, files);
    updateRecentMenu();
}

void MainWindow::openDatasetDialog()
{
    const QString dir = QSettings().value(SettingsKeys::LastDatasetDir).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), dir,
                                                      tr("Versus datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(SettingsKeys::LastDatasetDir, QFileInfo(path).absolutePath());
    openDatasetInBackground(path);
}

void MainWindow::exportMatrixDialog(bool shownOnly)
{
    if (!m_dataset)
        return;
    MatrixExport::Selection selection;
    if (shownOnly) {
        if (auto *matrix = qobject_cast<MatrixView *>(view(QStringLiteral("matrix"))))
            selection = matrix->shownSelection();
    }
    const qsizetype rows = selection.everything()
        ? m_dataset->dimensions.size()
        : std::count_if(selection.rows.cbegin(), selection.rows.cend(), [](int row) { return row >= 0; });
    QSettings settings;
    const QString dir = settings.value(SettingsKeys::LastExportDir).toString();
    QString filter = tr("CSV (*.csv)");
    const QString title = selection.everything()
        ? tr("Export Matrix")
        : tr("Export Matrix: %1 of %2 Rows as Shown").arg(rows).arg(m_dataset->dimensions.size());
    QString path = QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(tr("matrix.csv")),
                                                tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    if (MatrixExport::formatForPath(path) == MatrixExport::Format::Unknown)
        path += filter.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    settings.setValue(SettingsKeys::LastExportDir, QFileInfo(path).absolutePath());
    QString error;
    if (!MatrixExport::write(*m_dataset, path, &error, selection))
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("The matrix could not be exported."), error);
    else if (selection.everything())
        statusBar()->showMessage(tr("Matrix exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        statusBar()->showMessage(tr("%1 of %2 matrix rows exported to %3")
                                     .arg(rows)
                                     .arg(m_dataset->dimensions.size())
                                     .arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.constFirst().toLocalFile(), true);
    }
}

// The view on screen, if it has a find field (an invokable activateFind()).
QWidget *MainWindow::currentFindableView() const
{
    const int index = m_tabs->currentIndex();
    QWidget *current = index >= 0 && index < m_tabList.size() ? m_tabList.at(index).view.data() : nullptr;
    return current && current->metaObject()->indexOfMethod("activateFind()") >= 0 ? current : nullptr;
}

// Ctrl+F finds within the tab shown, and never switches tabs: where a tab has nothing to
// search, Edit → Find… is disabled.
void MainWindow::activateFind()
{
    if (QWidget *current = currentFindableView())
        QMetaObject::invokeMethod(current, "activateFind");
}

void MainWindow::updateFindAction()
{
    if (m_findAction)
        m_findAction->setEnabled(currentFindableView() != nullptr);
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>Versus %1</h3><p>Explore the DeepSeek vs Qwen comparison and decide which model family "
                      "fits what you build.</p>")
                       .arg(QApplication::applicationVersion());
    if (m_dataset) {
        text += tr("<p>Dataset: %1, version %2<br>%3<br>SHA-256: <code>%4</code></p>")
                    .arg(Html::escape(m_dataset->title.text()), Html::escape(m_dataset->version),
                         Html::escape(!m_datasetPath.isEmpty() ? m_datasetPath
                                      : m_datasetNote.isEmpty() ? tr("bundled with Versus")
                                                                : m_datasetNote),
                         m_dataset->checksum.left(16));
        if (!m_dataset->asOf.isEmpty())
            text += tr("<p>Facts beyond the document: %1 (the document's date: %2)</p>")
                        .arg(Html::escape(Outcomes::asOf(*m_dataset)),
                             Html::escape(m_dataset->documentDate.isEmpty() ? tr("not stated") : m_dataset->documentDate));
        text += tr("<p>Sources: the comparison document, and %n public source(s)", nullptr,
                   int(m_dataset->sources.size()));
        // A long list is the report's (its Sources section) and the Models tab's: here, the first few.
        constexpr qsizetype Listed = 12;
        text += m_dataset->sources.size() > Listed ? tr(", the first %1 of them:</p>").arg(Listed) : tr(":</p>");
        text += QStringLiteral("<ul>");
        for (const Source &s : m_dataset->sources.mid(0, Listed))
            text += QStringLiteral("<li>%1 — %2</li>").arg(Html::escape(s.title.text()), Html::escape(s.where));
        text += QStringLiteral("</ul>");
        text += aboutCredits(*m_dataset);
    }
    // A dialog of its own rather than a QMessageBox, which grows with its text past a small
    // screen: the text scrolls within the screen's height.
    QDialog box(this);
    box.setObjectName(QStringLiteral("aboutDialog"));
    box.setWindowTitle(tr("About Versus"));
    auto *layout = new QVBoxLayout(&box);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(&box);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *browser = new QTextBrowser(&box);
    browser->setObjectName(QStringLiteral("aboutText"));
    browser->setOpenExternalLinks(true);
    browser->setFrameShape(QFrame::NoFrame);
    QPalette plain = browser->palette(); // text on the dialog, not in a field
    plain.setColor(QPalette::Base, plain.color(QPalette::Window));
    browser->setPalette(plain);
    browser->setHtml(text);
    row->addWidget(browser, 1);
    layout->addLayout(row, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &box);
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    fitToScreen(&box, QSize(560, 520));
    box.exec();
}

void MainWindow::showHelp()
{
    auto *dialog = findChild<QDialog *>(QStringLiteral("helpDialog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("helpDialog"));
        auto *layout = new QVBoxLayout(dialog);
        auto *browser = new QTextBrowser(dialog);
        browser->setObjectName(QStringLiteral("helpBrowser"));
        layout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        fitToScreen(dialog, QSize(640, 520));
    }
    retranslateHelp();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::retranslateHelp()
{
    auto *dialog = findChild<QDialog *>(QStringLiteral("helpDialog"));
    if (!dialog)
        return;
    dialog->setWindowTitle(tr("Versus Help"));
    dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))
        ->setHtml(tr("<h2>Versus</h2>"
                     "<p>Versus lays out the comparison of the DeepSeek and Qwen model families: every statement "
                     "with where it comes from and how sure it is.</p>"
                     "<h3>Views</h3><ul>"
                     "<li><b>Document</b>: the comparison as written. The contents on the left jump to a section; "
                     "Ctrl+F finds text, F3 and Shift+F3 move between matches.</li>"
                     "<li><b>Matrix</b>: the feature table, a column per family, with how sure each cell is. "
                     "Ctrl+F searches every cell; select a cell to trace it to its passage and sources, two to "
                     "compare; Enter opens the passage; Ctrl+C copies as TSV.</li>"
                     "<li><b>Models</b>: every model with its size, context and license; filter by parameter "
                     "range to find what fits your hardware.</li>"
                     "<li><b>Charts</b>: benchmark scores, model sizes and releases. Hover over a bar or point for "
                     "its value, who reported it and under which setting; the notes under a chart say which scores "
                     "are not strictly comparable.</li>"
                     "<li><b>Fit</b>: what runs on your hardware: choose a device (or type its memory), how many, "
                     "the precisions and the context; each model shows its memory as weights, KV cache and "
                     "overhead against the device's, whether it fits, the largest context that fits and an upper "
                     "bound of its decode speed, with every formula and source.</li>"
                     "<li><b>Recommend</b>: a few questions about your project lead to a recommendation, with the "
                     "passages behind each reason and the answers that would change it; Analyst Mode weighs each "
                     "criterion.</li>"
                     "</ul>"
                     "<h3>How sure a statement is</h3>"
                     "<p>The document separates what it states from what is reported, rumored or anticipated; "
                     "Versus keeps that distinction everywhere, and marks vendors' own benchmark numbers as "
                     "vendor-reported.</p>"
                     "<h3>Exports</h3><p>File → Export… (Ctrl+E) saves what the tab shows: the matrix as CSV or "
                     "JSON, the chart as PDF, SVG or PNG, the recommendation as PDF; elsewhere the report. "
                     "File → Export Report… makes the whole report as a PDF; Print Preview… and Print… (Ctrl+P) "
                     "print it.</p>"
                     "<h3>Keys</h3><ul>"
                     "<li>Ctrl+O open a dataset, Ctrl+Q quit</li>"
                     "<li>Ctrl+PgDown / Ctrl+PgUp, or Ctrl+Tab / Ctrl+Shift+Tab, next and previous tab</li>"
                     "<li>Alt+Left back to where you were before a link opened another tab</li>"
                     "<li>Ctrl+F find, Ctrl+E export, Ctrl+P print, F1 this help</li>"
                     "<li>Tab and Shift+Tab move through the controls of a tab; on a table, the Menu key (or "
                     "Shift+F10) sorts by the current column, and in the Matrix moves or hides it</li>"
                     "<li>Ctrl+F1 shows the tooltip of the focused control or table cell (a source, a note)</li></ul>"
                     "<h3>Appearance</h3><p>View → Theme chooses light or dark colours, or the system's; "
                     "View → Language switches between English and Simplified Chinese.</p>"
                     "<h3>Datasets</h3><p>Another dataset can be opened with File → Open Dataset…, by dropping a "
                     "JSON file on the window, or with <code>versus FILE.json</code>. "
                     "<code>versus --validate FILE</code> checks one.</p>"));
}

QRect MainWindow::availableScreen(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

// A window or dialog as large as it wants to be, but no larger than the screen it opens on
// (less room for the window frame), and on it.
void MainWindow::fitToScreen(QWidget *window, const QSize &wanted)
{
    const QRect screen = availableScreen(window->parentWidget() ? window->parentWidget() : window);
    const QSize room = screen.size() - QSize(FrameAllowance, 2 * FrameAllowance);
    window->resize(wanted.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room)));
}

void MainWindow::keepOnScreen()
{
    const QRect screen = availableScreen(this);
    const QSize room = screen.size() - QSize(FrameAllowance, 2 * FrameAllowance);
    if (isMaximized() || isFullScreen())
        return;
    QRect frame = frameGeometry();
    if (size().width() > room.width() || size().height() > room.height())
        resize(size().boundedTo(room));
    frame = frameGeometry();
    // Back onto the screen: within it if it fits, its top left corner at least.
    const int x = std::clamp(frame.x(), screen.left(), std::max(screen.left(), screen.right() + 1 - frame.width()));
    const int y = std::clamp(frame.y(), screen.top(), std::max(screen.top(), screen.bottom() + 1 - frame.height()));
    if (QPoint(x, y) != frame.topLeft())
        move(x, y);
}

void MainWindow::readSettings()
{
    keepOnScreen(); // a geometry saved on a larger screen, or one that is no longer there
    m_restoredTab = QSettings().value(SettingsKeys::WindowTab).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    settings.setValue(SettingsKeys::WindowTab, currentTabId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}
