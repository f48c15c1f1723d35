#pragma once

#include "core/dataset/dataset.h"
#include "core/export/matrixexport.h"

#include <QTableView>
#include <QWidget>

#include <memory>

class MatrixDelegate;
class MatrixFilterModel;
class MatrixModel;
class QComboBox;
class QFrame;
class FlowLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTextBrowser;
class QToolButton;

// The matrix's table: Ctrl+C copies the selection as TSV, Enter opens a cell's passage.
// Pinned rows (the model's first rows) stay in view: when the table scrolls down, a copy of
// them lies over its top edge, sharing the model, the selection, the delegate, the columns.
class MatrixTable : public QTableView
{
    Q_OBJECT

public:
    explicit MatrixTable(QWidget *parent = nullptr);

    // After setModel and setItemDelegate.
    void attachPinnedView();
    void setPinnedRowCount(int rows);
    int pinnedRowCount() const { return m_pinnedRows; }
    QTableView *pinnedView() const { return m_pinned; }
    void updatePinnedView();

Q_SIGNALS:
    void copyRequested();
    void activatedByKey(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    int pinnedHeight() const;

    QTableView *m_pinned = nullptr;
    QFrame *m_pinnedEdge = nullptr; // a rule under the copy: the rows below scroll under it
    int m_pinnedRows = 0;
};

// The Matrix tab: the feature table, one column per family, with its statuses, search,
// filters, pinned rows, and a pane that traces the selected cell to its passage, its
// figures and the claim checks on it (two selected cells side by side).
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);
    ~MatrixView() override;

    Q_INVOKABLE void activateFind();

    MatrixModel *model() const { return m_model; }
    MatrixFilterModel *filterModel() const { return m_filter; }
    MatrixTable *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *favouredCombo() const { return m_favoured; }
    QComboBox *statusCombo() const { return m_status; }
    QTextBrowser *detail() const { return m_detail; }

    // The rows (filtered, in view order) and family columns (visible, in view order) the
    // table shows; empty when it shows all of them in the data's order.
    MatrixExport::Selection shownSelection() const;
    // The selection as tab-separated text (rows and visible columns in view order).
    QString selectionAsTsv() const;
    void copySelection() const;
    void setRowPinned(int proxyRow, bool pinned);
    void setFamilyColumnVisible(const QString &familyId, bool visible);
    // Opens the passage behind a link of the detail pane (PassageLink).
    void openLink(const QUrl &url);

Q_SIGNALS:
    // The Document tab should show this passage, highlighted (MainWindow::showPassage).
    void passageRequested(const QString &passageId, const LocalizedText &quote);
    // The user asked to export what the table shows (MainWindow::exportMatrixDialog).
    void exportShownRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    FlowLayout *buildToolBar();
    void buildTable();
    void buildDetail();
    void connectSearchAndFilters();
    void connectTable();
    void connectButtons();
    void buildLegend();
    void retranslateUi();
    void fillFilterCombos();
    void applyFilters();
    void updateDetail();
    QString cellHtml(const QModelIndex &sourceIndex);
    QString figureHtml(const Figure &figure) const;
    QString independentHtml(const Family &family, const Cell &cell) const;
    QString checkHtml(const ClaimCheck &check) const;
    QString anticipationHtml(const AnticipationCheck &check);
    QString sourcesHtml(const QStringList &sourceIds) const;
    QString outcomeLegendHtml() const;
    QString passageLink(const PassageRef &ref, const QString &label);
    void updateCount();
    void updateNoMatch();
    void updatePinnedRows();
    void scheduleRowResize();
    void showContextMenu(const QPoint &pos);
    void sortBy(int column, Qt::SortOrder order);
    void addColumnActions(QMenu *menu, int column);
    void showHeaderMenu(const QPoint &pos);
    void updateColumnsMenu();
    void openCurrentPassage(const QModelIndex &index);
    bool darkPalette() const;
    QString headerSettingsKey() const; // per set of families
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const Dataset> m_dataset;
    MatrixModel *m_model = nullptr;
    MatrixFilterModel *m_filter = nullptr;
    MatrixDelegate *m_delegate = nullptr;
    MatrixTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_favoured = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_columnsButton = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QToolButton *m_pinButton = nullptr;
    QToolButton *m_orderButton = nullptr;
    QLabel *m_favouredLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_noMatch = nullptr; // "No dimension matches …", with a way to clear
    QWidget *m_legend = nullptr;
    QLabel *m_outcomeLegend = nullptr; // the four outcomes, where the dataset has anticipation checks
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_detail = nullptr;
    bool m_resizePending = false;
    bool m_restoring = false;
};
