#pragma once

#include "render/report/report.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

// Chooses what goes into an exported report: its sections and the paper size.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(ReportOptions::Sections available, ReportOptions::Sections chosen,
                 const std::optional<QPageSize> &pageSize, QWidget *parent = nullptr);

    ReportOptions::Sections sections() const;
    void setSections(ReportOptions::Sections sections);
    std::optional<QPageSize> pageSize() const; // empty: from the locale
    QCheckBox *sectionBox(ReportOptions::Section section) const { return m_boxes.value(section); }
    QComboBox *pageSizeBox() const { return m_pageSize; }

private:
    QMap<ReportOptions::Section, QCheckBox *> m_boxes;
    QComboBox *m_pageSize = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
