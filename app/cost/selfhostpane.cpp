#include "app/cost/selfhostpane.h"

#include "app/shell/flowlayout.h"
#include "app/shell/formrows.h"
#include "app/shell/settingskeys.h"

#include "render/html/html.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>

namespace {


} // namespace

SelfHostPane::SelfHostPane(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QGroupBox(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("selfHostPane"));
    // The two forms and the result side by side, wrapping in a narrow window (or at 2x).
    auto *row = new FlowLayout(this);
    row->setItemsAtTop(true);
    m_form = new QFormLayout;
    row->addLayout(m_form);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("selfHostModel"));
    for (const Architecture &a : m_dataset->architectures) {
        const Model *m = m_dataset->model(a.model);
        if (m && !m->apiOnly)
            m_model->addItem(m->name, m->id);
    }
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("selfHostDevice"));
    for (const Device &d : m_dataset->devices)
        m_device->addItem(d.name, d.id);
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("selfHostPrecision"));
    for (const Precision &p : m_dataset->precisions)
        m_precision->addItem(p.name, p.id);
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("selfHostContext"));
    m_context->setRange(1, int(Fit::MaxContext));
    m_context->setSingleStep(1024);
    m_context->setGroupSeparatorShown(true);
    m_price = new QDoubleSpinBox(this);
    m_price->setObjectName(QStringLiteral("selfHostPrice"));
    m_price->setRange(0, 1e6);
    m_price->setDecimals(2);
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("selfHostCurrency"));
    m_currency->setMaxLength(3);
    m_throughput = new QDoubleSpinBox(this);
    m_throughput->setObjectName(QStringLiteral("selfHostThroughput"));
    m_throughput->setRange(0, 1e9);
    m_throughput->setDecimals(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_model, m_device, m_precision, m_context})
        FormRows::addRow(m_form, w);
    m_userForm = new QFormLayout;
    row->addLayout(m_userForm);
    for (QWidget *w : std::initializer_list<QWidget *>{m_price, m_currency, m_throughput})
        FormRows::addRow(m_userForm, w);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("selfHostResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumWidth(240);
    row->addWidget(m_result, 1);

    // The Fit tab's hardware to start with; the price and currency of last time (never a default).
    const QSettings settings;
    const FitRequest defaults = FitRequest::defaults(*m_dataset);
    m_device->setCurrentIndex(std::max(0, m_device->findData(settings.value(SettingsKeys::FitDevice).toString())));
    const int weights = m_precision->findData(settings.value(SettingsKeys::FitWeights).toString());
    m_precision->setCurrentIndex(weights >= 0 ? weights : std::max(0, m_precision->findData(defaults.weights ? defaults.weights->id : QString())));
    m_context->setValue(settings.value(SettingsKeys::FitContext, int(defaults.context)).toInt());
    m_price->setValue(settings.value(SettingsKeys::CostGpuHourPrice, 0).toDouble());
    m_currency->setText(settings.value(SettingsKeys::CostGpuCurrency).toString());

    for (QComboBox *c : {m_model, m_device, m_precision})
        connect(c, &QComboBox::currentIndexChanged, this, &SelfHostPane::refresh);
    connect(m_context, &QSpinBox::valueChanged, this, &SelfHostPane::refresh);
    for (QDoubleSpinBox *s : {m_price, m_throughput})
        connect(s, &QDoubleSpinBox::valueChanged, this, &SelfHostPane::refresh);
    connect(m_currency, &QLineEdit::textChanged, this, &SelfHostPane::refresh);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [](double v) { QSettings().setValue(SettingsKeys::CostGpuHourPrice, v); });
    connect(m_currency, &QLineEdit::textChanged, this,
            [](const QString &c) { QSettings().setValue(SettingsKeys::CostGpuCurrency, c); });
    retranslateUi();
}

void SelfHostPane::setMonthlyMTok(double mtok)
{
    m_monthlyMTok = mtok;
    refresh();
}

