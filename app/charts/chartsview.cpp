#include "app/charts/chartsview.h"
#include "app/shell/keyboardpaths.h"
#include "app/shell/settingskeys.h"

#include "app/charts/charthover.h"
#include "app/charts/chartrenderer.h"
#include "render/charts/chartexport.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
// The chart's least size; the side panel's widest, in font heights.
const QSize ChartMinimum(240, 220);
constexpr int PanelEms = 20;
} // namespace

// What assistive technology reads for the chart: its subtitle, then each series (a legend
// entry) with the first line of each point's tooltip (what the value is of, and the value),
// the guide lines, then the notes. The same words a sighted user reads when hovering.
QString ChartsView::accessibleSummary(const ChartData &built)
{
    QStringList parts;
    if (!built.subtitle.isEmpty())
        parts.append(built.subtitle);
    for (const ChartSeriesData &s : built.series) {
        QStringList values;
        for (const ChartPoint &p : s.points) {
            const QString line = p.tooltip.section(QLatin1Char('\n'), 0, 0).trimmed();
            values.append(line.isEmpty() ? p.label : line);
        }
        parts.append(values.isEmpty() ? tr("%1: no values").arg(s.name)
                                      : tr("%1: %2").arg(s.name, values.join(QStringLiteral("; "))));
    }
    for (const ChartReferenceLine &line : built.referenceLines)
        parts.append(line.label);
    if (!built.diagonal.isEmpty())
        parts.append(built.diagonal);
    parts.append(built.footnotes);
    return parts.join(QLatin1Char('\n'));
}

ChartsView::ChartsView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent), m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("ChartsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("chartsSplitter"));
    layout->addWidget(m_splitter);
    buildSidebar(m_splitter);
    buildChartPane(m_splitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900}); // until shown (showEvent)

    retranslateUi();
    fillChoices();
    setFocusOrder();
    connectControls();
    if (!showChart(QSettings().value(SettingsKeys::ChartsCurrent).toString()) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0)
        setNotes(tr("This dataset defines no charts."));
}

// Left: the list of charts, and under it what to show (mode, scale, families, models).
void ChartsView::buildSidebar(QWidget *parent)
{
    auto *left = new QWidget(parent);
    left->setObjectName(QStringLiteral("chartsPanel"));
    // Never wider than it needs to be for its words: the chart takes the rest.
    left->setMaximumWidth(PanelEms * left->fontMetrics().height());
    auto *leftLayout = new QVBoxLayout(left);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("chartList"));
    m_list->setWordWrap(true);
    // A long title wraps: alternating rows keep its lines together as one entry.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    leftLayout->addWidget(m_list, 2);

    m_controls = new QGroupBox(left);
    auto *form = new QFormLayout(m_controls);
    m_modeCombo = new QComboBox(m_controls);
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    // Eight characters at least (a longer mode is elided in the box, whole in its list),
    // wider when the panel has room.
    m_modeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modeCombo->setMinimumContentsLength(8);
    m_modeCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_modeLabel = new QLabel(m_controls);
    m_modeLabel->setBuddy(m_modeCombo);
    form->addRow(m_modeLabel, m_modeCombo);
    m_logCheck = new QCheckBox(m_controls);
    m_logCheck->setObjectName(QStringLiteral("logCheck"));
    form->addRow(m_logCheck);
    m_logNote = new QLabel(m_controls);
    m_logNote->setObjectName(QStringLiteral("logNote"));
    m_logNote->setWordWrap(true);
    m_logNote->setEnabled(false);
    form->addRow(m_logNote);
    m_familyBox = new QWidget(m_controls);
    m_familyLayout = new QVBoxLayout(m_familyBox);
    m_familyLayout->setContentsMargins(0, 0, 0, 0);
    m_familiesLabel = new QLabel(m_controls);
    form->addRow(m_familiesLabel, m_familyBox);
    m_modelsLabel = new QLabel(m_controls);
    form->addRow(m_modelsLabel);
    m_modelList = new QListWidget(m_controls);
    m_modelList->setObjectName(QStringLiteral("modelList"));
    m_modelsLabel->setBuddy(m_modelList);
    form->addRow(m_modelList);
    leftLayout->addWidget(m_controls, 3);
}

