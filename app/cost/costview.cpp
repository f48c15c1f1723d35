#include "app/cost/costview.h"
#include "app/shell/flowlayout.h"
#include "app/shell/keyboardpaths.h"

#include "app/charts/charthover.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/chartsview.h"
#include "app/cost/selfhostpane.h"
#include "app/shell/settingskeys.h"
#include "core/cost/priceclaimcheck.h"
#include "render/html/html.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

static_assert(int(Cost::Field::Notes) == CostView::NotesColumn, "the columns follow Cost::Field");

namespace {
constexpr int SortRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

// A cell that sorts by its number (missing numbers last), shown in the locale's digits.
class NumberItem : public QTableWidgetItem
{
public:
    explicit NumberItem(const std::optional<double> &value, const QString &missing)
    {
        setData(SortRole, value ? *value : std::numeric_limits<double>::max());
        setText(value ? QLocale().toString(*value, 'f', *value != 0 && std::abs(*value) < 1 ? 4 : 2) : missing);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(SortRole).toDouble() < other.data(SortRole).toDouble();
    }
};

QDoubleSpinBox *millions(QWidget *parent, const QString &name, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 1e9);
    spin->setDecimals(1);
    spin->setValue(value);
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *whole(QWidget *parent, const QString &name, int min, int max, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setAccelerated(true);
    return spin;
}
} // namespace

