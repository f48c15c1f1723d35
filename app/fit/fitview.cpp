#include "app/fit/fitview.h"

#include "app/shell/flowlayout.h"
#include "app/shell/keyboardpaths.h"

#include "app/fit/fitcontextchart.h"
#include "app/fit/fittablemodel.h"
#include "app/shell/settingskeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Paints the memory column: its text, and below it a bar of weights / KV cache / overhead on
// one device, with the device's memory as a line. Hatching and the text say what colour says.
class MemoryBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int BarHeight = 12;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {qMax(size.width(), 260), size.height() + BarHeight + 6};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem textOption = option;
        textOption.rect.setBottom(option.rect.bottom() - BarHeight - 4);
        QStyledItemDelegate::paint(painter, textOption, index);
        const QList<qint64> parts = index.data(FitTableModel::BarRole).value<QList<qint64>>();
        if (parts.size() != 4 || parts.at(3) <= 0)
            return;
        const QColor color = index.data(FitTableModel::ColorRole).value<QColor>();
        const QRectF bar(option.rect.left() + 4, option.rect.bottom() - BarHeight - 2, option.rect.width() - 8, BarHeight);
        qint64 total = 0;
        for (int i = 0; i < 3; ++i)
            total += qMax<qint64>(0, parts.at(i));
        const double scale = bar.width() / double(qMax(total, parts.at(3)));
        painter->save();
        double x = bar.left();
        const QBrush brushes[3] = {QBrush(color), QBrush(color.lighter(150), Qt::BDiagPattern), QBrush(Qt::gray, Qt::Dense5Pattern)};
        for (int i = 0; i < 3; ++i) {
            if (parts.at(i) <= 0)
                continue;
            const QRectF segment(x, bar.top(), parts.at(i) * scale, bar.height());
            painter->fillRect(segment, brushes[i]);
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawRect(segment);
            x += segment.width();
        }
        const double memoryX = bar.left() + parts.at(3) * scale;
        QPen pen(option.palette.color(QPalette::Text), 2);
        painter->setPen(pen);
        painter->drawLine(QPointF(memoryX, bar.top() - 2), QPointF(memoryX, bar.bottom() + 2));
        painter->restore();
    }
};

} // namespace

FitView::FitView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("FitView"));
    m_model = new FitTableModel(m_dataset, this);
    m_model->setDarkPalette(palette().color(QPalette::Window).lightness() < 128);
    m_filter = new FitFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FitTableModel::SortRole);
    buildControls();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fitTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(FitTableModel::MemoryColumn, new MemoryBarDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FitTableModel::ModelColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the details; the arrows move between cells
    KeyboardPaths::addSortMenu(m_table);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("fitDetails"));
    m_chart = new FitContextChart(m_dataset, this);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(splitter, 1);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText); // holds the dataset's overhead assumption
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    layout->addWidget(m_note);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FitView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FitView::updateChart);

    retranslateUi();
    readSettings();
    recompute();
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

FitView::~FitView()
{
    writeSettings();
}

void FitView::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("fitDevice"));
    m_memory = new QDoubleSpinBox(this);
    m_memory->setObjectName(QStringLiteral("fitMemory"));
    m_memory->setRange(0.1, 100000);
    m_memory->setDecimals(1);
    m_bandwidth = new QDoubleSpinBox(this);
    m_bandwidth->setObjectName(QStringLiteral("fitBandwidth"));
    m_bandwidth->setRange(0, 1000000);
    m_bandwidth->setDecimals(1);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("fitCount"));
    m_count->setRange(1, 1024);
    m_weights = new QComboBox(this);
    m_weights->setObjectName(QStringLiteral("fitWeights"));
    m_kv = new QComboBox(this);
    m_kv->setObjectName(QStringLiteral("fitKv"));
    m_sequences = new QSpinBox(this);
    m_sequences->setObjectName(QStringLiteral("fitSequences"));
    m_sequences->setRange(1, 4096);
    m_overhead = new QDoubleSpinBox(this);
    m_overhead->setObjectName(QStringLiteral("fitOverhead"));
    m_overhead->setRange(0, 1000);
    m_overhead->setDecimals(2);
    m_overhead->setValue(double(m_dataset->fitDefaults.overheadBytes) / 1e9);
    m_context = new QSlider(Qt::Horizontal, this);
    m_context->setObjectName(QStringLiteral("fitContext"));
    m_context->setRange(0, int(Fit::contextSteps().size()) - 1);
    m_context->setPageStep(1);
    m_context->setTickPosition(QSlider::TicksBelow);
    m_context->setValue(int(Fit::contextSteps().indexOf(8192)));
    m_contextValue = new QLabel(this);
    m_contextValue->setMinimumWidth(m_contextValue->fontMetrics().horizontalAdvance(QStringLiteral("1,048,576 tokens")));
    m_onlyFitting = new QCheckBox(this);
    m_onlyFitting->setObjectName(QStringLiteral("fitOnlyFitting"));
    m_shown = new QLabel(this);
    m_deviceLabel = label(m_device);
    m_memoryLabel = label(m_memory);
    m_bandwidthLabel = label(m_bandwidth);
    m_countLabel = label(m_count);
    m_weightsLabel = label(m_weights);
    m_kvLabel = label(m_kv);
    m_sequencesLabel = label(m_sequences);
    m_overheadLabel = label(m_overhead);
    m_contextLabel = label(m_context);
    // Two rows of four label-and-field pairs, then the context: each row wraps in a narrow
    // window (or at 2x) instead of making the tab scroll sideways. The labels of a column are
    // as wide as each other (alignColumns), so the wide form reads as a grid.
    auto *form = new FlowLayout;
    const QList<QList<QWidget *>> rows{
        {m_deviceLabel, m_device, m_memoryLabel, m_memory, m_bandwidthLabel, m_bandwidth, m_countLabel, m_count},
        {m_weightsLabel, m_weights, m_kvLabel, m_kv, m_sequencesLabel, m_sequences, m_overheadLabel, m_overhead},
    };
    for (const QList<QWidget *> &row : rows) {
        for (qsizetype c = 0; c + 1 < row.size(); c += 2)
            form->addGroup({row.at(c), row.at(c + 1)});
        form->addBreak();
    }
    m_context->setMinimumWidth(160);
    QHBoxLayout *context = form->addGroup({m_contextLabel, m_context, m_contextValue}, 3);
    context->setStretch(1, 1);
    form->addGroup({m_onlyFitting, m_shown}, 1);
    // The choices' longest names would make the tab wider than a small screen: they elide.
    for (QComboBox *combo : {m_device, m_weights, m_kv}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    layout->addLayout(form);

    fillCombos();
    connectControls();
}

