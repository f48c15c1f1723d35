#include "app/evidence/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(std::shared_ptr<const Dataset> dataset, QList<EvidenceImport::File> files, QWidget *parent)
    : QDialog(parent), m_dataset(std::move(dataset)), m_files(std::move(files))
{
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importButtons"));
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole); // its own text in any language
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
    retranslate();
    // Names and lines in full: only the notes wrap.
    m_table->setTextElideMode(Qt::ElideNone);
    for (int c = 0; c < NoteColumn; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    resize(1180, 600);
}

void ImportDialog::fill()
{
    for (int f = 0; f < m_files.size(); ++f) {
        const EvidenceImport::File &file = m_files.at(f);
        for (int r = 0; r < file.rows.size(); ++r) {
            const EvidenceImport::Row &row = file.rows.at(r);
            const int at = m_table->rowCount();
            m_table->insertRow(at);
            m_rows.append({f, r});
            auto item = [](const QString &text) {
                auto *i = new QTableWidgetItem(text);
                i->setFlags(i->flags() & ~Qt::ItemIsEditable);
                return i;
            };
            m_table->setItem(at, FileColumn, item(QFileInfo(file.path).fileName()));
            m_table->setItem(at, LineColumn, item(QLocale().toString(row.line)));
            m_table->setItem(at, NameColumn, item(row.name)); // with its setting: retranslate()
            m_table->setItem(at, ValueColumn, item(row.value ? QLocale().toString(*row.value, 'g', 6) + QLatin1Char(' ')
                                                                   + row.uncertainty.text()
                                                             : QString()));
            m_table->setItem(at, NoteColumn, item(row.problem.isEmpty() ? row.note : row.problem));
            auto *combo = new QComboBox(m_table);
            combo->addItem(QString(), QString());
            for (const Model &m : m_dataset->models)
                combo->addItem(m.name, m.id);
            combo->setCurrentIndex(std::max(0, combo->findData(row.modelId)));
            combo->setEnabled(row.value.has_value() && row.problem.isEmpty());
            connect(combo, &QComboBox::currentIndexChanged, this, [this, at] {
                auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(at, ModelColumn));
                const auto [fi, ri] = m_rows.at(at);
                m_files[fi].rows[ri].modelId = c->currentData().toString();
                updateSummary();
            });
            m_table->setCellWidget(at, ModelColumn, combo);
        }
    }
}

void ImportDialog::setModel(int tableRow, const QString &modelId)
{
    auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(tableRow, ModelColumn));
    if (c)
        c->setCurrentIndex(std::max(0, c->findData(modelId)));
}

QList<EvidenceImport::File> ImportDialog::files() const
{
    return m_files;
}

void ImportDialog::updateSummary()
{
    int imported = 0, skipped = 0;
    for (const EvidenceImport::File &f : std::as_const(m_files)) {
        imported += EvidenceImport::importedCount(f);
        skipped += int(f.rows.size()) - EvidenceImport::importedCount(f);
    }
    m_summary->setText(tr("%n row(s) will be imported as independent scores.", nullptr, imported) + QLatin1Char(' ')
                       + tr("%n row(s) are skipped: no model matches their name, or they have no score. Choose a model "
                            "for a row to import it under that model.",
                            nullptr, skipped));
    for (int at = 0; at < m_rows.size(); ++at) {
        const auto [fi, ri] = m_rows.at(at);
        const EvidenceImport::Row &row = m_files.at(fi).rows.at(ri);
        const bool in = !row.modelId.isEmpty() && row.value && row.problem.isEmpty();
        QFont font = m_table->item(at, NameColumn)->font();
        font.setItalic(!in);
        for (int c : {int(FileColumn), int(LineColumn), int(NameColumn), int(ValueColumn), int(NoteColumn)}) {
            m_table->item(at, c)->setFont(font);
            m_table->item(at, c)->setToolTip(in ? tr("Imported") : tr("Skipped"));
        }
    }
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import Scores"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Line"), tr("Name in the file"), tr("Model"), tr("Value"), tr("Notes")});
    m_table->setAccessibleName(tr("Rows read from the files"));
    for (int at = 0; at < m_table->rowCount(); ++at) {
        auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(at, ModelColumn));
        c->setItemText(0, tr("— skip —"));
        c->setAccessibleName(tr("Model for line %1").arg(m_table->item(at, LineColumn)->text()));
    }
    m_importButton->setText(tr("&Import"));
    for (int at = 0; at < m_rows.size(); ++at) {
        const EvidenceImport::Row &row = m_files.at(m_rows.at(at).first).rows.at(m_rows.at(at).second);
        m_table->item(at, NameColumn)->setText(row.setting.isEmpty() ? row.name
                                                                     : tr("%1 (setting %2)").arg(row.name, row.setting));
    }
    updateSummary();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