CostView::CostView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("CostView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_form = new QFormLayout;
    buildControls(m_form);
    layout->addLayout(m_form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("costSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableWidget(splitter);
    m_view->setObjectName(QStringLiteral("costTable"));
    m_view->setColumnCount(ColumnCount);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the chart; the arrows move between cells
    KeyboardPaths::addSortMenu(m_view);
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &CostView::showDetails);
    auto *chartSide = new QWidget(splitter);
    auto *chartLayout = new QGridLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *benchmarkRow = new QHBoxLayout;
    m_benchmarkLabel = new QLabel(chartSide);
    m_benchmark = new QComboBox(chartSide);
    m_benchmark->setObjectName(QStringLiteral("costBenchmark"));
    m_benchmarkLabel->setBuddy(m_benchmark);
    benchmarkRow->addWidget(m_benchmarkLabel);
    benchmarkRow->addWidget(m_benchmark, 1);
    chartLayout->addLayout(benchmarkRow, 0, 0);
    m_chartView = new QChartView(chartSide);
    m_chartView->setObjectName(QStringLiteral("costChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Narrow enough, with the notes beside it, for a 1600-wide screen at 2x (800 across).
    m_chartView->setMinimumSize(360, 300);
    m_chartHover = new ChartHover(m_chartView); // each point: its price, score and sources
    chartLayout->addWidget(m_chartView, 1, 0);
    m_chartNotes = new QLabel(chartSide);
    m_chartNotes->setWordWrap(true);
    m_chartNotes->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    m_chartNotes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chartNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chartLayout->addWidget(m_chartNotes, 0, 1, 2, 1);
    chartLayout->setColumnStretch(0, 3);
    chartLayout->setColumnStretch(1, 2);
    // The self-hosting estimate, last: the splitter gives the table and the chart the room.
    auto *selfHostScroll = new QScrollArea(splitter);
    selfHostScroll->setWidgetResizable(true);
    selfHostScroll->setFrameShape(QFrame::NoFrame);
    selfHostScroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus, not the frame around them
    m_selfHost = new SelfHostPane(m_dataset);
    selfHostScroll->setWidget(m_selfHost);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("costDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_claim = new QLabel(this);
    m_claim->setObjectName(QStringLiteral("costClaim"));
    m_claim->setWordWrap(true);
    m_claim->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_claim);

    fillCurrencies();
    fillBenchmarks();
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &CostView::rebuildChart);
    retranslateUi();
    refresh();
    m_view->sortByColumn(MonthlyColumn, Qt::AscendingOrder);
}

void CostView::buildControls(QFormLayout *form)
{
    // The workload of last time, else 200 M input and 40 M output tokens a month.
    const QSettings settings;
    m_input = millions(this, QStringLiteral("costInput"), settings.value(SettingsKeys::CostInput, 200).toDouble());
    m_output = millions(this, QStringLiteral("costOutput"), settings.value(SettingsKeys::CostOutput, 40).toDouble());
    m_cached = whole(this, QStringLiteral("costCached"), 0, 100, settings.value(SettingsKeys::CostCached, 0).toInt());
    m_discount = whole(this, QStringLiteral("costDiscount"), 0, 100, settings.value(SettingsKeys::CostDiscount, 0).toInt());
    m_request = whole(this, QStringLiteral("costRequest"), 1, 100000000, settings.value(SettingsKeys::CostRequest, 8192).toInt());
    const QDate savedOn = QDate::fromString(settings.value(SettingsKeys::CostOn).toString(), Qt::ISODate);
    m_newest = new QCheckBox(this);
    m_newest->setObjectName(QStringLiteral("costNewest"));
    m_newest->setChecked(!savedOn.isValid());
    m_on = new QDateEdit(this);
    m_on->setObjectName(QStringLiteral("costOn"));
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setCalendarPopup(true);
    const QDate newest = Cost::newestDate(*m_dataset);
    m_on->setDate(savedOn.isValid() ? savedOn : newest.isValid() ? newest : QDate::currentDate());
    m_on->setEnabled(savedOn.isValid());
    m_inParts = new QDoubleSpinBox(this);
    m_inParts->setObjectName(QStringLiteral("costInputParts"));
    m_outParts = new QDoubleSpinBox(this);
    m_outParts->setObjectName(QStringLiteral("costOutputParts"));
    for (QDoubleSpinBox *s : {m_inParts, m_outParts}) {
        s->setRange(0, 100);
        s->setDecimals(1);
    }
    m_inParts->setValue(Cost::DefaultInputParts);
    m_outParts->setValue(Cost::DefaultOutputParts);
    m_maxAge = whole(this, QStringLiteral("costMaxAge"), 1, 120, Cost::DefaultMaxAgeMonths);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("costTarget"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("costRate"));
    m_rate->setRange(0, 1e6);
    m_rate->setDecimals(4);
    m_rateLabel = new QLabel(this);

    // Each row's fields wrap (a label stays with its field) in a narrow window or at 2x.
    auto row = [](std::initializer_list<QList<QWidget *>> groups) {
        auto *flow = new FlowLayout;
        for (const QList<QWidget *> &group : groups)
            flow->addGroup(group);
        return flow;
    };
    m_outputLabel = new QLabel(this);
    m_discountLabel = new QLabel(this);
    m_maxAgeLabel = new QLabel(this);
    form->addRow(QStringLiteral("1"), row({{m_input}, {m_outputLabel, m_output}}));
    form->addRow(QStringLiteral("2"), row({{m_cached}, {m_discountLabel, m_discount}}));
    form->addRow(QStringLiteral("3"), row({{m_request}}));
    form->addRow(QStringLiteral("4"), row({{m_newest, m_on}, {m_maxAgeLabel, m_maxAge}}));
    form->addRow(QStringLiteral("5"), row({{m_inParts, new QLabel(QStringLiteral(":"), this), m_outParts}}));
    form->addRow(QStringLiteral("6"), row({{m_target}, {m_rateLabel, m_rate}}));
    // Tab goes row by row, left to right (the newest prices' fields were made out of that order).
    KeyboardPaths::setTabOrder({m_input, m_output, m_cached, m_discount, m_request, m_newest, m_on, m_maxAge, m_inParts,
                                m_outParts, m_target, m_rate});

    for (QDoubleSpinBox *s : {m_input, m_output, m_inParts, m_outParts, m_rate})
        connect(s, &QDoubleSpinBox::valueChanged, this, &CostView::refresh);
    for (QSpinBox *s : {m_cached, m_discount, m_request, m_maxAge})
        connect(s, &QSpinBox::valueChanged, this, &CostView::refresh);
    connect(m_on, &QDateEdit::dateChanged, this, &CostView::refresh);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CostView::refresh);
    connect(m_newest, &QCheckBox::toggled, this, [this](bool useNewest) {
        m_on->setEnabled(!useNewest);
        refresh();
    });
    // Each change of the workload is remembered.
    for (QDoubleSpinBox *s : {m_input, m_output})
        connect(s, &QDoubleSpinBox::valueChanged, this, &CostView::saveWorkload);
    for (QSpinBox *s : {m_cached, m_discount, m_request})
        connect(s, &QSpinBox::valueChanged, this, &CostView::saveWorkload);
    connect(m_on, &QDateEdit::dateChanged, this, &CostView::saveWorkload);
    connect(m_newest, &QCheckBox::toggled, this, &CostView::saveWorkload);
}

void CostView::saveWorkload() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::CostInput, m_input->value());
    settings.setValue(SettingsKeys::CostOutput, m_output->value());
    settings.setValue(SettingsKeys::CostCached, m_cached->value());
    settings.setValue(SettingsKeys::CostDiscount, m_discount->value());
    settings.setValue(SettingsKeys::CostRequest, m_request->value());
    settings.setValue(SettingsKeys::CostOn, m_newest->isChecked() ? QString() : m_on->date().toString(Qt::ISODate));
}