// Every control recomputes the rows (coalesced); the device also fills memory and bandwidth.
void FitView::connectControls()
{
    connect(m_device, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const Device *d = m_dataset->device(m_device->currentData().toString());
        m_memory->setEnabled(!d);
        m_bandwidth->setEnabled(!d);
        if (d) {
            const QSignalBlocker b1(m_memory), b2(m_bandwidth);
            m_memory->setValue(d->memoryGB);
            m_bandwidth->setValue(d->bandwidthGBps.value_or(0));
        }
        scheduleUpdate();
    });
    for (QComboBox *combo : {m_weights, m_kv})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &FitView::scheduleUpdate);
    for (QDoubleSpinBox *spin : {m_memory, m_bandwidth, m_overhead})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FitView::scheduleUpdate);
    for (QSpinBox *spin : {m_count, m_sequences})
        connect(spin, &QSpinBox::valueChanged, this, &FitView::scheduleUpdate);
    connect(m_context, &QSlider::valueChanged, this, &FitView::scheduleUpdate);
    connect(m_onlyFitting, &QCheckBox::toggled, this, &FitView::scheduleUpdate);
}

void FitView::fillCombos()
{
    const QVariant device = m_device->currentData(), weights = m_weights->currentData(), kv = m_kv->currentData();
    const QSignalBlocker b1(m_device), b2(m_weights), b3(m_kv);
    m_device->clear();
    for (const Device &d : m_dataset->devices)
        m_device->addItem(tr("%1 (%2 GB)").arg(d.name, QLocale().toString(d.memoryGB)), d.id);
    m_device->addItem(tr("Other: type memory and bandwidth"), QString());
    for (QComboBox *combo : {m_weights, m_kv}) {
        combo->clear();
        for (const Precision &p : m_dataset->precisions)
            combo->addItem(tr("%1 (%2 bits)").arg(p.name, QLocale().toString(p.bitsPerWeight)), p.id);
    }
    auto restore = [](QComboBox *combo, const QVariant &value, const QString &fallback) {
        const int i = combo->findData(value.isValid() ? value : QVariant(fallback));
        combo->setCurrentIndex(qMax(0, i));
    };
    restore(m_device, device, m_dataset->devices.isEmpty() ? QString() : m_dataset->devices.constFirst().id);
    restore(m_weights, weights, QStringLiteral("bf16"));
    restore(m_kv, kv, QStringLiteral("bf16"));
    const Device *d = m_dataset->device(m_device->currentData().toString());
    m_memory->setEnabled(!d);
    m_bandwidth->setEnabled(!d);
    if (d) {
        m_memory->setValue(d->memoryGB);
        m_bandwidth->setValue(d->bandwidthGBps.value_or(0));
    }
}

// The form's labels, column by column, as wide as the widest of their column.
void FitView::alignColumns()
{
    const QList<QPair<QLabel *, QLabel *>> columns{{m_deviceLabel, m_weightsLabel},
                                                  {m_memoryLabel, m_kvLabel},
                                                  {m_bandwidthLabel, m_sequencesLabel},
                                                  {m_countLabel, m_overheadLabel}};
    for (const auto &[first, second] : columns) {
        first->setMinimumWidth(0);
        second->setMinimumWidth(0);
        const int width = std::max(first->sizeHint().width(), second->sizeHint().width());
        first->setMinimumWidth(width);
        second->setMinimumWidth(width);
    }
}

