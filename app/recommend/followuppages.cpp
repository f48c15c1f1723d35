#include "app/recommend/followuppages.h"
#include "app/recommend/recommendwizard.h"
#include "app/shell/formrows.h"

#include "core/fit/fit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString customDevice = QStringLiteral("custom");



QLabel *noteLabel(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setEnabled(false); // the palette's quieter text colour
    return note;
}

int nextAfter(QWizard *wizard, int id)
{
    auto *w = qobject_cast<RecommendWizard *>(wizard);
    return w ? w->nextPageAfter(id) : -1;
}
} // namespace

HardwarePage::HardwarePage(const Dataset &dataset, int pageId, QWidget *parent)
    : QWizardPage(parent)
    , m_dataset(dataset)
    , m_pageId(pageId)
{
    setObjectName(QStringLiteral("followup-hardware"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("hardwareDevice"));
    m_device->addItem(QString(), QString());
    for (const Device &d : dataset.devices)
        m_device->addItem(QString(), d.id);
    m_device->addItem(QString(), customDevice);
    m_memory = new QDoubleSpinBox(this);
    m_memory->setObjectName(QStringLiteral("hardwareMemory"));
    m_memory->setRange(0, 1e6);
    m_memory->setDecimals(1);
    m_bandwidth = new QDoubleSpinBox(this);
    m_bandwidth->setObjectName(QStringLiteral("hardwareBandwidth"));
    m_bandwidth->setRange(0, 1e6);
    m_bandwidth->setDecimals(0);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("hardwareCount"));
    m_count->setRange(1, 1024);
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("hardwarePrecision"));
    m_precision->addItem(QString(), QString());
    for (const Precision &p : dataset.precisions)
        m_precision->addItem(p.name, p.id);
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("hardwareContext"));
    m_context->setRange(1, int(Fit::MaxContext));
    m_context->setSingleStep(1024);
    m_context->setGroupSeparatorShown(true);
    m_context->setValue(int(FitRequest::defaults(dataset).context));
    for (QWidget *w : std::initializer_list<QWidget *>{m_device, m_memory, m_bandwidth, m_count, m_precision, m_context})
        FormRows::addRow(m_form, w);
    m_note = noteLabel(this);
    layout->addWidget(m_note);
    layout->addStretch(1);
    auto changed = [this] {
        updateEnabled();
        if (!m_setting)
            Q_EMIT answerChanged();
    };
    connect(m_device, &QComboBox::currentIndexChanged, this, changed);
    connect(m_precision, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox *s : {m_memory, m_bandwidth})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox *s : {m_count, m_context})
        connect(s, &QSpinBox::valueChanged, this, changed);
    updateEnabled();
    retranslateUi();
}

HardwareAnswer HardwarePage::answer() const
{
    HardwareAnswer a;
    const QString device = m_device->currentData().toString();
    if (device.isEmpty())
        return a;
    if (device == customDevice) {
        a.memoryGB = m_memory->value();
        if (m_bandwidth->value() > 0)
            a.bandwidthGBps = m_bandwidth->value();
    } else {
        a.device = device;
    }
    a.count = m_count->value();
    a.precision = m_precision->currentData().toString();
    a.context = m_context->value();
    return a;
}

void HardwarePage::setAnswer(const HardwareAnswer &a)
{
    m_setting = true;
    int device = a.device.isEmpty() ? -1 : m_device->findData(a.device);
    if (device < 0 && a.memoryGB > 0)
        device = m_device->findData(customDevice);
    m_device->setCurrentIndex(std::max(device, 0));
    m_memory->setValue(a.memoryGB);
    m_bandwidth->setValue(a.bandwidthGBps.value_or(0));
    m_count->setValue(a.count);
    m_precision->setCurrentIndex(std::max(m_precision->findData(a.precision), 0));
    m_context->setValue(a.context > 0 ? int(a.context) : int(FitRequest::defaults(m_dataset).context));
    m_setting = false;
    updateEnabled();
}

void HardwarePage::updateEnabled()
{
    const QString device = m_device->currentData().toString();
    const bool custom = device == customDevice;
    m_memory->setEnabled(custom);
    m_bandwidth->setEnabled(custom);
    for (QWidget *w : std::initializer_list<QWidget *>{m_count, m_precision, m_context})
        w->setEnabled(!device.isEmpty());
}