std::optional<Workload> CostView::savedWorkload()
{
    const QSettings settings;
    if (!settings.contains(SettingsKeys::CostInput))
        return std::nullopt;
    Workload w;
    w.inputMTok = std::max(0.0, settings.value(SettingsKeys::CostInput).toDouble());
    w.outputMTok = std::max(0.0, settings.value(SettingsKeys::CostOutput).toDouble());
    w.cachedShare = std::clamp(settings.value(SettingsKeys::CostCached).toInt(), 0, 100) / 100.0;
    w.discountShare = std::clamp(settings.value(SettingsKeys::CostDiscount).toInt(), 0, 100) / 100.0;
    w.requestInputTokens = std::max(1, settings.value(SettingsKeys::CostRequest, 8192).toInt());
    w.on = QDate::fromString(settings.value(SettingsKeys::CostOn).toString(), Qt::ISODate);
    return w;
}

void CostView::fillCurrencies()
{
    QStringList currencies;
    for (const Price &p : m_dataset->prices) {
        if (!currencies.contains(p.currency))
            currencies.append(p.currency);
    }
    m_target->addItem(QString(), QString()); // no conversion; its text is set by retranslateUi
    for (const QString &c : std::as_const(currencies))
        m_target->addItem(c, c);
}

void CostView::retranslateUi()
{
    auto label = [this](int row) { return qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()); };
    label(0)->setText(tr("Tokens a month (millions), input:"));
    m_outputLabel->setText(tr("output:"));
    label(1)->setText(tr("Input from the cache (%):"));
    m_discountLabel->setText(tr("traffic in a discount window (%):"));
    label(2)->setText(tr("Input tokens per request (context band):"));
    label(3)->setText(tr("Prices in force on:"));
    m_newest->setText(tr("the newest"));
    m_maxAgeLabel->setText(tr("mark prices older than (months):"));
    label(4)->setText(tr("Blended price, input:output ratio:"));
    label(5)->setText(tr("Compare in:"));
    m_benchmarkLabel->setText(tr("Price against the score on:"));
    m_target->setItemText(0, tr("each price's own currency"));
    m_rate->setSpecialValueText(tr("no rate"));
    m_rate->setToolTip(tr("Your exchange rate; Versus never assumes one."));
    // What a screen reader says for each field: the visible labels sit beside several of them.
    m_input->setAccessibleName(tr("Input tokens a month, in millions"));
    m_output->setAccessibleName(tr("Output tokens a month, in millions"));
    m_cached->setAccessibleName(tr("Share of the input from the cache, in percent"));
    m_discount->setAccessibleName(tr("Share of the traffic in a discount window, in percent"));
    m_request->setAccessibleName(tr("Input tokens per request (context band)"));
    m_newest->setAccessibleName(tr("Prices in force: the newest"));
    m_on->setAccessibleName(tr("Prices in force on this day"));
    m_maxAge->setAccessibleName(tr("Mark prices older than this many months"));
    m_inParts->setAccessibleName(tr("Blended price: parts of input"));
    m_outParts->setAccessibleName(tr("Blended price: parts of output"));
    m_target->setAccessibleName(tr("Currency to compare in"));
    m_rate->setAccessibleName(tr("Exchange rate you give"));
    m_view->setAccessibleName(tr("Monthly cost of the workload for every priced model"));
    QStringList headers;
    for (int column = 0; column < ColumnCount; ++column)
        headers << Cost::fieldTitle(Cost::Field(column)); // the columns are in Cost::Field's order
    m_view->setHorizontalHeaderLabels(headers);
    refresh();
}

