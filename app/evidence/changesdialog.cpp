#include "app/evidence/changesdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ChangesDialog::ChangesDialog(const QString &olderName, const QList<DatasetDiff::Change> &changes, QWidget *parent)
    : QDialog(parent), m_olderName(olderName), m_changes(changes)
{
    setObjectName(QStringLiteral("changesDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    for (const DatasetDiff::Change &c : m_changes) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(1, c.path);
        item->setText(2, c.oldValue);
        item->setText(3, c.newValue);
    }
    m_tree->setTextElideMode(Qt::ElideNone); // values wrap in full
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    resize(980, 560);
}

void ChangesDialog::retranslate()
{
    setWindowTitle(tr("Changes"));
    m_summary->setText(m_changes.isEmpty()
                           ? tr("Nothing changed between %1 and the dataset shown.").arg(m_olderName)
                           : tr("%n change(s) from %1 to the dataset shown (+ added, − removed, ~ changed):", nullptr,
                                int(m_changes.size()))
                                 .arg(m_olderName));
    m_tree->setHeaderLabels({tr("Change"), tr("What (by ids)"), tr("Before"), tr("Now")});
    m_tree->setAccessibleName(tr("Changes"));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const DatasetDiff::Change::Kind kind = m_changes.at(i).kind;
        m_tree->topLevelItem(i)->setText(0, kind == DatasetDiff::Change::Kind::Added     ? tr("+ added")
                                            : kind == DatasetDiff::Change::Kind::Removed ? tr("− removed")
                                                                                         : tr("~ changed"));
    }
}

void ChangesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