// Right: the subtitle, the chart, its notes.
void ChartsView::buildChartPane(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    m_subtitle = new QLabel(right);
    m_subtitle->setObjectName(QStringLiteral("chartSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    m_subtitle->installEventFilter(this);
    rightLayout->addWidget(m_subtitle);
    m_chartView = new QChartView(right);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Small enough for a narrow window (1280 pixels wide at 2x is 640 across): the tab never
    // scrolls sideways; the chart's legend takes more rows instead (ChartLegendItem). The
    // chart's own minimum is set to the same (rebuild()).
    m_chartView->setMinimumSize(ChartMinimum);
    m_hover = new ChartHover(m_chartView);
    rightLayout->addWidget(m_chartView, 1);
    m_nothingShown = new QLabel(right);
    m_nothingShown->setObjectName(QStringLiteral("nothingShown"));
    m_nothingShown->setAlignment(Qt::AlignCenter);
    m_nothingShown->setWordWrap(true);
    m_nothingShown->setMinimumSize(ChartMinimum);
    m_nothingShown->hide();
    rightLayout->addWidget(m_nothingShown, 1);
    // The notes scroll on their own, under the chart, between three lines and their whole
    // text (fitNotes): a word-wrapped label's minimum height is its height at its preferred
    // width, so in a narrow pane (2x, Chinese) the chart was laid over its lines.
    m_notes = new QTextBrowser(right);
    m_notes->setObjectName(QStringLiteral("chartNotes"));
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setOpenLinks(false);
    m_notes->viewport()->setAutoFillBackground(false);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes->installEventFilter(this);
    rightLayout->addWidget(m_notes);
}

void ChartsView::fitNotes()
{
    QTextDocument *doc = m_notes->document();
    doc->setTextWidth(m_notes->viewport()->width());
    const int frame = 2 * m_notes->frameWidth();
    const int lines = 3 * m_notes->fontMetrics().lineSpacing() + int(2 * doc->documentMargin()) + frame;
    const int wanted = int(std::ceil(doc->size().height())) + frame;
    if (m_notes->toPlainText().isEmpty()) {
        m_notes->setFixedHeight(0);
        return;
    }
    // At least three lines (all of them when fewer), at most all: the layout gives the notes
    // their size hint between the two, and the chart the rest.
    m_notes->setMinimumHeight(std::min(wanted, lines));
    m_notes->setMaximumHeight(wanted);
}

// A word-wrapped label's minimum height is its height at its preferred width: at `width` it
// may need more lines (in a narrow pane its second line pushed the chart over the notes).
void ChartsView::fitSubtitle(int width)
{
    if (width <= 0)
        return;
    m_subtitle->setMinimumHeight(0); // QLabel's height for a width is at least its minimum
    m_subtitle->setMinimumHeight(m_subtitle->heightForWidth(width));
}

// A box per family, an entry per chart of the dataset.
void ChartsView::fillChoices()
{
    for (const Family &f : m_dataset->families) {
        auto *check = new QCheckBox(f.shortName.text(), m_familyBox);
        check->setObjectName(QStringLiteral("family-") + f.id);
        check->setChecked(true);
        m_familyLayout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this, id = f.id](bool on) {
            if (!m_updating)
                setFamilyHidden(id, !on);
        });
    }
    for (const Chart &c : m_dataset->charts) {
        auto *item = new QListWidgetItem(c.title.text(), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.title.text() + QLatin1Char('\n') + c.subtitle.text());
    }
}

// Focus order only (issue 19): the sidebar top to bottom (the family boxes, made after the
// other controls, in their place), then the chart and its notes.
void ChartsView::setFocusOrder()
{
    QList<QWidget *> chain{m_list, m_modeCombo, m_logCheck};
    for (QCheckBox *check : m_familyBox->findChildren<QCheckBox *>(Qt::FindDirectChildrenOnly))
        chain.append(check);
    chain += QList<QWidget *>{m_modelList, m_chartView, m_notes};
    KeyboardPaths::setTabOrder(chain);
}