void CostView::refresh()
{
    if (!m_view)
        return;
    Workload w;
    w.inputMTok = m_input->value();
    w.outputMTok = m_output->value();
    w.cachedShare = m_cached->value() / 100.0;
    w.discountShare = m_discount->value() / 100.0;
    w.requestInputTokens = m_request->value();
    w.on = m_newest->isChecked() ? QDate() : m_on->date();
    const QDate reference = Cost::referenceDate(*m_dataset);
    m_table = CostExport::table(*m_dataset, w, reference, m_maxAge->value());
    if (m_selfHost)
        m_selfHost->setMonthlyMTok(w.inputMTok + w.outputMTok);
    m_table.inputParts = m_inParts->value();
    m_table.outputParts = m_outParts->value();
    const QString target = m_target->currentData().toString();
    m_otherCurrency.clear();
    for (int i = 1; i < m_target->count() && m_otherCurrency.isEmpty(); ++i) {
        if (m_target->itemData(i).toString() != target)
            m_otherCurrency = m_target->itemData(i).toString();
    }
    const bool converting = !target.isEmpty() && !m_otherCurrency.isEmpty();
    m_rateLabel->setText(converting ? tr("1 %1 =").arg(m_otherCurrency) : QString());
    m_rate->setSuffix(converting ? QLatin1Char(' ') + target : QString());
    m_rate->setEnabled(converting);
    m_summary->setText(tr("List prices in force on %1, each in its own currency; ages measured against %2. %n model(s) "
                          "have no price in force that day.",
                          nullptr, int(m_table.unpriced.size()))
                           .arg(m_table.workload.on.toString(Qt::ISODate), reference.toString(Qt::ISODate)));
    fillTable();
    updateClaim();
    rebuildChart();
}

std::optional<double> CostView::converted(const CostLine &line) const
{
    const QString target = m_target->currentData().toString();
    if (target.isEmpty() || !line.monthlyCost)
        return std::nullopt;
    CurrencyRates rates;
    if (m_rate->value() > 0 && !m_otherCurrency.isEmpty())
        rates.set(m_otherCurrency, target, m_rate->value());
    return rates.convert(*line.monthlyCost, line.price->currency, target);
}

void CostView::fillTable()
{
    m_view->setSortingEnabled(false);
    m_view->clearContents();
    m_view->setRowCount(int(m_table.lines.size()));
    for (int row = 0; row < m_table.lines.size(); ++row)
        fillRow(row, m_table.lines.at(row));
    m_view->setColumnHidden(ConvertedColumn, m_target->currentData().toString().isEmpty());
    m_view->setSortingEnabled(true);
    m_view->resizeColumnsToContents();
}