void HardwarePage::retranslateUi()
{
    setTitle(tr("What hardware will run it?"));
    setSubTitle(tr("The result then names the models of the recommended family that fit, at which precision and "
                   "context, and the closest of the other family. Leave the device \"Not given\" to skip this."));
    m_device->setItemText(0, tr("Not given"));
    for (int i = 1; i < m_device->count() - 1; ++i) {
        const Device *d = m_dataset.device(m_device->itemData(i).toString());
        m_device->setItemText(i, tr("%1 (%2)").arg(d->name, Fit::gigabytes(qint64(d->memoryGB * 1e9))));
    }
    m_device->setItemText(m_device->count() - 1, tr("Another device: type its memory"));
    m_precision->setItemText(0, tr("The most bits that fit each model"));
    m_memory->setSuffix(tr(" GB"));
    m_bandwidth->setSuffix(tr(" GB/s"));
    m_bandwidth->setSpecialValueText(tr("not known"));
    m_context->setSuffix(tr(" tokens"));
    FormRows::setLabel(m_form, m_device, tr("&Device:"));
    FormRows::setLabel(m_form, m_memory, tr("&Memory per device:"));
    FormRows::setLabel(m_form, m_bandwidth, tr("Memory &bandwidth:"));
    FormRows::setLabel(m_form, m_count, tr("How &many:"));
    FormRows::setLabel(m_form, m_precision, tr("&Weights precision:"));
    FormRows::setLabel(m_form, m_context, tr("&Context:"));
    m_note->setText(tr("Several devices split the weights; each one's memory is counted on its own. Memory and "
                       "speed come from the dataset's sourced architectures, as in the Fit tab."));
}

int HardwarePage::nextId() const
{
    return nextAfter(wizard(), m_pageId);
}

void HardwarePage::initializePage()
{
    m_device->setFocus(Qt::TabFocusReason);
}

WorkloadPage::WorkloadPage(int pageId, QWidget *parent)
    : QWizardPage(parent)
    , m_pageId(pageId)
{
    setObjectName(QStringLiteral("followup-workload"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_input = new QDoubleSpinBox(this);
    m_input->setObjectName(QStringLiteral("workloadInput"));
    m_output = new QDoubleSpinBox(this);
    m_output->setObjectName(QStringLiteral("workloadOutput"));
    for (QDoubleSpinBox *s : {m_input, m_output}) {
        s->setRange(0, 1e9);
        s->setDecimals(1);
        s->setGroupSeparatorShown(true);
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_setting)
                Q_EMIT answerChanged();
        });
    }
    m_cached = new QSpinBox(this);
    m_cached->setObjectName(QStringLiteral("workloadCached"));
    m_cached->setRange(0, 100);
    connect(m_cached, &QSpinBox::valueChanged, this, [this] {
        if (!m_setting)
            Q_EMIT answerChanged();
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_input, m_output, m_cached})
        FormRows::addRow(m_form, w);
    m_note = noteLabel(this);
    layout->addWidget(m_note);
    layout->addStretch(1);
    retranslateUi();
}

WorkloadAnswer WorkloadPage::answer() const
{
    WorkloadAnswer a;
    a.inputMTok = m_input->value();
    a.outputMTok = m_output->value();
    a.cachedShare = m_cached->value() / 100.0;
    return a;
}

void WorkloadPage::setAnswer(const WorkloadAnswer &a)
{
    m_setting = true;
    m_input->setValue(a.inputMTok);
    m_output->setValue(a.outputMTok);
    m_cached->setValue(int(std::lround(a.cachedShare * 100)));
    m_setting = false;
}

void WorkloadPage::retranslateUi()
{
    setTitle(tr("How many tokens a month?"));
    setSubTitle(tr("The result then shows what the recommended family's models would cost a month at their dated "
                   "list prices. Leave both at 0 to skip this."));
    m_input->setSuffix(tr(" million"));
    m_output->setSuffix(tr(" million"));
    m_cached->setSuffix(tr(" %"));
    FormRows::setLabel(m_form, m_input, tr("&Input tokens a month:"));
    FormRows::setLabel(m_form, m_output, tr("&Output tokens a month:"));
    FormRows::setLabel(m_form, m_cached, tr("Input served from the &cache:"));
    m_note->setText(tr("Each price stays in its own currency and carries its date and source; the Cost tab has "
                       "every priced model, discount windows and context bands."));
}

int WorkloadPage::nextId() const
{
    return nextAfter(wizard(), m_pageId);
}

void WorkloadPage::initializePage()
{
    m_input->setFocus(Qt::TabFocusReason);
}
