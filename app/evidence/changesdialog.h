#pragma once

#include "core/evidence/datasetdiff.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// View → Compare with Dataset…: what changed from another dataset to the one shown, a row per
// change (added, removed, changed) with its path of ids and the old and new values.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(const QString &olderName, const QList<DatasetDiff::Change> &changes, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_olderName;
    QList<DatasetDiff::Change> m_changes;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};
