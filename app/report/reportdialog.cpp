#include "app/report/reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(ReportOptions::Sections available, ReportOptions::Sections chosen,
                           const std::optional<QPageSize> &pageSize, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *group = new QGroupBox(tr("Sections"), this);
    auto *groupLayout = new QVBoxLayout(group);
    auto *fixed = new QLabel(tr("The title page and the contents are always included."), group);
    fixed->setWordWrap(true);
    groupLayout->addWidget(fixed);
    const struct
    {
        ReportOptions::Section section;
        const char *name;
    } sections[] = {{ReportOptions::Matrix, "matrix"},         {ReportOptions::Charts, "charts"},
                    {ReportOptions::Recommendation, "recommendation"}, {ReportOptions::Verdicts, "verdicts"},
                    {ReportOptions::ClaimChecks, "claim-checks"},  {ReportOptions::Cost, "cost"},
                    {ReportOptions::Sources, "sources"},            {ReportOptions::HardwareFit, "hardware-fit"}};
    for (const auto &s : sections) {
        auto *box = new QCheckBox(Report::sectionName(s.section), group);
        box->setObjectName(QStringLiteral("section-") + QLatin1String(s.name));
        const bool can = available.testFlag(s.section);
        box->setEnabled(can);
        box->setChecked(can && chosen.testFlag(s.section));
        if (!can)
            box->setToolTip(s.section == ReportOptions::Recommendation ? tr("Answer the wizard's questions first.")
                            : s.section == ReportOptions::HardwareFit ? tr("Choose the hardware on the Fit tab first.")
                                                                      : tr("Nothing to show for this dataset."));
        groupLayout->addWidget(box);
        m_boxes.insert(s.section, box);
    }
    layout->addWidget(group);

    auto *form = new QFormLayout;
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    const QPageSize automatic = PdfWriter::localePageSize();
    m_pageSize->addItem(tr("From the locale (%1)").arg(automatic.name()), QString());
    m_pageSize->addItem(QPageSize(QPageSize::A4).name(), int(QPageSize::A4));
    m_pageSize->addItem(QPageSize(QPageSize::Letter).name(), int(QPageSize::Letter));
    if (pageSize)
        m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(pageSize->id()))));
    form->addRow(tr("&Paper size:"), m_pageSize);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

ReportOptions::Sections ReportDialog::sections() const
{
    ReportOptions::Sections result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isEnabled() && it.value()->isChecked())
            result |= it.key();
    }
    return result;
}

void ReportDialog::setSections(ReportOptions::Sections sections)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(it.value()->isEnabled() && sections.testFlag(it.key()));
}

std::optional<QPageSize> ReportDialog::pageSize() const
{
    const QVariant id = m_pageSize->currentData();
    if (id.typeId() != QMetaType::Int)
        return std::nullopt;
    return QPageSize(QPageSize::PageSizeId(id.toInt()));
}