// Each choice rebuilds the chart; another chart starts from its own defaults (the hidden
// families stay hidden).
void ChartsView::connectControls()
{
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setMode(m_modeCombo->currentData().toString());
    });
    connect(m_logCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            setLogScale(on);
    });
    connect(m_modelList, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        QStringList ids;
        for (int i = 0; i < m_modelList->count(); ++i) {
            if (m_modelList->item(i)->checkState() == Qt::Checked)
                ids.append(m_modelList->item(i)->data(Qt::UserRole).toString());
        }
        setModels(ids);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QStringList hidden = m_options.hiddenFamilies;
        m_options = {};
        m_options.hiddenFamilies = hidden;
        QSettings().setValue(SettingsKeys::ChartsCurrent, currentChartId());
        rebuild();
    });
}

void ChartsView::retranslateUi()
{
    m_controls->setTitle(tr("Show"));
    m_modeLabel->setText(tr("&Mode:"));
    m_logCheck->setText(tr("&Logarithmic scale"));
    m_familiesLabel->setText(tr("Families:"));
    m_modelsLabel->setText(tr("M&odels:"));
    m_list->setAccessibleName(tr("Charts"));
    m_modelList->setAccessibleName(tr("Models shown"));
    m_chartView->setAccessibleName(tr("Chart"));
}

QString ChartsView::currentChartId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const Chart *ChartsView::currentChart() const
{
    return m_dataset->chart(currentChartId());
}

bool ChartsView::showChart(const QString &chartId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == chartId) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QChart *ChartsView::chart() const
{
    return m_chartView->chart();
}

bool ChartsView::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartsView::setFamilyHidden(const QString &familyId, bool hidden)
{
    m_options.hiddenFamilies.removeAll(familyId);
    if (hidden)
        m_options.hiddenFamilies.append(familyId);
    rebuild();
}

void ChartsView::setMode(const QString &mode)
{
    m_options.mode = mode;
    rebuild();
}

void ChartsView::setLogScale(bool log)
{
    m_options.logScale = log;
    rebuild();
}

void ChartsView::setModels(const QStringList &modelIds)
{
    m_options.models = modelIds;
    rebuild();
}

void ChartsView::rebuild()
{
    const Chart *c = currentChart();
    QChart *old = m_chartView->chart();
    if (!c) {
        m_controls->setEnabled(false);
        return;
    }
    ChartOptions o = m_options;
    o.darkPalette = darkPalette();
    QChart *chart = ChartRenderer::create(*m_dataset, *c, o);
    // QChartView takes its chart's minimum size as its own, and Qt Charts' is the margins the
    // labels asked for plus its axes': wider than a narrow window at 2x. The chart squeezes.
    chart->setMinimumWidth(ChartMinimum.width()); // its height: the legend's rows and the plot's
    m_chartView->setChart(chart);
    // QChartView releases the chart it showed before; the view owns charts it made itself.
    if (old && old != chart)
        delete old;
    m_hover->attach(chart);
    connectLegend(chart);
    const ChartData built = ChartData::build(*m_dataset, *c, m_options);
    const QString nothing = nothingShownText(built);
    m_nothingShown->setText(nothing);
    m_nothingShown->setVisible(!nothing.isEmpty());
    m_chartView->setVisible(nothing.isEmpty());
    m_subtitle->setText(built.subtitle);
    fitSubtitle(m_subtitle->width());
    setNotes(built.footnotes.join(QLatin1Char('\n')));
    m_chartView->setAccessibleName(tr("Chart: %1").arg(c->title.text()));
    m_chartView->setAccessibleDescription(accessibleSummary(built));
    updateControls();
}

