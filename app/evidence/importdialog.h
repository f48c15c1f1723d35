#pragma once

#include "core/dataset/dataset.h"
#include "core/evidence/evidenceimport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

// The review step of File → Import Scores…: every row of the files read, matched or not,
// with its file and line. A row that matched no model can be mapped to one by hand (or left
// skipped); a matched one can be skipped. Import gives files() with the choices made.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FileColumn, LineColumn, NameColumn, ModelColumn, ValueColumn, NoteColumn, ColumnCount };

    ImportDialog(std::shared_ptr<const Dataset> dataset, QList<EvidenceImport::File> files, QWidget *parent = nullptr);

    QList<EvidenceImport::File> files() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_importButton; }
    // Maps a row of the table to a model (empty id: skip it).
    void setModel(int tableRow, const QString &modelId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    void updateSummary();

    std::shared_ptr<const Dataset> m_dataset;
    QList<EvidenceImport::File> m_files;
    QList<QPair<int, int>> m_rows; // table row -> (file, row)
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_importButton = nullptr;
};