void CostView::fillRow(int row, const CostLine &line)
{
    const Price &p = *line.price;
    const Model *m = m_dataset->model(p.model);
    auto text = [this, row](int column, const QString &value) {
        auto *item = new QTableWidgetItem(value);
        m_view->setItem(row, column, item);
        return item;
    };
    QTableWidgetItem *model = text(ModelColumn, m ? m->name : p.model);
    model->setData(LineRole, row);
    if (const Family *f = m ? m_dataset->family(m->family) : nullptr)
        model->setForeground(f->displayColor(palette().color(QPalette::Window).lightness() < 128));
    text(ProviderColumn, p.apiModel.isEmpty() ? p.provider.text() : tr("%1 (%2)").arg(p.provider.text(), p.apiModel));
    text(ModeColumn, Cost::modeText(*m_dataset, p.mode));
    text(CurrencyColumn, p.currency);
    const QString notStated = Cost::notStated();
    m_view->setItem(row, InputColumn, new NumberItem(p.inputPerMTok, notStated));
    m_view->setItem(row, CachedColumn, new NumberItem(p.cachedInputPerMTok, notStated));
    m_view->setItem(row, OutputColumn, new NumberItem(p.outputPerMTok, notStated));
    m_view->setItem(row, BlendedColumn,
                    new NumberItem(Cost::blendedPrice(p, m_table.inputParts, m_table.outputParts), notStated));
    m_view->setItem(row, MonthlyColumn, new NumberItem(line.monthlyCost, Cost::notOffered()));
    const auto conv = converted(line);
    m_view->setItem(row, ConvertedColumn, new NumberItem(conv, line.monthlyCost ? tr("no rate") : Cost::notOffered()));
    QTableWidgetItem *date = text(DateColumn, Cost::dateText(p));
    if (line.possiblyOutdated) {
        date->setText(Cost::outdated(date->text()));
        date->setForeground(palette().color(QPalette::PlaceholderText));
    }
    text(SourceColumn, p.sources.join(QStringLiteral(", ")));
    text(NotesColumn, Cost::lineNotes(line, m_table.workload).join(QStringLiteral("; ")));
}

void CostView::showDetails()
{
    const QList<QTableWidgetItem *> selected = m_view->selectedItems();
    const QTableWidgetItem *first = selected.isEmpty() ? nullptr : m_view->item(selected.constFirst()->row(), ModelColumn);
    if (!first) {
        m_details->setText(tr("Select a row to see its price's sources."));
        return;
    }
    const CostLine &line = m_table.lines.at(first->data(LineRole).toInt());
    const Price &p = *line.price;
    QStringList parts{tr("<b>%1</b> at %2: %3").arg(Html::escape(first->text()), Html::escape(p.provider.text()),
                                                    Html::escape(Cost::dateText(p)))};
    if (!p.period.isEmpty())
        parts << tr("Date as the source gives it: %1").arg(Html::escape(p.period.text()));
    if (!p.terms.isEmpty())
        parts << tr("Terms: %1").arg(Html::escape(p.terms.text()));
    if (!p.note.isEmpty())
        parts << Html::escape(p.note.text());
    for (const QString &id : p.sources) {
        const Source *s = m_dataset->source(id);
        if (!s)
            continue;
        parts << (s->kind == QLatin1String("secondary") ? tr("%1 (secondary): %2 — %3") : tr("%1: %2 — %3"))
                     .arg(id, Html::escape(s->title.text()), Html::escape(s->where));
    }
    m_details->setText(parts.join(QStringLiteral("<br>")));
}