void FitView::retranslateUi()
{
    m_deviceLabel->setText(tr("&Device:"));
    m_memoryLabel->setText(tr("&Memory:"));
    m_memory->setSuffix(tr(" GB"));
    m_bandwidthLabel->setText(tr("&Bandwidth:"));
    m_bandwidth->setSuffix(tr(" GB/s"));
    m_bandwidth->setSpecialValueText(tr("not stated"));
    m_countLabel->setText(tr("How &many:"));
    m_count->setToolTip(tr("Devices of this kind: the weights are split between them, and each one's memory is "
                           "counted on its own, never as one pool"));
    m_weightsLabel->setText(tr("&Weights:"));
    m_kvLabel->setText(tr("&KV cache:"));
    m_sequencesLabel->setText(tr("&Sequences:"));
    m_overheadLabel->setText(tr("&Overhead:"));
    m_overhead->setSuffix(tr(" GB a device"));
    m_contextLabel->setText(tr("&Context:"));
    m_onlyFitting->setText(tr("Only what &fits"));
    const QString assumption = m_dataset->fitDefaults.assumption.text();
    m_overhead->setToolTip(assumption);
    m_note->setText(tr("Bars: weights (solid, the family's colour), KV cache and state (hatched), overhead (dotted); "
                       "the line is the device's memory. The speed is an upper bound from memory bandwidth alone, "
                       "never a measurement. %1 Hover over a figure, or select a row, for its formula and sources.")
                        .arg(assumption));
    m_table->setAccessibleName(tr("What fits"));
    alignColumns();
    fillCombos();
    m_model->retranslate();
}

void FitView::scheduleUpdate()
{
    // While a slider moves, the updates it asks for are coalesced into one per event loop pass.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, &FitView::recompute);
}

void FitView::recompute()
{
    m_updatePending = false;
    FitRequest r = FitRequest::defaults(*m_dataset);
    r.setDevice(m_dataset->device(m_device->currentData().toString()));
    if (!r.device) {
        r.memoryGB = m_memory->value();
        r.bandwidthGBps.reset();
        if (m_bandwidth->value() > 0)
            r.bandwidthGBps = m_bandwidth->value();
    }
    r.count = m_count->value();
    r.weights = m_dataset->precision(m_weights->currentData().toString());
    r.kv = m_dataset->precision(m_kv->currentData().toString());
    r.context = Fit::contextSteps().value(m_context->value(), 8192);
    r.sequences = m_sequences->value();
    r.overheadBytes = qint64(m_overhead->value() * 1e9);
    m_contextValue->setText(tr("%1 tokens").arg(QLocale().toString(r.context)));
    m_model->setRequest(r);
    m_filter->setOnlyFitting(m_onlyFitting->isChecked());
    m_shown->setText(tr("%1 of %n model(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
    showDetails();
    updateChart();
    writeSettings();
}

QStringList FitView::chartModels() const
{
    QStringList models;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (models.size() == 5)
            break;
        models.append(m_model->result(m_filter->mapToSource(index).row()).model);
    }
    return models;
}

// The chosen rows against the context steps, for the tab's hardware.
void FitView::updateChart()
{
    if (m_chart)
        m_chart->setData(m_model->request(), chartModels());
}

void FitView::showDetails()
{
    const QModelIndex current = m_table ? m_table->currentIndex() : QModelIndex();
    if (!m_details)
        return;
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a model for the formulas, the numbers put in and the sources of each input."));
        return;
    }
    m_details->setHtml(m_model->explanationHtml(m_filter->mapToSource(current).row()));
}

void FitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_table) {
        retranslateUi();
        recompute();
    }
    else if (event->type() == QEvent::PaletteChange && m_model)
        m_model->setDarkPalette(palette().color(QPalette::Window).lightness() < 128);
    QWidget::changeEvent(event);
}

void FitView::readSettings()
{
    m_restoring = true;
    const QSettings settings;
    const QList<QPair<QComboBox *, QLatin1String>> combos{
        {m_device, SettingsKeys::FitDevice}, {m_weights, SettingsKeys::FitWeights}, {m_kv, SettingsKeys::FitKv}};
    for (const auto &combo : combos) {
        const int i = combo.first->findData(settings.value(combo.second).toString());
        if (i >= 0)
            combo.first->setCurrentIndex(i);
    }
    m_count->setValue(settings.value(SettingsKeys::FitCount, 1).toInt());
    m_sequences->setValue(settings.value(SettingsKeys::FitSequences, 1).toInt());
    m_context->setValue(settings.value(SettingsKeys::FitContext, m_context->value()).toInt());
    m_onlyFitting->setChecked(settings.value(SettingsKeys::FitOnlyFitting, false).toBool());
    m_restoring = false;
}

void FitView::writeSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(SettingsKeys::FitDevice, m_device->currentData().toString());
    settings.setValue(SettingsKeys::FitWeights, m_weights->currentData().toString());
    settings.setValue(SettingsKeys::FitKv, m_kv->currentData().toString());
    settings.setValue(SettingsKeys::FitCount, m_count->value());
    settings.setValue(SettingsKeys::FitSequences, m_sequences->value());
    settings.setValue(SettingsKeys::FitContext, m_context->value());
    settings.setValue(SettingsKeys::FitOnlyFitting, m_onlyFitting->isChecked());
}
