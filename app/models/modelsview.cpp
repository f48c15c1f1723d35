#include "app/models/modelsview.h"

#include "app/models/frozencolumntable.h"
#include "app/shell/flowlayout.h"
#include "app/shell/keyboardpaths.h"
#include "app/shell/settingskeys.h"
#include "core/models/modelsfiltermodel.h"
#include "core/models/modelsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A spin box at its minimum means "no limit" (its special value text).
constexpr double NoLimit = -1;
constexpr double MaxParamsB = 100000;

// A bound that an emptied box clears ("no minimum") instead of putting the old value back.
class LimitSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString &input, int &pos) const override
    {
        return isEmptied(input) ? QValidator::Acceptable : QDoubleSpinBox::validate(input, pos);
    }
    double valueFromText(const QString &text) const override
    {
        return isEmptied(text) ? minimum() : QDoubleSpinBox::valueFromText(text);
    }

private:
    bool isEmptied(const QString &text) const
    {
        QString number = text;
        if (!suffix().isEmpty() && number.endsWith(suffix()))
            number.chop(suffix().size());
        return number.trimmed().isEmpty() || text == specialValueText();
    }
};
} // namespace

ModelsView::ModelsView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("ModelsView"));
    m_model = new ModelsModel(m_dataset, this);
    m_model->setDarkPalette(palette().color(QPalette::Window).lightness() < 128);
    m_filter = new ModelsFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new FlowLayout; // wraps in a narrow window (or at 2x) instead of scrolling sideways
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("modelsSearch"));
    m_search->setMinimumWidth(180); // its placeholder readable beside the bounds
    m_search->setClearButtonEnabled(true);
    m_familyLabel = new QLabel(this);
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_familyLabel->setBuddy(m_family);
    m_licenseLabel = new QLabel(this);
    m_license = new QComboBox(this);
    m_license->setObjectName(QStringLiteral("licenseFilter"));
    m_licenseLabel->setBuddy(m_license);
    m_paramsLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    auto makeSpin = [this](const QString &name) {
        auto *spin = new LimitSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(NoLimit, MaxParamsB);
        spin->setDecimals(1);
        spin->setValue(NoLimit);
        spin->setAccelerated(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ModelsView::applyFilters);
        return spin;
    };
    m_min = makeSpin(QStringLiteral("minParams"));
    m_max = makeSpin(QStringLiteral("maxParams"));
    m_paramsLabel->setBuddy(m_min);
    m_includeUnknown = new QCheckBox(this);
    m_includeUnknown->setObjectName(QStringLiteral("includeUnknownSize"));
    connect(m_includeUnknown, &QCheckBox::toggled, this, &ModelsView::applyFilters);
    m_count = new QLabel(this);
    bar->addWidget(m_search, 2);
    bar->addGroup({m_familyLabel, m_family});
    bar->addGroup({m_licenseLabel, m_license});
    bar->addGroup({m_paramsLabel, m_min, m_toLabel, m_max});
    bar->addWidget(m_includeUnknown, 0);
    bar->addWidget(m_count, 1);
    layout->addLayout(bar);

    m_table = new FrozenColumnTable(this);
    m_table->setObjectName(QStringLiteral("modelsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelsModel::ReleasedColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    KeyboardPaths::addSortMenu(m_table);
    layout->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    layout->addWidget(m_note);

    connect(m_search, &QLineEdit::textChanged, this, &ModelsView::applyFilters);
    connect(m_family, qOverload<int>(&QComboBox::activated), this, &ModelsView::applyFilters);
    connect(m_license, qOverload<int>(&QComboBox::activated), this, &ModelsView::applyFilters);

    retranslateUi();
    m_table->resizeColumnsToContents();
    readSettings();
    applyFilters();
}

QTableView *ModelsView::table() const
{
    return m_table;
}

ModelsView::~ModelsView()
{
    writeSettings();
}

void ModelsView::activateFind()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ModelsView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search models (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the models"));
    m_familyLabel->setText(tr("F&amily:"));
    m_licenseLabel->setText(tr("&License:"));
    m_paramsLabel->setText(tr("Total &parameters:"));
    m_toLabel->setText(tr("to"));
    for (QDoubleSpinBox *spin : {m_min, m_max}) {
        spin->setSpecialValueText(spin == m_min ? tr("no minimum") : tr("no maximum"));
        spin->setSuffix(tr(" B"));
        spin->setToolTip(tr("Total parameters in billions; empty for no limit. Models whose size the source does "
                            "not state are left out while a limit is set, unless “Include unknown size” is ticked"));
    }
    m_includeUnknown->setText(tr("Include &unknown size"));
    m_includeUnknown->setToolTip(tr("While a parameter limit is set, also show the models whose size the source "
                                    "does not state"));
    m_table->frozenView()->setAccessibleName(tr("Model names"));
    m_note->setText(tr("“%1” marks a value the source does not state; such values sort last. A license marked * "
                       "is as the source gives it with a qualifier (a secondary source, where it was read): "
                       "point at it to read it.")
                        .arg(ModelsModel::missingText()));
    m_min->setAccessibleName(tr("Total parameters, at least"));
    m_max->setAccessibleName(tr("Total parameters, at most"));
    m_table->setAccessibleName(tr("Models"));
    fillCombos();
    m_model->retranslate();
    m_count->setText(tr("%1 of %n model(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void ModelsView::fillCombos()
{
    const QVariant family = m_family->currentData();
    const QVariant license = m_license->currentData();
    m_family->clear();
    m_family->addItem(tr("Any"), QString());
    for (const Family &f : m_dataset->families)
        m_family->addItem(f.name.text(), f.id);
    m_license->clear();
    m_license->addItem(tr("Any"), QVariant());
    for (const QString &l : m_model->licenses())
        m_license->addItem(l, l);
    m_license->addItem(LocalizedText::notStated(), QStringLiteral(""));
    m_family->setCurrentIndex(qMax(0, m_family->findData(family)));
    m_license->setCurrentIndex(license.isValid() ? qMax(0, m_license->findData(license)) : 0);
}

void ModelsView::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setFamilyFilter(m_family->currentData().toString());
    const QVariant license = m_license->currentData();
    m_filter->setLicenseFilter(license.isValid() ? license.toString() : QString());
    auto bound = [](const QDoubleSpinBox *spin) {
        return spin->value() <= NoLimit ? std::nullopt : std::optional<double>(spin->value());
    };
    m_filter->setParamRange(bound(m_min), bound(m_max));
    m_filter->setIncludeUnknownSize(m_includeUnknown->isChecked());
    m_includeUnknown->setEnabled(m_filter->minParams() || m_filter->maxParams());
    m_count->setText(tr("%1 of %n model(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
    writeSettings();
}

void ModelsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_table->resizeColumnsToContents(); // the texts changed width ("Sep 2024", "2024年9月")
    } else if (event->type() == QEvent::PaletteChange)
        m_model->setDarkPalette(palette().color(QPalette::Window).lightness() < 128);
    QWidget::changeEvent(event);
}

void ModelsView::readSettings()
{
    m_restoring = true;
    QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(SettingsKeys::ModelsHeader).toByteArray());
    m_table->keepFirstColumnFirst();
    m_includeUnknown->setChecked(settings.value(SettingsKeys::ModelsIncludeUnknown, false).toBool());
    m_min->setValue(settings.value(SettingsKeys::ModelsMin, NoLimit).toDouble());
    m_max->setValue(settings.value(SettingsKeys::ModelsMax, NoLimit).toDouble());
    m_family->setCurrentIndex(qMax(0, m_family->findData(settings.value(SettingsKeys::ModelsFamily).toString())));
    const QVariant license = settings.value(SettingsKeys::ModelsLicense);
    m_license->setCurrentIndex(license.isValid() ? qMax(0, m_license->findData(license.toString())) : 0);
    m_restoring = false;
}

void ModelsView::writeSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(SettingsKeys::ModelsHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(SettingsKeys::ModelsMin, m_min->value());
    settings.setValue(SettingsKeys::ModelsMax, m_max->value());
    settings.setValue(SettingsKeys::ModelsIncludeUnknown, m_includeUnknown->isChecked());
    settings.setValue(SettingsKeys::ModelsFamily, m_family->currentData().toString());
    const QVariant license = m_license->currentData();
    if (license.isValid())
        settings.setValue(SettingsKeys::ModelsLicense, license.toString());
    else
        settings.remove(SettingsKeys::ModelsLicense);
}