void CostView::updateClaim()
{
    QStringList parts;
    for (const PriceClaim &claim : m_dataset->priceClaims) {
        const PriceClaimCheck check = PriceClaimCheck::check(*m_dataset, claim, m_table.workload.on, m_table.inputParts,
                                                             m_table.outputParts);
        parts << tr("<b>The document:</b> “%1” — <b>%2</b>").arg(Html::escape(claim.claim.text()),
                                                                 Html::escape(check.verdictText()));
        for (const QString &line : check.detail(*m_dataset))
            parts << Html::escape(line);
    }
    m_claim->setText(parts.join(QStringLiteral("<br>")));
    m_claim->setVisible(!parts.isEmpty());
}

void CostView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void CostView::fillBenchmarks()
{
    QSet<QString> priced;
    for (const Price &p : m_dataset->prices)
        priced.insert(p.model);
    for (const Benchmark &b : m_dataset->benchmarks) {
        const bool any = std::any_of(m_dataset->scores.cbegin(), m_dataset->scores.cend(), [&](const Score &s) {
            return s.benchmark == b.id && priced.contains(s.model);
        });
        if (any)
            m_benchmark->addItem(b.name, b.id);
    }
    const auto chart = std::find_if(m_dataset->charts.cbegin(), m_dataset->charts.cend(),
                                    [](const Chart &c) { return c.kind == QLatin1String("price-score"); });
    if (chart != m_dataset->charts.cend()) {
        const int index = m_benchmark->findData(chart->spec.value(QLatin1String("benchmark")).toString());
        m_benchmark->setCurrentIndex(std::max(index, 0));
    }
}

void CostView::rebuildChart()
{
    const auto chart = std::find_if(m_dataset->charts.cbegin(), m_dataset->charts.cend(),
                                    [](const Chart &c) { return c.kind == QLatin1String("price-score"); });
    if (!m_chartView || chart == m_dataset->charts.cend() || m_benchmark->count() == 0) {
        if (m_chartView)
            m_chartView->setVisible(false);
        return;
    }
    ChartOptions o;
    o.benchmark = m_benchmark->currentData().toString();
    o.pricesOn = m_table.workload.on;
    o.inputParts = m_table.inputParts;
    o.outputParts = m_table.outputParts;
    o.darkPalette = palette().color(QPalette::Window).lightness() < 128;
    m_chartView->setVisible(true);
    QChart *old = m_chartView->chart();
    QChart *made = ChartRenderer::create(*m_dataset, *chart, o);
    made->setTitle(tr("%1 against the blended price").arg(Html::escape(m_benchmark->currentText()))); // rich text
    const ChartData built = ChartData::build(*m_dataset, *chart, o);
    // The score axis is as tall as the chart beside the table: its title is the benchmark's
    // name alone (the whole title was elided at 1280x720); the notes give the rest.
    const auto scoreAxes = made->axes(Qt::Vertical);
    if (!scoreAxes.isEmpty())
        scoreAxes.first()->setTitleText(Html::escape(m_benchmark->currentText()));
    m_chartView->setChart(made);
    m_chartHover->attach(made);
    if (old && old != made)
        delete old;
    QStringList notes = built.footnotes;
    if (!built.yTitle.isEmpty())
        notes.prepend(tr("Score axis: %1.").arg(built.yTitle));
    m_chartNotes->setText(notes.join(QLatin1Char('\n')));
    m_chartView->setAccessibleName(ChartsView::tr("Chart: %1").arg(made->title()));
    m_chartView->setAccessibleDescription(ChartsView::accessibleSummary(built));
}

bool CostView::exportTo(const QString &path, QString *error) const
{
    return CostExport::write(*m_dataset, m_table, path, error);
}

void CostView::exportWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(SettingsKeys::LastExportDir).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cost Table"), QDir(dir).filePath(QStringLiteral("cost.csv")),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(SettingsKeys::LastExportDir, QFileInfo(path).absolutePath());
    QString error;
    if (exportTo(path, &error))
        Q_EMIT message(tr("Cost table exported to %1").arg(QDir::toNativeSeparators(path)), false);
    else
        Q_EMIT message(error, true);
}