void SelfHostPane::refresh()
{
    const Model *m = m_dataset->model(m_model->currentData().toString());
    const Device *d = m_dataset->device(m_device->currentData().toString());
    if (!m || !d) {
        m_result->setText(tr("No model or device in the dataset."));
        return;
    }
    FitRequest r = FitRequest::defaults(*m_dataset);
    r.setDevice(d);
    r.weights = m_dataset->precision(m_precision->currentData().toString());
    r.context = m_context->value();
    const std::optional<double> price = m_price->value() > 0 ? std::optional<double>(m_price->value()) : std::nullopt;
    const std::optional<double> typed = m_throughput->value() > 0 ? std::optional<double>(m_throughput->value()) : std::nullopt;
    const QString currency = m_currency->text().trimmed().toUpper();
    m_input = SelfHosting::fromFit(*m_dataset, *m, r, price, currency, typed, m_monthlyMTok);
    m_estimate = SelfHosting::estimate(m_input);
    const SelfHostingEstimate &e = m_estimate;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(Html::escape(tr("An estimate, with the assumptions below")));
    lines << Html::escape(tr("GPUs needed: %1 (from the fit at %2, %3 tokens)")
                              .arg(e.gpus ? QLocale().toString(*e.gpus) : tr("more than 64, or not known"),
                                   r.weights ? r.weights->name : tr("not stated"), QLocale().toString(r.context)));
    lines << Html::escape(tr("Throughput: %1 (%2)")
                              .arg(m_input.tokensPerSecond ? tr("%1 tokens/s").arg(QLocale().toString(*m_input.tokensPerSecond, 'f', 1))
                                                           : tr("not known"),
                                   m_input.throughputFromFit ? tr("the Fit view's decode upper bound") : tr("yours")));
    lines << QStringLiteral("<b>%1</b>")
                 .arg(Html::escape(tr("Cost per million tokens: %1").arg(SelfHosting::amountText(e.costPerMTok, currency))));
    lines << Html::escape(tr("A month of %1 M tokens (the workload above): %2 while busy; %3 with the GPUs always on")
                              .arg(QLocale().toString(m_monthlyMTok), SelfHosting::amountText(e.monthlyCost, currency),
                                   SelfHosting::amountText(e.alwaysOnMonthly, currency)));
    for (const QString &warning : e.warnings)
        lines << QStringLiteral("<b>%1</b>").arg(Html::escape(warning));
    for (const QString &missing : e.missing)
        lines << Html::escape(tr("Missing: %1").arg(missing));
    QString list;
    for (const QString &a : e.assumptions)
        list += QStringLiteral("<li>%1</li>").arg(Html::escape(a));
    m_result->setText(lines.join(QStringLiteral("<br>")) + QStringLiteral("<ul>%1</ul>").arg(list));
}

void SelfHostPane::retranslateUi()
{
    setTitle(tr("Self-hosting estimate"));
    FormRows::setLabel(m_form, m_model, tr("&Model:"));
    FormRows::setLabel(m_form, m_device, tr("D&evice:"));
    FormRows::setLabel(m_form, m_precision, tr("&Precision:"));
    FormRows::setLabel(m_form, m_context, tr("Conte&xt:"));
    FormRows::setLabel(m_userForm, m_price, tr("&Your price of a GPU hour:"));
    FormRows::setLabel(m_userForm, m_currency, tr("C&urrency of that price:"));
    FormRows::setLabel(m_userForm, m_throughput, tr("&Throughput you measured:"));
    m_price->setSpecialValueText(tr("not given"));
    m_throughput->setSpecialValueText(tr("the Fit view's upper bound"));
    m_throughput->setSuffix(tr(" tokens/s"));
    m_context->setSuffix(tr(" tokens"));
    m_currency->setPlaceholderText(tr("e.g. USD"));
    refresh();
}

void SelfHostPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