void ChartsView::updateControls()
{
    const Chart *c = currentChart();
    if (!c)
        return;
    const ChartData built = ChartData::build(*m_dataset, *c, m_options);
    m_updating = true;
    m_controls->setEnabled(true);
    m_modeCombo->clear();
    // "both" is every mode: thinking and non-thinking, and the makers' own settings (Non-think,
    // High, Max, ...) where the dataset lists them, each also on its own.
    QStringList others;
    for (const Mode &mode : m_dataset->modes) {
        if (mode.id != QLatin1String("thinking") && mode.id != QLatin1String("non-thinking"))
            others.append(mode.id);
    }
    m_modeCombo->addItem(others.isEmpty() ? tr("Thinking and non-thinking") : tr("Every mode"), QStringLiteral("both"));
    m_modeCombo->addItem(tr("Thinking"), QStringLiteral("thinking"));
    m_modeCombo->addItem(tr("Non-thinking"), QStringLiteral("non-thinking"));
    for (const QString &id : std::as_const(others))
        m_modeCombo->addItem(m_dataset->modeName(id), id);
    m_modeCombo->setCurrentIndex(qMax(0, m_modeCombo->findData(built.mode)));
    m_modeCombo->setEnabled(built.hasModes);
    m_logCheck->setEnabled(built.logSwitchable);
    m_logCheck->setChecked(built.xLog || built.yLog);
    const QString logWhy = built.logSwitchable ? QString()
        : built.shape == ChartData::Shape::Bars
        ? tr("No logarithmic scale here: bars are measured from zero, and a logarithmic scale has no zero.")
        : built.shape == ChartData::Shape::Curves
        ? tr("No switch here: the context is always on a logarithmic scale, the memory always on a linear one.")
        : tr("No logarithmic scale here: this chart has no numeric value axis.");
    m_logCheck->setToolTip(built.logSwitchable ? tr("Switch the value axis between a linear and a logarithmic scale")
                                               : logWhy);
    m_logNote->setText(logWhy);
    m_logNote->setVisible(!logWhy.isEmpty());
    for (const Family &f : m_dataset->families) {
        if (auto *check = m_familyBox->findChild<QCheckBox *>(QStringLiteral("family-") + f.id))
            check->setChecked(!m_options.hiddenFamilies.contains(f.id));
    }
    updateModelList(built);
    m_modelsLabel->setVisible(built.hasModes);
    m_modelList->setVisible(built.hasModes);
    m_updating = false;
}

// The models to choose from; those of a hidden family unticked and greyed, saying why.
void ChartsView::updateModelList(const ChartData &built)
{
    // The list is made again on every change (a model ticked by Space among them): the
    // current row stays where it was, so the arrows go on from there.
    const QString current = m_modelList->currentItem() ? m_modelList->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_modelList);
    m_modelList->clear();
    for (const QString &id : built.availableModels) {
        const Model *m = m_dataset->model(id);
        if (!m)
            continue;
        const Family *f = m_dataset->family(m->family);
        auto *item = new QListWidgetItem(f ? tr("%1 (%2)").arg(m->name, f->shortName.text()) : m->name, m_modelList);
        item->setData(Qt::UserRole, id);
        const bool familyHidden = m_options.hiddenFamilies.contains(m->family);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(built.chosenModels.contains(id) && !familyHidden ? Qt::Checked : Qt::Unchecked);
        if (familyHidden) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 is hidden: tick it under Families to choose its models.")
                                 .arg(f ? f->shortName.text() : m->family));
        }
        if (id == current)
            m_modelList->setCurrentItem(item, QItemSelectionModel::NoUpdate);
    }
}

// Empty when the chart has something to draw; else what the user can tick to get one.
QString ChartsView::nothingShownText(const ChartData &built) const
{
    const bool anyPoint = std::any_of(built.series.cbegin(), built.series.cend(),
                                      [](const ChartSeriesData &s) { return !s.points.isEmpty(); });
    if (anyPoint)
        return {};
    const bool allHidden = std::all_of(m_dataset->families.cbegin(), m_dataset->families.cend(), [this](const Family &f) {
        return m_options.hiddenFamilies.contains(f.id);
    });
    if (allHidden)
        return tr("Every family is hidden, so there is nothing to draw. Tick a family under Families to show it.");
    return built.hasModes ? tr("Nothing to draw with these choices. Tick a model, or choose another mode.")
                          : tr("Nothing to draw with these choices.");
}

QString ChartsView::lastHoverText() const
{
    return m_hover->lastText();
}

// A legend entry hides its family when clicked, and says so when hovered.
void ChartsView::connectLegend(QChart *chart)
{
    const QList<ChartLegendItem *> entries = ChartRenderer::legendItems(chart);
    for (ChartLegendItem *entry : entries) {
        const QString family = entry->family();
        if (family.isEmpty())
            continue;
        const Family *f = m_dataset->family(family);
        connect(entry, &ChartLegendItem::hovered, this, [this, f](bool state) {
            m_hover->show(state && f ? tr("Click to hide %1; the Families boxes bring it back.").arg(f->shortName.text())
                             : QString());
        });
        // The chart is rebuilt, so the entry must not be deleted while it emits.
        connect(entry, &ChartLegendItem::clicked, this, [this, family] { setFamilyHidden(family, true); },
                Qt::QueuedConnection);
    }
}

void ChartsView::setNotes(const QString &text)
{
    m_notes->setPlainText(text);
    fitNotes();
}

bool ChartsView::eventFilter(QObject *watched, QEvent *event)
{
    // Another width: the notes' height again, and the subtitle's.
    if (event->type() == QEvent::Resize && (watched == m_subtitle || watched == m_notes)) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width()) {
            if (watched == m_notes)
                fitNotes();
            else
                fitSubtitle(resize->size().width());
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChartsView::exportChart(const QString &path, QSize pngSize, QString *error) const
{
    return ChartExport::exportTo(*m_dataset, currentChartId(), path, error, pngSize, m_options);
}

void ChartsView::exportWithDialog()
{
    if (const Chart *c = currentChart())
        exportWithDialog(this, *m_dataset, *c, m_options);
}

void ChartsView::exportWithDialog(QWidget *parent, const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    QSettings settings;
    const QString dir = settings.value(SettingsKeys::ChartsExportDir, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Chart"), QDir(dir).filePath(chart.id + QStringLiteral(".pdf")),
                                                      tr("PDF document (*.pdf);;SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(SettingsKeys::ChartsExportDir, QFileInfo(path).absolutePath());
    QSize size;
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        const QSize natural = ChartExport::naturalSize(dataset, chart, options);
        QStringList choices;
        for (int factor : {1, 2, 3, 4})
            choices.append(tr("%1 × %2 pixels").arg(natural.width() * factor).arg(natural.height() * factor));
        bool ok = false;
        const QString choice = QInputDialog::getItem(parent, tr("PNG Resolution"), tr("Image size:"), choices, 1, false, &ok);
        if (!ok)
            return;
        size = natural * int(choices.indexOf(choice) + 1);
    }
    QString error;
    if (!ChartExport::exportTo(dataset, chart.id, path, &error, size, options)) {
        QMessageBox::warning(parent, tr("Export Chart"), tr("The chart was not exported: %1").arg(error));
        return;
    }
    if (auto *w = qobject_cast<QMainWindow *>(parent->window()))
        w->statusBar()->showMessage(tr("Exported “%1” to %2, as shown")
                                        .arg(chart.title.text(), QDir::toNativeSeparators(path)),
                                    5000);
}

// The side panel's first width: 300 px, or under a third of a narrow tab (2x) down to its
// minimum, so that the chart has the room; the user's dragging rules after that.
void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized || width() <= 0)
        return;
    m_sized = true;
    QWidget *panel = m_splitter->widget(0);
    const int wanted = std::clamp(width() * 3 / 10, panel->minimumSizeHint().width(), 300);
    m_splitter->setSizes({wanted, std::max(1, m_splitter->width() - wanted)});
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        if (event->type() == QEvent::LanguageChange && m_list) {
            retranslateUi();
            for (const Family &f : m_dataset->families) {
                if (auto *check = m_familyBox->findChild<QCheckBox *>(QStringLiteral("family-") + f.id))
                    check->setText(f.shortName.text());
            }
            for (int i = 0; i < m_list->count(); ++i) {
                if (const Chart *c = m_dataset->chart(m_list->item(i)->data(Qt::UserRole).toString()))
                {
                    m_list->item(i)->setText(c->title.text());
                    m_list->item(i)->setToolTip(c->title.text() + QLatin1Char('\n') + c->subtitle.text());
                }
            }
        }
        if (m_chartView)
            rebuild();
    }
    QWidget::changeEvent(event);
}
